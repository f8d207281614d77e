"""The main corpus's siblings of the held-out documents h361, h354 and h356 (moved to the main corpus
when the importer was taught their shapes, helper h13fixPA). h361's (pa1): a register whose tasks sit
in Excel outline groups under a summary row each, two groups collapsed (their rows hidden, still
items), beside a row hidden on its own (no group: left out). h354's (pa2): a Microsoft Project task
table exported to Excel (`Outline_Level`: summary rows are no items; `Resource_Names` lead; the
finish is the due; an inactive task is no item). h356's (pa3): an indicator sheet whose time is a
reporting period column (`Kỳ báo cáo`: `Hằng quý`, `Hằng tháng` recur). Their expected items
(expected/pa*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-pa` writes pa1, pa2 and pa3 (.xlsx).
"""

import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def pa1_xlsx(path: Path) -> None:
    """A district People's Committee's register of the chairman's conclusions at site visits: a
    summary row per visit (not merged), its tasks at outline level 1, the first and third groups
    collapsed (rows hidden), and one ordinary hidden row in the open group (left out)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "KL kiem tra 2028"
    for line in (
        "ỦY BAN NHÂN DÂN HUYỆN TÂY SƠN",
        "BẢNG THEO DÕI THỰC HIỆN KẾT LUẬN KIỂM TRA THỰC ĐỊA CỦA CHỦ TỊCH UBND HUYỆN NĂM 2028",
    ):
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=5)
    sheet.append([])
    sheet.append(["TT", "Nhiệm vụ được giao", "Cơ quan chủ trì", "Hạn hoàn thành", "Kết quả"])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    groups = [
        (
            "Kiểm tra công trình đường liên xã Tây Bình - Tây An ngày 09/01/2028",
            True,
            [
                [
                    "1",
                    "Đôn đốc nhà thầu tăng ca, bảo đảm thông xe kỹ thuật tuyến đường",
                    "Ban Quản lý dự án đầu tư xây dựng huyện",
                    "31/3/2028",
                    "Đang thực hiện",
                    False,
                ],
                [
                    "2",
                    "Giải quyết dứt điểm kiến nghị của 04 hộ dân về mốc giới thu hồi đất",
                    "Trung tâm Phát triển quỹ đất huyện",
                    "15/02/2028",
                    "Hoàn thành",
                    False,
                ],
            ],
        ),
        (
            "Kiểm tra tình hình sản xuất vụ Đông Xuân tại xã Tây Phú ngày 20/01/2028",
            False,
            [
                [
                    "1",
                    "Hướng dẫn nông dân phòng trừ sâu cuốn lá nhỏ trên lúa",
                    "Phòng Nông nghiệp và Môi trường",
                    "Thường xuyên",
                    "Đang thực hiện",
                    False,
                ],
                [
                    "2",
                    "Khảo sát nạo vét kênh mương nội đồng thôn Phú Mỹ",
                    "Phòng Kinh tế, Hạ tầng và Đô thị",
                    "10/3/2028",
                    "Đã hủy",
                    True,
                ],
                [
                    "3",
                    "Đề xuất hỗ trợ giống lúa cho các hộ bị thiệt hại do rét",
                    "Phòng Nông nghiệp và Môi trường",
                    "28/02/2028",
                    "Chưa thực hiện",
                    False,
                ],
            ],
        ),
        (
            "Kiểm tra Trường Tiểu học số 2 Tây Vinh ngày 26/02/2028",
            True,
            [
                [
                    "1",
                    "Lập phương án sửa chữa dãy phòng học xuống cấp",
                    "Phòng Văn hóa - Xã hội",
                    "Tháng 4/2028",
                    "Đang thực hiện",
                    False,
                ],
                [
                    "2",
                    "Bố trí kinh phí mua sắm bàn ghế học sinh",
                    "Phòng Tài chính - Kế hoạch",
                    "30/5/2028",
                    "Chưa thực hiện",
                    False,
                ],
            ],
        ),
    ]
    sheet.sheet_properties.outlinePr.summaryBelow = False
    for title, collapsed, rows in groups:
        sheet.append(["", title])
        summary = sheet.max_row
        sheet.cell(summary, 2).font = Font(bold=True)
        for *row, alone in rows:
            sheet.append(row)
            if alone:
                sheet.row_dimensions[sheet.max_row].hidden = True  # hidden by itself: no group
            else:
                sheet.row_dimensions[sheet.max_row].outlineLevel = 1
                sheet.row_dimensions[sheet.max_row].hidden = collapsed
        if collapsed:
            sheet.row_dimensions[summary].collapsed = True
    for index, width in zip("ABCDE", [5, 62, 36, 16, 16], strict=True):
        sheet.column_dimensions[index].width = width
    book.save(path)


def pa2_xlsx(path: Path) -> None:
    """A Department of Information and Communications' digital transformation plan kept in Microsoft
    Project and exported to Excel: three outline levels (levels 1 and 2 summarise where a deeper row
    follows), `Task_Name`, `Start`/`Finish` date-time cells, `Resource_Names` with an allocation or two
    resources split by a comma, a milestone of `0 days`, an inactive task."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Task_Table1"
    sheet.append(
        [
            "ID",
            "Active",
            "Task_Name",
            "Duration",
            "Start",
            "Finish",
            "Outline_Level",
            "Resource_Names",
            "Percent_Complete",
        ]
    )

    def day(text: str, hour: int) -> datetime.datetime:
        return datetime.datetime.strptime(text, "%d/%m/%Y").replace(hour=hour)

    rows = [
        [1, "Yes", "Hạ tầng số", "120 days", "03/01/2028", "16/06/2028", 1, "", 35],
        [2, "Yes", "Trung tâm dữ liệu tỉnh", "80 days", "03/01/2028", "21/04/2028", 2, "", 50],
        [
            3,
            "Yes",
            "Lập hồ sơ đề xuất nâng cấp hệ thống lưu trữ của Trung tâm dữ liệu",
            "25 days",
            "03/01/2028",
            "04/02/2028",
            3,
            "Trung tâm Công nghệ thông tin và Truyền thông[60%]",
            100,
        ],
        [
            4,
            "Yes",
            "Triển khai sao lưu dự phòng dữ liệu dùng chung của tỉnh",
            "45 days",
            "21/02/2028",
            "21/04/2028",
            3,
            "Trung tâm Công nghệ thông tin và Truyền thông,Phòng Bưu chính - Viễn thông",
            30,
        ],
        [
            5,
            "Yes",
            "Rà soát vùng lõm sóng di động tại các xã miền núi",
            "30 days",
            "06/03/2028",
            "14/04/2028",
            2,
            "Phòng Bưu chính - Viễn thông",
            60,
        ],
        [
            6,
            "Yes",
            "Nghiệm thu giai đoạn 1 mạng truyền số liệu chuyên dùng cấp xã",
            "0 days",
            "16/06/2028",
            "16/06/2028",
            2,
            "Phòng Bưu chính - Viễn thông",
            0,
        ],
        [7, "Yes", "Chính quyền số", "100 days", "07/02/2028", "23/06/2028", 1, "", 20],
        [
            8,
            "Yes",
            "Tích hợp dịch vụ công trực tuyến lên Cổng dịch vụ công quốc gia",
            "60 days",
            "07/02/2028",
            "28/04/2028",
            2,
            "Phòng Chuyển đổi số",
            40,
        ],
        [
            9,
            "No",
            "Hội thảo giới thiệu giải pháp chữ ký số cho doanh nghiệp",
            "1 day",
            "15/03/2028",
            "15/03/2028",
            2,
            "Văn phòng Sở",
            0,
        ],
        [
            10,
            "Yes",
            "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
            "20 days",
            "29/05/2028",
            "23/06/2028",
            2,
            "Phòng Chuyển đổi số[50%],Văn phòng Sở[50%]",
            0,
        ],
    ]
    for number, active, name, duration, start, finish, level, resources, done in rows:
        sheet.append([number, active, name, duration, day(start, 8), day(finish, 17), level, resources, done])
        for column in (5, 6):
            sheet.cell(sheet.max_row, column).number_format = "dd/mm/yyyy h:mm"
    for index, width in zip("ABCDEFGHI", [5, 8, 64, 10, 16, 16, 8, 56, 10], strict=True):
        sheet.column_dimensions[index].width = width
    book.save(path)


def pa3_xlsx(path: Path) -> None:
    """A district's indicators assigned to its offices for 2028: figures, the office that follows
    each, and a `Kỳ báo cáo` column (`Hằng quý`, `Hằng tháng`, `6 tháng, cả năm`, `Năm`)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chi tieu 2028"
    for line in (
        "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XUÂN",
        "CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2028 GIAO CÁC CƠ QUAN THEO DÕI",
        "(Kèm theo Quyết định số 45/QĐ-UBND ngày 05/01/2028 của UBND huyện)",
    ):
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6)
    sheet.append([])
    sheet.append(
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2028", "Cơ quan chủ trì theo dõi", "Kỳ báo cáo"]
    )
    rows = [
        ["I", "KINH TẾ", "", "", "", ""],
        [
            "1",
            "Giá trị sản xuất ngành nông, lâm, thủy sản tăng",
            "%",
            "4,5",
            "Phòng Nông nghiệp và Môi trường",
            "Hằng quý",
        ],
        [
            "2",
            "Thu ngân sách nhà nước trên địa bàn",
            "Tỷ đồng",
            "215",
            "Phòng Tài chính - Kế hoạch",
            "Hằng tháng",
        ],
        [
            "3",
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
            "Tỷ đồng",
            "3.150",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "6 tháng, cả năm",
        ],
        ["II", "VĂN HÓA - XÃ HỘI", "", "", "", ""],
        ["4", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "94,5", "Phòng Văn hóa - Xã hội", "Hằng quý"],
        ["5", "Số lao động được giải quyết việc làm mới", "Người", "1.200", "Phòng Nội vụ", "Năm"],
        ["6", "Tỷ lệ thôn, khu phố văn hóa", "%", "88,0", "Phòng Văn hóa - Xã hội", "Năm"],
    ]
    for row in rows:
        sheet.append(row)
    for index, width in zip("ABCDEF", [5, 52, 12, 14, 34, 18], strict=True):
        sheet.column_dimensions[index].width = width
    book.save(path)


def siblings_pa() -> None:
    pa1_xlsx(DOCS / "pa1_so_theo_doi_kl_kiem_tra_huyen_nhom_dong.xlsx")
    pa2_xlsx(DOCS / "pa2_kh_chuyen_doi_so_so_tttt_ms_project.xlsx")
    pa3_xlsx(DOCS / "pa3_chi_tieu_huyen_giao_phong_ky_bao_cao.xlsx")
