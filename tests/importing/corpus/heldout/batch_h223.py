"""Writes the binaries of the held-out documents h223–h232 (helper h13author19).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h223`.
Every text below is own-authored (other names, units, places, dates and tasks) in how provincial
departments, their sub-departments, district People's Committees and provincial public service
units commonly produce these ordinary kinds; no third-party text is stored. The .html and .csv
documents of the batch are written by hand and live beside the output. Like `make_docs.py` this
writes **only the documents**: their expected items (`expected/`) were written by hand from the
document text before the importer was first run on them. The writer helpers (national header, grid
tables, title rows, LibreOffice conversion, rasterising) are `make_docs.py`'s. The .doc, .xls, .ods,
the text PDF and the scan need LibreOffice (`soffice`); their bytes differ run to run, so regenerate
only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import wrap as _wrap
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {
    "h225_tbkl_so_y_te_hai_chu_tri_cham_nhat",  # h13fixKE
    "h226_kh_vp_huyen_ky_hop_dem_nguoc_ngay",  # h13fixKC
    "h230_lich_tuan_so_gddt_cot_sang_chieu",  # h13fixKF
    "h232_tbkl_so_xay_dung_bang_phan_cong_ban_quet",  # h13fixKG
    "h231_giao_chi_tieu_huyen_cot_theo_xa",  # lead (h13 lead2)
}

_out = partial(out_path, moved=_MOVED)


def _group(sheet, text: str, width: int) -> None:
    from openpyxl.styles import Font

    sheet.append([text])
    row = sheet.max_row
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet.cell(row, 1).font = Font(bold=True)


# -------------------------------------------------------------------------------------------- h223
def h223(h, path: Path) -> None:
    """A Department of Finance's yearly programme (.xlsx) with **no lead column**: the lead division
    is the bold group row over its tasks (`I. Phòng Quản lý ngân sách`), a `Cấp trình` column, date
    cells beside `Tháng 3`, `Quý II`, `Trước 31/7`, `Tháng 11 - 12`, `Hằng quý`."""
    from datetime import date

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "CTCT 2027"
    h.sheet_title_rows(
        sheet,
        [
            "UBND TỈNH BÌNH NGUYÊN",
            "SỞ TÀI CHÍNH",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "(Kèm theo Quyết định số 12/QĐ-STC ngày 06/01/2027 của Giám đốc Sở Tài chính)",
            "",
        ],
        6,
    )
    h.xlsx_header(
        sheet,
        ["STT", "Nội dung công việc", "Cấp trình", "Thời gian hoàn thành", "Đơn vị phối hợp", "Ghi chú"],
    )
    top = sheet.max_row
    _group(sheet, "I. Phòng Quản lý ngân sách", 6)
    sheet.append(
        [
            1,
            "Hướng dẫn các sở, ngành, địa phương thực hiện dự toán ngân sách nhà nước năm 2027",
            "Sở",
            date(2027, 1, 20),
            "Các đơn vị dự toán cấp I",
            None,
        ]
    )
    sheet.append(
        [
            2,
            "Tham mưu UBND tỉnh báo cáo HĐND tỉnh tình hình thực hiện dự toán ngân sách 6 tháng đầu năm",
            "UBND tỉnh",
            "Trước 31/7",
            "Cục Thuế tỉnh; Kho bạc Nhà nước khu vực",
            None,
        ]
    )
    sheet.append(
        [
            3,
            "Xây dựng dự toán ngân sách địa phương năm 2028 và kế hoạch tài chính - ngân sách 03 năm 2028 - 2030",
            "UBND tỉnh, HĐND tỉnh",
            "Tháng 11 - 12",
            "Các sở, ngành, UBND các huyện",
            "Trình kỳ họp cuối năm",
        ]
    )
    _group(sheet, "II. Phòng Tài chính đầu tư", 6)
    sheet.append(
        [
            4,
            "Thẩm tra quyết toán vốn đầu tư các dự án hoàn thành sử dụng vốn ngân sách tỉnh",
            "Sở",
            "Hằng quý",
            "Các chủ đầu tư",
            None,
        ]
    )
    sheet.append(
        [
            5,
            "Tham mưu phương án điều chỉnh kế hoạch vốn đầu tư công năm 2027",
            "UBND tỉnh",
            "Quý II",
            "Sở Xây dựng",
            None,
        ]
    )
    _group(sheet, "III. Phòng Quản lý giá và công sản", 6)
    sheet.append(
        [
            6,
            "Trình UBND tỉnh ban hành bảng giá tính lệ phí trước bạ đối với tài sản là nhà",
            "UBND tỉnh",
            "Tháng 3",
            "Cục Thuế tỉnh",
            None,
        ]
    )
    sheet.append(
        [
            7,
            "Tổng hợp báo cáo kê khai tài sản công tại các cơ quan, đơn vị năm 2026",
            "Bộ Tài chính",
            date(2027, 3, 15),
            None,
            None,
        ]
    )
    _group(sheet, "IV. Văn phòng Sở", 6)
    sheet.append(
        [
            8,
            "Tổ chức Hội nghị tổng kết công tác tài chính - ngân sách năm 2027",
            "Sở",
            date(2027, 12, 22),
            "Các phòng thuộc Sở",
            "Dự kiến",
        ]
    )
    sheet.append(
        [
            9,
            "Báo cáo kết quả thực hiện công tác cải cách hành chính của Sở",
            "UBND tỉnh (qua Sở Nội vụ)",
            "Hằng quý (trước ngày 15 tháng cuối quý)",
            "Các phòng thuộc Sở",
            None,
        ]
    )
    for row in sheet.iter_rows(min_row=top + 1):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "dd/mm/yyyy"
    for column, width in zip("ABCDEF", [6, 60, 18, 22, 30, 18], strict=True):
        sheet.column_dimensions[column].width = width
    _wrap(sheet, top)
    end = sheet.max_row + 2
    sheet.cell(end, 5, "GIÁM ĐỐC")
    sheet.cell(end + 1, 5, "Trịnh Văn Khải")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h224
def h224(h, path: Path) -> None:
    """A fisheries sub-department's plan (.docx) whose task appendix puts the **lead first**:
    `STT | Đơn vị chủ trì | Nhiệm vụ | Sản phẩm | Thời hạn | Đơn vị phối hợp`, and a dated follow-up
    duty in the body."""
    from docx.enum.section import WD_SECTION

    document = _document()
    h.national_header(
        document,
        ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC THỦY SẢN", "Số: 27/KH-CCTS"],
        "Bình Nguyên, ngày 15 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) năm 2027",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Triển khai đồng bộ các giải pháp chống khai thác IUU; không để tàu cá của tỉnh vi phạm vùng biển nước ngoài; bảo đảm 100% tàu cá có chiều dài từ 15 m trở lên duy trì thiết bị giám sát hành trình.",
            "II. NHIỆM VỤ",
            "Các nhiệm vụ cụ thể, đơn vị chủ trì và thời hạn thực hiện tại Phụ lục kèm theo Kế hoạch này.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Các phòng, trạm thuộc Chi cục căn cứ nhiệm vụ được giao tại Phụ lục chủ động triển khai, bảo đảm tiến độ, chất lượng.",
            "2. Phòng Hành chính - Tổng hợp theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Sở Nông nghiệp và Môi trường trước ngày 10/12/2027.",
            "Nơi nhận:\n- Sở Nông nghiệp và Môi trường (b/c);\n- Ban Chỉ đạo IUU tỉnh;\n- Các phòng, trạm thuộc Chi cục;\n- Lưu: VT, HCTH.",
            "CHI CỤC TRƯỞNG\n(đã ký)\nPhan Hữu Lộc",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "NHIỆM VỤ PHÒNG, CHỐNG KHAI THÁC IUU NĂM 2027",
            "(Kèm theo Kế hoạch số 27/KH-CCTS ngày 15/3/2027 của Chi cục Thủy sản)",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Đơn vị chủ trì", "Nhiệm vụ", "Sản phẩm", "Thời hạn", "Đơn vị phối hợp"],
        [0.5, 1.6, 3.4, 1.6, 1.2, 1.7],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Phòng Khai thác và Bảo vệ nguồn lợi thủy sản",
                "Rà soát, cập nhật dữ liệu tàu cá trên hệ thống VNFishbase, xóa đăng ký tàu cá không còn hoạt động",
                "Danh sách tàu cá được cập nhật",
                "30/4/2027",
                "UBND các huyện ven biển",
            ],
            [
                "2",
                "Trạm Kiểm soát nghề cá Cửa Hội",
                "Kiểm tra 100% tàu cá xuất, nhập bến; kiểm soát sản lượng thủy sản bốc dỡ qua cảng",
                "Sổ theo dõi, biên bản kiểm tra",
                "Thường xuyên",
                "Đồn Biên phòng Cửa Hội",
            ],
            [
                "3",
                "Phòng Khai thác và Bảo vệ nguồn lợi thủy sản",
                "Tổ chức 04 lớp tập huấn quy định về chống khai thác IUU cho chủ tàu, thuyền trưởng",
                "04 lớp, 320 lượt người",
                "Quý II/2027",
                "Hội Nghề cá tỉnh",
            ],
            [
                "4",
                "Phòng Thanh tra, Pháp chế",
                "Xử lý dứt điểm các vụ việc tàu cá mất kết nối thiết bị giám sát hành trình trên 6 giờ",
                "Quyết định xử phạt",
                "Trong vòng 10 ngày kể từ khi phát hiện",
                "Bộ đội Biên phòng tỉnh",
            ],
            [
                "5",
                "Trạm Kiểm soát nghề cá Lạch Quèn",
                "Cập nhật nhật ký khai thác điện tử của tàu cá cập cảng lên hệ thống eCDT",
                "Dữ liệu trên hệ thống eCDT",
                "Hằng ngày",
                "",
            ],
            [
                "6",
                "Phòng Hành chính - Tổng hợp",
                "Báo cáo tiến độ thực hiện các nhiệm vụ chống khai thác IUU",
                "Báo cáo",
                "Trước ngày 20 hằng tháng",
                "Các phòng, trạm",
            ],
            [
                "7",
                "Phòng Nuôi trồng thủy sản",
                "Hướng dẫn chuyển đổi nghề cho ngư dân có tàu cá khai thác ven bờ sang nuôi trồng thủy sản",
                "Mô hình chuyển đổi nghề",
                "Tháng 8 - tháng 10/2027",
                "UBND các xã ven biển",
            ],
            [
                "8",
                "Phòng Khai thác và Bảo vệ nguồn lợi thủy sản",
                "Tổng kết công tác chống khai thác IUU năm 2027, đề xuất khen thưởng tập thể, cá nhân",
                "Báo cáo tổng kết",
                "25/11/2027",
                "Phòng Hành chính - Tổng hợp",
            ],
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h225
def h225_docx(h, path: Path) -> None:
    """A Department of Health director's conclusions at a monthly briefing (PDF with a text layer
    later): `II.` lettered tasks naming **two leads joined by `và`**, a supervising leader in
    parentheses after the lead, `chậm nhất ngày …`, `định kỳ ngày 25 hằng tháng`, `trước khi
    trình UBND tỉnh`, an approval, a task for every provincial hospital."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH BÌNH NGUYÊN", "SỞ Y TẾ", "Số: 186/TB-SYT"],
        "Bình Nguyên, ngày 09 tháng 7 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban tháng 6 năm 2027",
            "Ngày 06/7/2027, Giám đốc Sở Y tế chủ trì cuộc họp giao ban đánh giá kết quả công tác tháng 6, triển khai nhiệm vụ tháng 7 năm 2027. Dự họp có các Phó Giám đốc Sở, trưởng các phòng chức năng thuộc Sở, giám đốc các đơn vị trực thuộc. Sau khi nghe Văn phòng Sở báo cáo và ý kiến của các đại biểu, Giám đốc Sở kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            "Trong tháng 6, ngành Y tế đã hoàn thành tiêm chủng mở rộng đạt 96,4% kế hoạch; không để dịch bệnh lớn xảy ra. Tuy nhiên, tiến độ giải ngân vốn đầu tư công đạt thấp (28%); việc liên thông kết quả xét nghiệm giữa các bệnh viện còn chậm.",
            "II. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2027",
            "a) Phòng Nghiệp vụ Y và Phòng Nghiệp vụ Dược (Phó Giám đốc Đặng Thu Hà chỉ đạo) xây dựng phương án liên thông, công nhận kết quả xét nghiệm giữa các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh, báo cáo Giám đốc Sở chậm nhất ngày 25/7/2027.",
            "b) Phòng Kế hoạch - Tài chính rà soát danh mục dự án chậm giải ngân, đề xuất điều chuyển vốn, hoàn thành trước khi trình UBND tỉnh điều chỉnh kế hoạch vốn năm 2027.",
            "c) Giám đốc Sở đồng ý chủ trương để Bệnh viện Đa khoa tỉnh thí điểm bệnh án điện tử tại Khoa Nội tổng hợp.",
            "d) Văn phòng Sở tổng hợp tình hình thực hiện kết luận giao ban, báo cáo Giám đốc Sở định kỳ ngày 25 hằng tháng.",
            "đ) Các bệnh viện tuyến tỉnh rà soát, bổ sung cơ số thuốc, vật tư phòng, chống bão lũ, hoàn thành trong tháng 7/2027.",
            "e) Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát bệnh sốt xuất huyết tại các huyện có số mắc cao; thực hiện thường xuyên trong mùa mưa.",
            "g) Thanh tra Sở và Phòng Quản lý hành nghề phối hợp kiểm tra các phòng khám tư nhân quảng cáo sai phép, xong trước ngày 15/8/2027.",
            "h) Phòng Tổ chức cán bộ hoàn thiện hồ sơ đề án vị trí việc làm của các đơn vị sự nghiệp trực thuộc, trình Giám đốc Sở trong quý III/2027.",
            "Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng chức năng thuộc Sở;\n- Các đơn vị trực thuộc;\n- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n(đã ký)\nLương Thị Mai",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h226
def h226_docx(h, path: Path) -> None:
    """A district People's Committee Office's plan preparing the Council's session (legacy .doc
    later): the due column counts **days before the opening** (`Thời hạn (trước ngày khai mạc kỳ
    họp)`: `25 ngày`, `07 ngày`), the opening day printed only in the body, `Ngày khai mạc`,
    `Sau kỳ họp 10 ngày`."""
    document = _document()
    h.national_header(
        document,
        ["UBND HUYỆN TÂN KỲ", "VĂN PHÒNG HĐND VÀ UBND", "Số: 41/KH-VP"],
        "Tân Kỳ, ngày 01 tháng 11 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Phục vụ Kỳ họp thứ mười hai, Hội đồng nhân dân huyện khóa XX",
            "Căn cứ Thông báo số 88/TB-HĐND ngày 25/10/2027 của Thường trực HĐND huyện, Kỳ họp thứ mười hai HĐND huyện khai mạc ngày 14/12/2027 (thứ Ba), họp trong 02 ngày (14 và 15/12/2027), tại Hội trường UBND huyện. Văn phòng HĐND và UBND huyện xây dựng Kế hoạch phục vụ Kỳ họp như sau:",
            "I. PHÂN CÔNG NHIỆM VỤ",
        ],
    )
    table = h.grid_table(
        document,
        [
            "TT",
            "Nội dung công việc",
            "Thời hạn (trước ngày khai mạc kỳ họp)",
            "Bộ phận thực hiện",
            "Phối hợp",
        ],
        [0.4, 3.0, 1.3, 1.4, 1.4],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Đôn đốc các phòng, ban chuyên môn hoàn thiện báo cáo, tờ trình, dự thảo nghị quyết trình kỳ họp",
                "25 ngày",
                "Bộ phận Tổng hợp",
                "Các phòng, ban chuyên môn",
            ],
            [
                "2",
                "Thẩm tra thể thức, kỹ thuật trình bày văn bản trước khi gửi Thường trực HĐND huyện",
                "20 ngày",
                "Bộ phận Tổng hợp",
                "Phòng Tư pháp",
            ],
            [
                "3",
                "Gửi tài liệu kỳ họp đến đại biểu HĐND huyện qua Hệ thống quản lý văn bản và điều hành",
                "07 ngày",
                "Bộ phận Hành chính - Quản trị",
                "Trung tâm Văn hóa, Thông tin và Thể thao",
            ],
            [
                "4",
                "Chuẩn bị hội trường, âm thanh, ma-két, khánh tiết",
                "02 ngày",
                "Bộ phận Hành chính - Quản trị",
                "Trung tâm Văn hóa, Thông tin và Thể thao",
            ],
            [
                "5",
                "Tổng hợp ý kiến, kiến nghị cử tri gửi tới kỳ họp, chuyển các cơ quan trả lời",
                "15 ngày",
                "Bộ phận Dân nguyện",
                "Ủy ban MTTQ Việt Nam huyện",
            ],
            [
                "6",
                "Đưa tin, bài tường thuật trực tiếp phiên khai mạc trên Cổng thông tin điện tử huyện",
                "Ngày khai mạc",
                "Trung tâm Văn hóa, Thông tin và Thể thao",
                "Bộ phận Tổng hợp",
            ],
            [
                "7",
                "Bảo đảm an ninh, trật tự khu vực Hội trường trong thời gian diễn ra kỳ họp",
                "Trong thời gian kỳ họp",
                "Công an huyện",
                "",
            ],
            [
                "8",
                "Hoàn thiện nghị quyết, biên bản kỳ họp, trình ký ban hành",
                "Sau kỳ họp 10 ngày",
                "Bộ phận Tổng hợp",
                "Các Ban HĐND huyện",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "II. TỔ CHỨC THỰC HIỆN",
            "Các bộ phận, đơn vị được phân công chủ động thực hiện; trường hợp Thường trực HĐND huyện thay đổi thời gian khai mạc kỳ họp thì các mốc thời hạn tại mục I được tính lại theo ngày khai mạc mới.",
            "Nơi nhận:\n- TT HĐND, UBND huyện (b/c);\n- Các bộ phận thuộc Văn phòng;\n- Lưu: VT.",
            "CHÁNH VĂN PHÒNG\n(đã ký)\nHồ Sỹ Tùng",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h227
def h227_xlsx(h, path: Path) -> None:
    """A market-surveillance sub-department's quarter inspection plan (legacy .xls later): the
    **team column before the place and the content** (`Đội thực hiện | Địa bàn | Nội dung kiểm
    tra | Số cuộc | Thời gian`), a count column, `Đột xuất theo chỉ đạo`, a `Tổng số cuộc` row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH kiem tra Q3"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ CÔNG THƯƠNG TỈNH BÌNH NGUYÊN",
            "CHI CỤC QUẢN LÝ THỊ TRƯỜNG",
            "KẾ HOẠCH KIỂM TRA QUÝ III NĂM 2027",
            "(Ban hành kèm theo Kế hoạch số 52/KH-QLTT ngày 22/6/2027)",
            "",
        ],
        7,
    )
    h.xlsx_header(
        sheet, ["STT", "Đội thực hiện", "Địa bàn", "Nội dung kiểm tra", "Số cuộc", "Thời gian", "Ghi chú"]
    )
    top = sheet.max_row
    rows = [
        [
            1,
            "Đội Quản lý thị trường số 1",
            "Thành phố Bình Nguyên",
            "Kiểm tra việc niêm yết giá, bán theo giá niêm yết tại các cửa hàng kinh doanh xăng dầu",
            6,
            "Tháng 7/2027",
            "",
        ],
        [
            2,
            "Đội Quản lý thị trường số 2",
            "Huyện Tân Kỳ, huyện Nghĩa Lộc",
            "Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật phục vụ vụ Mùa",
            5,
            "01/7 - 15/8/2027",
            "Phối hợp Chi cục Trồng trọt và BVTV",
        ],
        [
            3,
            "Đội Quản lý thị trường số 3",
            "Thị xã Cửa Hội",
            "Kiểm tra nguồn gốc hàng hóa nhập khẩu tại các cơ sở kinh doanh mỹ phẩm",
            4,
            "Tháng 8/2027",
            "",
        ],
        [
            4,
            "Đội Quản lý thị trường số 1",
            "Thành phố Bình Nguyên",
            "Kiểm tra an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh bánh Trung thu",
            8,
            "Trước 20/9/2027",
            "Tết Trung thu 15/9/2027",
        ],
        [
            5,
            "Đội Quản lý thị trường số 4 (cơ động)",
            "Toàn tỉnh",
            "Kiểm tra hoạt động kinh doanh trên sàn thương mại điện tử, mạng xã hội",
            3,
            "Quý III/2027",
            "",
        ],
        [
            6,
            "Đội Quản lý thị trường số 2",
            "Huyện Tân Kỳ",
            "Kiểm tra đột xuất theo đơn thư, tin báo của tổ chức, cá nhân",
            None,
            "Đột xuất theo chỉ đạo",
            "Không tính vào số cuộc",
        ],
        [
            7,
            "Phòng Nghiệp vụ - Tổng hợp",
            "",
            "Tổng hợp kết quả kiểm tra, báo cáo Chi cục trưởng",
            None,
            "Trước ngày 05/10/2027",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    first, last = top + 1, sheet.max_row
    sheet.append([None, "Tổng số cuộc", None, None, f"=SUM(E{first}:E{last})", None, None])
    sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    for column, width in zip("ABCDEFG", [6, 26, 24, 56, 9, 20, 26], strict=True):
        sheet.column_dimensions[column].width = width
    _wrap(sheet, top)
    end = sheet.max_row + 2
    sheet.cell(end, 4, "CHI CỤC TRƯỞNG")
    sheet.cell(end + 1, 4, "Đoàn Minh Quang")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h230
def h230(h, path: Path) -> None:
    """A Department of Education's weekly calendar (.docx) whose **sessions are columns**:
    `Thứ, ngày | Buổi sáng | Buổi chiều`, several dash entries in one cell each with its time and
    `(… chuẩn bị)`, a `Làm việc tại cơ quan` entry, a Saturday cell merged across both sessions."""
    from docx.enum.section import WD_SECTION

    document = _document(12)
    h.national_header(
        document,
        ["UBND TỈNH BÌNH NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        "Bình Nguyên, ngày 18 tháng 9 năm 2027",
    )
    section = document.add_section(WD_SECTION.CONTINUOUS)
    h.set_landscape(section)
    h.docx_paragraphs(
        document,
        ["LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ", "(Từ ngày 20/9/2027 đến ngày 25/9/2027)"],
    )
    table = h.grid_table(document, ["Thứ, ngày", "Buổi sáng", "Buổi chiều"], [1.3, 4.2, 4.2])
    _rows(
        h,
        table,
        [
            [
                "Thứ Hai\n20/9",
                "- 07h30: Giám đốc Sở chủ trì giao ban Lãnh đạo Sở với trưởng các phòng (Văn phòng Sở chuẩn bị).\n- 09h30: PGĐ Vũ Thị Lan làm việc với Trường THPT chuyên Lê Khiết về kế hoạch đội tuyển học sinh giỏi quốc gia (Phòng Giáo dục trung học chuẩn bị).",
                "- 14h00: Giám đốc Sở dự họp UBND tỉnh thường kỳ tháng 9 (Phòng Kế hoạch - Tài chính chuẩn bị nội dung).\n- PGĐ Vũ Thị Lan: Làm việc tại cơ quan.",
            ],
            [
                "Thứ Ba\n21/9",
                "- 08h00: PGĐ Trần Quốc Huy kiểm tra cơ sở vật chất đầu năm học tại huyện Tân Kỳ (Phòng Kế hoạch - Tài chính chuẩn bị).",
                "- 14h00: Giám đốc Sở họp Hội đồng tuyển dụng viên chức năm 2027 (Phòng Tổ chức cán bộ chuẩn bị).",
            ],
            [
                "Thứ Tư\n22/9",
                "- 08h00: Giám đốc Sở tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh (Thanh tra Sở chuẩn bị).",
                "- 15h00: PGĐ Vũ Thị Lan duyệt kế hoạch Hội thi giáo viên dạy giỏi cấp tỉnh bậc mầm non (Phòng Giáo dục mầm non và tiểu học chuẩn bị).",
            ],
            [
                "Thứ Năm\n23/9",
                "- 08h00: Lãnh đạo Sở dự Hội nghị trực tuyến của Bộ Giáo dục và Đào tạo về chuyển đổi số trong giáo dục (Văn phòng Sở chuẩn bị điểm cầu).",
                "- 14h00: PGĐ Trần Quốc Huy làm việc với Đoàn kiểm tra của Bộ về công tác kiểm định chất lượng (Phòng Quản lý chất lượng chuẩn bị).",
            ],
            [
                "Thứ Sáu\n24/9",
                "- 08h00: Giám đốc Sở làm việc tại cơ quan.",
                "- 14h00: Giám đốc Sở nghe báo cáo dự thảo Đề án sắp xếp trường lớp giai đoạn 2027 - 2030 (Phòng Tổ chức cán bộ chuẩn bị).",
            ],
            [
                "Thứ Bảy\n25/9",
                "- 07h30: PGĐ Vũ Thị Lan dự Lễ khai mạc Hội khỏe Phù Đổng tỉnh lần thứ X tại Sân vận động tỉnh (Phòng Giáo dục thể chất chuẩn bị).",
                "",
            ],
        ],
    )
    saturday = table.rows[-1]
    text = saturday.cells[1].text
    merged = saturday.cells[1].merge(saturday.cells[2])
    merged.text = text
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Lịch có thể thay đổi; các phòng đăng ký lịch tuần sau về Văn phòng Sở trước 16h00 thứ Năm (23/9).",
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nNguyễn Đức Thịnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h231
def h231_xlsx(h, path: Path) -> None:
    """A district's indicator targets assigned to its communes (.ods later): **one target column per
    commune** (`Xã Tân An | Xã Tân Phú | Thị trấn Tân Kỳ | Toàn huyện`), the lead in a last column
    `Cơ quan tham mưu, theo dõi`, a `Ghi chú` with a date on one row."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Giao chi tieu 2027"
    h.sheet_title_rows(
        sheet,
        [
            "UBND HUYỆN TÂN KỲ",
            "PHỤ LỤC GIAO CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2027 CHO CÁC XÃ, THỊ TRẤN",
            "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2027 của UBND huyện Tân Kỳ)",
            "",
        ],
        9,
    )
    h.xlsx_header(
        sheet,
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Toàn huyện",
            "Xã Tân An",
            "Xã Tân Phú",
            "Thị trấn Tân Kỳ",
            "Cơ quan tham mưu, theo dõi",
            "Ghi chú",
        ],
    )
    top = sheet.max_row
    rows = [
        [
            1,
            "Thu ngân sách nhà nước trên địa bàn",
            "Triệu đồng",
            185000,
            21500,
            18200,
            96000,
            "Phòng Tài chính - Kế hoạch",
            "",
        ],
        [
            2,
            "Diện tích gieo trồng cây hằng năm",
            "ha",
            12400,
            3100,
            2850,
            640,
            "Phòng Nông nghiệp và Môi trường",
            "",
        ],
        [
            3,
            "Tỷ lệ hộ nghèo giảm trong năm",
            "%",
            1.2,
            1.5,
            1.4,
            0.6,
            "Phòng Nội vụ",
            "Theo chuẩn nghèo đa chiều",
        ],
        [4, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 94.5, 95, 93, 96, "Bảo hiểm xã hội huyện", ""],
        [5, "Số lao động được tạo việc làm mới", "Người", 2300, 320, 280, 410, "Phòng Nội vụ", ""],
        [
            6,
            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình",
            "%",
            60,
            55,
            55,
            70,
            "Văn phòng HĐND và UBND huyện",
            "Đánh giá trước 30/11/2027",
        ],
        [
            7,
            "Số thôn, tổ dân phố đạt chuẩn văn hóa",
            "Thôn/TDP",
            42,
            9,
            8,
            6,
            "Phòng Văn hóa, Khoa học và Thông tin",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for column, width in zip("ABCDEFGHI", [5, 44, 11, 12, 11, 11, 13, 30, 22], strict=True):
        sheet.column_dimensions[column].width = width
    _wrap(sheet, top)
    end = sheet.max_row + 2
    sheet.cell(end, 7, "TM. ỦY BAN NHÂN DÂN")
    sheet.cell(end + 1, 7, "CHỦ TỊCH")
    sheet.cell(end + 2, 7, "Võ Thanh Bình")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h232
def h232_docx(h, path: Path) -> None:
    """A Department of Construction director's conclusions (scanned later, 250 dpi): an assessment
    in prose, then a **`BẢNG PHÂN CÔNG THỰC HIỆN` with no STT column** (`Nội dung | Đơn vị thực
    hiện | Thời hạn`), the unit cell `<lead> (chủ trì); <partner>`, dues `Tuần sau`, `20/10`."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH BÌNH NGUYÊN", "SỞ XÂY DỰNG", "Số: 312/TB-SXD"],
        "Bình Nguyên, ngày 04 tháng 10 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Sở tại buổi làm việc về tiến độ các công trình giao thông trọng điểm",
            "Ngày 01/10/2027, Giám đốc Sở Xây dựng chủ trì buổi làm việc với Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh và các nhà thầu về tiến độ các công trình giao thông trọng điểm. Sau khi nghe báo cáo, Giám đốc Sở kết luận:",
            "1. Các công trình cơ bản bám sát kế hoạch; riêng dự án cầu Bến Lội chậm khoảng 45 ngày do vướng mặt bằng tại xã Tân Phú.",
            "2. Để bảo đảm hoàn thành kế hoạch năm 2027, Giám đốc Sở giao các đơn vị thực hiện các nội dung tại bảng dưới đây:",
            "BẢNG PHÂN CÔNG THỰC HIỆN",
        ],
    )
    table = h.grid_table(document, ["Nội dung", "Đơn vị thực hiện", "Thời hạn"], [3.6, 2.0, 1.2])
    _rows(
        h,
        table,
        [
            [
                "Lập phương án tổ chức thi công tăng ca, bổ sung mũi thi công dự án cầu Bến Lội",
                "Ban QLDA ĐTXD công trình giao thông tỉnh (chủ trì); nhà thầu thi công",
                "15/10/2027",
            ],
            [
                "Làm việc với UBND huyện Tân Kỳ tháo gỡ vướng mắc mặt bằng tại xã Tân Phú",
                "Phòng Quản lý kết cấu hạ tầng giao thông",
                "Tuần sau (trước 08/10/2027)",
            ],
            [
                "Thẩm định điều chỉnh thiết kế bản vẽ thi công đoạn tuyến ĐT.605 qua khu dân cư",
                "Phòng Quản lý chất lượng công trình xây dựng",
                "20/10/2027",
            ],
            [
                "Kiểm tra công tác bảo đảm an toàn giao thông tại các công trường đang thi công",
                "Thanh tra Sở (chủ trì); Phòng Quản lý vận tải",
                "Hằng tháng",
            ],
            [
                "Báo cáo tiến độ giải ngân vốn các dự án giao thông trọng điểm",
                "Phòng Kế hoạch - Tài chính",
                "Thứ Sáu hằng tuần",
            ],
            [
                "Đề xuất phương án tổ chức giao thông tạm phục vụ thi công nút giao Quốc lộ 1 - ĐT.605",
                "Phòng Quản lý vận tải",
                "Tháng 10/2027",
            ],
            [
                "Hoàn thiện hồ sơ quyết toán dự án đường ven biển đoạn Km0 - Km12",
                "Ban QLDA ĐTXD công trình giao thông tỉnh",
                "Quý IV/2027",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện, tổng hợp báo cáo Giám đốc Sở tại cuộc họp giao ban tháng 11/2027./.",
            "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các đơn vị liên quan;\n- Lưu: VT, VP.",
            "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n(đã ký)\nĐinh Quang Vũ",
        ],
    )
    document.save(path)


def batch_h223() -> None:
    """Writes h223–h232's binaries (the .html and .csv are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h223(h, DOCS / "h223_ctr_nam_so_tai_chinh_nhom_la_phong.xlsx")
    h224(h, DOCS / "h224_kh_chi_cuc_thuy_san_phu_luc_chu_tri_dau.docx")
    h230(h, _out("h230_lich_tuan_so_gddt_cot_sang_chieu.docx"))
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .pdf, .doc, .xls, .ods and the scan were not regenerated", file=sys.stderr
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h225_docx, "h225_tbkl_so_y_te_hai_chu_tri_cham_nhat.docx", "pdf"),
                (h226_docx, "h226_kh_vp_huyen_ky_hop_dem_nguoc_ngay.docx", "doc"),
                (h227_xlsx, "h227_kh_kiem_tra_qltt_doi_truoc_noi_dung.xlsx", "xls"),
                (h231_xlsx, "h231_giao_chi_tieu_huyen_cot_theo_xa.xlsx", "ods"),
            ],
            _out,
        )
        name = "h232_tbkl_so_xay_dung_bang_phan_cong_ban_quet"
        h232_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", _out(f"{name}.pdf"), scale=250 / 72)


if __name__ == "__main__":
    batch_h223()
