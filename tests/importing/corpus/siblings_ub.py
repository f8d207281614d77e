"""The main corpus's siblings of the held-out document h638 (moved to the main corpus when the importer
was taught its shape, by h13fixUB on 2026-12-06): a dispatch whose timetable (the time column before
the unit column) is followed by the issuer's lead-in ending in its verb and a colon (`Ngoài các nội
dung trên, <issuer> đề nghị:`, `… yêu cầu:`, `… đề nghị các khoa, phòng:`, `… đề nghị như sau:`) over
numbered closing points: a focal body's duty (`<unit> là bộ phận / đơn vị / cơ quan đầu mối, …`), a
named unit's undated duty, every unit's report by a round within a range of weeks or months, every
office of a kind asked to do something by a day; a closing exhortation and a general charge are none.
Their expected items (expected/ub1_…, ub2_…, ub3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ub` writes ub1 and ub3 (.docx); ub2 is a
Markdown file written by hand in docs/.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _grid(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def ub1_docx(path: Path) -> None:
    """A provincial Social Insurance office's dispatch on the 2027 year-end settlement (.docx): title
    lines as paragraphs, a gridded timetable with the time before the unit, then `… Giám đốc Bảo hiểm
    xã hội tỉnh yêu cầu:` over three numbered points and a closing exhortation."""
    from docx import Document

    document = Document()
    for text in (
        "BẢO HIỂM XÃ HỘI TỈNH HÒA NAM",
        "Số: 2104/BHXH-KHTC",
        "V/v triển khai công tác quyết toán năm 2027",
        "Hòa Nam, ngày 06 tháng 12 năm 2027",
        "Kính gửi: Các phòng nghiệp vụ; Bảo hiểm xã hội các huyện, thị xã.",
        "Để hoàn thành công tác quyết toán thu, chi năm 2027 đúng thời hạn, Bảo hiểm xã hội tỉnh đề "
        "nghị các phòng, Bảo hiểm xã hội các huyện, thị xã thực hiện các công việc theo lịch sau:",
    ):
        document.add_paragraph(text)
    _grid(
        document,
        (
            ("STT", "Nội dung", "Thời gian hoàn thành", "Đơn vị chủ trì"),
            (
                "1",
                "Rà soát, đối chiếu số thu bảo hiểm xã hội, bảo hiểm y tế với các đơn vị sử dụng lao động",
                "Chậm nhất ngày 20/12/2027",
                "Phòng Quản lý thu; Bảo hiểm xã hội các huyện, thị xã",
            ),
            (
                "2",
                "Thẩm định số liệu chi trả chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe năm 2027",
                "Trước 15/01/2028",
                "Phòng Chế độ bảo hiểm xã hội",
            ),
            (
                "3",
                "Kiểm kê tài sản, công cụ dụng cụ tại thời điểm 0 giờ ngày 01/01/2028",
                "31/12/2027",
                "Văn phòng; Phòng Kế hoạch - Tài chính",
            ),
            (
                "4",
                "Đối chiếu quỹ khám bệnh, chữa bệnh bảo hiểm y tế với các cơ sở khám bệnh, chữa bệnh",
                "Từ 02/01/2028 đến 20/01/2028",
                "Phòng Giám định bảo hiểm y tế",
            ),
            (
                "5",
                "Lập báo cáo tài chính năm 2027 gửi Bảo hiểm xã hội Việt Nam",
                "Chậm nhất ngày 28/02/2028",
                "Phòng Kế hoạch - Tài chính",
            ),
        ),
    )
    for text in (
        "Để bảo đảm tiến độ quyết toán, Giám đốc Bảo hiểm xã hội tỉnh yêu cầu:",
        "1. Phòng Kế hoạch - Tài chính là bộ phận đầu mối, theo dõi, đôn đốc việc thực hiện Công văn "
        "này; tổng hợp khó khăn, vướng mắc báo cáo Giám đốc.",
        "2. Các phòng, Bảo hiểm xã hội các huyện báo cáo tiến độ quyết toán về Phòng Kế hoạch - Tài "
        "chính vào thứ Năm hằng tuần (từ ngày 09/12/2027 đến ngày 27/01/2028).",
        "3. Bảo hiểm xã hội các huyện, thị xã thông báo, hướng dẫn các đơn vị sử dụng lao động nộp đủ "
        "tiền đóng bảo hiểm xã hội, bảo hiểm y tế năm 2027 chậm nhất ngày 31/12/2027.",
        "Yêu cầu các phòng, Bảo hiểm xã hội các huyện, thị xã nghiêm túc thực hiện./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Ban Giám đốc;",
        "- Lưu: VT, KHTC.",
        "GIÁM ĐỐC",
        "Trịnh Quốc Hưng",
    ):
        document.add_paragraph(text)
    document.save(path)


def ub3_docx(path: Path) -> None:
    """A provincial Department of Education's dispatch on closing the 2027–2028 school year (.docx):
    a header table, a gridded timetable with the time before the division, then `… Sở Giáo dục và
    Đào tạo đề nghị như sau:` over three numbered points and a closing exhortation."""
    from docx import Document

    document = Document()
    _grid(
        document,
        (
            (
                "UBND TỈNH BẮC HÀ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 915/SGDĐT-VP\nV/v triển khai các công việc "
                "kết thúc năm học 2027-2028",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ),
            ("", "Bắc Hà, ngày 20 tháng 5 năm 2028"),
        ),
    )
    for text in (
        "Kính gửi: Các phòng thuộc Sở.",
        "Thực hiện kế hoạch thời gian năm học 2027-2028, Sở Giáo dục và Đào tạo phân công các phòng "
        "thực hiện các công việc kết thúc năm học như sau:",
    ):
        document.add_paragraph(text)
    _grid(
        document,
        (
            ("TT", "Nội dung", "Thời hạn", "Phòng chủ trì"),
            (
                "1",
                "Tổng hợp kết quả đánh giá học sinh cuối năm học 2027-2028",
                "Trước 10/6/2028",
                "Phòng Giáo dục trung học",
            ),
            (
                "2",
                "Tổ chức kỳ thi tuyển sinh vào lớp 10 năm học 2028-2029",
                "Từ 03/6/2028 đến 05/6/2028",
                "Phòng Quản lý chất lượng",
            ),
            (
                "3",
                "Xây dựng kế hoạch bồi dưỡng hè cho giáo viên các cấp học",
                "15/6/2028",
                "Phòng Tổ chức cán bộ; Phòng Giáo dục trung học",
            ),
            (
                "4",
                "Rà soát, bổ sung thiết bị dạy học cho năm học mới",
                "Chậm nhất 30/7/2028",
                "Phòng Kế hoạch - Tài chính",
            ),
        ),
    )
    for text in (
        "Trên cơ sở các nội dung trên, Sở Giáo dục và Đào tạo đề nghị như sau:",
        "1. Văn phòng Sở là cơ quan đầu mối, theo dõi, đôn đốc các phòng thực hiện; tổng hợp kết "
        "quả, báo cáo Giám đốc Sở trước ngày 25/6/2028.",
        "2. Phòng Kế hoạch - Tài chính bảo đảm kinh phí tổ chức các hoạt động kết thúc năm học.",
        "3. Các phòng chuyên môn báo cáo tiến độ thực hiện về Văn phòng Sở vào ngày 15 và ngày 30 "
        "hằng tháng.",
        "Đề nghị các phòng nghiêm túc triển khai thực hiện./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Giám đốc, các Phó Giám đốc Sở;",
        "- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Đỗ Minh Châu",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_ub() -> None:
    ub1_docx(DOCS / "ub1_cv_bhxh_tinh_quyet_toan_cuoi_nam.docx")
    ub3_docx(DOCS / "ub3_cv_so_gddt_ket_thuc_nam_hoc.docx")
