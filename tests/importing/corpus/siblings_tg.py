"""The main corpus's siblings of the held-out documents h494, h509, h591, h597, h601, h607, h612 and
h613 (moved to the main corpus when the importer was taught their due times, by h13fixTG on
2026-12-06): a round every school term (`Mỗi học kỳ`), `Định kỳ theo từng đợt`, two days joined by
`và` (the last), a month printed without its year below a later one inside the title's quarter (that
quarter's), a start-day cell beside an empty end-day cell (a one-day job, due that day), a run from a
day to an event with its expected day in parentheses (that day), a report `định kỳ 6 tháng (trước
ngày …) và năm (trước ngày …/2028)` (recurring: the days are the rounds'), and a calendar entry that
runs from its own day over several (due at the run's end). Their expected items (expected/tg1_… to
tg4_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-tg` writes the four.
"""

from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _sheet(path: Path, title: str, lines: tuple, header: tuple, rows: list, below: list, sign: tuple) -> None:
    """A sheet: title lines merged across, the header on row 5, then `rows` (a group row is a
    2-tuple merged across from column B; a tuple may hold `("merge", text)` spanning two columns),
    a blank row, the lines `below` merged across, a blank row and the signature in column D."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title
    last = get_column_letter(len(header))
    for number, text in enumerate(lines, start=1):
        sheet.cell(number, 1, text)
        sheet.merge_cells(f"A{number}:{last}{number}")
    for column, text in enumerate(header, start=1):
        sheet.cell(5, column, text)
    row = 6
    for values in rows:
        if len(values) == 2:
            sheet.cell(row, 1, values[0])
            sheet.cell(row, 2, values[1])
            sheet.merge_cells(f"B{row}:{last}{row}")
        else:
            column = 1
            for value in values:
                if isinstance(value, tuple) and value[0] == "merge":
                    sheet.cell(row, column, value[1])
                    sheet.merge_cells(
                        f"{get_column_letter(column)}{row}:{get_column_letter(column + 1)}{row}"
                    )
                    column += 2
                    continue
                if value is not None:
                    cell = sheet.cell(row, column, value)
                    if isinstance(value, datetime):
                        cell.number_format = "dd/mm/yyyy"
                column += 1
        row += 1
    row += 1
    for text in below:
        sheet.cell(row, 2, text)
        sheet.merge_cells(f"B{row}:{last}{row}")
        row += 1
    row += 1
    for text in sign:
        sheet.cell(row, 4, text)
        row += 1
    book.save(path)


def tg1_xlsx(path: Path) -> None:
    """A district education office's programme for the second quarter of 2028 (.xlsx)."""
    _sheet(
        path,
        "KH quy II-2028",
        (
            "UBND HUYỆN THANH MIỆN - PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "KẾ HOẠCH CÔNG TÁC QUÝ II NĂM 2028",
            "(Kèm theo Quyết định số 77/QĐ-PGDĐT ngày 25/3/2028 của Trưởng phòng Giáo dục và Đào tạo)",
        ),
        ("STT", "Nội dung công việc", "Bộ phận chủ trì", "Thời gian", "Ghi chú"),
        [
            ("I", "CÔNG TÁC CHUYÊN MÔN"),
            (
                1,
                "Tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học",
                "Bộ phận Chuyên môn Tiểu học",
                "Tháng 4/2028",
                None,
            ),
            (
                2,
                "Kiểm tra công tác tổ chức bán trú tại các trường mầm non",
                "Bộ phận Chuyên môn Mầm non",
                "Tháng 6/2028",
                "12 trường",
            ),
            (
                3,
                "Tổng hợp kết quả đánh giá, xếp loại học sinh trung học cơ sở",
                "Bộ phận Chuyên môn THCS",
                "Mỗi học kỳ",
                None,
            ),
            (
                4,
                "Phê duyệt kế hoạch tuyển sinh vào lớp 6 năm học 2028 - 2029",
                "Bộ phận Chuyên môn THCS",
                "Tháng 5",
                None,
            ),
            ("II", "CÔNG TÁC TỔ CHỨC, TÀI CHÍNH"),
            (
                5,
                "Kiểm tra nội bộ hồ sơ thu, chi tài chính tại các trường",
                "Bộ phận Kế hoạch - Tài chính",
                "Định kỳ theo từng đợt",
                "3 đợt",
            ),
            (
                6,
                "Tập huấn sử dụng phần mềm quản lý cán bộ, giáo viên",
                "Bộ phận Tổ chức cán bộ",
                "Ngày 12/4/2028 và ngày 24/5/2028",
                "Hai lớp",
            ),
            (
                7,
                "Cập nhật cơ sở dữ liệu ngành giáo dục trên hệ thống của Bộ",
                "Bộ phận Kế hoạch - Tài chính",
                "Thường xuyên",
                None,
            ),
        ],
        [
            "Các bộ phận báo cáo kết quả thực hiện Kế hoạch về Bộ phận Văn phòng trước ngày 25/6/2028 để "
            "tổng hợp, báo cáo Trưởng phòng.",
        ],
        ("TRƯỞNG PHÒNG", "Lương Văn Thịnh"),
    )


def tg2_xlsx(path: Path) -> None:
    """A water company's network maintenance schedule for the third quarter of 2028 (.xlsx)."""
    _sheet(
        path,
        "Quy III-2028",
        (
            "CÔNG TY CỔ PHẦN CẤP NƯỚC HÀ LẠC",
            "KẾ HOẠCH BẢO TRÌ MẠNG LƯỚI CẤP NƯỚC VÀ TẠM NGỪNG CẤP NƯỚC QUÝ III/2028",
            "(Kèm theo Quyết định số 215/QĐ-CNHL ngày 20/6/2028 của Tổng Giám đốc Công ty)",
        ),
        (
            "TT",
            "Hạng mục",
            "Đơn vị thực hiện",
            "Từ ngày",
            "Đến ngày",
            "Khu vực tạm ngừng cấp nước",
            "Ghi chú",
        ),
        [
            ("I", "TUYẾN ỐNG TRUYỀN DẪN"),
            (
                1,
                "Thay van chặn DN400 tại nút giao Quốc lộ 21",
                "Xí nghiệp Xây lắp",
                datetime(2028, 7, 8),
                datetime(2028, 7, 9),
                "Phường Lạc Sơn",
                None,
            ),
            (
                2,
                "Súc xả tuyến ống DN300 đường Trần Phú",
                "Xí nghiệp Quản lý mạng lưới",
                datetime(2028, 7, 15),
                None,
                "Phường Hà Phong",
                "Trong ngày",
            ),
            (
                3,
                "Sửa chữa rò rỉ tuyến ống DN200 qua cầu Bến Lội",
                "Xí nghiệp Xây lắp",
                datetime(2028, 8, 5),
                datetime(2028, 8, 7),
                "Xã Lạc Thủy",
                None,
            ),
            ("II", "MẠNG PHÂN PHỐI"),
            (
                4,
                "Đấu nối tuyến ống phân phối khu dân cư Đồng Me",
                "Xí nghiệp Quản lý mạng lưới",
                datetime(2028, 8, 26),
                None,
                "Khu dân cư Đồng Me",
                "Từ 8h00 đến 16h00",
            ),
            (
                5,
                "Thay đồng hồ tổng tại các khu tập thể",
                "Đội Quản lý khách hàng",
                datetime(2028, 9, 1),
                datetime(2028, 9, 25),
                "Không",
                None,
            ),
            (
                6,
                "Kiểm tra chất lượng nước tại các điểm cuối mạng lưới",
                "Phòng Kỹ thuật - Chất lượng",
                ("merge", "Hằng tuần"),
                None,
                "Theo QCVN 01-1:2018/BYT",
            ),
        ],
        [
            "Ghi chú: Thời gian tạm ngừng cấp nước từ 8h00 đến 17h00; gặp mưa lớn, Phòng Điều độ thông báo "
            "lùi lịch.",
            "Các đơn vị báo cáo kết quả thực hiện Kế hoạch về Phòng Kỹ thuật - Chất lượng trước ngày "
            "05/10/2028.",
        ],
        ("KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "Vũ Minh Châu"),
    )


def tg3_docx(path: Path) -> None:
    """A fisheries sub-department's plan for 2028 (.docx): bold task headings with labelled lines."""
    from docx import Document

    document = Document()
    paragraphs = (
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LẠC", False),
        ("CHI CỤC THỦY SẢN", False),
        ("Số: 41/KH-CCTS", False),
        ("KẾ HOẠCH", True),
        ("Bảo vệ, tái tạo nguồn lợi thủy sản năm 2028", True),
        (
            "Thực hiện Kế hoạch số 118/KH-SNNMT ngày 10/01/2028 của Sở Nông nghiệp và Môi trường, Chi cục "
            "Thủy sản xây dựng Kế hoạch như sau:",
            False,
        ),
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("1. Ngăn chặn, xử lý kịp thời các hành vi khai thác thủy sản bằng nghề cấm.", False),
        ("2. Phân công rõ trách nhiệm của các phòng, đội, trạm thuộc Chi cục.", False),
        ("II. NHIỆM VỤ CỤ THỂ", True),
        ("1. Tuần tra, kiểm soát khai thác thủy sản trên sông Lạc và hồ Đồng Me", True),
        (
            "Tổ chức tuần tra ban đêm trên các đoạn sông trọng điểm; lập biên bản, xử lý các trường hợp dùng "
            "xung điện, lưới có kích thước mắt lưới nhỏ hơn quy định.",
            False,
        ),
        ("- Chủ trì: Đội Kiểm ngư; phối hợp: Công an các xã ven sông.", False),
        ("- Thời gian: từ ngày 01/5/2028 đến khi kết thúc mùa cá sinh sản (dự kiến ngày 31/7/2028).", False),
        ("2. Thả giống tái tạo nguồn lợi thủy sản", True),
        (
            "Thả 2,5 triệu con giống cá truyền thống vào sông Lạc và hồ Đồng Me, có sự tham gia của "
            "người dân địa phương.",
            False,
        ),
        ("- Chủ trì: Phòng Nguồn lợi thủy sản. Thời gian: Ngày 20/5/2028 và ngày 02/9/2028.", False),
        ("3. Kiểm tra điều kiện cơ sở sản xuất, ương dưỡng giống thủy sản", True),
        ("Kiểm tra 25 cơ sở sản xuất, ương dưỡng giống; xử lý vi phạm theo quy định.", False),
        ("- Chủ trì: Phòng Nuôi trồng thủy sản", False),
        ("- Thời gian: Quý III/2028", False),
        ("4. Tuyên truyền quy định về bảo vệ nguồn lợi thủy sản", True),
        ("Phát tờ rơi, treo pa nô tại các bến cá; phối hợp đài truyền thanh các xã phát tin.", False),
        ("- Chủ trì: Văn phòng Chi cục. Thời gian: thường xuyên.", False),
        ("III. TỔ CHỨC THỰC HIỆN", True),
        ("1. Phòng Nguồn lợi thủy sản là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch.", False),
        ("2. Trưởng các phòng, đội, trạm thuộc Chi cục chủ động triển khai nhiệm vụ được giao.", False),
        (
            "3. Các Trạm Thủy sản liên huyện báo cáo kết quả thực hiện về Chi cục (qua Phòng Nguồn lợi thủy "
            "sản) định kỳ 6 tháng (trước ngày 18/6) và năm (trước ngày 18/11/2028).",
            False,
        ),
        ("Nơi nhận:", False),
        ("- Sở Nông nghiệp và Môi trường (b/c);", False),
        ("- Các phòng, đội, trạm thuộc Chi cục;", False),
        ("- Lưu: VT, NLTS.", False),
        ("CHI CỤC TRƯỞNG", True),
        ("Đinh Quốc Hưng", True),
    )
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    document.save(path)


def tg4_docx(path: Path) -> None:
    """A district's weekly calendar of its leaders (.docx): the day cell merged down over its entries."""
    from docx import Document

    document = Document()
    for text in (
        "UBND HUYỆN ĐÔNG SƠN - VĂN PHÒNG HĐND VÀ UBND",
        "Đông Sơn, ngày 10 tháng 3 năm 2028",
        "LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND VÀ LÃNH ĐẠO UBND HUYỆN",
        "(Tuần 11, từ ngày 13/3/2028 đến ngày 19/3/2028)",
    ):
        document.add_paragraph(text)
    header = ("Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm")
    rows = [
        (
            "Thứ Hai 13/3",
            "7h30",
            "Họp giao ban Thường trực HĐND và lãnh đạo UBND huyện",
            "Chủ tịch UBND Phạm Văn Long",
            "Văn phòng HĐND và UBND",
            "Phòng họp số 1",
        ),
        (
            "",
            "14h00",
            "Làm việc với Ban Quản lý dự án về tiến độ xây dựng Trường THCS Đông Hòa",
            "PCT Nguyễn Thị Thu",
            "Phòng Kinh tế và Hạ tầng",
            "Trụ sở Ban Quản lý dự án",
        ),
        (
            "Thứ Ba 14/3",
            "Cả ngày",
            "Dẫn đoàn học tập kinh nghiệm xây dựng nông thôn mới tại tỉnh Lâm Hà "
            "(từ ngày 14/3 đến ngày 16/3/2028)",
            "PCT Trần Văn Khoa",
            "Phòng Nông nghiệp và Môi trường",
            "Tỉnh Lâm Hà",
        ),
        (
            "",
            "8h00",
            "Tiếp công dân định kỳ tháng 3/2028",
            "Chủ tịch UBND Phạm Văn Long",
            "Ban Tiếp công dân huyện",
            "Trụ sở Tiếp công dân",
        ),
        (
            "Thứ Tư 15/3",
            "8h00",
            "Hội nghị triển khai kế hoạch phòng cháy rừng mùa khô năm 2028",
            "PCT Nguyễn Thị Thu",
            "Hạt Kiểm lâm huyện",
            "Hội trường UBND huyện",
        ),
        (
            "Thứ Năm 16/3",
            "14h00",
            "Nghe báo cáo kết quả thu ngân sách trên địa bàn từ ngày 01/01 đến ngày 15/3/2028",
            "Chủ tịch UBND Phạm Văn Long",
            "Phòng Tài chính - Kế hoạch",
            "Phòng họp số 2",
        ),
        (
            "Thứ Sáu 17/3",
            "8h00",
            "Thẩm định hồ sơ đề nghị công nhận xã Đông Phú đạt chuẩn nông thôn mới nâng cao (dự kiến)",
            "PCT Trần Văn Khoa",
            "Phòng Nông nghiệp và Môi trường",
            "Phòng họp số 1",
        ),
        ("Thứ Bảy 18/3", "", "Trực lãnh đạo: PCT Nguyễn Thị Thu", "", "", ""),
        ("Chủ nhật 19/3", "", "(Chưa có lịch)", "", "", ""),
    ]
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for column, text in enumerate(header):
        table.cell(0, column).text = text
    for index, values in enumerate(rows, start=1):
        for column, text in enumerate(values):
            if text:
                table.cell(index, column).text = text
    for top in (1, 3):  # Monday's and Tuesday's day cells merged down over their two entries
        table.cell(top, 0).merge(table.cell(top + 1, 0))
    document.add_paragraph(
        "Ghi chú: Lịch có thể thay đổi; Văn phòng HĐND và UBND huyện thông báo khi có điều chỉnh."
    )
    document.save(path)


def siblings_tg() -> None:
    tg1_xlsx(DOCS / "tg1_kh_quy_phong_gddt_hoc_ky_theo_dot.xlsx")
    tg2_xlsx(DOCS / "tg2_kh_bao_tri_cap_nuoc_tu_den_ngay.xlsx")
    tg3_docx(DOCS / "tg3_kh_chi_cuc_thuy_san_nhan_thoi_gian.docx")
    tg4_docx(DOCS / "tg4_lich_tuan_ubnd_huyen_doan_nhieu_ngay.docx")
