"""Writes the binaries of the held-out documents h203–h212 (helper h13author17).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h203`.
Every text below is own-authored (other names, units, places, dates and tasks) in how provincial
and district bodies commonly produce these ordinary kinds; no third-party text is stored. The
.html and .csv documents of the batch are written by hand and live beside the output. Like
`make_docs.py` this writes **only the documents**: their expected items (`expected/`) were written
by hand from the document text before the importer was first run on them. The writer helpers
(national header, grid tables, title rows, LibreOffice conversion, rasterising) are
`make_docs.py`'s. The .doc, .xls, .odt and the PDFs need LibreOffice (`soffice`), the scan
pypdfium2; their bytes differ run to run, so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {
    "h204_kh_huyen_du_lich_hai_phu_luc_bao_cao",  # h13fixJZ
    "h209_chi_tieu_huyen_tinh_giao_lo_trinh",  # h13fixKB
    "h212_kh_hdph_pbgdpl_huyen_chu_ngu_chu_tri",  # h13fixJZ
    "h210_kh_thang_ttyt_huyen_thoi_gian_truoc_ban_quet",  # h13fixKG
}

_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h203
def h203(h, path: Path) -> None:
    """A provincial department's quarter programme (.xlsx) whose **due column comes first** after
    the number (`Thời hạn | Nội dung công việc | Đơn vị chủ trì | Lãnh đạo Sở chỉ đạo | Đơn vị phối
    hợp`), some dues real date cells shown `dd/mm/yyyy`, others text; month group rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Quy II-2027"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐỒNG LAM",
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2027",
            "(Ban hành kèm theo Thông báo số 318/TB-SNNMT ngày 29/3/2027 của Sở Nông nghiệp và Môi trường)",
            "",
        ],
        6,
    )
    h.xlsx_header(
        sheet,
        ["STT", "Thời hạn", "Nội dung công việc", "Đơn vị chủ trì", "Lãnh đạo Sở chỉ đạo", "Đơn vị phối hợp"],
    )
    top = sheet.max_row + 1
    rows = [
        [None, None, "THÁNG 4/2027", None, None, None],
        [
            1,
            datetime.date(2027, 4, 15),
            "Trình UBND tỉnh ban hành Kế hoạch phòng, chống hạn hán, xâm nhập mặn mùa khô 2027",
            "Chi cục Thủy lợi",
            "PGĐ Lê Văn Thạch",
            "Phòng Kế hoạch - Tài chính; UBND các huyện ven biển",
        ],
        [
            2,
            datetime.date(2027, 4, 28),
            "Tổng hợp kết quả kiểm kê rừng năm 2026, báo cáo Bộ Nông nghiệp và Môi trường",
            "Chi cục Kiểm lâm",
            "PGĐ Lê Văn Thạch",
            "Văn phòng Đăng ký đất đai",
        ],
        [None, None, "THÁNG 5/2027", None, None, None],
        [
            3,
            "Trong tháng 5",
            "Thẩm định hồ sơ điều chỉnh quy hoạch sử dụng đất thời kỳ 2021 - 2030 của huyện Vĩnh Xương",
            "Phòng Quản lý đất đai",
            "GĐ Hoàng Thị Yến",
            "UBND huyện Vĩnh Xương",
        ],
        [
            4,
            datetime.date(2027, 5, 20),
            "Tổ chức Hội nghị sơ kết công tác bảo vệ môi trường làng nghề",
            "Chi cục Bảo vệ môi trường",
            "PGĐ Trịnh Quốc Bảo",
            "Hội Nông dân tỉnh",
        ],
        [None, None, "THÁNG 6/2027", None, None, None],
        [
            5,
            "10/6/2027",
            "Báo cáo sơ kết 6 tháng đầu năm 2027 của ngành (số liệu ước đến 30/6)",
            "Văn phòng Sở",
            "GĐ Hoàng Thị Yến",
            "Các phòng, đơn vị thuộc Sở",
        ],
        [
            6,
            "Tuần cuối tháng 6",
            "Kiểm tra việc chấp hành pháp luật về tài nguyên nước đối với các cơ sở nuôi trồng thủy sản",
            "Thanh tra Sở",
            "PGĐ Trịnh Quốc Bảo",
            "Chi cục Thủy sản; Công an tỉnh (PC03)",
        ],
        [None, None, "NHIỆM VỤ THƯỜNG XUYÊN TRONG QUÝ", None, None, None],
        [
            7,
            "Thường xuyên",
            "Theo dõi, dự báo tình hình sâu bệnh trên cây lúa vụ Hè Thu, ban hành thông báo kịp thời",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "PGĐ Lê Văn Thạch",
            "Trung tâm Khuyến nông",
        ],
        [
            8,
            "Hằng tháng (trước ngày 22)",
            "Cập nhật tiến độ giải ngân vốn đầu tư công các dự án do Sở làm chủ đầu tư",
            "Ban Quản lý dự án ngành nông nghiệp",
            "GĐ Hoàng Thị Yến",
            "Phòng Kế hoạch - Tài chính",
        ],
    ]
    for row in rows:
        sheet.append(row)
        current = sheet.max_row
        if row[0] is None:
            sheet.merge_cells(start_row=current, start_column=1, end_row=current, end_column=6)
            sheet.cell(current, 1, row[2]).font = Font(bold=True)
        if isinstance(row[1], datetime.date):
            sheet.cell(current, 2).number_format = "dd/mm/yyyy"
    for column, width in zip("ABCDEF", [5, 14, 56, 28, 20, 30], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=top - 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    last = sheet.max_row + 2
    sheet.cell(last, 4, "GIÁM ĐỐC")
    sheet.cell(last + 1, 4, "Hoàng Thị Yến")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h204
def h204(h, path: Path) -> None:
    """A district People's Committee's plan (.docx) with general duties in the body (no items), a
    landscape **Phụ lục I** of tasks and a **Phụ lục II** schedule of periodic reports (`Tên báo
    cáo | Đơn vị báo cáo | Kỳ báo cáo | Thời hạn gửi`)."""
    from docx.enum.section import WD_SECTION

    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN PHƯỚC", "Số: 86/KH-UBND"],
        "Tân Phước, ngày 12 tháng 4 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phát triển du lịch cộng đồng huyện Tân Phước năm 2027",
            "Thực hiện Kế hoạch số 54/KH-UBND ngày 02/3/2027 của UBND tỉnh về phát triển du lịch nông thôn, UBND huyện ban hành Kế hoạch phát triển du lịch cộng đồng năm 2027 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Khai thác hiệu quả tiềm năng sinh thái vùng đồi Tân Phước; nâng cao thu nhập cho người dân tham gia làm du lịch; phấn đấu đón 45.000 lượt khách trong năm 2027.",
            "II. NHIỆM VỤ, GIẢI PHÁP",
            "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức của cộng đồng về phát triển du lịch bền vững.",
            "2. Đầu tư, nâng cấp hạ tầng thiết yếu tại các điểm du lịch cộng đồng.",
            "3. Đào tạo, bồi dưỡng nguồn nhân lực du lịch tại chỗ.",
            "(Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục I kèm theo)",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục I chủ động xây dựng kế hoạch chi tiết để triển khai; thực hiện chế độ báo cáo theo Phụ lục II.",
            "Phòng Văn hóa, Khoa học và Thông tin là cơ quan thường trực, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này, tổng hợp báo cáo UBND huyện.",
            "Nơi nhận:\n- Sở Văn hóa, Thể thao và Du lịch (b/c);\n- TT Huyện ủy, TT HĐND huyện (b/c);\n- Các cơ quan, đơn vị tại Phụ lục I;\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nĐinh Công Lý",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    h.docx_paragraphs(
        document,
        [
            "Phụ lục I",
            "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2027",
            "(Kèm theo Kế hoạch số 86/KH-UBND ngày 12/4/2027 của UBND huyện Tân Phước)",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        [0.5, 3.6, 1.6, 1.8, 1.3, 1.0],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Xây dựng bộ tiêu chí công nhận điểm du lịch cộng đồng cấp huyện",
                "Phòng Văn hóa, Khoa học và Thông tin",
                "Phòng Kinh tế; UBND các xã",
                "Tháng 6/2027",
                "",
            ],
            [
                "2",
                "Nâng cấp tuyến đường vào khu du lịch sinh thái Thác Voi (đoạn Km2 - Km4)",
                "Ban Quản lý dự án đầu tư xây dựng huyện",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Quý III/2027",
                "Vốn ngân sách huyện",
            ],
            [
                "3",
                "Mở 02 lớp tập huấn kỹ năng đón tiếp, phục vụ khách du lịch cho hộ làm homestay",
                "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
                "Hội Liên hiệp Phụ nữ huyện",
                "Tháng 7 và tháng 9/2027",
                "",
            ],
            [
                "4",
                "Hướng dẫn các hộ kinh doanh homestay đăng ký hộ kinh doanh, cơ sở lưu trú",
                "Phòng Tài chính - Kế hoạch",
                "Thuế cơ sở 4",
                "30/9/2027",
                "",
            ],
            [
                "5",
                "Lắp đặt biển chỉ dẫn, bản đồ du lịch tại các điểm du lịch cộng đồng",
                "UBND xã Phước Sơn, UBND xã Tân Lập",
                "Phòng Văn hóa, Khoa học và Thông tin",
                "Trước ngày 31/8/2027",
                "",
            ],
            [
                "6",
                "Tổ chức Ngày hội văn hóa - du lịch Tân Phước lần thứ II",
                "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
                "Các phòng, ban, ngành liên quan",
                "Tháng 11/2027",
                "Dự kiến ngày 20/11",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "",
            "Phụ lục II",
            "CHẾ ĐỘ BÁO CÁO",
            "(Kèm theo Kế hoạch số 86/KH-UBND ngày 12/4/2027 của UBND huyện Tân Phước)",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Tên báo cáo", "Đơn vị báo cáo", "Kỳ báo cáo", "Thời hạn gửi", "Nơi nhận báo cáo"],
        [0.5, 3.0, 1.8, 1.3, 1.6, 1.6],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Báo cáo tình hình hoạt động du lịch cộng đồng (lượt khách, doanh thu)",
                "UBND các xã có điểm du lịch",
                "Hằng quý",
                "Ngày 15 tháng cuối quý",
                "Phòng Văn hóa, Khoa học và Thông tin",
            ],
            [
                "2",
                "Báo cáo kết quả thực hiện Kế hoạch 6 tháng",
                "Các cơ quan chủ trì tại Phụ lục I",
                "6 tháng",
                "Trước ngày 10/6/2027",
                "Phòng Văn hóa, Khoa học và Thông tin",
            ],
            [
                "3",
                "Báo cáo tổng hợp kết quả thực hiện Kế hoạch năm 2027",
                "Phòng Văn hóa, Khoa học và Thông tin",
                "Năm",
                "Trước ngày 05/12/2027",
                "UBND huyện; Sở Văn hóa, Thể thao và Du lịch",
            ],
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h205
def h205_docx(h, path: Path) -> None:
    """An industrial-zones management board's quarter programme (printed to a PDF with a text layer):
    the supervising leader's column **before** the lead office, months without a year, `Tuần đầu
    tháng 9`, and a last paragraph of a standing duty."""
    document = _document(12)
    section = document.sections[0]
    h.set_landscape(section)
    h.national_header(
        document,
        ["UBND TỈNH BÌNH HÀ", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Số: 412/CTr-BQL"],
        "Bình Hà, ngày 28 tháng 6 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2027",
            "Căn cứ Chương trình công tác năm 2027 và kết quả thực hiện nhiệm vụ 6 tháng đầu năm, Ban Quản lý các khu công nghiệp xây dựng Chương trình công tác quý III/2027 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        [
            "TT",
            "Nội dung công việc",
            "Thời gian",
            "Lãnh đạo Ban phụ trách",
            "Phòng chủ trì",
            "Phòng phối hợp",
        ],
        [0.45, 3.9, 1.2, 1.5, 1.6, 1.6],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Thẩm định, trình UBND tỉnh phê duyệt điều chỉnh quy hoạch chi tiết Khu công nghiệp Phú Mỹ 2",
                "Tháng 7",
                "Phó Trưởng ban Ngô Đức Tâm",
                "Phòng Quy hoạch - Xây dựng",
                "Phòng Quản lý doanh nghiệp",
            ],
            [
                "2",
                "Kiểm tra công tác phòng cháy, chữa cháy tại 15 doanh nghiệp trong Khu công nghiệp Nam Bình Hà",
                "Tháng 8, 9",
                "Phó Trưởng ban Ngô Đức Tâm",
                "Phòng Quản lý môi trường",
                "Công an tỉnh (PC07)",
            ],
            [
                "3",
                "Tổ chức đối thoại với doanh nghiệp FDI về thủ tục đầu tư, lao động",
                "27/7",
                "Trưởng ban Vương Thị Hạnh",
                "Phòng Quản lý đầu tư",
                "Văn phòng Ban",
            ],
            [
                "4",
                "Cấp giấy phép lao động, xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép",
                "Thường xuyên",
                "Phó Trưởng ban Lương Minh",
                "Phòng Quản lý lao động",
                "",
            ],
            [
                "5",
                "Xây dựng báo cáo tình hình thu hút đầu tư 9 tháng, dự kiến kế hoạch năm 2028",
                "Tuần đầu tháng 9",
                "Trưởng ban Vương Thị Hạnh",
                "Phòng Quản lý đầu tư",
                "Các phòng chuyên môn",
            ],
            [
                "6",
                "Rà soát, đề xuất thu hồi dự án chậm triển khai tại Khu công nghiệp Phú Mỹ 1",
                "Tháng 9",
                "Phó Trưởng ban Lương Minh",
                "Phòng Quản lý doanh nghiệp",
                "Phòng Quy hoạch - Xây dựng; Thanh tra Ban",
            ],
            [
                "7",
                "Quyết toán kinh phí sự nghiệp 6 tháng đầu năm, lập dự toán ngân sách năm 2028",
                "Trước 15/8",
                "Trưởng ban Vương Thị Hạnh",
                "Văn phòng Ban",
                "",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Văn phòng Ban theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp kết quả báo cáo Trưởng ban tại cuộc họp giao ban ngày 30/9/2027.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lãnh đạo Ban;\n- Các phòng thuộc Ban;\n- Lưu: VT, VP.",
            "TRƯỞNG BAN\n(đã ký)\nVương Thị Hạnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h206
def h206_docx(h, path: Path) -> None:
    """A department director's conclusions after working with a district (.doc): `1. Đối với UBND
    huyện …:` over dash tasks without a subject, `2. Đối với các đơn vị thuộc Sở:` over run-in
    unit labels, a `3. Giao Văn phòng Sở …` follow-up duty."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH ĐỒNG LAM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 402/TB-SNNMT"],
        "Đồng Lam, ngày 14 tháng 5 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở Nông nghiệp và Môi trường tại buổi làm việc với UBND huyện Hòa Lạc về công tác quản lý đất đai, tài nguyên nước",
            "Ngày 09/5/2027, đồng chí Hoàng Thị Yến, Giám đốc Sở Nông nghiệp và Môi trường chủ trì buổi làm việc với UBND huyện Hòa Lạc. Tham dự có đại diện lãnh đạo Chi cục Thủy lợi, Văn phòng Đăng ký đất đai, Phòng Quản lý đất đai; về phía huyện có đồng chí Mai Văn Thuận, Phó Chủ tịch UBND huyện và các phòng chuyên môn.",
            "Sau khi nghe báo cáo của UBND huyện và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Năm 2026, UBND huyện Hòa Lạc đã cấp 1.240 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 104% kế hoạch; cơ bản hoàn thành cắm mốc hành lang bảo vệ nguồn nước sông Lạc. Tuy nhiên, việc giải quyết hồ sơ đăng ký biến động còn chậm, một số công trình khai thác nước dưới đất chưa có giấy phép.",
            "II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
            "1. Đối với UBND huyện Hòa Lạc:",
            "- Chỉ đạo UBND các xã rà soát, lập danh sách các giếng khoan khai thác nước dưới đất chưa đăng ký, gửi về Sở trước ngày 15/6/2027.",
            "- Giải quyết dứt điểm 86 hồ sơ đăng ký biến động đất đai tồn đọng; hoàn thành trong tháng 6/2027.",
            "- Tổ chức cưỡng chế thu hồi đất đối với 04 hộ chưa bàn giao mặt bằng dự án kè sông Lạc theo đúng quy định.",
            "2. Đối với các đơn vị thuộc Sở:",
            "- Văn phòng Đăng ký đất đai: cử cán bộ hỗ trợ Chi nhánh Hòa Lạc xử lý hồ sơ tồn đọng, hoàn thành cùng thời hạn giao UBND huyện tại mục 1 (tháng 6/2027).",
            "- Chi cục Thủy lợi: hướng dẫn huyện quy trình cấp phép, đăng ký khai thác nước dưới đất; tổ chức tập huấn cho cán bộ địa chính xã trong quý III/2027.",
            "- Phòng Quản lý đất đai: tham mưu Giám đốc Sở văn bản trả lời kiến nghị của huyện về giá đất cụ thể dự án khu dân cư Bắc Lạc trước ngày 30/5/2027.",
            "3. Giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp báo cáo Giám đốc Sở trước ngày 10/7/2027.",
            "Sở Nông nghiệp và Môi trường thông báo để UBND huyện Hòa Lạc và các đơn vị liên quan biết, thực hiện./.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- UBND huyện Hòa Lạc;\n- Các đơn vị thuộc Sở;\n- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n(đã ký)\nTạ Minh Khoa",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h209
def h209_xlsx(h, path: Path) -> None:
    """A district's main socio-economic indicators for 2027 (saved as legacy .xls): decimal codes
    `1.1`, two target columns (the province's and the district's own), `≥`, a `Cơ quan theo dõi,
    đánh giá` lead, a `Lộ trình` column filled on some rows only."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chi tieu 2027"
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN HUYỆN HÒA LẠC",
            "BIỂU CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027",
            "(Kèm theo Quyết định số 15/QĐ-UBND ngày 08/01/2027 của UBND huyện)",
            "",
        ],
        7,
    )
    h.xlsx_header(
        sheet,
        [
            "Mã số",
            "Tên chỉ tiêu",
            "Đơn vị tính",
            "Tỉnh giao",
            "Huyện phấn đấu",
            "Cơ quan theo dõi, đánh giá",
            "Lộ trình",
        ],
    )
    top = sheet.max_row + 1
    rows = [
        ["1", "CHỈ TIÊU KINH TẾ", None, None, None, None, None],
        ["1.1", "Tốc độ tăng giá trị sản xuất", "%", "8,5", "≥ 9", "Phòng Tài chính - Kế hoạch", None],
        [
            "1.2",
            "Thu ngân sách nhà nước trên địa bàn",
            "Tỷ đồng",
            312,
            330,
            "Phòng Tài chính - Kế hoạch",
            "Quý IV/2027",
        ],
        [
            "1.3",
            "Số xã đạt chuẩn nông thôn mới nâng cao (lũy kế)",
            "Xã",
            6,
            7,
            "Phòng Kinh tế",
            "Tháng 11/2027",
        ],
        ["2", "CHỈ TIÊU XÃ HỘI", None, None, None, None, None],
        ["2.1", "Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", "2,1", "≤ 2,0", "Phòng Nội vụ", None],
        [
            "2.2",
            "Số trường đạt chuẩn quốc gia được công nhận mới",
            "Trường",
            2,
            3,
            "Phòng Giáo dục và Đào tạo",
            "Trước 30/8/2027",
        ],
        ["2.3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94", "95,2", "Bảo hiểm xã hội huyện", None],
        ["3", "CHỈ TIÊU MÔI TRƯỜNG", None, None, None, None, None],
        [
            "3.1",
            "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
            "%",
            92,
            93,
            "Phòng Nông nghiệp và Môi trường",
            "Hằng quý",
        ],
        [
            "3.2",
            "Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn",
            "%",
            58,
            60,
            "Phòng Nông nghiệp và Môi trường",
            None,
        ],
        [
            None,
            "Ghi chú: Các chỉ tiêu không ghi lộ trình được đánh giá vào thời điểm tổng kết năm.",
            None,
            None,
            None,
            None,
            None,
        ],
    ]
    for row in rows:
        sheet.append(row)
        current = sheet.max_row
        if row[0] in ("1", "2", "3"):
            sheet.cell(current, 2).font = Font(bold=True)
        if row[0] is None:
            sheet.merge_cells(start_row=current, start_column=2, end_row=current, end_column=7)
    for column, width in zip("ABCDEFG", [7, 50, 10, 10, 12, 30, 16], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=top - 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    last = sheet.max_row + 2
    sheet.cell(last, 6, "TM. ỦY BAN NHÂN DÂN")
    sheet.cell(last + 1, 6, "CHỦ TỊCH")
    sheet.cell(last + 2, 6, "Nguyễn Hữu Phước")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h210
def h210_docx(h, path: Path) -> None:
    """A district health centre's monthly plan (scanned later at 300 dpi): the table's columns
    `Thời gian | Nội dung hoạt động | Khoa, phòng thực hiện | Người phụ trách`, the time first with
    a weekday and a date, a `Cả tháng` row, a person column that is no lead."""
    document = _document(13)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH BÌNH HÀ", "TRUNG TÂM Y TẾ HUYỆN AN LẠC", "Số: 58/KH-TTYT"],
        "An Lạc, ngày 27 tháng 9 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH HOẠT ĐỘNG THÁNG 10 NĂM 2027",
            "Căn cứ Kế hoạch hoạt động năm 2027 của Trung tâm, Giám đốc Trung tâm Y tế huyện An Lạc ban hành kế hoạch hoạt động tháng 10/2027 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["Thời gian", "Nội dung hoạt động", "Khoa, phòng thực hiện", "Người phụ trách"],
        [1.3, 2.9, 1.6, 1.2],
    )
    _rows(
        h,
        table,
        [
            [
                "Thứ Hai (04/10)",
                "Giao ban toàn Trung tâm, triển khai kế hoạch tháng",
                "Phòng Kế hoạch - Nghiệp vụ",
                "BS. Hồ Văn Lâm",
            ],
            [
                "Thứ Tư (06/10) - Thứ Sáu (08/10)",
                "Tiêm vắc xin sởi - rubella bổ sung cho trẻ 1 - 5 tuổi tại 9 trạm y tế xã",
                "Khoa Kiểm soát bệnh tật - HIV/AIDS",
                "CN. Đào Thị Mai",
            ],
            [
                "Thứ Năm (14/10)",
                "Kiểm tra an toàn thực phẩm bếp ăn tập thể các trường mầm non",
                "Khoa An toàn thực phẩm",
                "BS. Vi Văn Hùng",
            ],
            [
                "Thứ Ba (19/10)",
                "Tập huấn quy trình kê đơn điện tử cho bác sĩ các trạm y tế",
                "Phòng Công nghệ thông tin",
                "KS. Trần Bảo",
            ],
            [
                "Thứ Sáu (29/10)",
                "Kiểm kê thuốc, vật tư y tế tháng 10, lập dự trù tháng 11",
                "Khoa Dược - Trang thiết bị - Vật tư y tế",
                "DS. Lò Thị Hà",
            ],
            [
                "Cả tháng",
                "Khám sức khỏe định kỳ cho người cao tuổi tại các xã Bản Mế, Nà Hang",
                "Khoa Khám bệnh",
                "BS. Hồ Văn Lâm",
            ],
            [
                "Hằng tuần (thứ Sáu)",
                "Báo cáo số ca sốt xuất huyết, tay chân miệng về Trung tâm Kiểm soát bệnh tật tỉnh",
                "Khoa Kiểm soát bệnh tật - HIV/AIDS",
                "CN. Đào Thị Mai",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Các khoa, phòng căn cứ kế hoạch chủ động triển khai; kết quả thực hiện gửi Phòng Kế hoạch - Nghiệp vụ trước ngày 28/10/2027 để tổng hợp.",
            "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng, trạm y tế;\n- Lưu: VT, KHNV.",
            "GIÁM ĐỐC\n(đã ký)\nNông Văn Quyết",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h211
def h211_docx(h, path: Path) -> None:
    """A district chairman's directive (saved as .odt): general requests in prose, then `1.`
    headings naming a body or a post over `1.1.`, `1.2.` decimal-numbered duties, dues in a closing
    parenthesis or a sentence of their own."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN VĨNH XƯƠNG", "Số: 03/CT-UBND"],
        "Vĩnh Xương, ngày 05 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHỈ THỊ",
            "Về tăng cường công tác phòng cháy, chữa cháy mùa khô năm 2027 trên địa bàn huyện",
            "Mùa khô năm 2027 được dự báo nắng nóng gay gắt, nguy cơ cháy rừng, cháy khu dân cư và cơ sở sản xuất ở mức cao. Để chủ động phòng ngừa, Chủ tịch UBND huyện yêu cầu thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn thực hiện tốt các nội dung sau:",
            "1. Công an huyện",
            "1.1. Tổ chức kiểm tra an toàn phòng cháy, chữa cháy đối với các chợ, cơ sở kinh doanh xăng dầu, khí đốt trên địa bàn (hoàn thành trước ngày 30/4/2027).",
            "1.2. Xây dựng, thực tập phương án chữa cháy có nhiều lực lượng tham gia tại cụm công nghiệp Vĩnh Tân. Thời gian: tháng 5/2027.",
            "2. Hạt Kiểm lâm huyện",
            "2.1. Bố trí lực lượng trực 24/24 giờ tại các chòi canh lửa trong thời gian cao điểm nắng nóng.",
            "2.2. Phối hợp với UBND các xã có rừng rà soát, cập nhật phương án phòng cháy, chữa cháy rừng (xong trước 15/3/2027).",
            "3. Trưởng phòng Văn hóa, Khoa học và Thông tin",
            "3.1. Chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao huyện tăng thời lượng tuyên truyền về phòng cháy, chữa cháy trên hệ thống truyền thanh, thực hiện trong suốt mùa khô.",
            "4. Chủ tịch UBND các xã, thị trấn",
            "4.1. Tổ chức cho các hộ gia đình ký cam kết không đốt thực bì, rơm rạ gần rừng, khu dân cư (hoàn thành trong tháng 3/2027).",
            "4.2. Kiện toàn đội dân phòng, trang bị bình chữa cháy, bảo đảm mỗi thôn, khu phố có ít nhất 01 điểm chữa cháy công cộng.",
            "5. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Chỉ thị này; định kỳ hằng tháng tổng hợp, báo cáo Chủ tịch UBND huyện.",
            "Chỉ thị này có hiệu lực kể từ ngày ký. Yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- TT Huyện ủy, TT HĐND huyện;\n- Như trên;\n- Lưu: VT.",
            "CHỦ TỊCH\n(đã ký)\nLâm Quang Vinh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h212
def h212(h, path: Path) -> None:
    """A district council for legal education's yearly plan (.docx): numbered tasks under lettered
    parts whose **first sentence names the lead** (`Phòng Tư pháp chủ trì, phối hợp với …`), the
    time a separate sentence `Thời gian thực hiện: …`, a task's contents as dash lines (one task)."""
    document = _document()
    h.national_header(
        document,
        ["UBND HUYỆN TÂN PHƯỚC", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,", "GIÁO DỤC PHÁP LUẬT", "Số: 07/KH-HĐPH"],
        "Tân Phước, ngày 20 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện năm 2027",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao hiệu quả phối hợp giữa các cơ quan, đơn vị trong công tác phổ biến, giáo dục pháp luật; bám sát nhiệm vụ chính trị của huyện.",
            "II. NỘI DUNG HOẠT ĐỘNG",
            "A. CÔNG TÁC THAM MƯU, CHỈ ĐẠO",
            "1. Phòng Tư pháp chủ trì, phối hợp với các thành viên Hội đồng tham mưu UBND huyện ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2027. Thời gian thực hiện: tháng 02/2027.",
            "2. Phòng Tư pháp chủ trì tham mưu tổ chức phiên họp Hội đồng sơ kết 6 tháng và tổng kết năm. Thời gian thực hiện: tháng 7/2027 và tháng 12/2027.",
            "B. CÁC HOẠT ĐỘNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
            '3. Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì, phối hợp với Phòng Tư pháp xây dựng chuyên mục "Pháp luật và đời sống" trên Đài truyền thanh huyện. Thời gian thực hiện: hằng tháng, phát sóng vào thứ Bảy tuần cuối tháng.',
            '4. Huyện đoàn chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức cuộc thi "Thanh niên với pháp luật giao thông" cho học sinh trung học cơ sở. Thời gian thực hiện: quý II/2027.',
            "5. Công an huyện chủ trì tổ chức tuyên truyền pháp luật về phòng, chống ma túy tại các xã trọng điểm, nội dung gồm:",
            "- Nói chuyện chuyên đề tại nhà văn hóa thôn;",
            "- Phát tờ rơi, treo pa nô tại các điểm công cộng;",
            "- Tuyên truyền lưu động bằng xe loa.",
            "Thời gian thực hiện: tháng 6/2027 (hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6).",
            "6. Phòng Tư pháp chủ trì, phối hợp với UBND các xã, thị trấn tổ chức Ngày Pháp luật Việt Nam năm 2027. Thời gian thực hiện: trước ngày 09/11/2027.",
            "C. CÔNG TÁC KIỂM TRA, BÁO CÁO",
            "7. Thường trực Hội đồng (Phòng Tư pháp) chủ trì kiểm tra công tác phổ biến, giáo dục pháp luật tại 04 xã, thị trấn. Thời gian thực hiện: quý III/2027.",
            "8. Các thành viên Hội đồng báo cáo kết quả phổ biến, giáo dục pháp luật của cơ quan, đơn vị mình gửi Phòng Tư pháp trước ngày 25/11/2027 để tổng hợp.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Kinh phí thực hiện Kế hoạch từ dự toán ngân sách huyện năm 2027 đã giao cho Phòng Tư pháp và các cơ quan, đơn vị.",
            "Nơi nhận:\n- Sở Tư pháp (b/c);\n- UBND huyện (b/c);\n- Thành viên Hội đồng;\n- Lưu: VT, TP.",
            "TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ CHỦ TỊCH UBND HUYỆN\n(đã ký)\nĐinh Công Lý",
        ],
    )
    document.save(path)


def batch_h203() -> None:
    """Writes h203–h212's binaries (the .html and .csv are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h203(h, DOCS / "h203_ctr_quy_so_nnmt_han_cot_dau.xlsx")
    h204(h, _out("h204_kh_huyen_du_lich_hai_phu_luc_bao_cao.docx"))
    h212(h, _out("h212_kh_hdph_pbgdpl_huyen_chu_ngu_chu_tri.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .xls, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h205_docx, "h205_ctr_quy_bql_kcn_lanh_dao_truoc_phong.docx", "pdf"),
                (h206_docx, "h206_tbkl_so_nnmt_doi_voi_huyen.docx", "doc"),
                (h209_xlsx, "h209_chi_tieu_huyen_tinh_giao_lo_trinh.xlsx", "xls"),
                (h211_docx, "h211_chi_thi_pccc_huyen_danh_so_thap_phan.docx", "odt"),
            ],
            _out,
        )
        name = "h210_kh_thang_ttyt_huyen_thoi_gian_truoc_ban_quet"
        h210_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", _out(f"{name}.pdf"), scale=300 / 72)


if __name__ == "__main__":
    batch_h203()
