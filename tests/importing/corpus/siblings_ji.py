"""The main corpus's siblings of the held-out documents h143, h161 and h160 (moved to the main corpus
when the importer was taught their shapes, helper h13fixJI): the same shapes with other bodies, units,
tasks, dates and surface details. Their expected items (expected/ji1_…–ji6_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-ji` writes them
(ji2 .odt and ji5 .rtf through LibreOffice where it is installed).
"""

# ruff: noqa: E501 — document text is data: long lines.
import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _tabbed_document(h, left: list[str], place_date: str):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    h.national_header(document, left, place_date)
    return document


def _tabbed(document, stops_cm: list[float], text: str, bold: bool = False) -> None:
    """A paragraph laid out with tab stops, the later ones filled with dots (no table)."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    paragraph = document.add_paragraph()
    stops = paragraph.paragraph_format.tab_stops
    for index, position in enumerate(stops_cm):
        leader = WD_TAB_LEADER.SPACES if index == 0 else WD_TAB_LEADER.DOTS
        stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.LEFT, leader)
    paragraph.add_run(text).bold = bold


def ji1_docx(h, path: Path) -> None:
    """A disease-control centre's dispatch whose tasks are tabbed paragraphs with dot leaders, most
    contents cut and continued on the next paragraph, one unit abbreviated and named in a note below."""
    document = _tabbed_document(
        h,
        ["SỞ Y TẾ TỈNH ĐÔNG HẢI", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "Số: 318/TTKSBT-KHNV"],
        "Đông Hải, ngày 12 tháng 4 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "V/v phân công nhiệm vụ phòng, chống sốt xuất huyết mùa mưa năm 2028",
            "Kính gửi: Các khoa, phòng thuộc Trung tâm.",
            "Căn cứ Kế hoạch số 45/KH-SYT ngày 02/4/2028 của Sở Y tế về phòng, chống sốt xuất huyết năm 2028, Giám đốc Trung tâm phân công các khoa, phòng thực hiện các nội dung sau:",
        ],
    )
    stops = [1.0, 8.5, 14.5]
    _tabbed(document, stops, "STT\tCông việc\tĐơn vị chủ trì\tThời gian", bold=True)
    for line in [
        "1.\tXây dựng kế hoạch giám sát ca bệnh\tKhoa Kiểm soát bệnh tật\t25/4/2028",
        "\tsốt xuất huyết tại cộng đồng",
        "2.\tCập nhật số ca mắc, báo cáo Sở Y tế\tPhòng Kế hoạch - Nghiệp vụ\tHằng tháng (ngày 25)",
        "3.\tTổ chức chiến dịch diệt lăng quăng,\tKhoa Kiểm soát bệnh tật\t05 - 20/6/2028",
        "\tbọ gậy tại 12 xã trọng điểm",
        "4.\tIn ấn, cấp phát tờ rơi, áp phích\tKhoa TT-GDSK\t15/5/2028",
        "\ttuyên truyền phòng bệnh",
        "5.\tDự trữ hóa chất, máy phun, vật tư\tPhòng Tài chính - Kế toán\t30/4 - 10/5/2028",
        "\tphục vụ xử lý ổ dịch",
        "6.\tGiám sát mật độ muỗi tại các ổ dịch cũ\tKhoa Kiểm soát bệnh tật\tThường xuyên",
        "7.\tTập huấn xử lý ổ dịch cho cán bộ trạm\tKhoa TT-GDSK\t28/5/2028",
        "\ty tế các xã, phường",
        "8.\tTrực phòng, chống dịch 24/24 giờ,\tPhòng Kế hoạch - Nghiệp vụ\tTrong mùa mưa",
        "\tbáo cáo kịp thời khi có ổ dịch mới",
    ]:
        _tabbed(document, stops, line)
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: Khoa TT-GDSK là Khoa Truyền thông - Giáo dục sức khỏe.",
            "Trưởng các khoa, phòng triển khai thực hiện nghiêm túc; kết quả thực hiện lồng ghép vào báo cáo giao ban hằng tháng của Trung tâm./.",
            "Nơi nhận:\n- Như trên;\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Lưu: VT, KHNV.",
            "GIÁM ĐỐC\n(đã ký)\nĐỗ Thị Hồng Nhung",
        ],
    )
    document.save(path)


def ji2_docx(h, path: Path) -> None:
    """A commune's notice (saved as .odt) assigning the preparation of a sports day in tabbed
    paragraphs numbered `1/`, one content running over three lines, a post abbreviated and named below."""
    document = _tabbed_document(
        h,
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG", "Số: 86/TB-UBND"],
        "Hòa Phong, ngày 02 tháng 7 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "THÔNG BÁO",
            "Phân công nhiệm vụ chuẩn bị Đại hội Thể dục thể thao xã Hòa Phong lần thứ IX",
            "Thực hiện Kế hoạch số 70/KH-UBND ngày 15/6/2028 của UBND xã, Chủ tịch UBND xã phân công nhiệm vụ như sau:",
        ],
    )
    stops = [0.9, 9.0, 14.8]
    _tabbed(document, stops, "STT\tNội dung công việc\tBộ phận thực hiện\tThời gian hoàn thành", bold=True)
    for line in [
        "1/\tBan hành điều lệ các môn thi đấu,\tCông chức VH-XH\t20/7/2028",
        "\tgửi các thôn, cơ quan, trường học",
        "2/\tTu sửa sân bóng đá, sân bóng chuyền\tBan Quản lý Nhà văn hóa xã\tTừ 01/8 đến 10/8/2028",
        "\tvà khu vực khán đài",
        "3/\tTổng hợp đăng ký của các đoàn vận động viên\tCông chức VH-XH\tHằng tuần",
        "4/\tBảo đảm an ninh trật tự, an toàn giao\tCông an xã\tTheo lịch thi đấu",
        "\tthông tại các điểm thi đấu và khu vực",
        "\tlễ khai mạc",
        "5/\tLập dự toán kinh phí tổ chức Đại hội\tCông chức Tài chính - Kế toán\t25/7/2028",
        "6/\tTuyên truyền trên hệ thống loa truyền\tCông chức VH-XH\tThường xuyên",
        "\tthanh cơ sở",
    ]:
        _tabbed(document, stops, line)
    h.docx_paragraphs(
        document,
        [
            "* Công chức VH-XH: Công chức Văn hóa - Xã hội.",
            "Các bộ phận được phân công chủ động triển khai, báo cáo kết quả về Văn phòng HĐND và UBND xã để tổng hợp./.",
            "Nơi nhận:\n- Như trên;\n- TT Đảng ủy, TT HĐND xã;\n- Lưu: VT.",
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nLò Văn Thắng",
        ],
    )
    document.save(path)


def ji3_docx(h, path: Path) -> None:
    """A hospital's plan for a sports day whose assignment table fills lead and time cells with ditto
    marks (`-nt-`, `”`, `Như trên`, `nt`), two times counted from the event's printed day."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH ĐÔNG HẢI", "BỆNH VIỆN ĐA KHOA KHU VỰC BẮC SƠN", "Số: 52/KH-BVĐK"],
        "Bắc Sơn, ngày 25 tháng 01 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Tổ chức Hội thao chào mừng 73 năm Ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2028)",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Tạo sân chơi lành mạnh, nâng cao sức khỏe cho viên chức, người lao động của Bệnh viện.",
            "II. THỜI GIAN, ĐỊA ĐIỂM",
            "Hội thao được tổ chức vào ngày 24/02/2028 tại Nhà thi đấu thị trấn Bắc Sơn.",
            "III. TỔ CHỨC THỰC HIỆN",
        ],
    )
    table = h.grid_table(
        document,
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"],
        [0.5, 2.9, 1.6, 1.3, 0.8],
    )
    for values in [
        ("1", "Xây dựng điều lệ Hội thao, thành lập Ban Tổ chức", "Công đoàn Bệnh viện", "05/02/2028", ""),
        ("2", "Thông báo điều lệ, nhận đăng ký thi đấu của các khoa, phòng", "-nt-", "10/02/2028", ""),
        ("3", "Chuẩn bị cúp, cờ, giấy chứng nhận, phần thưởng", "Phòng Tài chính kế toán", "20/02/2028", ""),
        ("4", "Thuê sân thi đấu, âm thanh, trọng tài", "”", "”", ""),
        (
            "5",
            "Bố trí xe cấp cứu, kíp trực y tế tại Nhà thi đấu",
            "Khoa Hồi sức cấp cứu",
            "24/02/2028",
            "Ngày thi đấu",
        ),
        (
            "6",
            "Tổ chức cổ vũ, trang trí khu vực thi đấu",
            "Đoàn Thanh niên Bệnh viện",
            "Từ 15/02 đến 23/02/2028",
            "",
        ),
        ("7", "Chụp ảnh, đưa tin lên trang thông tin của Bệnh viện", "Như trên", "Như trên", ""),
        ("8", "Trao thưởng, tổng kết Hội thao", "Công đoàn Bệnh viện", "Sau Hội thao 03 ngày", ""),
        ("9", "Thanh quyết toán kinh phí tổ chức", "Phòng Tài chính kế toán", "Sau Hội thao 15 ngày", ""),
        ("10", "Lưu trữ hồ sơ, ảnh tư liệu Hội thao", "nt", "nt", ""),
    ]:
        h.fill_row(table, values)
    h.docx_paragraphs(
        document,
        [
            "Ghi chú: các ô ghi -nt-, nt, ” hoặc Như trên có nội dung như ô liền trên.",
            "IV. KINH PHÍ",
            "Từ nguồn kinh phí Công đoàn và nguồn thu sự nghiệp năm 2028 của Bệnh viện.",
            "Nơi nhận:\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, CĐ.",
            "GIÁM ĐỐC\n(đã ký)\nBSCKII. Vương Đình Khải",
        ],
    )
    document.save(path)


def ji4_xlsx(h, path: Path) -> None:
    """A company's plan sheet for its workers' conference whose lead, partner and deadline cells repeat
    the row above with `"` and `-nt-` (dates typed as dates), one time counted from the conference."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phan cong"
    h.sheet_title_rows(
        sheet,
        [
            "CÔNG TY CỔ PHẦN CẤP NƯỚC HÀ LAM",
            "BẢNG PHÂN CÔNG CHUẨN BỊ HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2028",
            "(Hội nghị tổ chức ngày 18/01/2028 tại Hội trường Công ty)",
            "",
        ],
        6,
    )
    h.xlsx_header(sheet, ["TT", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn", "Ghi chú"])
    date = datetime.date
    for values in [
        (
            "1",
            "Tổ chức hội nghị người lao động ở các tổ, phân xưởng",
            "Công đoàn Công ty",
            "Các phân xưởng",
            date(2028, 1, 8),
            "",
        ),
        (
            "2",
            "Tổng hợp ý kiến, kiến nghị của người lao động",
            '"',
            "Phòng Tổ chức - Hành chính",
            date(2028, 1, 12),
            "",
        ),
        (
            "3",
            "Dự thảo báo cáo kết quả sản xuất kinh doanh năm 2027",
            "Phòng Kế hoạch - Kỹ thuật",
            "Phòng Tài chính - Kế toán",
            date(2028, 1, 10),
            "",
        ),
        (
            "4",
            "Dự thảo sửa đổi Quy chế dân chủ ở cơ sở",
            "Phòng Tổ chức - Hành chính",
            "Công đoàn Công ty",
            date(2028, 1, 12),
            "",
        ),
        ("5", "In tài liệu, chuẩn bị hội trường, khánh tiết", '"', "-nt-", '"', ""),
        ("6", "Dự toán và chi kinh phí Hội nghị", "Phòng Tài chính - Kế toán", "", date(2028, 1, 15), ""),
        (
            "7",
            "Ban hành nghị quyết Hội nghị",
            "Công đoàn Công ty",
            "Phòng Tổ chức - Hành chính",
            "Sau Hội nghị 05 ngày",
            "",
        ),
    ]:
        sheet.append(list(values))
        if isinstance(values[4], datetime.date):
            sheet.cell(sheet.max_row, 5).number_format = "DD/MM/YYYY"
    sheet.append(["", 'Ghi chú: dấu " và -nt- là như ô trên.', "", "", "", ""])
    for column, width in zip("ABCDEF", [5, 52, 28, 28, 14, 12], strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(path)


def ji5_docx(h, path: Path) -> None:
    """A provincial directive (saved as .rtf) whose labels name departments elliptically, once split
    by commas and once by semicolons (one name holds a comma), and two bodies in full."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG HẢI", "Số: 07/CT-UBND"],
        "Đông Hải, ngày 05 tháng 3 năm 2028",
    )
    paragraphs = [
        ("CHỈ THỊ", True),
        ("Về các biện pháp cấp bách phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2028", True),
        (
            "Theo dự báo, mùa khô năm 2028 lượng mưa thiếu hụt, mặn xâm nhập sâu vào các sông chính, ảnh hưởng đến nước sinh hoạt và sản xuất của Nhân dân. Chủ tịch UBND tỉnh yêu cầu:",
            False,
        ),
        ("1. Các Sở: Nông nghiệp và Môi trường, Xây dựng:", True),
        (
            "- Rà soát hiện trạng các hồ chứa, công trình cấp nước sinh hoạt nông thôn; báo cáo UBND tỉnh trước ngày 25/3/2028.",
            False,
        ),
        (
            "- Chỉ đạo các đơn vị khai thác công trình thủy lợi vận hành tiết kiệm nguồn nước; thực hiện thường xuyên.",
            False,
        ),
        ("2. Các Sở: Văn hóa, Thể thao và Du lịch; Công Thương; Tài chính:", True),
        (
            "- Kiểm tra việc dự trữ nước sạch tại các khu du lịch, chợ đầu mối trong đợt nắng nóng từ ngày 01/4 đến ngày 31/5/2028.",
            False,
        ),
        ("- Tổng hợp nhu cầu kinh phí chống hạn của các ngành, trình UBND tỉnh trong tháng 4/2028.", False),
        ("3. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh:", True),
        (
            "- Chuẩn bị lực lượng, phương tiện hỗ trợ chở nước sinh hoạt cho vùng bị hạn nặng; hoàn thành trong quý II/2028.",
            False,
        ),
        ("4. UBND các xã, phường:", True),
        (
            "- Vận động Nhân dân tích trữ nước, sử dụng nước tiết kiệm; hoàn thành trước ngày 31/3/2028.",
            False,
        ),
        ("- Cập nhật diễn biến hạn hán, xâm nhập mặn trên địa bàn, báo cáo định kỳ hằng tuần.", False),
        (
            "5. Đài Phát thanh và Truyền hình tỉnh tăng thời lượng đưa tin về tình hình hạn hán, phát bản tin cảnh báo độ mặn hằng ngày trong mùa khô.",
            False,
        ),
        (
            "6. Giao Sở Nông nghiệp và Môi trường theo dõi, tổng hợp tình hình thực hiện Chỉ thị này, báo cáo Chủ tịch UBND tỉnh trước ngày 20/12/2028.",
            False,
        ),
        (
            "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Chỉ thị này./.",
            False,
        ),
        (
            "Nơi nhận:\n- Bộ Nông nghiệp và Môi trường (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Như mục 1 - 6;\n- Lưu: VT, KT.",
            False,
        ),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nTrần Quang Huy", True),
    ]
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    document.save(path)


def ji6_docx(h, path: Path) -> None:
    """A commune's dispatch whose labels name its offices elliptically (`Các phòng: Kinh tế, Văn hóa -
    Xã hội:`), two bodies in full and every village; one numbered duty with the body as subject."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN HIỆP", "Số: 214/UBND-VP"],
        "Tân Hiệp, ngày 10 tháng 8 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "V/v chủ động ứng phó với mưa lũ, sạt lở đất năm 2028",
            "Kính gửi: Các cơ quan, đơn vị thuộc UBND xã; Trưởng các thôn.",
            "Để chủ động ứng phó với mưa lũ, sạt lở đất trong mùa mưa bão năm 2028, Chủ tịch UBND xã yêu cầu:",
            "1. Các phòng: Kinh tế, Văn hóa - Xã hội:",
            "a) Rà soát các hộ dân sống ở vùng có nguy cơ sạt lở, lập phương án di dời; hoàn thành trước ngày 31/8/2028.",
            "b) Kiểm tra, hướng dẫn các hộ gia đình gia cố nhà ở trước mùa mưa bão; thực hiện trong tháng 9/2028.",
            "2. Công an xã, Ban Chỉ huy Quân sự xã:",
            "a) Xây dựng phương án huy động lực lượng cứu hộ, cứu nạn tại chỗ; trình Chủ tịch UBND xã trước ngày 25/8/2028.",
            "3. Trưởng các thôn:",
            "a) Tổ chức kiểm tra hệ thống kênh mương, khơi thông dòng chảy; báo cáo kết quả hằng tháng.",
            "4. Trạm Y tế xã chuẩn bị cơ số thuốc, hóa chất xử lý môi trường sau lũ; hoàn thành trong quý III/2028.",
            "Nhận được Công văn này, đề nghị các cơ quan, đơn vị triển khai thực hiện./.",
            "Nơi nhận:\n- Như trên;\n- TT Đảng ủy xã;\n- Lưu: VT.",
            "CHỦ TỊCH\n(đã ký)\nHà Văn Lực",
        ],
    )
    document.save(path)


def siblings_ji() -> None:
    h = heldout_writers()
    ji1_docx(h, DOCS / "ji1_cv_ttksbt_tab_dau_cham.docx")
    ji3_docx(h, DOCS / "ji3_kh_hoi_thao_benh_vien_nhu_tren.docx")
    ji4_xlsx(h, DOCS / "ji4_phan_cong_hoi_nghi_nld_nt.xlsx")
    ji6_docx(h, DOCS / "ji6_cv_xa_cac_phong_liet_ke.docx")
    if not shutil.which("soffice"):
        print("soffice not found: ji2 (.odt) and ji5 (.rtf) were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for write, name, extension in [
            (ji2_docx, "ji2_tb_xa_dai_hoi_tdtt_tab", "odt"),
            (ji5_docx, "ji5_chi_thi_chong_han_cac_so_liet_ke", "rtf"),
        ]:
            source = Path(tmp) / f"{name}.docx"
            write(h, source)
            h.soffice_convert(source, extension, DOCS / f"{name}.{extension}")
