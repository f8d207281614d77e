"""Writes the binaries of the held-out documents h193–h202 (helper h13author16).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h193`.
Every text below is own-authored (other names, units, places, dates and tasks) in how such offices
commonly produce these ordinary kinds; no third-party text is stored. The .txt and .html documents
of the batch are written by hand and live beside the output. Like `make_docs.py` this writes
**only the documents**: their expected items (`expected/`) were written by hand from the document
text before the importer was first run on them. The writer helpers (national header, grid tables,
title rows, LibreOffice conversion) are `make_docs.py`'s. The .doc, .odt and the PDFs need
LibreOffice (`soffice`), the scan pypdfium2; their bytes differ run to run, so regenerate only on
purpose.
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
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {
    "h193_kh_thang_phong_ban_qlda_nguoi_thuc_hien",  # h13fixJS
    "h199_ctr_kiem_tra_giam_sat_dang_uy_xa",  # h13fixJU
    "h198_kh_trien_khai_thong_tu_bo_phu_luc",  # h13fixJW
    "h196_tb_ket_luan_xa_giao_de_nghi",  # h13fixJV
    "h195_ctr_nam_ubnd_tinh_nhom_thang",  # h13fixLD
    "h194_ctr_bcd_389_tinh_hai_sheet",  # h13fixTL
}

_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h193
def h193(h, path: Path) -> None:
    """A project board's office (Phòng) monthly work plan: a review of last month in prose, then a
    table whose lead column is `Người thực hiện` (persons, `Cả phòng`) and whose `Kết quả dự kiến`
    column names products, one of them with a date that is not the due."""
    document = _document()
    h.national_header(
        document,
        ["BAN QLDA ĐẦU TƯ XÂY DỰNG", "CÁC CÔNG TRÌNH GIAO THÔNG TỈNH HÀ NGUYÊN", "PHÒNG KẾ HOẠCH - TỔNG HỢP"],
        "Hà Nguyên, ngày 26 tháng 02 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH CÔNG TÁC THÁNG 3 NĂM 2027",
            "I. KẾT QUẢ THỰC HIỆN THÁNG 02/2027",
            "Trong tháng 02/2027, Phòng đã hoàn thành báo cáo giải ngân vốn đầu tư công năm 2026, tổng hợp kế hoạch vốn năm 2027 trình Giám đốc Ban; phối hợp Phòng Điều hành dự án 2 rà soát hồ sơ quyết toán dự án đường ven biển đoạn Km0 - Km12. Một số việc chưa hoàn thành: lập hồ sơ mời thầu gói thầu tư vấn giám sát cầu Bến Ngự (chuyển sang tháng 3).",
            "II. KẾ HOẠCH CÔNG TÁC THÁNG 3/2027",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Kết quả dự kiến"],
        [0.4, 2.6, 1.4, 1.0, 1.6],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Lập hồ sơ mời thầu gói thầu tư vấn giám sát cầu Bến Ngự",
                "Đ/c Trần Minh Quý",
                "01 - 10/3",
                "Hồ sơ mời thầu trình Giám đốc Ban phê duyệt",
            ],
            [
                "2",
                "Tổng hợp báo cáo tình hình giải ngân vốn đầu tư công",
                "Đ/c Lê Thị Hồng Nhung",
                "Hằng tuần (thứ Năm)",
                "Báo cáo gửi Sở Tài chính",
            ],
            [
                "3",
                "Rà soát, cập nhật kế hoạch lựa chọn nhà thầu các dự án khởi công mới năm 2027",
                "Đ/c Trần Minh Quý; đ/c Phạm Văn Đạt",
                "Trước 15/3",
                "Tờ trình điều chỉnh KHLCNT",
            ],
            [
                "4",
                "Chuẩn bị nội dung, tài liệu giao ban quý I của Ban",
                "Cả phòng",
                "Tuần 4 (22 - 26/3)",
                "Báo cáo giao ban, dự kiến họp ngày 30/3/2027",
            ],
            [
                "5",
                "Theo dõi, cập nhật tiến độ các dự án trên phần mềm quản lý dự án",
                "Đ/c Phạm Văn Đạt",
                "Thường xuyên",
                "Dữ liệu cập nhật đầy đủ, đúng hạn",
            ],
            [
                "6",
                "Lập báo cáo giám sát, đánh giá đầu tư 6 tháng đầu năm (phần số liệu quý I)",
                "Đ/c Lê Thị Hồng Nhung",
                "Cả tháng",
                "Số liệu quý I",
            ],
            [
                "7",
                "Phối hợp Phòng Tài chính - Kế toán đối chiếu số liệu quyết toán dự án đường ven biển",
                "Đ/c Hoàng Anh Tuấn",
                "Trước ngày 20/3",
                "Biên bản đối chiếu",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
            "Đề nghị Giám đốc Ban bố trí 01 xe công tác phục vụ kiểm tra hiện trường các dự án trong tuần 2 tháng 3/2027.",
            "Nơi nhận:\n- Giám đốc Ban (b/c);\n- Các Phó Giám đốc Ban;\n- Lưu: KH-TH.",
            "TRƯỞNG PHÒNG\n(đã ký)\nVũ Đình Khang",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h194
def h194(h, path: Path) -> None:
    """A provincial steering committee's yearly programme: sheet 1 the committee's work by quarter
    rows (a `Cơ quan tham mưu` lead, a `Cơ quan phối hợp` list), sheet 2 its inspection schedule
    whose `Địa bàn` column names communes (not leads)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chuong trinh 2027"
    h.sheet_title_rows(
        sheet,
        [
            "BAN CHỈ ĐẠO TỈNH VỀ PHÒNG, CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI VÀ HÀNG GIẢ TỈNH SÔNG TRÀ",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027",
            "(Kèm theo Quyết định số 12/QĐ-BCĐ ngày 15/01/2027 của Trưởng Ban Chỉ đạo)",
            "",
        ],
        5,
    )
    h.xlsx_header(
        sheet, ["STT", "Nội dung công việc", "Cơ quan tham mưu", "Cơ quan phối hợp", "Thời gian thực hiện"]
    )
    rows = [
        ["I", "QUÝ I", None, None, None],
        [
            1,
            "Xây dựng Kế hoạch cao điểm đấu tranh chống buôn lậu trước, trong và sau Tết Nguyên đán",
            "Cơ quan Thường trực Ban Chỉ đạo (Công an tỉnh)",
            "Sở Công Thương; Cục Hải quan khu vực; Bộ đội Biên phòng tỉnh",
            "Tháng 01",
        ],
        [
            2,
            "Tổ chức Hội nghị tổng kết năm 2026, triển khai nhiệm vụ năm 2027",
            "Văn phòng Ban Chỉ đạo",
            "Các thành viên Ban Chỉ đạo",
            "Tháng 02",
        ],
        ["II", "QUÝ II", None, None, None],
        [
            3,
            "Báo cáo sơ kết 6 tháng đầu năm gửi Ban Chỉ đạo 389 quốc gia",
            "Văn phòng Ban Chỉ đạo",
            "Các thành viên Ban Chỉ đạo",
            "Trước ngày 15/6",
        ],
        ["III", "QUÝ III, QUÝ IV", None, None, None],
        [
            4,
            "Tuyên truyền, vận động doanh nghiệp cam kết không sản xuất, kinh doanh hàng giả",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Hội Doanh nhân tỉnh; Báo Sông Trà",
            "Quý III",
        ],
        [
            5,
            "Báo cáo tổng kết năm 2027, xây dựng chương trình công tác năm 2028",
            "Văn phòng Ban Chỉ đạo",
            "Các thành viên Ban Chỉ đạo",
            "Tháng 12",
        ],
        [
            None,
            "Chế độ báo cáo: các thành viên báo cáo kết quả định kỳ về Cơ quan Thường trực trước ngày 18 hằng tháng.",
            None,
            None,
            None,
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("I", "II", "III"):
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=5)
    for column, width in zip("ABCDE", [6, 60, 30, 34, 18], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    second = workbook.create_sheet("Kiem tra")
    h.sheet_title_rows(
        second,
        ["KẾ HOẠCH KIỂM TRA CỦA BAN CHỈ ĐẠO NĂM 2027", "(Phụ lục 2 kèm theo Quyết định số 12/QĐ-BCĐ)", ""],
        5,
    )
    h.xlsx_header(
        second, ["TT", "Nội dung kiểm tra", "Đơn vị chủ trì đoàn", "Địa bàn kiểm tra", "Thời gian (tháng)"]
    )
    for row in [
        [
            1,
            "Kiểm tra công tác quản lý thị trường đối với mặt hàng phân bón, thuốc bảo vệ thực vật",
            "Sở Nông nghiệp và Môi trường",
            "Xã Tân Đức, xã Phổ An, xã Hòa Mỹ",
            "4/2027",
        ],
        [
            2,
            "Kiểm tra việc thực hiện quy định về xuất xứ hàng hóa tại các khu công nghiệp",
            "Sở Công Thương",
            "Khu công nghiệp Tân Phong; Khu kinh tế Nam Sông Trà",
            "6/2027",
        ],
        [
            3,
            "Kiểm tra hoạt động kinh doanh thuốc lá, rượu tại các chợ đầu mối",
            "Chi cục Quản lý thị trường tỉnh",
            "Phường Đông Thành, phường Trà Giang",
            "9/2027",
        ],
        [
            4,
            "Kiểm tra công tác phối hợp chống buôn lậu trên biển",
            "Bộ đội Biên phòng tỉnh",
            "Xã đảo Hòn Mây",
            "10/2027",
        ],
    ]:
        second.append(row)
    for column, width in zip("ABCDE", [5, 60, 30, 40, 16], strict=True):
        second.column_dimensions[column].width = width
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h195
def h195_docx(h, path: Path) -> None:
    """A provincial People's Committee's yearly programme (to PDF with a text layer): the appendix
    table grouped by month rows, a `Cấp trình` column naming the body the scheme goes to (not the
    lead), one explicit date inside a month, and a closing list of items dropped from the programme."""
    from docx.shared import Pt

    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC LĨNH", "Số: 09/CTr-UBND"],
        "Bắc Lĩnh, ngày 08 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027 CỦA ỦY BAN NHÂN DÂN TỈNH",
            "Căn cứ Quy chế làm việc của UBND tỉnh nhiệm kỳ 2026 - 2031; căn cứ Nghị quyết số 45/NQ-HĐND ngày 10/12/2026 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2027, UBND tỉnh ban hành Chương trình công tác năm 2027 như sau:",
            "I. CÁC ĐỀ ÁN, NỘI DUNG TRÌNH TRONG NĂM",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Tên đề án, nội dung", "Cơ quan chủ trì soạn thảo", "Cấp trình", "Ghi chú"],
        [0.5, 4.2, 2.2, 1.4, 1.4],
    )

    def month(text: str) -> None:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = ""
        merged.paragraphs[0].add_run(text).bold = True

    month("THÁNG 3")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Đề án phát triển vùng nguyên liệu chè chất lượng cao tỉnh Bắc Lĩnh giai đoạn 2027 - 2030",
                "Sở Nông nghiệp và Môi trường",
                "UBND tỉnh",
                "",
            ],
            [
                "2",
                "Quy định giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt trên địa bàn tỉnh",
                "Sở Tài chính",
                "UBND tỉnh",
                "Trình trước ngày 15/3",
            ],
        ],
    )
    month("THÁNG 6")
    _rows(
        h,
        table,
        [
            [
                "3",
                "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2027",
                "Sở Tài chính",
                "HĐND tỉnh",
                "Kỳ họp giữa năm",
            ],
            [
                "4",
                "Nghị quyết quy định mức hỗ trợ học phí cho trẻ mầm non ngoài công lập",
                "Sở Giáo dục và Đào tạo",
                "HĐND tỉnh",
                "",
            ],
            [
                "5",
                "Kế hoạch phát triển du lịch cộng đồng gắn với bản sắc dân tộc",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Chủ tịch UBND tỉnh",
                "",
            ],
        ],
    )
    month("THÁNG 9")
    _rows(
        h,
        table,
        [
            [
                "6",
                "Đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
                "Sở Nội vụ",
                "Ban Thường vụ Tỉnh ủy",
                "UBND tỉnh thông qua trước khi trình",
            ],
        ],
    )
    month("THÁNG 11")
    _rows(
        h,
        table,
        [
            ["7", "Kế hoạch đầu tư công năm 2028 của tỉnh", "Sở Tài chính", "HĐND tỉnh", ""],
            [
                "8",
                "Báo cáo công tác phòng, chống tham nhũng, tiêu cực năm 2027",
                "Thanh tra tỉnh",
                "HĐND tỉnh",
                "Báo cáo tại kỳ họp cuối năm",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "II. CÁC NỘI DUNG ĐƯA RA KHỎI CHƯƠNG TRÌNH NĂM 2026",
            "1. Đề án thành lập Khu kinh tế cửa khẩu Na Hoa (đã trình Thủ tướng Chính phủ tháng 11/2026).",
            "2. Quy hoạch chi tiết Khu du lịch hồ Pắc Lạn (chuyển sang thực hiện theo Luật Quy hoạch sửa đổi).",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các sở, ban, ngành chủ động xây dựng kế hoạch, bảo đảm chất lượng và thời hạn trình; trường hợp cần điều chỉnh phải báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) trước thời hạn trình ít nhất 15 ngày.",
            "2. Văn phòng UBND tỉnh theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chương trình, báo cáo UBND tỉnh tại phiên họp thường kỳ hằng tháng.",
            "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Thường trực HĐND tỉnh;\n- Các sở, ban, ngành;\n- Lưu: VT, TH.",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(đã ký)\nHoàng Văn Thạch",
        ],
    )
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(12)
    document.save(path)


# -------------------------------------------------------------------------------------------- h196
def h196_docx(h, path: Path) -> None:
    """A district-level conclusion notice (to legacy .doc): `Giao …` paragraphs, `Đề nghị …` to
    bodies outside the issuer, one due counted from the notice's date in words, a report-back."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ HƯNG LONG", "Số: 41/TB-UBND"],
        "Hưng Long, ngày 02 tháng 4 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Chủ tịch UBND xã Đỗ Quang Minh tại cuộc họp về công tác giải phóng mặt bằng dự án Khu dân cư Đồng Cát",
            "Ngày 30/3/2027, Chủ tịch UBND xã Đỗ Quang Minh chủ trì cuộc họp về tiến độ giải phóng mặt bằng dự án Khu dân cư Đồng Cát. Tham dự có đại diện Chi nhánh Văn phòng đăng ký đất đai khu vực Hưng Long, Ban Quản lý dự án đầu tư xây dựng khu vực, các phòng chuyên môn và Trưởng các thôn Đồng Cát, Phú An. Sau khi nghe báo cáo và ý kiến các đại biểu, Chủ tịch UBND xã kết luận như sau:",
            "1. Đến nay đã kiểm đếm 112/140 hộ, phê duyệt phương án bồi thường đợt 1 cho 64 hộ; còn 28 hộ chưa đồng ý kiểm đếm, chủ yếu do vướng mắc về nguồn gốc đất.",
            "2. Để bảo đảm bàn giao mặt bằng theo kế hoạch, Chủ tịch UBND xã yêu cầu:",
            "a) Giao Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Văn phòng đăng ký đất đai khu vực Hưng Long xác định nguồn gốc đất của 28 hộ còn vướng mắc, hoàn thành trong thời hạn mười lăm (15) ngày kể từ ngày ban hành Thông báo này.",
            "b) Giao Ban Quản lý dự án đầu tư xây dựng khu vực lập phương án bồi thường, hỗ trợ đợt 2, trình thẩm định trước ngày 30/4/2027.",
            "c) Giao Trưởng thôn Đồng Cát, Trưởng thôn Phú An phối hợp với Mặt trận Tổ quốc xã vận động các hộ dân chấp hành kiểm đếm; thực hiện thường xuyên cho đến khi hoàn thành.",
            "d) Giao Phòng Văn hóa - Xã hội rà soát các hộ thuộc diện chính sách, hộ nghèo trong vùng dự án để đề xuất chính sách hỗ trợ ổn định đời sống, hoàn thành trong tháng 5/2027; báo cáo kết quả về UBND xã trước ngày 05/6/2027.",
            "đ) Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện các nội dung trên, tổng hợp báo cáo Chủ tịch UBND xã định kỳ vào thứ Sáu hằng tuần.",
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chỉ đạo Ban công tác Mặt trận các thôn tham gia giám sát việc kiểm đếm, công khai phương án bồi thường.",
            "4. Đề nghị Công an xã Hưng Long bảo đảm an ninh trật tự tại khu vực dự án trong thời gian tổ chức cưỡng chế kiểm đếm (dự kiến tháng 5/2027).",
            "Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Chủ tịch, các PCT UBND xã;\n- Các đơn vị dự họp;\n- Lưu: VT.",
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(đã ký)\nNguyễn Thị Lan",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h198
def h198(h, path: Path) -> None:
    """A ministry's plan to implement a circular: purposes and funding sections that are no tasks,
    one monitoring duty in the body, the tasks in an appendix table whose lead is merged down over
    three rows, a coordinating column, a `Sản phẩm` column and a due tied to the circular's effect."""
    from docx.enum.section import WD_SECTION

    document = _document()
    h.national_header(
        document,
        ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "Số: 318/KH-BNNMT"],
        "Hà Nội, ngày 12 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Triển khai thi hành Thông tư số 06/2027/TT-BNNMT ngày 20 tháng 02 năm 2027 của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định về quản lý giống cây trồng lâm nghiệp",
            "Thông tư số 06/2027/TT-BNNMT có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2027. Để triển khai thi hành kịp thời, thống nhất, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị trong việc triển khai thi hành Thông tư.",
            "2. Bảo đảm sự phối hợp chặt chẽ giữa các đơn vị thuộc Bộ với UBND các tỉnh, thành phố trực thuộc trung ương.",
            "II. NỘI DUNG",
            "Nội dung công việc, cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời gian hoàn thành chi tiết tại Phụ lục kèm theo Kế hoạch này.",
            "III. KINH PHÍ",
            "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước giao cho các đơn vị năm 2027 và các nguồn hợp pháp khác.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các đơn vị thuộc Bộ căn cứ nhiệm vụ được giao tại Phụ lục, chủ động tổ chức thực hiện bảo đảm tiến độ, chất lượng.",
            "2. Cục Lâm nghiệp và Kiểm lâm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15 tháng 12 năm 2027.",
            "3. Đề nghị UBND các tỉnh, thành phố trực thuộc trung ương chỉ đạo các cơ quan chuyên môn phối hợp thực hiện các nhiệm vụ tại Phụ lục.",
            "Nơi nhận:\n- Bộ trưởng (để b/c);\n- Các Thứ trưởng;\n- Các đơn vị thuộc Bộ;\n- UBND các tỉnh, TP trực thuộc TW;\n- Lưu: VT, LNKL.",
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(đã ký)\nNguyễn Quốc Hưng",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH THÔNG TƯ SỐ 06/2027/TT-BNNMT",
            "(Kèm theo Kế hoạch số 318/KH-BNNMT ngày 12/3/2027 của Bộ Nông nghiệp và Môi trường)",
        ],
    )
    table = h.grid_table(
        document,
        [
            "TT",
            "Nội dung công việc",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Sản phẩm",
            "Thời gian hoàn thành",
        ],
        [0.4, 3.2, 1.6, 1.8, 1.6, 1.2],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Tổ chức hội nghị phổ biến, quán triệt Thông tư cho các cơ quan quản lý giống cây trồng lâm nghiệp",
                "Cục Lâm nghiệp và Kiểm lâm",
                "Vụ Pháp chế; Sở Nông nghiệp và Môi trường các tỉnh",
                "Hội nghị",
                "Tháng 5/2027",
            ],
            [
                "2",
                "Biên soạn tài liệu hướng dẫn nghiệp vụ công nhận nguồn giống, vườn giống",
                "",
                "Viện Khoa học Lâm nghiệp Việt Nam",
                "Tài liệu hướng dẫn",
                "Trước ngày Thông tư có hiệu lực",
            ],
            [
                "3",
                "Cập nhật cơ sở dữ liệu nguồn giống cây trồng lâm nghiệp trên hệ thống quốc gia",
                "",
                "Trung tâm Chuyển đổi số và Thống kê nông nghiệp",
                "Cơ sở dữ liệu",
                "Quý IV/2027",
            ],
            [
                "4",
                "Đăng tải Thông tư, tài liệu phổ biến trên Cổng Thông tin điện tử của Bộ",
                "Văn phòng Bộ",
                "Cục Lâm nghiệp và Kiểm lâm",
                "Tin, bài",
                "Trong tháng 3/2027",
            ],
            [
                "5",
                "Rà soát, công bố danh mục nguồn giống đã được công nhận trên địa bàn tỉnh",
                "Sở Nông nghiệp và Môi trường các tỉnh, thành phố",
                "Cục Lâm nghiệp và Kiểm lâm",
                "Quyết định công bố",
                "Năm 2027 - 2028",
            ],
            [
                "6",
                "Kiểm tra việc thực hiện Thông tư tại một số địa phương trọng điểm",
                "Thanh tra Bộ",
                "Cục Lâm nghiệp và Kiểm lâm",
                "Báo cáo kiểm tra",
                "Quý IV/2027",
            ],
            [
                "7",
                "Theo dõi tình hình thi hành, tổng hợp vướng mắc đề xuất sửa đổi, bổ sung",
                "Vụ Pháp chế",
                "Các đơn vị thuộc Bộ",
                "Báo cáo",
                "Thường xuyên",
            ],
        ],
    )
    h.merge_down(table, 2, 1, 3, "Cục Lâm nghiệp và Kiểm lâm")
    document.save(path)


# -------------------------------------------------------------------------------------------- h199
def h199_docx(h, path: Path) -> None:
    """A commune Party committee's inspection and supervision programme (to .odt): numbered
    programmes each with dash fields `Đối tượng` (Party cells: not the lead), `Nội dung`, `Thời
    gian`, `Chủ thể`/`Lực lượng`; a thematic supervision, a standing duty and a `khi có dấu hiệu`
    inspection with no date."""
    document = _document()
    h.national_header(
        document,
        ["ĐẢNG BỘ TỈNH LÂM HẢI", "ĐẢNG ỦY XÃ TÂN THẠNH", "*", "Số: 07-CTr/ĐU"],
        "Tân Thạnh, ngày 10 tháng 01 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH\nkiểm tra, giám sát năm 2027",
            "Căn cứ Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; căn cứ Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030, Ban Chấp hành Đảng bộ xã xây dựng Chương trình kiểm tra, giám sát năm 2027 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Thông qua kiểm tra, giám sát nhằm phát hiện, biểu dương nhân tố tích cực, kịp thời chấn chỉnh những hạn chế, thiếu sót; nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng.",
            "II. NỘI DUNG",
            "A. CỦA BAN CHẤP HÀNH, BAN THƯỜNG VỤ ĐẢNG ỦY",
            "1. Kiểm tra việc lãnh đạo thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ 2025 - 2027",
            "- Đối tượng: Chi bộ thôn Bình Phú, Chi bộ thôn An Hòa.\n- Thời gian: Quý II/2027.\n- Chủ thể: Ban Thường vụ Đảng ủy (giao Ủy ban Kiểm tra Đảng ủy tham mưu).",
            "2. Giám sát chuyên đề việc thực hiện quy định về những điều đảng viên không được làm",
            "- Đối tượng: Đảng viên là cán bộ, công chức xã.\n- Thời gian: Tháng 8 và tháng 9/2027.\n- Chủ thể: Ban Thường vụ Đảng ủy.",
            "B. CỦA ỦY BAN KIỂM TRA ĐẢNG ỦY",
            "3. Kiểm tra tài chính đảng năm 2026",
            "- Đối tượng: Văn phòng Đảng ủy; Chi bộ Trường Tiểu học Tân Thạnh.\n- Thời gian: Tháng 3/2027.\n- Lực lượng: Ủy ban Kiểm tra Đảng ủy.",
            "4. Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của chi bộ",
            "- Đối tượng: Chi bộ Công an xã, Chi bộ Trạm Y tế xã.\n- Thời gian: Quý III/2027.\n- Lực lượng: Ủy ban Kiểm tra Đảng ủy.",
            "5. Kiểm tra khi tổ chức đảng, đảng viên có dấu hiệu vi phạm",
            "- Thời gian: Khi phát hiện dấu hiệu vi phạm.\n- Lực lượng: Ủy ban Kiểm tra Đảng ủy.",
            "6. Giải quyết tố cáo, khiếu nại kỷ luật đảng",
            "- Thời gian: Thường xuyên, theo quy định.\n- Lực lượng: Ủy ban Kiểm tra Đảng ủy.",
            "C. CỦA CÁC CHI BỘ TRỰC THUỘC",
            "7. Mỗi chi bộ tiến hành kiểm tra ít nhất 01 đảng viên, giám sát ít nhất 01 đảng viên; gửi báo cáo kết quả về Ủy ban Kiểm tra Đảng ủy trước ngày 05/12/2027.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng Đảng ủy phối hợp Ủy ban Kiểm tra Đảng ủy tham mưu Ban Thường vụ sơ kết 6 tháng thực hiện Chương trình, hoàn thành trước ngày 20/6/2027.",
            "2. Các đồng chí Đảng ủy viên phụ trách chi bộ có trách nhiệm theo dõi, chỉ đạo việc thực hiện Chương trình ở chi bộ mình phụ trách.",
            "Nơi nhận:\n- Ủy ban Kiểm tra Tỉnh ủy;\n- Các chi bộ trực thuộc;\n- Lưu Văn phòng Đảng ủy.",
            "T/M ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nLâm Văn Tường",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h200
def h200_docx(h, path: Path) -> None:
    """A water company's dry-season plan whose task table runs over two pages (scanned later): a
    section row per area, a `Đơn vị phối hợp` column, a `Tình hình` column of progress notes."""
    from docx.shared import Pt

    document = _document(13)
    h.national_header(
        document,
        ["CÔNG TY CỔ PHẦN CẤP NƯỚC", "NINH HẢI", "Số: 77/KH-CNNH"],
        "Ninh Hải, ngày 20 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Bảo đảm cấp nước an toàn mùa khô năm 2027",
            "Dự báo mùa khô năm 2027 nắng nóng kéo dài, mực nước hồ Sông Cạn xuống thấp. Để bảo đảm cấp nước liên tục cho khách hàng, Công ty xây dựng kế hoạch với các nội dung cụ thể như sau:",
            "Các nhiệm vụ cụ thể:",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn"],
        [0.45, 2.9, 1.35, 1.35, 1.05],
    )
    h.repeat_header_row(table.rows[0])

    def section(text: str) -> None:
        h.full_width_row(table, text)

    section("I. NGUỒN NƯỚC")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Nạo vét cửa thu nước trạm bơm Sông Cạn, lắp đặt thêm 02 máy bơm dã chiến dự phòng khi mực nước xuống dưới cao trình thiết kế",
                "Xí nghiệp Sản xuất nước",
                "Phòng Kỹ thuật",
                "15/4/2027",
            ],
            [
                "2",
                "Quan trắc mực nước, độ mặn tại cửa thu nước hai lần mỗi ngày, cập nhật lên nhóm điều hành",
                "Xí nghiệp Sản xuất nước",
                "",
                "Hằng ngày",
            ],
            [
                "3",
                "Làm việc với Công ty TNHH MTV Khai thác thủy lợi tỉnh về lịch xả nước hồ Sông Cạn",
                "Ban Giám đốc",
                "Phòng Kế hoạch - Kinh doanh",
                "Tháng 4/2027",
            ],
        ],
    )
    section("II. MẠNG LƯỚI VÀ KHÁCH HÀNG")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Điều tiết áp lực mạng lưới theo khung giờ, ưu tiên cấp nước cho bệnh viện, trường học và khu dân cư cuối nguồn",
                "Phòng Điều độ mạng",
                "Các chi nhánh cấp nước",
                "Thường xuyên trong mùa khô",
            ],
            [
                "5",
                "Chuẩn bị 04 xe bồn chở nước cấp miễn phí cho các khu vực bị gián đoạn cấp nước",
                "Đội Xe - Máy",
                "Chi nhánh Phước Hậu; Chi nhánh Tân Sơn",
                "Trước ngày 30/4/2027",
            ],
            [
                "6",
                "Kiểm tra, sửa chữa rò rỉ trên tuyến ống D300 đường Trần Phú - Lê Lợi",
                "Đội Quản lý mạng lưới",
                "Phòng Kỹ thuật",
                "Tháng 4 - tháng 5/2027",
            ],
            [
                "7",
                "Thông báo lịch cấp nước luân phiên trên website, Zalo OA của Công ty và loa truyền thanh các phường",
                "Phòng Kế hoạch - Kinh doanh",
                "UBND các phường",
                "Trước 03 ngày khi áp dụng lịch",
            ],
        ],
    )
    section("III. CHẾ ĐỘ BÁO CÁO")
    _rows(
        h,
        table,
        [
            [
                "8",
                "Báo cáo tình hình cấp nước, sự cố và biện pháp xử lý về Ban Giám đốc (qua Phòng Điều độ mạng)",
                "Các chi nhánh cấp nước",
                "",
                "16 giờ thứ Sáu hằng tuần",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Kế hoạch này thay thế Kế hoạch số 61/KH-CNNH ngày 15/3/2026. Trong quá trình thực hiện, nếu có phát sinh, các đơn vị báo cáo Tổng Giám đốc (qua Phòng Điều độ mạng) để xem xét, điều chỉnh./.",
            "Nơi nhận:\n- HĐQT Công ty (b/c);\n- Sở Xây dựng (b/c);\n- Các đơn vị trực thuộc;\n- Lưu: VT, ĐĐM.",
            "TỔNG GIÁM ĐỐC\n(đã ký)\nTrương Công Hậu",
        ],
    )
    for table_ in document.tables:
        for row in table_.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.space_after = Pt(6)
                    for run in paragraph.runs:
                        run.font.size = Pt(13)
    document.save(path)


def rasterise_turned(pdf: Path, target: Path, angle: float = -1.1, scale: float = 200 / 72) -> None:
    """An image-only PDF of every page of `pdf` at about 200 dpi, turned by `angle` degrees (a
    page laid crooked on the glass), a little grey noise and thresholded, as a copier scans."""
    import random

    import pypdfium2
    from PIL import Image

    noise = random.Random(193)
    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        page = document[index].render(scale=scale).to_pil().convert("L")
        page = page.rotate(angle + 0.3 * index, expand=False, fillcolor=255, resample=Image.BILINEAR)
        pixels = page.load()
        width, height = page.size
        for _ in range(width * height // 1500):
            pixels[noise.randrange(width), noise.randrange(height)] = noise.randrange(60, 200)
        pages.append(page.point(lambda value: 255 if value > 160 else 0).convert("1"))
    first, rest = pages[0], pages[1:]
    first.save(target, "PDF", resolution=72 * scale, save_all=True, append_images=rest)


# -------------------------------------------------------------------------------------------- h201
def h201(h, path: Path) -> None:
    """A commune's decision appendix assigning 2027 indicators: group rows, the responsible unit
    merged down over its indicators, base and target number columns, a coordinating column, an
    evaluation-time column, and a total row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phu luc"
    h.sheet_title_rows(
        sheet,
        [
            "UBND XÃ PHƯỚC VINH",
            "PHỤ LỤC: GIAO CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2027 CHO CÁC PHÒNG, ĐƠN VỊ",
            "(Kèm theo Quyết định số 25/QĐ-UBND ngày 06 tháng 01 năm 2027 của UBND xã Phước Vinh)",
            "",
        ],
        8,
    )
    h.xlsx_header(
        sheet,
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Ước thực hiện 2026",
            "Kế hoạch giao 2027",
            "Đơn vị chịu trách nhiệm",
            "Đơn vị phối hợp",
            "Thời điểm đánh giá",
        ],
    )
    top = sheet.max_row + 1
    rows = [
        ["A", "CHỈ TIÊU KINH TẾ", None, None, None, None, None, None],
        [
            1,
            "Tổng thu ngân sách nhà nước trên địa bàn",
            "Triệu đồng",
            48500,
            52000,
            "Phòng Kinh tế",
            "Thuế cơ sở Phước Vinh",
            "31/12/2027",
        ],
        [
            2,
            "Diện tích cây ăn quả áp dụng quy trình VietGAP",
            "ha",
            120,
            150,
            None,
            "Trung tâm Dịch vụ nông nghiệp xã",
            "Tháng 10/2027",
        ],
        [3, "Số sản phẩm OCOP được công nhận mới", "Sản phẩm", 2, 3, None, "Hội Nông dân xã", "Quý III/2027"],
        ["B", "CHỈ TIÊU XÃ HỘI", None, None, None, None, None, None],
        [
            4,
            "Tỷ lệ hộ nghèo giảm so với đầu năm",
            "%",
            1.2,
            1.0,
            "Phòng Văn hóa - Xã hội",
            "Mặt trận Tổ quốc xã",
            "31/12/2027",
        ],
        [
            5,
            "Tỷ lệ người dân tham gia bảo hiểm y tế",
            "%",
            93.5,
            95.0,
            None,
            "Bảo hiểm xã hội khu vực; Trạm Y tế xã",
            "31/12/2027",
        ],
        [6, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", 96, 97, "Trạm Y tế xã", None, "Hằng quý"],
        ["C", "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH", None, None, None, None, None, None],
        [
            7,
            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
            "%",
            98.6,
            100,
            "Trung tâm Phục vụ hành chính công xã",
            "Các phòng chuyên môn",
            "Hằng tháng",
        ],
        [
            8,
            "Tỷ lệ hồ sơ nộp trực tuyến toàn trình",
            "%",
            45,
            60,
            None,
            "Văn phòng HĐND và UBND xã",
            "31/12/2027",
        ],
        [None, "Tổng số chỉ tiêu giao: 08", None, None, None, None, None, None],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("A", "B", "C"):
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    # the responsible unit printed once, merged down over its indicators
    sheet.merge_cells(start_row=top + 1, start_column=6, end_row=top + 3, end_column=6)
    sheet.merge_cells(start_row=top + 5, start_column=6, end_row=top + 6, end_column=6)
    sheet.merge_cells(start_row=top + 9, start_column=6, end_row=top + 10, end_column=6)
    for column, width in zip("ABCDEFGH", [5, 48, 11, 12, 12, 26, 30, 16], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=top - 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    last = sheet.max_row + 2
    sheet.cell(last, 6, "TM. ỦY BAN NHÂN DÂN")
    sheet.cell(last + 1, 6, "CHỦ TỊCH")
    sheet.cell(last + 2, 6, "Phan Thị Mỹ Dung")
    workbook.save(path)


def batch_h193() -> None:
    """Writes h193–h202's binaries (the .txt and .html are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h193(h, _out("h193_kh_thang_phong_ban_qlda_nguoi_thuc_hien.docx"))
    h194(h, _out("h194_ctr_bcd_389_tinh_hai_sheet.xlsx"))
    h198(h, _out("h198_kh_trien_khai_thong_tu_bo_phu_luc.docx"))
    h201(h, DOCS / "h201_qd_giao_chi_tieu_xa_don_vi_gop.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h195_docx, "h195_ctr_nam_ubnd_tinh_nhom_thang.docx", "pdf"),
                (h196_docx, "h196_tb_ket_luan_xa_giao_de_nghi.docx", "doc"),
                (h199_docx, "h199_ctr_kiem_tra_giam_sat_dang_uy_xa.docx", "odt"),
            ],
            _out,
        )
        name = "h200_kh_mua_kho_cap_nuoc_ban_quet_hai_trang"
        h200_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        rasterise_turned(tmp / f"{name}.pdf", DOCS / f"{name}.pdf")


if __name__ == "__main__":
    batch_h193()
