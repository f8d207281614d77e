"""The main corpus's siblings of the held-out documents h346, h348 and h347 (moved to the main corpus
when the importer was taught their shapes, helper h13fixQD). h346's (qd1, qd2): a plan of an event's
preparations whose dues count from the event's day a title line prints with its hour and weekday
(`Thời gian diễn tập: 7h30, Chủ nhật, ngày 16/4/2028`; `Trước diễn tập 05 ngày`, `Trong 07 ngày làm
việc sau diễn tập`), beside the event's running order by the hour (a sheet `Kich ban`, a Word table
under `CHƯƠNG TRÌNH BUỔI LỄ RA QUÂN`): no items. h348's (qd3; qd4, a CSV, by hand): a campaign's
task list whose title prints the round's span, a row's time `Suốt đợt`/`Cả đợt` (in the note or the
end column) due at the span's end. h347's (qd5; qd6, plain text, by hand): a coordination programme
of two (three) bodies, each heading its own duties, with `hai bên` (`ba bên`) as a later duty's
subject, a time opening the sentence (`Tháng 11/2031, …`), a yearly round with a yearless day, the
first round's day in parentheses, a count per round and a closing `theo đề nghị của …`. Their
expected items (expected/qd*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qd` writes qd1 and qd3 (.xlsx), qd2 and qd5
(.docx).
"""

# ruff: noqa: E501 — document text is data: long lines.
import datetime
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _bold_row(sheet, row: int) -> None:
    from openpyxl.styles import Alignment, Font

    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def qd1_xlsx(h, path: Path) -> None:
    """A commune's **disaster-response drill plan** as a workbook of two sheets: `Nhiem vu`, the
    preparations (a unit and an officer column; dues as dates and **counted from the drill day a
    title line prints with its hour and weekday**: before it in days, after it in working days and in
    days); `Kich ban`, the drill's steps by the hour (`08 giờ 00 - 08 giờ 10`): no items."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiem vu"
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH",
            "KẾ HOẠCH DIỄN TẬP PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2028",
            "Thời gian diễn tập: 7h30, Chủ nhật, ngày 16/4/2028. Địa điểm: bến đò Tân Thạnh, thôn Phú Hòa",
        ],
        6,
    )
    sheet.append(["TT", "Công việc", "Đơn vị chủ trì", "Cán bộ theo dõi", "Thời gian hoàn thành", "Ghi chú"])
    _bold_row(sheet, 4)
    for row in [
        [
            "1",
            "Ban hành quyết định thành lập Ban Chỉ đạo diễn tập, phân công thành viên",
            "Văn phòng HĐND và UBND xã",
            "Ông Phạm Văn Tài",
            "20/3/2028",
            "",
        ],
        [
            "2",
            "Khảo sát địa điểm, xây dựng kịch bản diễn tập, trình Chủ tịch UBND xã phê duyệt",
            "Ban Chỉ huy Quân sự xã",
            "Đ/c Lê Quang Hưng",
            "31/3/2028",
            "",
        ],
        [
            "3",
            "Chuẩn bị xuồng máy, áo phao, phao tròn cứu sinh, loa cầm tay",
            "Ban Chỉ huy Quân sự xã",
            "Đ/c Lê Quang Hưng",
            "Trước diễn tập 05 ngày",
            "Mượn thêm 02 xuồng của Đồn Biên phòng",
        ],
        [
            "4",
            "Thông báo trên hệ thống truyền thanh cho Nhân dân thôn Phú Hòa về thời gian, khu vực diễn tập",
            "Phòng Văn hóa - Xã hội",
            "Bà Ngô Thị Lan",
            "Trước diễn tập 02 ngày",
            "",
        ],
        [
            "5",
            "Bố trí tổ y tế, cơ số thuốc sơ cấp cứu tại điểm diễn tập",
            "Trạm Y tế xã",
            "YS. Đoàn Minh Trí",
            "15/4/2028",
            "",
        ],
        [
            "6",
            "Tổ chức diễn tập theo kịch bản đã phê duyệt",
            "Ban Chỉ đạo diễn tập",
            "Chủ tịch UBND xã",
            "16/4/2028",
            "Các thôn cử lực lượng tham gia",
        ],
        [
            "7",
            "Tổng kết, rút kinh nghiệm; báo cáo kết quả diễn tập về UBND tỉnh",
            "Văn phòng HĐND và UBND xã",
            "Ông Phạm Văn Tài",
            "Trong 07 ngày làm việc sau diễn tập",
            "",
        ],
        [
            "8",
            "Thanh quyết toán kinh phí diễn tập",
            "Bộ phận Tài chính - Kế toán",
            "Bà Lưu Thị Hằng",
            "Sau diễn tập 10 ngày",
            "",
        ],
    ]:
        sheet.append(row)
    for letter, width in zip("ABCDEF", [5, 60, 28, 20, 24, 30], strict=True):
        sheet.column_dimensions[letter].width = width

    script = book.create_sheet("Kich ban")
    h.sheet_title_rows(
        script,
        [
            "KỊCH BẢN DIỄN TẬP",
            "Tình huống giả định: mưa lớn kéo dài, nước sông dâng cao, 01 đò ngang bị lật tại bến đò Tân Thạnh",
        ],
        4,
    )
    script.append(["Thời gian", "Nội dung diễn tập", "Lực lượng thực hiện", "Phương tiện"])
    _bold_row(script, 3)
    for row in [
        [
            "7 giờ 30 - 7 giờ 45",
            "Tập trung lực lượng, kiểm tra quân số, phương tiện",
            "Ban Chỉ đạo diễn tập",
            "",
        ],
        [
            "7 giờ 45",
            "Phát hiện đò lật, người dân hô hoán, báo tin cho UBND xã",
            "Nhân dân thôn Phú Hòa",
            "Điện thoại",
        ],
        [
            "7 giờ 50 - 8 giờ 10",
            "Xuồng máy tiếp cận, cứu 03 người bị nạn",
            "Ban Chỉ huy Quân sự xã",
            "Xuồng máy, phao",
        ],
        [
            "8 giờ 10 - 8 giờ 25",
            "Sơ cứu, chuyển người bị nạn lên Trạm Y tế",
            "Trạm Y tế xã",
            "Cáng, túi sơ cứu",
        ],
        ["8 giờ 25 - 8 giờ 40", "Ổn định tình hình, nhận xét, kết thúc diễn tập", "Ban Chỉ đạo diễn tập", ""],
    ]:
        script.append(row)
    for letter, width in zip("ABCD", [20, 56, 30, 20], strict=True):
        script.column_dimensions[letter].width = width
    book.save(path)


def qd2_docx(h, path: Path) -> None:
    """A ward Youth Union's **plan for the launch ceremony** of its summer volunteer campaign, .docx:
    the ceremony's day on a line of its own (`Thời gian ra quân: 07 giờ 00, thứ Bảy, ngày 03/6/2028`),
    a task table whose dues count from it (`Trước ra quân 07 ngày`, `Trong vòng 05 ngày làm việc sau
    ra quân`), then **the ceremony's programme** by the hour in a second table under `CHƯƠNG TRÌNH
    BUỔI LỄ RA QUÂN` (`07h00 - 07h15 | Đón tiếp đại biểu …`): no items."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN PHƯỜNG HIỆP PHÚ", "Số: 14/KH-ĐTN"],
        "Hiệp Phú, ngày 08 tháng 5 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            'Tổ chức Lễ ra quân Chiến dịch "Thanh niên tình nguyện hè" năm 2028',
            "Thực hiện Kế hoạch của Quận Đoàn về Chiến dịch Thanh niên tình nguyện hè năm 2028, Ban Thường vụ Đoàn phường xây dựng Kế hoạch tổ chức Lễ ra quân như sau:",
            "I. THỜI GIAN, ĐỊA ĐIỂM",
            "Thời gian ra quân: 07 giờ 00, thứ Bảy, ngày 03/6/2028.",
            "Địa điểm: sân Nhà văn hóa phường Hiệp Phú.",
            "II. PHÂN CÔNG NHIỆM VỤ",
        ],
    )
    table = h.grid_table(document, ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"])
    for values in [
        (
            "1",
            "Xây dựng kế hoạch, dự trù kinh phí, trình Ban Thường vụ Đoàn phường",
            "Văn phòng Đoàn phường",
            "15/5/2028",
        ),
        (
            "2",
            "Đăng ký đội hình tình nguyện, danh sách đoàn viên tham gia",
            "Các chi đoàn khu phố",
            "Trước ra quân 07 ngày",
        ),
        (
            "3",
            "Mời đại biểu; chuẩn bị sân khấu, âm thanh, cờ, băng rôn",
            "Chi đoàn Khu phố 2",
            "Trước ra quân 01 ngày",
        ),
        ("4", "Tổ chức Lễ ra quân theo chương trình", "Ban Thường vụ Đoàn phường", "03/6/2028"),
        (
            "5",
            "Tổng hợp kết quả, báo cáo Ban Thường vụ Quận Đoàn",
            "Văn phòng Đoàn phường",
            "Trong vòng 05 ngày làm việc sau ra quân",
        ),
    ]:
        h.fill_row(table, values)
    h.docx_paragraphs(document, ["III. CHƯƠNG TRÌNH BUỔI LỄ RA QUÂN"])
    program = h.grid_table(document, ["Thời gian", "Nội dung", "Người thực hiện"])
    for values in [
        ("07h00 - 07h15", "Đón tiếp đại biểu, ổn định tổ chức", "Chi đoàn Khu phố 2"),
        ("07h15 - 07h20", "Chào cờ, tuyên bố lý do, giới thiệu đại biểu", "Ban Tổ chức"),
        ("07h20 - 07h35", "Phát động Chiến dịch, giao nhiệm vụ cho các đội hình", "Bí thư Đoàn phường"),
        ("07h35 - 07h45", "Trao cờ cho các đội hình tình nguyện", "Lãnh đạo UBND phường"),
        ("07h45 - 08h00", "Các đội hình ra quân tại địa bàn", "Các chi đoàn"),
    ]:
        h.fill_row(program, values)
    h.docx_paragraphs(
        document,
        [
            "Nơi nhận: BTV Quận Đoàn (b/c); Đảng ủy, UBND phường (b/c); các chi đoàn; Lưu: VP.",
            "TM. BAN THƯỜNG VỤ - BÍ THƯ",
            "Trần Minh Khôi",
        ],
    )
    document.save(path)


def qd3_xlsx(h, path: Path) -> None:
    """A district health centre's **peak-campaign activity list** (.xlsx): the campaign's span on the
    title line under the list's name (`Thời gian: từ ngày 05/5/2028 đến ngày 20/6/2028`), start and
    end columns holding dates, a note `Suốt đợt, …` / `Trong suốt đợt; …` where no end is printed and
    an end cell `Cả đợt` (each due at the span's end), a weekly report in the note."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Dot cao diem SXH"
    h.sheet_title_rows(
        sheet,
        [
            "TRUNG TÂM Y TẾ HUYỆN ĐỨC PHONG",
            "DANH SÁCH HOẠT ĐỘNG ĐỢT CAO ĐIỂM PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2028",
            "Thời gian: từ ngày 05/5/2028 đến ngày 20/6/2028",
        ],
        7,
    )
    sheet.append(["STT", "Hoạt động", "Khoa/Phòng chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc", "Ghi chú"])
    _bold_row(sheet, 4)
    day = datetime.datetime
    for row in [
        [
            1,
            "Điều tra chỉ số véc tơ truyền bệnh tại 05 xã trọng điểm",
            "Khoa Kiểm soát bệnh tật",
            "Trạm Y tế các xã",
            day(2028, 5, 5),
            day(2028, 5, 15),
            "",
        ],
        [
            2,
            "Phun hóa chất diệt muỗi tại các ổ dịch cũ và khu vực có ca bệnh",
            "Khoa Kiểm soát bệnh tật",
            "Trạm Y tế các xã",
            day(2028, 5, 10),
            None,
            "Suốt đợt, theo chỉ định của Khoa",
        ],
        [
            3,
            "Vận động hộ gia đình diệt lăng quăng, bọ gậy",
            "Trạm Y tế các xã",
            "Hội Phụ nữ các xã",
            day(2028, 5, 12),
            day(2028, 5, 30),
            "",
        ],
        [
            4,
            "Truyền thông phòng, chống sốt xuất huyết trên loa truyền thanh các xã",
            "Phòng Truyền thông - Giáo dục sức khỏe",
            "",
            None,
            "Cả đợt",
            "",
        ],
        [
            5,
            "Giám sát ca bệnh, xét nghiệm nhanh NS1 cho người bệnh nghi ngờ",
            "Khoa Xét nghiệm - Chẩn đoán hình ảnh",
            "",
            day(2028, 5, 5),
            None,
            "Trong suốt đợt; trực 24/24 giờ",
        ],
        [
            6,
            "Báo cáo nhanh tình hình dịch về Sở Y tế",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Các khoa liên quan",
            None,
            None,
            "Thứ Năm hằng tuần",
        ],
        [
            7,
            "Tổng kết đợt cao điểm, đề xuất khen thưởng",
            "Phòng Kế hoạch - Nghiệp vụ",
            "",
            None,
            day(2028, 6, 30),
            "",
        ],
    ]:
        sheet.append(row)
        for column in (5, 6):
            sheet.cell(sheet.max_row, column).number_format = "dd/mm/yyyy"
    for letter, width in zip("ABCDEFG", [5, 56, 30, 22, 12, 12, 30], strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def qd5_docx(h, path: Path) -> None:
    """A **coordination programme** of a commune's Farmers' Union and its health station for 2028 -
    2031 (.docx): the two issuers side by side, each party's duties under its own heading (`1. Hội
    Nông dân xã`, `2. Trạm Y tế xã`) without the party in the lines, then joint duties with `hai bên`
    / `cả hai bên` as the subject: a yearly round with a yearless day, a quarterly meeting whose first
    round's month is in parentheses, a mid-term review and a final one opening with their time."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    table = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(
        [
            ("HỘI NÔNG DÂN XÃ PHÚ XUÂN", "TRẠM Y TẾ XÃ PHÚ XUÂN"),
            ("Số: 02/CTrPH-HND", "Số: 01/CTrPH-TYT"),
            ("", "Phú Xuân, ngày 22 tháng 02 năm 2028"),
        ]
    ):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH PHỐI HỢP",
            "Về chăm sóc sức khỏe hội viên nông dân giai đoạn 2028 - 2031",
            "Hội Nông dân xã Phú Xuân và Trạm Y tế xã Phú Xuân thống nhất ban hành Chương trình phối hợp với các nội dung sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao nhận thức của hội viên về phòng bệnh, tham gia bảo hiểm y tế; phối hợp thường xuyên, đúng chức năng của mỗi bên.",
            "II. NỘI DUNG PHỐI HỢP",
            "Tuyên truyền chính sách bảo hiểm y tế; khám sàng lọc bệnh không lây nhiễm; sơ cấp cứu ban đầu; vệ sinh an toàn thực phẩm trong sản xuất nông nghiệp.",
            "III. TRÁCH NHIỆM CỦA CÁC BÊN",
            "1. Hội Nông dân xã",
            "a) Vận động hội viên tham gia bảo hiểm y tế hộ gia đình, phấn đấu đạt 95% trong năm 2028.",
            "b) Vận động hội viên đăng ký khám sàng lọc bệnh không lây nhiễm, ít nhất 01 đợt mỗi năm.",
            "c) Cung cấp danh sách hội viên cao tuổi, hội viên thuộc hộ nghèo cho Trạm Y tế, theo đề nghị của Trạm.",
            "2. Trạm Y tế xã",
            "a) Tập huấn kiến thức sơ cấp cứu ban đầu cho cán bộ các chi hội nông dân, hoàn thành trong quý III/2028.",
            "b) Chủ trì khám sàng lọc bệnh tăng huyết áp, đái tháo đường cho hội viên tại các chi hội, hằng quý.",
            "c) Cử cán bộ y tế tham gia sinh hoạt chuyên đề của các chi hội, khi có yêu cầu.",
            "3. Trách nhiệm chung",
            "Hằng năm, hai bên thống nhất kế hoạch phối hợp cụ thể, ký ban hành trước ngày 31/01.",
            "IV. CHẾ ĐỘ THÔNG TIN, SƠ KẾT, TỔNG KẾT",
            "1. Định kỳ hằng quý, cả hai bên giao ban trao đổi tình hình, luân phiên chủ trì (Trạm Y tế xã chủ trì lần đầu vào tháng 3/2028).",
            "2. Quý IV/2029, hai bên sơ kết giữa kỳ việc thực hiện Chương trình.",
            "3. Tháng 11/2031, hai bên tổng kết Chương trình, đề xuất khen thưởng tập thể, cá nhân tiêu biểu.",
            "Chương trình có hiệu lực kể từ ngày ký; quá trình thực hiện, nếu có vướng mắc, hai bên trao đổi, thống nhất điều chỉnh./.",
        ],
    )
    signatures = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(
        [
            ("TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN XÃ", "TRƯỞNG TRẠM Y TẾ XÃ"),
            ("CHỦ TỊCH", ""),
            ("Lê Văn Thắng", "BSCKI. Nguyễn Thị Diệu"),
        ]
    ):
        signatures.cell(row, 0).text = left
        signatures.cell(row, 1).text = right
    h.docx_paragraphs(
        document,
        [
            "Nơi nhận: Hội Nông dân huyện, Trung tâm Y tế huyện (b/c); Đảng ủy, UBND xã (b/c); các chi hội nông dân; Lưu: VT."
        ],
    )
    document.save(path)


def siblings_qd() -> None:
    h = heldout_writers()
    qd1_xlsx(h, DOCS / "qd1_kh_dien_tap_thien_tai_xa_kich_ban_hai_sheet.xlsx")
    qd2_docx(h, DOCS / "qd2_kh_le_ra_quan_doan_phuong_chuong_trinh_buoi_le.docx")
    qd3_xlsx(h, DOCS / "qd3_ds_hoat_dong_dot_cao_diem_sxh_ttyt_suot_dot.xlsx")
    qd5_docx(h, DOCS / "qd5_ctr_phoi_hop_hoi_nong_dan_tram_y_te_xa.docx")
