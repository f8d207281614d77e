"""The main corpus's siblings of the held-out documents h123, h142 and h129 (moved to the main corpus when
the importer was taught their shapes, helper h13fixQ2; h142's sibling zq2 is plain text and h129's zq3 is
HTML, both written by hand): the same shape with other bodies, units, tasks, dates and surface details.
Their expected items (expected/zq1_…–zq3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-q2` writes zq1.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def zq1_docx(path: Path) -> None:
    """A ward Party committee's programme (sibling of h123): `I-`/`1-` numbering with hyphens, dash tasks
    ending in a sentence that names the lead (`<unit> chủ trì …`) and the time (`; thời gian: …`)."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(
        [
            ("ĐẢNG BỘ THÀNH PHỐ LONG GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("ĐẢNG ỦY PHƯỜNG BÌNH MINH", "Bình Minh, ngày 06 tháng 02 năm 2027"),
            ("Số 08-CTr/ĐU", ""),
        ]
    ):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right
    for text in [
        "CHƯƠNG TRÌNH CÔNG TÁC",
        "thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Thành ủy về chuyển đổi số trong hệ thống chính trị, năm 2027",
        "Thực hiện Chỉ thị số 05-CT/TU ngày 12/11/2026 của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng ủy phường xây dựng Chương trình công tác năm 2027 như sau:",
        "I- MỤC ĐÍCH, YÊU CẦU",
        "1- Xác định rõ nhiệm vụ, cơ quan chủ trì và thời gian hoàn thành từng việc.",
        "2- Gắn trách nhiệm người đứng đầu với kết quả chuyển đổi số của cơ quan, đơn vị.",
        "II- NHIỆM VỤ TRỌNG TÂM",
        "1- Chuyển đổi số trong công tác Đảng",
        "- Số hóa toàn bộ hồ sơ đảng viên của 18 chi bộ trực thuộc, cập nhật vào Cơ sở dữ liệu đảng viên. Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng Đảng ủy; thời gian: quý III/2027.",
        "- Triển khai sổ tay đảng viên điện tử đến 100% chi bộ; hướng dẫn đảng viên cài đặt, sử dụng. Ban Xây dựng Đảng Đảng ủy chủ trì thực hiện; hoàn thành trước ngày 30/6/2027.",
        "2- Chính quyền số và dịch vụ công",
        "- Nâng tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt trên 80%. Ủy ban nhân dân phường chủ trì, Công an phường phối hợp; thời gian: cả năm 2027.",
        "- Làm sạch dữ liệu dân cư, đất đai của 9 khu phố, kết nối với hệ thống của thành phố. Công an phường chủ trì; báo cáo kết quả trước ngày 15/10/2027.",
        '- Phát động phong trào "Bình dân học vụ số" tại các khu dân cư, tổ chức 12 lớp hướng dẫn kỹ năng số cho người cao tuổi. Đoàn Thanh niên phường chủ trì, Hội Người cao tuổi phường phối hợp; thời gian: tháng 8/2027.',
        "III- TỔ CHỨC THỰC HIỆN",
        "1- Các chi bộ trực thuộc xây dựng kế hoạch thực hiện Chương trình này, gửi về Văn phòng Đảng ủy trước ngày 28/02/2027.",
        "2- Ban Xây dựng Đảng Đảng ủy theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo Ban Thường vụ Đảng ủy.",
        "3- Chương trình này được quán triệt đến các chi bộ và đảng viên.",
        "Nơi nhận:",
        "- Thường trực Thành ủy (b/c),",
        "- Các chi bộ trực thuộc,",
        "- Lưu Văn phòng Đảng ủy.",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Thị Thu Trang",
    ]:
        document.add_paragraph(text)
    document.save(path)


def siblings_q2() -> None:
    zq1_docx(DOCS / "zq1_ctr_cong_tac_dang_uy_phuong_gach_ngang_cau_cuoi.docx")
