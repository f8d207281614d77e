"""The main corpus's siblings of the held-out documents h506, h577, h454 and h628 (moved to the main
corpus when the importer was taught their shape, by h13fixTF on 2026-12-06): an indicator sheet whose
closing line under the table asks bodies of every place of a level (`Các Trung tâm Y tế huyện, thị
xã …`, `Các Đài Truyền thanh xã, thị trấn …`) or every trade union of a kind (`Các công đoàn cơ sở
…`) for a report by a day, a numbered row printing only its text over sub-rows lettered in the number
column (`a`, `b`: it heads them, no item; with a unit of its own it stays one), and the signature
typed into one cell, the signer's name on its last line (no item). Their expected items
(expected/tf1_…, tf2_…, tf3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-tf` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _sheet(
    path: Path, title: str, heading: list[str], header: list[str], rows: list[list], after: list[list]
):
    """One sheet: the heading lines merged across, a blank row, the header, the rows (a row of two
    cells, a letter and a text, is a group merged across), a blank row and the lines `after`."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    width = len(header)
    last = chr(ord("A") + width - 1)
    for text in heading:
        sheet.append([text])
        sheet.merge_cells(f"A{sheet.max_row}:{last}{sheet.max_row}")
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
        if len(row) == 2 and str(row[0]).isupper():
            sheet.merge_cells(f"B{sheet.max_row}:{last}{sheet.max_row}")
    sheet.append([])
    for row in after:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True)
    workbook.save(path)


def tf1_xlsx(path: Path) -> None:
    """A provincial health department's indicator sheet for 2028 (.xlsx): a bare numbered row over
    lettered sub-rows, the district health centres asked to report twice, the signature in one cell."""
    _sheet(
        path,
        "Chi tieu 2028",
        [
            "SỞ Y TẾ TỈNH AN PHƯỚC",
            "BẢNG GIAO CHỈ TIÊU CHUYÊN MÔN Y TẾ NĂM 2028",
            "(Kèm theo Quyết định số 2215/QĐ-SYT ngày 15/12/2027 của Giám đốc Sở Y tế)",
        ],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2028", "Phòng theo dõi", "Thời hạn", "Ghi chú"],
        [
            ["I", "Y TẾ DỰ PHÒNG"],
            [
                1,
                "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
                "%",
                "≥ 95",
                "Phòng Nghiệp vụ Y",
                "31/12/2028",
            ],
            [2, "Giảm tỷ lệ mắc sốt xuất huyết so với trung bình 5 năm"],
            ["a", "Tại các xã có ổ dịch cũ", "%", "≥ 20", "Phòng Nghiệp vụ Y", "Quý III/2028"],
            ["b", "Tại các phường nội thị", "%", "≥ 15", "Phòng Nghiệp vụ Y", "30/11/2028"],
            [
                3,
                "Số xã, phường đạt Bộ tiêu chí quốc gia về y tế xã",
                "Xã",
                12,
                "Phòng Nghiệp vụ Y",
                "Tháng 10/2028",
            ],
            ["II", "KHÁM, CHỮA BỆNH"],
            [4, "Số giường bệnh trên 10.000 dân", "Giường", "32", "Phòng Kế hoạch - Tài chính", "31/12/2028"],
            [
                5,
                "Tỷ lệ bệnh viện triển khai bệnh án điện tử",
                "%",
                100,
                "Phòng Kế hoạch - Tài chính",
                "Trước 30/9/2028",
                "Theo lộ trình của Bộ Y tế",
            ],
            [
                6,
                "Tỷ lệ người bệnh hài lòng với dịch vụ khám, chữa bệnh",
                "%",
                "≥ 90",
                "Phòng Nghiệp vụ Y",
                "Hằng quý",
            ],
        ],
        [
            [
                None,
                "Các Trung tâm Y tế huyện, thị xã báo cáo kết quả thực hiện chỉ tiêu về Sở Y tế (qua Phòng "
                "Nghiệp vụ Y) trước ngày 10/7/2028 và trước ngày 10/12/2028.",
            ],
            [],
            [None, None, None, None, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nTrịnh Quốc Hưng"],
        ],
    )


def tf2_xlsx(path: Path) -> None:
    """A provincial education trade union's indicator sheet for 2028 (.xlsx): a numbered row with a
    unit and a time of its own over lettered sub-rows (an item of its own), every grassroots union
    asked to report by a day after a remark line, the signature in one cell."""
    _sheet(
        path,
        "CT 2028",
        [
            "CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH BẮC HOÀ",
            "CHỈ TIÊU THI ĐUA CÔNG ĐOÀN NĂM 2028",
        ],
        ["TT", "Nội dung chỉ tiêu", "ĐVT", "Chỉ tiêu", "Ban phụ trách", "Thời gian"],
        [
            ["A", "PHÁT TRIỂN ĐOÀN VIÊN"],
            [
                1,
                "Kết nạp đoàn viên mới trong các trường ngoài công lập",
                "Người",
                350,
                "Ban Tổ chức",
                "30/6/2028",
            ],
            [2, "Xếp loại công đoàn cơ sở vững mạnh", "%", "≥ 85", "Ban Tổ chức", "Tháng 7/2028"],
            ["a", "Khối trường trung học phổ thông", "%", "≥ 90", None, None],
            ["b", "Khối trường mầm non tư thục", "%", "≥ 70", None, "Tháng 6/2028"],
            ["B", "CHĂM LO ĐỜI SỐNG"],
            [
                3,
                "Hỗ trợ nhà “Mái ấm Công đoàn” cho nhà giáo khó khăn",
                "Căn",
                8,
                "Ban Chính sách",
                "Trước 20/11/2028",
            ],
            [
                4,
                "Tổ chức tuyên truyền Luật Nhà giáo cho đoàn viên",
                "Buổi",
                24,
                "Ban Tuyên giáo",
                "Thường xuyên",
            ],
        ],
        [
            [None, "Ghi chú: Chỉ tiêu 2 tính trên số công đoàn cơ sở có đến 31/5/2028."],
            [
                None,
                "Các công đoàn cơ sở trực thuộc báo cáo kết quả thực hiện chỉ tiêu về Công đoàn ngành (qua "
                "Ban Tổ chức) trước ngày 15/6/2028.",
            ],
            [],
            [None, None, None, "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nĐoàn Thị Hạnh"],
        ],
    )


def tf3_xlsx(path: Path) -> None:
    """A district culture office's indicator sheet for 2029 (.xlsx, the lead column before the unit
    column): a bare numbered row over `a)`/`b)` sub-rows, every commune radio station asked to report
    monthly by a day, the signature in one cell after a line of posts."""
    _sheet(
        path,
        "Chi tieu",
        [
            "UBND HUYỆN LỘC THỦY",
            "PHÒNG VĂN HÓA VÀ THÔNG TIN",
            "CHỈ TIÊU THÔNG TIN CƠ SỞ NĂM 2029",
        ],
        ["STT", "Tên chỉ tiêu", "Bộ phận theo dõi", "Đơn vị tính", "Kế hoạch 2029", "Thời hạn hoàn thành"],
        [
            ["I", "TRUYỀN THANH CƠ SỞ"],
            [1, "Chuyển đổi đài truyền thanh xã sang ứng dụng công nghệ thông tin - viễn thông"],
            ["a)", "Đài xã vùng đồng bằng và ven biển", "Bộ phận Thông tin", "Đài", 6, "30/9/2029"],
            ["b)", "Đài xã vùng núi, vùng đồng bào dân tộc", "Bộ phận Thông tin", "Đài", 4, "15/12/2029"],
            [
                2,
                "Số tin, bài phát trên hệ thống truyền thanh cơ sở",
                "Bộ phận Thông tin",
                "Tin, bài",
                "1.200",
                "Hằng tháng",
            ],
            ["II", "VĂN HÓA CƠ SỞ"],
            [
                3,
                "Tỷ lệ thôn, bản đạt danh hiệu văn hóa",
                "Bộ phận Văn hóa - Gia đình",
                "%",
                "≥ 88",
                "Quý IV/2029",
            ],
            [
                4,
                "Tổ chức Liên hoan văn nghệ quần chúng cấp huyện",
                "Bộ phận Văn hóa - Gia đình",
                "Cuộc",
                1,
                "Tháng 9/2029",
            ],
        ],
        [
            [
                None,
                "Các Đài Truyền thanh xã, thị trấn báo cáo số tin, bài đã phát về Phòng Văn hóa và Thông "
                "tin trước ngày 05 hằng tháng.",
            ],
            [],
            [None, None, "TRƯỞNG PHÒNG\n\nLò Văn Khánh"],
        ],
    )


def siblings_tf() -> None:
    tf1_xlsx(DOCS / "tf1_chi_tieu_so_y_te_trung_tam_huyen.xlsx")
    tf2_xlsx(DOCS / "tf2_chi_tieu_cong_doan_nganh_giao_duc.xlsx")
    tf3_xlsx(DOCS / "tf3_chi_tieu_phong_vhtt_dai_truyen_thanh.xlsx")
