"""Writes the binaries of the held-out documents h323–h332 (helper h13author29).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h323`.
Every text below is own-authored (other names, units, places, dates and tasks) in how the bodies of
the South Central Coast and Central Highlands provinces (a department, a city People's Committee, a
procuracy, a radio-TV station, a cooperative union, a district health centre) commonly keep and
circulate their documents; no third-party text is stored. The .eml, .html and .txt documents of the
batch are written by hand and live beside the output. Like `make_docs.py` this writes **only the
documents**: their expected items (`expected/`) were written by hand from the document text before
the importer was first run on them. The writer helpers are `make_docs.py`'s. The .pdf, .odt, .ods
and .rtf need LibreOffice (`soffice`); their bytes differ run to run, so regenerate only on purpose.
Conversions run one after another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path, wrap
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h328_kh_vks_tinh_bang_noi_trang_ngang",  # h13fixME
    "h332_kh_sxh_ttyt_huyen_viet_tat_chu_giai",  # h13fixME
    "h325_lich_sx_dai_ptth_chi_so_ngay",  # h13fixMA
    "h324_kh_ubnd_thanh_pho_danh_so_tu_dong_chu_dam",  # h13fixNC
    "h329_ctr_lien_minh_htx_lap_moi_quy",  # h13fixNB
    "h323_tien_do_so_du_lich_tuan_to_mau",  # h13fixQN
    "h327_tb_ket_luan_so_tnmt_nhom_theo_don_vi",  # h13fixQN
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h323
def h323(h, path: Path) -> None:
    """A Department of Tourism's progress sheet for the sea-tourism season: **week columns under
    merged month headings, shaded by fill colour only** (no mark, no value): orange for the time of
    work, grey for reserve time; the weeks' days only in a note below; a monthly report filled in
    every month's last week; a row filled nowhere whose time is in `Ghi chú`; a legend."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    orange = PatternFill("solid", fgColor="F4B183")
    grey = PatternFill("solid", fgColor="BFBFBF")
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    book = Workbook()
    sheet = book.active
    sheet.title = "Tien do"
    width = 4 + 16 + 1
    h.sheet_title_rows(
        sheet,
        [
            "UBND TỈNH BÌNH KHÁNH",
            "SỞ DU LỊCH",
            "BẢNG TIẾN ĐỘ TRIỂN KHAI CÁC HOẠT ĐỘNG MÙA DU LỊCH BIỂN NĂM 2024",
            "(Kèm theo Kế hoạch số 57/KH-SDL ngày 22/4/2024 của Sở Du lịch)",
            "",
        ],
        width,
    )
    top = sheet.max_row + 1
    months = ["Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8"]
    first_row = ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    for month in months:
        first_row += [month, "", "", ""]
    first_row.append("Ghi chú")
    sheet.append(first_row)
    second_row = ["", "", "", ""] + ["1", "2", "3", "4"] * 4 + [""]
    sheet.append(second_row)
    for column in [1, 2, 3, 4, width]:
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    for index in range(4):
        start = 5 + index * 4
        sheet.merge_cells(start_row=top, start_column=start, end_row=top, end_column=start + 3)
    for row in sheet.iter_rows(min_row=top, max_row=top + 1):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = box

    def week(month: int, number: int) -> int:
        """The column of week `number` (1–4) of `month` (5–8)."""
        return 5 + (month - 5) * 4 + (number - 1)

    rows = [
        ("I", "CÔNG TÁC CHUẨN BỊ", "", "", [], [], ""),
        (
            "1",
            "Rà soát, cấp biển hiệu đạt chuẩn phục vụ khách du lịch cho cơ sở lưu trú ven biển",
            "Phòng Quản lý lữ hành và cơ sở lưu trú",
            "UBND các huyện, thị xã ven biển",
            [(5, 1), (5, 2), (5, 3), (5, 4)],
            [],
            "",
        ),
        (
            "2",
            "Kiểm tra an toàn các điểm tắm biển: phao tiêu, biển cảnh báo, chòi cứu hộ",
            "Thanh tra Sở",
            "Công an tỉnh; BĐBP tỉnh",
            [(5, 3), (5, 4), (6, 1)],
            [(6, 2)],
            "",
        ),
        (
            "3",
            "Tập huấn kỹ năng cứu hộ, sơ cấp cứu cho nhân viên cứu hộ tại các bãi tắm",
            "Phòng Nghiệp vụ du lịch",
            "Hội Chữ thập đỏ tỉnh",
            [(5, 4)],
            [],
            "02 lớp",
        ),
        ("II", "TỔ CHỨC CÁC HOẠT ĐỘNG TRONG MÙA DU LỊCH", "", "", [], [], ""),
        (
            "4",
            'Khai mạc mùa du lịch biển "Biển xanh Bình Khánh 2024"',
            "Trung tâm Thông tin - Xúc tiến du lịch",
            "UBND thành phố Tuy Khánh",
            [(6, 2)],
            [],
            "",
        ),
        (
            "5",
            "Đón đoàn famtrip các doanh nghiệp lữ hành từ Hà Nội, TP. Hồ Chí Minh khảo sát sản phẩm biển, đảo",
            "Trung tâm Thông tin - Xúc tiến du lịch",
            "Hiệp hội Du lịch tỉnh",
            [(6, 4), (7, 3)],
            [],
            "02 đoàn",
        ),
        (
            "6",
            "Kiểm tra, giám sát niêm yết giá dịch vụ, vệ sinh môi trường tại các bãi biển trong mùa cao điểm",
            "Thanh tra Sở",
            "Sở Tài nguyên và Môi trường; UBND cấp xã ven biển",
            [(m, w) for m in (6, 7, 8) for w in (1, 2, 3, 4)],
            [],
            "",
        ),
        (
            "7",
            "Hội chợ ẩm thực đường phố ven biển kết hợp giới thiệu sản phẩm OCOP",
            "UBND thành phố Tuy Khánh",
            "Sở Công Thương; Trung tâm Thông tin - Xúc tiến du lịch",
            [(7, 1), (7, 2)],
            [(7, 3)],
            "",
        ),
        (
            "8",
            "Tổng hợp, báo cáo tình hình khách du lịch, doanh thu du lịch",
            "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở",
            [(5, 4), (6, 4), (7, 4), (8, 4)],
            [],
            "Báo cáo UBND tỉnh, Bộ VHTTDL",
        ),
        (
            "9",
            "Phối hợp tổ chức Lễ hội Cầu ngư làng biển Xuân Đài",
            "Phòng Nghiệp vụ du lịch",
            "UBND thị xã Sông Đài",
            [],
            [],
            "Chưa xác định thời gian, chờ UBND tỉnh cho chủ trương",
        ),
        ("III", "SƠ KẾT, TỔNG KẾT", "", "", [], [], ""),
        (
            "10",
            "Tổng kết mùa du lịch biển năm 2024, đề xuất khen thưởng",
            "Văn phòng Sở",
            "Các phòng, đơn vị thuộc Sở",
            [],
            [],
            "Tháng 9/2024",
        ),
    ]
    for number, content, lead, partners, worked, reserve, note in rows:
        sheet.append([number, content, lead, partners] + [None] * 16 + [note or None])
        row = sheet.max_row
        for month, number_of_week in worked:
            sheet.cell(row=row, column=week(month, number_of_week)).fill = orange
        for month, number_of_week in reserve:
            sheet.cell(row=row, column=week(month, number_of_week)).fill = grey
        for cell in sheet[row]:
            cell.border = box
        if not lead:
            for cell in sheet[row][:2]:
                cell.font = Font(bold=True)
    _wrap(sheet, top + 2)
    sheet.append([])
    sheet.append(["", "Ghi chú:"])
    sheet.append(["", "Thời gian thực hiện"])
    sheet.cell(row=sheet.max_row, column=1).fill = orange
    sheet.append(["", "Thời gian dự phòng (khi thời tiết bất lợi)"])
    sheet.cell(row=sheet.max_row, column=1).fill = grey
    sheet.append(
        [
            "",
            "Tuần 1: từ ngày 01 đến ngày 07; tuần 2: từ ngày 08 đến ngày 14; tuần 3: từ ngày 15 đến ngày 21; tuần 4: từ ngày 22 đến hết tháng.",
        ]
    )
    sheet.append(["", "BĐBP: Bộ đội Biên phòng; VHTTDL: Văn hóa, Thể thao và Du lịch."])
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 46
    sheet.column_dimensions["C"].width = 24
    sheet.column_dimensions["D"].width = 24
    for column in range(5, 21):
        sheet.column_dimensions[get_column_letter(column)].width = 3.6
    sheet.column_dimensions[get_column_letter(width)].width = 22
    sheet.freeze_panes = sheet.cell(row=top + 2, column=5)
    book.save(path)


# -------------------------------------------------------------------------------------------- h324
def h324_docx(h, path: Path) -> None:
    """A city People's Committee's plan whose tasks are **a Word numbered list** (`List Number`,
    numbering from numbering.xml, no typed number), each opening with **its lead in bold**; a
    funding section of dash paragraphs (no items)."""
    document = _document(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI VÂN", "Số: 84/KH-UBND"],
        "Hải Vân, ngày 14 tháng 3 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phát triển kinh tế ban đêm trên địa bàn thành phố năm 2028",
            "Thực hiện Đề án phát triển kinh tế ban đêm thành phố Hải Vân giai đoạn 2026 - 2030, UBND thành phố ban hành Kế hoạch năm 2028 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Hình thành thêm 02 tuyến phố đêm, 01 chợ đêm đạt chuẩn; kéo dài thời gian lưu trú bình quân của khách lên 2,6 ngày.",
            "- Bảo đảm an ninh, trật tự, vệ sinh môi trường; không để phát sinh tụ điểm gây mất trật tự về đêm.",
            "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        ],
    )
    tasks = [
        (
            "Sở Văn hóa, Thể thao và Du lịch",
            " chủ trì, phối hợp UBND các phường Hải Châu, Thu Giang xây dựng Đề án tuyến phố đi bộ ven sông Thu Giang, trình UBND thành phố trước ngày 30/4/2028.",
        ),
        (
            "Sở Công Thương",
            " chủ trì rà soát, lập danh mục chợ đêm, phố ẩm thực đủ điều kiện hoạt động đến 24 giờ; hoàn thành trong quý II/2028.",
        ),
        (
            "Công an thành phố",
            " bảo đảm an ninh, trật tự, an toàn giao thông tại các khu vui chơi, giải trí về đêm; thực hiện thường xuyên.",
        ),
        (
            "Sở Xây dựng",
            " chủ trì, phối hợp Công ty TNHH MTV Môi trường đô thị Hải Vân bổ sung hệ thống chiếu sáng mỹ thuật, nhà vệ sinh công cộng trên các tuyến phố đêm; hoàn thành trước Lễ hội pháo hoa quốc tế (tháng 6/2028).",
        ),
        (
            "Sở Tài chính",
            " tham mưu bố trí kinh phí thực hiện Kế hoạch trong quá trình lập dự toán ngân sách năm 2029 (tháng 11/2028).",
        ),
        (
            "Sở Khoa học và Công nghệ",
            " tích hợp bản đồ số các điểm vui chơi, ăn uống về đêm trên ứng dụng Hải Vân Smart City; đưa vào vận hành trong quý III/2028.",
        ),
        (
            "UBND các phường, xã",
            " vận động hộ kinh doanh trên các tuyến phố đêm cam kết văn minh thương mại; báo cáo kết quả định kỳ hằng quý về Sở Văn hóa, Thể thao và Du lịch.",
        ),
        (
            "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
            " quảng bá các sản phẩm du lịch đêm trên các nền tảng số và tại các hội chợ trong nước, từ tháng 5 đến tháng 9/2028.",
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch",
            " là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo UBND thành phố kết quả thực hiện Kế hoạch trước ngày 15/12/2028.",
        ),
    ]
    for lead, rest in tasks:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)
    h.docx_paragraphs(
        document,
        [
            "III. KINH PHÍ",
            "- Ngân sách thành phố bố trí trong dự toán của các cơ quan, đơn vị năm 2028.",
            "- Nguồn xã hội hóa, tài trợ của doanh nghiệp và các nguồn hợp pháp khác.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Các sở, ngành, UBND các phường, xã căn cứ nhiệm vụ được giao chủ động triển khai; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo UBND thành phố (qua Sở Văn hóa, Thể thao và Du lịch) để xem xét, chỉ đạo./.",
            "Nơi nhận: TT Thành ủy, TT HĐND thành phố (b/c); CT, các PCT UBND thành phố; các sở, ngành; UBND các phường, xã; Lưu: VT, KGVX.",
            "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH",
            "Phan Thị Ngọc Hà",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h325
def h325_docx(h, path: Path) -> None:
    """A provincial radio-TV station's monthly production calendar printed to a PDF: the `Ngày`
    column holds **day numbers only** (`01`, `03 - 05`, `14, 28`), the month and year in the title;
    `Hằng ngày`, `Trong tháng`; a weekend duty row (no item)."""
    document = _document(12)
    h.national_header(
        document,
        ["UBND TỈNH KON LÂM", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "Số: 112/LSX-PTTH"],
        "Kon Lâm, ngày 27 tháng 5 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "LỊCH SẢN XUẤT CHƯƠNG TRÌNH THÁNG 6/2028",
            "(Ban Giám đốc duyệt tại cuộc họp Hội đồng biên tập ngày 25/5/2028)",
        ],
    )
    table = h.grid_table(
        document,
        ["Ngày", "Nội dung công việc", "Phòng thực hiện", "Phối hợp", "Ghi chú"],
        [0.7, 3.0, 1.3, 1.2, 1.0],
    )
    _rows(
        h,
        table,
        [
            [
                "01",
                "Phát sóng chương trình đặc biệt chào mừng Ngày Quốc tế thiếu nhi",
                "Phòng Chuyên đề - Văn nghệ",
                "Tỉnh đoàn",
                "Trực tiếp 19h30",
            ],
            [
                "03 - 05",
                "Sản xuất phóng sự tài liệu “Cà phê Kon Lâm - hành trình xanh” tại xã Đăk Hà Nam",
                "Phòng Thời sự",
                "Phòng Kỹ thuật - Công nghệ",
                "Flycam",
            ],
            [
                "Hằng ngày",
                "Cập nhật tin mưa lũ, sạt lở đất trên Bản tin thời sự 11h30 và 19h00",
                "Phòng Thời sự",
                "Ban Chỉ huy PCTT&TKCN tỉnh",
                "",
            ],
            [
                "10",
                "Họp Hội đồng biên tập duyệt khung chương trình quý III/2028",
                "Phòng Tổ chức - Hành chính",
                "Các phòng nghiệp vụ",
                "",
            ],
            [
                "14, 28",
                "Sản xuất chuyên mục phát thanh tiếng Ba Na, Xơ Đăng (02 kỳ)",
                "Phòng Phát thanh dân tộc",
                "",
                "",
            ],
            [
                "15 - 20",
                "Bảo dưỡng định kỳ máy phát hình tại Trạm phát sóng Ngọc Rinh",
                "Phòng Kỹ thuật - Công nghệ",
                "",
                "Tạm dừng phát 02h - 05h",
            ],
            [
                "21",
                "Gặp mặt kỷ niệm Ngày Báo chí cách mạng Việt Nam",
                "Phòng Tổ chức - Hành chính",
                "Công đoàn cơ sở",
                "",
            ],
            [
                "25",
                "Hoàn thiện, gửi tác phẩm dự Liên hoan Phát thanh toàn quốc lần thứ XVII",
                "Phòng Chuyên đề - Văn nghệ",
                "",
                "",
            ],
            [
                "26 - 30",
                "Xây dựng báo cáo sơ kết công tác 6 tháng đầu năm 2028",
                "Phòng Kế hoạch - Tài chính",
                "Các phòng",
                "",
            ],
            [
                "Trong tháng",
                "Kiểm kê, đánh giá thiết bị lưu trữ tư liệu, đề xuất thanh lý",
                "Phòng Kỹ thuật - Công nghệ",
                "Phòng Kế hoạch - Tài chính",
                "",
            ],
            [
                "Thứ Bảy, Chủ nhật",
                "Trực kỹ thuật phát sóng theo lịch phân ca",
                "Phòng Kỹ thuật - Công nghệ",
                "",
                "",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Lưu ý: Lịch sản xuất có thể thay đổi khi có nhiệm vụ chính trị đột xuất; các phòng báo cáo Ban Giám đốc trước khi điều chỉnh.",
            "Nơi nhận: Ban Giám đốc; các phòng; Lưu: VT, TCHC.",
            "GIÁM ĐỐC",
            "A Thuận",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h327
def h327_docx(h, path: Path) -> None:
    """A department's conclusions notice whose tasks are **grouped under each unit's heading line**
    (`1. Văn phòng Đăng ký đất đai`, alone on its line) with dash paragraphs under it, each its own
    item with its own time (one none); a request to the districts; the office's follow-up."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND TỈNH NINH KHÁNH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 146/TB-STNMT"],
        "Ninh Khánh, ngày 19 tháng 7 năm 2024",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở tại cuộc họp giao ban công tác quản lý đất đai, khoáng sản 6 tháng cuối năm 2024",
            "Ngày 16/7/2024, Giám đốc Sở Lê Minh Quang chủ trì cuộc họp giao ban; sau khi nghe báo cáo của các đơn vị, Giám đốc Sở kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Sáu tháng đầu năm 2024, Sở đã cấp 4.862 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 61% kế hoạch; thu tiền cấp quyền khai thác khoáng sản 38,4 tỷ đồng. Tuy nhiên, tình trạng chậm giải quyết hồ sơ đăng ký biến động vẫn còn.",
            "II. NHIỆM VỤ THỜI GIAN TỚI",
            "1. Văn phòng Đăng ký đất đai",
            "- Rà soát toàn bộ hồ sơ đăng ký biến động quá hạn tại các Chi nhánh, giải quyết dứt điểm trước ngày 31/8/2024.",
            "- Công khai danh sách hồ sơ trễ hạn và văn bản xin lỗi người dân trên Cổng thông tin điện tử của Sở hằng tuần.",
            "2. Chi cục Quản lý đất đai",
            "- Tham mưu Sở trình UBND tỉnh Bảng giá đất điều chỉnh áp dụng từ ngày 01/01/2025; hoàn thành trong tháng 10/2024.",
            "- Phối hợp Thanh tra Sở kiểm tra việc sử dụng đất của các dự án chậm triển khai ven biển Ninh Hải.",
            "3. Phòng Khoáng sản",
            "- Lập kế hoạch đấu giá quyền khai thác 05 mỏ cát, sỏi lòng sông; trình Giám đốc Sở trước 15/9/2024.",
            "- Kiểm tra hoạt động khai thác titan tại xã Phước Diêm trong quý III/2024.",
            "4. Trung tâm Công nghệ thông tin",
            "- Hoàn thành kết nối, đồng bộ cơ sở dữ liệu đất đai với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; chậm nhất 30/9/2024.",
            "5. Đề nghị UBND các huyện, thành phố",
            "- Chỉ đạo UBND cấp xã cập nhật biến động đất đai, gửi báo cáo về Sở (qua Văn phòng Đăng ký đất đai) trước ngày 05 hằng tháng.",
            "6. Văn phòng Sở",
            "- Theo dõi, đôn đốc các đơn vị thực hiện Thông báo này; tổng hợp kết quả, báo cáo Giám đốc Sở tại cuộc họp giao ban quý IV/2024.",
            "Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.",
            "Nơi nhận: Như mục II; Giám đốc, các PGĐ Sở; Lưu: VT, VP.",
            "TL. GIÁM ĐỐC — CHÁNH VĂN PHÒNG",
            "Trần Thị Bích Ngân",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h328
def h328_docx(h, path: Path) -> None:
    """A provincial procuracy's plan whose task table **starts on a portrait page and continues on a
    landscape page**: two Word tables in two sections; the first has the header and a row of column
    numbers, the second **only the row of column numbers**, its rows numbered on; departments named
    by number (`Phòng 8`, spelled out once in the text)."""
    from docx.shared import Mm

    document = _document(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    h.national_header(
        document,
        ["VIỆN KSND TỈNH ĐẮK NGUYÊN", "", "Số: 21/KH-VKS"],
        "Đắk Nguyên, ngày 16 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Công tác kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự năm 2028",
            "Căn cứ Chỉ thị công tác năm 2028 của Viện trưởng VKSND tối cao, Viện KSND tỉnh Đắk Nguyên xây dựng Kế hoạch như sau. Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự (Phòng 8) là đơn vị chủ trì chung; Phòng Thống kê tội phạm và Công nghệ thông tin (Phòng 15) phối hợp về số liệu.",
            "I. NỘI DUNG, THỜI GIAN THỰC HIỆN",
        ],
    )
    labels = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
    numbers = ["(1)", "(2)", "(3)", "(4)", "(5)"]
    first = h.grid_table(document, labels, [0.4, 2.9, 1.1, 1.1, 1.1])
    h.fill_row(first, numbers)
    _rows(
        h,
        first,
        [
            [
                "1",
                "Trực tiếp kiểm sát định kỳ việc tạm giữ, tạm giam tại Trại tạm giam Công an tỉnh",
                "Phòng 8",
                "Công an tỉnh",
                "Quý II/2028",
            ],
            [
                "2",
                "Kiểm sát việc thi hành án treo, cải tạo không giam giữ tại UBND cấp xã",
                "VKSND khu vực 1, 2, 3",
                "Phòng 8",
                "Tháng 4 - tháng 5/2028",
            ],
            [
                "3",
                "Phúc tra việc thực hiện kiến nghị năm 2027 tại Trại giam Đắk Trung",
                "Phòng 8",
                "",
                "15/8 - 30/8/2028",
            ],
            [
                "4",
                "Kiểm sát đột xuất nhà tạm giữ Công an các xã, phường trọng điểm",
                "Phòng 8",
                "VKSND khu vực",
                "Khi có dấu hiệu vi phạm hoặc theo chỉ đạo của Viện trưởng",
            ],
        ],
    )
    from docx.enum.section import WD_SECTION

    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    second = document.add_table(rows=1, cols=5)
    second.style = "Table Grid"
    for cell, number in zip(second.rows[0].cells, numbers, strict=True):
        cell.text = number
    h.set_widths(second, [0.5, 4.6, 1.6, 1.6, 1.6])
    _rows(
        h,
        second,
        [
            [
                "5",
                "Tổng hợp, báo cáo số liệu kiểm sát tạm giữ, tạm giam, thi hành án hình sự",
                "Phòng 8",
                "Phòng 15",
                "Hằng tháng (trước ngày 05 của tháng sau)",
            ],
            [
                "6",
                "Tập huấn nghiệp vụ kiểm sát thi hành án hình sự cho kiểm sát viên VKSND khu vực",
                "Phòng 8",
                "Văn phòng",
                "Tháng 7/2028",
            ],
            [
                "7",
                "Sơ kết 6 tháng công tác kiểm sát tạm giữ, tạm giam và thi hành án hình sự",
                "Văn phòng",
                "Phòng 8",
                "Trước 20/6/2028",
            ],
            [
                "8",
                "Xây dựng chuyên đề “Nâng cao chất lượng kiểm sát việc giải quyết khiếu nại trong thi hành án hình sự”",
                "Phòng 8",
                "",
                "Quý III/2028",
            ],
            [
                "9",
                "Báo cáo tổng kết công tác năm 2028 (số liệu từ 01/12/2027 đến 30/11/2028)",
                "Phòng 8",
                "Phòng 15",
                "Trước 25/11/2028",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "II. TỔ CHỨC THỰC HIỆN",
            "Trưởng Phòng 8, Viện trưởng VKSND khu vực chịu trách nhiệm trước Viện trưởng Viện KSND tỉnh về kết quả thực hiện; Văn phòng theo dõi, đôn đốc./.",
            "Nơi nhận: Vụ 8 VKSND tối cao; Lãnh đạo Viện; các Phòng, VKSND khu vực; Lưu: VT, P8.",
            "KT. VIỆN TRƯỞNG — PHÓ VIỆN TRƯỞNG",
            "Y Ngọc Niê",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h329
def h329_xlsx(h, path: Path) -> None:
    """A cooperative union's year programme as a sheet of **quarter blocks whose tasks repeat each
    quarter** (the briefing and the quarter report in every block, each its own due), numbered on
    across the year; leads **abbreviated** with a legend below; a total-count row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "CTCT 2028"
    h.sheet_title_rows(
        sheet,
        [
            "LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG HÒA",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
            "(Ban hành kèm theo Quyết định số 05/QĐ-LMHTX ngày 08/01/2028)",
            "",
        ],
        6,
    )
    sheet.append(
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"]
    )
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    header = sheet.max_row

    def block(title: str, rows) -> None:
        sheet.append([title])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        sheet.cell(row=row, column=1).font = Font(bold=True)
        for values in rows:
            sheet.append(values)

    block(
        "QUÝ I",
        [
            [
                1,
                "Hội nghị tổng kết năm 2027, triển khai nhiệm vụ năm 2028",
                "VP",
                "Ban KH-HT",
                "Tháng 01",
                "",
            ],
            [2, "Giao ban Thường trực Liên minh quý I", "VP", "", "25/3", ""],
            [
                3,
                "Báo cáo tình hình kinh tế tập thể quý I",
                "Ban KH-HT",
                "TT TV-HT",
                "Trước 20/3",
                "Gửi UBND tỉnh, Liên minh HTX Việt Nam",
            ],
        ],
    )
    block(
        "QUÝ II",
        [
            [
                4,
                "Tập huấn quản trị HTX nông nghiệp ứng dụng công nghệ cao",
                "TT TV-HT",
                "Sở NN&MT",
                "Tháng 5",
                "02 lớp tại Quảng Hòa và Ba Tơ Hòa",
            ],
            [5, "Giao ban Thường trực Liên minh quý II", "VP", "", "24/6", ""],
            [
                6,
                "Báo cáo tình hình kinh tế tập thể quý II và 6 tháng đầu năm",
                "Ban KH-HT",
                "TT TV-HT",
                "Trước 20/6",
                "Gửi UBND tỉnh, Liên minh HTX Việt Nam",
            ],
        ],
    )
    block(
        "QUÝ III",
        [
            [
                7,
                "Tổ chức gian hàng sản phẩm OCOP của HTX tại Hội chợ khu vực Nam Trung Bộ",
                "TT TV-HT",
                "Sở Công Thương",
                "12 - 16/8",
                "",
            ],
            [8, "Giao ban Thường trực Liên minh quý III", "VP", "", "23/9", ""],
            [
                9,
                "Báo cáo tình hình kinh tế tập thể quý III",
                "Ban KH-HT",
                "TT TV-HT",
                "Trước 20/9",
                "Gửi UBND tỉnh, Liên minh HTX Việt Nam",
            ],
        ],
    )
    block(
        "QUÝ IV",
        [
            [10, "Xét chọn, đề nghị khen thưởng HTX tiêu biểu năm 2028", "Ban TT-TĐ", "VP", "Tháng 11", ""],
            [
                11,
                "Báo cáo tình hình kinh tế tập thể quý IV và cả năm 2028",
                "Ban KH-HT",
                "TT TV-HT",
                "Trước 10/12",
                "Gửi UBND tỉnh, Liên minh HTX Việt Nam",
            ],
            [
                12,
                "Giao ban Thường trực Liên minh quý IV, thông qua Chương trình công tác năm 2029",
                "VP",
                "Các ban, đơn vị",
                "20/12",
                "",
            ],
        ],
    )
    sheet.append(["", "Tổng cộng: 12 nội dung", "", "", "", ""])
    sheet.append([])
    sheet.append(
        [
            "",
            "Chữ viết tắt: VP - Văn phòng; Ban KH-HT - Ban Kế hoạch - Hỗ trợ; Ban TT-TĐ - Ban Tuyên truyền - Thi đua; TT TV-HT - Trung tâm Tư vấn và Hỗ trợ hợp tác xã; Sở NN&MT - Sở Nông nghiệp và Môi trường.",
        ]
    )
    sheet.append(
        [
            "",
            "Các nội dung phát sinh theo chỉ đạo của UBND tỉnh, Liên minh HTX Việt Nam sẽ được bổ sung vào chương trình.",
        ]
    )
    _wrap(sheet, header)
    for letter, size in zip("ABCDEF", [6, 52, 14, 18, 16, 28], strict=True):
        sheet.column_dimensions[letter].width = size
    book.save(path)


# -------------------------------------------------------------------------------------------- h332
def h332_docx(h, path: Path) -> None:
    """A district health centre's dengue plan saved as .rtf: units **abbreviated** in the table
    (`Khoa KSBT`, `TYT các xã, TT`) and spelled out only in a legend after it; a budget column and a
    total row (no item); `Trong vòng 48 giờ khi phát hiện ổ dịch` (review)."""
    document = _document(13)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH ĐẮK SƠN", "TRUNG TÂM Y TẾ HUYỆN KRÔNG PHƯỚC", "Số: 34/KH-TTYT"],
        "Krông Phước, ngày 02 tháng 4 năm 2024",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống bệnh sốt xuất huyết Dengue năm 2024",
            "Năm 2023 toàn huyện ghi nhận 412 ca mắc sốt xuất huyết, tăng 38% so với năm 2022, không có ca tử vong. Để chủ động phòng, chống dịch năm 2024, Trung tâm Y tế huyện xây dựng Kế hoạch với các hoạt động sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Hoạt động", "Đơn vị thực hiện", "Thời gian", "Kinh phí (triệu đồng)"],
        [0.4, 3.0, 1.5, 1.3, 0.9],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Giám sát véc tơ, chỉ số BI, chỉ số nhà có lăng quăng tại 04 xã trọng điểm",
                "Khoa KSBT",
                "Hằng tháng",
                "12,0",
            ],
            ["2", "Chiến dịch diệt lăng quăng, bọ gậy đợt 1", "TYT các xã, TT", "Tháng 5/2024", "18,5"],
            [
                "3",
                "Tập huấn chẩn đoán, điều trị sốt xuất huyết cho bác sĩ, y sĩ tuyến xã",
                "Phòng KH-NV",
                "Quý II/2024",
                "9,0",
            ],
            [
                "4",
                "Dự trù cơ số thuốc, dịch truyền, hóa chất, máy phun",
                "Khoa D-TTB-VTYT",
                "Trước mùa mưa (trước 30/6/2024)",
                "45,0",
            ],
            ["5", "Chiến dịch diệt lăng quăng, bọ gậy đợt 2", "TYT các xã, TT", "Tháng 8/2024", "18,5"],
            [
                "6",
                "Phun hóa chất diệt muỗi xử lý ổ dịch",
                "Khoa KSBT",
                "Trong vòng 48 giờ khi phát hiện ổ dịch",
                "30,0",
            ],
            [
                "7",
                "Truyền thông phòng bệnh trên hệ thống loa truyền thanh xã, thị trấn",
                "TYT các xã, TT",
                "Tháng 4 - tháng 11/2024",
                "6,0",
            ],
            [
                "8",
                "Báo cáo ca bệnh, ổ dịch về Trung tâm Kiểm soát bệnh tật tỉnh",
                "Khoa KSBT",
                "Thứ Sáu hằng tuần",
                "—",
            ],
            ["", "Tổng cộng", "", "", "139,0"],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Khoa KSBT - Khoa Kiểm soát bệnh tật - HIV/AIDS; Phòng KH-NV - Phòng Kế hoạch - Nghiệp vụ; Khoa D-TTB-VTYT - Khoa Dược - Trang thiết bị - Vật tư y tế; TYT các xã, TT - Trạm Y tế các xã, thị trấn.",
            "Kinh phí từ nguồn Chương trình mục tiêu y tế - dân số và ngân sách huyện năm 2024.",
            "Nơi nhận: Sở Y tế (b/c); CDC tỉnh; UBND huyện (b/c); các khoa, phòng, TYT; Lưu: VT, KSBT.",
            "GIÁM ĐỐC",
            "BSCKI. Ksor H'Ngân",
        ],
    )
    document.save(path)


def batch_h323() -> None:
    """Writes h323–h332's binaries (h326's .eml, h330's .html and h331's .txt are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h323(h, _out("h323_tien_do_so_du_lich_tuan_to_mau.xlsx"))
    h324_docx(h, _out("h324_kh_ubnd_thanh_pho_danh_so_tu_dong_chu_dam.docx"))
    h328_docx(h, _out("h328_kh_vks_tinh_bang_noi_trang_ngang.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .pdf, .odt, .ods and .rtf were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h325_docx, "h325_lich_sx_dai_ptth_chi_so_ngay.docx", "pdf"),
                (h327_docx, "h327_tb_ket_luan_so_tnmt_nhom_theo_don_vi.docx", "odt"),
                (h329_xlsx, "h329_ctr_lien_minh_htx_lap_moi_quy.xlsx", "ods"),
                (h332_docx, "h332_kh_sxh_ttyt_huyen_viet_tat_chu_giai.docx", "rtf"),
            ],
            _out,
        )


if __name__ == "__main__":
    batch_h323()
