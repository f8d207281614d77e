"""The main corpus's siblings of the held-out documents h490, h503, h586, h598, h623, h631 and h632
(moved to the main corpus when the importer was taught their shape, by h13fixTH on 2026-12-06): the
closing requests under a task table or a dispatch's points that the importer had left out — every
holder of a post named by its `… viên` asked for a report (`Các Thanh tra viên, công chức báo cáo …
hằng tháng`), every unit's products sent to a named unit by a day each round (`Các phòng gửi biên bản
… về Văn phòng trước ngày 28 hằng tháng`), a request opening with the end of the work (`Khi kết thúc
đợt kiểm tra, các Đội …`); in a sheet, a note's label in a cell of its own beside the note, a named
unit's dated duty as a closing line under `Tổ chức thực hiện:`, a holiday merged across the rows
and a standing word typed in the `Từ ngày` column with no end.
Their expected items (expected/th1_…, th2_…, th3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-th` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def th1_docx(path: Path) -> None:
    """A provincial inspectorate's work programme for the second quarter of 2028 (.docx): one task
    table led by departments, then a general charge, the inspectors' monthly report at the briefing
    and the departments' minutes sent to the office by the 28th of each month."""
    from docx import Document

    document = Document()
    for text in (
        "THANH TRA TỈNH BẮC HÀ",
        "Số: 27/CTr-TTr",
        "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2028",
        "Căn cứ Kế hoạch thanh tra năm 2028 đã được Chủ tịch UBND tỉnh phê duyệt, Thanh tra tỉnh xây "
        "dựng Chương trình công tác quý II năm 2028 như sau:",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"), strict=True
    ):
        cell.text = text
    for row in (
        (
            "1",
            "Thanh tra việc quản lý, sử dụng quỹ đất công ích tại UBND huyện Yên Thịnh",
            "Phòng Nghiệp vụ 1",
            "30/5/2028",
        ),
        (
            "2",
            "Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân tại Sở Công Thương",
            "Phòng Nghiệp vụ 2",
            "Tháng 6/2028",
        ),
        (
            "3",
            "Xác minh, tham mưu giải quyết đơn khiếu nại của bà Lò Thị Hoa, xã Nậm Ty",
            "Phòng Tiếp công dân",
            "Trước 15/5/2028",
        ),
        (
            "4",
            "Theo dõi, đôn đốc việc thực hiện kết luận thanh tra đã ban hành năm 2027",
            "Phòng Nghiệp vụ 3",
            "Thường xuyên",
        ),
        (
            "5",
            "Tổng hợp báo cáo công tác thanh tra 6 tháng đầu năm 2028 gửi Thanh tra Chính phủ",
            "Văn phòng",
            "15/6/2028",
        ),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for text in (
        "Trưởng các phòng căn cứ Chương trình này chủ động triển khai thực hiện.",
        "Các Thanh tra viên, công chức báo cáo kết quả công việc được giao tại cuộc họp giao ban cơ quan "
        "vào chiều thứ Sáu tuần cuối hằng tháng.",
        "Các phòng, đoàn thanh tra gửi biên bản làm việc, dự thảo kết luận về Văn phòng trước ngày 28 hằng "
        "tháng để tổng hợp, báo cáo Chánh Thanh tra tỉnh.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT.",
        "CHÁNH THANH TRA",
        "Vàng A Sính",
    ):
        document.add_paragraph(text)
    document.save(path)


def th2_xlsx(path: Path) -> None:
    """A district health centre's vaccination plan for the first half of 2028 (.xlsx): `Từ ngày |
    Đến ngày` columns, a holiday merged across the rows, a standing row with `Liên tục` in the start
    column and no end, a `Lưu ý:` label in a cell of its own beside the stations' monthly report, and
    under `Tổ chức thực hiện:` the planning department's dated report to the director."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH TCMR 2028"
    sheet["A1"] = "TRUNG TÂM Y TẾ HUYỆN KIM SƠN"
    sheet["A3"] = "KẾ HOẠCH TIÊM CHỦNG MỞ RỘNG 6 THÁNG ĐẦU NĂM 2028"
    sheet.merge_cells("A3:F3")
    header = ("TT", "Nội dung công việc", "Từ ngày", "Đến ngày", "Đơn vị chủ trì", "Đơn vị phối hợp")
    for column, text in enumerate(header, start=1):
        sheet.cell(row=5, column=column, value=text)
    rows = [
        (
            "1",
            "Rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng tại các xã, thị trấn",
            "02/01/2028",
            "20/01/2028",
            "Khoa Kiểm soát bệnh tật",
            "Các trạm y tế",
        ),
        (
            "2",
            "Tiếp nhận, bảo quản vắc xin theo đúng quy định dây chuyền lạnh",
            "Liên tục",
            "",
            "Khoa Dược - Vật tư y tế",
            "Khoa Kiểm soát bệnh tật",
        ),
        None,  # the holiday
        (
            "3",
            "Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
            "15/3/2028",
            "10/4/2028",
            "Khoa Kiểm soát bệnh tật",
            "Các trạm y tế",
        ),
        (
            "4",
            "Giám sát phản ứng sau tiêm chủng tại các điểm tiêm",
            "15/3/2028",
            "15/4/2028",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Khoa Kiểm soát bệnh tật",
        ),
        (
            "5",
            "Sơ kết công tác tiêm chủng mở rộng 6 tháng đầu năm",
            "20/6/2028",
            "30/6/2028",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Các khoa, phòng",
        ),
    ]
    row_number = 6
    for row in rows:
        if row is None:
            sheet.cell(
                row=row_number,
                column=2,
                value="Nghỉ lễ Giải phóng miền Nam và Quốc tế Lao động: từ ngày 30/4 đến hết ngày 03/5/2028",
            )
            sheet.merge_cells(start_row=row_number, start_column=2, end_row=row_number, end_column=6)
        else:
            for column, text in enumerate(row, start=1):
                sheet.cell(row=row_number, column=column, value=text or None)
        row_number += 1
    row_number += 1
    sheet.cell(row=row_number, column=1, value="Lưu ý:")
    sheet.cell(
        row=row_number,
        column=2,
        value="Các trạm y tế báo cáo số trẻ được tiêm chủng về Khoa Kiểm soát bệnh tật trước ngày 03 hằng "
        "tháng; mẫu báo cáo theo hướng dẫn của Trung tâm.",
    )
    sheet.merge_cells(start_row=row_number, start_column=2, end_row=row_number, end_column=6)
    row_number += 2
    sheet.cell(row=row_number, column=1, value="Tổ chức thực hiện:")
    sheet.cell(
        row=row_number + 1,
        column=1,
        value="- Phòng Kế hoạch - Nghiệp vụ theo dõi, đôn đốc thực hiện Kế hoạch, báo cáo Giám đốc Trung tâm "
        "kết quả 6 tháng trước ngày 08/7/2028.",
    )
    sheet.cell(row=row_number + 4, column=5, value="GIÁM ĐỐC")
    sheet.cell(row=row_number + 7, column=5, value="Đinh Văn Lực")
    book.save(path)


# The dispatch's lines (a paragraph is one line, as a plain text file prints it)
TH3_LINES = (
    "CỤC HẢI QUAN TỈNH ĐÔNG HẢI",
    "CHI CỤC HẢI QUAN CỬA KHẨU CẢNG VẠN HOA",
    "Số: 318/HQVH-KTSTQ",
    "V/v tăng cường kiểm tra, kiểm soát hàng hóa xuất nhập khẩu quý I/2028",
    "",
    "Kính gửi: Các Đội nghiệp vụ thuộc Chi cục.",
    "",
    "Thực hiện chỉ đạo của Cục Hải quan tỉnh về đợt cao điểm chống buôn lậu quý I/2028, Chi cục yêu "
    "cầu các đơn vị thực hiện các nội dung sau:",
    "",
    "1. Đội Thủ tục hàng hóa xuất nhập khẩu: kiểm tra thực tế hàng hóa thuộc diện rủi ro cao, hoàn "
    "thành trước ngày 31/3/2028.",
    "2. Đội Kiểm soát hải quan: tuần tra, kiểm soát khu vực cảng và vùng nước cảng; thực hiện thường xuyên.",
    "3. Đội Tổng hợp: tổng hợp kết quả kiểm tra của các Đội, báo cáo Cục Hải quan tỉnh định kỳ hằng tuần.",
    "",
    "Các Đội báo cáo nhanh kết quả kiểm tra về Chi cục (qua Đội Tổng hợp) trước 16 giờ 00 thứ Sáu hằng tuần.",
    "Khi kết thúc đợt cao điểm, các Đội gửi báo cáo tổng kết về Chi cục trước ngày 05/4/2028.",
    "Yêu cầu Đội trưởng các Đội nghiêm túc triển khai thực hiện./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- Cục Hải quan tỉnh (b/c);",
    "- Lưu: VT.",
    "CHI CỤC TRƯỞNG",
    "Phạm Quang Hưng",
)
TH3_TEXT = "\n".join(TH3_LINES) + "\n"


def th3_txt(path: Path) -> None:
    """A border customs branch's dispatch for the first quarter of 2028 (plain text, UTF-8)."""
    path.write_text(TH3_TEXT, encoding="utf-8")


def siblings_th() -> None:
    th1_docx(DOCS / "th1_ctr_thanh_tra_tinh_thanh_tra_vien.docx")
    th2_xlsx(DOCS / "th2_kh_ttyt_tiem_chung_luu_y_o_rieng.xlsx")
    th3_txt(DOCS / "th3_cv_hai_quan_ket_thuc_dot_cao_diem.txt")
