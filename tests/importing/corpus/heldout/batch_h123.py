"""Writes the binaries of the held-out documents h123–h128 (`make_docs.py --batch-h123`).

Own-authored by h13author11a (other names, units, places, dates and tasks; no third-party text), in
layouts seen on public pages or, where no page was found, as such offices commonly publish them
(each expected file's `source` says which). Only the documents are written here: their expected
items (`expected/`) were written by hand from the document text before the importer was first run
on them. The .html, .md, .csv and .txt documents of the batch (h129–h132) are written by hand.
The .odt, .doc and the PDFs need LibreOffice (`soffice`) and pypdfium2; their bytes differ run to
run, so regenerate only on purpose.
"""

# ruff: noqa: E501 — document text is data: long lines.

import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from batch_common import page_field
from make_docs import (
    MOVED,
    docx_paragraphs,
    grid_table,
    national_header,
    rasterise,
    set_widths,
    sheet_title_rows,
    soffice_convert,
    xlsx_header,
)


def party_header(document, left: list[str], place_date: str) -> None:
    """A Party committee's heading: the committee left, `ĐẢNG CỘNG SẢN VIỆT NAM` right (a borderless table)."""
    table = document.add_table(rows=len(left), cols=2)
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", place_date]
    for index in range(len(left)):
        table.cell(index, 0).text = left[index]
        table.cell(index, 1).text = right[index] if index < len(right) else ""


# -------------------------------------------------------------------------------------------- h123
def h123(path: Path) -> None:
    """A commune Party committee's action programme: `I-`/`II-` and `1-` numbering, dash tasks whose lead and time
    are a closing sentence (`<unit> chủ trì …; thời gian: …`)."""
    from docx import Document

    document = Document()
    party_header(
        document,
        ["ĐẢNG BỘ TỈNH HÀ LÂM", "ĐẢNG ỦY XÃ PHÚ HƯNG", "*", "Số 12-CTr/ĐU"],
        "Phú Hưng, ngày 20 tháng 3 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "thực hiện Nghị quyết Đại hội Đảng bộ xã Phú Hưng lần thứ I, nhiệm kỳ 2025 - 2030, trong năm 2026",
            "Căn cứ Nghị quyết số 01-NQ/ĐH ngày 18/8/2025 của Đại hội đại biểu Đảng bộ xã Phú Hưng lần thứ I, nhiệm kỳ 2025 - 2030; Ban Chấp hành Đảng bộ xã xây dựng Chương trình hành động thực hiện trong năm 2026 như sau:",
            "I- MỤC ĐÍCH, YÊU CẦU",
            "1- Cụ thể hóa các mục tiêu, chỉ tiêu của Nghị quyết Đại hội thành nhiệm vụ, giải pháp của năm 2026, phân công rõ cơ quan chủ trì và thời gian thực hiện.",
            "2- Nâng cao trách nhiệm của cấp ủy, chi bộ và người đứng đầu trong lãnh đạo, chỉ đạo tổ chức thực hiện.",
            "II- NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU NĂM 2026",
            "1- Công tác xây dựng Đảng và hệ thống chính trị",
            "- Tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã và Chương trình hành động này đến 100% chi bộ, đảng viên. Ban Xây dựng Đảng Đảng ủy chủ trì tham mưu; hoàn thành trong quý II/2026.",
            "- Kiện toàn các chi bộ trực thuộc sau khi sáp nhập ấp; rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030. Ban Xây dựng Đảng Đảng ủy chủ trì, phối hợp Văn phòng Đảng ủy; thời gian: tháng 9/2026.",
            "- Thực hiện Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ, kiểm tra ít nhất 04 chi bộ về việc chấp hành Điều lệ Đảng. Ủy ban Kiểm tra Đảng ủy chủ trì; báo cáo kết quả trước ngày 15/12/2026.",
            "2- Phát triển kinh tế, văn hóa - xã hội",
            "- Lãnh đạo hoàn thành 03 tuyến đường giao thông nông thôn tại ấp Phú Lợi và ấp Hưng Thạnh theo tiêu chí nông thôn mới nâng cao. Ủy ban nhân dân xã chủ trì thực hiện; hoàn thành trước ngày 30/11/2026.",
            "- Chuyển đổi 50 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả, gắn với xây dựng 02 sản phẩm OCOP. Ủy ban nhân dân xã chủ trì, Hội Nông dân xã phối hợp; thời gian: cả năm 2026.",
            '- Vận động Nhân dân hưởng ứng phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", bình xét danh hiệu "Ấp văn hóa" năm 2026. Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì; thời gian: tháng 12/2026.',
            "3- Quốc phòng, an ninh",
            "- Lãnh đạo công tác tuyển chọn, gọi công dân nhập ngũ năm 2027 bảo đảm 100% chỉ tiêu. Ban Chỉ huy Quân sự xã chủ trì, Công an xã phối hợp; thời gian: trước ngày 31/12/2026.",
            "III- TỔ CHỨC THỰC HIỆN",
            "1- Các chi bộ trực thuộc căn cứ Chương trình hành động này xây dựng kế hoạch của chi bộ, gửi về Văn phòng Đảng ủy trước ngày 15/4/2026.",
            "2- Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện; định kỳ 6 tháng tổng hợp, báo cáo Ban Thường vụ Đảng ủy.",
            "3- Chương trình hành động này được phổ biến đến chi bộ và đảng viên.",
            "Nơi nhận:",
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Các chi bộ trực thuộc,",
            "- Lưu Văn phòng Đảng ủy.",
            "T/M ĐẢNG ỦY",
            "BÍ THƯ",
            "Lê Văn Thạnh",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h124
def h124(path: Path) -> None:
    """An enterprise's ISO maintenance plan (.xlsx): a form-code block above the title, `Tần suất` beside `Thời
    hạn hoàn thành`, a checker column (a person, not the lead), signature rows under the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH bao tri 2026"
    sheet.append(["CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC THẠNH AN", None, None, None, None, "Mã hiệu: BM.KT.05"])
    sheet.append(["PHÒNG KỸ THUẬT", None, None, None, None, "Lần ban hành: 02"])
    sheet.append([None, None, None, None, None, "Ngày hiệu lực: 02/01/2026"])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("A2:C2")
    sheet_title_rows(sheet, ["KẾ HOẠCH BẢO TRÌ, BẢO DƯỠNG THIẾT BỊ VÀ MẠNG LƯỚI NĂM 2026", ""], 7)
    xlsx_header(
        sheet,
        [
            "STT",
            "Hạng mục / công việc",
            "Tần suất",
            "Bộ phận thực hiện",
            "Người kiểm tra",
            "Thời hạn hoàn thành",
            "Ghi chú",
        ],
    )
    rows = [
        (
            1,
            "Vệ sinh bể lắng, bể lọc Nhà máy nước số 1",
            "Hằng tháng",
            "Xưởng Sản xuất nước số 1",
            "Trưởng ca vận hành",
            None,
            "Ngừng luân phiên từng bể",
        ),
        (
            2,
            "Kiểm tra, hiệu chuẩn đồng hồ đo lưu lượng tổng tại các nhà máy",
            "6 tháng/lần",
            "Phòng Kỹ thuật",
            "Phó Giám đốc kỹ thuật",
            None,
            "Thuê đơn vị hiệu chuẩn có chức năng",
        ),
        (
            3,
            "Đại tu máy bơm cấp II số 3 (thay bạc đạn, cánh bơm, gioăng làm kín)",
            "01 lần",
            "Đội Cơ điện",
            "Trưởng phòng Kỹ thuật",
            datetime.date(2026, 6, 30),
            None,
        ),
        (
            4,
            "Súc xả mạng lưới đường ống phân phối khu vực phường Bình An",
            "Hằng quý",
            "Đội Quản lý mạng lưới",
            "Trưởng phòng Kỹ thuật",
            None,
            "Thông báo khách hàng trước 03 ngày",
        ),
        (
            5,
            "Thay thế 1.200 đồng hồ nước khách hàng hết hạn kiểm định",
            "01 lần",
            "Đội Quản lý mạng lưới",
            "Phòng Kinh doanh",
            "Quý III/2026",
            None,
        ),
        (
            6,
            "Kiểm định an toàn bình chứa clo và hệ thống châm clo",
            "Hằng năm",
            "Xưởng Sản xuất nước số 1",
            "Phó Giám đốc kỹ thuật",
            datetime.date(2026, 10, 15),
            "Hạn năm 2026",
        ),
        (
            7,
            "Bảo dưỡng máy phát điện dự phòng, chạy thử không tải 15 phút",
            "Hằng tuần (thứ Sáu)",
            "Đội Cơ điện",
            "Trưởng ca vận hành",
            None,
            None,
        ),
        (
            8,
            "Sơn chống gỉ đường ống kỹ thuật trạm bơm tăng áp Tân Lập",
            "01 lần",
            "Đội Cơ điện",
            "Trưởng phòng Kỹ thuật",
            "Trước mùa mưa (tháng 4/2026)",
            None,
        ),
    ]
    for row in rows:
        sheet.append(list(row))
        due = sheet.cell(row=sheet.max_row, column=6)
        if isinstance(row[5], datetime.date):
            due.number_format = "dd/mm/yyyy"
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Tần suất bảo trì theo Quy trình vận hành QT.KT.02; hạng mục phát sinh báo cáo Phòng Kỹ thuật."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=7)
    sheet.append([])
    sheet.append(["NGƯỜI LẬP", None, None, "TRƯỞNG PHÒNG KỸ THUẬT", None, "GIÁM ĐỐC"])
    sheet.append(["Võ Thị Ngân", None, None, "Đặng Quốc Huy", None, "Trần Minh Khoa"])
    for column, width in zip("ABCDEFG", [6, 52, 18, 26, 22, 20, 30], strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)


# -------------------------------------------------------------------------------------------- h125
def h125_docx(path: Path) -> None:
    """A provincial hospital's conclusions of the weekly briefing (→ text PDF): a running header and a page-number
    footer on every page, so the page break falls inside a conclusion's sentence."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    section = document.sections[0]
    running = section.header.paragraphs[0]
    running.text = "Bệnh viện Đa khoa tỉnh Hà Lâm - Thông báo số 42/TB-BVĐK ngày 16/3/2026"
    footer = section.footer.paragraphs[0]
    footer.text = "Trang "
    page_field(footer)
    national_header(
        document,
        ["SỞ Y TẾ TỈNH HÀ LÂM", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 42/TB-BVĐK"],
        "Hà Lâm, ngày 16 tháng 3 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Kết luận của Giám đốc Bệnh viện tại buổi giao ban chuyên môn tuần 11 năm 2026",
            "Ngày 13/3/2026, Giám đốc Bệnh viện chủ trì buổi giao ban chuyên môn tuần 11. Tham dự có các Phó Giám đốc, trưởng các khoa, phòng. Sau khi nghe Phòng Kế hoạch tổng hợp báo cáo tình hình hoạt động chuyên môn tuần 11 và ý kiến của các khoa, phòng, Giám đốc Bệnh viện kết luận như sau:",
            "I. TÌNH HÌNH HOẠT ĐỘNG CHUYÊN MÔN TUẦN 11 (từ ngày 09/3 đến ngày 13/3/2026)",
            "Tổng số lượt khám bệnh trong tuần là 12.540 lượt, tăng 6,2% so với tuần trước; số người bệnh điều trị nội trú bình quân 986 người mỗi ngày, công suất sử dụng giường bệnh 104%, trong đó Khoa Nhi 131%, Khoa Hồi sức tích cực - Chống độc 118%. Số ca phẫu thuật 412 ca, trong đó 96 ca phẫu thuật loại đặc biệt và loại I.",
            "Trong tuần, bệnh viện tiếp nhận 187 ca sốt xuất huyết, tăng 41 ca; 09 ca có dấu hiệu cảnh báo được điều trị tại Khoa Nhi và Khoa Truyền nhiễm, không có ca tử vong. Tỷ lệ hồ sơ bệnh án điện tử được ký số đầy đủ đạt 88%; còn 214 hồ sơ ra viện chưa hoàn thiện chữ ký số, tập trung ở khối ngoại.",
            "II. NHIỆM VỤ TRỌNG TÂM TUẦN 12 (từ ngày 16/3 đến ngày 20/3/2026)",
            "1. Phòng Kế hoạch tổng hợp chủ trì, phối hợp Phòng Công nghệ thông tin rà soát toàn bộ hồ sơ bệnh án điện tử ra viện chưa ký số đầy đủ, gửi danh sách đến từng khoa và hướng dẫn hoàn thiện, hoàn thành trước ngày 20/3/2026.",
            "2. Khoa Kiểm soát nhiễm khuẩn tổ chức giám sát tuân thủ vệ sinh tay tại Khoa Hồi sức tích cực - Chống độc, Khoa Ngoại tổng hợp và Khoa Phụ sản; công bố kết quả tại buổi giao ban tuần 13 (ngày 27/3/2026).",
            "3. Phòng Điều dưỡng xây dựng lịch trực tăng cường điều dưỡng cho Khoa Nhi và Khoa Truyền nhiễm trong thời gian cao điểm sốt xuất huyết, điều động tối thiểu 06 điều dưỡng từ các khoa có công suất giường dưới 85%, trình Giám đốc trước 17 giờ 00 thứ Sáu (20/3/2026).",
            "4. Phòng Tài chính - Kế toán phối hợp Phòng Vật tư - Thiết bị y tế hoàn tất thủ tục thanh lý 14 thiết bị y tế đã hết khấu hao theo Quyết định số 115/QĐ-BVĐK ngày 02/3/2026 của Giám đốc Bệnh viện, bao gồm định giá, lập hội đồng thanh lý và niêm yết công khai tại bệnh viện, báo cáo kết quả chậm nhất ngày 31/3/2026.",
            "5. Giao đồng chí Phó Giám đốc phụ trách chuyên môn chỉ đạo Khoa Dược và Khoa Khám bệnh triển khai kê đơn thuốc điện tử liên thông với Hệ thống đơn thuốc quốc gia cho 100% đơn thuốc ngoại trú, áp dụng từ ngày 01/4/2026.",
            "6. Khoa Khám bệnh bố trí thêm 02 bàn khám vào buổi chiều thứ Bảy hằng tuần để giảm tải cho người bệnh bảo hiểm y tế, bắt đầu từ ngày 21/3/2026.",
            "7. Phòng Tổ chức cán bộ hoàn thiện hồ sơ cử 05 bác sĩ đi đào tạo chuyên khoa cấp I năm 2026, trình Hội đồng Khoa học và Công nghệ của bệnh viện tại phiên họp tháng 4/2026.",
            "8. Các khoa lâm sàng rà soát cơ số thuốc, vật tư cấp cứu tại khoa, báo cáo Phòng Điều dưỡng trước ngày 19/3/2026.",
            "III. Giám đốc Bệnh viện ghi nhận các khoa, phòng đã nỗ lực bảo đảm hoạt động chuyên môn trong điều kiện quá tải; biểu dương Khoa Ngoại tổng hợp và Khoa Gây mê hồi sức đã triển khai thành công kỹ thuật phẫu thuật nội soi cắt gan đầu tiên tại bệnh viện.",
            "Văn phòng Bệnh viện thông báo để các khoa, phòng biết và thực hiện./.",
            "Nơi nhận:",
            "- Ban Giám đốc;",
            "- Các khoa, phòng;",
            "- Lưu: VT, KHTH.",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "BSCKII. Huỳnh Thị Bích Vân",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h126
def h126_docx(path: Path) -> None:
    """A joint programme of a Department of Health and the provincial Women's Union (→ scan): two issuing bodies in
    the heading, a joint number, a table whose lead cell names one body, the other or both."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    heading = document.add_table(rows=3, cols=3)
    cells = [
        ["SỞ Y TẾ TỈNH HÀ LÂM", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["", "BAN THƯỜNG VỤ", "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 15/CTrPH-SYT-HLHPN", "", "Hà Lâm, ngày 06 tháng 3 năm 2026"],
    ]
    for row, values in zip(heading.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    docx_paragraphs(
        document,
        [
            "CHƯƠNG TRÌNH PHỐI HỢP",
            "Chăm sóc sức khỏe bà mẹ, trẻ em và phòng, chống suy dinh dưỡng giai đoạn 2026 - 2027",
            "Sở Y tế và Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh (sau đây gọi là Hội LHPN tỉnh) thống nhất Chương trình phối hợp với các nội dung sau:",
            "I. MỤC TIÊU",
            "Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi xuống dưới 19% vào cuối năm 2027; 95% phụ nữ mang thai được khám thai ít nhất 04 lần.",
            "II. NỘI DUNG VÀ PHÂN CÔNG PHỐI HỢP NĂM 2026",
        ],
    )
    table = grid_table(
        document,
        ["STT", "Nội dung phối hợp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        [0.4, 2.9, 1.2, 1.3, 1.2],
    )
    rows = [
        (
            "1",
            "Tập huấn kỹ năng tư vấn dinh dưỡng cho cán bộ Hội cơ sở",
            "Sở Y tế",
            "Hội LHPN tỉnh",
            "Quý II/2026",
        ),
        (
            "2",
            "Truyền thông hưởng ứng Tháng hành động vì trẻ em tại 20 xã vùng khó khăn",
            "Hội LHPN tỉnh",
            "Sở Y tế",
            "Tháng 6/2026",
        ),
        (
            "3",
            "Khám sàng lọc ung thư cổ tử cung miễn phí cho hội viên phụ nữ",
            "Sở Y tế",
            "Hội LHPN tỉnh",
            "Tháng 10 hằng năm",
        ),
        (
            "4",
            'Xây dựng 15 mô hình "Góc dinh dưỡng" tại nhà văn hóa thôn, tổ dân phố',
            "Hội LHPN tỉnh",
            "Sở Y tế",
            "Từ tháng 3 đến tháng 9/2026",
        ),
        (
            "5",
            "Vận động phụ nữ mang thai khám thai đủ 04 lần và sinh con tại cơ sở y tế",
            "Hội LHPN tỉnh",
            "Sở Y tế; UBND các xã, phường",
            "Thường xuyên",
        ),
        (
            "6",
            "Giám sát việc thực hiện Chương trình tại 04 địa phương",
            "Sở Y tế, Hội LHPN tỉnh",
            "",
            "Quý IV/2026",
        ),
        ("7", "Sơ kết 01 năm thực hiện Chương trình phối hợp", "Hội LHPN tỉnh", "Sở Y tế", "Tháng 12/2026"),
    ]
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    set_widths(table, [0.4, 2.9, 1.2, 1.3, 1.2])
    docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Hai bên giao Phòng Nghiệp vụ Y (Sở Y tế) và Ban Gia đình - Xã hội (Hội LHPN tỉnh) là đầu mối theo dõi, định kỳ trao đổi thông tin.",
            "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH          GIÁM ĐỐC SỞ Y TẾ",
            "CHỦ TỊCH",
            "Phạm Thị Thu Hà                                        Nguyễn Thành Lộc",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h127
def h127_docx(path: Path) -> None:
    """A ministry's plan implementing a law (→ .odt): labelled fields under each numbered task, deadlines counted from
    the plan's own signing date or from an event whose date is not printed."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["BỘ CÔNG THƯƠNG", "", "Số: 1287/KH-BCT"],
        "Hà Nội, ngày 12 tháng 5 năm 2026",
    )
    docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Triển khai thi hành Luật Sử dụng năng lượng tiết kiệm và hiệu quả (sửa đổi)",
            "Luật Sử dụng năng lượng tiết kiệm và hiệu quả (sửa đổi) được Quốc hội thông qua ngày 24 tháng 4 năm 2026, có hiệu lực từ ngày 01 tháng 01 năm 2027. Bộ Công Thương ban hành Kế hoạch triển khai thi hành Luật như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các đơn vị thuộc Bộ trong việc triển khai thi hành Luật.",
            "II. NỘI DUNG",
            "1. Tổ chức hội nghị quán triệt, phổ biến nội dung Luật",
            "a) Cơ quan chủ trì: Vụ Pháp chế.",
            "b) Cơ quan phối hợp: Vụ Tiết kiệm năng lượng và Phát triển bền vững, Văn phòng Bộ.",
            "c) Thời hạn: trong 30 ngày kể từ ngày ký ban hành Kế hoạch này.",
            "2. Rà soát các văn bản quy phạm pháp luật thuộc thẩm quyền của Bộ liên quan đến Luật",
            "a) Cơ quan chủ trì: Vụ Pháp chế.",
            "b) Cơ quan phối hợp: các đơn vị thuộc Bộ.",
            "c) Thời hạn: trước ngày 30/9/2026.",
            "3. Xây dựng Nghị định quy định chi tiết một số điều của Luật",
            "a) Cơ quan chủ trì: Vụ Tiết kiệm năng lượng và Phát triển bền vững.",
            "b) Cơ quan phối hợp: Vụ Pháp chế, Cục Điện lực.",
            "c) Thời hạn: trình Chính phủ trước ngày 15/11/2026.",
            "4. Xây dựng Thông tư hướng dẫn kiểm toán năng lượng",
            "a) Cơ quan chủ trì: Vụ Khoa học và Công nghệ.",
            "b) Cơ quan phối hợp: Vụ Pháp chế.",
            "c) Thời hạn: ban hành trong 60 ngày kể từ ngày Nghị định quy định chi tiết được ban hành.",
            "5. Biên soạn tài liệu giới thiệu Luật và sổ tay hướng dẫn cho doanh nghiệp",
            "a) Cơ quan chủ trì: Trung tâm Thông tin Công nghiệp và Thương mại.",
            "b) Cơ quan phối hợp: Vụ Tiết kiệm năng lượng và Phát triển bền vững.",
            "c) Thời hạn: Quý IV/2026.",
            "6. Tập huấn nghiệp vụ cho Sở Công Thương các tỉnh, thành phố",
            "a) Cơ quan chủ trì: Vụ Tiết kiệm năng lượng và Phát triển bền vững.",
            "b) Cơ quan phối hợp: Sở Công Thương các tỉnh, thành phố.",
            "c) Thời hạn: sau khi Luật có hiệu lực, dự kiến Quý I/2027.",
            "7. Kiểm tra tình hình thi hành Luật tại các cơ sở sử dụng năng lượng trọng điểm",
            "a) Cơ quan chủ trì: Cục Điện lực.",
            "b) Cơ quan phối hợp: Sở Công Thương các tỉnh, thành phố.",
            "c) Thời hạn: hằng năm, từ năm 2027.",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm tổ chức thực hiện các nhiệm vụ được giao tại Kế hoạch này.",
            "2. Vụ Pháp chế là đầu mối theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo Bộ trưởng trước ngày 15/12/2026.",
            "Nơi nhận:",
            "- Bộ trưởng (để b/c);",
            "- Các Thứ trưởng;",
            "- Các đơn vị thuộc Bộ;",
            "- Lưu: VT, PC.",
            "KT. BỘ TRƯỞNG",
            "THỨ TRƯỞNG",
            "Đoàn Minh Triết",
        ],
    )
    document.save(path)


# -------------------------------------------------------------------------------------------- h128
def h128_docx(path: Path) -> None:
    """A commune chairman's Tết directive (→ legacy .doc): unit labels over dash tasks, deadlines printed as lunar
    dates with the solar date in parentheses (`23 tháng Chạp (tức ngày 30/01/2027)`), one lunar date alone."""
    from docx import Document

    document = Document()
    national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG HÒA", "Số: 01/CT-UBND"],
        "Đông Hòa, ngày 05 tháng 01 năm 2027",
    )
    docx_paragraphs(
        document,
        [
            "CHỈ THỊ",
            "Về việc tổ chức đón Tết Nguyên đán Đinh Mùi năm 2027",
            "Tết Nguyên đán Đinh Mùi năm 2027 là dịp Tết đầu tiên sau khi xã hoàn thành đạt chuẩn nông thôn mới nâng cao. Để Nhân dân trong xã đón Tết vui tươi, lành mạnh, an toàn, tiết kiệm, Chủ tịch Ủy ban nhân dân xã yêu cầu:",
            "1. Công an xã:",
            "- Tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự, an toàn giao thông từ ngày 20 tháng Chạp năm Bính Ngọ (tức ngày 27/01/2027) đến hết ngày mùng 10 tháng Giêng năm Đinh Mùi (tức ngày 15/02/2027).",
            "2. Ban Chỉ huy Quân sự xã:",
            "- Xây dựng kế hoạch trực sẵn sàng chiến đấu, phối hợp Công an xã bảo vệ các mục tiêu trọng điểm; triển khai trước ngày 23 tháng Chạp (tức ngày 30/01/2027).",
            "3. Phòng Văn hóa - Xã hội:",
            "- Rà soát danh sách hộ nghèo, hộ cận nghèo, gia đình chính sách, người có công; hoàn thành việc trao quà Tết trước ngày 25 tháng Chạp (tức ngày 01/02/2027).",
            "- Tổ chức trang trí, treo cờ, băng rôn khẩu hiệu tại khu trung tâm xã và các trục đường chính, xong trước Rằm tháng Chạp.",
            "4. Phòng Kinh tế:",
            "- Phối hợp với các lực lượng kiểm tra thị trường, an toàn thực phẩm tại chợ Đông Hòa và các cơ sở kinh doanh, thực hiện thường xuyên trong dịp Tết.",
            "- Chỉ đạo gieo cấy vụ Đông Xuân đúng lịch thời vụ, báo cáo tiến độ về Ủy ban nhân dân xã trước ngày mùng 8 tháng Giêng (tức ngày 13/02/2027).",
            "5. Trạm Y tế xã:",
            "- Bố trí trực cấp cứu, thu dung điều trị trong các ngày nghỉ Tết, từ ngày 04/02/2027 đến hết ngày 12/02/2027.",
            '6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động các tổ chức, cá nhân ủng hộ Quỹ "Vì người nghèo" để chăm lo Tết cho hộ khó khăn, tổng hợp kết quả trước ngày 20 tháng Chạp (tức ngày 27/01/2027).',
            "7. Văn phòng HĐND và UBND xã tổng hợp tình hình trong dịp Tết, báo cáo Chủ tịch Ủy ban nhân dân xã trước 10 giờ sáng mùng 7 tháng Giêng (tức ngày 12/02/2027).",
            "Chủ tịch Ủy ban nhân dân xã yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./.",
            "Nơi nhận:",
            "- Thường trực Đảng ủy xã;",
            "- Các cơ quan, đơn vị thuộc xã;",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Trịnh Công Danh",
        ],
    )
    document.save(path)


def batch_h123() -> None:
    """Writes h123–h128's binaries (the .html, .md, .csv and .txt of h129–h132 are written by hand)."""
    with tempfile.TemporaryDirectory() as directory:
        # h123 was moved to the main corpus (README.md, "Moves"): written into ../docs.
        h123(MOVED / "h123_ctr_hanh_dong_dang_uy_xa_so_gach_ngang.docx")
        # h124 and h128 were moved to the main corpus too (h13fixJD): written into ../docs.
        h124(MOVED / "h124_kh_bao_tri_cong_ty_cap_nuoc_tan_suat.xlsx")
        write_converted(Path(directory))


def write_converted(tmp: Path) -> None:
    if not shutil.which("soffice"):
        print("soffice not found: the .odt, .doc and the PDFs were not regenerated", file=sys.stderr)
        return
    # h125 was moved to the main corpus (README.md, "Moves", h13fixJE): written into ../docs.
    converted = [
        (h125_docx, "h125_tbkl_benh_vien_dau_trang_giua_cau.docx", "pdf", MOVED),
        (h127_docx, "h127_kh_bo_thi_hanh_luat_han_tu_ngay_ky.docx", "odt", MOVED),  # h13fixRJ
        (h128_docx, "h128_chi_thi_tet_xa_ngay_am_lich.docx", "doc", MOVED),
    ]
    for write, name, extension, folder in converted:
        write(tmp / name)
        soffice_convert(tmp / name, extension, folder / f"{Path(name).stem}.{extension}")
    name = "h126_ctr_phoi_hop_so_y_te_hoi_phu_nu_ban_quet"
    h126_docx(tmp / f"{name}.docx")
    soffice_convert(tmp / f"{name}.docx", "pdf", tmp / f"{name}.pdf")
    rasterise(
        tmp / f"{name}.pdf", MOVED / f"{name}.pdf"
    )  # h126 moved to the main corpus (README.md, "Moves")
