"""The main corpus's siblings of the held-out document h621 (moved to the main corpus when the
importer was taught its shape, by h13fixTB on 2026-12-06): a school's plan of the classes it opens —
a table of classes whose faculty, department or team runs each (`Khoa chủ nhiệm`, `Bộ môn chủ
nhiệm`, `Tổ chủ nhiệm`: the lead column), then a Roman part of numbered duties that is not `TỔ CHỨC
THỰC HIỆN`, each a named unit's item where it prints a time of its own (a day, a month, a round,
`thường xuyên`) and none where it is undated, then `TỔ CHỨC THỰC HIỆN`. Their expected items
(expected/tb1_…, tb2_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-tb` writes the two.
"""

from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def tb1_docx(path: Path) -> None:
    """A medical college's plan of its continuing-training courses for 2028 (.docx): a table of
    courses headed `Bộ môn chủ nhiệm`, then `II. CÔNG TÁC PHỤC VỤ ĐÀO TẠO` (two dated duties of named
    offices, one undated) and `III. TỔ CHỨC THỰC HIỆN` (the focal office, a monthly report)."""
    from docx import Document

    document = Document()
    document.add_paragraph("SỞ Y TẾ TỈNH LONG HÀ")
    document.add_paragraph("TRƯỜNG CAO ĐẲNG Y TẾ LONG HÀ")
    document.add_paragraph("Số: 57/KH-CĐYT")
    document.add_paragraph("Long Hà, ngày 22 tháng 12 năm 2027")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Tổ chức các khóa đào tạo liên tục năm 2028")
    document.add_paragraph(
        "Căn cứ nhu cầu đào tạo liên tục của các cơ sở y tế trong tỉnh, Nhà trường xây dựng Kế hoạch "
        "tổ chức các khóa đào tạo liên tục năm 2028 như sau:"
    )
    document.add_paragraph("I. CÁC KHÓA ĐÀO TẠO LIÊN TỤC")
    rows = [
        ("STT", "Khóa học", "Đối tượng", "Thời gian", "Bộ môn chủ nhiệm"),
        (
            "1",
            "Cấp cứu ban đầu cho điều dưỡng tuyến xã",
            "Điều dưỡng trạm y tế xã; 40 học viên",
            "03/2028 - 04/2028",
            "Bộ môn Điều dưỡng",
        ),
        (
            "2",
            "Kiểm soát nhiễm khuẩn trong cơ sở khám bệnh, chữa bệnh",
            "50 học viên",
            "Quý II/2028",
            "Bộ môn Y học cơ sở",
        ),
        ("3", "Sử dụng thuốc hợp lý, an toàn", "Dược sĩ bệnh viện huyện", "Tháng 7/2028", "Bộ môn Dược"),
        (
            "4",
            "Chăm sóc sức khỏe bà mẹ, trẻ em",
            "Nữ hộ sinh tuyến xã",
            "Tháng 9 và tháng 11/2028",
            "Bộ môn Hộ sinh",
        ),
    ]
    table = document.add_table(rows=0, cols=5)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for text in (
        "II. CÔNG TÁC PHỤC VỤ ĐÀO TẠO",
        "1. Phòng Đào tạo - Quản lý chất lượng biên soạn chương trình, tài liệu các khóa học trước ngày "
        "28/02/2028.",
        "2. Phòng Hành chính - Quản trị chuẩn bị phòng học, phòng thực hành cho các khóa học; thực hiện "
        "thường xuyên.",
        "3. Phòng Tài chính - Kế toán chủ động bố trí kinh phí tổ chức các khóa học.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Đào tạo - Quản lý chất lượng là đơn vị đầu mối, theo dõi, đôn đốc các bộ môn thực hiện "
        "Kế hoạch.",
        "2. Các bộ môn, phòng chức năng báo cáo tiến độ các khóa học về Ban Giám hiệu trước ngày 25 hằng "
        "tháng.",
        "Nơi nhận:",
        "- Sở Y tế (b/c);",
        "- Các bộ môn, phòng;",
        "- Lưu: VT, ĐT.",
        "HIỆU TRƯỞNG",
        "Đỗ Minh Khang",
    ):
        document.add_paragraph(text)
    document.save(path)


def tb2_html(path: Path) -> None:
    """A district vocational and continuing-education centre's plan of vocational classes for rural
    workers in 2028 (.html): a `<table>` headed `Tổ chủ nhiệm`, then `II. CÁC VIỆC CHUẨN BỊ` (three
    duties of named teams with their own times) and `III. TỔ CHỨC THỰC HIỆN`."""
    rows = [
        ("STT", "Nghề đào tạo", "Địa điểm, số học viên", "Thời gian", "Tổ chủ nhiệm"),
        (
            "1",
            "Kỹ thuật trồng và chăm sóc cây ăn quả",
            "Xã Tân Lộc; 35 học viên",
            "04/2028 - 06/2028",
            "Tổ Nông nghiệp",
        ),
        ("2", "Sửa chữa máy nông nghiệp", "Xã Phú Điền; 30 học viên", "Quý III/2028", "Tổ Cơ khí - Điện"),
        (
            "3",
            "Nuôi trồng thủy sản nước ngọt",
            "Theo đăng ký của Ủy ban nhân dân các xã",
            "Theo kế hoạch của Phòng Lao động - Thương binh và Xã hội",
            "Tổ Nông nghiệp",
        ),
    ]
    cells = "\n".join(
        "<tr>" + "".join(f"<{tag}>{escape(text)}</{tag}>" for text in row) + "</tr>"
        for tag, row in (("th" if index == 0 else "td", row) for index, row in enumerate(rows))
    )
    before = (
        "UBND HUYỆN ĐÔNG LẠC",
        "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN",
        "Số: 12/KH-TTGDNN",
        "Đông Lạc, ngày 08 tháng 01 năm 2028",
        "KẾ HOẠCH",
        "Mở lớp đào tạo nghề cho lao động nông thôn năm 2028",
        "Thực hiện chỉ tiêu đào tạo nghề năm 2028 được giao, Trung tâm xây dựng Kế hoạch mở lớp như sau:",
        "I. CÁC LỚP ĐÀO TẠO NGHỀ",
    )
    after = (
        "II. CÁC VIỆC CHUẨN BỊ",
        "1. Tổ Tuyển sinh - Hướng nghiệp phối hợp Ủy ban nhân dân các xã lập danh sách học viên trước "
        "ngày 15/3/2028.",
        "2. Tổ Cơ khí - Điện kiểm tra, bảo dưỡng thiết bị thực hành trong tháng 5/2028.",
        "3. Bộ phận Kế toán quyết toán kinh phí các lớp hằng quý.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Trưởng các tổ chuyên môn chủ động phân công giáo viên thực hiện nhiệm vụ được giao.",
        "2. Các tổ chuyên môn báo cáo kết quả thực hiện về Ban Giám đốc trước ngày 28 hằng tháng.",
        "Nơi nhận:",
        "- Phòng Lao động - Thương binh và Xã hội (b/c);",
        "- Lưu: VT.",
        "GIÁM ĐỐC",
        "Lò Văn Thắng",
    )
    paragraphs = lambda texts: "\n".join(f"<p>{escape(text)}</p>" for text in texts)  # noqa: E731
    path.write_text(
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch mở lớp</title></head>'
        f'<body>\n{paragraphs(before)}\n<table border="1">\n{cells}\n</table>\n{paragraphs(after)}\n'
        "</body></html>\n",
        encoding="utf-8",
    )


def siblings_tb() -> None:
    tb1_docx(DOCS / "tb1_kh_cao_dang_y_te_khoa_dao_tao_lien_tuc.docx")
    tb2_html(DOCS / "tb2_kh_trung_tam_gdnn_lop_nghe_nong_thon.html")
