# ruff: noqa: E501  (the documents' text is typed as the offices print it)
"""Held-out documents h423–h432: the second ordinary sample's second half (issue 13), written by
h13author39. Ordinary bodies that are neither provincial departments nor People's Committees — a
provincial tax office, a provincial general hospital, a bloc Party committee, a Farmers' Union, a
research institute, a high school, a state-owned irrigation company, a provincial police unit, a
provincial radio-television station, a Veterans' Association — each document typed as its clerk
would. Expected items were written by hand, before any import (`expected/`)."""

import shutil
import tempfile
from pathlib import Path

from batch_common import (
    DOCS,
    a4,
    cell_text,
    document,
    grid,
    head_block,
    landscape,
    out_path,
    para,
    sign_table,
    soffice,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h430_lich_tuan_phong_csgt",  # h13fixQX
    "h428_tbkl_giao_ban_truong_thpt",  # h13fixQX
    "h425_ctr_dang_uy_khoi_2027",  # h13fixQV
    "h427_kh_vien_thuy_loi_cds_phu_luc",  # h13fixQV
    "h432_cv_hoi_ccb_ky_niem",  # h13fixQV
}


# --- h423: Thuế tỉnh, programme of quarter I/2026 (.docx task table) --------------------------------


def h423(path: Path) -> None:
    doc = document(13)
    landscape(doc)
    head_block(
        doc,
        "CỤC THUẾ\nTHUẾ TỈNH PHÚ LÂM\n────────",
        left2="Số:  215/CTr-TPL",
        right2="Phú Lâm, ngày 06 tháng 01 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC", bold=True, center=True)
    para(doc, "Quý I năm 2026", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 1850/QĐ-CT ngày 25/12/2025 của Cục Thuế về giao dự toán thu ngân sách "
        "nhà nước năm 2026; căn cứ chức năng, nhiệm vụ được giao, Thuế tỉnh Phú Lâm xây dựng Chương "
        "trình công tác quý I năm 2026 như sau:",
    )
    rows = [
        ("§", "I", "CÔNG TÁC QUẢN LÝ THU NGÂN SÁCH"),
        [
            "1",
            "Giao dự toán thu ngân sách nhà nước năm 2026 cho các Thuế cơ sở",
            "Phòng Nghiệp vụ - Dự toán - Pháp chế",
            "Các Thuế cơ sở",
            "15/01/2026",
            "",
        ],
        [
            "2",
            "Triển khai quyết toán thuế thu nhập cá nhân năm 2025; hướng dẫn người nộp thuế quyết toán "
            "qua ứng dụng eTax Mobile",
            "Phòng Quản lý, hỗ trợ doanh nghiệp số 1",
            "Các Thuế cơ sở",
            "Tháng 3/2026",
            "",
        ],
        [
            "3",
            "Đôn đốc thu hồi nợ thuế, phấn đấu tỷ lệ nợ thuế dưới 8% tổng thu",
            "Phòng Quản lý nợ và cưỡng chế nợ thuế",
            "Thuế cơ sở 1, Thuế cơ sở 2, Thuế cơ sở 3",
            "Thường xuyên",
            "",
        ],
        [
            "4",
            "Báo cáo tình hình thực hiện dự toán thu ngân sách tháng gửi Cục Thuế",
            "Phòng Nghiệp vụ - Dự toán - Pháp chế",
            "",
            "Ngày 05 hằng tháng",
            "",
        ],
        ("§", "II", "CÔNG TÁC THANH TRA, KIỂM TRA"),
        [
            "5",
            "Xây dựng kế hoạch thanh tra, kiểm tra năm 2026 trình Cục Thuế phê duyệt",
            "Phòng Thanh tra - Kiểm tra số 1",
            "Phòng Thanh tra - Kiểm tra số 2",
            "20/01/2026",
            "",
        ],
        [
            "6",
            "Thanh tra  12 doanh nghiệp có dấu hiệu rủi ro cao về thuế theo kế hoạch được duyệt",
            "Phòng Thanh tra - Kiểm tra số 1",
            "",
            "Tháng 02 - tháng 3/2026",
            "Theo danh sách riêng",
        ],
        [
            "7",
            "Kiểm tra hồ sơ đề nghị hoàn thuế giá trị gia tăng thuộc diện kiểm tra trước hoàn",
            "Phòng Thanh tra - Kiểm tra số 2",
            "Phòng Quản lý, hỗ trợ doanh nghiệp số 1",
            "Trong quý I",
            "",
        ],
        ("§", "III", "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ"),
        [
            "8",
            "Triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với hộ kinh doanh nộp thuế theo "
            "phương pháp kê khai",
            "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác",
            "Các Thuế cơ sở",
            "31/3/2026",
            "",
        ],
        [
            "9",
            "Rà soát, chuẩn hóa dữ liệu đăng ký thuế của người nộp thuế trên hệ thống TMS",
            "Văn phòng",
            "Các phòng, Thuế cơ sở",
            "Tháng 02/2026",
            "Bộ phận Tin học",
        ],
        [
            "10",
            "Tổ chức hội nghị đối thoại với doanh nghiệp về chính sách thuế mới có hiệu lực từ năm 2026",
            "Phòng Quản lý, hỗ trợ doanh nghiệp số 1",
            "Hiệp hội Doanh nghiệp tỉnh",
            "Tháng 3/2026",
            "",
        ],
        ("§", "IV", "CÔNG TÁC TỔ CHỨC CÁN BỘ, VĂN PHÒNG"),
        [
            "11",
            "Tổ chức Hội nghị tổng kết công tác thuế năm 2025, triển khai nhiệm vụ năm 2026",
            "Văn phòng",
            "Các phòng",
            "16/01/2026",
            "",
        ],
        [
            "12",
            "Thực hiện quy trình bổ nhiệm lại công chức lãnh đạo cấp phòng hết thời hạn giữ chức vụ",
            "Phòng Tổ chức cán bộ",
            "",
            "Quý I/2026",
            "",
        ],
        [
            "13",
            "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026; thăm hỏi cán bộ hưu trí",
            "Công đoàn cơ sở Thuế tỉnh",
            "Văn phòng",
            "Trước 15/02/2026",
            "",
        ],
    ]
    grid(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        rows,
        widths=[1.2, 10, 5, 4.5, 3, 2.5],
    )
    para(
        doc,
        "Căn cứ Chương trình công tác quý I năm 2026, các phòng, Thuế cơ sở chủ động xây dựng kế "
        "hoạch của đơn vị để triển khai thực hiện đảm bảo tiến độ, chất lượng.",
    )
    para(
        doc,
        "Các phòng, Thuế cơ sở báo cáo kết quả thực hiện Chương trình về Văn phòng trước ngày 25 "
        "hằng tháng để tổng hợp, báo cáo Lãnh đạo Thuế tỉnh./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Thuế (để b/c);\n- Lãnh đạo Thuế tỉnh;\n- Các phòng, Thuế cơ sở;\n- Lưu: VT, VP.",
        "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n\n\n\nNguyễn Văn Khải",
    )
    doc.save(path)


# --- h424: provincial general hospital, plan of activities 2026 (.xlsx) ------------------------------


def h424(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2026"
    ws.merge_cells("A1:C1")
    ws["A1"] = "SỞ Y TẾ TỈNH BÌNH SƠN"
    ws.merge_cells("A2:C2")
    ws["A2"] = "BỆNH VIỆN ĐA KHOA TỈNH"
    ws.merge_cells("D1:G1")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("D2:G2")
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A4:G4")
    ws["A4"] = "KẾ HOẠCH HOẠT ĐỘNG NĂM 2026"
    ws.merge_cells("A5:G5")
    ws["A5"] = (
        "(Ban hành kèm theo Kế hoạch số 45/KH-BVĐK ngày 12/01/2026 của Giám đốc Bệnh viện Đa khoa tỉnh)"
    )
    for c in ("A1", "A2", "D1", "D2", "A4"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
    ws["A5"].font = Font(italic=True)
    ws["A5"].alignment = Alignment(horizontal="center")
    header = [
        "TT",
        "Nội dung hoạt động",
        "Khoa/phòng chủ trì",
        "Khoa/phòng phối hợp",
        "Thời gian thực hiện",
        "Sản phẩm",
        "Ghi chú",
    ]
    ws.append([])
    ws.append(header)  # row 7
    rows = [
        ("A", "CÔNG TÁC CHUYÊN MÔN"),
        [
            1,
            "Triển khai kỹ thuật can thiệp mạch vành qua da tại Khoa Tim mạch",
            "Khoa Tim mạch",
            "Khoa Chẩn đoán hình ảnh",
            "Quý II/2026",
            "Quyết định phê duyệt danh mục kỹ thuật",
            "",
        ],
        [
            2,
            "Cập nhật phác đồ điều trị các bệnh thường gặp theo hướng dẫn mới của Bộ Y tế",
            "Phòng Kế hoạch tổng hợp",
            "Các khoa lâm sàng",
            "30/6/2026",
            "Bộ phác đồ ban hành",
            "",
        ],
        [
            3,
            "Tổ chức bình bệnh án, kiểm tra hồ sơ bệnh án",
            "Phòng Kế hoạch tổng hợp",
            "Các khoa lâm sàng",
            "Hằng tháng",
            "Biên bản bình bệnh án",
            "",
        ],
        [
            4,
            "Thực hiện chỉ đạo tuyến, chuyển giao kỹ thuật cho Trung tâm Y tế khu vực Đông Sơn",
            "Phòng Chỉ đạo tuyến",
            "Khoa Hồi sức tích cực - Chống độc",
            "Tháng 9/2026",
            "Biên bản chuyển giao",
            "",
        ],
        ("B", "CÔNG TÁC QUẢN LÝ CHẤT LƯỢNG"),
        [
            5,
            "Tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng bệnh viện Việt Nam",
            "Phòng Quản lý chất lượng",
            "Các khoa, phòng",
            "Tháng 11/2026",
            "Báo cáo tự đánh giá",
            "",
        ],
        [
            6,
            "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú và nhân viên y tế",
            "Phòng Quản lý chất lượng",
            "Phòng Điều dưỡng",
            "Quý II và Quý IV/2026",
            "Báo cáo khảo sát",
            "",
        ],
        [
            7,
            "Giám sát tuân thủ vệ sinh tay, phòng ngừa nhiễm khuẩn bệnh viện",
            "Khoa Kiểm soát nhiễm khuẩn",
            "Phòng Điều dưỡng",
            "Thường xuyên",
            "Báo cáo giám sát",
            "",
        ],
        ("C", "CÔNG TÁC HÀNH CHÍNH - TÀI CHÍNH - CÔNG NGHỆ THÔNG TIN"),
        [
            8,
            "Triển khai bệnh án điện tử toàn viện, kết nối liên thông dữ liệu với BHXH",
            "Phòng Công nghệ thông tin",
            "Phòng Kế hoạch tổng hợp",
            "30/9/2026",
            "Hệ thống bệnh án điện tử",
            "Theo lộ trình của Sở Y tế",
        ],
        [
            9,
            "Xây dựng phương án giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu trình Sở Y tế",
            "Phòng Tài chính - Kế toán",
            "Phòng Kế hoạch tổng hợp",
            "Quý I/2026",
            "Phương án giá",
            "",
        ],
        [
            10,
            "Mua sắm, đấu thầu thuốc, vật tư y tế năm 2026 - 2027",
            "Khoa Dược",
            "Phòng Vật tư - Thiết bị y tế",
            "Tháng 5/2026",
            "Kết quả lựa chọn nhà thầu",
            "",
        ],
        [
            11,
            "Sửa chữa, cải tạo Khu nhà khám bệnh ngoại trú",
            "Phòng Hành chính quản trị",
            "Phòng Tài chính - Kế toán",
            "Tháng 7 - Tháng 10/2026",
            "Công trình nghiệm thu",
            "",
        ],
        [
            12,
            "Tổ chức khám sức khỏe định kỳ cho viên chức, người lao động",
            "Phòng Tổ chức cán bộ",
            "Khoa Khám bệnh",
            "Tháng 8/2026",
            "Hồ sơ sức khỏe",
            "",
        ],
    ]
    r = 8
    thin = Side(style="thin")
    for row in rows:
        if isinstance(row, tuple):
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 2, row[1]).font = Font(bold=True)
        else:
            for j, v in enumerate(row, 1):
                ws.cell(r, j, v)
        r += 1
    last = r - 1
    for row in ws.iter_rows(min_row=7, max_row=last, max_col=7):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for c in ws[7]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.cell(
        r + 1,
        1,
        "Ghi chú: Các khoa, phòng báo cáo tiến độ thực hiện Kế hoạch về Phòng Kế hoạch tổng hợp "
        "định kỳ hằng quý (trước ngày 20 của tháng cuối quý) để tổng hợp, báo cáo Giám đốc.",
    )
    ws.cell(r + 3, 5, "GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r + 7, 5, "Trần Thị Minh Hạnh").font = Font(bold=True)
    for col, w in zip("ABCDEFG", (5, 52, 24, 24, 16, 26, 16), strict=False):
        ws.column_dimensions[col].width = w
    wb.save(path)


# --- h425: bloc Party committee, programme 2027 (.doc from Word) -------------------------------------


def h425_docx(path: Path) -> None:
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "ĐẢNG BỘ TỈNH LONG HÒA\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nSố 24-CTr/ĐUK",
        "ĐẢNG CỘNG SẢN VIỆT NAM\n───────\n\nLong Hòa, ngày 08 tháng 01 năm 2027",
    )
    para(doc, "CHƯƠNG TRÌNH", bold=True, center=True)
    para(doc, "công tác năm 2027 của Ban Thường vụ Đảng ủy Khối", bold=True, center=True)
    para(doc, "-----", center=True)
    para(
        doc,
        "Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025 - 2030, Ban Thường "
        "vụ Đảng ủy Khối ban hành Chương trình công tác năm 2027, cụ thể như sau:",
    )
    rows = [
        ("§", "", "QUÝ I"),
        [
            "1",
            "Hội nghị Ban Chấp hành Đảng bộ Khối tổng kết công tác xây dựng Đảng năm 2026, triển khai "
            "nhiệm vụ năm 2027",
            "Văn phòng Đảng ủy Khối",
            "Tháng 01",
            "",
        ],
        [
            "2",
            "Ban hành kế hoạch kiểm tra, giám sát năm 2027 của Ban Chấp hành, Ủy ban Kiểm tra Đảng ủy Khối",
            "Ủy ban Kiểm tra Đảng ủy Khối",
            "Tháng 01",
            "",
        ],
        [
            "3",
            "Tổng kết công tác Đảng viên năm 2026; xét tặng Huy hiệu Đảng đợt 03/02",
            "Ban Tổ chức Đảng ủy Khối",
            "Tháng 02",
            "",
        ],
        [
            "4",
            "Hướng dẫn tổ chức học tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương, của Tỉnh ủy",
            "Ban Tuyên giáo và Dân vận Đảng ủy Khối",
            "Tháng 3",
            "",
        ],
        ("§", "", "QUÝ II"),
        [
            "5",
            "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh",
            "Ban Tuyên giáo và Dân vận Đảng ủy Khối",
            "Tháng 5",
            "",
        ],
        [
            "6",
            "Giám sát chuyên đề việc thực hiện quy định về những điều đảng viên không được làm tại 04 "
            "đảng bộ cơ sở",
            "Ủy ban Kiểm tra Đảng ủy Khối",
            "Tháng 4 - tháng 6",
            "",
        ],
        [
            "7",
            "Hội nghị Ban Chấp hành Đảng bộ Khối sơ kết công tác 6 tháng đầu năm 2027",
            "Văn phòng Đảng ủy Khối",
            "Tháng 6",
            "",
        ],
        ("§", "", "QUÝ III"),
        [
            "8",
            "Kiện toàn tổ chức cơ sở đảng sau sắp xếp bộ máy các cơ quan chuyên môn thuộc UBND tỉnh",
            "Ban Tổ chức Đảng ủy Khối",
            "Tháng 7",
            "Theo chỉ đạo của Tỉnh ủy",
        ],
        [
            "9",
            "Tổ chức lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú",
            "Trung tâm Chính trị tỉnh",
            "Tháng 8",
            "Ban Tổ chức phối hợp",
        ],
        [
            "10",
            "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2027",
            "Ban Tổ chức Đảng ủy Khối",
            "Tháng 9",
            "",
        ],
        ("§", "", "QUÝ IV"),
        [
            "11",
            "Tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở đảng và đảng viên năm 2027",
            "Ban Tổ chức Đảng ủy Khối",
            "Tháng 12",
            "",
        ],
        [
            "12",
            "Hội nghị Ban Chấp hành Đảng bộ Khối tổng kết công tác năm 2027, phương hướng nhiệm vụ năm 2028",
            "Văn phòng Đảng ủy Khối",
            "Tháng 12",
            "",
        ],
    ]
    grid(
        doc,
        ["TT", "Nội dung", "Cơ quan chuẩn bị", "Thời gian", "Ghi chú"],
        rows,
        widths=[1, 8.5, 4, 2.2, 2.3],
    )
    para(
        doc,
        "Căn cứ Chương trình này, các ban, Văn phòng Đảng ủy Khối chủ động chuẩn bị nội dung, bảo đảm "
        "chất lượng, đúng thời gian. Trong quá trình thực hiện, nếu có điều chỉnh, bổ sung, Văn phòng "
        "Đảng ủy Khối tổng hợp, báo cáo Thường trực Đảng ủy Khối xem xét, quyết định.",
    )
    para(
        doc,
        "Giao Văn phòng Đảng ủy Khối theo dõi, đôn đốc, định kỳ 6 tháng báo cáo Ban Thường vụ kết quả "
        "thực hiện Chương trình.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c),\n- Các đồng chí Ủy viên BCH Đảng bộ Khối,\n"
        "- Các ban, Văn phòng Đảng ủy Khối,\n- Các đảng bộ, chi bộ cơ sở,\n- Lưu Văn phòng.",
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\n\nLê Quang Vinh",
    )
    doc.save(path)


# --- h426: provincial Farmers' Union, plan with numbered tasks and labelled fields (.docx) ----------


def h426(path: Path) -> None:
    doc = document(14)
    a4(doc)
    para(doc, "HỘI NÔNG DÂN TỈNH HẢI THÀNH", bold=False, center=False)
    para(doc, "BAN THƯỜNG VỤ", bold=True)
    para(doc, "Số: 112-KH/HNDT", italic=False)
    para(doc, "Hải Thành, ngày 20 tháng 01 năm 2026", italic=True, right=True)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Tổ chức phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu "
        "và giảm nghèo bền vững năm 2026",
        bold=True,
        center=True,
    )
    lines = [
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        (
            "1. Nâng cao nhận thức của cán bộ, hội viên nông dân về vai trò của phong trào; phát huy vai trò "
            "chủ thể của nông dân trong phát triển kinh tế nông nghiệp, xây dựng nông thôn mới.",
            False,
        ),
        (
            "2. Các nội dung triển khai phải cụ thể, thiết thực, gắn với nhiệm vụ chính trị của địa phương, "
            "tránh hình thức.",
            False,
        ),
        ("II. NỘI DUNG, NHIỆM VỤ", True),
        ("1. Tuyên truyền, phát động phong trào thi đua trong cán bộ, hội viên", True),
        (
            "- Nội dung: Phát động phong trào tại hội nghị triển khai nhiệm vụ năm 2026; đăng tin, bài trên "
            "Trang thông tin điện tử của Hội và Báo Hải Thành.",
            False,
        ),
        ("- Đơn vị thực hiện: Ban Tuyên huấn; phối hợp: Văn phòng.", False),
        ("- Thời gian: Quý I/2026.", False),
        ("2. Hướng dẫn đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi các cấp", True),
        (
            "- Nội dung: Ban hành văn bản hướng dẫn tiêu chí, quy trình đăng ký, bình xét; tổng hợp danh sách "
            "hộ đăng ký.",
            False,
        ),
        ("- Đơn vị thực hiện: Ban Kinh tế - Xã hội.", False),
        ("- Thời gian: Hoàn thành trước ngày 31/3/2026.", False),
        ("3. Tổ chức hội thảo xây dựng mô hình kinh tế tập thể trong nông nghiệp", True),
        (
            "- Nội dung: Hội thảo chia sẻ kinh nghiệm thành lập tổ hợp tác, hợp tác xã nông nghiệp do Hội "
            "Nông dân hỗ trợ.",
            False,
        ),
        ("- Đơn vị thực hiện: Ban Kinh tế - Xã hội; phối hợp: Liên minh Hợp tác xã tỉnh.", False),
        ("- Thời gian: Tháng 5/2026.", False),
        ("4. Giải ngân, quản lý nguồn Quỹ Hỗ trợ nông dân", True),
        (
            "- Nội dung: Thẩm định, giải ngân các dự án vay vốn Quỹ Hỗ trợ nông dân năm 2026; đôn đốc thu hồi "
            "vốn đến hạn.",
            False,
        ),
        ("- Đơn vị thực hiện: Trung tâm Hỗ trợ nông dân và Quỹ Hỗ trợ nông dân.", False),
        ("- Thời gian: Thường xuyên.", False),
        ("5. Tổ chức Hội chợ nông sản, sản phẩm OCOP của hội viên nông dân", True),
        (
            "- Nội dung: Trưng bày, giới thiệu, kết nối tiêu thụ nông sản an toàn, sản phẩm OCOP của hội viên.",
            False,
        ),
        ("- Đơn vị thực hiện: Trung tâm Hỗ trợ nông dân; phối hợp: Sở Công Thương.", False),
        ("- Thời gian: Tháng 9/2026.", False),
        ("6. Dạy nghề, tập huấn chuyển giao khoa học kỹ thuật cho nông dân", True),
        (
            "- Nội dung: Mở 12 lớp dạy nghề nông nghiệp, 30 lớp tập huấn ứng dụng công nghệ cao, nông nghiệp "
            "hữu cơ.",
            False,
        ),
        ("- Đơn vị thực hiện: Trung tâm Hỗ trợ nông dân.", False),
        ("- Thời gian: Từ tháng 3 đến tháng 11/2026.", False),
        ("7. Kiểm tra, giám sát việc thực hiện phong trào tại cơ sở", True),
        (
            "- Nội dung: Kiểm tra tại 08 Hội Nông dân xã, phường về việc bình xét hộ sản xuất, kinh doanh giỏi.",
            False,
        ),
        ("- Đơn vị thực hiện: Ban Tổ chức - Kiểm tra.", False),
        ("- Thời gian: Quý III/2026.", False),
        ("8. Bình xét, tôn vinh hộ nông dân sản xuất, kinh doanh giỏi các cấp", True),
        (
            "- Nội dung: Tổng hợp kết quả bình xét; đề nghị Trung ương Hội Nông dân Việt Nam khen thưởng hộ "
            "đạt danh hiệu cấp Trung ương.",
            False,
        ),
        ("- Đơn vị thực hiện: Văn phòng (bộ phận Thi đua - Khen thưởng)", False),
        ("- Thời gian: Trước ngày 15/11/2026.", False),
        ("9. Tổng kết phong trào năm 2026", True),
        ("- Nội dung: Đánh giá kết quả thực hiện phong trào, biểu dương hộ tiêu biểu.", False),
        ("- Đơn vị thực hiện: Ban Kinh tế - Xã hội; phối hợp: Văn phòng.", False),
        ("- Thời gian: Tháng 12/2026.", False),
        ("III. TỔ CHỨC THỰC HIỆN", True),
        (
            "1. Các ban, đơn vị thuộc Hội Nông dân tỉnh căn cứ nhiệm vụ được giao chủ động triển khai, bảo đảm "
            "tiến độ, hiệu quả.",
            False,
        ),
        (
            "2. Hội Nông dân các xã, phường xây dựng kế hoạch triển khai tại địa phương; báo cáo kết quả 6 "
            "tháng trước ngày 15/6/2026, báo cáo năm trước ngày 15/11/2026 về Ban Thường vụ Hội Nông dân tỉnh "
            "(qua Ban Kinh tế - Xã hội).",
            False,
        ),
        (
            "Trên đây là Kế hoạch tổ chức phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2026, đề "
            "nghị các ban, đơn vị và Hội Nông dân các xã, phường nghiêm túc triển khai thực hiện./.",
            False,
        ),
    ]
    for text, bold in lines:
        para(doc, text, bold=bold)
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội NDVN (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các ban, đơn vị;\n"
        "- Hội ND các xã, phường;\n- Lưu: VP.",
        "T/M BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nĐinh Văn Thuận",
    )
    doc.save(path)


# --- h427: research institute, plan with an appendix table (.docx), 2027 -----------------------------


def h427(path: Path) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVIỆN KHOA HỌC THỦY LỢI MIỀN TRUNG\n───────",
        left2="Số: 38/KH-VTLMT",
        right2="Quy Nhơn, ngày 15 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Chuyển đổi số của Viện Khoa học Thủy lợi miền Trung năm 2027", bold=True, center=True)
    body = [
        ("I. MỤC TIÊU", True),
        (
            "Đẩy mạnh ứng dụng công nghệ số trong quản lý, điều hành và hoạt động nghiên cứu khoa học; 100% "
            "hồ sơ công việc được xử lý trên môi trường mạng; xây dựng cơ sở dữ liệu khoa học thủy lợi dùng "
            "chung của Viện.",
            False,
        ),
        ("II. NHIỆM VỤ", True),
        (
            "Các nhiệm vụ cụ thể, đơn vị chủ trì, thời hạn hoàn thành tại Phụ lục kèm theo Kế hoạch này.",
            False,
        ),
        ("III. KINH PHÍ", True),
        ("Từ nguồn ngân sách nhà nước giao cho Viện năm 2027 và các nguồn hợp pháp khác.", False),
        ("IV. TỔ CHỨC THỰC HIỆN", True),
        (
            "1. Phòng Tổ chức - Hành chính là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp "
            "kết quả, báo cáo Viện trưởng trước ngày 10/12/2027.",
            False,
        ),
        (
            "2. Các phòng, trung tâm, bộ môn trực thuộc Viện báo cáo kết quả thực hiện nhiệm vụ được giao định "
            "kỳ hằng quý về Phòng Tổ chức - Hành chính.",
            False,
        ),
        (
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Tổ chức - Hành "
            "chính để tổng hợp, báo cáo Viện trưởng xem xét, chỉ đạo./.",
            False,
        ),
    ]
    for text, bold in body:
        para(doc, text, bold=bold)
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ NN&MT (Cục Chuyển đổi số) (để b/c);\n- Lãnh đạo Viện;\n"
        "- Các đơn vị trực thuộc;\n- Lưu: VT, TCHC.",
        "VIỆN TRƯỞNG\n\n\n\nPhạm Đức Lâm",
    )
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 38/KH-VTLMT ngày 15/01/2027 của Viện Khoa học Thủy lợi miền Trung)",
        italic=True,
        center=True,
    )
    rows = [
        [
            "1",
            "Nâng cấp hệ thống quản lý văn bản và điều hành, tích hợp chữ ký số cho 100% viên chức",
            "Phòng Tổ chức - Hành chính",
            "Trung tâm Tin học và Dữ liệu",
            "Quý I/2027",
            "Hệ thống được nâng cấp",
        ],
        [
            "2",
            "Xây dựng cơ sở dữ liệu kết quả đề tài, dự án khoa học của Viện giai đoạn 2015 - 2026",
            "Phòng Khoa học và Hợp tác quốc tế",
            "Trung tâm Tin học và Dữ liệu",
            "30/9/2027",
            "Cơ sở dữ liệu",
        ],
        [
            "3",
            "Số hóa hồ sơ lưu trữ có giá trị bảo quản vĩnh viễn",
            "Phòng Tổ chức - Hành chính",
            "",
            "Tháng 6/2027",
            "Hồ sơ số hóa",
        ],
        [
            "4",
            "Triển khai phần mềm kế toán kết nối Kho bạc Nhà nước",
            "Phòng Kế hoạch - Tài chính",
            "",
            "Tháng 3/2027",
            "Phần mềm vận hành",
        ],
        [
            "5",
            "Xây dựng hệ thống giám sát mực nước, chất lượng nước thời gian thực tại 03 trạm quan trắc",
            "Trung tâm Nghiên cứu Tài nguyên nước",
            "Bộ môn Thủy văn - Thủy lực",
            "Quý III/2027",
            "Hệ thống giám sát",
        ],
        [
            "6",
            "Ứng dụng mô hình số mô phỏng ngập lụt lưu vực sông Kôn - Hà Thanh phục vụ cảnh báo sớm",
            "Bộ môn Thủy văn - Thủy lực",
            "Trung tâm Tin học và Dữ liệu",
            "30/11/2027",
            "Bộ mô hình, báo cáo",
        ],
        [
            "7",
            "Bảo đảm an toàn thông tin theo cấp độ cho các hệ thống thông tin của Viện",
            "Trung tâm Tin học và Dữ liệu",
            "",
            "Thường xuyên",
            "Báo cáo an toàn thông tin",
        ],
        [
            "8",
            "Cập nhật, nâng cấp Cổng thông tin điện tử của Viện (tiếng Việt, tiếng Anh)",
            "Trung tâm Tin học và Dữ liệu",
            "Phòng Khoa học và Hợp tác quốc tế",
            "Tháng 8/2027",
            "Cổng thông tin",
        ],
        [
            "9",
            "Tập huấn kỹ năng số cho viên chức, người lao động",
            "Phòng Tổ chức - Hành chính",
            "Trung tâm Tin học và Dữ liệu",
            "Quý II/2027",
            "02 lớp tập huấn",
        ],
        [
            "10",
            "Thí điểm phòng thí nghiệm số cho Phòng thí nghiệm Địa kỹ thuật và Vật liệu",
            "Phòng thí nghiệm Địa kỹ thuật và Vật liệu",
            "Trung tâm Tin học và Dữ liệu",
            "Tháng 10/2027",
            "Quy trình số hóa kết quả thí nghiệm",
        ],
        [
            "11",
            "Đánh giá mức độ chuyển đổi số của Viện năm 2027 theo bộ chỉ số của Bộ",
            "Phòng Tổ chức - Hành chính",
            "Các đơn vị",
            "Tháng 12/2027",
            "Báo cáo đánh giá",
        ],
    ]
    grid(
        doc,
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Kết quả/sản phẩm"],
        rows,
        widths=[1.2, 9.5, 4.8, 4.6, 2.8, 3.8],
    )
    doc.save(path)


# --- h428: high school, notice of conclusions of the monthly giao ban (.docx), 2025 -----------------


def h428(path: Path) -> None:
    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ LÂM\nTRƯỜNG THPT TÂN PHONG\n───────",
        left2="Số: 97/TB-THPTTP",
        right2="Tân Phong, ngày 03 tháng 11 năm 2025",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 10 năm 2025", bold=True, center=True)
    body = [
        "Chiều ngày 31/10/2025, Hiệu trưởng nhà trường chủ trì cuộc họp giao ban tháng 10/2025. Tham dự "
        "có các Phó Hiệu trưởng, Chủ tịch Công đoàn, Bí thư Đoàn trường, các tổ trưởng chuyên môn, tổ "
        "trưởng Tổ Văn phòng.",
        "Sau khi nghe báo cáo kết quả công tác tháng 10 và ý kiến của các thành viên dự họp, Hiệu trưởng "
        "kết luận như sau:",
        "1. Đánh giá chung",
        "Trong tháng 10, nhà trường đã hoàn thành kiểm tra giữa kỳ I, tổ chức Đại hội Đoàn trường và Hội "
        "nghị cha mẹ học sinh đúng kế hoạch. Tuy nhiên, tỷ lệ học sinh nghỉ học không phép ở khối 10 còn "
        "cao; việc cập nhật điểm trên phần mềm quản lý còn chậm.",
        "2. Nhiệm vụ trọng tâm tháng 11/2025",
        "2.1. Tổ Ngữ văn chủ trì tổ chức hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11, hoàn thành trước "
        "ngày 18/11/2025.",
        "2.2. Đoàn trường phối hợp với Công đoàn tổ chức Lễ kỷ niệm 43 năm Ngày Nhà giáo Việt Nam vào ngày "
        "20/11/2025.",
        "2.3. Các tổ chuyên môn hoàn thành cập nhật điểm kiểm tra giữa kỳ I lên phần mềm quản lý trường học "
        "trước ngày 10/11/2025.",
        "2.4. Phó Hiệu trưởng phụ trách chuyên môn xây dựng kế hoạch ôn thi học sinh giỏi cấp tỉnh lớp 12, "
        "trình Hiệu trưởng trước ngày 07/11/2025.",
        "2.5. Giáo viên chủ nhiệm khối 10 rà soát học sinh nghỉ học không phép, phối hợp với cha mẹ học sinh "
        "có biện pháp  vận động, báo cáo Ban Giám hiệu vào thứ Hai hằng tuần.",
        "2.6. Tổ Văn phòng hoàn thành hồ sơ đề nghị sửa chữa hệ thống điện phòng học Nhà B gửi Sở Giáo dục "
        "và Đào tạo trước ngày 15/11/2025.",
        '2.7. Tổ Toán - Tin tổ chức chuyên đề "Ứng dụng trí tuệ nhân tạo trong dạy học" trong tháng 11/2025.',
        '2.8. Đoàn trường tổ chức Hội thi "An toàn giao thông cho nụ cười ngày mai" cho học sinh khối 10, '
        "11 trong tuần từ ngày 17/11 đến ngày 22/11/2025.",
        "2.9. Tổ Văn phòng (kế toán) thực hiện chi trả chế độ cho giáo viên dạy thêm giờ học kỳ I trước "
        "ngày 25/11/2025.",
        "2.10. Các tổ trưởng chuyên môn duy trì kiểm tra hồ sơ, giáo án điện tử của giáo viên thường xuyên.",
        "Các tổ chuyên môn, tổ Văn phòng báo cáo kết quả thực hiện các nhiệm vụ trên về Phó Hiệu trưởng phụ "
        "trách trước ngày 28/11/2025 để tổng hợp tại cuộc họp giao ban tháng 11.",
        "Trên đây là kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 10/2025, đề nghị các bộ phận, cá "
        "nhân nghiêm túc thực hiện./.",
    ]
    for text in body:
        para(doc, text, bold=text[:2] in ("1.", "2.") and text[2] == " ")
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for line in (
        "- Ban Giám hiệu;",
        "- Các tổ chuyên môn, tổ Văn phòng;",
        "- Công đoàn, Đoàn trường;",
        "- Lưu: VT.",
    ):
        para(doc, line)
    para(doc, "HIỆU TRƯỞNG", bold=True, right=True)
    para(doc, "(đã ký)", italic=True, right=True)
    para(doc, "Võ Thị Thu Hà", bold=True, right=True)
    doc.save(path)


# --- h429: state-owned irrigation company, conclusions of the quarterly giao ban (.docx), 2026 -----


def h429(path: Path) -> None:
    doc = document(13)
    a4(doc)
    head_block(
        doc,
        "CÔNG TY TNHH MTV KHAI THÁC\nCÔNG TRÌNH THỦY LỢI BÌNH SƠN\n───────",
        left2="Số: 58/TB-CTTL",
        right2="Bình Sơn, ngày 06 tháng 4 năm 2026",
    )
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Chủ tịch Công ty tại Hội nghị giao ban quý I năm 2026", bold=True, center=True)
    body = [
        (
            "Ngày 02/4/2026, tại Hội trường Công ty, Chủ tịch Công ty chủ trì Hội nghị giao ban đánh giá kết "
            "quả sản xuất kinh doanh quý I, triển khai nhiệm vụ quý II năm 2026. Dự hội nghị có Ban Giám đốc, "
            "Kiểm soát viên, trưởng các phòng nghiệp vụ và giám đốc các Xí nghiệp thủy lợi.",
            False,
        ),
        ("Sau khi nghe báo cáo và ý kiến thảo luận, Chủ tịch Công ty kết luận:", False),
        ("I. ĐÁNH GIÁ CHUNG", True),
        (
            "Quý I năm 2026, Công ty đã cấp nước phục vụ gieo cấy vụ Đông Xuân 2025 - 2026 trên 18.450 ha, đạt "
            "100% kế hoạch; doanh thu ước đạt 26% kế hoạch năm. Công tác duy tu, bảo dưỡng công trình còn chậm "
            "so với tiến độ; một số hồ chứa chưa cập nhật quy trình vận hành.",
            False,
        ),
        ("II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026", True),
        ("1. Phòng Kế hoạch - Kỹ thuật", True),
        (
            "- Hoàn thành kế hoạch duy tu, bảo dưỡng công trình năm 2026, trình Giám đốc phê duyệt trước ngày "
            "20/4/2026.",
            False,
        ),
        (
            "- Rà soát, cập nhật quy trình vận hành 05 hồ chứa nước loại vừa, trình cấp có thẩm quyền phê "
            "duyệt trong tháng 5/2026.",
            False,
        ),
        ("- Kiểm tra an toàn đập, hồ chứa trước mùa mưa lũ, hoàn thành trước 31/5/2026.", False),
        ("2. Phòng Tài chính - Kế toán", True),
        (
            "- Đôn đốc thu tiền sử dụng sản phẩm, dịch vụ thủy lợi vụ Đông Xuân, báo cáo kết quả vào ngày 25 "
            "hằng tháng.",
            False,
        ),
        (
            "- Lập báo cáo tài chính 6 tháng đầu năm 2026 gửi Sở Tài chính đúng quy định (trước 30/7/2026).",
            False,
        ),
        ("3. Phòng Tổ chức - Hành chính", True),
        (
            "- Tổ chức tập huấn nghiệp vụ quản lý, vận hành công trình cho công nhân các cụm thủy nông trong "
            "tháng 5/2026.",
            False,
        ),
        (
            "- Xây dựng phương án sắp xếp lao động tại các cụm thủy nông sau sáp nhập xã, trình Chủ tịch Công "
            "ty trước 15/6/2026.",
            False,
        ),
        ("4. Xí nghiệp Thủy lợi Nam Sông Trà, Xí nghiệp Thủy lợi Bắc Sông Trà", True),
        (
            "- Điều tiết nước hợp lý phục vụ sản xuất vụ Hè Thu 2026; chủ động phương án chống hạn cục bộ.",
            False,
        ),
        ("- Nạo vét kênh chính, kênh cấp I bị bồi lắng; hoàn thành trước ngày 30/4/2026.", False),
        ("- Duy trì chế độ trực, vận hành công trình, báo cáo mực nước hồ chứa hằng ngày.", False),
        ("Đề nghị các phòng, Xí nghiệp khẩn trương triển khai thực hiện./.", False),
    ]
    for text, bold in body:
        para(doc, text, bold=bold)
    sign_table(
        doc,
        "Nơi nhận:\n- Chủ tịch, Ban Giám đốc Công ty;\n- Kiểm soát viên;\n- Các phòng, "
        "Xí nghiệp;\n- Lưu: VT, TCHC.",
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nHoàng Minh Tuấn",
    )
    doc.save(path)


# --- h430: provincial police traffic department, weekly work calendar (.docx), 2026 ----------------


def h430(path: Path) -> None:
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "CÔNG AN TỈNH PHÚ LÂM\nPHÒNG CẢNH SÁT GIAO THÔNG\n───────",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN 12", bold=True, center=True)
    para(doc, "(Từ ngày 16/3/2026 đến ngày 22/3/2026)", italic=True, center=True)
    header = [
        "Thứ, ngày",
        "Buổi",
        "Nội dung công việc",
        "Chủ trì",
        "Thành phần",
        "Địa điểm",
        "Đơn vị chuẩn bị",
    ]
    rows = [
        [
            "Thứ Hai\n16/3",
            "Sáng",
            "Giao ban Chỉ huy Phòng, triển khai công tác tuần",
            "Trưởng phòng",
            "Chỉ huy Phòng, Đội trưởng các Đội",
            "Phòng họp số 1",
            "Đội Tham mưu",
        ],
        [
            "",
            "Chiều",
            "Họp rà soát kế hoạch cao điểm bảo đảm trật tự an toàn giao thông dịp lễ 30/4 - 01/5",
            "Phó Trưởng phòng Lê Hữu Phước",
            "Đội Tuần tra, kiểm soát; Đội Tham mưu",
            "Phòng họp số 2",
            "Đội Tuần tra, kiểm soát",
        ],
        [
            "Thứ Ba\n17/3",
            "Sáng",
            "Làm việc với Sở Xây dựng về các điểm đen tai nạn giao thông trên Quốc lộ 1",
            "Trưởng phòng",
            "Đội Tham mưu, Đội Tuyên truyền, điều tra giải quyết tai nạn",
            "Sở Xây dựng",
            "Đội Tham mưu",
        ],
        ["", "Chiều", "Chỉ huy Phòng làm việc tại cơ quan", "", "", "", ""],
        [
            "Thứ Tư\n18/3",
            "Cả ngày",
            "Kiểm tra công tác đăng ký, quản lý phương tiện tại Công an xã Tân Phong, "
            "Công an phường Đông Hải",
            "Phó Trưởng phòng Nguyễn Thị Lan",
            "Đội Đăng ký, quản lý phương tiện",
            "Tân Phong, Đông Hải",
            "Đội Đăng ký, quản lý phương tiện",
        ],
        [
            "Thứ Năm\n19/3",
            "Sáng",
            "Tuyên truyền pháp luật về trật tự an toàn giao thông tại Trường THPT Tân Phong",
            "Phó Trưởng phòng Lê Hữu Phước",
            "Đội Tuyên truyền, điều tra giải quyết tai nạn",
            "Trường THPT Tân Phong",
            "Đội Tuyên truyền, điều tra giải quyết tai nạn",
        ],
        [
            "",
            "Chiều",
            "Dự Hội nghị sơ kết công tác quý I của Công an tỉnh (trực tuyến)",
            "Trưởng phòng",
            "Chỉ huy Phòng",
            "Hội trường Phòng",
            "Đội Tham mưu",
        ],
        [
            "Thứ Sáu\n20/3",
            "Sáng",
            "Họp Hội đồng xử lý vi phạm hành chính đối với các trường hợp phức tạp",
            "Phó Trưởng phòng Nguyễn Thị Lan",
            "Đội Tham mưu, Đội Xử lý vi phạm",
            "Phòng họp số 2",
            "Đội Xử lý vi phạm",
        ],
        [
            "",
            "Chiều",
            "Kiểm tra thiết bị ghi hình giám sát giao thông tại nút giao Quốc lộ 1 - Đường tỉnh 622 "
            "(dự kiến)",
            "Trưởng phòng",
            "Đội Chỉ huy điều khiển giao thông",
            "Nút giao QL1 - ĐT622",
            "Đội Chỉ huy điều khiển giao thông",
        ],
        [
            "Thứ Bảy\n21/3",
            "Cả ngày",
            "Tổng kiểm soát xe ô tô kinh doanh vận tải hành khách trên tuyến Quốc lộ 1",
            "Phó Trưởng phòng Lê Hữu Phước",
            "Đội Tuần tra, kiểm soát",
            "Quốc lộ 1",
            "Đội Tuần tra, kiểm soát",
        ],
        ["Chủ nhật\n22/3", "", "Trực chỉ huy: Phó Trưởng phòng Nguyễn Thị Lan", "", "", "", ""],
    ]
    t = grid(doc, header, rows, widths=[2, 1.6, 8, 3.6, 4.5, 3.2, 4])
    for first, second in ((1, 2), (3, 4), (6, 7), (9, 10)):
        a, b = t.rows[first].cells[0], t.rows[second].cells[0]
        text = a.text
        merged = a.merge(b)
        cell_text(merged, text, bold=True, center=True)
    para(
        doc,
        "Lịch công tác có thể thay đổi, các Đội theo dõi lịch điều chỉnh trên hệ thống "
        "quản lý văn bản nội bộ.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc CAT (b/c);\n- Chỉ huy Phòng;\n- Các Đội;\n- Lưu: ĐTM.",
        "TL. TRƯỞNG PHÒNG\nĐỘI TRƯỞNG ĐỘI THAM MƯU\n\n\n\nTrịnh Văn Hòa",
    )
    doc.save(path)


# --- h431: provincial radio-television station, indicator table 2026 (.xlsx) ------------------------


def h431(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu 2026"
    ws.merge_cells("A1:C1")
    ws["A1"] = "UBND TỈNH LONG HÒA"
    ws.merge_cells("A2:C2")
    ws["A2"] = "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"
    ws.merge_cells("A4:F4")
    ws["A4"] = "BIỂU GIAO CHỈ TIÊU SẢN XUẤT CHƯƠNG TRÌNH NĂM 2026"
    ws.merge_cells("A5:F5")
    ws["A5"] = "(Kèm theo Quyết định số 09/QĐ-PTTH ngày 07/01/2026 của Giám đốc Đài)"
    for c in ("A1", "A2", "A4"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A5"].font = Font(italic=True)
    ws.append([])
    ws.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2026", "Phòng thực hiện", "Ghi chú"])  # row 7
    rows = [
        ("I", "PHÁT THANH"),
        [1, "Thời lượng phát sóng phát thanh", "giờ/ngày", 18, "Phòng Kỹ thuật - Công nghệ", ""],
        [
            2,
            "Sản xuất chương trình thời sự phát thanh",
            "chương trình",
            1095,
            "Phòng Thời sự",
            "03 bản tin/ngày",
        ],
        [
            3,
            "Chương trình phát thanh tiếng dân tộc Cơ Tu",
            "chương trình",
            156,
            "Phòng Chuyên đề",
            "Tăng 12 chương trình so với năm 2025",
        ],
        ("II", "TRUYỀN HÌNH"),
        [4, "Thời lượng phát sóng kênh truyền hình LHTV", "giờ/ngày", 24, "Phòng Kỹ thuật - Công nghệ", ""],
        [
            5,
            "Tỷ lệ chương trình tự sản xuất trên tổng thời lượng phát sóng",
            "%",
            "≥ 45",
            "Phòng Biên tập",
            "",
        ],
        [6, "Sản xuất phóng sự, ký sự chuyên đề", "tác phẩm", 240, "Phòng Chuyên đề", ""],
        [7, "Chương trình trao đổi tin với Đài Truyền hình Việt Nam", "tin, bài", 320, "Phòng Thời sự", ""],
        ("III", "NỀN TẢNG SỐ"),
        [
            8,
            "Số lượt xem trên các nền tảng số (Website, YouTube, Facebook, TikTok)",
            "triệu lượt",
            60,
            "Phòng Nội dung số",
            "",
        ],
        [
            9,
            "Tin, bài đăng trên Báo điện tử Long Hòa và ứng dụng LHTV Go",
            "tin, bài",
            9000,
            "Phòng Nội dung số",
            "",
        ],
        ("IV", "DỊCH VỤ - QUẢNG CÁO"),
        [
            10,
            "Doanh thu dịch vụ quảng cáo, tài trợ chương trình",
            "triệu đồng",
            8500,
            "Phòng Dịch vụ - Quảng cáo",
            "Phấn đấu vượt 5%",
        ],
        [
            11,
            "Tham gia Liên hoan Phát thanh toàn quốc, Liên hoan Truyền hình toàn quốc",
            "tác phẩm",
            6,
            "Phòng Biên tập",
            "Đạt ít nhất 01 giải",
        ],
    ]
    r = 8
    thin = Side(style="thin")
    for row in rows:
        if isinstance(row, tuple):
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.cell(r, 2, row[1]).font = Font(bold=True)
        else:
            for j, v in enumerate(row, 1):
                ws.cell(r, j, v)
        r += 1
    for row in ws.iter_rows(min_row=7, max_row=r - 1, max_col=6):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for c in ws[7]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.cell(r + 1, 4, "GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r + 5, 4, "Ngô Thanh Bình").font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 58, 13, 16, 28, 30), strict=False):
        ws.column_dimensions[col].width = w
    wb.save(path)


# --- h432: provincial Veterans' Association, dispatch assigning tasks (PDF printed from Word) -------


def h432_docx(path: Path) -> None:
    doc = document(14)
    a4(doc)
    head_block(
        doc,
        "HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB TỈNH HẢI THÀNH\n*\nSố: 45/CV-CCB\nV/v triển khai "
        "các hoạt động kỷ niệm 37 năm Ngày thành lập Hội CCB Việt Nam",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────\n\n"
        "Hải Thành, ngày 05 tháng 10 năm 2026",
    )
    body = [
        "Kính gửi:",
        "- Các ban, Văn phòng Hội CCB tỉnh;",
        "- Hội CCB các xã, phường và các cơ quan, doanh nghiệp trực thuộc.",
        "Thực hiện Hướng dẫn số 112/HD-CCB ngày 22/9/2026 của Trung ương Hội Cựu chiến binh Việt Nam về "
        "tổ chức kỷ niệm 37 năm Ngày thành lập Hội CCB Việt Nam (06/12/1989 - 06/12/2026) và 82 năm Ngày "
        "thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026), Thường trực Hội CCB tỉnh đề nghị "
        "các đơn vị thực hiện một số nội dung sau:",
        "1. Ban Tuyên giáo chủ trì xây dựng đề cương tuyên truyền kỷ niệm, gửi Hội CCB các xã, phường trước "
        "ngày 20/10/2026.",
        "2. Ban Tổ chức - Kiểm tra tổng hợp đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc "
        'trong phong trào "Cựu chiến binh gương mẫu", trình Thường trực Hội trước ngày 10/11/2026.',
        "3. Văn phòng Hội CCB tỉnh chuẩn bị các điều kiện tổ chức Lễ mít tinh kỷ niệm cấp tỉnh dự kiến vào "
        "ngày 04/12/2026 tại Hội trường Tỉnh ủy.",
        "4. Ban Kinh tế phối hợp với Quỹ Bảo trợ cựu chiến binh tỉnh tổ chức thăm, tặng quà hội viên có "
        "hoàn cảnh khó khăn, hoàn thành trước ngày 05/12/2026.",
        "5. Ban Chính sách - Pháp luật rà soát, đề nghị giải quyết chế độ, chính sách còn tồn đọng đối với "
        "cựu chiến binh; báo cáo kết quả trong tháng 11/2026.",
        "6. Hội CCB các xã, phường tổ chức gặp mặt, tọa đàm kỷ niệm tại địa phương phù hợp với điều kiện "
        "thực tế, bảo đảm trang trọng, tiết kiệm.",
        "7. Hội CCB các xã, phường tiếp tục đẩy mạnh phong trào thi đua, phát triển hội viên; phấn đấu đến "
        "hết năm 2026 tỷ lệ tập hợp cựu chiến binh vào Hội đạt trên 95%.",
        "8. Ban Tuyên giáo phối hợp với Đài Phát thanh và Truyền hình tỉnh, Báo Hải Thành xây dựng phóng sự "
        "về gương cựu chiến binh tiêu biểu, phát sóng trước ngày 06/12/2026.",
        "Các đơn vị báo cáo kết quả tổ chức các hoạt động kỷ niệm về Thường trực Hội CCB tỉnh (qua Văn "
        "phòng) trước ngày 15/12/2026 để tổng hợp báo cáo Trung ương Hội.",
        "Nhận được Công văn này, đề nghị các đơn vị khẩn trương triển khai thực hiện./.",
    ]
    for text in body:
        para(doc, text, bold=text == "Kính gửi:")
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- TW Hội CCB VN (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Lưu: VT, VP.",
        "TM. THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\n\n\nBùi Xuân Trường",
    )
    doc.save(path)


def batch_h423() -> None:
    DOCS.mkdir(exist_ok=True)
    h423(DOCS / "h423_ctr_thue_tinh_quy1.docx")
    h424(DOCS / "h424_kh_benh_vien_dktinh_2026.xlsx")
    h426(DOCS / "h426_kh_hoi_nong_dan_sxkd_gioi.docx")
    h427(out_path("h427_kh_vien_thuy_loi_cds_phu_luc.docx", _MOVED))
    h428(out_path("h428_tbkl_giao_ban_truong_thpt.docx", _MOVED))
    h429(DOCS / "h429_tbkl_giao_ban_cty_thuy_loi.docx")
    h430(out_path("h430_lich_tuan_phong_csgt.docx", _MOVED))
    h431(DOCS / "h431_chi_tieu_dai_ptth.xlsx")
    if not shutil.which("soffice"):
        print("soffice not found: h425 (.doc) and h432 (.pdf) were not regenerated")
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        h425_docx(tmp / "h425_ctr_dang_uy_khoi_2027.docx")
        soffice(
            tmp / "h425_ctr_dang_uy_khoi_2027.docx", "doc", out_path("h425_ctr_dang_uy_khoi_2027.doc", _MOVED)
        )
        h432_docx(tmp / "h432_cv_hoi_ccb_ky_niem.docx")
        soffice(tmp / "h432_cv_hoi_ccb_ky_niem.docx", "pdf", out_path("h432_cv_hoi_ccb_ky_niem.pdf", _MOVED))
