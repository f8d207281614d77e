"""Held-out batch h603–h612, written by h13author57 blind to the importer: ten documents of a
provincial Tax Department's regional office (Thuế cơ sở), a commune People's Committee (land and
construction order), a provincial Social Insurance office, a district vocational education centre, a
provincial Women's Union, a provincial agricultural extension centre, a district health centre, a
provincial Inspectorate, a provincial Statistics office and an economic zone management board. Every
name, person, place, number and date in them is invented."""

from pathlib import Path

from batch_common import (
    MARKS,
    bold_header,
    calendar_page,
    cell_text,
    column_widths,
    document,
    grid,
    head_block,
    landscape,
    marked_paragraphs,
    out_path,
    para,
    sign_table,
    title_rows,
    wrap,
    write_batch,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h609_tbkl_ttyt_huyen_giao_ban",  # h13fixSW
    "h608_kh_khuyen_nong_cot_thang_danh_dau",  # h13fixSZ
    "h603_cv_thue_co_so_thu_cuoi_nam",  # h13fixSV
    "h607_ctr_hoi_lhpn_tinh_2027",  # h13fixTG
    "h612_lich_tuan_bql_kkt",  # h13fixTG
    "h604_kh_xa_trat_tu_dat_dai_xay_dung",  # h13fixTJ
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def h603_docx(h, path: Path) -> None:
    """Tax office: a dispatch, each team the subject of its own dash point under numbered fields."""
    doc = document()
    head_block(
        doc,
        "THUẾ TỈNH BÌNH LĂNG\nTHUẾ CƠ SỞ 2 TỈNH BÌNH LĂNG\n───────\nSố: 1874/TCS2-NVDT\nV/v triển khai nhiệm "
        "vụ thu ngân sách cuối năm 2026 và chuẩn bị thu năm 2027",
        right2="Thạch Bàn, ngày 04 tháng 12 năm 2026",
    )
    lines = [
        "^^Kính gửi:",
        "- Các Đội thuế thuộc Thuế cơ sở 2;",
        "- Ủy ban nhân dân các xã, phường trên địa bàn.",
        "Thực hiện Công văn số 6120/TBL-NVDTPC ngày 28/11/2026 của Thuế tỉnh Bình Lăng về các giải pháp hoàn "
        "thành dự toán thu ngân sách nhà nước năm 2026; để chủ động triển khai nhiệm vụ thu năm 2027, Thuế "
        "cơ sở 2 tỉnh Bình Lăng (sau đây gọi là Thuế cơ sở) yêu cầu các Đội thuế và đề nghị UBND các xã, "
        "phường thực hiện một số nội dung sau:",
        "**1. Về thu ngân sách và quản lý nợ thuế",
        "- Đội Quản lý nợ và cưỡng chế nợ thuế (Đội QLN) rà soát, phân loại toàn bộ số tiền thuế nợ đến ngày "
        "30/11/2026; ban hành thông báo tiền thuế nợ và áp dụng biện pháp cưỡng chế đối với người nộp thuế "
        "nợ trên 90 ngày, hoàn thành trước ngày 25/12/2026.",
        "- Đội Nghiệp vụ - Dự toán - Pháp chế đôn đốc thu các khoản thu từ đất, lệ phí trước bạ phát sinh; "
        "tổng hợp tiến độ thu ngân sách, báo cáo Trưởng Thuế cơ sở hằng tuần vào sáng thứ Hai.",
        "- Đội Kiểm tra thuế số 2 giải quyết dứt điểm các hồ sơ đề nghị hoàn thuế giá trị gia tăng đã tiếp "
        "nhận trong năm 2026, xong trước ngày 20/12/2026.",
        "**2. Về quản lý thuế hộ kinh doanh",
        "- Đội Quản lý hộ kinh doanh, cá thể (Đội QLHKD) lập bộ thuế khoán ổn định năm 2027: niêm yết công "
        "khai dự kiến mức thuế tại trụ sở UBND xã, phường từ ngày 15/12 đến ngày 25/12/2026; duyệt bộ, "
        "công khai mức thuế chính thức trước ngày 05/01/2027.",
        "- Đội QLHKD hướng dẫn hộ kinh doanh có doanh thu từ 01 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử "
        "khởi tạo từ máy tính tiền; thực hiện thường xuyên.",
        "**3. Về kiểm tra thuế và hỗ trợ người nộp thuế",
        "- Đội Kiểm tra thuế số 1 xây dựng kế hoạch kiểm tra tại trụ sở người nộp thuế năm 2027, trình "
        "Trưởng Thuế cơ sở phê duyệt trước ngày 31/12/2026.",
        "- Đội Tuyên truyền - Hỗ trợ người nộp thuế tổ chức 02 hội nghị đối thoại với doanh nghiệp, hộ kinh "
        "doanh về chính sách thuế có hiệu lực từ ngày 01/01/2027; thời gian: trong tháng 01/2027.",
        "- Đội Nghiệp vụ - Dự toán - Pháp chế hướng dẫn các tổ chức chi trả thu nhập trên địa bàn quyết toán "
        "thuế thu nhập cá nhân năm 2026, hoàn thành trước ngày 15/3/2027.",
        "**4. Đề nghị UBND các xã, phường",
        "Chỉ đạo Hội đồng tư vấn thuế xã, phường họp xét, cho ý kiến về mức thuế khoán dự kiến năm 2027 của "
        "hộ kinh doanh trên địa bàn, gửi biên bản về Thuế cơ sở (qua Đội QLHKD) trước ngày 28/12/2026.",
        "Các Đội thuế báo cáo kết quả thực hiện các nội dung trên về Đội Nghiệp vụ - Dự toán - Pháp chế "
        "trước ngày 05/01/2027 để tổng hợp, báo cáo Thuế tỉnh.",
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Đội Nghiệp vụ - Dự toán - Pháp chế "
        "(điện thoại 0238.3912.557) để được hướng dẫn./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- Thuế tỉnh (b/c);\n- Trưởng, các Phó Trưởng Thuế cơ sở;\n- Lưu: VT, "
        "NVDTPC.",
        "KT. TRƯỞNG THUẾ CƠ SỞ\nPHÓ TRƯỞNG THUẾ CƠ SỞ\n\n\n\nVi Thị Thanh Tâm",
    )
    doc.save(path)


def h604_docx(h, path: Path) -> None:
    """Commune: a prose plan, each task a bold heading over dash lines of labelled fields."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG PHONG\n───────\nSố: 187/KH-UBND",
        right2="Đông Phong, ngày 08 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Tăng cường quản lý trật tự đất đai, trật tự xây dựng trên địa bàn xã năm 2027",
        "^^-----",
        "Căn cứ Luật Đất đai năm 2024; Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020); thực hiện Chỉ thị "
        "số 14/CT-UBND ngày 20/11/2026 của UBND tỉnh Bình Lăng về tăng cường quản lý đất đai, trật tự xây "
        "dựng, UBND xã Đông Phong ban hành Kế hoạch như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU",
        "Ngăn chặn, xử lý kịp thời, dứt điểm các trường hợp vi phạm pháp luật về đất đai, xây dựng ngay từ "
        "khi mới phát sinh; nâng cao ý thức chấp hành pháp luật của Nhân dân. Phân công rõ người, rõ việc, "
        "rõ thời gian hoàn thành.",
        "**II. NHIỆM VỤ CỤ THỂ",
        "**1. Rà soát, thống kê các trường hợp vi phạm đất đai, xây dựng tồn đọng",
        "- Nội dung: rà soát toàn bộ các trường hợp lấn, chiếm đất, xây dựng không phép, sai phép từ ngày "
        "01/7/2014 đến nay; phân loại theo thôn và theo loại vi phạm.",
        "- Chủ trì: Phòng Kinh tế.",
        "- Phối hợp: Công an xã, Trưởng các thôn.",
        "- Thời gian: hoàn thành trước ngày 31/3/2027.",
        "**2. Kiểm tra, phát hiện và xử lý vi phạm trật tự xây dựng",
        "- Nội dung: tuần tra, kiểm tra các công trình đang thi công; lập biên bản, ban hành quyết định xử "
        "phạt hoặc tham mưu xử phạt theo thẩm quyền.",
        "- Chủ trì: Tổ kiểm tra trật tự xây dựng xã (thành lập theo Quyết định số 95/QĐ-UBND ngày "
        "12/3/2026).",
        "- Thời gian: thường xuyên; kiểm tra đột xuất khi có phản ánh của Nhân dân.",
        "**3. Tuyên truyền, phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn",
        "- Nội dung: tuyên truyền trên hệ thống loa truyền thanh, tại các buổi sinh hoạt thôn; phát tờ "
        "gấp tại 11 thôn.",
        "- Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Phòng Kinh tế.",
        "- Thời gian: Quý I và Quý III/2027.",
        "**4. Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 120 hồ sơ tồn đọng",
        "- Chủ trì: Phòng Kinh tế; phối hợp: Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Phong.",
        "- Thời gian: tháng 11/2027.",
        "**5. Cưỡng chế tháo dỡ công trình vi phạm hành lang an toàn đường tỉnh ĐT.742",
        "- Chủ trì: Tổ kiểm tra trật tự xây dựng xã; phối hợp: Công an xã, Phòng Kinh tế; thời gian: Quý "
        "II/2027.",
        "**6. Cập nhật, chỉnh lý biến động đất đai trên hồ sơ địa chính",
        "- Chủ trì: Phòng Kinh tế.",
        "- Thời gian: hằng tháng.",
        "**7. Tiếp nhận, giải quyết đơn thư, tranh chấp đất đai; hòa giải tranh chấp ở cơ sở",
        "- Chủ trì: Phòng Kinh tế; phối hợp: Văn phòng HĐND và UBND xã, Ban Thanh tra nhân dân.",
        "- Thời gian: thường xuyên (hòa giải trong thời hạn 45 ngày kể từ ngày nhận đơn).",
        "**8. Xây dựng cơ sở dữ liệu công trình xây dựng trên địa bàn xã",
        "- Chủ trì: Phòng Kinh tế.",
        "- Thời gian: theo hướng dẫn của Sở Xây dựng.",
        "**III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kinh tế là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch.",
        "2. Công an xã bố trí lực lượng phối hợp với Tổ kiểm tra trật tự xây dựng xã trong các đợt cưỡng "
        "chế; phát hiện, ngăn chặn kịp thời hành vi vi phạm.",
        "3. Trưởng các thôn chủ động nắm tình hình trên địa bàn, phối hợp thực hiện Kế hoạch.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tuyên truyền, vận động Nhân dân chấp hành pháp luật "
        "về đất đai, xây dựng; giám sát việc thực hiện Kế hoạch.",
        "5. Phòng Kinh tế tổng hợp kết quả thực hiện, báo cáo UBND xã định kỳ hằng quý (trước ngày 15 tháng "
        "cuối quý).",
        "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã năm 2027.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- TT Đảng ủy, TT HĐND xã;\n- CT, các PCT UBND xã;\n- Các phòng, "
        "đơn vị thuộc UBND xã;\n- Trưởng các thôn;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLục Văn Thắng",
    )
    doc.save(path)


def h605_xlsx(h, path: Path) -> None:
    """Social Insurance: an indicator sheet, the unit merged down over its rows, no time column (the
    time in a note under the table and in the remarks)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Giao chi tieu"
    title_rows(
        ws,
        [
            "BẢO HIỂM XÃ HỘI TỈNH BÌNH LĂNG",
            "BẢNG GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2027 CHO CÁC PHÒNG NGHIỆP VỤ",
            "(Kèm theo Quyết định số 1502/QĐ-BHXH ngày 07/12/2026 của Giám đốc Bảo hiểm xã hội tỉnh)",
        ],
        7,
        (1, 2),
    )
    ws.append([])
    ws.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Ước TH 2026", "KH 2027", "Phòng chủ trì", "Ghi chú"])
    bold_header(ws, 5)
    rows = [
        ["I", "PHÁT TRIỂN NGƯỜI THAM GIA"],
        [1, "Số người tham gia BHXH bắt buộc", "Người", 96420, 101500, "Phòng Quản lý thu - Sổ, thẻ", ""],
        [
            2,
            "Số người tham gia BHXH tự nguyện",
            "Người",
            18305,
            23000,
            None,
            "Giao BHXH cơ sở theo Phụ lục 02",
        ],
        [3, "Tỷ lệ dân số tham gia BHYT", "%", "93,1", "95,0", None, "Đánh giá hằng quý"],
        ["II", "THU VÀ GIẢM NỢ"],
        [4, "Tổng số thu BHXH, BHYT, BHTN", "Tỷ đồng", 3412, 3760, "Phòng Quản lý thu - Sổ, thẻ", ""],
        [
            5,
            "Tỷ lệ số tiền chậm đóng so với tổng số phải thu",
            "%",
            "2,9",
            "≤ 2,5",
            "Phòng Thanh tra - Kiểm tra",
            "",
        ],
        [
            6,
            "Số cuộc thanh tra, kiểm tra chuyên ngành đóng BHXH, BHYT",
            "Cuộc",
            168,
            180,
            None,
            "Hoàn thành trước 30/11/2027",
        ],
        ["III", "GIẢI QUYẾT CHẾ ĐỘ, GIÁM ĐỊNH"],
        [
            7,
            "Tỷ lệ người hưởng lương hưu, trợ cấp hằng tháng tại đô thị nhận qua tài khoản cá nhân",
            "%",
            88,
            "≥ 92",
            "Phòng Chế độ BHXH",
            "",
        ],
        [
            8,
            "Tỷ lệ hồ sơ hưởng BHXH được giải quyết đúng hạn",
            "%",
            "99,6",
            100,
            None,
            "Theo dõi thường xuyên",
        ],
        [
            9,
            "Số cơ sở khám, chữa bệnh BHYT được giám định điện tử 100% hồ sơ",
            "Cơ sở",
            41,
            45,
            "Phòng Giám định BHYT",
            "Quý III/2027",
        ],
        ["IV", "CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ"],
        [
            10,
            "Tỷ lệ thủ tục hành chính giải quyết trực tuyến toàn trình",
            "%",
            97,
            100,
            "Văn phòng",
            "Trước 30/6/2027",
        ],
        [11, "Số người sử dụng ứng dụng VssID", "Nghìn người", 412, 480, None, ""],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=7)
            ws.cell(ws.max_row, 1).font = ws.cell(ws.max_row, 2).font = Font(bold=True)
    wrap(ws, first)
    # the unit printed once, merged down over the rows it leads
    for top, bottom in ((7, 9), (12, 13), (15, 16), (19, 20)):
        ws.merge_cells(start_row=top, start_column=6, end_row=bottom, end_column=6)
        ws.cell(top, 6).alignment = Alignment(wrap_text=True, vertical="center")
    last = ws.max_row
    ws.cell(last + 2, 1).value = (
        "Ghi chú: Thời điểm đánh giá các chỉ tiêu là ngày 31/12/2027, trừ chỉ tiêu có ghi chú riêng. Các "
        "phòng nghiệp vụ báo cáo kết quả thực hiện chỉ tiêu về Văn phòng trước ngày 20 hằng tháng để tổng "
        "hợp, báo cáo Giám đốc."
    )
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=7)
    ws.cell(last + 2, 1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[last + 2].height = 48
    ws.cell(last + 4, 6).value = "KT. GIÁM ĐỐC"
    ws.cell(last + 5, 6).value = "PHÓ GIÁM ĐỐC"
    ws.cell(last + 8, 6).value = "Đinh Công Trứ"
    column_widths(ws, [6, 48, 11, 11, 10, 24, 24])
    wb.save(path)


def h606_md(h, path: Path) -> None:
    """Vocational centre: a month's plan as Markdown, a pipe table with bold section rows and a bold
    note under it."""
    rows = [
        ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian", "Ghi chú"],
        ["----", "--------------------", "-------------------", "-----------", "---------"],
        ["**A**", "**CÔNG TÁC ĐÀO TẠO NGHỀ**", "", "", ""],
        [
            "1",
            "Tuyển sinh lớp sơ cấp Điện dân dụng, May công nghiệp khóa 01/2027",
            "Phòng Đào tạo - Tuyển sinh",
            "04/01 - 15/01",
            "Phối hợp UBND các xã",
        ],
        [
            "2",
            "Khai giảng lớp Kỹ thuật chăn nuôi gia cầm tại xã Yên Hòa",
            "Phòng Đào tạo - Tuyển sinh",
            "18/01",
            "Lớp 35 học viên",
        ],
        [
            "3",
            "Cập nhật dữ liệu học viên lên Hệ thống thông tin quản lý GDNN",
            "Phòng Đào tạo - Tuyển sinh",
            "Thường xuyên",
            "",
        ],
        ["**B**", "**CÔNG TÁC GIÁO DỤC THƯỜNG XUYÊN**", "", "", ""],
        [
            "4",
            "Kiểm tra cuối học kỳ I các lớp 10, 11, 12",
            "Tổ Văn hóa",
            "Từ 05/01 đến 16/01",
            "Theo lịch riêng",
        ],
        [
            "5",
            "Họp Hội đồng xét kết quả học kỳ I, xếp loại học viên",
            "Tổ Văn hóa",
            "20/01",
            "Giám đốc chủ trì",
        ],
        [
            "6",
            "Báo cáo sơ kết học kỳ I năm học 2026 - 2027 gửi Sở Giáo dục và Đào tạo",
            "Tổ Văn hóa",
            "22/01",
            "",
        ],
        ["**C**", "**CÔNG TÁC HÀNH CHÍNH, TỔ CHỨC**", "", "", ""],
        [
            "7",
            "Thanh toán tiền công giáo viên thỉnh giảng tháng 12/2026",
            "Phòng Tổ chức - Hành chính",
            "Trước 10/01",
            "Kế toán",
        ],
        [
            "8",
            "Kiểm tra thiết bị phòng cháy, chữa cháy tại xưởng thực hành trước Tết",
            "Phòng Tổ chức - Hành chính",
            "25/01",
            "",
        ],
        [
            "9",
            "Vệ sinh, bảo dưỡng thiết bị xưởng thực hành sau mỗi ca học",
            "Tổ Thiết bị - Xưởng",
            "Hằng ngày",
            "",
        ],
        [
            "10",
            'Tổ chức "Tết sum vầy" tặng quà học viên có hoàn cảnh khó khăn',
            "Đoàn Thanh niên Trung tâm",
            "29/01",
            "Trước Tết Nguyên đán",
        ],
    ]
    table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    text = f"""**UBND HUYỆN NGỌC TRÌ**
**TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN**

Số: 03/KH-TTGDNN-GDTX

*Ngọc Trì, ngày 28 tháng 12 năm 2026*

# KẾ HOẠCH CÔNG TÁC THÁNG 01/2027

Căn cứ Kế hoạch năm học 2026 - 2027 của Trung tâm; căn cứ kết quả thực hiện nhiệm vụ tháng 12/2026,
Trung tâm GDNN - GDTX huyện (sau đây gọi là Trung tâm) xây dựng Kế hoạch công tác tháng 01/2027 như sau:

{table}

**Lưu ý:** Các bộ phận báo cáo kết quả thực hiện kế hoạch tháng về Phòng Tổ chức - Hành chính trước
ngày 28/01/2027 để tổng hợp.

Nơi nhận:
- UBND huyện (b/c);
- Các bộ phận thuộc Trung tâm;
- Lưu: VT.

**GIÁM ĐỐC**

*(đã ký)*

**Hứa Văn Điền**
"""
    path.write_text(text, encoding="utf-8")


def h607_docx(h, path: Path) -> None:
    """Women's Union: a yearly programme table by field, a unit merged down over two rows, a leader
    column of posts, times without a year."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "HỘI LHPN VIỆT NAM\nBAN CHẤP HÀNH HỘI LHPN\nTỈNH BÌNH LĂNG\n***\nSố: 38/CTr-BTV",
        right2="Bình Lăng, ngày 11 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027", bold=True, center=True)
    para(doc, "của Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh", bold=True, center=True)
    para(
        doc,
        "Căn cứ Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI, nhiệm kỳ 2026 - 2031; căn cứ Hướng dẫn "
        "số 22/HD-ĐCT ngày 25/11/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, Ban Thường vụ Hội LHPN "
        "tỉnh xây dựng Chương trình công tác năm 2027 như sau:",
    )
    t = grid(
        doc,
        ["TT", "Nội dung", "Ban, đơn vị tham mưu", "Thời gian", "Lãnh đạo phụ trách"],
        [
            ("§", "I", "CÔNG TÁC TUYÊN TRUYỀN, GIÁO DỤC"),
            [
                "1",
                "Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 08/3 gắn với tôn vinh phụ nữ tiêu biểu",
                "Ban Tuyên giáo",
                "Tháng 3",
                "Chủ tịch",
            ],
            [
                "2",
                "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở "
                "giới",
                "Ban Tuyên giáo",
                "15/11 - 15/12",
                "PCT Trần Thị Mai",
            ],
            ("§", "II", "HỖ TRỢ PHỤ NỮ PHÁT TRIỂN KINH TẾ"),
            [
                "3",
                'Tổ chức Ngày hội "Phụ nữ khởi nghiệp" cấp tỉnh lần thứ VI',
                "Ban Gia đình - Xã hội",
                "Quý II",
                "PCT Lò Thị Hương",
            ],
            [
                "4",
                "Hỗ trợ thành lập mới 12 tổ hợp tác, hợp tác xã do phụ nữ làm chủ",
                "",
                "Tháng 10",
                "PCT Lò Thị Hương",
            ],
            [
                "5",
                "Phối hợp Ngân hàng Chính sách xã hội tỉnh rà soát, củng cố tổ tiết kiệm và vay vốn do Hội "
                "quản lý",
                "Ban Gia đình - Xã hội",
                "Hằng quý",
                "",
            ],
            ("§", "III", "XÂY DỰNG TỔ CHỨC HỘI"),
            [
                "6",
                "Hướng dẫn kiện toàn tổ chức Hội cơ sở sau sắp xếp đơn vị hành chính",
                "Ban Tổ chức",
                "Quý I",
                "PCT Trần Thị Mai",
            ],
            [
                "7",
                "Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch Hội LHPN cấp xã (02 lớp)",
                "Ban Tổ chức",
                "Tháng 4, tháng 8",
                "PCT Trần Thị Mai",
            ],
            [
                "8",
                "Kiểm tra, giám sát việc thực hiện Điều lệ Hội tại 04 Hội LHPN cấp xã",
                "Ban Kiểm tra",
                "Quý III",
                "Chủ tịch",
            ],
            ("§", "IV", "CÔNG TÁC VĂN PHÒNG, TỔNG HỢP"),
            [
                "9",
                "Xây dựng báo cáo sơ kết 6 tháng, tổng kết công tác Hội năm 2027",
                "Văn phòng",
                "Tháng 6, tháng 11",
                "Chủ tịch",
            ],
            [
                "10",
                "Thẩm định, trình khen thưởng các phong trào thi đua năm 2027",
                "Văn phòng",
                "Tháng 12",
                "Chủ tịch",
            ],
            [
                "11",
                "Cập nhật tin, bài trên Trang thông tin điện tử Hội LHPN tỉnh",
                "Văn phòng",
                "Thường xuyên",
                "",
            ],
        ],
        widths=[1.2, 12.0, 4.5, 3.5, 4.5],
    )
    # rows 5 and 6 (tasks 3 and 4): the unit printed once, merged down
    merged = t.cell(5, 2).merge(t.cell(6, 2))
    cell_text(merged, "Ban Gia đình - Xã hội")
    para(doc, "Ghi chú: Thời gian ghi theo tháng, quý của năm 2027.", italic=True)
    lines = [
        "**TỔ CHỨC THỰC HIỆN",
        "1. Các ban, đơn vị căn cứ Chương trình xây dựng kế hoạch chi tiết, chủ động triển khai thực hiện.",
        "2. Văn phòng là cơ quan thường trực, tham mưu Thường trực Hội LHPN tỉnh theo dõi, đôn đốc việc thực "
        "hiện Chương trình.",
        "3. Hội LHPN các xã, phường báo cáo kết quả thực hiện về Hội LHPN tỉnh (qua Văn phòng) định kỳ 6 "
        "tháng (trước ngày 15/6) và năm (trước ngày 15/11/2027).",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Trung ương Hội LHPN Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Ủy ban MTTQ Việt "
        "Nam tỉnh;\n- Các ban, đơn vị thuộc Hội;\n- Hội LHPN các xã, phường;\n- Lưu: VT.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nNông Thị Bích Hạnh",
    )
    doc.save(path)


def h608_xlsx(h, path: Path) -> None:
    """Agricultural extension: a yearly programme as a month grid (an `x` under each month of work),
    lettered group rows, the recurring ones named in the remarks."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    columns = 17
    title_rows(
        ws,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BÌNH LĂNG - TRUNG TÂM KHUYẾN NÔNG",
            "KẾ HOẠCH HOẠT ĐỘNG KHUYẾN NÔNG NĂM 2027",
            "(Ban hành kèm theo Kế hoạch số 96/KH-TTKN ngày 09/12/2026 của Trung tâm Khuyến nông)",
        ],
        columns,
        (1, 2),
    )
    ws.append([])
    ws.append(["TT", "Nội dung hoạt động", "Phòng thực hiện", "Địa bàn", "Thời gian thực hiện (tháng)"])
    ws.merge_cells(start_row=5, start_column=5, end_row=5, end_column=16)
    ws.cell(5, 17).value = "Ghi chú"
    ws.append(["", "", "", ""] + [f"T{m}" for m in range(1, 13)] + [""])
    for column in (1, 2, 3, 4, 17):
        ws.merge_cells(start_row=5, start_column=column, end_row=6, end_column=column)
    bold_header(ws, 5)
    bold_header(ws, 6)

    def months(marked):
        return ["x" if m in marked else "" for m in range(1, 13)]

    rows = [
        ["A", "XÂY DỰNG MÔ HÌNH TRÌNH DIỄN"],
        [
            1,
            "Mô hình sản xuất lúa chất lượng cao theo hướng hữu cơ (50 ha)",
            "Phòng Kỹ thuật trồng trọt",
            "Xã Tân Hòa, xã Phú Mỹ",
            *months(range(1, 6)),
            "",
        ],
        [
            2,
            "Mô hình nuôi tôm thẻ chân trắng hai giai đoạn ứng dụng công nghệ cao",
            "Phòng Kỹ thuật chăn nuôi - thủy sản",
            "Xã Hải Đông",
            *months(range(3, 10)),
            "",
        ],
        [
            3,
            "Mô hình trồng bưởi da xanh áp dụng quy trình VietGAP",
            "Phòng Kỹ thuật trồng trọt",
            "Xã Lương Sơn",
            *months(range(2, 13)),
            "Chuyển tiếp sang năm 2028",
        ],
        ["B", "ĐÀO TẠO, TẬP HUẤN, HỘI THẢO"],
        [
            4,
            "Tập huấn kỹ thuật cho khuyến nông viên cơ sở (04 lớp)",
            "Phòng Thông tin - Đào tạo",
            "Các xã",
            *months((3, 6, 9)),
            "",
        ],
        [
            5,
            "Hội thảo đầu bờ đánh giá mô hình lúa hữu cơ",
            "Phòng Kỹ thuật trồng trọt",
            "Xã Tân Hòa",
            *months((5,)),
            "",
        ],
        ["C", "THÔNG TIN, TUYÊN TRUYỀN"],
        [
            6,
            "Xuất bản Bản tin Khuyến nông Bình Lăng (04 số)",
            "Phòng Thông tin - Đào tạo",
            "Toàn tỉnh",
            *months((3, 6, 9, 12)),
            "Hằng quý, mỗi quý 01 số",
        ],
        [
            7,
            'Phối hợp Đài Phát thanh - Truyền hình tỉnh thực hiện chuyên mục "Bạn nhà nông"',
            "Phòng Thông tin - Đào tạo",
            "Toàn tỉnh",
            *months(range(1, 13)),
            "Hằng tháng",
        ],
        ["D", "DỊCH VỤ, TƯ VẤN"],
        [
            8,
            "Cung ứng giống lúa xác nhận, vật tư đầu vào cho các mô hình",
            "Phòng Dịch vụ - Tư vấn",
            "Các mô hình",
            *months((1, 2, 7, 8)),
            "Vụ Đông Xuân, vụ Mùa",
        ],
        [
            9,
            "Tư vấn, chuyển giao quy trình sản xuất cho hợp tác xã nông nghiệp",
            "Phòng Dịch vụ - Tư vấn",
            "",
            *months(range(4, 11)),
            "",
        ],
        ["E", "CÔNG TÁC KHÁC"],
        [
            10,
            "Kiểm tra, nghiệm thu các mô hình khuyến nông",
            "Phòng Hành chính - Tổng hợp",
            "Các mô hình",
            *months((6, 12)),
            "",
        ],
        [
            11,
            "Tổng kết hoạt động khuyến nông năm 2027, xây dựng kế hoạch năm 2028",
            "Phòng Hành chính - Tổng hợp",
            "",
            *months((11, 12)),
            "",
        ],
    ]
    first = ws.max_row + 1
    for row in rows:
        ws.append(row)
        if len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=columns)
            ws.cell(ws.max_row, 1).font = ws.cell(ws.max_row, 2).font = Font(bold=True)
    wrap(ws, first)
    for row in ws.iter_rows(min_row=first, min_col=5, max_col=16):
        for cell in row:
            cell.alignment = Alignment(horizontal="center", vertical="center")
    last = ws.max_row
    ws.cell(last + 2, 1).value = "Ghi chú: x - tháng thực hiện."
    ws.cell(last + 3, 1).value = (
        "Các phòng chuyên môn báo cáo tiến độ thực hiện các hoạt động về Phòng Hành chính - Tổng hợp trước "
        "ngày 25 hằng tháng."
    )
    for row in (last + 2, last + 3):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    ws.cell(last + 5, 13).value = "GIÁM ĐỐC"
    ws.cell(last + 8, 13).value = "Bế Văn Quyết"
    for column, width in enumerate([5, 46, 24, 16] + [4.5] * 12 + [20], start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    wb.save(path)


def h609_docx(h, path: Path) -> None:
    """District health centre: a notice of conclusions, points in sentences, one point a heading over
    two dash points, a leader directing a unit, a request to an outside body."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH BÌNH LĂNG\nTRUNG TÂM Y TẾ HUYỆN NGỌC TRÌ\n───────\nSố: 214/TB-TTYT",
        right2="Ngọc Trì, ngày 03 tháng 12 năm 2026",
    )
    lines = [
        "##THÔNG BÁO",
        "##Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 11/2026",
        "Ngày 01/12/2026, BSCKII. Mạc Đình Toàn - Giám đốc Trung tâm Y tế huyện chủ trì cuộc họp giao ban "
        "tháng 11/2026. Tham dự có các Phó Giám đốc, Trưởng các khoa, phòng, Trạm trưởng Trạm Y tế các xã. "
        "Sau khi nghe Phòng Kế hoạch - Nghiệp vụ báo cáo kết quả thực hiện nhiệm vụ tháng 11 và ý kiến của "
        "các đại biểu, Giám đốc Trung tâm kết luận như sau:",
        "**I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 11/2026, Trung tâm đã hoàn thành cơ bản các chỉ tiêu chuyên môn; tổng số lượt khám "
        "bệnh đạt 18.640 lượt, tăng 6,2% so với cùng kỳ. Tuy nhiên, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 "
        "tuổi tại một số xã còn thấp; số chi phí khám, chữa bệnh BHYT bị từ chối thanh toán còn cao.",
        "**II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026 VÀ QUÝ I/2027",
        "1. Khoa Kiểm soát bệnh tật - HIV/AIDS (Khoa KSBT) khẩn trương triển khai chiến dịch tiêm bổ sung "
        "vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại 06 xã có nguy cơ cao, hoàn thành trước ngày "
        "20/12/2026.",
        "2. Giao Phòng Kế hoạch - Nghiệp vụ rà soát danh mục kỹ thuật, hoàn thiện hồ sơ đề nghị Sở Y tế phê "
        "duyệt bổ sung 15 kỹ thuật mới, trình Giám đốc trước ngày 31/12/2026.",
        "3. Về công tác khám, chữa bệnh bảo hiểm y tế",
        "- Phòng Tài chính - Kế toán chủ trì, phối hợp Khoa Khám bệnh đối chiếu, giải trình số liệu từ chối "
        "thanh toán quý III/2026 với cơ quan Bảo hiểm xã hội trong tháng 12/2026.",
        "- Khoa Khám bệnh bố trí thêm 02 bàn khám vào buổi sáng, giảm thời gian chờ của người bệnh; hoàn "
        "thành trước ngày 02/01/2027.",
        "4. Trạm Y tế các xã tiếp tục rà soát, cập nhật hồ sơ sức khỏe điện tử của người dân, phấn đấu đạt "
        "85% dân số được lập hồ sơ trước ngày 31/3/2027.",
        "5. Phó Giám đốc Nguyễn Thị Thu Hà chỉ đạo Khoa Y tế công cộng và Dinh dưỡng tổ chức kiểm tra an "
        "toàn thực phẩm dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027 (từ ngày 20/12/2026 đến ngày "
        "15/02/2027).",
        "6. Phòng Tổ chức - Hành chính tham mưu xây dựng Kế hoạch đào tạo, bồi dưỡng nhân lực năm 2027, "
        "trình Giám đốc trước ngày 25/12/2026.",
        "7. Khoa Dược - Trang thiết bị - Vật tư y tế bảo đảm đủ thuốc, vật tư, hóa chất phục vụ khám, chữa "
        "bệnh, không để thiếu thuốc, vật tư; thực hiện thường xuyên.",
        "8. Các khoa, phòng nghiêm túc thực hiện nội quy, quy chế chuyên môn; nâng cao tinh thần, thái độ "
        "phục vụ người bệnh.",
        "9. Đề nghị Bảo hiểm xã hội cơ sở khu vực Ngọc Trì xem xét tạm ứng kinh phí khám, chữa bệnh bảo hiểm "
        "y tế quý I/2027 cho Trung tâm trước ngày 15/01/2027.",
        "Các khoa, phòng, Trạm Y tế các xã báo cáo kết quả thực hiện các nội dung trên về Phòng Kế hoạch - "
        "Nghiệp vụ trước ngày 30/12/2026 để tổng hợp, báo cáo tại cuộc họp giao ban tháng 12/2026.",
        "Trên đây là kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 11/2026, Phòng Tổ chức - "
        "Hành chính thông báo để các khoa, phòng, đơn vị biết, thực hiện./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng, TYT xã;\n- BHXH cơ sở khu vực Ngọc "
        "Trì;\n- Lưu: VT, TCHC.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nĐoàn Thị Kim Oanh",
    )
    doc.save(path)


def h610_docx(h, path: Path) -> None:
    """Inspectorate: a decision approving the year's inspection plan, its duties in Article 2, the list
    of inspections in an appendix table after the signature."""
    doc = document()
    head_block(
        doc,
        "UBND TỈNH BÌNH LĂNG\nTHANH TRA TỈNH\n───────\nSố: 212/QĐ-TTr",
        right2="Bình Lăng, ngày 15 tháng 12 năm 2026",
    )
    lines = [
        "##QUYẾT ĐỊNH",
        "##Phê duyệt Kế hoạch thanh tra năm 2027 của Thanh tra tỉnh",
        "##CHÁNH THANH TRA TỈNH",
        "Căn cứ Luật Thanh tra năm 2025; căn cứ Định hướng chương trình thanh tra năm 2027 của Thanh tra "
        "Chính phủ; căn cứ Văn bản số 7140/UBND-NC ngày 04/12/2026 của UBND tỉnh Bình Lăng về việc xây dựng "
        "kế hoạch thanh tra năm 2027;",
        "Theo đề nghị của Chánh Văn phòng Thanh tra tỉnh.",
        "##QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt Kế hoạch thanh tra năm 2027 của Thanh tra tỉnh, gồm 07 cuộc thanh tra theo kế "
        "hoạch, 01 nội dung kiểm tra việc thực hiện kết luận thanh tra và thanh tra đột xuất (chi tiết tại "
        "Phụ lục kèm theo).",
        "Điều 2. Tổ chức thực hiện",
        "1. Văn phòng Thanh tra tỉnh là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, "
        "báo cáo Chánh Thanh tra tỉnh kết quả thực hiện định kỳ hằng quý.",
        "2. Văn phòng Thanh tra tỉnh bố trí kinh phí, phương tiện phục vụ các Đoàn thanh tra.",
        "3. Các phòng nghiệp vụ báo cáo kết quả các cuộc thanh tra được giao về Văn phòng Thanh tra tỉnh "
        "trước ngày 15 của tháng cuối quý.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng nghiệp vụ thuộc "
        "Thanh tra tỉnh và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Như Điều 3;\n- Thanh tra Chính phủ (b/c);\n- Chủ tịch, các PCT UBND tỉnh (b/c);\n- "
        "Lưu: VT, VP.",
        "CHÁNH THANH TRA\n\n\n\nHầu Minh Chiến",
    )
    doc.add_page_break()
    section = doc.add_section()
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC CÁC CUỘC THANH TRA, KIỂM TRA NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Quyết định số 212/QĐ-TTr ngày 15/12/2026 của Chánh Thanh tra tỉnh)",
        italic=True,
        center=True,
    )
    grid(
        doc,
        [
            "STT",
            "Nội dung thanh tra",
            "Đối tượng thanh tra",
            "Thời kỳ thanh tra",
            "Thời gian tiến hành",
            "Đơn vị chủ trì",
        ],
        [
            ("§", "I", "THANH TRA HÀNH CHÍNH"),
            [
                "1",
                "Thanh tra việc quản lý, sử dụng đất đai và cấp giấy chứng nhận quyền sử dụng đất",
                "UBND xã Hòa Tiến",
                "2024 - 2026",
                "Quý I/2027",
                "Phòng Nghiệp vụ 1",
            ],
            [
                "2",
                "Thanh tra việc thực hiện dự án đường ven biển Tây Lăng, đoạn Km12 - Km28",
                "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
                "2023 - 2026",
                "Quý II/2027",
                "Phòng Nghiệp vụ 2",
            ],
            [
                "3",
                "Thanh tra việc quản lý tài chính, tài sản công và thu, chi ngân sách",
                "Sở Văn hóa, Thể thao và Du lịch",
                "2025 - 2026",
                "Tháng 4 - 6/2027",
                "Phòng Nghiệp vụ 3",
            ],
            [
                "4",
                "Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo",
                "UBND xã Sơn Thủy, UBND xã Đồng Lạc",
                "2025 - 2026",
                "Quý III/2027",
                "Phòng Nghiệp vụ 1",
            ],
            ("§", "II", "THANH TRA PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC"),
            [
                "5",
                "Thanh tra việc thực hiện pháp luật về phòng, chống tham nhũng, tiêu cực",
                "Sở Xây dựng",
                "2025 - 2026",
                "Tháng 8 - 9/2027",
                "Phòng Phòng, chống tham nhũng",
            ],
            [
                "6",
                "Xác minh tài sản, thu nhập của người có nghĩa vụ kê khai (ngẫu nhiên 20 người)",
                "Cơ quan, đơn vị có người được lựa chọn xác minh",
                "Năm 2026",
                "Quý IV/2027",
                "Phòng Phòng, chống tham nhũng",
            ],
            [
                "7",
                "Thanh tra chuyên đề việc quản lý, sử dụng quỹ bảo hiểm y tế",
                "Bệnh viện Đa khoa khu vực Tây Lăng",
                "2025 - 2026",
                "Quý IV/2027",
                "Phòng Nghiệp vụ 3",
            ],
            ("§", "III", "KIỂM TRA, XỬ LÝ SAU THANH TRA; THANH TRA ĐỘT XUẤT"),
            [
                "8",
                "Kiểm tra việc thực hiện kết luận thanh tra ban hành năm 2025, 2026",
                "Các đơn vị có kết luận thanh tra",
                "",
                "Quý II và Quý IV/2027",
                "Phòng Giám sát, kiểm tra và xử lý sau thanh tra",
            ],
            [
                "9",
                "Thanh tra đột xuất khi phát hiện dấu hiệu vi phạm hoặc theo chỉ đạo của Chủ tịch UBND tỉnh",
                "",
                "",
                "Khi có chỉ đạo",
                "Các phòng nghiệp vụ",
            ],
        ],
        widths=[1.2, 8.5, 6.0, 2.8, 3.2, 4.8],
    )
    para(
        doc,
        "Ghi chú: Thời gian tiến hành từng cuộc thanh tra không quá 45 ngày, kể từ ngày công bố quyết "
        "định thanh tra.",
        italic=True,
    )
    doc.save(path)


def h611_docx(h, path: Path) -> None:
    """Statistics office: a survey schedule with two date columns under a merged 'Thời gian' header; a
    recurring time merged across both, a blank start."""
    doc = document()
    head_block(
        doc,
        "CỤC THỐNG KÊ\nTHỐNG KÊ TỈNH BÌNH LĂNG\n───────\nSố: 418/KH-TKBL",
        right2="Bình Lăng, ngày 10 tháng 12 năm 2026",
    )
    lines = [
        "##KẾ HOẠCH",
        "##Thực hiện các cuộc điều tra thống kê và phổ biến thông tin thống kê năm 2027",
        "Căn cứ Chương trình điều tra thống kê quốc gia; căn cứ Quyết định số 2250/QĐ-CTK ngày 30/11/2026 "
        "của Cục trưởng Cục Thống kê về kế hoạch công tác năm 2027, Thống kê tỉnh Bình Lăng xây dựng Kế "
        "hoạch như sau:",
    ]
    marked_paragraphs(doc, lines, MARKS)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for i, text in enumerate(["TT", "Công việc", "Bộ phận chủ trì", "Thời gian", "", "Ghi chú"]):
        cell_text(t.cell(0, i), text, bold=True, center=True)
    cell_text(t.cell(1, 3), "Bắt đầu", bold=True, center=True)
    cell_text(t.cell(1, 4), "Kết thúc", bold=True, center=True)
    for column in (0, 1, 2, 5):
        text = t.cell(0, column).text
        merged = t.cell(0, column).merge(t.cell(1, column))
        cell_text(merged, text, bold=True, center=True)
    top = t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(top, "Thời gian", bold=True, center=True)
    rows = [
        ("§", "A", "ĐIỀU TRA THỐNG KÊ"),
        [
            "1",
            "Điều tra doanh nghiệp năm 2027 (thu thập thông tin năm 2026)",
            "Phòng Thu thập thông tin thống kê",
            "01/3",
            "31/5",
            "Theo phương án của Cục Thống kê",
        ],
        ["2", "Điều tra lao động và việc làm", "Phòng Thu thập thông tin thống kê", "Hằng tháng", None, ""],
        [
            "3",
            "Điều tra năng suất, sản lượng lúa vụ Đông Xuân",
            "Đội Thống kê khu vực Tây Lăng",
            "15/4",
            "20/5",
            "",
        ],
        [
            "4",
            "Điều tra chăn nuôi kỳ 01/4 và kỳ 01/10",
            "Đội Thống kê khu vực Đông Lăng",
            "01/4",
            "10/10",
            "Mỗi kỳ 10 ngày",
        ],
        [
            "5",
            "Khảo sát mức sống dân cư (KSMS)",
            "Phòng Thu thập thông tin thống kê",
            "Tháng 01",
            "Tháng 12",
            "04 kỳ/năm",
        ],
        ("§", "B", "TỔNG HỢP, PHỔ BIẾN THÔNG TIN"),
        [
            "6",
            "Biên soạn báo cáo tình hình kinh tế - xã hội tháng gửi Tỉnh ủy, UBND tỉnh",
            "Phòng Tổng hợp - Phổ biến thông tin",
            "Ngày 06 hằng tháng",
            None,
            "",
        ],
        [
            "7",
            "Biên soạn, phát hành Niên giám thống kê tỉnh Bình Lăng năm 2026",
            "Phòng Tổng hợp - Phổ biến thông tin",
            "01/02",
            "30/6",
            "",
        ],
        [
            "8",
            "Họp báo công bố số liệu kinh tế - xã hội 6 tháng đầu năm 2027",
            "Phòng Tổng hợp - Phổ biến thông tin",
            "",
            "06/7",
            "Phối hợp Sở Văn hóa, Thể thao và Du lịch",
        ],
        ("§", "C", "CÔNG TÁC KHÁC"),
        [
            "9",
            "Kiểm tra, giám sát chất lượng phiếu điều tra tại các Đội Thống kê khu vực",
            "Phòng Thu thập thông tin thống kê",
            "Thường xuyên",
            None,
            "",
        ],
        [
            "10",
            "Rà soát, cập nhật cơ sở dữ liệu doanh nghiệp đang hoạt động trên địa bàn",
            "Phòng Tổng hợp - Phổ biến thông tin",
            "01/10",
            "31/10",
            "",
        ],
        [
            "11",
            "Tổng kết công tác thống kê năm 2027, triển khai nhiệm vụ năm 2028",
            "Phòng Hành chính - Tổ chức",
            "15/12",
            "25/12",
            "",
        ],
    ]
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "§":
            cell_text(cells[0], row[1], bold=True, center=True)
            cell_text(cells[1].merge(cells[5]), row[2], bold=True)
            continue
        for i, value in enumerate(row):
            if value is None:
                continue
            cell_text(cells[i], value)
        if row[4] is None:
            cell_text(cells[3].merge(cells[4]), row[3], center=True)
    para(doc, "Ghi chú: Ngày, tháng không ghi năm là của năm 2027.", italic=True)
    lines = [
        "Các phòng, Đội Thống kê khu vực báo cáo tiến độ thực hiện Kế hoạch về Phòng Hành chính - Tổ chức "
        "trước ngày 25 hằng tháng để tổng hợp, báo cáo Trưởng Thống kê tỉnh.",
    ]
    marked_paragraphs(doc, lines, MARKS)
    sign_table(
        doc,
        "Nơi nhận:\n- Cục Thống kê (b/c);\n- UBND tỉnh (b/c);\n- Lãnh đạo Thống kê tỉnh;\n- Các phòng, Đội "
        "Thống kê khu vực;\n- Lưu: VT, HCTC.",
        "TRƯỞNG THỐNG KÊ TỈNH\n\n\n\nKhổng Văn Lộc",
    )
    doc.save(path)


def h612_docx(h, path: Path) -> None:
    """Economic zone board: a leaders' weekly calendar, the day merged down over its rows, a trip over
    a range of days, presence and duty lines, an empty Sunday."""
    doc = calendar_page(
        "UBND TỈNH BÌNH LĂNG\nBAN QUẢN LÝ KHU KINH TẾ\n───────",
        "Bình Lăng, ngày 05 tháng 12 năm 2026",
        "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO BAN",
        "(Tuần 50, từ ngày 07/12/2026 đến ngày 13/12/2026)",
    )
    header = ["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị", "Địa điểm"]
    days = [
        (
            "Thứ Hai\n07/12",
            [
                [
                    "7h30",
                    "Giao ban lãnh đạo Ban đầu tuần",
                    "Trưởng ban Đỗ Quang Vinh",
                    "Văn phòng Ban",
                    "Phòng họp tầng 3",
                ],
                [
                    "14h00",
                    "Làm việc với Công ty TNHH Hóa dầu Tây Lăng về tiến độ dự án nhà máy giai đoạn 2",
                    "PTB Hà Minh Tuấn",
                    "Phòng Quản lý đầu tư",
                    "Khu kinh tế Nam Lăng",
                ],
            ],
        ),
        (
            "Thứ Ba\n08/12",
            [
                [
                    "Sáng",
                    "Trưởng ban Đỗ Quang Vinh làm việc tại cơ quan, giải quyết công việc thường xuyên",
                    "",
                    "",
                    "",
                ],
                [
                    "8h00",
                    "Tiếp doanh nghiệp định kỳ tháng 12/2026",
                    "PTB Hà Minh Tuấn",
                    "Văn phòng Ban",
                    "Hội trường Ban",
                ],
                [
                    "14h00",
                    "Kiểm tra công tác bảo vệ môi trường tại Khu công nghiệp Bắc Hòa",
                    "PTB Lương Thị Diệu",
                    "Phòng Quản lý tài nguyên và môi trường",
                    "KCN Bắc Hòa",
                ],
                [
                    "Cả ngày",
                    "Tham gia Đoàn xúc tiến đầu tư của tỉnh tại Hàn Quốc (từ ngày 08/12 đến ngày 12/12/2026)",
                    "PTB Trịnh Văn Lợi",
                    "Phòng Xúc tiến đầu tư",
                    "Seoul, Hàn Quốc",
                ],
            ],
        ),
        (
            "Thứ Tư\n09/12",
            [
                [
                    "8h00",
                    "Dự họp UBND tỉnh cho ý kiến Đề án mở rộng Khu kinh tế ven biển Nam Lăng",
                    "Trưởng ban Đỗ Quang Vinh",
                    "Phòng Quy hoạch - Xây dựng",
                    "UBND tỉnh",
                ],
                [
                    "14h00",
                    "Nghe báo cáo tình hình giải ngân vốn đầu tư công năm 2026 các dự án hạ tầng khu kinh tế",
                    "Trưởng ban Đỗ Quang Vinh",
                    "Ban Quản lý dự án đầu tư xây dựng hạ tầng Khu kinh tế",
                    "Phòng họp tầng 3",
                ],
            ],
        ),
        (
            "Thứ Năm\n10/12",
            [
                [
                    "9h00",
                    "Hội nghị đối thoại với doanh nghiệp FDI về thủ tục cấp giấy phép lao động cho người "
                    "nước ngoài",
                    "PTB Hà Minh Tuấn",
                    "Phòng Quản lý doanh nghiệp và lao động",
                    "Hội trường Ban",
                ],
                [
                    "14h00",
                    "Thẩm định hồ sơ điều chỉnh quy hoạch chi tiết KCN Tân Lộc (dự kiến)",
                    "PTB Lương Thị Diệu",
                    "Phòng Quy hoạch - Xây dựng",
                    "Phòng họp tầng 2",
                ],
            ],
        ),
        (
            "Thứ Sáu\n11/12",
            [
                [
                    "8h00",
                    "Trao Giấy chứng nhận đăng ký đầu tư dự án Nhà máy linh kiện điện tử Kỳ Phát",
                    "Trưởng ban Đỗ Quang Vinh",
                    "Phòng Quản lý đầu tư",
                    "Hội trường Ban",
                ],
                [
                    "15h00",
                    "Sinh hoạt Chi bộ Văn phòng - Quản lý đầu tư tháng 12/2026",
                    "Bí thư Chi bộ",
                    "Văn phòng Ban",
                    "Phòng họp tầng 2",
                ],
            ],
        ),
        ("Thứ Bảy\n12/12", [["", "Trực lãnh đạo: PTB Hà Minh Tuấn", "", "", ""]]),
        ("Chủ nhật\n13/12", [["", "(Chưa có lịch)", "", "", ""]]),
    ]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, text, bold=True, center=True)
    for day, entries in days:
        first = len(t.rows)
        for entry in entries:
            cells = t.add_row().cells
            for c, value in zip(cells[1:], entry, strict=True):
                cell_text(c, value)
        merged = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0))
        cell_text(merged, day, bold=True, center=True)
    para(doc, "Ghi chú: Lịch có thể thay đổi; Văn phòng Ban thông báo khi có điều chỉnh.", italic=True)
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo Ban;\n- Các phòng, đơn vị thuộc Ban;\n- Đăng Cổng TTĐT Ban;\n- Lưu: VT.",
        "TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG\n\n\n\nMa Thị Ngọc Lan",
    )
    doc.save(path)


def batch_h603() -> None:
    """Writes h603–h612 (the .doc and .pdf through LibreOffice, the .md as plain text)."""
    write_batch(
        [
            (h603_docx, "h603_cv_thue_co_so_thu_cuoi_nam.docx"),
            (h604_docx, "h604_kh_xa_trat_tu_dat_dai_xay_dung.docx"),
            (h605_xlsx, "h605_chi_tieu_bhxh_tinh_don_vi_gop.xlsx"),
            (h606_md, "h606_kh_thang_tt_gdnn_gdtx_huyen.md"),
            (h608_xlsx, "h608_kh_khuyen_nong_cot_thang_danh_dau.xlsx"),
            (h609_docx, "h609_tbkl_ttyt_huyen_giao_ban.docx"),
            (h611_docx, "h611_kh_dieu_tra_thong_ke_tinh.docx"),
            (h612_docx, "h612_lich_tuan_bql_kkt.docx"),
        ],
        [
            (h607_docx, "h607_ctr_hoi_lhpn_tinh_2027.docx", "doc"),
            (h610_docx, "h610_qd_kh_thanh_tra_tinh_phu_luc.docx", "pdf"),
        ],
        _out,
    )
