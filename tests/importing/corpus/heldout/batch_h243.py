"""Writes the binaries of the held-out documents h243–h252 (helper h13author21).

Run from the repository root: `python tests/importing/corpus/heldout/make_docs.py --batch-h243`.
Every text below is own-authored (other names, units, places, dates and tasks) in how ministries
and provincial bodies commonly produce these ordinary kinds; no third-party text is stored. The
.html and .csv documents of the batch are written by hand and live beside the output. Like
`make_docs.py` this writes **only the documents**: their expected items (`expected/`) were written
by hand from the document text before the importer was first run on them. The writer helpers
(national header, grid tables, title rows, LibreOffice conversion) are `make_docs.py`'s. The .doc,
.xls, .odt and the PDFs need LibreOffice (`soffice`), the scan pypdfium2; their bytes differ run to
run, so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from datetime import date
from functools import partial
from pathlib import Path

from batch_common import DOCS, convert_each, out_path
from batch_common import document as _document
from batch_common import fill_rows as _rows
from batch_common import writers as _writers

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED = {
    "h244_ctr_tong_cuc_o_ngay_dinh_dang_thang",  # h13fixKK
    "h245_tb_vp_ubnd_tinh_ket_luan_bang_giao_cuoi",  # h13fixKK
    "h246_kh_bcd_cds_tinh_don_vi_dau_chu_tri",  # h13fixKK
    "h250_kh_quy_so_tu_phap_ngang_viet_tat_ban_quet",  # h13fixKM
    "h251_kh_kiem_tra_bo_doi_tuong_truoc_ngay_lam_viec",  # h13fixKM
    "h252_cv_vp_ubnd_tinh_truyen_dat_y_kien",  # h13fixKM
    "h249_chi_tieu_so_cong_thuong_luy_ke_quy",  # h13fixKR
}
_out = partial(out_path, moved=_MOVED)


# -------------------------------------------------------------------------------------------- h243
def h243(h, path: Path) -> None:
    """A ministry's plan implementing a law: general duties in the body, then a landscape appendix
    whose table has **two time columns, `Thời gian trình` and `Thời gian ban hành`** (some rows fill
    only one), a `Sản phẩm` column naming the instrument, objective group rows, and one row led by
    `Các Cục, Vụ theo chức năng` (every unit)."""
    from docx.enum.section import WD_SECTION

    document = _document()
    h.national_header(
        document,
        ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "", "Số: 1875/KH-BKHCN"],
        "Hà Nội, ngày 14 tháng 7 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Triển khai thi hành Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi)",
            "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) được Quốc hội thông qua ngày 12 tháng 6 năm 2027, có hiệu lực thi hành từ ngày 01 tháng 01 năm 2028. Để triển khai thi hành Luật kịp thời, thống nhất, Bộ Khoa học và Công nghệ ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các đơn vị thuộc Bộ trong việc triển khai thi hành Luật.",
            "2. Bảo đảm các văn bản quy định chi tiết được ban hành đúng thời hạn, có hiệu lực cùng thời điểm có hiệu lực của Luật.",
            "II. NỘI DUNG, TIẾN ĐỘ",
            "Nội dung công việc, cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời hạn hoàn thành được quy định chi tiết tại Phụ lục kèm theo Kế hoạch này.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các đơn vị thuộc Bộ được giao chủ trì có trách nhiệm xây dựng kế hoạch chi tiết, bảo đảm tiến độ, chất lượng các văn bản được giao.",
            "2. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước chi thường xuyên của Bộ năm 2027 và năm 2028.",
            "Nơi nhận:\n- Bộ trưởng (để b/c);\n- Các Thứ trưởng;\n- Các đơn vị thuộc Bộ;\n- Lưu: VT, PC.",
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(đã ký)\nNguyễn Hoàng Lâm",
        ],
    )
    section = document.add_section(WD_SECTION.NEW_PAGE)
    h.set_landscape(section)
    h.docx_paragraphs(
        document,
        [
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT (SỬA ĐỔI)",
            "(Kèm theo Kế hoạch số 1875/KH-BKHCN ngày 14/7/2027 của Bộ Khoa học và Công nghệ)",
        ],
    )
    table = h.grid_table(
        document,
        [
            "TT",
            "Nội dung công việc",
            "Sản phẩm",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian trình",
            "Thời gian ban hành",
        ],
        [0.4, 3.0, 1.5, 1.5, 1.7, 1.0, 1.0],
    )
    h.full_width_row(table, "I. XÂY DỰNG VĂN BẢN QUY ĐỊNH CHI TIẾT")
    _rows(
        h,
        table,
        [
            [
                "1",
                "Xây dựng Nghị định quy định chi tiết một số điều của Luật về đánh giá sự phù hợp",
                "Nghị định của Chính phủ",
                "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia",
                "Vụ Pháp chế; Bộ Công Thương; Bộ Y tế",
                "Tháng 10/2027",
                "Tháng 12/2027",
            ],
            [
                "2",
                "Xây dựng Thông tư quy định về hồ sơ, trình tự xây dựng, thẩm định tiêu chuẩn quốc gia",
                "Thông tư của Bộ trưởng",
                "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia",
                "Vụ Pháp chế",
                "Tháng 11/2027",
                "Tháng 12/2027",
            ],
            [
                "3",
                "Xây dựng Thông tư hướng dẫn quản lý quy chuẩn kỹ thuật địa phương",
                "Thông tư của Bộ trưởng",
                "Vụ Pháp chế",
                "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia; UBND một số tỉnh",
                "Tháng 11/2027",
                "",
            ],
        ],
    )
    h.full_width_row(table, "II. RÀ SOÁT, PHỔ BIẾN, TẬP HUẤN")
    _rows(
        h,
        table,
        [
            [
                "4",
                "Rà soát các văn bản quy phạm pháp luật thuộc lĩnh vực quản lý để sửa đổi, bổ sung, thay thế hoặc bãi bỏ",
                "Báo cáo rà soát",
                "Các Cục, Vụ theo chức năng",
                "Vụ Pháp chế",
                "",
                "Tháng 9/2027",
            ],
            [
                "5",
                "Biên soạn tài liệu giới thiệu nội dung cơ bản của Luật",
                "Tài liệu phổ biến",
                "Vụ Pháp chế",
                "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia",
                "",
                "Tháng 8/2027",
            ],
            [
                "6",
                "Tổ chức hội nghị phổ biến Luật cho các bộ, ngành, địa phương (03 khu vực)",
                "Hội nghị",
                "Vụ Pháp chế",
                "Văn phòng Bộ; Sở Khoa học và Công nghệ các tỉnh",
                "",
                "Quý IV/2027",
            ],
            [
                "7",
                "Cập nhật nội dung Luật và văn bản hướng dẫn trên Cổng thông tin điện tử của Bộ",
                "Chuyên mục trên Cổng",
                "Trung tâm Công nghệ thông tin",
                "Vụ Pháp chế",
                "",
                "Thường xuyên",
            ],
        ],
    )
    h.full_width_row(table, "III. KIỂM TRA, SƠ KẾT")
    _rows(
        h,
        table,
        [
            [
                "8",
                "Báo cáo Thủ tướng Chính phủ tình hình triển khai thi hành Luật",
                "Báo cáo của Bộ",
                "Vụ Pháp chế",
                "Các đơn vị thuộc Bộ",
                "Trước 15/12/2027",
                "—",
            ],
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h244
def h244(h, path: Path) -> None:
    """A general department's yearly work programme (.xlsx): the due column holds **real date cells
    on the first of the month shown as `mm/yyyy`** (the month is the due, not its first day), a few
    text dues, a **hidden code column**, frozen header, autofilter, group rows by department."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "CTCT 2027"
    h.sheet_title_rows(
        sheet,
        [
            "BỘ TÀI CHÍNH",
            "TỔNG CỤC DỰ TRỮ NHÀ NƯỚC",
            "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027 CỦA TỔNG CỤC",
            "(Ban hành kèm theo Quyết định số 38/QĐ-TCDT ngày 20/01/2027 của Tổng cục trưởng)",
            "",
        ],
        7,
    )
    h.xlsx_header(
        sheet,
        [
            "STT",
            "Mã NV",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Lãnh đạo Tổng cục phụ trách",
            "Thời hạn hoàn thành",
        ],
    )
    header = sheet.max_row
    rows = [
        ["A", None, "CÔNG TÁC XÂY DỰNG THỂ CHẾ, CHIẾN LƯỢC", None, None, None, None],
        [
            1,
            "TC-01",
            "Xây dựng Đề án nâng cao năng lực hệ thống kho dự trữ quốc gia giai đoạn 2028 - 2035",
            "Vụ Kế hoạch - Tài chính",
            "Vụ Quản lý hàng dự trữ; các Cục Dự trữ khu vực",
            "Phó Tổng cục trưởng Lê Văn Thành",
            date(2027, 9, 1),
        ],
        [
            2,
            "TC-02",
            "Sửa đổi Quy chế bảo quản hàng dự trữ quốc gia đối với mặt hàng lương thực",
            "Vụ Quản lý hàng dự trữ",
            "Vụ Pháp chế",
            "Phó Tổng cục trưởng Đỗ Thị Hạnh",
            date(2027, 6, 1),
        ],
        ["B", None, "CÔNG TÁC NGHIỆP VỤ DỰ TRỮ", None, None, None, None],
        [
            3,
            "NV-01",
            "Tổ chức mua bổ sung thóc dự trữ quốc gia vụ Đông Xuân",
            "Vụ Quản lý hàng dự trữ",
            "Các Cục Dự trữ khu vực",
            "Phó Tổng cục trưởng Đỗ Thị Hạnh",
            date(2027, 5, 1),
        ],
        [
            4,
            "NV-02",
            "Xuất cấp hàng dự trữ hỗ trợ địa phương khắc phục hậu quả thiên tai",
            "Vụ Quản lý hàng dự trữ",
            "Văn phòng Tổng cục",
            "Tổng cục trưởng",
            "Khi có quyết định của Thủ tướng Chính phủ",
        ],
        [
            5,
            "NV-03",
            "Kiểm tra công tác bảo quản tại các điểm kho dự trữ khu vực phía Nam",
            "Vụ Thanh tra - Kiểm tra",
            "Cục Dự trữ khu vực Đông Nam Bộ",
            "Phó Tổng cục trưởng Lê Văn Thành",
            date(2027, 10, 1),
        ],
        ["C", None, "CÔNG TÁC VĂN PHÒNG, TỔ CHỨC", None, None, None, None],
        [
            6,
            "VP-01",
            "Báo cáo tình hình thực hiện nhiệm vụ tháng gửi Bộ Tài chính",
            "Văn phòng Tổng cục",
            "Các đơn vị thuộc Tổng cục",
            "Tổng cục trưởng",
            "Ngày 20 hằng tháng",
        ],
        [
            7,
            "VP-02",
            "Tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2027",
            "Văn phòng Tổng cục",
            "Vụ Kế hoạch - Tài chính",
            "Tổng cục trưởng",
            date(2027, 7, 1),
        ],
        [
            8,
            "VP-03",
            "Xây dựng kế hoạch tuyển dụng công chức năm 2028",
            "Vụ Tổ chức cán bộ",
            None,
            "Phó Tổng cục trưởng Lê Văn Thành",
            date(2027, 11, 1),
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("A", "B", "C"):
            sheet.cell(sheet.max_row, 3).font = Font(bold=True)
        cell = sheet.cell(sheet.max_row, 7)
        if isinstance(row[6], date):
            cell.number_format = "mm/yyyy"
    for column, width in zip("ABCDEFG", [6, 8, 58, 26, 32, 28, 18], strict=True):
        sheet.column_dimensions[column].width = width
    sheet.column_dimensions["B"].hidden = True
    sheet.freeze_panes = sheet.cell(header + 1, 1)
    sheet.auto_filter.ref = f"A{header}:G{sheet.max_row}"
    for row in sheet.iter_rows(min_row=header):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = sheet.max_row + 2
    sheet.cell(last, 3, "Ghi chú: Thời hạn ghi theo tháng là hoàn thành trong tháng đó.")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h245
def h245_docx(h, path: Path) -> None:
    """The provincial People's Committee office's notice of a vice-chairman's conclusions (to PDF
    with a text layer): conclusions in prose by topic (`Về …`), then a closing **two-column table
    `Nội dung giao | Cơ quan thực hiện`** with the due only inside the content text, the lead first
    among `<lead> (chủ trì), <partners>`."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN TỈNH HÀ LAM", "VĂN PHÒNG", "Số: 412/TB-VP"],
        "Hà Lam, ngày 16 tháng 8 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Phó Chủ tịch UBND tỉnh Trịnh Quang Vũ tại cuộc họp về tiến độ giải phóng mặt bằng dự án đường vành đai phía Tây",
            "Ngày 13/8/2027, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Trịnh Quang Vũ chủ trì cuộc họp nghe báo cáo tiến độ giải phóng mặt bằng dự án đường vành đai phía Tây. Tham dự có đại diện lãnh đạo Sở Xây dựng, Sở Tài chính, Sở Nông nghiệp và Môi trường, Ban Quản lý dự án đầu tư xây dựng tỉnh và UBND các xã Tây Sơn, Phú Lâm. Sau khi nghe báo cáo và ý kiến các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:",
            "1. Về tiến độ chung",
            "Đến nay dự án đã bàn giao được 78% diện tích mặt bằng; còn 46 hộ chưa nhận tiền bồi thường, chủ yếu tại xã Phú Lâm. Ghi nhận sự cố gắng của UBND xã Tây Sơn đã hoàn thành bàn giao mặt bằng đoạn qua địa bàn xã.",
            "2. Về đơn giá bồi thường cây trồng, vật kiến trúc",
            "Thống nhất chủ trương điều chỉnh đơn giá bồi thường cây lâu năm cho phù hợp với giá thị trường tại thời điểm bồi thường.",
            "3. Về khu tái định cư Phú Lâm",
            "Khu tái định cư đã hoàn thành hạ tầng kỹ thuật nhưng chưa có điện sinh hoạt; cần xử lý dứt điểm trước khi bố trí tái định cư cho các hộ dân.",
            "4. Phân công thực hiện",
        ],
    )
    table = h.grid_table(document, ["Nội dung giao", "Cơ quan thực hiện"], [4.6, 2.0])
    _rows(
        h,
        table,
        [
            [
                "Tham mưu UBND tỉnh quyết định điều chỉnh đơn giá bồi thường cây lâu năm, hoàn thành trước ngày 31/8/2027.",
                "Sở Nông nghiệp và Môi trường (chủ trì), Sở Tài chính",
            ],
            [
                "Tổ chức đối thoại với 46 hộ dân chưa nhận tiền bồi thường, vận động bàn giao mặt bằng; báo cáo kết quả trước ngày 10/9/2027.",
                "UBND xã Phú Lâm",
            ],
            [
                "Làm việc với Công ty Điện lực Hà Lam đấu nối điện sinh hoạt cho khu tái định cư Phú Lâm, xong trong tháng 9/2027.",
                "Ban Quản lý dự án đầu tư xây dựng tỉnh",
            ],
            [
                "Thẩm định, trình phê duyệt điều chỉnh dự toán chi phí bồi thường, hỗ trợ, tái định cư ngay sau khi có đơn giá mới.",
                "Sở Tài chính (chủ trì), Sở Xây dựng",
            ],
            [
                "Báo cáo tiến độ giải phóng mặt bằng vào thứ Sáu hằng tuần, qua Văn phòng UBND tỉnh.",
                "Ban Quản lý dự án đầu tư xây dựng tỉnh (chủ trì), UBND các xã Tây Sơn, Phú Lâm",
            ],
            [
                "Hướng dẫn UBND xã Phú Lâm lập hồ sơ cưỡng chế thu hồi đất đối với các trường hợp cố tình không chấp hành (nếu có), hoàn thành trong quý IV/2027.",
                "Sở Nông nghiệp và Môi trường",
            ],
            [
                "Theo dõi, đôn đốc việc thực hiện các nội dung trên, tổng hợp báo cáo Phó Chủ tịch UBND tỉnh tại cuộc họp tháng 10/2027.",
                "Văn phòng UBND tỉnh",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
            "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các cơ quan tại mục 4;\n- Lưu: VT, KT.",
            "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(đã ký)\nLương Thị Thu Hà",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h246
def h246_docx(h, path: Path) -> None:
    """A provincial steering committee's digital-transformation plan (legacy .doc): numbered tasks
    each closed by **one sentence `Đơn vị thực hiện: A, B, C; thời hạn: …`** where the plan says
    once, in its text, that **the unit written first leads** and the others coordinate."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH ĐÔNG HẢI", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "Số: 07/KH-BCĐ"],
        "Đông Hải, ngày 02 tháng 3 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH HOẠT ĐỘNG NĂM 2027 CỦA BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH",
            "I. MỤC TIÊU",
            "Đến cuối năm 2027, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng (trừ hồ sơ mật); tỷ lệ dịch vụ công trực tuyến toàn trình đạt trên 70%.",
            "II. NHIỆM VỤ",
            "Ghi chú: Ở mỗi nhiệm vụ, đơn vị được ghi đầu tiên tại mục “Đơn vị thực hiện” là đơn vị chủ trì; các đơn vị tiếp theo là đơn vị phối hợp.",
            "1. Hoàn thiện Kiến trúc Chính quyền số tỉnh Đông Hải phiên bản 4.0, trình UBND tỉnh phê duyệt. Đơn vị thực hiện: Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh, Sở Tài chính; thời hạn: tháng 6/2027.",
            "2. Đưa Trung tâm dữ liệu tỉnh vào vận hành chính thức, chuyển toàn bộ hệ thống thông tin dùng chung lên Trung tâm. Đơn vị thực hiện: Trung tâm Chuyển đổi số tỉnh, Sở Khoa học và Công nghệ; thời hạn: quý III/2027.",
            "3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực từ năm 2020 trở về trước. Đơn vị thực hiện: Trung tâm Phục vụ hành chính công tỉnh, các sở, ngành, UBND các xã, phường; thời hạn: 30/11/2027.",
            "4. Tổ chức Ngày Chuyển đổi số tỉnh năm 2027 gắn với Ngày Chuyển đổi số quốc gia. Đơn vị thực hiện: Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Đài Phát thanh và Truyền hình tỉnh; thời hạn: tháng 10/2027.",
            "5. Kiểm tra, đánh giá mức độ chuyển đổi số của các sở, ngành và UBND các xã, phường. Đơn vị thực hiện: Tổ giúp việc Ban Chỉ đạo; thời hạn: tháng 11 - 12/2027.",
            "6. Bảo đảm an toàn thông tin mạng theo mô hình 4 lớp cho các hệ thống thông tin của tỉnh. Đơn vị thực hiện: Công an tỉnh, Sở Khoa học và Công nghệ, Trung tâm Chuyển đổi số tỉnh; thời hạn: thường xuyên.",
            "7. Bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số trong dự toán ngân sách năm 2028. Đơn vị thực hiện: Sở Tài chính, Sở Khoa học và Công nghệ; thời hạn: trước ngày 15/10/2027.",
            "8. Tổng hợp báo cáo kết quả thực hiện Kế hoạch gửi Ban Chỉ đạo quốc gia. Đơn vị thực hiện: Sở Khoa học và Công nghệ (Cơ quan thường trực Ban Chỉ đạo); thời hạn: 6 tháng trước ngày 15/6/2027, năm trước ngày 10/12/2027.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Thành viên Ban Chỉ đạo theo lĩnh vực được phân công chỉ đạo, đôn đốc các đơn vị thực hiện Kế hoạch này; trong quá trình thực hiện nếu có khó khăn, vướng mắc báo cáo Trưởng Ban Chỉ đạo (qua Sở Khoa học và Công nghệ) để xem xét, giải quyết.",
            "Nơi nhận:\n- Ban Chỉ đạo quốc gia (b/c);\n- Thành viên BCĐ;\n- Lưu: VT.",
            "TRƯỞNG BAN\nCHỦ TỊCH UBND TỈNH\n(đã ký)\nĐặng Văn Tùng",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h249
def h249(h, path: Path) -> None:
    """A Department of Industry and Trade's indicator table (legacy .xls): **cumulative milestone
    columns `Quý I | 6 tháng | 9 tháng | Cả năm`** under a spanning `Kế hoạch năm 2027` cell, a
    `Thực hiện 2026` column, a `Đơn vị theo dõi` lead and a unit column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chi tieu"
    h.sheet_title_rows(
        sheet,
        [
            "SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH GIANG",
            "CHỈ TIÊU KẾ HOẠCH NGÀNH CÔNG THƯƠNG NĂM 2027 VÀ PHÂN KỲ THEO QUÝ",
            "(Kèm theo Quyết định số 61/QĐ-SCT ngày 05/01/2027 của Giám đốc Sở)",
            "",
        ],
        9,
    )
    sheet.append(
        [
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện 2026",
            "Kế hoạch năm 2027",
            None,
            None,
            None,
            "Đơn vị theo dõi",
        ]
    )
    top = sheet.max_row
    sheet.append([None, None, None, None, "Quý I", "6 tháng", "9 tháng", "Cả năm", None])
    for r in (top, top + 1):
        for cell in sheet[r]:
            cell.font = Font(bold=True)
    for column in (1, 2, 3, 4, 9):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=8)
    rows = [
        ["I", "CÔNG NGHIỆP", None, None, None, None, None, None, None],
        [
            1,
            "Chỉ số sản xuất công nghiệp (IIP) tăng so với cùng kỳ",
            "%",
            8.6,
            7.5,
            8,
            8.5,
            9,
            "Phòng Quản lý công nghiệp",
        ],
        [
            2,
            "Giá trị sản xuất công nghiệp (giá so sánh 2010)",
            "Tỷ đồng",
            58410,
            14200,
            29800,
            46100,
            63700,
            "Phòng Quản lý công nghiệp",
        ],
        [
            3,
            "Số cụm công nghiệp được đầu tư hạ tầng đồng bộ",
            "Cụm",
            9,
            None,
            10,
            None,
            12,
            "Phòng Kế hoạch - Tổng hợp",
        ],
        ["II", "THƯƠNG MẠI", None, None, None, None, None, None, None],
        [
            4,
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
            "Tỷ đồng",
            71250,
            18500,
            38200,
            57900,
            79000,
            "Phòng Quản lý thương mại",
        ],
        [5, "Kim ngạch xuất khẩu", "Triệu USD", 2890, 700, 1480, 2260, 3100, "Phòng Quản lý thương mại"],
        [6, "Số chợ được cải tạo, nâng cấp", "Chợ", 6, 1, 3, 5, 8, "Phòng Quản lý thương mại"],
        ["III", "NĂNG LƯỢNG", None, None, None, None, None, None, None],
        [
            7,
            "Tỷ lệ hộ dân sử dụng điện lưới quốc gia",
            "%",
            99.82,
            None,
            None,
            None,
            99.9,
            "Phòng Quản lý năng lượng",
        ],
    ]
    for row in rows:
        sheet.append(row)
        if row[0] in ("I", "II", "III"):
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    for column, width in zip("ABCDEFGHI", [5, 50, 11, 12, 10, 10, 10, 10, 28], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=top):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    last = sheet.max_row + 2
    sheet.cell(
        last,
        2,
        "Ghi chú: Số liệu phân kỳ là số lũy kế từ đầu năm; các phòng báo cáo kết quả thực hiện trước ngày 05 của tháng đầu quý sau.",
    )
    sheet.cell(last + 2, 8, "GIÁM ĐỐC")
    sheet.cell(last + 3, 8, "Tạ Minh Chiến")
    workbook.save(path)


# -------------------------------------------------------------------------------------------- h250
def h250_docx(h, path: Path) -> None:
    """A Department of Justice's quarter plan (scanned later, **landscape, 300 dpi**): a table
    `TT | Nội dung | Phòng chủ trì | Phối hợp | Thời gian | Ghi chú`, leads **abbreviated** (`P. HCTP`,
    `P. PBGDPL`, `TTr Sở`) with the legend printed under the table, `Tháng 7 - 8`, `15/9`, `Quý III`."""
    document = _document(12)
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["UBND TỈNH TÂY SƠN LĨNH", "SỞ TƯ PHÁP", "Số: 96/KH-STP"],
        "Tây Sơn Lĩnh, ngày 28 tháng 6 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2027",
            "Sở Tư pháp xây dựng Kế hoạch công tác quý III năm 2027 như sau:",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Nội dung công việc", "Phòng chủ trì", "Phối hợp", "Thời gian", "Ghi chú"],
        [0.4, 3.8, 1.2, 1.6, 1.1, 1.3],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Thẩm định dự thảo Nghị quyết của HĐND tỉnh quy định mức chi bảo đảm cho công tác hòa giải ở cơ sở",
                "P. XD&KTVB",
                "VP Sở",
                "Tháng 7",
                "Theo đề nghị của Sở Tài chính",
            ],
            [
                "2",
                "Tổ chức Ngày Pháp luật tại các xã biên giới",
                "P. PBGDPL",
                "Hội đồng PHPBGDPL tỉnh",
                "Tháng 7 - 8",
                "",
            ],
            [
                "3",
                "Kiểm tra công tác chứng thực, hộ tịch tại 08 xã, phường",
                "P. HCTP",
                "TTr Sở",
                "Quý III",
                "Theo Quyết định kiểm tra riêng",
            ],
            [
                "4",
                "Thanh tra việc chấp hành pháp luật về công chứng đối với 03 Văn phòng công chứng",
                "TTr Sở",
                "P. BTTP",
                "Tháng 8",
                "",
            ],
            [
                "5",
                "Tổng kết 05 năm thi hành Luật Hòa giải ở cơ sở",
                "P. PBGDPL",
                "UBND các xã, phường",
                "15/9",
                "Hội nghị tại Hội trường UBND tỉnh",
            ],
            [
                "6",
                "Cập nhật văn bản quy phạm pháp luật của tỉnh lên Cơ sở dữ liệu quốc gia về pháp luật",
                "P. XD&KTVB",
                "",
                "Thường xuyên",
                "",
            ],
            [
                "7",
                "Báo cáo công tác tư pháp 9 tháng đầu năm 2027",
                "VP Sở",
                "Các phòng, đơn vị",
                "Trước 20/9",
                "Gửi Bộ Tư pháp, UBND tỉnh",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Ghi chú viết tắt: P. XD&KTVB: Phòng Xây dựng và Kiểm tra văn bản; P. PBGDPL: Phòng Phổ biến, giáo dục pháp luật; P. HCTP: Phòng Hành chính tư pháp; P. BTTP: Phòng Bổ trợ tư pháp; TTr Sở: Thanh tra Sở; VP Sở: Văn phòng Sở.",
            "Nơi nhận:\n- Bộ Tư pháp (b/c);\n- UBND tỉnh (b/c);\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT.",
            "GIÁM ĐỐC\n(đã ký)\nHà Thị Minh Nguyệt",
        ],
    )
    document.save(path)


def rasterise_300(pdf: Path, target: Path, scale: float = 300 / 72) -> None:
    """An image-only PDF of every page of `pdf` at 300 dpi, a slight skew, grey then thresholded."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    for index in range(len(document)):
        page = document[index].render(scale=scale).to_pil().convert("L")
        page = page.rotate(-0.6, expand=False, fillcolor=255)
        pages.append(page.point(lambda value: 255 if value > 165 else 0).convert("1"))
    first, rest = pages[0], pages[1:]
    first.save(target, "PDF", resolution=72 * scale, save_all=True, append_images=rest)


# -------------------------------------------------------------------------------------------- h251
def h251(h, path: Path) -> None:
    """A ministry inspectorate's yearly inspection plan (.docx) whose table puts the **inspected body
    first** (`Đối tượng kiểm tra`, provinces' departments: no lead), then the content, a `Thời gian
    tiến hành` of **working days** (no due), `Thời gian` as a month or quarter, and the lead last."""
    document = _document()
    h.national_header(
        document,
        ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "THANH TRA BỘ", "Số: 15/KH-TTr"],
        "Hà Nội, ngày 22 tháng 12 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH KIỂM TRA CÔNG TÁC QUẢN LÝ NHÀ NƯỚC NĂM 2027",
            "Thực hiện Quyết định số 4120/QĐ-BNNMT ngày 10/12/2026 của Bộ trưởng phê duyệt định hướng chương trình thanh tra, kiểm tra năm 2027, Thanh tra Bộ xây dựng Kế hoạch kiểm tra như sau:",
        ],
    )
    table = h.grid_table(
        document,
        [
            "STT",
            "Đối tượng kiểm tra",
            "Nội dung kiểm tra",
            "Thời gian tiến hành (ngày làm việc)",
            "Thời gian",
            "Đơn vị chủ trì",
        ],
        [0.4, 1.6, 2.6, 0.9, 0.9, 1.4],
    )
    _rows(
        h,
        table,
        [
            [
                "1",
                "Sở Nông nghiệp và Môi trường tỉnh Lạng Giang",
                "Việc thực hiện quy định về quản lý giống cây trồng, phân bón",
                "05",
                "Tháng 3/2027",
                "Cục Trồng trọt và Bảo vệ thực vật",
            ],
            [
                "2",
                "Sở Nông nghiệp và Môi trường tỉnh Bình Hải",
                "Việc cấp giấy phép khai thác tài nguyên nước",
                "07",
                "Tháng 4/2027",
                "Cục Quản lý tài nguyên nước",
            ],
            [
                "3",
                "Chi cục Thủy sản tỉnh Cà Mau Tây",
                "Công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)",
                "05",
                "Quý II/2027",
                "Cục Thủy sản và Kiểm ngư",
            ],
            [
                "4",
                "Ban Quản lý rừng phòng hộ Đa Nhim Thượng",
                "Việc quản lý, sử dụng tiền dịch vụ môi trường rừng",
                "10",
                "Tháng 7/2027",
                "Thanh tra Bộ",
            ],
            [
                "5",
                "Sở Nông nghiệp và Môi trường tỉnh Quảng Bắc",
                "Việc thực hiện thủ tục giao đất, cho thuê đất",
                "07",
                "Quý III/2027",
                "Cục Quản lý đất đai",
            ],
            [
                "6",
                "Trung tâm Quan trắc môi trường tỉnh Hòa Sơn",
                "Việc thực hiện quy trình quan trắc, báo cáo số liệu quan trắc môi trường tự động",
                "05",
                "Tháng 9/2027",
                "Cục Môi trường",
            ],
            [
                "7",
                "Chi cục Thú y vùng VI",
                "Công tác kiểm dịch động vật, sản phẩm động vật nhập khẩu",
                "05",
                "Tháng 10/2027",
                "Cục Chăn nuôi và Thú y",
            ],
        ],
    )
    h.docx_paragraphs(
        document,
        [
            "Tổ chức thực hiện:",
            "1. Các Cục được giao chủ trì thành lập Đoàn kiểm tra, xây dựng đề cương gửi đối tượng kiểm tra trước thời điểm kiểm tra ít nhất 10 ngày; báo cáo kết quả về Thanh tra Bộ trong vòng 15 ngày kể từ khi kết thúc kiểm tra.",
            "2. Thanh tra Bộ tổng hợp kết quả kiểm tra năm 2027, báo cáo Bộ trưởng trước ngày 15/12/2027.",
            "Nơi nhận:\n- Bộ trưởng (b/c);\n- Các Cục liên quan;\n- Lưu: VT, TTr.",
            "CHÁNH THANH TRA\n(đã ký)\nPhùng Văn Quang",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h252
def h252_docx(h, path: Path) -> None:
    """The provincial People's Committee office's dispatch **conveying the chairman's instructions**
    (công văn truyền đạt ý kiến, .odt): `Chủ tịch UBND tỉnh có ý kiến như sau:` over dash
    paragraphs, the first naming the reported matter (no item), `Giao …`/`Yêu cầu …`, one due given
    as the date of another body's meeting printed in the same paragraph."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN TỈNH BẮC THỦY", "VĂN PHÒNG", "Số: 2306/VP-KGVX"],
        "Bắc Thủy, ngày 05 tháng 10 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "V/v triển khai công tác chuẩn bị năm học mới và phòng, chống dịch bệnh trong trường học",
            "Kính gửi:\n- Sở Giáo dục và Đào tạo;\n- Sở Y tế;\n- Sở Tài chính;\n- UBND các xã, phường.",
            "Xét Báo cáo số 318/BC-SGDĐT ngày 28/9/2027 của Sở Giáo dục và Đào tạo về tình hình khai giảng năm học 2027 - 2028, Chủ tịch UBND tỉnh có ý kiến như sau:",
            "- Ghi nhận, biểu dương ngành Giáo dục và Đào tạo đã tổ chức khai giảng năm học mới an toàn, tiết kiệm.",
            "- Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu phòng học còn thiếu tại các xã vùng cao, đề xuất phương án bố trí kinh phí, báo cáo UBND tỉnh trước ngày 30/10/2027.",
            "- Giao Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh tổ chức khám sức khỏe, giám sát dịch bệnh tay chân miệng, sốt xuất huyết trong trường học; thực hiện thường xuyên trong năm học.",
            "- Sở Tài chính tham mưu bổ sung kinh phí mua sắm thiết bị dạy học tối thiểu lớp 3 và lớp 7, trình tại phiên họp UBND tỉnh tháng 11/2027.",
            "- Yêu cầu Chủ tịch UBND các xã, phường kiểm tra, bảo đảm an toàn công trình trường học trước mùa mưa bão, hoàn thành trong tháng 10/2027.",
            "- Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung trên tại cuộc họp giao ban khối văn hóa - xã hội quý IV (dự kiến ngày 17/12/2027).",
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- Như trên;\n- CT, PCT UBND tỉnh;\n- Lưu: VT, KGVX.",
            "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(đã ký)\nVõ Thanh Bình",
        ],
    )
    document.save(path)


def batch_h243() -> None:
    """Writes h243–h252's binaries (the .html and .csv are written by hand)."""
    h = _writers()
    DOCS.mkdir(exist_ok=True)
    h243(h, DOCS / "h243_kh_bo_trien_khai_luat_thoi_gian_trinh_ban_hanh.docx")
    h244(h, _out("h244_ctr_tong_cuc_o_ngay_dinh_dang_thang.xlsx"))
    h251(h, _out("h251_kh_kiem_tra_bo_doi_tuong_truoc_ngay_lam_viec.docx"))
    if not shutil.which("soffice"):
        print("soffice not found: the .doc, .xls, .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        convert_each(
            h,
            tmp,
            [
                (h245_docx, "h245_tb_vp_ubnd_tinh_ket_luan_bang_giao_cuoi.docx", "pdf"),
                (h246_docx, "h246_kh_bcd_cds_tinh_don_vi_dau_chu_tri.docx", "doc"),
                (h252_docx, "h252_cv_vp_ubnd_tinh_truyen_dat_y_kien.docx", "odt"),
            ],
            _out,
        )
        name = "h249_chi_tieu_so_cong_thuong_luy_ke_quy"
        h249(h, tmp / f"{name}.xlsx")
        h.soffice_convert(tmp / f"{name}.xlsx", "xls", DOCS / f"{name}.xls")
        name = "h250_kh_quy_so_tu_phap_ngang_viet_tat_ban_quet"
        h250_docx(h, tmp / f"{name}.docx")
        h.soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
        rasterise_300(tmp / f"{name}.pdf", _out(f"{name}.pdf"))


if __name__ == "__main__":
    batch_h243()
