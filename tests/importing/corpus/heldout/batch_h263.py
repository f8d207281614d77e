"""Writes the binaries of the held-out documents h263–h272 (helper h13author23).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h263`.
Every text below is own-authored (other names, units, places, dates and tasks) in how provincial
departments, ministries, a district inspectorate (before the 2025 reform), hospitals, schools,
communes after the reform and state companies commonly produce these ordinary kinds; no
third-party text is stored. The .html and .txt documents of the batch are written by hand and live
beside the output. Like `make_docs.py` this writes **only the documents**: their expected items
(`expected/`) were written by hand from the document text before the importer was first run on
them. The writer helpers (national header, grid tables, full-width rows, LibreOffice conversion,
rasterising) are `make_docs.py`'s. The .rtf, .xls, .ods, .doc and the PDFs need LibreOffice
(`soffice`); their bytes differ run to run, so regenerate only on purpose.
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
    "h263_ctr_quy_so_nnmt_thuong_trung_ha_tuan",  # h13fixKP
    "h268_ctct_cty_lam_nghiep_tien_do_viet_tat",  # h13fixKP
    "h269_ctr_quy_so_vhttdl_thang_ngay_trong_ngoac",  # h13fixKP
    "h271_ctr_quy_ubnd_xa_hai_cot_trinh",  # h13fixKQ
    "h264_kh_bo_thi_hanh_nghi_dinh_tinh_tu_hieu_luc",  # h13fixKN, 2026-12-05
    "h270_tbkl_kho_bac_khu_vuc_ngoac_vuong",  # h13fixKN, 2026-12-05
    "h265_kl_thanh_tra_huyen_kien_nghi_ban_quet",  # h13fixKR
}

_wrap = partial(wrap, vertical="top")
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h263
def h263(h, path: Path) -> None:
    """A provincial department's quarter programme whose `Thời gian trình` column writes the due
    in **ten-day thirds of a month** (`Thượng tuần tháng 4`, `Trung tuần tháng 5`, `Hạ tuần tháng
    6`), beside a `Cấp trình` column (the body submitted to, no lead) and a supervising-leader
    column (no lead); field group rows; an unnumbered note row inside the table."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND TỈNH BÌNH LAM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 842/CTr-SNNMT"],
        "Bình Lam, ngày 28 tháng 3 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2028",
            "Thực hiện Chương trình công tác năm 2028 của UBND tỉnh, Giám đốc Sở ban hành Chương trình công tác quý II năm 2028 gồm các nội dung trình UBND tỉnh, Chủ tịch UBND tỉnh và các nội dung do Sở ban hành theo thẩm quyền như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung", "Đơn vị tham mưu", "Lãnh đạo Sở chỉ đạo", "Cấp trình", "Thời gian trình"],
        [0.4, 3.6, 1.6, 1.4, 1.2, 1.4],
    )
    h.full_width_row(table, "A. LĨNH VỰC NÔNG NGHIỆP, THỦY LỢI")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Đề án phát triển vùng nguyên liệu cây dược liệu dưới tán rừng giai đoạn 2028 - 2032",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "PGĐ Lê Văn Cường",
                "UBND tỉnh",
                "Thượng tuần tháng 4",
            ],
            [
                "2",
                "Phương án phòng, chống hạn, xâm nhập mặn vụ Hè Thu năm 2028",
                "Chi cục Thủy lợi",
                "PGĐ Lê Văn Cường",
                "UBND tỉnh",
                "Trung tuần tháng 4",
            ],
            [
                "3",
                "Quyết định công bố hiện trạng rừng tỉnh Bình Lam năm 2027",
                "Chi cục Kiểm lâm",
                "GĐ Trịnh Quốc Hưng",
                "Chủ tịch UBND tỉnh",
                "Trung tuần tháng 5",
            ],
        ],
    )
    h.full_width_row(table, "B. LĨNH VỰC ĐẤT ĐAI, MÔI TRƯỜNG")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Bảng hệ số điều chỉnh giá đất năm 2028 (lần 2) đối với các dự án phát sinh",
                "Phòng Quản lý đất đai",
                "PGĐ Phạm Thị Thu Trang",
                "UBND tỉnh",
                "Hạ tuần tháng 5",
            ],
            [
                "5",
                "Kế hoạch kiểm kê khí nhà kính của các cơ sở phát thải thuộc danh mục phải kiểm kê",
                "Phòng Môi trường và Biến đổi khí hậu",
                "PGĐ Phạm Thị Thu Trang",
                "Giám đốc Sở",
                "Tháng 5",
            ],
            [
                "6",
                "Báo cáo công tác bảo vệ môi trường tỉnh năm 2027 (gửi Bộ Nông nghiệp và Môi trường)",
                "Phòng Môi trường và Biến đổi khí hậu",
                "PGĐ Phạm Thị Thu Trang",
                "UBND tỉnh",
                "Hạ tuần tháng 6",
            ],
        ],
    )
    h.full_width_row(table, "C. CÔNG TÁC CHUNG CỦA SỞ")
    _rows(
        h,
        table,
        [
            [
                "7",
                "Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2028",
                "Văn phòng Sở",
                "GĐ Trịnh Quốc Hưng",
                "Giám đốc Sở",
                "Cuối tháng 6",
            ],
            [
                "8",
                "Rà soát, đề xuất sửa đổi quy chế làm việc của Sở sau khi sắp xếp các chi cục",
                "Văn phòng Sở",
                "GĐ Trịnh Quốc Hưng",
                "Giám đốc Sở",
                "Theo tiến độ sắp xếp của UBND tỉnh",
            ],
        ],
    )
    h.full_width_row(
        table,
        "Các nội dung phát sinh theo chỉ đạo của UBND tỉnh, Văn phòng Sở cập nhật, bổ sung vào Chương trình hằng tháng.",
        bold=False,
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: “Thượng tuần” là từ ngày 01 đến ngày 10, “Trung tuần” từ ngày 11 đến ngày 20, “Hạ tuần” từ ngày 21 đến cuối tháng; thời gian trình là thời hạn đơn vị tham mưu gửi hồ sơ đến Văn phòng Sở để trình.",
            "Thủ trưởng các đơn vị tham mưu báo cáo tiến độ các nội dung được giao về Văn phòng Sở trước ngày 22 hằng tháng.",
            "Nơi nhận: UBND tỉnh (b/c); Văn phòng UBND tỉnh; Ban Giám đốc Sở; Các phòng, chi cục, đơn vị; Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Trịnh Quốc Hưng",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h264
def h264_docx(h, path: Path) -> None:
    """A ministry's plan implementing a decree (saved as .rtf): tasks as numbered paragraphs whose
    last sentence runs in the lead and the time, **dues counted from the decree's printed effective
    date** (`chậm nhất 45 ngày kể từ ngày Nghị định có hiệu lực`, `trước ngày Nghị định có hiệu
    lực`), provinces' departments as a lead of a kind, a funding part (no items)."""
    document = _document()
    h.national_header(
        document,
        ["BỘ XÂY DỰNG", "", "Số: 311/KH-BXD"],
        "Hà Nội, ngày 12 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Triển khai thi hành Nghị định số 08/2028/NĐ-CP ngày 05 tháng 01 năm 2028 của Chính phủ quy định về quản lý vật liệu xây dựng tái chế từ chất thải rắn xây dựng",
            "Nghị định số 08/2028/NĐ-CP (sau đây gọi là Nghị định) có hiệu lực thi hành từ ngày 01 tháng 3 năm 2028. Để triển khai thi hành kịp thời, thống nhất và hiệu quả, Bộ Xây dựng ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Xác định cụ thể nội dung công việc, thời hạn, trách nhiệm của các cơ quan, đơn vị thuộc Bộ và sự phối hợp với các bộ, ngành, địa phương trong việc triển khai thi hành Nghị định.",
            "II. NỘI DUNG CÔNG VIỆC",
            "1. Phổ biến, quán triệt Nghị định",
            "1.1. Tổ chức hội nghị trực tuyến phổ biến nội dung Nghị định tới các bộ, ngành, Sở Xây dựng các tỉnh, thành phố và hiệp hội doanh nghiệp. Vụ Vật liệu xây dựng chủ trì, phối hợp với Vụ Pháp chế thực hiện; thời gian: trước ngày Nghị định có hiệu lực.",
            "1.2. Biên soạn tài liệu hỏi - đáp về Nghị định, đăng tải trên Cổng thông tin điện tử của Bộ. Giao Trung tâm Thông tin chủ trì, Vụ Vật liệu xây dựng cung cấp nội dung; hoàn thành trong tháng 3 năm 2028.",
            "2. Rà soát, ban hành văn bản hướng dẫn",
            "2.1. Xây dựng Thông tư hướng dẫn phương pháp xác định tỷ lệ vật liệu tái chế trong công trình sử dụng vốn đầu tư công. Vụ Vật liệu xây dựng chủ trì; Vụ Pháp chế, Viện Vật liệu xây dựng phối hợp; trình Bộ trưởng ban hành chậm nhất 45 ngày kể từ ngày Nghị định có hiệu lực.",
            "2.2. Rà soát các định mức dự toán có liên quan để sửa đổi, bổ sung cho phù hợp với Nghị định. Cục Kinh tế - Quản lý đầu tư xây dựng chủ trì thực hiện, báo cáo Bộ trưởng kết quả trong Quý II năm 2028.",
            "2.3. Đề nghị các bộ, cơ quan ngang Bộ rà soát văn bản thuộc thẩm quyền có nội dung liên quan đến vật liệu tái chế, gửi kết quả về Bộ Xây dựng (qua Vụ Pháp chế) để tổng hợp.",
            "3. Hướng dẫn, kiểm tra việc thi hành",
            "3.1. Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương tham mưu UBND cấp tỉnh ban hành danh mục cơ sở tái chế chất thải rắn xây dựng trên địa bàn; gửi Bộ Xây dựng trước ngày 30/6/2028.",
            "3.2. Kiểm tra tình hình thi hành Nghị định tại một số địa phương có khối lượng chất thải rắn xây dựng lớn. Thanh tra Bộ chủ trì, phối hợp với Vụ Vật liệu xây dựng thực hiện; thời gian: Quý IV năm 2028.",
            "3.3. Tổng hợp vướng mắc của địa phương, doanh nghiệp trong quá trình thi hành Nghị định, đề xuất Bộ trưởng xử lý. Vụ Vật liệu xây dựng thực hiện thường xuyên.",
            "III. KINH PHÍ THỰC HIỆN",
            "Kinh phí thực hiện Kế hoạch được bảo đảm từ dự toán chi thường xuyên năm 2028 của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Vụ Vật liệu xây dựng là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15/12/2028.",
            "Nơi nhận: Bộ trưởng (để b/c); Các Thứ trưởng; Văn phòng Chính phủ; Các bộ, cơ quan ngang bộ; UBND các tỉnh, thành phố trực thuộc TW; Sở Xây dựng các tỉnh, thành phố; Các cơ quan, đơn vị thuộc Bộ; Lưu: VT, VLXD.",
            "KT. BỘ TRƯỞNG — THỨ TRƯỞNG",
            "Nguyễn Văn Thắng",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h265
def h265_docx(h, path: Path) -> None:
    """A district inspectorate's conclusion of an inspection (before the 2025 reform; rendered to
    an image-only scan): findings first (no items), then `V. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ` with
    `1. Đối với <body>:` labels over dash measures, a refund with a money figure and a date, `trong
    thời hạn 30 ngày kể từ ngày ký Kết luận` (the conclusion's date printed), a review of people
    (`tổ chức kiểm điểm`) with no time, the inspectorate's follow-up."""
    document = _document(13)
    h.national_header(
        document,
        ["UBND HUYỆN TÂN LẬP", "THANH TRA HUYỆN", "Số: 07/KL-TTr"],
        "Tân Lập, ngày 15 tháng 4 năm 2025",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾT LUẬN THANH TRA",
            "Việc quản lý, sử dụng ngân sách và các khoản đóng góp của nhân dân tại UBND xã Phú Điền, giai đoạn 2022 - 2024",
            "Thực hiện Quyết định số 02/QĐ-TTr ngày 10/01/2025 của Chánh Thanh tra huyện, Đoàn thanh tra đã tiến hành thanh tra tại UBND xã Phú Điền từ ngày 20/01/2025 đến ngày 28/02/2025. Xét báo cáo kết quả thanh tra của Trưởng đoàn thanh tra, Chánh Thanh tra huyện kết luận như sau:",
            "I. KHÁI QUÁT CHUNG",
            "Xã Phú Điền có diện tích tự nhiên 2.146 ha, 2.870 hộ; tổng thu ngân sách xã giai đoạn 2022 - 2024 là 38,6 tỷ đồng.",
            "II. KẾT QUẢ KIỂM TRA, XÁC MINH",
            "1. Công tác lập, chấp hành dự toán: dự toán được lập đúng thời gian; một số khoản chi hội nghị vượt định mức, tổng số 18.600.000 đồng.",
            "2. Việc huy động đóng góp xây dựng đường giao thông nông thôn: thu của nhân dân 1.245.000.000 đồng, chưa công khai quyết toán với nhân dân theo quy định.",
            "III. KẾT LUẬN",
            "UBND xã Phú Điền cơ bản chấp hành quy định về quản lý ngân sách; tuy nhiên còn để xảy ra các sai sót nêu trên, trách nhiệm thuộc Chủ tịch UBND xã, công chức Tài chính - Kế toán xã.",
            "IV. CÁC BIỆN PHÁP XỬ LÝ THEO THẨM QUYỀN ĐÃ ÁP DỤNG",
            "Đoàn thanh tra đã yêu cầu UBND xã nộp lại khoản chi hội nghị vượt định mức; xã đã nộp 6.000.000 đồng trong thời gian thanh tra.",
            "V. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ",
            "1. Đối với UBND xã Phú Điền:",
            "- Nộp số tiền còn lại 12.600.000 đồng vào tài khoản tạm giữ của Thanh tra huyện tại Kho bạc Nhà nước Tân Lập trước ngày 30/5/2025.",
            "- Công khai quyết toán khoản đóng góp xây dựng đường giao thông nông thôn tại trụ sở xã và các thôn trong thời hạn 30 ngày kể từ ngày ký Kết luận này.",
            "- Tổ chức kiểm điểm trách nhiệm đối với Chủ tịch UBND xã và công chức Tài chính - Kế toán xã có liên quan đến các sai sót nêu tại Kết luận.",
            "- Báo cáo kết quả thực hiện Kết luận thanh tra về Thanh tra huyện trước ngày 15/6/2025.",
            "2. Đối với Phòng Tài chính - Kế hoạch huyện:",
            "- Hướng dẫn UBND xã Phú Điền điều chỉnh sổ kế toán đối với các khoản thu hồi; hoàn thành trong Quý II năm 2025.",
            "- Tăng cường kiểm tra công tác quyết toán ngân sách xã trên địa bàn huyện hằng năm.",
            "3. Giao Thanh tra huyện theo dõi, đôn đốc, kiểm tra việc thực hiện Kết luận thanh tra này.",
            "Nơi nhận: Chủ tịch UBND huyện (b/c); Thanh tra tỉnh (b/c); UBND xã Phú Điền; Phòng TC-KH huyện; Lưu: VT, hồ sơ đoàn.",
            "CHÁNH THANH TRA",
            "Hoàng Minh Khoa",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h266
def h266(h, path: Path) -> None:
    """A provincial hospital's quality-improvement plan (.xlsx): a `Vấn đề ưu tiên` cell merged
    down over its activities (no item), **start and end in two date cells** (a real date, a text
    date, `Liên tục`), a `Người/khoa chịu trách nhiệm` column mixing a department and a post with
    its department, an indicator column, a signature block."""
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KH CTCL 2028"
    width = 7
    h.sheet_title_rows(
        sheet,
        [
            "SỞ Y TẾ TỈNH HÀ LAM - BỆNH VIỆN ĐA KHOA TỈNH",
            "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG BỆNH VIỆN NĂM 2028",
            "(Kèm theo Quyết định số 156/QĐ-BVĐK ngày 08/01/2028 của Giám đốc Bệnh viện)",
            "",
        ],
        width,
    )
    sheet.append(
        [
            "Vấn đề ưu tiên",
            "Hoạt động cải tiến",
            "Người/khoa chịu trách nhiệm",
            "Thời gian bắt đầu",
            "Thời gian kết thúc",
            "Chỉ số đo lường",
            "Ghi chú",
        ]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        [
            "1. Thời gian chờ khám bệnh kéo dài",
            "Triển khai đặt lịch khám qua ứng dụng di động và tổng đài",
            "Phòng Công nghệ thông tin",
            datetime(2028, 2, 1),
            datetime(2028, 4, 30),
            "≥ 30% lượt khám được đặt lịch trước",
            "",
        ],
        [
            None,
            "Bố trí thêm 04 bàn khám buổi sáng thứ Hai, thứ Ba tại Khoa Khám bệnh",
            "Khoa Khám bệnh",
            datetime(2028, 1, 15),
            datetime(2028, 3, 31),
            "Thời gian chờ trung bình < 60 phút",
            "",
        ],
        [
            None,
            "Khảo sát sự hài lòng người bệnh ngoại trú",
            "Phòng Quản lý chất lượng",
            "Tháng 3/2028",
            "Tháng 11/2028",
            "Tỉ lệ hài lòng ≥ 90%",
            "Mỗi quý 01 đợt",
        ],
        [
            "2. Nhiễm khuẩn vết mổ",
            "Giám sát tuân thủ quy trình vệ sinh tay trước phẫu thuật",
            "Khoa Kiểm soát nhiễm khuẩn",
            datetime(2028, 1, 2),
            "Liên tục",
            "Tỉ lệ tuân thủ ≥ 95%",
            "",
        ],
        [
            None,
            "Chuẩn hóa quy trình dự phòng kháng sinh trước mổ",
            "Trưởng khoa Phẫu thuật gây mê hồi sức",
            datetime(2028, 3, 1),
            datetime(2028, 6, 30),
            "100% ca mổ phiên áp dụng",
            "Trình Hội đồng thuốc và điều trị",
        ],
        [
            "3. Sai sót trong dùng thuốc",
            "Triển khai kê đơn điện tử có cảnh báo tương tác thuốc",
            "Khoa Dược",
            datetime(2028, 4, 1),
            "31/8/2028",
            "Giảm 50% sai sót được báo cáo",
            "Phối hợp Phòng CNTT",
        ],
        [
            None,
            "Tập huấn báo cáo sự cố y khoa cho điều dưỡng mới",
            "Phòng Điều dưỡng",
            datetime(2028, 5, 10),
            datetime(2028, 5, 12),
            "100% điều dưỡng mới được tập huấn",
            "",
        ],
        [
            "4. Hồ sơ bệnh án chưa đầy đủ",
            "Kiểm tra ngẫu nhiên hồ sơ bệnh án ra viện",
            "Phòng Kế hoạch tổng hợp",
            datetime(2028, 1, 1),
            datetime(2028, 12, 31),
            "≥ 95% hồ sơ đạt",
            "Chọn mẫu 10 hồ sơ mỗi khoa",
        ],
    ]
    for row in rows:
        sheet.append(row)
    first = top + 1
    for start, end in [(first, first + 2), (first + 3, first + 4), (first + 5, first + 6)]:
        sheet.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
    for row in sheet.iter_rows(min_row=first, max_row=sheet.max_row):
        for cell in row[3:5]:
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy"
    sheet.append([])
    sheet.append(["Tổng số: 04 vấn đề ưu tiên, 08 hoạt động cải tiến"])
    sheet.append([])
    sheet.append([None, None, None, None, "GIÁM ĐỐC"])
    sheet.append([None, None, None, None, "BS.CKII Đặng Quang Vinh"])
    for column, size in zip("ABCDEFG", [26, 44, 26, 14, 14, 28, 24], strict=True):
        sheet.column_dimensions[column].width = size
    _wrap(sheet, top)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h268
def h268_xlsx(h, path: Path) -> None:
    """A state forestry company's yearly work programme (saved as legacy .xls): a `Tiến độ` column of
    **abbreviated periods** (`T3`, `Q2`, `Q2-Q3`, `T10-T11`, `6T đầu năm`, `Cả năm`, `Hết năm`), leads
    as abbreviations explained in a legend under the table, a section row, a `Kinh phí (tr.đ)` column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "CTCT 2028"
    width = 6
    h.sheet_title_rows(
        sheet,
        [
            "CÔNG TY TNHH MTV LÂM NGHIỆP SÔNG HIẾU",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
            "(Ban hành kèm theo Quyết định số 05/QĐ-LNSH ngày 06/01/2028)",
            "",
        ],
        width,
    )
    sheet.append(["STT", "Nội dung công việc", "Đơn vị thực hiện", "Phối hợp", "Tiến độ", "Kinh phí (tr.đ)"])
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        ["I", "SẢN XUẤT, KINH DOANH", None, None, None, None],
        [
            1,
            "Trồng rừng sản xuất keo lai mô trên diện tích sau khai thác: 185 ha",
            "P.KTLS",
            "Các đội SX",
            "T3 - T8",
            4625,
        ],
        [2, "Khai thác rừng trồng đến tuổi, tiêu thụ gỗ nguyên liệu", "P.KHKD", "Đội SX số 2", "Cả năm", 0],
        [
            3,
            "Hoàn thiện hồ sơ đánh giá chứng chỉ quản lý rừng bền vững (FSC) chu kỳ mới",
            "P.KTLS",
            "P.TCHC",
            "Q2",
            350,
        ],
        [
            4,
            "Lập phương án giá bán gỗ tròn năm 2029, trình Hội đồng thành viên",
            "P.KHKD",
            "P.TCKT",
            "T10-T11",
            None,
        ],
        ["II", "QUẢN TRỊ DOANH NGHIỆP", None, None, None, None],
        [5, "Báo cáo tài chính năm 2027 đã kiểm toán, công khai theo quy định", "P.TCKT", None, "T3", None],
        [
            6,
            "Rà soát, bổ sung quy chế trả lương, thưởng cho người lao động",
            "P.TCHC",
            "Công đoàn Công ty",
            "6T đầu năm",
            None,
        ],
        [
            7,
            "Tuần tra, chốt chặn bảo vệ rừng mùa khô",
            "Ban BVR",
            "Các đội SX; Hạt Kiểm lâm Sông Hiếu",
            "Q2-Q3",
            420,
        ],
        [
            8,
            "Quyết toán vốn đầu tư công trình đường lâm nghiệp Khe Nóng",
            "P.TCKT",
            "P.KTLS",
            "Hết năm",
            None,
        ],
        [None, "Cộng kinh phí", None, None, None, "=SUM(F6:F15)"],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.append(
        [
            "Viết tắt: P.KTLS - Phòng Kỹ thuật lâm sinh; P.KHKD - Phòng Kế hoạch kinh doanh; P.TCHC - Phòng Tổ chức hành chính; P.TCKT - Phòng Tài chính kế toán; Ban BVR - Ban Bảo vệ rừng; Đội SX - Đội sản xuất."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append([])
    sheet.append([None, None, None, "GIÁM ĐỐC"])
    sheet.append([None, None, None, "Lương Đình Phú"])
    for column, size in zip("ABCDEF", [6, 56, 14, 24, 12, 12], strict=True):
        sheet.column_dimensions[column].width = size
    _wrap(sheet, top)
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h269
def h269_docx(h, path: Path) -> None:
    """A provincial department's quarter programme (PDF with a text layer) laid out as **month
    headings over numbered lines whose closing parenthesis gives the lead and a day without a month**
    (`(Phòng … chủ trì; ngày 15)`, `(…; tuần cuối)`, `(…; cả tháng)`, `(…; theo lịch của Bộ)`)."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH THÀNH LAM", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 1402/CTr-SVHTTDL"],
        "Thành Lam, ngày 24 tháng 6 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2028",
            "Giám đốc Sở thông báo Chương trình công tác quý III năm 2028 để các phòng, đơn vị thuộc Sở chủ động thực hiện:",
            "THÁNG 7",
            "1. Tổ chức Liên hoan đờn ca tài tử các xã, phường lần thứ IV (Phòng Quản lý văn hóa chủ trì, Trung tâm Văn hóa - Điện ảnh phối hợp; ngày 15).",
            "2. Tham mưu UBND tỉnh văn bản chỉ đạo công tác quản lý lễ hội cuối năm (Phòng Quản lý văn hóa; tuần cuối).",
            "3. Kiểm tra các cơ sở lưu trú du lịch ven biển trong cao điểm hè (Thanh tra Sở chủ trì; cả tháng).",
            "THÁNG 8",
            "4. Đưa đoàn vận động viên tham dự Giải Vô địch điền kinh quốc gia (Trung tâm Huấn luyện và Thi đấu thể thao; theo lịch của Tổng cục Thể dục thể thao).",
            "5. Hội nghị xúc tiến du lịch Thành Lam tại Thành phố Hồ Chí Minh (Phòng Quản lý du lịch chủ trì, Trung tâm Thông tin xúc tiến du lịch phối hợp; ngày 22).",
            "Dự kiến: Đón đoàn công tác của Bộ Văn hóa, Thể thao và Du lịch khảo sát di tích quốc gia đặc biệt (thời gian Bộ thông báo sau).",
            "THÁNG 9",
            "6. Trình UBND tỉnh Kế hoạch tổ chức Năm Du lịch quốc gia 2029 tại tỉnh (Phòng Quản lý du lịch; trước ngày 10).",
            "7. Tổng kết Chương trình Bơi an toàn phòng chống đuối nước trẻ em năm 2028 (Phòng Quản lý thể dục thể thao; ngày 15 - 16).",
            "8. Báo cáo công tác 9 tháng đầu năm, phương hướng quý IV năm 2028 (Văn phòng Sở; ngày 20).",
            "Các phòng, đơn vị chủ động đăng ký bổ sung nội dung phát sinh với Văn phòng Sở trước ngày 25 của tháng liền trước.",
            "Nơi nhận: UBND tỉnh (b/c); Ban Giám đốc Sở; Các phòng, đơn vị thuộc Sở; Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Đinh Thị Hải Yến",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h270
def h270_docx(h, path: Path) -> None:
    """A regional state treasury's notice of the director's conclusions (legacy .doc): **each task paragraph ends on a bracketed `[Đơn vị thực hiện: …; thời hạn: …]`**, dues like
    `trong tháng 7/2028`, `chậm nhất ngày 05/8` (no year), `trước khi khóa sổ niên độ 2028
    (31/01/2029)` (a date in parentheses after an event), a praise paragraph and a general reminder
    (no items)."""
    document = _document()
    h.national_header(
        document,
        ["KHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC KHU VỰC XIV", "Số: 96/TB-KBKV14"],
        "Lam Sơn, ngày 18 tháng 7 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Kho bạc Nhà nước Khu vực XIV tại Hội nghị sơ kết công tác 6 tháng đầu năm 2028",
            "Ngày 15/7/2028, Giám đốc Kho bạc Nhà nước Khu vực XIV chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2028. Tham dự có các Phó Giám đốc, Trưởng các phòng chuyên môn và Trưởng các Phòng Giao dịch. Giám đốc kết luận như sau:",
            "1. Sáu tháng đầu năm, toàn Khu vực đã kiểm soát chi 14.820 tỷ đồng, từ chối thanh toán 63 khoản chi chưa đủ điều kiện; Giám đốc ghi nhận, biểu dương Phòng Kiểm soát chi và Phòng Giao dịch số 3.",
            "2. Đẩy nhanh giải ngân vốn đầu tư công, rà soát các dự án có tỉ lệ giải ngân dưới 30%, báo cáo danh sách để Giám đốc làm việc với chủ đầu tư. [Đơn vị thực hiện: Phòng Kiểm soát chi; thời hạn: trong tháng 7/2028]",
            "3. Hoàn thành chuyển đổi dữ liệu tài khoản của đơn vị sử dụng ngân sách sang hệ thống dịch vụ công mới. [Đơn vị thực hiện: Phòng Tin học và Dịch vụ công, các Phòng Giao dịch; thời hạn: chậm nhất ngày 05/8]",
            "4. Đối chiếu, xử lý dứt điểm các khoản tạm ứng quá hạn trên 12 tháng. [Đơn vị thực hiện: Phòng Kế toán nhà nước; phối hợp: Phòng Kiểm soát chi; thời hạn: 30/9/2028]",
            "5. Rà soát, sắp xếp lại kho tiền tại các Phòng Giao dịch sau khi hợp nhất, bảo đảm an toàn tuyệt đối. [Đơn vị thực hiện: Phòng Tổng hợp - Hành chính; thời hạn: Quý III/2028]",
            "6. Chuẩn bị các điều kiện khóa sổ kế toán, quyết toán ngân sách. [Đơn vị thực hiện: Phòng Kế toán nhà nước; thời hạn: trước khi khóa sổ niên độ 2028 (31/01/2029)]",
            "7. Tổ chức kiểm tra nội bộ việc chấp hành quy trình nghiệp vụ tại 04 Phòng Giao dịch. [Đơn vị thực hiện: Phòng Thanh tra - Kiểm tra; thời hạn: theo Kế hoạch kiểm tra năm 2028]",
            "8. Cập nhật, công khai thủ tục hành chính và kết quả giải quyết trên trang thông tin điện tử. [Đơn vị thực hiện: Phòng Tin học và Dịch vụ công; thời hạn: thường xuyên]",
            "9. Các phòng, Phòng Giao dịch tiếp tục chấp hành nghiêm kỷ luật, kỷ cương hành chính và văn hóa công sở.",
            "Văn phòng thông báo để các đơn vị biết, thực hiện. Các đơn vị báo cáo kết quả thực hiện các nội dung được giao trước ngày 25 hằng tháng./.",
            "Nơi nhận: Ban Giám đốc; Các phòng, Phòng Giao dịch; Lưu: VT, TH-HC.",
            "TL. GIÁM ĐỐC — TRƯỞNG PHÒNG TỔNG HỢP - HÀNH CHÍNH",
            "Trần Quang Lộc",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h271
def h271_xlsx(h, path: Path) -> None:
    """A commune People's Committee's quarter programme (saved as .ods) with **two time columns of
    different meaning** (`Thời gian trình UBND xã` and `Thời gian trình HĐND/Đảng ủy`), times
    written as meetings (`Phiên họp tháng 7`, `Kỳ họp thường lệ cuối năm`), a leader column, a
    row whose time is moved (`Phiên họp tháng 8 (chuyển sang quý IV)`)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Quy III"
    width = 6
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM (TỈNH NAM LAM)",
            "CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2028",
            "(Kèm theo Thông báo số 61/TB-UBND ngày 30/6/2028)",
            "",
        ],
        width,
    )
    sheet.append(
        [
            "TT",
            "Nội dung",
            "Cơ quan tham mưu",
            "Lãnh đạo phụ trách",
            "Thời gian trình UBND xã",
            "Thời gian trình HĐND/Đảng ủy",
        ]
    )
    top = sheet.max_row
    for cell in sheet[top]:
        cell.font = Font(bold=True)
    rows = [
        [
            "1",
            "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2028",
            "Văn phòng HĐND và UBND",
            "Chủ tịch UBND xã",
            "Phiên họp tháng 7",
            "",
        ],
        [
            "2",
            "Đề án sáp nhập, đặt tên thôn sau khi điều chỉnh địa giới",
            "Phòng Văn hóa - Xã hội",
            "PCT Võ Thị Lan",
            "Phiên họp tháng 7",
            "Kỳ họp chuyên đề HĐND xã tháng 8",
        ],
        [
            "3",
            "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2028",
            "Phòng Kinh tế",
            "PCT Đào Minh Sơn",
            "10/8/2028",
            "",
        ],
        [
            "4",
            "Quy chế quản lý chợ Đồng Tâm",
            "Phòng Kinh tế",
            "PCT Đào Minh Sơn",
            "Phiên họp tháng 8 (chuyển sang quý IV)",
            "",
        ],
        [
            "5",
            "Dự toán thu, chi ngân sách xã năm 2029",
            "Phòng Kinh tế",
            "Chủ tịch UBND xã",
            "Phiên họp tháng 9",
            "Kỳ họp thường lệ cuối năm",
        ],
        [
            "6",
            "Kế hoạch tuyển sinh, bảo đảm điều kiện năm học mới 2028 - 2029",
            "Phòng Văn hóa - Xã hội",
            "PCT Võ Thị Lan",
            "Trước 05/8",
            "",
        ],
        [
            "7",
            "Báo cáo kết quả giải quyết thủ tục hành chính quý III",
            "Trung tâm Phục vụ hành chính công xã",
            "Chủ tịch UBND xã",
            "Trước 25/9",
            "Báo cáo Đảng ủy tại hội nghị tháng 9",
        ],
        [
            "8",
            "Rà soát hộ nghèo, hộ cận nghèo giữa kỳ",
            "Phòng Văn hóa - Xã hội",
            "PCT Võ Thị Lan",
            "Tháng 9",
            "",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Phiên họp thường kỳ UBND xã tổ chức vào ngày làm việc cuối cùng của tháng; cơ quan tham mưu gửi dự thảo đến Văn phòng HĐND và UBND trước phiên họp ít nhất 05 ngày làm việc."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    sheet.append([])
    sheet.append([None, None, None, "TM. ỦY BAN NHÂN DÂN"])
    sheet.append([None, None, None, "CHỦ TỊCH"])
    sheet.append([None, None, None, "Hà Văn Quyết"])
    for column, size in zip("ABCDEF", [5, 52, 28, 20, 20, 26], strict=True):
        sheet.column_dimensions[column].width = size
    _wrap(sheet, top)
    workbook.save(path)


def batch_h263() -> None:
    """Writes h263–h272's binaries (the .html and the .txt are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h263(h, _out("h263_ctr_quy_so_nnmt_thuong_trung_ha_tuan.docx"))
    h266(h, _out("h266_kh_cai_tien_chat_luong_bv_bat_dau_ket_thuc.xlsx"))
    if not shutil.which("soffice"):
        print(
            "soffice not found: the .rtf, .xls, .ods, .doc and the PDFs were not regenerated", file=sys.stderr
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h264_docx, "h264_kh_bo_thi_hanh_nghi_dinh_tinh_tu_hieu_luc.docx", "rtf"),
                (h268_xlsx, "h268_ctct_cty_lam_nghiep_tien_do_viet_tat.xlsx", "xls"),
                (h269_docx, "h269_ctr_quy_so_vhttdl_thang_ngay_trong_ngoac.docx", "pdf"),
                (h270_docx, "h270_tbkl_kho_bac_khu_vuc_ngoac_vuong.docx", "doc"),
                (h271_xlsx, "h271_ctr_quy_ubnd_xa_hai_cot_trinh.xlsx", "ods"),
            ],
            _out,
        )
        name = "h265_kl_thanh_tra_huyen_kien_nghi_ban_quet"
        h265_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        h.rasterise(tmp / f"{name}.pdf", _out(f"{name}.pdf"), scale=200 / 72)


if __name__ == "__main__":
    batch_h263()
