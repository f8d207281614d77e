"""The main corpus's siblings of h851 (an agricultural extension centre's model plan, held-out) and
h852 (a district court's briefing conclusions), taught and moved to the main corpus by h13fixZQ on
2026-12-06.

Their shape: a plan's numbered tasks, some with an explanation paragraph, each closed by an
unlabelled italic parenthesis on a line of its own (`(Tổ X; trước 20/02/2028)`): the unit leads, the
time is the due, below the explanation as well as right under the task; the whole season alone as a
time (`trong suốt vụ`: ongoing); a report `định kỳ 10 ngày một lần` (recurring); and a notice of
conclusions whose numbered point is followed by an unnumbered paragraph opening with a connective and
a verb, with a day of its own (`Ngoài ra, nâng cấp … trước ngày 31/3/2028.`): a task of its own led
by the point's doer, the point keeping its own time; one with no verb after the connective is more of
its point.

`zq4` (.docx): a district aquaculture extension station's trial plan (italic parentheses).
`zq5` (.docx): a provincial hospital's briefing conclusions (a connective paragraph after a point).
(`zq1`–`zq3` are older siblings written by siblings_q2.py; these go on from 4.)

Their expected items (expected/zq4_…, zq5_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zq` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import document, head_block, para, sign_table  # noqa: E402 — heldout/ first


def zq4_docx(path: Path) -> None:
    """A district aquaculture extension station's trial plan, each task's unit and time in an italic
    parenthesis of its own line (.docx)."""
    doc = document()
    head_block(
        doc,
        "UBND HUYỆN HÒA AN\nTRẠM KHUYẾN NÔNG - THỦY SẢN\n───────\nSố: 09/KH-TKN",
        right2="Hòa An, ngày 15 tháng 01 năm 2028",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Nuôi thử nghiệm tôm càng xanh xen canh trong ruộng lúa năm 2028", bold=True, center=True)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Nuôi thử nghiệm 12 ha tôm càng xanh xen canh trong ruộng lúa tại xã Hòa An và xã Bình Long; tỷ lệ sống đạt từ 40% trở lên.",
    )
    para(doc, "II. NỘI DUNG VÀ TIẾN ĐỘ", bold=True)
    para(doc, "1. Chọn ruộng và hộ tham gia thử nghiệm")
    para(
        doc,
        "Ruộng có bờ bao chắc chắn, chủ động nguồn nước; mỗi hộ ký cam kết thực hiện đúng quy trình kỹ thuật.",
    )
    para(doc, "(Tổ Kỹ thuật thủy sản; trước 20/02/2028)", italic=True)
    para(doc, "2. Cải tạo ruộng, đào mương bao cho tôm trú ẩn")
    para(doc, "Mương rộng từ 1,5 đến 2 m, sâu 0,8 m; bón vôi, phơi đáy mương trước khi lấy nước.")
    para(doc, "(Tổ Hậu cần - Vật tư; trước khi thả giống 10 ngày)", italic=True)
    para(doc, "3. Thả giống tôm càng xanh cho các hộ tham gia")
    para(doc, "(Tổ Kỹ thuật thủy sản; 15-16/3/2028)", italic=True)
    para(doc, "4. Theo dõi môi trường nước, phòng bệnh cho tôm")
    para(doc, "Đo pH, độ trong và nhiệt độ nước vào buổi sáng; ghi sổ theo dõi của từng hộ.")
    para(doc, "(Tổ Kỹ thuật thủy sản; trong suốt vụ)", italic=True)
    para(doc, "5. Tổng kết, đánh giá hiệu quả mô hình")
    para(
        doc,
        "(Tổ Kỹ thuật thủy sản chủ trì, Tổ Hậu cần - Vật tư phối hợp; tháng 8/2028)",
        italic=True,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Tổ Kỹ thuật thủy sản báo cáo tiến độ mô hình về Trưởng trạm định kỳ 10 ngày một lần.")
    para(
        doc,
        "2. Đề nghị Ủy ban nhân dân xã Bình Long phối hợp vận động các hộ tham gia thực hiện đúng quy trình kỹ thuật.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND huyện;\n- UBND các xã Hòa An, Bình Long;\n- Lưu: VT.",
        "TRƯỞNG TRẠM\n\n\n\nLâm Văn Cường",
    )
    doc.save(path)


def zq5_docx(path: Path) -> None:
    """A provincial hospital's briefing conclusions, a connective paragraph with its own day after a
    point (.docx)."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ\nBỆNH VIỆN ĐA KHOA TỈNH\n───────\nSố: 41/TB-BV",
        right2="Bình Long, ngày 01 tháng 3 năm 2028",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Giám đốc tại cuộc họp giao ban tháng 02 năm 2028", bold=True, center=True)
    para(
        doc,
        "Ngày 28/02/2028, Bệnh viện Đa khoa tỉnh tổ chức họp giao ban tháng 02/2028. Đồng chí Tạ Quang Vinh, Giám đốc chủ trì; dự họp có các Phó Giám đốc, trưởng các khoa, phòng. Giám đốc kết luận như sau:",
    )
    para(doc, "I. TÌNH HÌNH THÁNG 02/2028", bold=True)
    para(
        doc,
        "Trong tháng, Bệnh viện khám cho 12.450 lượt người bệnh; công suất sử dụng giường bệnh đạt 94%; không có sự cố y khoa nghiêm trọng.",
    )
    para(doc, "II. NHIỆM VỤ THÁNG 3/2028", bold=True)
    para(
        doc, "1. Phòng Kế hoạch tổng hợp rà soát quy trình chuyển tuyến, trình Giám đốc trước ngày 15/3/2028."
    )
    para(doc, "2. Phòng Công nghệ thông tin thường xuyên sao lưu dữ liệu bệnh án điện tử của Bệnh viện.")
    para(doc, "Ngoài ra, nâng cấp máy chủ lưu trữ hình ảnh chẩn đoán, đưa vào vận hành trước ngày 31/3/2028.")
    para(
        doc,
        "3. Phòng Điều dưỡng kiểm tra việc ghi chép hồ sơ chăm sóc người bệnh tại các khoa lâm sàng trong tháng 3/2028.",
    )
    para(doc, "4. Khoa Dược thường xuyên cung ứng đủ thuốc, vật tư y tế thiết yếu cho các khoa.")
    para(doc, "Đồng thời, việc cấp phát thuốc cho người bệnh nội trú phải đúng quy định.")
    para(
        doc,
        "5. Phòng Tài chính kế toán lập báo cáo quyết toán năm 2027, trình Giám đốc trước ngày 20/3/2028.",
    )
    para(doc, "Các khoa, phòng nghiêm túc thực hiện kết luận này.")
    para(
        doc,
        "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc việc thực hiện Thông báo, báo cáo Giám đốc tại cuộc họp giao ban tháng 3/2028./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHTH.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP\n\n\n\nHà Minh Tuấn",
    )
    doc.save(path)


def siblings_zq() -> None:
    zq4_docx(DOCS / "zq4_kh_tram_khuyen_nong_tom_ngoac_nghieng.docx")
    zq5_docx(DOCS / "zq5_tbkl_benh_vien_tinh_ngoai_ra_doan_rieng.docx")
