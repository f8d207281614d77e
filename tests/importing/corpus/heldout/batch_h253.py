"""Writes the binaries of the held-out documents h253–h262 (helper h13author22).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h253`.
Every text below is own-authored (other names, units, places, dates and tasks) in how universities,
colleges, hospitals, wards and communes after the 2025 two-level reform, state companies and
associations commonly produce these ordinary kinds; no third-party text is stored. The .txt, .html
and .csv documents of the batch are written by hand and live beside the output. Like `make_docs.py`
this writes **only the documents**: their expected items (`expected/`) were written by hand from the
document text before the importer was first run on them. The writer helpers (national header, grid
tables, full-width rows, LibreOffice conversion) are `make_docs.py`'s. The .xls, .odt, .doc and the
PDF need LibreOffice (`soffice`); their bytes differ run to run, so regenerate only on purpose.
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

# Documents moved to the main corpus after they were used for tuning: written into ../docs (MOVED).
_MOVED = {
    "h254_lich_thang_benh_vien_luoi_tuan_thu",  # h13fixKJ
    "h255_xuat_cv_cty_thuy_loi_viec_con_gio_truoc",  # h13fixKJ
    "h256_kh_phuong_muc_tieu_hoat_dong_dau_moi",  # h13fixKH
    "h262_kh_on_thi_thpt_han_dung_truoc",  # h13fixKH
    "h259_ctr_hoi_chu_thap_do_phuong_cot_thang_so",  # h13fixKK
    "h257_tbkl_cao_dang_dong_mui_ten_giao",  # h13fixKM
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h253
def h253(h, path: Path) -> None:
    """A university's semester programme whose group rows name **the leader in charge** of the
    rows under them (no lead: the lead is the `Đơn vị chủ trì` column), a `Ghi chú` column, a
    closing monthly report request."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC HỒNG LAM", "Số: 1127/CTr-ĐHHL"],
        "Hồng Lam, ngày 25 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC",
            "Học kỳ I năm học 2027 - 2028",
            "Căn cứ Kế hoạch năm học 2027 - 2028 đã được Hội đồng trường thông qua, Hiệu trưởng ban hành Chương trình công tác học kỳ I (từ tháng 9/2027 đến tháng 01/2028) như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"],
        [0.4, 3.4, 1.6, 1.7, 1.2, 1.2],
    )
    h.full_width_row(table, "I. CÁC NỘI DUNG DO HIỆU TRƯỞNG - PGS.TS ĐOÀN MINH KHẢI PHỤ TRÁCH")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Tổ chức Lễ khai giảng năm học 2027 - 2028 và đón tân sinh viên khóa 22",
                "Phòng Công tác sinh viên",
                "Phòng Hành chính - Quản trị; Đoàn Thanh niên trường",
                "08/9/2027",
                "",
            ],
            [
                "2",
                "Hội nghị viên chức, người lao động năm học 2027 - 2028",
                "Phòng Tổ chức - Cán bộ",
                "Công đoàn trường",
                "Trước 20/10/2027",
                "Sau hội nghị cấp khoa",
            ],
            [
                "3",
                "Hoàn thiện báo cáo tự đánh giá cơ sở giáo dục đại học chu kỳ 2",
                "Trung tâm Khảo thí và Đảm bảo chất lượng",
                "Các khoa, phòng, trung tâm",
                "Tháng 11/2027",
                "Gửi tổ chức kiểm định",
            ],
        ],
    )
    h.full_width_row(table, "II. CÁC NỘI DUNG DO PHÓ HIỆU TRƯỞNG - TS. LƯƠNG THỊ NGỌC ANH PHỤ TRÁCH")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Rà soát, cập nhật chương trình đào tạo trình độ đại học theo chuẩn đầu ra điều chỉnh",
                "Phòng Đào tạo",
                "Các khoa chuyên môn",
                "Tháng 9 - 12/2027",
                "",
            ],
            [
                "5",
                "Xét, cấp học bổng khuyến khích học tập học kỳ II năm học 2026 - 2027",
                "Phòng Công tác sinh viên",
                "Phòng Kế hoạch - Tài chính",
                "Tháng 10/2027",
                "",
            ],
            [
                "6",
                "Tổ chức thi kết thúc học phần học kỳ I",
                "Phòng Đào tạo",
                "Trung tâm Khảo thí và Đảm bảo chất lượng",
                "Từ 03/01/2028 đến 21/01/2028",
                "Theo lịch thi riêng",
            ],
        ],
    )
    h.full_width_row(table, "III. CÁC NỘI DUNG DO PHÓ HIỆU TRƯỞNG - TS. HÀ QUỐC BẢO PHỤ TRÁCH")
    _rows(
        h,
        table,
        [
            [
                "7",
                "Hội thảo khoa học quốc tế “Nông nghiệp tuần hoàn vùng Bắc Trung Bộ”",
                "Phòng Khoa học và Hợp tác quốc tế",
                "Khoa Nông học",
                "26/11/2027",
                "",
            ],
            [
                "8",
                "Nghiệm thu đề tài khoa học và công nghệ cấp cơ sở năm 2027",
                "Phòng Khoa học và Hợp tác quốc tế",
                "Hội đồng khoa học các khoa",
                "Tháng 12/2027",
                "",
            ],
            [
                "9",
                "Kiểm kê tài sản, công cụ, dụng cụ cuối năm 2027",
                "Phòng Hành chính - Quản trị",
                "Phòng Kế hoạch - Tài chính",
                "Trước 31/12/2027",
                "Theo quyết định thành lập Hội đồng kiểm kê",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Trưởng các đơn vị chủ động triển khai các nội dung được giao; báo cáo kết quả thực hiện Chương trình về Phòng Hành chính - Quản trị trước ngày 25 hằng tháng để tổng hợp, báo cáo Hiệu trưởng.",
            "Nơi nhận: Hội đồng trường; Ban Giám hiệu; Các đơn vị; Lưu: VT, HCQT.",
            "HIỆU TRƯỞNG",
            "PGS.TS Đoàn Minh Khải",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h254
def h254(h, path: Path) -> None:
    """A hospital's monthly calendar laid out **as a wall calendar**: one row per week, one column
    per weekday, each cell the day's `dd/mm` over its entries, a note under the grid."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Thang 11"
    width = 8
    h.sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH QUẢNG HÀ - BỆNH VIỆN ĐA KHOA KHU VỰC SÔNG TRÀ",
            "LỊCH CÔNG TÁC THÁNG 11 NĂM 2027",
            "(Đơn vị chuẩn bị ghi trong ngoặc)",
            "",
        ],
        width,
    )
    sheet.append(["Tuần", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"])
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    weeks = [
        [
            "Tuần 1",
            "01/11\n- 07h30: Giao ban toàn viện tháng 11 (Phòng Kế hoạch tổng hợp)",
            "02/11",
            "03/11\n- 14h00: Họp Hội đồng thuốc và điều trị (Khoa Dược)",
            "04/11",
            "05/11\n- Kiểm tra hồ sơ bệnh án khối Nội (Phòng Quản lý chất lượng)",
            "06/11",
            "07/11",
        ],
        [
            "Tuần 2",
            "08/11",
            "09/11\n- 08h00: Tập huấn phòng cháy, chữa cháy cho nhân viên khối hành chính (Phòng Hành chính quản trị)",
            "10/11",
            "11/11\n- Cả ngày: Khám sức khỏe miễn phí cho người cao tuổi xã Tịnh Sơn (Khoa Khám bệnh)",
            "12/11",
            "13/11",
            "14/11",
        ],
        [
            "Tuần 3",
            "15/11",
            "16/11\n- 15h00: Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11 với cán bộ làm công tác đào tạo (Phòng Đào tạo - Chỉ đạo tuyến)",
            "17/11",
            "18/11\n- 07h30: Hội nghị khoa học điều dưỡng cấp cơ sở (Phòng Điều dưỡng)",
            "19/11",
            "20/11",
            "21/11",
        ],
        [
            "Tuần 4",
            "22/11\n- 08h00: Tiếp Đoàn kiểm tra của Sở Y tế về chất lượng bệnh viện (Phòng Quản lý chất lượng)",
            "23/11",
            "24/11",
            "25/11\n- 14h00: Họp Hội đồng kiểm soát nhiễm khuẩn (Khoa Kiểm soát nhiễm khuẩn)",
            "26/11",
            "27/11\n- Trực lãnh đạo: BS.CKII Phan Văn Nghĩa",
            "28/11\n- Trực lãnh đạo: BS.CKII Phan Văn Nghĩa",
        ],
        [
            "Tuần 5",
            "29/11",
            "30/11\n- 15h00: Sơ kết công tác tháng 11, triển khai nhiệm vụ tháng 12 (Phòng Kế hoạch tổng hợp)",
            "",
            "",
            "",
            "",
            "",
        ],
    ]
    for week in weeks:
        sheet.append(week)
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Các khoa, phòng đăng ký lịch công tác tháng 12/2027 về Phòng Kế hoạch tổng hợp trước ngày 26/11/2027 để tổng hợp, trình Giám đốc."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append([])
    sheet.append([None, None, None, None, None, "GIÁM ĐỐC"])
    sheet.append([None, None, None, None, None, "BS.CKII Trương Công Danh"])
    sheet.column_dimensions["A"].width = 8
    for column in "BCDEFGH":
        sheet.column_dimensions[column].width = 24
    _wrap(sheet, top)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h255
def h255_xlsx(h, path: Path) -> None:
    """A state irrigation company's e-office export of assigned tasks: a `Người giao` column (no
    lead), **sub-tasks `1.1`, `1.2` under a task**, deadlines with the hour first (`17:00 15/10/2027`),
    a progress column in percent, periodic and daily tasks marked in the title."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "DanhSachCongViec"
    width = 10
    for line in [
        "HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH - CÔNG TY TNHH MTV KHAI THÁC THỦY LỢI NAM HÀ LAM",
        "DANH SÁCH CÔNG VIỆC ĐƯỢC GIAO",
        "Kỳ giao việc: 01/08/2027 - 15/09/2027",
        "Người xuất: vanthu.tchc | Thời điểm xuất: 16:42 15/09/2027",
    ]:
        sheet.append([line])
    sheet.append([])
    header = [
        "STT",
        "Mã công việc",
        "Tên công việc",
        "Người giao",
        "Đơn vị xử lý chính",
        "Đơn vị phối hợp",
        "Ngày giao",
        "Hạn hoàn thành",
        "Tiến độ",
        "Trạng thái",
    ]
    sheet.append(header)
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        [
            "1",
            "CV-2027-0412",
            "Xây dựng phương án chống hạn vụ Đông Xuân 2027 - 2028",
            "Nguyễn Hữu Phước (Giám đốc)",
            "Phòng Kỹ thuật - Quản lý nước",
            "Các Xí nghiệp thủy lợi",
            "02/09/2027",
            "17:00 15/10/2027",
            "40%",
            "Đang xử lý",
        ],
        [
            "1.1",
            "CV-2027-0413",
            "Rà soát hiện trạng các trạm bơm dã chiến, đề xuất sửa chữa",
            "Phòng Kỹ thuật - Quản lý nước",
            "Xí nghiệp Thủy lợi Bắc Sơn",
            "",
            "03/09/2027",
            "17:00 25/09/2027",
            "70%",
            "Đang xử lý",
        ],
        [
            "1.2",
            "CV-2027-0414",
            "Lập dự toán kinh phí nạo vét kênh cấp 1",
            "Phòng Kỹ thuật - Quản lý nước",
            "Phòng Kế hoạch - Tài chính",
            "Phòng Kỹ thuật - Quản lý nước",
            "03/09/2027",
            "17:00 05/10/2027",
            "0%",
            "Chưa xử lý",
        ],
        [
            "2",
            "CV-2027-0398",
            "Quyết toán quỹ tiền lương năm 2026",
            "Trần Thị Mai Hương (Phó Giám đốc)",
            "Phòng Tổ chức - Hành chính",
            "Phòng Kế hoạch - Tài chính",
            "20/08/2027",
            "08:00 31/08/2027",
            "100%",
            "Hoàn thành",
        ],
        [
            "3",
            "CV-2027-0420",
            "Kiểm tra an toàn đập hồ chứa Khe Lau trước mùa mưa bão",
            "Nguyễn Hữu Phước (Giám đốc)",
            "Ban Quản lý an toàn đập",
            "Xí nghiệp Thủy lợi Bắc Sơn",
            "05/09/2027",
            "17:00 20/09/2027",
            "20%",
            "Đang xử lý",
        ],
        [
            "4",
            "CV-2027-0425",
            "Báo cáo tình hình thực hiện kế hoạch sản xuất, kinh doanh (định kỳ hằng tháng)",
            "Trần Thị Mai Hương (Phó Giám đốc)",
            "Phòng Kế hoạch - Tài chính",
            "",
            "06/09/2027",
            "",
            "",
            "Đang xử lý",
        ],
        [
            "5",
            "CV-2027-0431",
            "Tuyển dụng lao động hợp đồng vận hành trạm bơm mùa khô",
            "Trần Thị Mai Hương (Phó Giám đốc)",
            "Phòng Tổ chức - Hành chính",
            "Xí nghiệp Thủy lợi Nam Sơn",
            "10/09/2027",
            "17:00 30/10/2027",
            "10%",
            "Đang xử lý",
        ],
        [
            "6",
            "CV-2027-0433",
            "Cập nhật số liệu mực nước hồ chứa lên hệ thống giám sát trực tuyến (hằng ngày)",
            "Nguyễn Hữu Phước (Giám đốc)",
            "Phòng Kỹ thuật - Quản lý nước",
            "Ban Quản lý an toàn đập",
            "10/09/2027",
            "",
            "",
            "Đang xử lý",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["Tổng số: 8 công việc"])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    for column, value in zip("ABCDEFGHIJ", [6, 14, 48, 26, 28, 26, 12, 18, 9, 12], strict=True):
        sheet.column_dimensions[column].width = value
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h256
def h256_docx(h, path: Path) -> None:
    """A ward's plan in the results-based shape: `Mục tiêu N` headings over `Hoạt động N.M` titles,
    each over dash fields labelled **`Đầu mối:` (the lead), `Cùng thực hiện:`, `Mốc hoàn thành:`,
    `Chỉ số đầu ra:`**, and a supervising leader `Lãnh đạo theo dõi:` (no lead)."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HẢI", "Số: 38/KH-UBND"],
        "Đông Hải, ngày 15 tháng 02 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Nâng cao chỉ số hài lòng của người dân đối với dịch vụ hành chính công năm 2028",
            "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Khánh Lâm về cải thiện chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2028, Ủy ban nhân dân phường Đông Hải ban hành Kế hoạch như sau:",
            "I. MỤC TIÊU CHUNG",
            "Chỉ số hài lòng của người dân đối với dịch vụ hành chính công của phường năm 2028 đạt từ 92% trở lên; không có hồ sơ trễ hạn do lỗi của cán bộ, công chức.",
            "II. MỤC TIÊU CỤ THỂ VÀ HOẠT ĐỘNG",
            "Mục tiêu 1. Rút ngắn thời gian chờ và giải quyết hồ sơ",
            "Hoạt động 1.1. Bố trí thêm quầy tiếp nhận hồ sơ đất đai, hộ tịch vào sáng thứ Bảy",
            "- Đầu mối: Trung tâm Phục vụ hành chính công phường",
            "- Cùng thực hiện: Phòng Kinh tế, Hạ tầng và Đô thị; Văn phòng HĐND và UBND phường",
            "- Mốc hoàn thành: trước ngày 01/4/2028",
            "- Chỉ số đầu ra: quầy thứ Bảy hoạt động ổn định, thời gian chờ bình quân dưới 15 phút",
            "Hoạt động 1.2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực giai đoạn 2020 - 2025",
            "- Đầu mối: Văn phòng HĐND và UBND phường",
            "- Cùng thực hiện: Trung tâm Phục vụ hành chính công phường",
            "- Mốc hoàn thành: Quý III/2028",
            "- Chỉ số đầu ra: 100% hồ sơ được số hóa, kết nối kho dữ liệu dùng chung",
            "- Lãnh đạo theo dõi: Phó Chủ tịch UBND phường Lê Bảo Ngọc",
            "Mục tiêu 2. Tăng cường công khai, minh bạch và tiếp nhận phản ánh",
            "Hoạt động 2.1. Niêm yết công khai quy trình, phí, lệ phí và số điện thoại đường dây nóng tại 14 khu phố",
            "- Đầu mối: Phòng Văn hóa - Xã hội",
            "- Cùng thực hiện: Ban điều hành các khu phố",
            "- Mốc hoàn thành: tháng 3/2028",
            "Hoạt động 2.2. Khảo sát ý kiến người dân sau khi nhận kết quả giải quyết hồ sơ bằng phiếu điện tử",
            "- Đầu mối: Trung tâm Phục vụ hành chính công phường",
            "- Mốc hoàn thành: hằng quý (tổng hợp trước ngày 05 của tháng đầu quý sau)",
            "- Chỉ số đầu ra: báo cáo kết quả khảo sát hằng quý",
            "Hoạt động 2.3. Tiếp nhận, xử lý, trả lời phản ánh, kiến nghị của người dân trên ứng dụng Khánh Lâm-S",
            "- Đầu mối: Văn phòng HĐND và UBND phường",
            "- Cùng thực hiện: các cơ quan chuyên môn thuộc UBND phường",
            "- Mốc hoàn thành: thường xuyên, trả lời trong 03 ngày làm việc",
            "Mục tiêu 3. Nâng cao thái độ, kỹ năng phục vụ của công chức",
            "Hoạt động 3.1. Tập huấn kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa",
            "- Đầu mối: Phòng Văn hóa - Xã hội",
            "- Cùng thực hiện: Trung tâm Phục vụ hành chính công phường",
            "- Mốc hoàn thành: tháng 5/2028",
            "- Chỉ số đầu ra: 100% công chức một cửa được tập huấn",
            "Hoạt động 3.2. Đánh giá, xếp loại công chức tiếp nhận hồ sơ theo kết quả khảo sát, gắn với bình xét thi đua cuối năm",
            "- Đầu mối: Văn phòng HĐND và UBND phường",
            "- Mốc hoàn thành: tháng 12/2028",
            "III. KINH PHÍ",
            "Kinh phí thực hiện từ nguồn ngân sách phường năm 2028 đã giao cho các cơ quan, đơn vị.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Thủ trưởng các cơ quan, đơn vị là đầu mối các hoạt động chịu trách nhiệm trước Chủ tịch UBND phường về tiến độ, kết quả. Văn phòng HĐND và UBND phường theo dõi, tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện Kế hoạch trước ngày 10/12/2028.",
            "Nơi nhận: UBND tỉnh (b/c); Sở Nội vụ; TT Đảng ủy, TT HĐND phường; Các cơ quan, đơn vị; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH",
            "Võ Thành Trung",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h257
def h257_docx(h, path: Path) -> None:
    """A college principal's conclusions: each conclusion paragraph followed by **an arrow line
    `→ Giao: <unit>. Phối hợp: <units>. Thời hạn: <time>.`**; a conclusion with no arrow line (no
    item), two leads in one arrow line, a due tied to an undated decision."""
    document = _document()
    h.national_header(
        document,
        ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THÀNH LAM", "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHIỆP", "Số: 214/TB-CĐKT"],
        "Thành Lam, ngày 08 tháng 10 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 9 năm 2027",
            "Ngày 06/10/2027, Hiệu trưởng Nhà trường chủ trì cuộc họp giao ban tháng 9/2027 với trưởng các phòng, khoa, trung tâm và đại diện Đoàn Thanh niên, Hội Sinh viên trường. Sau khi nghe các đơn vị báo cáo, Hiệu trưởng kết luận như sau:",
            "1. Công tác tuyển sinh năm 2027 cơ bản hoàn thành, đạt 94% chỉ tiêu; các khoa đã ổn định lớp học, bố trí giáo viên chủ nhiệm cho 36 lớp khóa mới. Hiệu trưởng biểu dương Phòng Đào tạo và Trung tâm Tuyển sinh và Quan hệ doanh nghiệp.",
            "2. Khẩn trương hoàn thiện hồ sơ đăng ký kiểm định chất lượng chương trình đào tạo ngành Điện công nghiệp trình độ cao đẳng.",
            "→ Giao: Phòng Đào tạo. Phối hợp: Khoa Điện - Điện tử. Thời hạn: 30/10/2027.",
            "3. Rà soát danh sách học sinh, sinh viên chưa hoàn thành học phí học kỳ I, thông báo đến gia đình và giáo viên chủ nhiệm.",
            "→ Giao: Phòng Kế hoạch - Tài chính. Phối hợp: Các khoa. Thời hạn: trước ngày 20/10/2027.",
            "4. Kiểm tra an toàn điện, phòng cháy, chữa cháy tại các xưởng thực hành; lập sổ theo dõi thiết bị hư hỏng.",
            "→ Giao: Phòng Quản trị - Thiết bị. Phối hợp: Các khoa chuyên môn. Thời hạn: hằng tháng, báo cáo tại cuộc họp giao ban.",
            "5. Xây dựng kế hoạch tổ chức Hội giảng nhà giáo giáo dục nghề nghiệp cấp trường năm 2027, chọn giáo viên dự Hội giảng cấp tỉnh.",
            "→ Giao: Phòng Đào tạo. Thời hạn: 15/10/2027.",
            "6. Phối hợp với các doanh nghiệp trong Khu công nghiệp Bắc Thành Lam tổ chức Ngày hội việc làm cho sinh viên năm cuối.",
            "→ Giao: Trung tâm Tuyển sinh và Quan hệ doanh nghiệp. Phối hợp: Đoàn Thanh niên trường. Thời hạn: dự kiến tổ chức ngày 20/11/2027.",
            "7. Tổ chức Giải bóng đá sinh viên chào mừng Ngày Nhà giáo Việt Nam 20/11.",
            "→ Giao: Đoàn Thanh niên trường; Hội Sinh viên trường. Thời hạn: tháng 11/2027.",
            "8. Về đề xuất mua sắm bổ sung 20 máy tính cho phòng thực hành Tin học văn phòng: Hiệu trưởng đồng ý chủ trương; lập dự toán, trình Hiệu trưởng phê duyệt.",
            "→ Giao: Phòng Quản trị - Thiết bị. Phối hợp: Phòng Kế hoạch - Tài chính. Thời hạn: sau khi có quyết định giao dự toán bổ sung của Sở Giáo dục và Đào tạo.",
            "9. Các đơn vị tiếp tục thực hiện nghiêm quy định về giờ giấc làm việc, trang phục và văn hóa công sở.",
            "Phòng Hành chính - Tổ chức thông báo để các đơn vị biết, thực hiện./.",
            "Nơi nhận: Ban Giám hiệu; Các phòng, khoa, trung tâm; Đoàn TN, Hội SV; Lưu: VT, HCTC.",
            "TL. HIỆU TRƯỞNG — TRƯỞNG PHÒNG HÀNH CHÍNH - TỔ CHỨC",
            "Lê Thị Thu Hà",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h259
def h259_docx(h, path: Path) -> None:
    """A ward Red Cross association's yearly programme whose due column prints **month numbers
    only** under a header `Thời gian (tháng)` (`1`, `3, 9`, `10 - 11`), the year only in the title."""
    document = _document()
    h.national_header(
        document,
        ["HỘI CHỮ THẬP ĐỎ TỈNH KHÁNH LÂM", "HỘI CHỮ THẬP ĐỎ PHƯỜNG ĐÔNG HẢI", "Số: 03/CTr-CTĐ"],
        "Đông Hải, ngày 10 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH HOẠT ĐỘNG NĂM 2028",
            "Căn cứ Nghị quyết Đại hội Hội Chữ thập đỏ phường nhiệm kỳ 2027 - 2032 và hướng dẫn của Hội Chữ thập đỏ tỉnh, Ban Thường vụ Hội Chữ thập đỏ phường xây dựng Chương trình hoạt động năm 2028 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung hoạt động", "Bộ phận thực hiện", "Phối hợp", "Thời gian (tháng)"],
        [0.4, 3.4, 1.6, 1.8, 1.0],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Vận động ủng hộ chương trình “Tết Nhân ái”, tặng quà hộ nghèo, người khuyết tật",
                "Ban Công tác xã hội",
                "Các chi hội khu phố",
                "1",
            ],
            [
                "2",
                "Tổ chức 02 đợt hiến máu tình nguyện",
                "Ban Thường vụ",
                "Trạm Y tế phường; Đoàn Thanh niên phường",
                "3, 9",
            ],
            [
                "3",
                "Tập huấn sơ cấp cứu ban đầu cho tình nguyện viên, hội viên nòng cốt",
                "Văn phòng Hội",
                "Trạm Y tế phường",
                "5",
            ],
            [
                "4",
                "Phát động “Tháng Nhân đạo” năm 2028, kết nối hỗ trợ sinh kế cho hộ cận nghèo",
                "Ban Công tác xã hội",
                "Ủy ban MTTQ Việt Nam phường",
                "5",
            ],
            ["5", "Sơ kết hoạt động 6 tháng đầu năm", "Ban Thường vụ", "", "6"],
            ["6", "Kiểm tra hoạt động, sổ sách tại các chi hội", "Ban Kiểm tra", "Văn phòng Hội", "10 - 11"],
            [
                "7",
                "Cứu trợ khẩn cấp người dân bị ảnh hưởng bởi thiên tai",
                "Đội Thanh niên xung kích chữ thập đỏ",
                "Ban Chỉ huy quân sự phường",
                "Khi có thiên tai",
            ],
            ["8", "Quản lý, công khai thu chi quỹ nhân đạo", "Văn phòng Hội", "Ban Kiểm tra", "Thường xuyên"],
            ["9", "Tổng kết hoạt động năm 2028, bình xét thi đua", "Ban Thường vụ", "Các chi hội", "12"],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Các chi hội căn cứ Chương trình xây dựng kế hoạch hoạt động của chi hội, gửi Văn phòng Hội trước ngày 31/01/2028.",
            "Nơi nhận: Hội CTĐ tỉnh (b/c); Đảng ủy, UBND phường; UB MTTQ phường; Các chi hội; Lưu: VP.",
            "TM. BAN THƯỜNG VỤ — CHỦ TỊCH",
            "Nguyễn Thị Hồng Nhung",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h262
def h262(h, path: Path) -> None:
    """An upper-secondary school's exam-revision plan whose `LỘ TRÌNH THỰC HIỆN` part is dash lines
    **opening with the due, then a colon, then the lead as the subject** (`- Trước 15/01/2028: Tổ Toán
    và Tổ Ngữ văn hoàn thành …`), a span, a post as the lead, a kind of teachers."""
    document = _document()
    h.national_header(
        document,
        ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG HÀ", "TRƯỜNG THPT NGUYỄN DU", "Số: 19/KH-THPTND"],
        "Sông Trà, ngày 04 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Ôn tập cho học sinh lớp 12 tham dự Kỳ thi tốt nghiệp trung học phổ thông năm 2028",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Bảo đảm 100% học sinh lớp 12 được ôn tập đầy đủ các môn thi; tỉ lệ tốt nghiệp đạt từ 99% trở lên; điểm trung bình các môn thi cao hơn năm 2027.",
            "II. NỘI DUNG ÔN TẬP",
            "Ôn tập theo chủ đề, bám sát cấu trúc đề minh họa của Bộ Giáo dục và Đào tạo; phân loại học sinh theo năng lực để giao bài phù hợp.",
            "III. LỘ TRÌNH THỰC HIỆN",
            "- Trước 15/01/2028: Tổ Toán và Tổ Ngữ văn hoàn thành bộ đề cương ôn tập theo chủ đề, nộp Phó Hiệu trưởng chuyên môn duyệt.",
            "- Trước 25/01/2028: các tổ chuyên môn còn lại hoàn thành đề cương các môn tự chọn (Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý, Tin học, Tiếng Anh).",
            "- Từ 14/02/2028 đến 30/4/2028: giáo viên bộ môn dạy ôn tập buổi chiều theo thời khóa biểu riêng, điểm danh và báo cáo số học sinh vắng hằng tuần cho giáo viên chủ nhiệm.",
            "- Tháng 3/2028: Phó Hiệu trưởng phụ trách chuyên môn chủ trì tổ chức thi thử lần 1 theo hình thức thi tập trung.",
            "- Ngày 20/4/2028: Tổ Văn phòng in sao đề, bố trí phòng thi cho thi thử lần 2; Đoàn trường phối hợp giữ trật tự.",
            "- Tháng 5/2028: giáo viên chủ nhiệm lớp 12 hướng dẫn học sinh đăng ký dự thi trực tuyến, kiểm tra thông tin cá nhân trên hệ thống.",
            "- Sau mỗi lần thi thử 07 ngày: các tổ chuyên môn phân tích kết quả, điều chỉnh nội dung ôn tập cho nhóm học sinh yếu.",
            "- Trước 10/6/2028: Tổ Văn phòng tổng hợp danh sách học sinh cần hỗ trợ phương tiện, chỗ ở trong những ngày thi, báo cáo Hiệu trưởng.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Các tổ chuyên môn, giáo viên chủ nhiệm và bộ phận được phân công thực hiện nghiêm lộ trình trên; báo cáo tiến độ tại cuộc họp hội đồng sư phạm hằng tháng.",
            "Nơi nhận: Sở GDĐT (b/c); Ban Giám hiệu; Các tổ chuyên môn, tổ văn phòng; Lưu: VT.",
            "HIỆU TRƯỞNG",
            "Phạm Văn Thịnh",
        ],
    )
    document.save(path)


def batch_h253() -> None:
    """Writes h253–h262's binaries (the .txt, .html and .csv are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h253(h, DOCS / "h253_ctr_hk_dai_hoc_nhom_theo_lanh_dao.docx")
    h254(h, _out("h254_lich_thang_benh_vien_luoi_tuan_thu.xlsx"))
    h262(h, _out("h262_kh_on_thi_thpt_han_dung_truoc.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .xls, .odt, .doc and the PDF were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h255_xlsx, "h255_xuat_cv_cty_thuy_loi_viec_con_gio_truoc.xlsx", "xls"),
                (h256_docx, "h256_kh_phuong_muc_tieu_hoat_dong_dau_moi.docx", "odt"),
                (h257_docx, "h257_tbkl_cao_dang_dong_mui_ten_giao.docx", "pdf"),
                (h259_docx, "h259_ctr_hoi_chu_thap_do_phuong_cot_thang_so.docx", "doc"),
            ],
            _out,
        )


if __name__ == "__main__":
    batch_h253()
