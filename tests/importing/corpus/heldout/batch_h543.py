"""Held-out batch h543–h552, written by h13author51 blind to the importer: ten documents of a
provincial Department of Education and Training, a provincial social insurance office, a district
health centre, a provincial Women's Union, a provincial Department of Planning and Investment, a
primary school, a ward People's Committee, a provincial radio-television station, a provincial market
management sub-department and a provincial People's Court. Every name, person, place, number and date
in them is invented."""

import datetime
import tempfile
from pathlib import Path

from batch_common import (
    bold_header,
    column_widths,
    convert_each,
    document,
    grid,
    head_block,
    landscape,
    out_path,
    para,
    sign_table,
    wrap,
    writers,
)

# Documents moved to the main corpus after they were used for tuning: written into ../docs.
_MOVED: set[str] = {
    "h543_kh_so_gddt_moc_thang_dong_muc",  # h13fixSF
    "h550_lich_tuan_dai_ptth_sang_chieu_cot",  # h13fixSF
    "h548_kh_tieu_hoc_hkpd_chuc_danh",  # h13fixSD
    "h546_kh_hoi_lhpn_hoat_dong_truong_nhan",  # h13fixSC
}


def _out(name: str) -> Path:
    return out_path(name, _MOVED)


def _lines(doc, lines) -> None:
    """One paragraph per entry: a plain string, or `(text, options)` for `para`."""
    for line in lines:
        if isinstance(line, tuple):
            para(doc, line[0], **line[1])
        else:
            para(doc, line)


B = {"bold": True}


def h543_docx(h, path: Path) -> None:
    """Department of Education: a yearly plan table whose only times are its month/quarter section rows."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH LAM BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n───────\nSố: 2184/KH-SGDĐT",
        right2="Lam Bình, ngày 18 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện các nhiệm vụ trọng tâm của Sở Giáo dục và Đào tạo năm 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 3350/QĐ-UBND ngày 09/12/2026 của UBND tỉnh về giao chỉ tiêu kế hoạch phát "
        "triển "
        "kinh tế - xã hội năm 2027; căn cứ hướng dẫn nhiệm vụ năm học 2026 - 2027 của Bộ Giáo dục và Đào "
        "tạo, "
        "Sở Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện các nhiệm vụ trọng tâm năm 2027 như sau (thời "
        "gian "
        "thực hiện theo từng tháng, quý ghi tại các dòng in đậm):",
    )
    grid(
        doc,
        ["TT", "Nội dung công việc", "Phòng chủ trì", "Đơn vị phối hợp", "Sản phẩm"],
        [
            ("§", "", "THÁNG 01/2027"),
            [
                "1",
                "Tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
                "Phòng Quản lý chất lượng",
                "Phòng Giáo dục Trung học; các trường THPT",
                "Quyết định công nhận kết quả",
            ],
            [
                "2",
                "Sơ kết học kỳ I năm học 2026 - 2027 đối với giáo dục mầm non, tiểu học và trung học",
                "Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học",
                "Văn phòng Sở",
                "Báo cáo sơ kết",
            ],
            ("§", "", "THÁNG 02 - THÁNG 3/2027"),
            [
                "3",
                "Ban hành hướng dẫn tuyển sinh vào lớp 10 THPT năm học 2027 - 2028",
                "Phòng Giáo dục Trung học",
                "Phòng Quản lý chất lượng",
                "Văn bản hướng dẫn",
            ],
            [
                "4",
                "Kiểm tra công tác bảo đảm an toàn trường học, phòng, chống đuối nước cho học sinh tại các "
                "huyện Ea Linh, Phú Cường",
                "Thanh tra Sở",
                "Phòng Giáo dục Mầm non - Tiểu học",
                "Thông báo kết quả kiểm tra",
            ],
            ("§", "", "QUÝ II/2027"),
            [
                "5",
                "Rà soát, đề xuất nhu cầu tuyển dụng giáo viên năm học 2027 - 2028 (trình UBND tỉnh trước "
                "ngày 15/5/2027)",
                "Phòng Tổ chức cán bộ",
                "Phòng Kế hoạch - Tài chính",
                "Tờ trình",
            ],
            [
                "6",
                "Tổ chức Kỳ thi tuyển sinh lớp 10 THPT năm học 2027 - 2028",
                "Phòng Quản lý chất lượng",
                "Các phòng chuyên môn; Công an tỉnh",
                "Kết quả tuyển sinh",
            ],
            ("§", "", "THÁNG 8/2027"),
            [
                "7",
                "Tổ chức Hội nghị tổng kết năm học 2026 - 2027, triển khai nhiệm vụ năm học 2027 - 2028",
                "Văn phòng Sở",
                "Các phòng chuyên môn",
                "Báo cáo tổng kết",
            ],
            [
                "8",
                "Bồi dưỡng hè cho cán bộ quản lý, giáo viên về chương trình giáo dục phổ thông 2018",
                "Phòng Tổ chức cán bộ",
                "Trường Cao đẳng Sư phạm Lam Bình",
                "Danh sách, chứng nhận bồi dưỡng",
            ],
            ("§", "", "QUÝ IV/2027"),
            [
                "9",
                "Thanh tra việc thực hiện quy định về dạy thêm, học thêm tại 06 trường THPT",
                "Thanh tra Sở",
                "Phòng Giáo dục Trung học",
                "Kết luận thanh tra",
            ],
            [
                "10",
                "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS",
                "Phòng Giáo dục Trung học",
                "UBND các xã, phường",
                "Quyết định công nhận",
            ],
            ("§", "", "THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM"),
            [
                "11",
                "Cập nhật, chuẩn hóa cơ sở dữ liệu ngành giáo dục; kết nối với Cơ sở dữ liệu quốc gia về "
                "dân cư",
                "Văn phòng Sở",
                "Các cơ sở giáo dục",
                "Dữ liệu được cập nhật",
            ],
            [
                "12",
                "Tiếp nhận, giải quyết thủ tục hành chính lĩnh vực giáo dục nghề nghiệp - giáo dục thường "
                "xuyên",
                "Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên",
                "Trung tâm Phục vụ hành chính công tỉnh",
                "Hồ sơ giải quyết đúng hạn",
            ],
        ],
        widths=[1.0, 10.0, 5.0, 5.0, 4.0],
    )
    para(
        doc,
        "Các phòng chuyên môn, nghiệp vụ thuộc Sở báo cáo kết quả thực hiện Kế hoạch về Văn phòng Sở trước "
        "ngày 25 của tháng cuối quý để tổng hợp, báo cáo Giám đốc Sở.",
    )
    para(
        doc,
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Văn phòng Sở để được hướng "
        "dẫn./.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Bộ GDĐT (b/c);\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, Thanh tra "
        "Sở;\n"
        "- Lưu: VT, VP.",
        "GIÁM ĐỐC\n\n\n\nNguyễn Thị Thu Hà",
    )
    doc.save(path)


def h544_xlsx(path: Path) -> None:
    """Social insurance office: indicators assigned by district under a two-row merged header."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Giao chi tieu"
    titles = [
        "BẢO HIỂM XÃ HỘI TỈNH HÒA LÂM",
        "BẢNG GIAO CHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA VÀ THU BHXH, BHYT, BHTN NĂM 2027",
        "(Kèm theo Quyết định số 1027/QĐ-BHXH ngày 21/12/2026 của Giám đốc Bảo hiểm xã hội tỉnh)",
    ]
    for r, text in enumerate(titles, start=1):
        ws.cell(r, 1).value = text
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 1).font = Font(bold=r < 3, italic=r == 3)
    ws.append([])
    ws.append(
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Giao năm 2027", None, None, None, "Phòng chủ trì", "Thời hạn"]
    )
    ws.append(
        [None, None, None, "Toàn tỉnh", "BHXH thành phố Hòa Lâm", "BHXH huyện Tân Hà", "BHXH huyện Ea Linh"]
    )
    for col in (1, 2, 3, 8, 9):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells(start_row=5, start_column=4, end_row=5, end_column=7)
    bold_header(ws, 5)
    bold_header(ws, 6)
    d = datetime.datetime
    rows = [
        ["A", "PHÁT TRIỂN NGƯỜI THAM GIA"],
        [
            1,
            "Số người tham gia BHXH bắt buộc",
            "Người",
            87600,
            52300,
            20100,
            15200,
            "Phòng Quản lý thu - Sổ, thẻ",
            d(2027, 12, 31),
        ],
        [
            2,
            "Số người tham gia BHXH tự nguyện",
            "Người",
            25000,
            11800,
            7400,
            5800,
            "Phòng Truyền thông và Phát triển người tham gia",
            d(2027, 12, 31),
        ],
        [
            3,
            "Tỷ lệ dân số tham gia BHYT",
            "%",
            "95,0",
            "96,5",
            "94,2",
            "93,8",
            "Phòng Quản lý thu - Sổ, thẻ",
            "Quý IV/2027",
        ],
        [
            4,
            "Số người tham gia BHYT theo hộ gia đình",
            "Người",
            118000,
            46000,
            39500,
            32500,
            "Phòng Truyền thông và Phát triển người tham gia",
            "30/11/2027",
        ],
        ["B", "THU VÀ GIẢM NỢ"],
        [
            5,
            "Tổng số thu BHXH, BHYT, BHTN",
            "Tỷ đồng",
            3780,
            2415,
            770,
            595,
            "Phòng Quản lý thu - Sổ, thẻ",
            d(2027, 12, 31),
        ],
        [
            6,
            "Tỷ lệ nợ đóng BHXH, BHYT, BHTN so với số phải thu",
            "%",
            "≤ 2,5",
            "≤ 2,3",
            "≤ 2,8",
            "≤ 2,8",
            "Phòng Quản lý thu - Sổ, thẻ",
            "Quý III/2027",
        ],
        [
            7,
            "Số đơn vị sử dụng lao động được thanh tra chuyên ngành đóng",
            "Đơn vị",
            130,
            72,
            31,
            27,
            "Phòng Thanh tra - Kiểm tra",
            "Theo kế hoạch thanh tra được duyệt",
        ],
        ["C", "GIẢI QUYẾT CHẾ ĐỘ, CHUYỂN ĐỔI SỐ"],
        [
            8,
            "Tỷ lệ hồ sơ giải quyết đúng và trước hạn",
            "%",
            100,
            100,
            100,
            100,
            "Văn phòng (Bộ phận Một cửa)",
            "Thường xuyên",
        ],
        [
            9,
            "Tỷ lệ người hưởng lương hưu, trợ cấp ở đô thị nhận qua tài khoản cá nhân",
            "%",
            85,
            92,
            78,
            74,
            "Phòng Chế độ BHXH",
            d(2027, 9, 30),
        ],
        [
            10,
            "Tỷ lệ chi phí khám, chữa bệnh BHYT được giám định điện tử",
            "%",
            100,
            100,
            100,
            100,
            "Phòng Giám định BHYT",
            "Hằng tháng",
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=9)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 9).value, datetime.datetime):
            ws.cell(at, 9).number_format = "dd/mm/yyyy"
        for col in (4, 5, 6, 7):
            if isinstance(ws.cell(at, col).value, int) and ws.cell(at, col).value > 999:
                ws.cell(at, col).number_format = "#,##0"
    wrap(ws, 7)
    ws.append([])
    ws.append(
        [
            "Ghi chú: BHXH thành phố, các huyện và các phòng nghiệp vụ báo cáo kết quả thực hiện chỉ tiêu về "
            "Phòng Kế hoạch - Tài chính trước ngày 05 hằng tháng."
        ]
    )
    at = ws.max_row
    ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=9)
    ws.cell(at + 2, 8).value = "GIÁM ĐỐC"
    ws.cell(at + 5, 8).value = "Vũ Đình Khải"
    column_widths(ws, [6, 44, 10, 11, 13, 13, 13, 28, 16])
    wb.save(path)


def h545_docx(h, path: Path) -> None:
    """District health centre: the director's conclusions, facts inside sentences (to .doc)."""
    doc = document()
    head_block(
        doc,
        "SỞ Y TẾ TỈNH AN THẠNH\nTRUNG TÂM Y TẾ HUYỆN PHÚ CƯỜNG\n───────\nSố: 215/TB-TTYT",
        right2="Phú Cường, ngày 30 tháng 11 năm 2026",
    )
    _lines(
        doc,
        [
            ("THÔNG BÁO", {"bold": True, "center": True}),
            (
                "Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 11/2026",
                {"bold": True, "center": True},
            ),
            "Ngày 27/11/2026, tại Hội trường Trung tâm Y tế huyện, BSCKI. Lê Văn Hòa - Giám đốc Trung tâm "
            "chủ trì "
            "cuộc họp giao ban tháng 11/2026. Tham dự có các Phó Giám đốc, trưởng các khoa, phòng, Trạm "
            "trưởng "
            "Trạm Y tế các xã, thị trấn. Sau khi nghe Phòng Kế hoạch - Nghiệp vụ báo cáo kết quả hoạt động "
            "tháng "
            "11 và ý kiến của các thành viên dự họp, Giám đốc kết luận như sau:",
            ("I. ĐÁNH GIÁ CHUNG", B),
            "Trong tháng, Trung tâm đã khám bệnh cho 14.286 lượt người, điều trị nội trú 1.032 lượt; không "
            "để xảy "
            "ra sai sót chuyên môn nghiêm trọng. Số ca mắc sốt xuất huyết giảm 21% so với tháng trước; tỷ "
            "lệ tiêm "
            "chủng đầy đủ cho trẻ dưới 1 tuổi đạt 86,4%, còn thấp so với kế hoạch. Công tác thanh toán chi "
            "phí "
            "khám, chữa bệnh BHYT còn chậm, một số hồ sơ bị xuất toán.",
            ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026 VÀ QUÝ I/2027", B),
            "1. Khoa Kiểm soát bệnh tật và HIV/AIDS tiếp tục giám sát chặt chẽ ca bệnh sốt xuất huyết, tay "
            "chân "
            "miệng tại các xã Tân Phong, Hòa Mỹ; tổ chức xử lý ổ dịch mới trong vòng 48 giờ kể từ khi phát "
            "hiện.",
            "2. Giao Phòng Kế hoạch - Nghiệp vụ chủ trì, phối hợp Phòng Tài chính - Kế toán hoàn thiện hồ "
            "sơ ký "
            "hợp đồng khám, chữa bệnh BHYT năm 2027 với Bảo hiểm xã hội huyện, xong trước ngày 20/12/2026.",
            "3. Khoa Dược - Trang thiết bị - Vật tư y tế khẩn trương tổng hợp nhu cầu thuốc, vật tư y tế "
            "năm 2027, "
            "gửi Phòng Kế hoạch - Nghiệp vụ trước ngày 10/12/2026 để tổ chức lựa chọn nhà thầu theo quy "
            "định.",
            "4. Khoa Kiểm soát bệnh tật và HIV/AIDS phối hợp Trạm Y tế các xã, thị trấn rà soát trẻ chưa "
            "tiêm đủ "
            "mũi trong Chương trình tiêm chủng mở rộng, tổ chức tiêm vét xong trong tháng 12/2026.",
            "5. Phòng Tổ chức - Hành chính hoàn thành việc đánh giá, xếp loại viên chức năm 2026, trình "
            "Hội đồng "
            "Thi đua - Khen thưởng Trung tâm trước ngày 25/12/2026.",
            "6. Yêu cầu Phòng Tài chính - Kế toán đối chiếu, quyết toán chi phí khám, chữa bệnh BHYT quý "
            "IV/2026 "
            "với Bảo hiểm xã hội huyện; thời hạn hoàn thành trước ngày 15/01/2027.",
            "7. Khoa Khám bệnh và Khoa Hồi sức cấp cứu bố trí đủ nhân lực trực 4 cấp trong dịp Tết Dương "
            "lịch và "
            "Tết Nguyên đán Đinh Mùi 2027 (từ ngày 30/12/2026 đến ngày 14/02/2027).",
            "8. Giao Trạm Y tế thị trấn Phú Cường phối hợp Khoa Y tế công cộng và Dinh dưỡng tổ chức khám "
            "sàng lọc "
            "tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên; hoàn thành trong quý I/2027.",
            "9. Khoa Y tế công cộng và Dinh dưỡng tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập "
            "thể, cơ "
            "sở kinh doanh thực phẩm dịp Tết; báo cáo kết quả về Phòng Kế hoạch - Nghiệp vụ trước ngày "
            "20/02/2027.",
            "10. Đề nghị Ban Chấp hành Công đoàn cơ sở Trung tâm phối hợp tổ chức thăm hỏi, tặng quà Tết "
            "cho viên "
            "chức, người lao động có hoàn cảnh khó khăn, hoàn thành trước ngày 31/01/2027.",
            "11. Các khoa, phòng, Trạm Y tế xã, thị trấn báo cáo hoạt động chuyên môn tháng về Phòng Kế "
            "hoạch - "
            "Nghiệp vụ trước ngày 22 hằng tháng (qua phần mềm và bản giấy có chữ ký của trưởng đơn vị).",
            "Trên đây là kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 11/2026, Phòng Tổ "
            "chức - Hành "
            "chính thông báo để các khoa, phòng, Trạm Y tế xã, thị trấn biết, thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Giám đốc, các PGĐ;\n- Các khoa, phòng;\n- Trạm Y tế các xã, TT;\n- Lưu: VT, TCHC.",
        "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n\n\nĐặng Thị Mỹ Linh",
    )
    doc.save(path)


def _activity(doc, number: str, title: str, fields: list[tuple[str, str]]) -> None:
    para(doc, f"{number}. {title}", bold=True)
    for label, value in fields:
        p = doc.add_paragraph()
        p.add_run(f"- {label}: ").italic = True
        p.add_run(value)


def h546_docx(h, path: Path) -> None:
    """Women's Union: a plan whose activities are headings with labelled fields (Thời gian, Chủ trì …)."""
    doc = document()
    head_block(
        doc,
        "HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH KIM SƠN\n*\nSố: 96/KH-HPN",
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        right2="Kim Sơn, ngày 10 tháng 12 năm 2026",
    )
    _lines(
        doc,
        [
            ("KẾ HOẠCH", {"bold": True, "center": True}),
            ("Hỗ trợ phụ nữ khởi nghiệp và thúc đẩy bình đẳng giới năm 2027", {"bold": True, "center": True}),
            'Thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026 - 2030" và Chương trình công tác '
            "năm 2027 "
            "của Ban Chấp hành Hội LHPN tỉnh, Ban Thường vụ Hội LHPN tỉnh ban hành Kế hoạch như sau:",
            ("I. MỤC ĐÍCH, YÊU CẦU", B),
            "Nâng cao nhận thức, năng lực kinh doanh của phụ nữ; hỗ trợ ít nhất 120 ý tưởng, dự án khởi "
            "nghiệp của "
            "phụ nữ; lồng ghép bình đẳng giới trong các hoạt động của Hội. Các hoạt động bảo đảm thiết "
            "thực, tiết "
            "kiệm, phù hợp với điều kiện của từng địa phương.",
            ("II. CÁC HOẠT ĐỘNG CỤ THỂ", B),
        ],
    )
    acts = [
        (
            'Tổ chức Diễn đàn "Phụ nữ khởi nghiệp, sáng tạo" cấp tỉnh năm 2027',
            [
                ("Thời gian", "Quý I/2027"),
                ("Đơn vị chủ trì", "Ban Gia đình - Xã hội"),
                ("Đơn vị phối hợp", "Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh"),
            ],
        ),
        (
            "Tập huấn kiến thức lồng ghép giới cho cán bộ Hội cơ sở",
            [
                ("Thời gian", "Tháng 4 - tháng 5/2027"),
                ("Đơn vị chủ trì", "Ban Tuyên giáo"),
                ("Số lượng", "06 lớp, khoảng 360 học viên"),
            ],
        ),
        (
            "Hỗ trợ vốn, kết nối tiêu thụ sản phẩm cho các tổ hợp tác, hợp tác xã do phụ nữ quản lý",
            [
                ("Thời gian", "Thường xuyên trong năm"),
                ("Đơn vị chủ trì", "Trung tâm Hỗ trợ phụ nữ"),
                ("Chỉ tiêu", "40 tổ hợp tác, hợp tác xã"),
            ],
        ),
        (
            'Tổ chức Cuộc thi "Ý tưởng khởi nghiệp của phụ nữ Kim Sơn" lần thứ III',
            [
                ("Thời gian", "Phát động tháng 5/2027; chung kết tháng 9/2027"),
                ("Đơn vị chủ trì", "Ban Tuyên giáo"),
                ("Đơn vị phối hợp", "Tỉnh đoàn, Trường Đại học Kim Sơn"),
            ],
        ),
        (
            "Giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới tại 02 sở, ngành",
            [("Thời gian", "Quý III/2027"), ("Đơn vị chủ trì", "Ban Chính sách - Luật pháp")],
        ),
        (
            "Tổ chức đối thoại giữa lãnh đạo UBND tỉnh với phụ nữ chủ doanh nghiệp, chủ hộ kinh doanh",
            [
                ("Thời gian", "Tháng 10/2027"),
                ("Đơn vị chủ trì", "Văn phòng"),
                ("Đơn vị phối hợp", "Ban Gia đình - Xã hội"),
            ],
        ),
        (
            "Truyền thông về phụ nữ khởi nghiệp trên Trang thông tin điện tử và fanpage của Hội LHPN tỉnh",
            [("Thời gian", "Hằng tháng (ít nhất 04 tin, bài/tháng)"), ("Đơn vị chủ trì", "Ban Tuyên giáo")],
        ),
        (
            "Tổng kết, đánh giá kết quả thực hiện Kế hoạch; biểu dương tập thể, cá nhân tiêu biểu",
            [
                ("Thời gian", "Tháng 12/2027"),
                ("Đơn vị chủ trì", "Văn phòng"),
                ("Đơn vị phối hợp", "Các ban, đơn vị thuộc Hội LHPN tỉnh"),
            ],
        ),
    ]
    for number, (title, fields) in enumerate(acts, start=1):
        _activity(doc, str(number), title, fields)
    _lines(
        doc,
        [
            ("III. KINH PHÍ", B),
            "Kinh phí thực hiện từ nguồn ngân sách nhà nước cấp cho Hội LHPN tỉnh năm 2027 và các nguồn xã "
            "hội hóa "
            "hợp pháp khác.",
            ("IV. TỔ CHỨC THỰC HIỆN", B),
            "1. Ban Gia đình - Xã hội là đơn vị thường trực, tham mưu Ban Thường vụ theo dõi, đôn đốc việc "
            "thực "
            "hiện Kế hoạch; tổng hợp báo cáo kết quả 6 tháng trước ngày 15/6/2027 và báo cáo năm trước ngày "
            "15/11/2027.",
            "2. Văn phòng Hội LHPN tỉnh bảo đảm kinh phí, cơ sở vật chất cho các hoạt động của Kế hoạch.",
            "3. Hội LHPN các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại "
            "địa "
            "phương, gửi về Hội LHPN tỉnh (qua Ban Gia đình - Xã hội) trước ngày 31/01/2027.",
            "4. Các ban, đơn vị thuộc Hội LHPN tỉnh chủ động phối hợp triển khai các hoạt động theo chức "
            "năng, "
            "nhiệm vụ được giao./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TW Hội LHPN Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Các ban, đơn vị;\n"
        "- Hội LHPN các huyện, TX, TP;\n- Lưu: VT.",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n\n\nPhan Thị Ngọc Diệp",
    )
    doc.save(path)


def h547_xlsx(path: Path) -> None:
    """Planning and Investment: a yearly programme of schemes to submit, with a 'Cấp trình' column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "CTCT 2027"
    ws["A1"] = "UBND TỈNH HÀ QUANG"
    ws["A2"] = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A4"] = "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027 CỦA SỞ KẾ HOẠCH VÀ ĐẦU TƯ"
    ws["A5"] = "(Ban hành kèm theo Quyết định số 512/QĐ-SKHĐT ngày 24/12/2026 của Giám đốc Sở)"
    for r in (4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    ws["A4"].font = Font(bold=True)
    ws["A5"].font = Font(italic=True)
    ws.append([])
    ws.append(
        [
            "STT",
            "Tên nhiệm vụ, đề án",
            "Phòng, đơn vị chủ trì",
            "Cấp trình",
            "Thời gian trình",
            "Sản phẩm",
            "Ghi chú",
        ]
    )
    bold_header(ws, 7)
    rows = [
        ["I", "CÁC NỘI DUNG TRÌNH HĐND TỈNH"],
        [
            1,
            "Dự thảo Nghị quyết điều chỉnh Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của tỉnh",
            "Phòng Tổng hợp - Quy hoạch",
            "HĐND tỉnh",
            "Tháng 7",
            "Nghị quyết",
            "Kỳ họp giữa năm",
        ],
        [
            2,
            "Dự thảo Nghị quyết về Kế hoạch phát triển kinh tế - xã hội năm 2028",
            "Phòng Tổng hợp - Quy hoạch",
            "HĐND tỉnh",
            "Tháng 11",
            "Nghị quyết",
            None,
        ],
        [
            3,
            "Dự thảo Nghị quyết phân bổ kế hoạch vốn đầu tư công năm 2028",
            "Phòng Kinh tế ngành",
            "HĐND tỉnh",
            "Tháng 12",
            "Nghị quyết",
            None,
        ],
        ["II", "CÁC NỘI DUNG TRÌNH UBND TỈNH, CHỦ TỊCH UBND TỈNH"],
        [
            4,
            "Kế hoạch hành động thực hiện Nghị quyết của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội "
            "năm 2027",
            "Phòng Tổng hợp - Quy hoạch",
            "UBND tỉnh",
            "Tháng 1",
            "Quyết định",
            None,
        ],
        [
            5,
            "Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội tháng, quý",
            "Phòng Tổng hợp - Quy hoạch",
            "UBND tỉnh",
            "Hằng tháng (trước ngày 20)",
            "Báo cáo",
            None,
        ],
        [
            6,
            "Danh mục dự án kêu gọi đầu tư của tỉnh giai đoạn 2027 - 2030",
            "Phòng Kinh tế đối ngoại",
            "UBND tỉnh",
            "Quý II",
            "Quyết định",
            None,
        ],
        [
            7,
            "Đề án hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo tỉnh Hà Quang đến năm 2030",
            "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân",
            "UBND tỉnh",
            datetime.datetime(2027, 9, 30),
            "Đề án",
            None,
        ],
        [
            8,
            "Báo cáo phân tích Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026 và giải pháp cải thiện",
            "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân",
            "UBND tỉnh",
            "Sau khi VCCI công bố kết quả PCI",
            "Báo cáo",
            None,
        ],
        ["III", "CÁC NHIỆM VỤ THUỘC THẨM QUYỀN CỦA SỞ"],
        [
            9,
            "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Hà Quang năm 2027",
            "Phòng Kinh tế đối ngoại",
            "-",
            "Tháng 10",
            "Hội nghị",
            "Phối hợp Văn phòng UBND tỉnh",
        ],
        [
            10,
            "Thanh tra việc thực hiện 06 dự án đầu tư sau khi được chấp thuận chủ trương đầu tư",
            "Thanh tra Sở",
            "-",
            "Quý III",
            "Kết luận thanh tra",
            None,
        ],
        [
            11,
            "Rà soát, chuẩn hóa dữ liệu đăng ký doanh nghiệp trên Hệ thống thông tin quốc gia về đăng ký "
            "doanh nghiệp",
            "Phòng Đăng ký kinh doanh",
            "-",
            "Thường xuyên",
            "Dữ liệu chuẩn hóa",
            None,
        ],
    ]
    for row in rows:
        ws.append(row)
        at = ws.max_row
        if len(row) == 2:
            ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=7)
            ws.cell(at, 1).font = ws.cell(at, 2).font = Font(bold=True)
        if isinstance(ws.cell(at, 5).value, datetime.datetime):
            ws.cell(at, 5).number_format = "dd/mm/yyyy"
    wrap(ws, 8)
    ws.append([])
    ws.append(
        [
            None,
            "Các phòng, đơn vị báo cáo tiến độ thực hiện Chương trình về Văn phòng Sở trước ngày 22 "
            "hằng tháng để tổng hợp, báo cáo Giám đốc Sở.",
        ]
    )
    ws.append([])
    ws.append([None, None, None, None, "GIÁM ĐỐC"])
    ws.append([])
    ws.append([])
    ws.append([None, None, None, None, "Lương Quốc Tuấn"])
    column_widths(ws, [6, 52, 26, 12, 16, 16, 18])
    wb.save(path)


def h548_docx(h, path: Path) -> None:
    """Primary school: a sports-day plan whose tasks are given to posts by a label (to .pdf)."""
    doc = document()
    head_block(
        doc,
        "UBND XÃ TÂN PHONG\nTRƯỜNG TIỂU HỌC TÂN PHONG\n───────\nSố: 86/KH-THTP",
        right2="Tân Phong, ngày 07 tháng 12 năm 2026",
    )
    _lines(
        doc,
        [
            ("KẾ HOẠCH", {"bold": True, "center": True}),
            ("Tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027", {"bold": True, "center": True}),
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ điều kiện thực tế của nhà "
            "trường, "
            "Trường Tiểu học Tân Phong xây dựng Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường như sau:",
            ("I. MỤC ĐÍCH, YÊU CẦU", B),
            "Đẩy mạnh phong trào rèn luyện thân thể trong học sinh; phát hiện, tuyển chọn vận động viên "
            "tham gia "
            "Hội khỏe Phù Đổng cấp xã. Tổ chức an toàn, tiết kiệm, tạo không khí vui tươi.",
            ("II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM", B),
            "- Môn thi đấu: Điền kinh (chạy 60m, nhảy xa), Cờ vua, Đá cầu, Kéo co.",
            "- Thời gian: từ ngày 08/3/2027 đến ngày 12/3/2027; khai mạc lúc 7 giờ 00 ngày 08/3/2027.",
            "- Địa điểm: Sân trường điểm chính (thôn Bình An).",
            ("III. PHÂN CÔNG NHIỆM VỤ", B),
            "1. Hiệu trưởng: Thành lập Ban Tổ chức, Tổ trọng tài; phê duyệt Điều lệ Hội khỏe trước ngày "
            "20/12/2026.",
            "2. Phó Hiệu trưởng (thầy Đinh Quang Vũ): Xây dựng Điều lệ, lịch thi đấu; tổng hợp danh sách "
            "vận động "
            "viên các lớp trước ngày 15/02/2027.",
            "3. Giáo viên Giáo dục thể chất: Tập luyện cho học sinh các đội tuyển từ tháng 01/2027; chuẩn "
            "bị sân "
            "bãi, dụng cụ thi đấu xong trước ngày 05/3/2027.",
            "4. Tổng phụ trách Đội: Phối hợp tổ chức lễ khai mạc (ngày 08/3/2027) và bế mạc (ngày "
            "12/3/2027); "
            "chuẩn bị chương trình văn nghệ chào mừng.",
            "5. Giáo viên chủ nhiệm các lớp: Đăng ký vận động viên của lớp, nộp danh sách về Phó Hiệu trưởng "
            "trước ngày 10/02/2027.",
            "6. Nhân viên y tế: Chuẩn bị tủ thuốc, trực sơ cứu trong các ngày thi đấu (từ ngày 08/3 đến ngày "
            "12/3/2027).",
            "7. Kế toán: Lập dự trù kinh phí tổ chức Hội khỏe, trình Hiệu trưởng duyệt trước ngày "
            "30/12/2026.",
            "8. Nhân viên bảo vệ: Bảo đảm an ninh, trật tự, vệ sinh khu vực thi đấu trong thời gian diễn "
            "ra Hội "
            "khỏe (từ ngày 08/3 đến ngày 12/3/2027).",
            "9. Đề nghị Ban đại diện cha mẹ học sinh trường: Hỗ trợ nước uống, phần thưởng cho vận động "
            "viên đạt "
            "giải trước ngày 05/3/2027.",
            ("IV. CHẾ ĐỘ BÁO CÁO", B),
            "Kết thúc Hội khỏe, Phó Hiệu trưởng tổng hợp kết quả, báo cáo UBND xã Tân Phong trước ngày "
            "19/3/2027.",
            "Trên đây là Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027. Đề nghị cán "
            "bộ, giáo "
            "viên, nhân viên nghiêm túc thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- UBND xã Tân Phong (b/c);\n- CB, GV, NV;\n- Ban đại diện CMHS;\n- Lưu: VT.",
        "HIỆU TRƯỞNG\n\n\n\nMai Thị Hồng Nhung",
    )
    doc.save(path)


def h549_docx(h, path: Path) -> None:
    """Ward People's Committee: a dispatch assigning Tết tasks to units, a) b) c) under unit labels."""
    doc = document()
    head_block(
        doc,
        "ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN LỘI\n───────\nSố: 1245/UBND-VP\nV/v triển khai các nhiệm vụ bảo đảm "
        "trật "
        "tự đô thị, vệ sinh môi trường dịp Tết Nguyên đán Đinh Mùi 2027",
        right2="Bến Lội, ngày 14 tháng 12 năm 2026",
    )
    _lines(
        doc,
        [
            ("Kính gửi:", B),
            "- Các phòng chuyên môn thuộc UBND phường;",
            "- Công an phường;",
            "- Ủy ban Mặt trận Tổ quốc Việt Nam phường;",
            "- Tổ trưởng các tổ dân phố.",
            "Thực hiện Chỉ thị số 21/CT-UBND ngày 02/12/2026 của UBND thành phố về tăng cường công tác bảo "
            "đảm "
            "trật tự đô thị, vệ sinh môi trường dịp Tết Nguyên đán Đinh Mùi 2027, Chủ tịch UBND phường yêu "
            "cầu "
            "các cơ quan, đơn vị thực hiện các nội dung sau:",
            ("1. Phòng Kinh tế, Hạ tầng và Đô thị", B),
            "a) Chủ trì, phối hợp Công an phường ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến "
            "Trần "
            "Khắc Chung, Lê Văn Linh, Nguyễn Trọng Kỷ; đợt cao điểm từ ngày 20/12/2026 đến ngày 15/02/2027.",
            "b) Kiểm tra, xử lý các công trình xây dựng không phép, sai phép trên địa bàn; báo cáo kết quả "
            "trước "
            "ngày 10/01/2027.",
            "c) Phối hợp Ban Quản lý chợ Bến Lội bố trí khu vực bán hàng Tết, trình UBND phường phê duyệt "
            "phương án "
            "trước ngày 25/12/2026.",
            ("2. Phòng Văn hóa - Xã hội", B),
            "a) Tổng hợp danh sách hộ nghèo, hộ cận nghèo, gia đình chính sách để thăm, tặng quà Tết; hoàn "
            "thành "
            "trước ngày 05/01/2027.",
            "b) Trang trí cờ, hoa, băng rôn, khẩu hiệu mừng Đảng, mừng Xuân trên các tuyến đường chính; "
            "hoàn thành "
            "trước ngày 25/01/2027.",
            "c) Phối hợp Trạm Y tế phường kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh thực phẩm, "
            "dịch vụ ăn "
            "uống từ ngày 05/01 đến ngày 05/02/2027.",
            "3. Công an phường xây dựng kế hoạch bảo đảm an ninh, trật tự, phòng cháy, chữa cháy dịp Tết "
            "Nguyên đán "
            "Đinh Mùi 2027, gửi UBND phường trước ngày 28/12/2026.",
            "4. Văn phòng HĐND và UBND phường theo dõi, đôn đốc, tổng hợp kết quả thực hiện của các đơn "
            "vị, báo "
            "cáo Chủ tịch UBND phường trước ngày 20/02/2027.",
            '5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động Nhân dân tham gia "Ngày Chủ nhật '
            'xanh" '
            "vào sáng Chủ nhật hằng tuần, giữ gìn vệ sinh khu dân cư.",
            "6. Tổ trưởng các tổ dân phố phổ biến nội dung Công văn này đến từng hộ gia đình trước ngày "
            "31/12/2026.",
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
        ],
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Như trên;\n- UBND thành phố (b/c);\n- TT Đảng ủy phường (b/c);\n- CT, các PCT UBND "
        "phường;"
        "\n- Lưu: VT, VP.",
        "CHỦ TỊCH\n\n\n\nTrương Văn Bình",
    )
    doc.save(path)


def h550_docx(h, path: Path) -> None:
    """Radio-television station: a weekly calendar, a day per row, morning and afternoon as two columns."""
    doc = document(12)
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH BẮC LAM\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH\n───────",
        right2="Bắc Lam, ngày 31 tháng 12 năm 2026",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN 01/2027 CỦA BAN GIÁM ĐỐC", bold=True, center=True)
    para(doc, "(Từ ngày 04/01/2027 đến ngày 09/01/2027)", italic=True, center=True)
    grid(
        doc,
        ["Thứ, ngày", "Buổi sáng", "Buổi chiều"],
        [
            [
                "Thứ Hai\n04/01",
                "- 07h30: Toàn thể viên chức, người lao động dự Lễ chào cờ đầu năm 2027 tại sân Đài. Chuẩn "
                "bị: "
                "Phòng Tổ chức - Hành chính.\n- 09h00: Giám đốc Trần Minh Khoa chủ trì họp giao ban Ban "
                "Giám đốc "
                "với trưởng các phòng. Địa điểm: Phòng họp tầng 3. Chuẩn bị: Phòng Tổ chức - Hành chính.",
                "- 14h00: Phó Giám đốc Lê Thị Hạnh duyệt chương trình Thời sự đặc biệt chào Xuân Đinh Mùi "
                "2027. "
                "Chuẩn bị: Phòng Thời sự.",
            ],
            [
                "Thứ Ba\n05/01",
                "- 08h00: Giám đốc Trần Minh Khoa dự Hội nghị tổng kết công tác tuyên truyền năm 2026 của "
                "Ban "
                "Tuyên giáo và Dân vận Tỉnh ủy (tại Hội trường Tỉnh ủy).",
                "Ban Giám đốc làm việc tại cơ quan.",
            ],
            [
                "Thứ Tư\n06/01",
                "- 08h30: Phó Giám đốc Nguyễn Văn Tuấn làm việc với Công ty TNHH Kỹ thuật truyền dẫn Sao "
                "Việt về "
                "nâng cấp hệ thống phát sóng số. Chuẩn bị: Phòng Kỹ thuật - Công nghệ.",
                "- 14h00: Giám đốc chủ trì họp Hội đồng Thi đua - Khen thưởng Đài xét danh hiệu thi đua "
                "năm 2026. "
                "Chuẩn bị: Phòng Tổ chức - Hành chính.",
            ],
            [
                "Thứ Năm\n07/01",
                "- 08h00: Giám đốc chủ trì Hội nghị viên chức, người lao động năm 2027. Địa điểm: Hội "
                "trường Đài. "
                "Chuẩn bị: Phòng Tổ chức - Hành chính; Công đoàn Đài.",
                "- 15h00: Phó Giám đốc Lê Thị Hạnh nghiệm thu các chương trình phát thanh tiếng dân tộc "
                "Mông, Dao "
                "quý IV/2026. Chuẩn bị: Phòng Phát thanh.",
            ],
            [
                "Thứ Sáu\n08/01",
                "- Cả ngày: Phó Giám đốc Nguyễn Văn Tuấn kiểm tra trạm phát lại phát thanh, truyền hình Pá "
                "Hồng, "
                "huyện Mường Vạn. Chuẩn bị: Phòng Kỹ thuật - Công nghệ.",
                "(Tiếp tục chương trình buổi sáng)",
            ],
            [
                "Thứ Bảy\n09/01",
                "- 08h00: Giám đốc duyệt Chương trình nghệ thuật Chào Xuân Đinh Mùi 2027 (dự kiến). Chuẩn "
                "bị: "
                "Phòng Văn nghệ - Giải trí.",
                "Trực lãnh đạo: Phó Giám đốc Nguyễn Văn Tuấn.",
            ],
        ],
        widths=[2.6, 12.5, 11.5],
    )
    para(
        doc,
        "Ghi chú: Lịch công tác có thể thay đổi; các phòng theo dõi lịch điều chỉnh trên Trang thông tin "
        "nội bộ "
        "của Đài.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Ban Giám đốc;\n- Các phòng;\n- Lưu: VT, TCHC.",
        "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n\n\nHà Thị Kim Oanh",
    )
    doc.save(path)


_H551_ROWS = [
    (
        "1",
        "Xây dựng kế hoạch kiểm tra chuyên đề của Đội, gửi Chi cục phê duyệt",
        "Các Đội Quản lý thị trường",
        "Trước 20/12/2026",
    ),
    (
        "2",
        "Kiểm tra việc niêm yết giá, bán theo giá niêm yết tại chợ đầu mối Hòa Lâm và các siêu thị trên địa "
        "bàn thành phố",
        "Đội Quản lý thị trường số 1",
        "20/12/2026 - 28/02/2027",
    ),
    (
        "3",
        "Kiểm tra việc kinh doanh pháo, đồ chơi nguy hiểm tại khu vực giáp biên giới huyện Ea Linh",
        "Đội Quản lý thị trường số 2",
        "25/12/2026 - 20/02/2027",
    ),
    (
        "4",
        "Phối hợp Bộ đội Biên phòng tỉnh kiểm soát hàng hóa nhập lậu qua đường mòn, lối mở",
        None,
        "Thường xuyên",
    ),
    (
        "5",
        "Kiểm tra an toàn thực phẩm đối với bánh, kẹo, rượu, bia, nước giải khát phục vụ Tết",
        "Đội Quản lý thị trường số 3",
        "01/01 - 10/02/2027",
    ),
    (
        "6",
        "Kiểm tra hoạt động kinh doanh trên môi trường thương mại điện tử, bán hàng qua livestream",
        "Đội Quản lý thị trường số 4; Phòng Nghiệp vụ - Tổng hợp",
        "Tháng 01 - 02/2027",
    ),
    (
        "7",
        "Kiểm tra kinh doanh phân bón, thuốc bảo vệ thực vật phục vụ vụ Đông Xuân",
        "Đội Quản lý thị trường số 5",
        "Quý I/2027",
    ),
    (
        "8",
        "Tổng hợp, báo cáo nhanh tình hình, kết quả đợt cao điểm về Sở Công Thương",
        "Phòng Nghiệp vụ - Tổng hợp",
        "Thứ Sáu hằng tuần",
    ),
    (
        "9",
        "Tổng kết đợt cao điểm; đề xuất khen thưởng tập thể, cá nhân có thành tích",
        "Phòng Tổ chức - Hành chính",
        "Trước 10/3/2027",
    ),
]


def h551_html(path: Path) -> None:
    """Market management: a plan as published on the portal (HTML), its tasks in an appendix table."""
    import html

    def p(text, bold=False):
        inner = f"<strong>{html.escape(text)}</strong>" if bold else html.escape(text)
        return f"<p>{inner}</p>"

    rows = []
    for stt, task, unit, time in _H551_ROWS:
        if stt == "3":
            unit_cell = f'<td rowspan="2">{html.escape(unit)}</td>'
        elif unit is None:
            unit_cell = ""
        else:
            unit_cell = f"<td>{html.escape(unit)}</td>"
        rows.append(
            f"<tr><td>{stt}</td><td>{html.escape(task)}</td>{unit_cell}<td>{html.escape(time)}</td></tr>"
        )
    body = [
        '<div class="header"><table class="head"><tr>',
        "<td><strong>SỞ CÔNG THƯƠNG TỈNH HÒA LÂM<br>CHI CỤC QUẢN LÝ THỊ TRƯỜNG</strong><br>Số: "
        "318/KH-QLTT</td>",
        "<td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>"
        "<em>Hòa Lâm, ngày 11 tháng 12 năm 2026</em></td>",
        "</tr></table></div>",
        '<h2 style="text-align:center">KẾ HOẠCH</h2>',
        '<h3 style="text-align:center">Cao điểm đấu tranh chống buôn lậu, gian lận thương mại và hàng giả '
        "trước, "
        "trong và sau Tết Nguyên đán Đinh Mùi 2027</h3>",
        p(
            "Căn cứ Kế hoạch số 77/KH-BCĐ389 ngày 01/12/2026 của Ban Chỉ đạo 389 tỉnh; để chủ động kiểm "
            "soát thị "
            "trường dịp cuối năm, Chi cục Quản lý thị trường ban hành Kế hoạch cao điểm như sau:"
        ),
        p("I. MỤC ĐÍCH, YÊU CẦU", True),
        p(
            "Ngăn chặn kịp thời các hành vi buôn lậu, vận chuyển, kinh doanh hàng cấm, hàng giả, hàng "
            "không rõ "
            "nguồn gốc; bình ổn thị trường, bảo vệ quyền lợi người tiêu dùng. Thời gian cao điểm: từ ngày "
            "20/12/2026 đến ngày 28/02/2027."
        ),
        p("II. NỘI DUNG", True),
        p("Các đơn vị thực hiện nhiệm vụ theo Phụ lục phân công kèm theo Kế hoạch này."),
        p("III. TỔ CHỨC THỰC HIỆN", True),
        p(
            "1. Phòng Nghiệp vụ - Tổng hợp là đơn vị đầu mối, theo dõi, đôn đốc các Đội Quản lý thị trường "
            "thực "
            "hiện Kế hoạch này."
        ),
        p(
            "2. Phòng Tổ chức - Hành chính bố trí kinh phí, phương tiện, trang phục cho lực lượng tham gia "
            "đợt "
            "cao điểm."
        ),
        p(
            "3. Các Đội Quản lý thị trường báo cáo kết quả kiểm tra, xử lý về Chi cục (qua Phòng Nghiệp vụ - "
            "Tổng hợp) trước 16 giờ thứ Năm hằng tuần."
        ),
        p(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Chi cục trưởng để "
            "chỉ đạo./."
        ),
        '<table class="sign"><tr><td><strong><em>Nơi nhận:</em></strong><br>- Sở Công Thương (b/c);<br>'
        "- BCĐ 389 tỉnh (b/c);<br>- Các phòng, Đội QLTT;<br>- Lưu: VT, NV-TH.</td>",
        "<td><strong>CHI CỤC TRƯỞNG</strong><br><br><br>Đoàn Minh Quân</td></tr></table>",
        '<h3 style="text-align:center">PHỤ LỤC</h3>',
        '<p style="text-align:center"><strong>PHÂN CÔNG NHIỆM VỤ ĐỢT CAO ĐIỂM</strong><br>'
        "<em>(Kèm theo Kế hoạch số 318/KH-QLTT ngày 11/12/2026 của Chi cục Quản lý thị trường)</em></p>",
        '<table class="grid" border="1" cellspacing="0" cellpadding="4">',
        "<thead><tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị thực hiện</th><th>Thời gian</th></tr></thead>",
        "<tbody>",
        *rows,
        "</tbody></table>",
    ]
    page = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        "<title>Kế hoạch 318/KH-QLTT - Chi cục Quản lý thị trường tỉnh Hòa Lâm</title>\n"
        "<style>body{font-family:'Times New Roman',serif} table.grid{border-collapse:collapse}</style>\n"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
    path.write_text(page, encoding="utf-8")


def h552_docx(h, path: Path) -> None:
    """Provincial court: a month programme, numbered group rows, sub-rows 1.1 …, a lead merged down."""
    doc = document()
    head_block(
        doc,
        "TÒA ÁN NHÂN DÂN\nTỈNH AN THẠNH\n───────\nSố: 96/CTr-TA",
        right2="An Thạnh, ngày 28 tháng 12 năm 2026",
    )
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 01 NĂM 2027", bold=True, center=True)
    para(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của Tòa án nhân dân tỉnh; Chánh án Tòa án nhân dân tỉnh ban "
        "hành Chương trình công tác tháng 01/2027 như sau:",
    )
    rows = [
        ("§", "1", "Công tác giải quyết, xét xử các loại vụ việc"),
        [
            "1.1",
            "Xét xử lưu động 02 vụ án hình sự điểm tại xã Tân Hà, xã Phú Cường",
            "Tòa Hình sự",
            "PCA Nguyễn Văn Đức",
            "Trước 25/01",
        ],
        [
            "1.2",
            "Tổ chức phiên tòa rút kinh nghiệm trực tuyến vụ án hành chính về khiếu kiện quyết định thu hồi "
            "đất",
            "Tòa Hành chính",
            "PCA Phạm Thị Vân",
            "Ngày 20/01",
        ],
        [
            "1.3",
            "Giải quyết dứt điểm 15 vụ án dân sự, kinh doanh thương mại quá hạn luật định",
            "Tòa Dân sự; Tòa Kinh tế",
            "PCA Phạm Thị Vân",
            "Trong tháng",
        ],
        ("§", "2", "Công tác tổ chức cán bộ, thi đua khen thưởng"),
        [
            "2.1",
            "Hoàn thành đánh giá, xếp loại công chức, người lao động năm 2026",
            "Phòng Tổ chức - Cán bộ",
            "Chánh án",
            "Trước 10/01",
        ],
        [
            "2.2",
            "Tổ chức Hội nghị triển khai công tác năm 2027 của Tòa án nhân dân hai cấp tỉnh An Thạnh",
            "Văn phòng",
            "Chánh án",
            "Ngày 08/01",
        ],
        ("§", "3", "Công tác kiểm tra nghiệp vụ, thống kê"),
        [
            "3.1",
            "Kiểm tra nghiệp vụ tại Tòa án nhân dân khu vực 1 và Tòa án nhân dân khu vực 3",
            "Phòng Kiểm tra nghiệp vụ và Thi hành án",
            "PCA Nguyễn Văn Đức",
            "Từ 11/01 đến 22/01",
        ],
        [
            "3.2",
            "Tổng hợp số liệu thống kê công tác Tòa án tháng 12/2026 và năm 2026, gửi Tòa án nhân dân tối "
            "cao",
            "Văn phòng",
            "PCA Phạm Thị Vân",
            "Trước 05/01",
        ],
        [
            "3.3",
            "Công bố bản án, quyết định trên Cổng thông tin điện tử của Tòa án nhân dân",
            "Văn phòng (Bộ phận Công nghệ thông tin)",
            "PCA Phạm Thị Vân",
            "Thường xuyên",
        ],
        ("§", "4", "Công tác văn phòng, tài chính, hậu cần"),
        [
            "4.1",
            "Quyết toán kinh phí năm 2026; lập dự toán chi tiết năm 2027",
            "Phòng Kế hoạch - Tài chính",
            "Chánh án",
            "Trước 31/01",
        ],
        [
            "4.2",
            "Tổ chức thăm hỏi, tặng quà Tết Nguyên đán Đinh Mùi 2027 cho công chức, người lao động",
            "Văn phòng",
            "Chánh án",
            "Trước 30/01",
        ],
        ["4.3", "Kiểm kê tài sản, công cụ, dụng cụ cuối năm 2026", "", "PCA Nguyễn Văn Đức", "Trước 15/01"],
    ]
    t = grid(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Lãnh đạo phụ trách", "Thời hạn"],
        rows,
        widths=[1.1, 8.0, 4.0, 3.2, 2.5],
    )
    h.merge_down(t, 2, 14, 15, "Văn phòng")
    para(
        doc,
        "Các đơn vị báo cáo kết quả thực hiện Chương trình công tác tháng về Văn phòng trước ngày "
        "25/01/2027 để "
        "tổng hợp, báo cáo Chánh án.",
    )
    sign_table(
        doc,
        "Nơi nhận:\n- TAND tối cao (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Lãnh đạo TAND tỉnh;\n"
        "- Các Tòa, phòng; TAND khu vực;\n- Lưu: VT, VP.",
        "CHÁNH ÁN\n\n\n\nHồ Quang Vinh",
    )
    doc.save(path)


def batch_h543() -> None:
    """Writes h543–h552 (the .doc and .pdf through LibreOffice)."""
    h = writers()
    h543_docx(h, _out("h543_kh_so_gddt_moc_thang_dong_muc.docx"))
    h544_xlsx(_out("h544_giao_chi_tieu_bhxh_theo_huyen.xlsx"))
    h546_docx(h, _out("h546_kh_hoi_lhpn_hoat_dong_truong_nhan.docx"))
    h547_xlsx(_out("h547_ctct_so_khdt_cap_trinh.xlsx"))
    h549_docx(h, _out("h549_cv_ubnd_phuong_giao_tet.docx"))
    h550_docx(h, _out("h550_lich_tuan_dai_ptth_sang_chieu_cot.docx"))
    h551_html(_out("h551_kh_qltt_cao_diem_tet_phu_luc.html"))
    h552_docx(h, _out("h552_ctct_thang_tand_tinh_muc_con.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        convert_each(
            h,
            Path(tmp),
            [
                (h545_docx, "h545_tbkl_ttyt_huyen_giao_ban.docx", "doc"),
                (h548_docx, "h548_kh_tieu_hoc_hkpd_chuc_danh.docx", "pdf"),
            ],
            _out,
        )
