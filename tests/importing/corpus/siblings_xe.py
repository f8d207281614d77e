"""The main corpus's siblings of h695 and h702 (taught by h13fixXE on 2026-12-06): a plan whose unit
headings stand over their tasks and whose `TỔ CHỨC THỰC HIỆN` part is one paragraph of two sentences,
the focal body's duty (`<unit> là đơn vị / bộ phận / cơ quan đầu mối, theo dõi, đôn đốc …`) and then a
request that every unit of a kind report with a date or a round of its own (`Các khoa, phòng báo cáo
kết quả sơ kết trước ngày …, báo cáo tổng kết trước ngày … về …`, `Các xã, thị trấn báo cáo … vào thứ
Hai hằng tuần …`): two items, the focal body's undated (due none) and the request with no lead, due at
its last day or recurring. A task's time may be a range of months with its year (`(tháng 8 - 9/2028)`,
`trong tháng 10 - 11/2028`): its last month. Not an item: a later paragraph that only charges every
unit in general (`Các đơn vị trực thuộc chủ động phối hợp …`). Their expected items (expected/xe1_…,
xe2_…, xe3_…) were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-xe` writes the three.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XE1_PARAGRAPHS = (
    "UBND HUYỆN YÊN LẠC",
    "PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "Số: 86/KH-NN",
    "Yên Lạc, ngày 20 tháng 6 năm 2028",
    "KẾ HOẠCH",
    "Phòng chống sâu bệnh hại lúa vụ Mùa năm 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động phát hiện, dự báo và phòng trừ kịp thời rầy nâu, sâu cuốn lá nhỏ, bệnh bạc lá trên 5.200 "
    "ha lúa vụ Mùa, không để dịch hại lây lan trên diện rộng.",
    "II. NHIỆM VỤ CỤ THỂ",
    "a) Trạm Trồng trọt và Bảo vệ thực vật (Trạm TT&BVTV)",
    "- Điều tra, dự tính dự báo sâu bệnh trên đồng ruộng hằng tuần; ra thông báo tình hình sâu bệnh "
    "gửi các xã, thị trấn.",
    "- Tổ chức 04 lớp tập huấn quy trình quản lý rầy nâu cho nông dân trong tháng 7 - 8/2028.",
    "b) Trung tâm Dịch vụ nông nghiệp huyện",
    "- Cung ứng đủ thuốc bảo vệ thực vật, phân bón cho các hợp tác xã trước ngày 15/7/2028.",
    "- Hướng dẫn nông dân pha, phun thuốc đúng kỹ thuật, thu gom vỏ bao bì thuốc sau sử dụng (thường xuyên).",
    "c) Đề nghị Hội Nông dân huyện",
    "- Vận động hội viên áp dụng biện pháp quản lý dịch hại tổng hợp (IPM); tổ chức 02 hội thi nông "
    "dân giỏi phòng trừ sâu bệnh trước ngày 30/9/2028.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Trạm Trồng trọt và Bảo vệ thực vật là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch. "
    "Các xã, thị trấn báo cáo tình hình sâu bệnh về Trạm Trồng trọt và Bảo vệ thực vật vào thứ Hai "
    "hằng tuần từ tháng 7 đến hết tháng 9/2028.",
    "Nơi nhận:",
    "- UBND huyện (b/c);",
    "- UBND các xã, thị trấn;",
    "- Lưu: VT.",
    "TRƯỞNG PHÒNG",
    "Nguyễn Văn Khải",
)


def xe1_docx(path: Path) -> None:
    """A district agriculture office's plan against rice pests for the 2028 summer crop (.docx): bold
    lettered unit headings over dash tasks, one request to a body outside, and a closing paragraph of
    the focal unit's duty and a weekly report request for July–September."""
    from docx import Document

    document = Document()
    for text in XE1_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if text[:2] in ("a)", "b)", "c)") or text[:3] in ("I. ", "II.", "III"):
            run.bold = True
    document.save(path)


XE2_LINES = (
    "SỞ Y TẾ TỈNH BẮC HÀ",
    "BỆNH VIỆN ĐA KHOA TỈNH",
    "Số: 412/KH-BVĐK",
    "Bắc Hà, ngày 08 tháng 5 năm 2028",
    "",
    "KẾ HOẠCH",
    "Tăng cường kiểm soát nhiễm khuẩn năm 2028",
    "",
    "I. MỤC TIÊU",
    "Giảm tỷ lệ nhiễm khuẩn bệnh viện xuống dưới 5%; 100% nhân viên y tế tuân thủ vệ sinh tay đúng "
    "5 thời điểm.",
    "",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Khoa Kiểm soát nhiễm khuẩn",
    "a) Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng hằng tháng, công khai kết quả trên bảng "
    "tin của Bệnh viện.",
    "b) Tổ chức tập huấn phòng ngừa chuẩn cho nhân viên mới tuyển dụng (tháng 8 - 9/2028).",
    "2. Khoa Dược",
    "Cung ứng đủ dung dịch sát khuẩn tay nhanh cho các khoa, phòng; kiểm tra hạn dùng thường xuyên.",
    "3. Phòng Hành chính quản trị",
    "a) Sửa chữa hệ thống bồn rửa tay tại Khoa Cấp cứu và Khoa Hồi sức tích cực, hoàn thành trước 31/7/2028.",
    "b) Thu gom, vận chuyển chất thải y tế lây nhiễm đến khu xử lý tập trung (thường xuyên).",
    "",
    "III. KINH PHÍ",
    "Kinh phí thực hiện từ nguồn thu sự nghiệp của Bệnh viện năm 2028.",
    "",
    "IV. TỔ CHỨC THỰC HIỆN",
    "Phòng Quản lý chất lượng là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này. Các "
    "khoa, phòng báo cáo kết quả sơ kết trước ngày 25/6/2028, báo cáo tổng kết trước ngày 10/12/2028 "
    "về Phòng Quản lý chất lượng.",
    "",
    "Nơi nhận:",
    "- Sở Y tế (b/c);",
    "- Các khoa, phòng;",
    "- Lưu: VT, QLCL.",
    "GIÁM ĐỐC",
    "Lê Thị Minh Hạnh",
)
XE2_TEXT = "\n".join(XE2_LINES) + "\n"


def xe2_txt(path: Path) -> None:
    """A provincial general hospital's infection-control plan for 2028 (plain text, UTF-8): numbered
    unit headings over a)/b) points or one paragraph, a task dated by a range of months in
    parentheses, and a closing paragraph of the focal section's duty and a report request with two
    dates."""
    path.write_text(XE2_TEXT, encoding="utf-8")


XE3_PARAGRAPHS = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LẠNG GIANG",
    "CHI CỤC KIỂM LÂM",
    "Số: 158/KH-CCKL",
    "Lạng Giang, ngày 12 tháng 9 năm 2028",
    "KẾ HOẠCH",
    "Phòng cháy, chữa cháy rừng mùa khô năm 2028",
    "I. DỰ BÁO",
    "Mùa khô năm 2028 dự báo nắng nóng kéo dài, nguy cơ cháy rừng ở cấp IV - V tại các huyện phía Bắc.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên",
    "a) Cập nhật bản đồ vùng trọng điểm cháy rừng, hoàn thành trước ngày 15/10/2028.",
    "b) Trực cảnh báo cháy rừng trên hệ thống theo dõi điểm cháy liên tục trong mùa khô.",
    "2. Đội Kiểm lâm cơ động và Phòng cháy chữa cháy rừng số 1",
    "Tổ chức diễn tập chữa cháy rừng cấp tỉnh tại huyện Sơn Động trong tháng 10 - 11/2028.",
    "3. Phòng Thanh tra - Pháp chế",
    "a) Kiểm tra việc sử dụng lửa trong canh tác nương rẫy tại các xã giáp rừng trong Quý IV/2028.",
    "b) Tổng hợp các vụ vi phạm về phòng cháy, chữa cháy rừng, báo cáo Lãnh đạo Chi cục trước ngày 05 "
    "hằng tháng.",
    "4. Đề nghị Công an tỉnh",
    "Chỉ đạo công an các xã phối hợp với kiểm lâm địa bàn tuần tra, xử lý hành vi đốt nương trái phép "
    "(thường xuyên).",
    "III. TỔ CHỨC THỰC HIỆN",
    "Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên là cơ quan đầu mối, theo dõi, đôn đốc, tổng hợp "
    "tình hình thực hiện Kế hoạch. Các đơn vị trực thuộc báo cáo tình hình cháy rừng về Phòng Quản lý "
    "bảo vệ rừng và Bảo tồn thiên nhiên trước ngày 25 hằng tháng.",
    "Các đơn vị trực thuộc chủ động phối hợp với chính quyền địa phương triển khai thực hiện.",
    "Nơi nhận:",
    "- Sở Nông nghiệp và Môi trường (b/c);",
    "- Các đơn vị trực thuộc;",
    "- Lưu: VT, QLBVR.",
    "CHI CỤC TRƯỞNG",
    "Hoàng Văn Bình",
)


def xe3_docx(path: Path) -> None:
    """The source of xe3: a provincial forest protection sub-department's plan against forest fires for
    the 2028 dry season, printed to a text PDF: numbered unit headings over a)/b) points or one
    paragraph, a request to the provincial police, a task dated by a range of months, the focal
    section's duty and a monthly report request in one closing paragraph, then a general charge."""
    from docx import Document

    document = Document()
    for text in XE3_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


def siblings_xe() -> None:
    xe1_docx(DOCS / "xe1_kh_phong_nn_sau_benh_lua.docx")
    xe2_txt(DOCS / "xe2_kh_bv_kiem_soat_nhiem_khuan.txt")
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: the .pdf xe3 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "xe3_kh_chi_cuc_kiem_lam_chay_rung"
        xe3_docx(Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "pdf", DOCS / f"{name}.pdf")
