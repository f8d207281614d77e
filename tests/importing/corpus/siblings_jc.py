"""The main corpus's sibling of the held-out document h140 (moved to the main corpus when the importer
was taught its shape, helper h13fixJC; the siblings of h136 and h130, jc2 and jc3, are HTML and
Markdown written by hand): the same shape with other bodies, units, tasks, dates and surface details.
Its expected items (expected/jc1_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-jc` writes jc1.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jc1_docx(path: Path) -> None:
    """A college's weekly calendar as one table per day, each under a bold day line of its own
    (`Thứ Hai, ngày 07/6/2027`) and repeating its header; the day is in no column."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    for row, (left, right) in enumerate(
        [
            ("SỞ Y TẾ TỈNH HÀ LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("TRƯỜNG CAO ĐẲNG Y TẾ HÀ LAM", "Độc lập - Tự do - Hạnh phúc"),
        ]
    ):
        heading.cell(row, 0).text = left
        heading.cell(row, 1).text = right
    document.add_paragraph("LỊCH LÀM VIỆC CỦA BAN GIÁM HIỆU")
    document.add_paragraph("Tuần 23 (từ ngày 07/6/2027 đến ngày 13/6/2027)")
    labels = ["Giờ", "Nội dung công việc", "Chủ trì", "Thành phần", "Đơn vị chuẩn bị", "Địa điểm"]
    days = [
        (
            "Thứ Hai, ngày 07/6/2027",
            [
                (
                    "7h30",
                    "Giao ban Ban Giám hiệu đầu tuần",
                    "Hiệu trưởng",
                    "Ban Giám hiệu; trưởng các phòng, khoa",
                    "Phòng Tổ chức - Hành chính",
                    "Phòng họp số 1",
                ),
                (
                    "14h00",
                    "Duyệt kế hoạch tuyển sinh cao đẳng chính quy năm 2027",
                    "PHT Võ Thị Lan",
                    "Phòng Đào tạo; Phòng Công tác học sinh, sinh viên",
                    "Phòng Đào tạo",
                    "Phòng họp số 2",
                ),
            ],
        ),
        (
            "Thứ Ba, ngày 08/6/2027",
            [
                (
                    "8h00",
                    "Kiểm tra học sinh thực tập lâm sàng tại Bệnh viện Đa khoa tỉnh",
                    "PHT Đặng Minh Quân",
                    "Khoa Điều dưỡng; giảng viên hướng dẫn",
                    "Khoa Điều dưỡng",
                    "Bệnh viện Đa khoa tỉnh",
                ),
            ],
        ),
        (
            "Thứ Tư, ngày 09/6/2027",
            [
                ("Cả ngày", "Ban Giám hiệu làm việc tại cơ quan", "", "", "", ""),
            ],
        ),
        (
            "Thứ Năm, ngày 10/6/2027",
            [
                (
                    "9h00",
                    "Họp Hội đồng xét công nhận tốt nghiệp đợt 1 năm 2027",
                    "Hiệu trưởng",
                    "Thành viên Hội đồng",
                    "Phòng Đào tạo; Phòng Khảo thí và Đảm bảo chất lượng",
                    "Hội trường",
                ),
                (
                    "15h00",
                    "Làm việc với Sở Y tế về phương án tự chủ tài chính giai đoạn 2027 - 2030",
                    "Hiệu trưởng",
                    "Phòng Kế hoạch - Tài chính",
                    "",
                    "Sở Y tế",
                ),
            ],
        ),
        (
            "Thứ Sáu, ngày 11/6/2027",
            [
                (
                    "14h00",
                    "Sinh hoạt chuyên đề phòng, chống ma túy trong học sinh, sinh viên",
                    "PHT Võ Thị Lan",
                    "Đại diện học sinh, sinh viên các lớp",
                    "Đoàn Thanh niên",
                    "Hội trường",
                ),
            ],
        ),
        ("Thứ Bảy, ngày 12/6/2027 - Chủ nhật, ngày 13/6/2027", [("", "Nghỉ", "", "", "", "")]),
    ]
    for day, entries in days:
        document.add_paragraph().add_run(day).bold = True
        table = document.add_table(rows=1 + len(entries), cols=len(labels))
        table.style = "Table Grid"
        for column, label in enumerate(labels):
            table.cell(0, column).text = label
        for row, entry in enumerate(entries, start=1):
            for column, text in enumerate(entry):
                table.cell(row, column).text = text
    for text in [
        "Lịch được cập nhật trên trang thông tin điện tử của Trường vào chiều thứ Sáu hằng tuần.",
        "TL. HIỆU TRƯỞNG",
        "TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH",
        "Lê Thu Hà",
    ]:
        document.add_paragraph(text)
    document.save(path)


def siblings_jc() -> None:
    jc1_docx(DOCS / "jc1_lich_tuan_cao_dang_moi_ngay_mot_bang.docx")
