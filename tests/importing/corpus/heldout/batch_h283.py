"""Writes the binaries of the held-out documents h283–h292 (helper h13author25).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h283`.
Every text below is own-authored (other names, units, places, dates and tasks) in how a province's
People's Committee, a ministry, provincial departments, a ward Party committee, communes and wards
after the 2025 two-level reform, a district before it and a school commonly produce the documents an
office receives from above or sends down; no third-party text is stored. The .html document of the
batch is written by hand and lives beside the output. Like `make_docs.py` this writes **only the
documents**: their expected items (`expected/`) were written by hand from the document text before
the importer was first run on them. The writer helpers (national header, grid tables, full-width rows,
merging, LibreOffice conversion, rasterising) are `make_docs.py`'s. The .doc, .xls, .rtf, .odt and
the PDFs need LibreOffice (`soffice`); their bytes differ run to run, so regenerate only on purpose.
Conversions run one after another (never in parallel).
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
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
    "h287_tbkl_chu_tich_phuong_ngay_lam_viec",  # h13fixLE
    "h290_so_theo_doi_ubnd_huyen_gia_han_nhieu_kieu",  # h13fixKU
    "h286_ctct_so_dan_toc_ton_giao_cot_thang_so",  # h13fixKT
    "h291_kh_hoc_ky_thcs_thang_gop_sang_nam",  # h13fixLF
    "h288_ctr_dang_uy_phuong_quy_btv_bch",  # lead (h13 lead2)
    "h284_qd_ubnd_tinh_phu_luc_theo_so_nganh_ban_quet",  # h13fixQO
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# ---------------------------------------------------------------------------------------- h283/h284
def h283(h, path: Path) -> None:
    """A province People's Committee's decision issuing a plan, with **an appendix of tasks per
    department**: section rows naming the department (upper case, roman numbers), tasks numbered
    again from 1 in each, a two-stage time `Dự thảo: …; trình: …`, `Tháng 10 hằng năm`, `2027 -
    2030`, a section of every commune and ward; `Điều 2` gives a yearly follow-up duty. h284 is the
    same decision as printed, signed and scanned at 150 dpi."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ LÂM", "Số: 1873/QĐ-UBND"],
        "Hà Lâm, ngày 26 tháng 7 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch thực hiện Nghị quyết số 14/NQ-HĐND ngày 09/7/2027 của Hội đồng nhân dân tỉnh về phát triển hạ tầng số và kinh tế số tỉnh Hà Lâm đến năm 2030",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ LÂM",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Nghị quyết số 14/NQ-HĐND ngày 09/7/2027 của Hội đồng nhân dân tỉnh;",
            "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 402/TTr-SKHCN ngày 18/7/2027.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 14/NQ-HĐND ngày 09/7/2027 của Hội đồng nhân dân tỉnh và Phụ lục phân công nhiệm vụ cụ thể cho các sở, ngành, địa phương.",
            "Điều 2. Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: Như Điều 3; Thường trực Tỉnh ủy; Thường trực HĐND tỉnh; Lưu: VT, KGVX.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Vương Đình Khải",
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "PHÂN CÔNG NHIỆM VỤ CỤ THỂ CHO CÁC SỞ, NGÀNH, ĐỊA PHƯƠNG",
            "(Kèm theo Quyết định số 1873/QĐ-UBND ngày 26/7/2027 của Chủ tịch UBND tỉnh)",
        ],
    )
    # the appendix starts a page of its own
    next(p for p in document.paragraphs if p.text == "PHỤ LỤC").paragraph_format.page_break_before = True
    table = h.grid_table(
        document,
        ["TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
        [0.5, 3.4, 1.6, 1.3],
    )
    h.full_width_row(table, "I. SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Xây dựng Đề án phát triển hạ tầng số tỉnh Hà Lâm giai đoạn 2027 - 2030, trình UBND tỉnh phê duyệt",
                "Sở Tài chính; Viễn thông Hà Lâm",
                "Dự thảo: Quý III/2027; trình: Tháng 12/2027",
            ],
            [
                "2",
                "Đưa vào vận hành Nền tảng dữ liệu dùng chung của tỉnh, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
                "Công an tỉnh",
                "Trước 31/10/2027",
            ],
            [
                "3",
                "Tổ chức Ngày hội chuyển đổi số tỉnh Hà Lâm",
                "Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn",
                "Tháng 10 hằng năm",
            ],
        ],
    )
    h.full_width_row(table, "II. SỞ TÀI CHÍNH")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh năm 2028",
                "Sở Khoa học và Công nghệ",
                "Tháng 11/2027",
            ],
            [
                "2",
                "Hướng dẫn các xã, phường lồng ghép nguồn vốn các chương trình mục tiêu quốc gia để đầu tư hạ tầng số ở thôn, bản",
                "UBND các xã, phường",
                "Quý IV/2027",
            ],
        ],
    )
    h.full_width_row(table, "III. SỞ NỘI VỤ")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Rà soát, bổ sung vị trí việc làm chuyên trách công nghệ thông tin tại các sở, ngành và UBND các xã, phường",
                "Các sở, ngành; UBND các xã, phường",
                "Năm 2028",
            ],
            [
                "2",
                "Đưa tiêu chí kết quả chuyển đổi số vào đánh giá, xếp loại thi đua của các cơ quan, đơn vị",
                "Sở Khoa học và Công nghệ",
                "Tháng 9/2027",
            ],
        ],
    )
    h.full_width_row(table, "IV. UBND CÁC XÃ, PHƯỜNG")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Thành lập, duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố",
                "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ cấp xã",
                "2027 - 2030",
            ],
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h285
def h285_docx(h, path: Path) -> None:
    """A ministry's yearly plan whose task table is **grouped by objective rows** (`Mục tiêu 1: …`,
    each printing a target `đến năm 2030`), tasks coded `1.1`…, a **`Sản phẩm` column** (a circular,
    a decision, a report, classes) beside the lead, the partners and `Thời gian hoàn thành`; a
    closing report duty in `TỔ CHỨC THỰC HIỆN`."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["BỘ TƯ PHÁP", "Số: 615/KH-BTP"],
        "Hà Nội, ngày 22 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thực hiện công tác trợ giúp pháp lý năm 2028",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Cụ thể hóa các nhiệm vụ năm 2028 để thực hiện Chiến lược phát triển trợ giúp pháp lý đến năm 2030; xác định rõ sản phẩm, đơn vị chủ trì và thời hạn hoàn thành.",
            "II. NHIỆM VỤ VÀ SẢN PHẨM",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nhiệm vụ", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        [0.4, 3.0, 1.7, 1.5, 1.8, 1.1],
    )
    h.full_width_row(
        table,
        "Mục tiêu 1: Hoàn thiện thể chế về trợ giúp pháp lý (đến năm 2030, 100% văn bản hướng dẫn được rà soát, cập nhật)",
    )
    _rows(
        h,
        table,
        [
            [
                "1.1",
                "Xây dựng Thông tư sửa đổi, bổ sung một số điều của Thông tư hướng dẫn thực hiện hoạt động trợ giúp pháp lý",
                "Thông tư của Bộ trưởng Bộ Tư pháp",
                "Cục Trợ giúp pháp lý",
                "Vụ Pháp luật; Văn phòng Bộ",
                "Tháng 10/2028",
            ],
            [
                "1.2",
                "Tổng kết 05 năm thi hành Luật Trợ giúp pháp lý",
                "Báo cáo của Bộ trình Chính phủ",
                "Cục Trợ giúp pháp lý",
                "Các Sở Tư pháp",
                "Quý II/2028",
            ],
        ],
    )
    h.full_width_row(
        table,
        "Mục tiêu 2: Nâng cao chất lượng đội ngũ người thực hiện trợ giúp pháp lý (đến năm 2030, 100% trợ giúp viên được bồi dưỡng kỹ năng)",
    )
    _rows(
        h,
        table,
        [
            [
                "2.1",
                "Tổ chức các lớp bồi dưỡng kỹ năng tham gia tố tụng cho trợ giúp viên pháp lý",
                "04 lớp; tài liệu bồi dưỡng",
                "Học viện Tư pháp",
                "Cục Trợ giúp pháp lý",
                "Quý II - Quý III/2028",
            ],
            [
                "2.2",
                "Ban hành Bộ tiêu chí đánh giá chất lượng vụ việc trợ giúp pháp lý",
                "Quyết định của Bộ trưởng",
                "Cục Trợ giúp pháp lý",
                "Thanh tra Bộ",
                "30/11/2028",
            ],
        ],
    )
    h.full_width_row(
        table,
        "Mục tiêu 3: Chuyển đổi số hoạt động trợ giúp pháp lý (đến năm 2030, 100% vụ việc được quản lý trên cơ sở dữ liệu)",
    )
    _rows(
        h,
        table,
        [
            [
                "3.1",
                "Nâng cấp Cơ sở dữ liệu trợ giúp pháp lý, kết nối với Cổng Dịch vụ công quốc gia",
                "Phần mềm được nâng cấp, vận hành",
                "Cục Công nghệ thông tin",
                "Cục Trợ giúp pháp lý",
                "Năm 2028",
            ],
            [
                "3.2",
                "Cập nhật đầy đủ thông tin vụ việc trợ giúp pháp lý lên Cơ sở dữ liệu",
                "Dữ liệu vụ việc được cập nhật",
                "Các Trung tâm Trợ giúp pháp lý nhà nước",
                "Các Sở Tư pháp",
                "Thường xuyên",
            ],
            [
                "3.3",
                "Tổ chức Hội nghị trực tuyến sơ kết thí điểm tiếp nhận yêu cầu trợ giúp pháp lý qua ứng dụng di động",
                "Báo cáo sơ kết",
                "Cục Trợ giúp pháp lý",
                "Cục Công nghệ thông tin; Văn phòng Bộ",
                "Tháng 12/2028",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "III. KINH PHÍ",
            "Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước giao trong dự toán năm 2028 của các đơn vị.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các đơn vị được giao chủ trì chủ động xây dựng kế hoạch chi tiết, bảo đảm tiến độ và chất lượng sản phẩm.",
            "2. Cục Trợ giúp pháp lý theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 10/12/2028.",
            "Nơi nhận: Bộ trưởng (để b/c); Các Thứ trưởng; Các đơn vị thuộc Bộ; Sở Tư pháp các tỉnh, thành phố; Lưu: VT, TGPL.",
            "KT. BỘ TRƯỞNG",
            "THỨ TRƯỞNG",
            "Trịnh Quang Minh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h286
def h286_xlsx(h, path: Path) -> None:
    """A provincial Department of Ethnic Minorities and Religions' yearly programme (saved as .xls):
    **twelve month columns whose header is the number cells `1`…`12`** under a merged `Thời gian
    thực hiện (tháng)`, marked `x` or `X` (not always contiguous), the year only in the title
    (2028: February has 29 days), a row marked in every month, a row with no mark and a note."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "CTCT 2028"
    width = 17
    for line in [
        "UBND TỈNH HÀ LÂM",
        "SỞ DÂN TỘC VÀ TÔN GIÁO",
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
        "(Kèm theo Quyết định số 09/QĐ-SDTTG ngày 05/01/2028 của Giám đốc Sở)",
    ]:
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
        sheet.cell(sheet.max_row, 1).alignment = Alignment(horizontal="center")
    sheet.append([])
    head = (
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện (tháng)"]
        + [None] * 11
        + ["Ghi chú"]
    )
    sheet.append(head)
    top = sheet.max_row
    sheet.append([None, None, None, None, *list(range(1, 13)), None])
    for column in (1, 2, 3, 4, 17):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=16)
    for row in (top, top + 1):
        for cell in sheet[row]:
            cell.font = Font(bold=True)

    def marks(months, mark="x"):
        return [mark if month in months else None for month in range(1, 13)]

    rows = [
        ["I", "CÔNG TÁC THAM MƯU", None, None] + [None] * 12 + [None],
        [
            1,
            "Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số năm 2028",
            "Phòng Chính sách dân tộc",
            "Sở Tài chính; Sở Nông nghiệp và Môi trường",
            *marks({1, 2}),
            None,
        ],
        [
            2,
            "Tổ chức gặp mặt, chúc Tết người có uy tín trong đồng bào dân tộc thiểu số",
            "Văn phòng Sở",
            "UBND các xã vùng đồng bào dân tộc thiểu số",
            *marks({1}),
            "Trước Tết Nguyên đán",
        ],
        [
            3,
            "Báo cáo tình hình tôn giáo, tín ngưỡng trên địa bàn tỉnh gửi Ban Tôn giáo Chính phủ",
            "Phòng Quản lý tôn giáo",
            None,
            *marks({3, 6, 9, 12}),
            "Báo cáo quý",
        ],
        ["II", "CÔNG TÁC CHUYÊN MÔN, NGHIỆP VỤ", None, None] + [None] * 12 + [None],
        [
            4,
            "Kiểm tra việc thực hiện chính sách đối với người có uy tín tại các xã",
            "Thanh tra Sở",
            "Phòng Chính sách dân tộc",
            *marks({5, 6}),
            None,
        ],
        [
            5,
            "Tập huấn nghiệp vụ công tác dân tộc, tôn giáo cho công chức cấp xã",
            "Phòng Quản lý tôn giáo",
            "Phòng Chính sách dân tộc",
            *marks({7, 8}, "X"),
            "02 lớp",
        ],
        [
            6,
            "Xây dựng dự toán ngân sách năm 2029 của Sở",
            "Văn phòng Sở",
            "Các phòng thuộc Sở",
            *marks({7}),
            "Gửi Sở Tài chính",
        ],
        [
            7,
            "Theo dõi, nắm tình hình hoạt động của các tổ chức tôn giáo, điểm nhóm sinh hoạt tôn giáo tập trung",
            "Phòng Quản lý tôn giáo",
            "Công an tỉnh",
            *marks(set(range(1, 13))),
            None,
        ],
        [
            8,
            "Tham mưu sơ kết 03 năm thực hiện Đề án bảo tồn văn hóa truyền thống các dân tộc thiểu số",
            "Phòng Chính sách dân tộc",
            "Sở Văn hóa, Thể thao và Du lịch",
            *marks(set()),
            "Theo chỉ đạo của UBND tỉnh",
        ],
        [
            9,
            "Tổng kết công tác năm 2028, xây dựng Chương trình công tác năm 2029",
            "Văn phòng Sở",
            "Các phòng thuộc Sở",
            *marks({12}),
            None,
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("I", "II"):
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=width
            )
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    sheet.append([])
    sheet.append(
        ["Ghi chú: Đánh dấu “x” vào tháng thực hiện; tháng có đánh dấu cuối cùng là tháng phải hoàn thành."]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append(["Tổng số: 09 nhiệm vụ"])
    sheet.append([])
    sheet.append([None, None, None, None, None, None, None, None, None, None, None, None, "GIÁM ĐỐC"])
    sheet.append([None, None, None, None, None, None, None, None, None, None, None, None, "Hà Văn Tuấn"])
    sheet.column_dimensions["A"].width = 5
    sheet.column_dimensions["B"].width = 55
    sheet.column_dimensions["C"].width = 24
    sheet.column_dimensions["D"].width = 26
    for index in range(5, 17):
        sheet.column_dimensions[get_column_letter(index)].width = 4
    sheet.column_dimensions["Q"].width = 22
    _wrap(sheet, top + 2)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h287
def h287_docx(h, path: Path) -> None:
    """A ward chairman's conclusions at a meeting on site clearance (printed to a text PDF): `Giao
    <body> …` sentences, **a due in working days from the meeting** (Thursday 04/11/2027 → Thursday
    11/11), a date without a year, `ngay trong tháng 11/2027`, one paragraph assigning two bodies
    two dues (split at `;`), an approval, a request answered `không xem xét`, a follow-up without a
    time, a page break inside the list."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG NAM THÀNH", "Số: 214/TB-UBND"],
        "Nam Thành, ngày 05 tháng 11 năm 2027",
    )
    paragraphs = [
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND phường tại cuộc họp về công tác bồi thường, giải phóng mặt bằng Dự án mở rộng đường Lê Hữu Trác",
        "Chiều thứ Năm, ngày 04/11/2027, đồng chí Lâm Thị Hồng Vân, Chủ tịch UBND phường chủ trì cuộc họp về công tác bồi thường, giải phóng mặt bằng Dự án mở rộng đường Lê Hữu Trác. Tham dự có đại diện Ban Quản lý dự án đầu tư xây dựng khu vực Nam Thành, Chi nhánh Văn phòng đăng ký đất đai, các phòng chuyên môn và Trưởng các tổ dân phố 4, 5, 7. Sau khi nghe báo cáo và ý kiến thảo luận, Chủ tịch UBND phường kết luận như sau:",
        "1. Đến nay đã thu hồi được 41/56 hộ, đạt 73%; còn 15 hộ chưa bàn giao mặt bằng, trong đó 6 hộ chưa nhận tiền bồi thường. Chủ tịch UBND phường ghi nhận sự nỗ lực của Tổ công tác giải phóng mặt bằng.",
        "2. Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Chi nhánh Văn phòng đăng ký đất đai hoàn thành việc xác định nguồn gốc đất của 9 thửa đất còn vướng mắc trong 05 ngày làm việc kể từ ngày họp.",
        "3. Giao Ban Quản lý dự án đầu tư xây dựng khu vực Nam Thành lập phương án bồi thường bổ sung cho 6 hộ, trình Hội đồng bồi thường thẩm định trước ngày 20/11.",
        "4. Thống nhất chủ trương bố trí tạm cư cho 02 hộ tại khu nhà tạm tổ dân phố 7 trong thời gian chờ giao đất tái định cư.",
        "5. Giao Văn phòng HĐND và UBND phường tổ chức đối thoại với các hộ chưa đồng thuận; Công an phường bảo đảm an ninh, trật tự tại buổi đối thoại; hoàn thành ngay trong tháng 11/2027.",
        "6. Giao Phòng Văn hóa - Xã hội phối hợp với Ủy ban MTTQ Việt Nam phường vận động các hộ bàn giao mặt bằng; báo cáo kết quả tại cuộc giao ban thứ Hai hằng tuần.",
        "7. Đối với kiến nghị của hộ ông Đinh Văn Sáu về bồi thường cây lâu năm theo đơn giá năm 2028: không xem xét, thực hiện theo đơn giá đã được phê duyệt.",
        "8. Giao Tổ công tác giải phóng mặt bằng phường hoàn thành bàn giao toàn bộ mặt bằng cho chủ đầu tư chậm nhất ngày 15/12/2027.",
        "9. Giao Văn phòng HĐND và UBND phường theo dõi, đôn đốc việc thực hiện các nội dung kết luận này.",
        "Văn phòng HĐND và UBND phường thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        "Nơi nhận: Thường trực Đảng ủy phường; Chủ tịch, các PCT UBND phường; Các cơ quan, đơn vị dự họp; Lưu: VT.",
        "TL. CHỦ TỊCH",
        "CHÁNH VĂN PHÒNG",
        "Bùi Quốc Khánh",
    ]
    for text in paragraphs:
        if text.startswith("6. "):
            document.add_page_break()
        document.add_paragraph(text)
    document.save(path)


# -------------------------------------------------------------------------------------------- h288
def h288_docx(h, path: Path) -> None:
    """A ward Party committee's yearly work programme (saved as .rtf): four **quarter columns marked
    `BTV` or `BCH`** (the body that considers the matter, explained in a legend, not a unit), the
    preparing body in `Cơ quan chuẩn bị`, a row marked in every quarter by `Các cơ quan liên quan`,
    a regular-conference line (no item) and a closing monthly duty."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["ĐẢNG BỘ PHƯỜNG ĐÔNG HÒA", "BAN CHẤP HÀNH", "*", "Số 18-CTr/ĐU"],
        "ĐẢNG CỘNG SẢN VIỆT NAM — Đông Hòa, ngày 10 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH",
            "làm việc năm 2028 của Ban Chấp hành, Ban Thường vụ Đảng ủy phường",
            "I. NGUYÊN TẮC LÀM VIỆC",
            "Ban Chấp hành Đảng bộ phường họp thường kỳ 03 tháng một lần; Ban Thường vụ họp thường kỳ mỗi tháng một lần vào tuần đầu tháng. Hội nghị bất thường được triệu tập khi cần thiết.",
            "II. NỘI DUNG CHƯƠNG TRÌNH",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung", "Cơ quan chuẩn bị", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [0.4, 4.2, 1.9, 0.6, 0.6, 0.6, 0.6],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2027",
                "Ban Xây dựng Đảng",
                "BTV",
                "",
                "",
                "",
            ],
            [
                "2",
                "Nghị quyết chuyên đề về chỉnh trang đô thị, trật tự vỉa hè giai đoạn 2028 - 2030",
                "UBND phường",
                "",
                "BTV",
                "BCH",
                "",
            ],
            [
                "3",
                "Báo cáo sơ kết 6 tháng thực hiện Nghị quyết Đại hội Đảng bộ phường; nhiệm vụ 6 tháng cuối năm",
                "Văn phòng Đảng ủy",
                "",
                "BCH",
                "",
                "",
            ],
            [
                "4",
                "Lãnh đạo kỳ họp thường lệ của HĐND phường",
                "Thường trực HĐND phường",
                "",
                "BTV",
                "",
                "BTV",
            ],
            [
                "5",
                "Sơ kết công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở",
                "Ủy ban MTTQ Việt Nam phường",
                "",
                "",
                "BTV",
                "",
            ],
            [
                "6",
                "Chương trình kiểm tra, giám sát năm 2029 của Đảng ủy phường",
                "Ủy ban Kiểm tra Đảng ủy phường",
                "",
                "",
                "",
                "BCH",
            ],
            [
                "7",
                "Cho ý kiến các đề án, báo cáo khác theo đề nghị",
                "Các cơ quan liên quan",
                "BTV",
                "BTV",
                "BTV",
                "BTV",
            ],
            [
                "8",
                "Tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2028; phương hướng, nhiệm vụ năm 2029",
                "Văn phòng Đảng ủy",
                "",
                "",
                "",
                "BCH",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: BCH - Ban Chấp hành Đảng bộ phường cho ý kiến; BTV - Ban Thường vụ Đảng ủy phường cho ý kiến.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Văn phòng Đảng ủy cụ thể hóa Chương trình thành chương trình công tác tháng, trình Thường trực Đảng ủy trước ngày 25 hằng tháng.",
            "Nơi nhận: Các đồng chí Đảng ủy viên; Các chi bộ trực thuộc; Lưu Văn phòng Đảng ủy.",
            "T/M ĐẢNG ỦY",
            "BÍ THƯ",
            "Nông Thị Thu Hà",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h289
def h289(h, path: Path) -> None:
    """A commune People's Committee's weekly calendar (.docx): the day cell (`Thứ Hai` / `15/11`)
    **merged down over its Sáng and Chiều rows**, a `Chủ trì` column of leaders, **the preparing unit
    only in a parenthesis inside the content** (`(Phòng Kinh tế chuẩn bị)`), a **Saturday and Sunday
    merged into one cell** over a two-day field check, an entry moved from another day, a
    `làm việc tại cơ quan` line and a weekend duty line (no items)."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND XÃ PHÚ THƯỢNG", "VĂN PHÒNG HĐND VÀ UBND"],
        "Phú Thượng, ngày 12 tháng 11 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND XÃ",
            "Tuần 46 (từ ngày 15/11 đến ngày 21/11/2027)",
        ],
    )
    table = h.grid_table(
        document,
        ["Ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm"],
        [1.0, 0.6, 3.6, 1.4, 1.8, 1.2],
    )
    entries = [
        (
            "Thứ Hai\n15/11",
            "Sáng",
            "08h00: Chào cờ đầu tuần; giao ban Lãnh đạo UBND xã (Văn phòng HĐND và UBND xã chuẩn bị)",
            "Chủ tịch UBND xã",
            "Các PCT; trưởng các phòng",
            "Hội trường UBND",
        ),
        (
            "",
            "Chiều",
            "14h00: Làm việc với Hợp tác xã nông nghiệp Phú Thượng về kế hoạch sản xuất vụ Đông Xuân 2027 - 2028 (Phòng Kinh tế chuẩn bị)",
            "PCT Hà Minh Đức",
            "Phòng Kinh tế; HTX",
            "Phòng họp 2",
        ),
        ("Thứ Ba\n16/11", "Sáng", "Lãnh đạo UBND xã làm việc tại cơ quan", "", "", ""),
        (
            "",
            "Chiều",
            "14h00: Họp Hội đồng tư vấn xét duyệt hồ sơ hỗ trợ nhà ở cho hộ nghèo (Phòng Văn hóa - Xã hội chuẩn bị)",
            "PCT Đào Thị Nhàn",
            "Thành viên Hội đồng",
            "Phòng họp 2",
        ),
        (
            "Thứ Tư\n17/11",
            "Sáng",
            "07h30: Tiếp công dân định kỳ",
            "Chủ tịch UBND xã",
            "Ban Tiếp công dân; Thanh tra",
            "Trụ sở tiếp công dân",
        ),
        (
            "",
            "Chiều",
            "15h00: Nghe báo cáo tiến độ thu ngân sách, giải ngân vốn đầu tư công 10 tháng (Phòng Kinh tế chuẩn bị; dời từ chiều thứ Hai)",
            "Chủ tịch UBND xã",
            "Phòng Kinh tế; Kho bạc",
            "Phòng họp 1",
        ),
        (
            "Thứ Năm\n18/11",
            "Cả ngày",
            "Hội nghị kỷ niệm Ngày Nhà giáo Việt Nam 20/11, khen thưởng giáo viên tiêu biểu năm học 2026 - 2027 (Phòng Văn hóa - Xã hội chuẩn bị)",
            "PCT Đào Thị Nhàn",
            "Đại diện các trường học",
            "Trường THCS Phú Thượng",
        ),
        (
            "Thứ Sáu\n19/11",
            "Sáng",
            "08h00: Họp Ban Chỉ huy Quân sự xã triển khai công tác tuyển quân năm 2028 (Ban Chỉ huy Quân sự xã chuẩn bị)",
            "Chủ tịch UBND xã",
            "Thành viên Hội đồng nghĩa vụ quân sự",
            "Phòng họp 1",
        ),
        (
            "",
            "Chiều",
            "14h00: Duyệt dự thảo báo cáo kinh tế - xã hội năm 2027 trình kỳ họp HĐND xã (Văn phòng HĐND và UBND xã chuẩn bị)",
            "Chủ tịch UBND xã",
            "Các PCT; trưởng các phòng",
            "Phòng họp 1",
        ),
        (
            "Thứ Bảy, Chủ nhật\n20 - 21/11",
            "",
            "Kiểm tra thực địa các điểm có nguy cơ sạt lở dọc suối Nậm Hoa (Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã chuẩn bị)",
            "PCT Hà Minh Đức",
            "Phòng Kinh tế; Công an xã",
            "Thôn Nà Hoa, Bản Cưởm",
        ),
    ]
    first = len(table.rows)
    for entry in entries:
        h.fill_row(table, list(entry))
    # days printed once, merged down over their Sáng and Chiều rows
    row = first
    spans = []
    for entry in entries:
        if entry[0]:
            spans.append([row, row])
        else:
            spans[-1][1] = row
        row += 1
    for start, end in spans:
        if end > start:
            h.merge_down(table, 0, start, end, entries[start - first][0])
    h.docx_paragraphs(
        document,
        [
            "Trực lãnh đạo thứ Bảy, Chủ nhật: PCT Hà Minh Đức (SĐT: 0912 xxx 468).",
            "Lịch công tác có thể thay đổi; các phòng theo dõi thông báo trên nhóm điều hành của UBND xã.",
            "CHÁNH VĂN PHÒNG",
            "Lò Văn Thịnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h290
def h290(h, path: Path) -> None:
    """A district People's Committee Office's register of tasks the Chairman assigned (early 2025,
    before the reform), .xlsx with an autofilter and frozen header: date cells in `Thời hạn`, a
    **`Gia hạn` column in many forms** (a date cell; `Lần 1: …; lần 2: …` → the last; `Không chấp
    thuận gia hạn` and `Đã đề nghị gia hạn đến …, chờ ý kiến Chủ tịch` → the first date stays),
    `Hằng quý`, results with dates (no dues), a hidden code column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    date = datetime.date
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Theo doi 2025"
    sheet.append(["UBND HUYỆN ĐÔNG LẠC - VĂN PHÒNG HĐND VÀ UBND"])
    sheet.append(["SỔ THEO DÕI THỰC HIỆN NHIỆM VỤ CHỦ TỊCH UBND HUYỆN GIAO (cập nhật ngày 28/4/2025)"])
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Mã VB",
            "Văn bản giao",
            "Nội dung nhiệm vụ",
            "Cơ quan tham mưu",
            "Thời hạn",
            "Gia hạn",
            "Kết quả thực hiện",
        ]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        [
            1,
            "TB-012",
            "TB 12/TB-UBND ngày 06/01/2025",
            "Rà soát, báo cáo số liệu cán bộ, công chức cấp xã dôi dư sau sắp xếp đơn vị hành chính",
            "Phòng Nội vụ",
            date(2025, 2, 15),
            date(2025, 3, 10),
            "Đã hoàn thành (BC 88/BC-PNV ngày 08/3/2025)",
        ],
        [
            2,
            "CV-104",
            "CV 104/UBND-KT ngày 20/01/2025",
            "Hoàn thiện hồ sơ quyết toán dự án đường giao thông liên xã Đông Phong - Lạc Thủy",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            date(2025, 3, 31),
            "Lần 1: 15/4/2025; lần 2: 30/5/2025",
            "Đang thực hiện",
        ],
        [
            3,
            "TB-031",
            "TB 31/TB-UBND ngày 14/02/2025",
            "Kiểm tra, xử lý các trường hợp lấn chiếm hành lang an toàn đê tả sông Lạc",
            "Phòng Nông nghiệp và Môi trường",
            date(2025, 3, 20),
            "Không chấp thuận gia hạn",
            "Đang thực hiện",
        ],
        [
            4,
            "KH-22",
            "KH 22/KH-UBND ngày 18/02/2025",
            "Tổng hợp tình hình thực hiện các chương trình mục tiêu quốc gia trên địa bàn huyện",
            "Phòng Tài chính - Kế hoạch",
            "Hằng quý",
            None,
            "Đã báo cáo quý I",
        ],
        [
            5,
            "CV-256",
            "CV 256/UBND-VX ngày 03/3/2025",
            "Chuẩn bị cơ sở vật chất, kịch bản Hội nghị biểu dương gia đình văn hóa tiêu biểu",
            "Phòng Văn hóa và Thông tin",
            date(2025, 4, 18),
            "Đã đề nghị gia hạn đến 30/4/2025, chờ ý kiến Chủ tịch",
            "Đang thực hiện",
        ],
        [
            6,
            "TB-058",
            "TB 58/TB-UBND ngày 12/3/2025",
            "Đôn đốc thu hồi tiền sử dụng đất các dự án chậm nộp",
            "Chi cục Thuế khu vực",
            date(2025, 4, 30),
            None,
            "Đang thực hiện",
        ],
        [
            7,
            "CV-311",
            "CV 311/UBND-NC ngày 19/3/2025",
            "Báo cáo kết quả giải quyết đơn thư kéo dài tại xã Lạc Thủy",
            "Thanh tra huyện",
            date(2025, 4, 10),
            date(2025, 5, 5),
            "Chưa thực hiện",
        ],
        [
            8,
            "TB-077",
            "TB 77/TB-UBND ngày 02/4/2025",
            "Lập danh mục hồ sơ, tài liệu, tài sản bàn giao khi kết thúc hoạt động cấp huyện",
            "Văn phòng HĐND và UBND huyện",
            date(2025, 6, 10),
            None,
            "Đang thực hiện",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=top + 1):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    sheet.append([])
    sheet.append([None, None, None, "Tổng số: 08 nhiệm vụ; đã hoàn thành: 01; quá hạn: 02"])
    for column, value in zip("ABCDEFGH", [5, 9, 26, 58, 30, 12, 30, 34], strict=True):
        sheet.column_dimensions[column].width = value
    sheet.column_dimensions["B"].hidden = True
    sheet.auto_filter.ref = f"A{top}:H{top + len(rows)}"
    sheet.freeze_panes = f"A{top + 1}"
    _wrap(sheet, top)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h291
def h291_docx(h, path: Path) -> None:
    """A lower-secondary school's first-semester plan (saved as .odt) crossing a year: a `Tháng`
    column merged down over its rows (`9/2027` … `01/2028`), a `Thời gian cụ thể` column (`05/9`,
    `Tuần 3 - 4 (13/9 - 26/9)`, `Từ 15/12 đến 31/12`, `Trước 15/01`, `Theo lịch của Sở`, empty),
    persons in charge as posts, teams and kinds of staff; a month theme line, a note."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND PHƯỜNG HƯNG PHÚ", "TRƯỜNG THCS HƯNG PHÚ", "Số: 46/KH-THCS"],
        "Hưng Phú, ngày 28 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Thực hiện nhiệm vụ học kỳ I năm học 2027 - 2028",
            "Chủ đề năm học: “Kỷ cương - Sáng tạo - Chuyển đổi số”.",
        ],
    )
    table = h.grid_table(
        document,
        ["Tháng", "Thời gian cụ thể", "Nội dung công việc", "Người/bộ phận thực hiện", "Ghi chú"],
        [0.8, 1.4, 3.8, 1.8, 1.2],
    )
    entries = [
        (
            "9/2027",
            "05/9",
            "Tổ chức Lễ khai giảng năm học 2027 - 2028",
            "Ban Giám hiệu; Đoàn Thanh niên",
            "Tổng duyệt ngày 04/9",
        ),
        (
            "",
            "Tuần 3 - 4 (13/9 - 26/9)",
            "Khảo sát chất lượng đầu năm môn Ngữ văn, Toán, Tiếng Anh",
            "Tổ Toán - Tin; Tổ Ngữ văn",
            "",
        ),
        (
            "",
            "",
            "Kiện toàn các câu lạc bộ năng khiếu, lập danh sách học sinh tham gia",
            "Tổng phụ trách Đội",
            "",
        ),
        (
            "10/2027",
            "Trước 20/10",
            "Hoàn thiện hồ sơ, kế hoạch giáo dục của tổ chuyên môn trên phần mềm quản lý trường học",
            "Các tổ chuyên môn",
            "",
        ),
        (
            "",
            "Tháng 10 - 11",
            "Thi giáo viên dạy giỏi cấp trường",
            "Phó Hiệu trưởng chuyên môn",
            "Mỗi giáo viên 02 tiết",
        ),
        (
            "11/2027",
            "Theo lịch của Sở",
            "Tham dự Hội thi khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh",
            "Tổ Khoa học tự nhiên",
            "",
        ),
        (
            "12/2027",
            "Từ 15/12 đến 31/12",
            "Tổ chức kiểm tra cuối học kỳ I các môn học",
            "Hội đồng chuyên môn nhà trường",
            "Theo lịch chi tiết",
        ),
        (
            "01/2028",
            "Trước 15/01",
            "Tổng hợp kết quả đánh giá học sinh, nhập điểm lên hệ thống cơ sở dữ liệu ngành",
            "Giáo viên bộ môn",
            "",
        ),
        (
            "",
            "Tuần 19 (10/01 - 15/01)",
            "Sơ kết học kỳ I, họp phụ huynh học sinh",
            "Giáo viên chủ nhiệm",
            "Báo cáo sơ kết gửi Sở trước 20/01",
        ),
    ]
    first = len(table.rows)
    for entry in entries:
        h.fill_row(table, list(entry))
    row = first
    spans = []
    for entry in entries:
        if entry[0]:
            spans.append([row, row])
        else:
            spans[-1][1] = row
        row += 1
    for start, end in spans:
        if end > start:
            h.merge_down(table, 0, start, end, entries[start - first][0])
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Kế hoạch tháng được cụ thể hóa vào lịch công tác tuần đăng trên trang thông tin điện tử của nhà trường; lịch có thể điều chỉnh theo hướng dẫn của Sở Giáo dục và Đào tạo.",
            "Nơi nhận: Sở GDĐT (b/c); UBND phường (b/c); Các tổ chuyên môn; Lưu: VT.",
            "HIỆU TRƯỞNG",
            "Mai Thị Lệ Thu",
        ],
    )
    document.save(path)


def batch_h283() -> None:
    """Writes h283–h291's binaries (h292's .html is written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h283(h, _out("h283_qd_ubnd_tinh_phu_luc_theo_so_nganh.docx"))
    h289(h, _out("h289_lich_tuan_ubnd_xa_don_vi_trong_ngoac.docx"))
    h290(h, _out("h290_so_theo_doi_ubnd_huyen_gia_han_nhieu_kieu.xlsx"))
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .doc, .xls, .rtf, .odt and the PDFs were not regenerated", file=sys.stderr
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h285_docx, "h285_kh_bo_tu_phap_muc_tieu_san_pham.docx", "doc"),
                (h286_xlsx, "h286_ctct_so_dan_toc_ton_giao_cot_thang_so.xlsx", "xls"),
                (h287_docx, "h287_tbkl_chu_tich_phuong_ngay_lam_viec.docx", "pdf"),
                (h288_docx, "h288_ctr_dang_uy_phuong_quy_btv_bch.docx", "rtf"),
                (h291_docx, "h291_kh_hoc_ky_thcs_thang_gop_sang_nam.docx", "odt"),
            ],
            _out,
        )
        # the decision h283 as printed, signed and scanned at 150 dpi (image only)
        name = "h284_qd_ubnd_tinh_phu_luc_theo_so_nganh_ban_quet"
        h283(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}_text.pdf")
        h.rasterise(tmp / f"{name}_text.pdf", _out(f"{name}.pdf"), scale=150 / 72)


if __name__ == "__main__":
    batch_h283()
