"""The main corpus's siblings of the held-out documents h38, h51, h53, h54, h56, h58 and h59 (moved
to the main corpus when the importer was taught their shapes): the same shape with other bodies,
units, tasks, dates and surface details, so the rules are measured on more than the documents
they were taught on. Their expected items (expected/w01_…–w07_…) were written by hand before the
first import. `python tests/importing/corpus/make_docs.py --siblings-f` writes them (the .odt and
the PDFs need LibreOffice; w05's HTML is written here too).
"""

# ruff: noqa: E501 — document text is data: long lines.

import csv
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _heldout():
    return heldout_writers()


def w01_docx(path: Path, h) -> None:
    """A Department's OCOP plan (printed to a PDF with its text): the task table runs over pages."""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    h.national_header(
        document,
        ["UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1275/KH-SNNMT"],
        "Quảng Ngãi, ngày 03 tháng 3 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Cụ thể hóa các nhiệm vụ của Chương trình OCOP tỉnh giai đoạn 2026 - 2030 thành nhiệm vụ năm 2026 của các phòng, đơn vị thuộc Sở, bảo đảm khả thi, có trọng tâm.",
        "2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ; tăng cường phối hợp với UBND các huyện, thị xã, thành phố.",
        "II. CHỈ TIÊU NĂM 2026",
        "- Có thêm ít nhất 40 sản phẩm được đánh giá, phân hạng đạt từ 3 sao trở lên.",
        "- 100% sản phẩm OCOP được cập nhật trên chuyên mục sản phẩm của Sở.",
        "- Ít nhất 160 lượt chủ thể OCOP được tập huấn nâng cao năng lực.",
        "III. NHIỆM VỤ CỤ THỂ",
        "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm như sau:",
    ):
        document.add_paragraph(text)
    table = h.table_with_header(
        document,
        [
            "TT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ],
    )
    h.repeat_header_row(table.rows[0])
    rows = [
        (
            "Rà soát, cập nhật danh mục sản phẩm OCOP tiềm năng của các huyện, thị xã, thành phố, trong đó ưu tiên sản phẩm đặc sản vùng cao và sản phẩm gắn với du lịch nông thôn",
            "Chi cục Phát triển nông thôn",
            "UBND các huyện, thị xã, thành phố",
            "Tháng 5/2026",
            "Danh mục sản phẩm tiềm năng",
        ),
        (
            "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 1 năm 2026 theo Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
            "Chi cục Phát triển nông thôn",
            "Sở Công Thương; Sở Khoa học và Công nghệ",
            "Quý II/2026",
            "Quyết định công nhận kết quả",
        ),
        (
            "Hướng dẫn các chủ thể OCOP hoàn thiện hồ sơ truy xuất nguồn gốc, mã số vùng trồng và nhãn hàng hóa theo quy định hiện hành",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "Chi cục Chăn nuôi và Thú y",
            "Tháng 7/2026",
            "Văn bản hướng dẫn",
        ),
        (
            "Tổ chức 04 lớp tập huấn nâng cao năng lực quản trị, tiếp thị số cho chủ thể OCOP tại các huyện miền núi và vùng đồng bào dân tộc thiểu số",
            "Trung tâm Khuyến nông",
            "UBND các huyện miền núi",
            "Quý II - Quý III/2026",
            "04 lớp tập huấn, khoảng 160 lượt học viên",
        ),
        (
            "Hỗ trợ chủ thể OCOP tham gia hội chợ, triển lãm giới thiệu sản phẩm trong và ngoài tỉnh, kết nối tiêu thụ với hệ thống siêu thị và sàn thương mại điện tử",
            "Chi cục Phát triển nông thôn",
            "Sở Công Thương",
            "Thường xuyên",
            "Các đợt xúc tiến thương mại",
        ),
        (
            "Xây dựng, vận hành chuyên mục sản phẩm OCOP trên Cổng thông tin điện tử của Sở, cập nhật thông tin các sản phẩm đạt sao",
            "Văn phòng Sở",
            "Chi cục Phát triển nông thôn",
            "31/8/2026",
            "Chuyên mục được vận hành",
        ),
        (
            "Kiểm tra việc duy trì chất lượng sản phẩm OCOP đã được công nhận, xử lý các trường hợp vi phạm về nhãn mác, chất lượng",
            "Thanh tra Sở",
            "Chi cục Quản lý chất lượng nông lâm sản và thủy sản",
            "Quý IV/2026",
            "Báo cáo kết quả kiểm tra",
        ),
        (
            "Đề xuất chính sách hỗ trợ đầu tư máy móc, thiết bị chế biến cho hợp tác xã tham gia Chương trình OCOP",
            "Phòng Kế hoạch - Tài chính",
            "Sở Tài chính",
            "Theo tiến độ xây dựng Nghị quyết của HĐND tỉnh",
            "Tờ trình đề xuất chính sách",
        ),
        (
            "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2 năm 2026 cho các sản phẩm đăng ký bổ sung",
            "Chi cục Phát triển nông thôn",
            "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh",
            "Tháng 10/2026",
            "Quyết định công nhận kết quả",
        ),
        (
            "Tổng kết thực hiện Chương trình OCOP năm 2026, đề xuất nhiệm vụ trọng tâm năm 2027 của ngành nông nghiệp và môi trường",
            "Chi cục Phát triển nông thôn",
            "Các phòng, đơn vị thuộc Sở",
            "20/12/2026",
            "Báo cáo tổng kết",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        h.fill_row(table, [str(number), *row])
    h.set_widths(table, [0.4, 1.9, 0.95, 0.95, 1.3, 0.8])
    for text in (
        "IV. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2026 của các đơn vị và lồng ghép từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Chi cục Phát triển nông thôn là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 25/12/2026.",
        "2. Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán năm 2026 của các đơn vị.",
        "3. Thủ trưởng các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được giao, bảo đảm tiến độ và chất lượng.",
        "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- UBND các huyện, thị xã, thành phố;\n- Lưu: VT, PTNT.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐinh Văn Khải",
    ):
        document.add_paragraph(text)
    document.save(path)


def w02(path: Path, h) -> None:
    """A town's key tasks for a quarter (.xlsx): product and directing leader before the lead; a note row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Quý III-2026"
    labels = [
        "TT",
        "Nội dung nhiệm vụ",
        "Sản phẩm",
        "Lãnh đạo chỉ đạo",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời hạn",
    ]
    h.sheet_title_rows(
        sheet,
        [
            "ỦY BAN NHÂN DÂN THỊ XÃ BÌNH PHƯỚC",
            "DANH MỤC NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026",
            "(Kèm theo Thông báo số 205/TB-UBND ngày 01/7/2026 của UBND thị xã)",
            "",
        ],
        len(labels),
    )
    sheet.append(labels)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    rows = [
        (
            "Hoàn thành đo đạc, chỉnh lý bản đồ địa chính các phường nội thị",
            "Bộ bản đồ địa chính",
            "Đ/c Nguyễn Văn Toàn - PCT UBND thị xã",
            "Phòng Tài nguyên và Môi trường",
            "UBND các phường",
            "31/8/2026",
        ),
        (
            "Triển khai thu phí dịch vụ thu gom rác thải sinh hoạt theo khối lượng",
            "Phương án thu phí",
            "Đ/c Nguyễn Văn Toàn - PCT UBND thị xã",
            "Phòng Kinh tế",
            "Ban Quản lý dịch vụ công ích; UBND các phường, xã",
            "Từ 01/7/2026 đến 30/9/2026",
        ),
        (
            "Khởi công xây dựng Trường Tiểu học Hòa Lợi và nhà văn hóa khu phố 3",
            "Lễ khởi công",
            "Đ/c Trần Thị Hạnh - Chủ tịch UBND thị xã",
            "Ban Quản lý dự án đầu tư xây dựng thị xã",
            "Phòng Quản lý đô thị",
            "Tháng 9/2026",
        ),
        (
            "Tổ chức Tháng hành động vì an toàn thực phẩm tại các chợ và khu công nghiệp",
            "Báo cáo kết quả",
            "Đ/c Lê Quang Vinh - PCT UBND thị xã",
            "Phòng Y tế",
            "Công an thị xã; Đội Quản lý thị trường số 4",
            "Trước 15/8/2026",
        ),
        (
            "Chuẩn bị các điều kiện khai giảng năm học 2026 - 2027",
            "Báo cáo công tác chuẩn bị",
            "Đ/c Lê Quang Vinh - PCT UBND thị xã",
            "Phòng Giáo dục và Đào tạo",
            "Các trường học trên địa bàn",
            "Tháng 8/2026",
        ),
        (
            "Duy trì trực ban, tuần tra bảo đảm an ninh trật tự các khu dân cư",
            "Báo cáo định kỳ",
            "Đ/c Trần Thị Hạnh - Chủ tịch UBND thị xã",
            "Công an thị xã",
            "Ban Chỉ huy Quân sự thị xã",
            "Thường xuyên",
        ),
    ]
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    sheet.append([])
    sheet.append(
        [
            "Ghi chú: Các đơn vị chủ trì gửi báo cáo kết quả thực hiện nhiệm vụ về Văn phòng HĐND và UBND thị xã trước ngày 22 hằng tháng để tổng hợp, báo cáo Chủ tịch UBND thị xã."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(labels))
    for column, width in zip("ABCDEFG", [6, 48, 26, 30, 30, 34, 22], strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


def w03_docx(path: Path, h) -> None:
    """A provincial chairman's conclusions (printed to a PDF with its text): items '1.1', '1.2', …"""
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 742/TB-UBND"],
        "Gia Lai, ngày 05 tháng 11 năm 2026",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Giáo dục và Đào tạo về cơ sở vật chất trường học và đầu tư xây dựng Trường THPT chuyên tỉnh (cơ sở mới)",
        "Ngày 30/10/2026, đồng chí Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Giáo dục và Đào tạo. Cùng dự có lãnh đạo các sở: Tài chính, Nội vụ, Xây dựng, Y tế; Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và giao thông tỉnh Gia Lai; Văn phòng UBND tỉnh. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:",
        "Ghi nhận ngành Giáo dục đã chuẩn bị tốt các điều kiện cho năm học 2026 - 2027, tỷ lệ huy động trẻ ra lớp đạt kế hoạch. Tuy nhiên, cơ sở vật chất tại các trường vùng khó khăn còn thiếu; tiến độ chuẩn bị đầu tư Trường THPT chuyên tỉnh (cơ sở mới) còn chậm.",
        "1. Về bảo đảm cơ sở vật chất năm học 2026 - 2027",
        "1.1. Sở Giáo dục và Đào tạo khẩn trương tổng hợp nhu cầu phòng học, nhà vệ sinh, bếp ăn bán trú còn thiếu tại các trường vùng khó khăn, báo cáo UBND tỉnh chậm nhất ngày 20/11/2026.",
        "1.2. Giao Sở Tài chính tham mưu phân bổ nguồn kinh phí sự nghiệp giáo dục còn lại năm 2026 để sửa chữa phòng học xuống cấp; hoàn thành chậm nhất ngày 10 tháng 12 năm 2026.",
        "1.3. Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục và Đào tạo thẩm định phương án tuyển dụng giáo viên mầm non, tiểu học còn thiếu, trình UBND tỉnh chậm nhất ngày 30/11/2026.",
        "2. Về chăm sóc sức khỏe, hỗ trợ học sinh",
        "2.1. Sở Y tế chỉ đạo các Trung tâm Y tế khu vực phối hợp với nhà trường kiểm tra an toàn thực phẩm tại các bếp ăn bán trú; thực hiện thường xuyên.",
        "2.2. UBND các xã, phường rà soát, hỗ trợ học sinh có hoàn cảnh khó khăn, không để học sinh bỏ học; hoàn thành chậm nhất ngày 31/12/2026.",
        "2.3. Thống nhất chủ trương cho Trường Cao đẳng Sư phạm tỉnh sử dụng tạm thời ký túc xá cũ làm nơi ở cho giáo viên tăng cường vùng khó khăn.",
        "3. Về đầu tư xây dựng Trường THPT chuyên tỉnh (cơ sở mới)",
        "3.1. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và giao thông tỉnh Gia Lai chỉ đạo đơn vị tư vấn hoàn thiện hồ sơ thiết kế bản vẽ thi công, trình thẩm định chậm nhất ngày 31/3/2027.",
        "3.2. Sở Xây dựng hướng dẫn chủ đầu tư thực hiện đúng quy định về quản lý chất lượng công trình xây dựng.",
        "4. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện kết luận này; định kỳ 6 tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
        "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở: GDĐT, TC, NV, XD, YT;\n- Ban QLDA ĐTXD các CTDD&GT tỉnh;\n- UBND các xã, phường;\n- Lưu: VT, KGVX.",
        "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nRơ Châm Thuận",
    ):
        document.add_paragraph(text)
    document.save(path)


def w04(path: Path, h) -> None:
    """A Department of Justice's calendar as one workbook with one sheet per week."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    labels = ["Ngày", "Giờ", "Nội dung", "Chủ trì", "Thành phần tham dự", "Địa điểm", "Đơn vị chuẩn bị"]
    weeks = [
        (
            "Tuần 36",
            "LỊCH LÀM VIỆC TUẦN 36 NĂM 2026",
            "(Từ ngày 31/8/2026 đến ngày 04/9/2026)",
            [
                (
                    "Thứ Hai\n31/8",
                    "7h30",
                    "Giao ban công tác tuần 36 với các phòng, đơn vị",
                    "Giám đốc Sở",
                    "Các Phó Giám đốc; Chánh Văn phòng; trưởng các phòng, đơn vị",
                    "Phòng họp số 1",
                    "Văn phòng Sở",
                ),
                (
                    "",
                    "14h00",
                    "Làm việc với Phòng Tư pháp các xã về công tác chứng thực, hộ tịch",
                    "PGĐ Nguyễn Thị Thu",
                    "Phòng Hành chính tư pháp",
                    "Phòng họp số 2",
                    "Phòng Hành chính tư pháp",
                ),
                ("Thứ Tư\n02/9", "", "Nghỉ lễ Quốc khánh", "", "", "", ""),
                (
                    "Thứ Năm\n03/9",
                    "8h00",
                    "Thẩm định dự thảo Nghị quyết của HĐND tỉnh quy định mức chi bảo đảm công tác phổ biến, giáo dục pháp luật",
                    "PGĐ Võ Minh Quân",
                    "Phòng Xây dựng và kiểm tra văn bản",
                    "Phòng họp số 1",
                    "Phòng Xây dựng và kiểm tra văn bản",
                ),
                (
                    "Thứ Sáu\n04/9",
                    "8h30",
                    "Dự Hội nghị trực tuyến của Bộ Tư pháp về công tác bồi thường nhà nước",
                    "Giám đốc Sở",
                    "Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật",
                    "Điểm cầu UBND tỉnh",
                    "",
                ),
            ],
        ),
        (
            "Tuần 37",
            "LỊCH LÀM VIỆC TUẦN 37 NĂM 2026",
            "(Từ ngày 07/9/2026 đến ngày 11/9/2026)",
            [
                (
                    "Thứ Hai\n07/9",
                    "7h30",
                    "Giao ban công tác tuần 37 với các phòng, đơn vị",
                    "Giám đốc Sở",
                    "Các Phó Giám đốc; Chánh Văn phòng; trưởng các phòng, đơn vị",
                    "Phòng họp số 1",
                    "Văn phòng Sở",
                ),
                ("Thứ Ba\n08/9", "Cả ngày", "Lãnh đạo Sở làm việc tại cơ quan", "", "", "", ""),
                (
                    "Thứ Tư, Thứ Năm\n09 - 10/9",
                    "Cả ngày",
                    "Kiểm tra công tác trợ giúp pháp lý tại Chi nhánh Trợ giúp pháp lý số 2 và số 3",
                    "PGĐ Võ Minh Quân",
                    "Đoàn kiểm tra",
                    "Chi nhánh số 2, số 3",
                    "Trung tâm Trợ giúp pháp lý nhà nước",
                ),
                (
                    "Thứ Sáu\n11/9",
                    "15h00",
                    "Họp Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh phiên quý III",
                    "Giám đốc Sở",
                    "Thành viên Hội đồng",
                    "Hội trường Sở",
                    "Phòng Phổ biến, giáo dục pháp luật",
                ),
            ],
        ),
    ]
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, heading, span, rows in weeks:
        sheet = workbook.create_sheet(title)
        h.sheet_title_rows(sheet, ["SỞ TƯ PHÁP TỈNH ĐỒNG NAI", heading, span, ""], len(labels))
        sheet.append(labels)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        sheet.append([])
        sheet.append(
            [
                "Lịch làm việc có thể điều chỉnh; đề nghị các phòng, đơn vị theo dõi lịch cập nhật trên Hệ thống quản lý văn bản."
            ]
        )
        for column, width in zip("ABCDEFG", [14, 10, 50, 18, 30, 24, 26], strict=True):
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows(min_row=5):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


W05 = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Nhiệm vụ tháng 7/2026 - Ban Dân tộc tỉnh Lào Cai</title>
</head>
<body>
<header><div class="brand">BAN DÂN TỘC TỈNH LÀO CAI</div>
<nav><a href="/">Trang chủ</a> | <a href="/chinh-sach">Chính sách dân tộc</a> | <a href="/van-ban">Văn bản</a> | <a href="/lien-he">Liên hệ</a></nav>
</header>
<main>
<article>
<h1>Nhiệm vụ trọng tâm tháng 7 năm 2026 của Ban Dân tộc tỉnh</h1>
<p class="date">Cập nhật: 30/6/2026 &nbsp;|&nbsp; Văn phòng Ban</p>
<p>Căn cứ Chương trình công tác năm 2026, Trưởng Ban giao nhiệm vụ trọng tâm tháng 7/2026 cho các phòng thuộc Ban như sau:</p>
<table border="1" cellpadding="3">
<caption>Danh mục nhiệm vụ trọng tâm tháng 7/2026</caption>
<thead>
<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th><th>Ghi chú</th></tr>
</thead>
<tbody>
<tr><td colspan="6"><b>A. Công tác chính sách dân tộc</b></td></tr>
<tr><td>1</td><td>Tổng hợp kết quả thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số 6 tháng đầu năm 2026</td><td>Phòng Chính sách dân tộc</td><td>Phòng Kế hoạch - Tổng hợp</td><td>10/7/2026</td><td></td></tr>
<tr><td>2</td><td>Thẩm định danh sách người có uy tín trong đồng bào dân tộc thiểu số được bổ sung năm 2026</td><td>Phòng Chính sách dân tộc</td><td>UBND các xã vùng đồng bào</td><td>Cả tháng</td><td></td></tr>
<tr><td>3</td><td>Kiểm tra việc cấp phát giống cây trồng, vật nuôi hỗ trợ hộ nghèo tại các xã vùng III</td><td>Thanh tra Ban</td><td>Phòng Chính sách dân tộc</td><td>Từ 06/7 đến 17/7/2026</td><td>Theo Kế hoạch số 41/KH-BDT</td></tr>
<tr><td colspan="6"><b>B. Công tác tổng hợp, văn phòng</b></td></tr>
<tr><td>4</td><td>Cập nhật cơ sở dữ liệu công tác dân tộc trên phần mềm quản lý của Ủy ban Dân tộc</td><td>Văn phòng Ban</td><td></td><td>Trong tháng</td><td></td></tr>
<tr><td>5</td><td>Báo cáo tiến độ giải ngân vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số</td><td>Phòng Kế hoạch - Tổng hợp</td><td>Văn phòng Ban</td><td>Thứ Hai hằng tuần</td><td>Gửi Sở Tài chính</td></tr>
<tr><td>6</td><td>Tiếp nhận, xử lý đơn thư, kiến nghị của đồng bào các dân tộc gửi đến Ban</td><td>Văn phòng Ban</td><td>Thanh tra Ban</td><td>Thường xuyên</td><td></td></tr>
</tbody>
<tfoot>
<tr><td colspan="6">Tổng số: 06 nhiệm vụ</td></tr>
</tfoot>
</table>
<p><i>Văn phòng Ban Dân tộc</i></p>
</article>
<aside><h2>Bài viết khác</h2>
<ul><li><a href="/tin/nhiem-vu-thang-6-2026">Nhiệm vụ trọng tâm tháng 6 năm 2026</a></li>
<li><a href="/tin/hoi-nghi-nguoi-co-uy-tin">Hội nghị gặp mặt người có uy tín năm 2026</a></li></ul>
</aside>
</main>
<footer>© Ban Dân tộc tỉnh Lào Cai. Địa chỉ: Khối 9, phường Nam Cường, tỉnh Lào Cai.</footer>
</body>
</html>
"""


def w06_docx(path: Path, h) -> None:
    """A ward's employment plan (saved as .odt): dash tasks ending 'Chủ trì: …. Thời gian: …'."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN AN", "Số: 58/KH-UBND"],
        "Tân An, ngày 16 tháng 01 năm 2026",
    )
    for text in (
        "KẾ HOẠCH",
        "Giải quyết việc làm và giảm thất nghiệp trên địa bàn phường năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Tạo việc làm mới cho người lao động, nhất là lao động thất nghiệp, lao động thuộc hộ nghèo; nâng cao chất lượng nguồn nhân lực của phường.",
        "II. CHỈ TIÊU",
        "Giải quyết việc làm mới cho ít nhất 350 lao động; tỷ lệ thất nghiệp khu vực thành thị dưới 3%.",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "1. Tư vấn, giới thiệu việc làm",
        "- Tư vấn, giới thiệu việc làm cho người lao động thất nghiệp, lao động trở về từ nước ngoài. Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Trung tâm Dịch vụ việc làm tỉnh. Thời gian: Quý I, II và III/2026.",
        "- Tổ chức 02 phiên giao dịch việc làm lưu động tại nhà văn hóa khu phố. Chủ trì: Phòng Văn hóa - Xã hội. Thời gian: Tháng 3, 4 và 5/2026.",
        "2. Hỗ trợ vốn, học nghề",
        "- Hỗ trợ vay vốn giải quyết việc làm cho 30 lao động từ nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội. Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị; phối hợp: Hội Liên hiệp Phụ nữ phường. Thời gian: Quý II và Quý IV/2026.",
        "- Phối hợp các doanh nghiệp trên địa bàn tiếp nhận học viên học nghề gắn với giải quyết việc làm. Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị. Thời gian: Tháng 6, 7/2026.",
        "3. Thông tin thị trường lao động",
        "- Tuyên truyền chính sách bảo hiểm thất nghiệp, bảo hiểm xã hội tự nguyện trên trang thông tin điện tử và loa truyền thanh. Chủ trì: Văn phòng HĐND và UBND phường. Thời gian: Hằng quý.",
        "- Rà soát, cập nhật thông tin thị trường lao động của người dân trên địa bàn vào cơ sở dữ liệu. Chủ trì: Công an phường; phối hợp: Trưởng các khu phố. Thời gian: Tháng 9, 10/2026.",
        "IV. KINH PHÍ",
        "Kinh phí thực hiện từ ngân sách phường năm 2026 và lồng ghép các chương trình, dự án trên địa bàn.",
        "V. TỔ CHỨC THỰC HIỆN",
        "Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND phường trước ngày 18/12/2026.",
        "Các phòng, đơn vị và Trưởng các khu phố căn cứ nhiệm vụ được giao chủ động tổ chức thực hiện./.",
        "Nơi nhận:\n- UBND tỉnh (Sở Nội vụ);\n- TT Đảng ủy, HĐND phường;\n- Chủ tịch, các PCT UBND phường;\n- Các phòng, đơn vị;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHuỳnh Thị Mai",
    ):
        document.add_paragraph(text)
    document.save(path)


def w07(path: Path) -> None:
    """A ward's monthly task list as CSV: leads and partners as codes named in one legend line."""
    rows = [
        ["DANH MỤC CÔNG VIỆC THÁNG 9 NĂM 2026 - UBND PHƯỜNG HỘI PHÚ", "", "", "", "", ""],
        ["TT", "Tên công việc", "Đơn vị chủ trì (1)", "Đơn vị phối hợp (1)", "Thời hạn", "Ghi chú"],
        [
            "1",
            "Lập danh sách hộ kinh doanh chưa đăng ký mã số thuế trên các tuyến phố chính",
            "KT",
            "VP",
            "15/9/2026",
            "",
        ],
        [
            "2",
            "Tổ chức Tết Trung thu cho thiếu nhi các khu phố",
            "VH",
            "VP, CA",
            "24/9/2026",
            "Phối hợp Đoàn Thanh niên phường",
        ],
        ["3", "Rà soát hồ sơ đăng ký hộ tịch tồn đọng, số hóa sổ hộ tịch", "VP", "DV", "30/9/2026", ""],
        [
            "4",
            "Ra quân lập lại trật tự lòng đường, vỉa hè khu vực chợ phường",
            "KT",
            "CA",
            "Thứ Sáu hằng tuần",
            "Các khu phố cùng thực hiện",
        ],
        [
            "5",
            "Kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở karaoke, nhà trọ",
            "CA",
            "KT",
            "20/9/2026",
            "",
        ],
        ["6", "Thăm hỏi, tặng quà gia đình chính sách nhân dịp Quốc khánh", "VH", "VP", "01/9/2026", ""],
        ["7", "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn", "DV", "", "Thường xuyên", ""],
        ["", "", "", "", "", ""],
        [
            "(1) Ghi chú: VP = Văn phòng HĐND và UBND phường; KT = Phòng Kinh tế, Hạ tầng và Đô thị; VH = Phòng Văn hóa - Xã hội; DV = Trung tâm Phục vụ hành chính công phường; CA = Công an phường",
            "",
            "",
            "",
            "",
            "",
        ],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def siblings_f() -> None:
    h = _heldout()
    DOCS.mkdir(exist_ok=True)
    w02(DOCS / "w02_trong_tam_quy_thi_xa_ghi_chu_bao_cao.xlsx", h)
    w04(DOCS / "w04_lich_lam_viec_tuan_so_tu_phap_hai_sheet.xlsx", h)
    (DOCS / "w05_nhiem_vu_thang_ban_dan_toc_ca_thang.html").write_text(W05, encoding="utf-8")
    w07(DOCS / "w07_danh_muc_phuong_ma_don_vi_chu_giai.csv")
    if not shutil.which("soffice"):
        print("soffice not found: the .odt and the PDFs were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        w01_docx(tmp / "w01.docx", h)
        h.soffice_convert(tmp / "w01.docx", "pdf", DOCS / "w01_kh_so_ocop_bang_nhieu_trang.pdf")
        w03_docx(tmp / "w03.docx", h)
        h.soffice_convert(tmp / "w03.docx", "pdf", DOCS / "w03_tbkl_chu_tich_tinh_truong_hoc_muc_1_1.pdf")
        w06_docx(tmp / "w06.docx", h)
        h.soffice_convert(tmp / "w06.docx", "odt", DOCS / "w06_kh_phuong_viec_lam_nhieu_thang.odt")
