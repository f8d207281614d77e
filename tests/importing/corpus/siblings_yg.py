"""The main corpus's siblings of the held-out document h749 (moved to the main corpus when the importer
was taught its shape, by h13fixYG on 2026-12-06).

h749's shape: a plan in prose whose numbered points under `II. NHIỆM VỤ …` each open with the division
doing them and its verb right after the name (`Phòng Tài chính - Kế toán ký hợp đồng …`, `… chi trả
tiền …`: verbs of signing and paying out), only one with `chủ trì`; a request to every body of a kind
to pay by a round (`theo quý, chậm nhất ngày cuối cùng của tháng đầu quý sau`: recurring, no lead); a
point whose time is a range of months after a bare `thời gian` (`…, thời gian tháng 8 - 9/2027`: the
range's last month); and under `TỔ CHỨC THỰC HIỆN` the head's general direction (no item), the focal
division reporting `06 tháng và năm` (recurring), every division's quarterly report (recurring, no
lead) and a request to a named department (no time).

`yg1` (.pdf, converted from .docx by LibreOffice, the points running onto the second page): a district
social insurance office's yearly plan for collecting and paying out.
`yg2` (.docx): a district agricultural services centre's plan for a crop support programme.
`yg3` (plain text, UTF-8): a protection forest management board's yearly plan.

Their expected items (expected/yg1_…, yg2_…, yg3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yg` writes the three (yg1 needs `soffice`).
"""

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import MARKS, document, head_block, marked_paragraphs, sign_table  # noqa: E402 — heldout/ first

YG1_LINES = (
    "##KẾ HOẠCH",
    "##Thu bảo hiểm xã hội, bảo hiểm y tế và chi trả các chế độ năm 2028",
    "Căn cứ Quyết định số 118/QĐ-BHXH ngày 08/01/2028 của Bảo hiểm xã hội tỉnh giao chỉ tiêu thu, chi năm "
    "2028; Bảo hiểm xã hội huyện Tam Nông (sau đây gọi là BHXH huyện) xây dựng Kế hoạch thực hiện như sau:",
    "**I. MỤC TIÊU",
    "Thu đạt 100% kế hoạch giao; chi trả đúng, đủ, kịp thời các chế độ cho người thụ hưởng; giảm nợ đọng "
    "bảo hiểm xã hội dưới 2% số phải thu.",
    "**II. NHIỆM VỤ CỤ THỂ",
    "1. Tổ Quản lý thu - Sổ, thẻ chủ trì, phối hợp Ủy ban nhân dân các xã rà soát danh sách người tham gia "
    "bảo hiểm y tế hộ gia đình, hoàn thành trong Quý I/2028.",
    "2. Tổ Kế hoạch - Tài chính ký hợp đồng ủy quyền thu với 02 tổ chức dịch vụ thu mới (Bưu điện huyện "
    "Tam Nông, Hợp tác xã Dịch vụ Tân Thạnh) trước ngày 15/3/2028.",
    "3. Đề nghị các đơn vị sử dụng lao động đóng bảo hiểm xã hội bắt buộc theo tháng, chậm nhất ngày cuối "
    "cùng của tháng sau.",
    "4. Tổ Kế hoạch - Tài chính chi trả lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản cá nhân cho người "
    "hưởng tại thị trấn Tràm Chim trước ngày 30/6/2028.",
    "5. Tổ Giám định bảo hiểm y tế thẩm định chi phí khám, chữa bệnh tại Trung tâm Y tế huyện hằng tháng.",
    "6. Tổ Kiểm tra tổ chức kiểm tra việc đóng bảo hiểm xã hội tại 12 doanh nghiệp nợ kéo dài, thời gian "
    "tháng 10 - 11/2028.",
    "7. Bộ phận Một cửa phối hợp Đài Truyền thanh huyện tuyên truyền chính sách bảo hiểm xã hội tự nguyện "
    "đến người lao động tự do; thực hiện thường xuyên.",
    "**III. TỔ CHỨC THỰC HIỆN",
    "1. Giám đốc BHXH huyện chỉ đạo chung việc thực hiện Kế hoạch.",
    "2. Tổ Kế hoạch - Tài chính là bộ phận đầu mối, theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo "
    "cáo Bảo hiểm xã hội tỉnh 06 tháng và năm.",
    "3. Các tổ nghiệp vụ báo cáo kết quả thực hiện nhiệm vụ về Tổ Kế hoạch - Tài chính trước ngày 22 của "
    "tháng cuối quý.",
    "4. Đề nghị Phòng Lao động - Thương binh và Xã hội huyện phối hợp đôn đốc các doanh nghiệp nợ đóng "
    "bảo hiểm xã hội trên địa bàn.",
)


def yg1_docx(path: Path) -> None:
    """A district social insurance office's yearly plan (.docx, converted to .pdf by `siblings_yg`)."""
    doc = document()
    head_block(
        doc,
        "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP\nBẢO HIỂM XÃ HỘI HUYỆN TAM NÔNG\n───────\nSố: 14/KH-BHXH",
        right2="Tam Nông, ngày 12 tháng 01 năm 2028",
    )
    marked_paragraphs(doc, YG1_LINES, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- BHXH tỉnh (b/c);\n- UBND huyện;\n- Phòng LĐTBXH huyện;\n"
        "- Các tổ nghiệp vụ;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nHuỳnh Văn Lợi",
    )
    doc.save(path)


YG2_LINES = (
    "##KẾ HOẠCH",
    "##Hỗ trợ giống cây trồng và vật tư nông nghiệp vụ Hè Thu năm 2028",
    "Thực hiện Quyết định số 512/QĐ-UBND ngày 02/3/2028 của UBND huyện Lâm Hà, Trung tâm Dịch vụ nông "
    "nghiệp huyện (sau đây gọi là Trung tâm) xây dựng Kế hoạch như sau:",
    "**I. NỘI DUNG HỖ TRỢ",
    "Hỗ trợ 50% giá giống cà phê ghép, sầu riêng ghép và phân bón hữu cơ cho hộ tái canh tại 06 xã.",
    "**II. NHIỆM VỤ",
    "1. Trạm Khuyến nông chủ trì, phối hợp Ủy ban nhân dân các xã lập danh sách hộ đăng ký nhận hỗ trợ, "
    "trình Giám đốc Trung tâm phê duyệt trước ngày 31/3/2028.",
    "2. Tổ Kế toán ký hợp đồng cung ứng giống với 02 vườn ươm đạt chuẩn trước ngày 15/4/2028.",
    "3. Tổ Kế toán chi trả kinh phí hỗ trợ cho các hộ theo danh sách đã duyệt: đợt 1 trước ngày 30/5/2028, "
    "đợt 2 trước ngày 30/8/2028.",
    "4. Trạm Bảo vệ thực vật kiểm tra chất lượng cây giống tại vườn ươm trước ngày 25/4/2028.",
    "5. Tổ Kỹ thuật hướng dẫn các hộ trồng, chăm sóc cây giống tại ruộng; thời gian thực hiện tháng 5 - "
    "7/2028.",
    "6. Đề nghị các hộ nhận hỗ trợ báo cáo tỷ lệ cây sống về Trạm Khuyến nông theo quý, chậm nhất ngày cuối "
    "cùng của tháng đầu quý sau.",
    "**III. TỔ CHỨC THỰC HIỆN",
    "1. Phó Giám đốc Trung tâm phụ trách chung việc triển khai Kế hoạch.",
    "2. Trạm Khuyến nông là đơn vị đầu mối, tổng hợp kết quả thực hiện, báo cáo UBND huyện 6 tháng, năm.",
    "3. Đề nghị Phòng Nông nghiệp và Môi trường huyện hướng dẫn, giám sát việc cấp phát giống tại các xã.",
)


def yg2_docx(path: Path) -> None:
    """A district agricultural services centre's crop support plan (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN LÂM HÀ\nTRUNG TÂM DỊCH VỤ NÔNG NGHIỆP\n───────\nSố: 21/KH-TTDVNN",
        right2="Lâm Hà, ngày 10 tháng 3 năm 2028",
    )
    marked_paragraphs(doc, YG2_LINES, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện (b/c);\n- Phòng NN&MT huyện;\n- UBND các xã;\n- Lưu: VT.",
        "GIÁM ĐỐC\n\n\n\nLê Thị Hằng",
    )
    doc.save(path)


YG3_LINES = (
    "UBND TỈNH KON RÂY",
    "BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐĂK PÔ",
    "Số: 09/KH-BQL",
    "Đăk Pô, ngày 05 tháng 01 năm 2028",
    "",
    "KẾ HOẠCH",
    "Bảo vệ và phát triển rừng năm 2028",
    "",
    "I. MỤC TIÊU",
    "Giữ ổn định 18.400 ha rừng phòng hộ; không để xảy ra cháy rừng lớn; trồng mới 120 ha rừng.",
    "",
    "II. NHIỆM VỤ",
    "1. Phòng Kỹ thuật chủ trì, phối hợp Hạt Kiểm lâm huyện xác định vị trí trồng rừng mới, hoàn thành "
    "trong tháng 3/2028.",
    "2. Phòng Kế hoạch - Tài chính ký hợp đồng khoán bảo vệ rừng với 14 cộng đồng thôn trước ngày "
    "28/02/2028.",
    "3. Phòng Kế hoạch - Tài chính chi trả tiền khoán bảo vệ rừng năm 2027 cho các cộng đồng trước ngày "
    "31/3/2028.",
    "4. Trạm Bảo vệ rừng Ngọc Tem tuần tra, canh gác lửa rừng tại các vùng trọng điểm hằng ngày trong mùa "
    "khô.",
    "5. Tổ Cơ động kiểm tra việc thực hiện hợp đồng khoán tại các thôn, thời gian tháng 6 - 7/2028.",
    "6. Đề nghị các cộng đồng nhận khoán báo cáo diện tích rừng được bảo vệ về Ban theo quý, chậm nhất "
    "ngày cuối cùng của tháng đầu quý sau.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Trưởng ban chỉ đạo chung việc thực hiện Kế hoạch.",
    "2. Phòng Tổ chức - Hành chính là bộ phận đầu mối, theo dõi, tổng hợp, báo cáo Sở Nông nghiệp và Môi "
    "trường 06 tháng và năm.",
    "3. Các phòng, trạm báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính trước ngày 18 của tháng "
    "cuối quý.",
    "",
    "Nơi nhận:",
    "- Sở Nông nghiệp và Môi trường (b/c);",
    "- Các phòng, trạm;",
    "- Lưu: VT.",
    "TRƯỞNG BAN",
    "A Thuận",
)
YG3_TEXT = "\n".join(YG3_LINES) + "\n"


def yg3_txt(path: Path) -> None:
    """A protection forest management board's yearly plan (plain text, UTF-8)."""
    path.write_text(YG3_TEXT, encoding="utf-8")


def siblings_yg() -> None:
    yg2_docx(DOCS / "yg2_kh_ttdvnn_ho_tro_giong.docx")
    yg3_txt(DOCS / "yg3_kh_bql_rung_phong_ho.txt")
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: yg1 (.pdf) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "yg1_kh_bhxh_huyen_thu_chi.docx"
        yg1_docx(source)
        h.soffice_convert(source, "pdf", DOCS / "yg1_kh_bhxh_huyen_thu_chi.pdf")
