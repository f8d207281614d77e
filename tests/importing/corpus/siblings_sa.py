"""The main corpus's siblings of the held-out documents h523, h531 and h516 (moved to the main corpus
when the importer was taught their shapes, helper h13fixSA). sa1, sa2 (h523): a closing request under
the task table whose subject is every unit of a kind and whose report comes in a later clause, its
subject left out and its time after it (`Các …, đơn vị … xây dựng kế hoạch …; báo cáo kết quả … trước
ngày 20 hằng tháng`): sa1 a district Youth Union's yearly programme (.docx), sa2 a water company's
quarter plan sheet (.xlsx) whose `Ghi chú:` row under the table asks for it each quarter, sa7 a
district Red Cross's plan sheet (.xlsx) whose `Lưu ý:` row asks every grassroots branch, a kind
that leads no task, for it each month. sa3, sa4 (h531): a standing body
whose name runs on after a comma with a field in lower case (`Phòng Kế hoạch, tài chính là đơn vị
đầu mối …`, `Tổ Hành chính, tổng hợp là bộ phận thường trực …`): sa3 a hospital's plan whose tasks
are an appendix table after the signature (.docx), sa4 a commune office's plan in numbered prose
(.txt), sa8 a tax office's plan over an appendix (.docx) whose standing team's field is a verb's
word (`Tổ Nghiệp vụ, tổng hợp là bộ phận đầu mối …`). sa5, sa6 (h516): a notice of conclusions with an undated point to every holder of a leading
post (`Các Phó Giám đốc Sở theo lĩnh vực phụ trách chỉ đạo …`, `Các đồng chí Phó Chủ tịch UBND xã
…`): a general charge, no item; sa5 a department's notice (.docx), sa6 a commune's (.txt). Their
expected items (expected/sa*_…) were written by hand before the first import. `python
tests/importing/corpus/make_docs.py --siblings-sa` writes all eight.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _table(document, header: list[str], rows: list[list[str]]) -> None:
    """A gridded table; a row of one text is a section row merged across."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 2 and len(header) > 2:
            cells[0].text = row[0]
            merged = cells[1].merge(cells[-1])
            merged.text = row[1]
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def sa1_docx(h, path: Path) -> None:
    """A district Youth Union's yearly programme (2028): a task table with roman section rows, then the
    closing request whose report is a later clause with its round after it."""
    document = _document()
    h.national_header(
        document,
        ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN HUYỆN TÂN LẬP", "Số: 42-CTr/HĐTN"],
        "Tân Lập, ngày 05 tháng 01 năm 2028",
    )
    for text in (
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028",
        "của Ban Thường vụ Huyện đoàn",
        "Thực hiện Nghị quyết Đại hội Đoàn huyện, Ban Thường vụ Huyện đoàn xây dựng Chương trình công tác năm 2028 như sau:",
    ):
        document.add_paragraph(text)
    _table(
        document,
        ["TT", "Nội dung", "Bộ phận chủ trì", "Phối hợp", "Thời gian"],
        [
            ["I", "CÔNG TÁC GIÁO DỤC"],
            [
                "1",
                "Tổ chức Hội trại tòng quân cho thanh niên lên đường nhập ngũ năm 2028",
                "Ban Tuyên giáo",
                "Ban Chỉ huy Quân sự huyện",
                "Tháng 02",
            ],
            [
                "2",
                "Tuyên truyền Luật Thanh niên trên trang thông tin của Huyện đoàn",
                "Ban Tuyên giáo",
                "Các cơ sở Đoàn",
                "Hằng tháng",
            ],
            ["II", "CÔNG TÁC TỔ CHỨC"],
            [
                "3",
                "Kết nạp 400 đoàn viên mới trong thanh niên nông thôn",
                "Ban Tổ chức - Kiểm tra",
                "Các cơ sở Đoàn",
                "Quý III",
            ],
            [
                "4",
                "Kiểm tra công tác Đoàn tại 05 xã khu vực phía Bắc",
                "Ban Tổ chức - Kiểm tra",
                "Văn phòng",
                "Trước 30/10",
            ],
            ["III", "CÔNG TÁC VĂN PHÒNG"],
            ["5", "Xây dựng báo cáo tổng kết công tác Đoàn năm 2028", "Văn phòng", "Các ban", "Tháng 12"],
        ],
    )
    for text in (
        "Trên cơ sở Chương trình này, các ban, cơ sở Đoàn trực thuộc chủ động xây dựng kế hoạch thực hiện; báo cáo kết quả về Văn phòng Huyện đoàn trước ngày 20 hằng tháng để tổng hợp.",
        "Nơi nhận:",
        "- Tỉnh đoàn (b/c);",
        "- Các cơ sở Đoàn;",
        "- Lưu VP.",
        "TM. BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Lò Văn Hùng",
    ):
        document.add_paragraph(text)
    document.save(path)


def sa2_xlsx(path: Path) -> None:
    """A water company's quarter plan sheet (quarter III/2028): header, tasks, and a `Ghi chú:` note
    merged across under the table asking every unit, after a general clause, for a report each
    quarter."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH Quy III"
    rows = [
        ["CÔNG TY CỔ PHẦN CẤP NƯỚC SƠN HÀ"],
        ["KẾ HOẠCH CÔNG TÁC QUÝ III NĂM 2028"],
        [],
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"],
        [1, "Súc xả đường ống phân phối khu vực phường Bắc Sơn", "Xí nghiệp Cấp nước số 1", "15/7/2028"],
        [2, "Thay thế 300 đồng hồ nước đã hết hạn kiểm định", "Xí nghiệp Cấp nước số 2", "Tháng 8/2028"],
        [
            3,
            "Lấy mẫu xét nghiệm chất lượng nước tại các điểm cuối mạng",
            "Phòng Kỹ thuật - Chất lượng",
            "Hằng tuần",
        ],
        [
            4,
            "Quyết toán chi phí sửa chữa lớn 6 tháng đầu năm",
            "Phòng Tài chính - Kế toán",
            "Trước 20/9/2028",
        ],
        [],
        [
            "Ghi chú: Các phòng, xí nghiệp căn cứ Kế hoạch chủ động triển khai; gửi báo cáo kết quả về Phòng Kế hoạch - Kinh doanh trước ngày 25 của tháng cuối quý."
        ],
    ]
    for row in rows:
        sheet.append(row)
    for line in (1, 2, 10):
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=4)
    book.save(path)


def sa7_xlsx(path: Path) -> None:
    """A district Red Cross's yearly plan sheet (2028): header, tasks led by its boards, and a
    `Lưu ý:` note under the table asking every affiliated body, after a general clause, for a monthly
    report (a kind that leads no task)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KH 2028"
    rows = [
        ["HỘI CHỮ THẬP ĐỎ HUYỆN MINH HÒA"],
        ["KẾ HOẠCH HOẠT ĐỘNG NĂM 2028"],
        ["TT", "Hoạt động", "Bộ phận phụ trách", "Thời gian hoàn thành"],
        [1, "Vận động hiến máu tình nguyện đợt Xuân hồng", "Ban Công tác xã hội", "Tháng 02/2028"],
        [2, "Tập huấn sơ cấp cứu cho tình nguyện viên các trường học", "Ban Tuyên truyền", "Quý II/2028"],
        [3, "Trao quà Tết cho hộ nghèo, gia đình chính sách", "Văn phòng Hội", "Trước 20/01/2028"],
        [
            "Lưu ý: Các chi hội cơ sở phối hợp với nhà trường, thôn, tổ dân phố khi tổ chức hoạt động; gửi báo cáo kết quả về Văn phòng Hội trước ngày 22 hằng tháng."
        ],
    ]
    for row in rows:
        sheet.append(row)
    for line in (1, 2, 7):
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=4)
    book.save(path)


def sa8_docx(h, path: Path) -> None:
    """A district Tax office's plan (2028) over an appendix table after the signature; under TỔ
    CHỨC THỰC HIỆN the standing team named with a field in lower case, also a verb, after a comma."""
    document = _document()
    h.national_header(
        document,
        ["CỤC THUẾ TỈNH BẮC HÀ", "THUẾ CƠ SỞ 4", "Số: 56/KH-TCS4"],
        "Yên Sơn, ngày 18 tháng 02 năm 2028",
    )
    for text in (
        "KẾ HOẠCH",
        "Quản lý nợ thuế năm 2028",
        "I. MỤC ĐÍCH",
        "Giảm nợ thuế xuống dưới 8% tổng thu ngân sách trên địa bàn.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Nghiệp vụ, tổng hợp là bộ phận đầu mối, giúp Trưởng Thuế cơ sở theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Các tổ báo cáo kết quả thu nợ về Tổ Nghiệp vụ, tổng hợp trước ngày 03 hằng tháng.",
    ):
        document.add_paragraph(text)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "Nơi nhận:\n- Cục Thuế tỉnh (b/c);\n- Các tổ;\n- Lưu: VT."
    signature.cell(0, 1).text = "TRƯỞNG THUẾ CƠ SỞ\n\n\nPhan Văn Lộc"
    for text in ("PHỤ LỤC", "Nhiệm vụ quản lý nợ thuế năm 2028"):
        document.add_paragraph(text)
    _table(
        document,
        ["STT", "Nhiệm vụ", "Tổ chủ trì", "Phối hợp", "Thời hạn"],
        [
            [
                "1",
                "Phân loại nợ thuế theo từng người nộp thuế",
                "Tổ Nghiệp vụ, tổng hợp",
                "Tổ Kiểm tra",
                "Trước 31/3/2028",
            ],
            ["2", "Ban hành thông báo tiền thuế nợ", "Tổ Quản lý nợ", "Tổ Nghiệp vụ, tổng hợp", "Hằng tháng"],
            [
                "3",
                "Cưỡng chế nợ thuế đối với người nộp thuế chây ỳ",
                "Tổ Quản lý nợ",
                "UBND các xã",
                "Quý III/2028",
            ],
        ],
    )
    document.save(path)


def sa3_docx(h, path: Path) -> None:
    """A district hospital's plan (2028) in prose over an appendix table after the signature; under
    TỔ CHỨC THỰC HIỆN the standing body named with a lower-case field after a comma."""
    document = _document()
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH BẮC HÀ", "BỆNH VIỆN ĐA KHOA HUYỆN YÊN SƠN", "Số: 88/KH-BV"],
        "Yên Sơn, ngày 10 tháng 3 năm 2028",
    )
    for text in (
        "KẾ HOẠCH",
        "Cải tiến chất lượng khám bệnh, chữa bệnh năm 2028",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao sự hài lòng của người bệnh; rút ngắn thời gian chờ khám.",
        "II. NỘI DUNG",
        "Các nhiệm vụ, khoa, phòng chủ trì và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kế hoạch, tài chính là đơn vị đầu mối, giúp Giám đốc theo dõi, đôn đốc các khoa, phòng thực hiện Kế hoạch.",
        "2. Các khoa, phòng báo cáo kết quả thực hiện về Phòng Kế hoạch, tài chính trước ngày 05 của tháng đầu quý sau.",
        "3. Trưởng các khoa, phòng phổ biến Kế hoạch đến toàn thể viên chức.",
    ):
        document.add_paragraph(text)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "Nơi nhận:\n- Sở Y tế (b/c);\n- Các khoa, phòng;\n- Lưu: VT, KHTC."
    signature.cell(0, 1).text = "GIÁM ĐỐC\n\n\nNguyễn Thị Mai"
    for text in (
        "PHỤ LỤC",
        "Nhiệm vụ cải tiến chất lượng năm 2028",
        "(Kèm theo Kế hoạch số 88/KH-BV ngày 10/3/2028)",
    ):
        document.add_paragraph(text)
    _table(
        document,
        ["STT", "Nhiệm vụ", "Khoa, phòng chủ trì", "Phối hợp", "Thời gian"],
        [
            [
                "1",
                "Triển khai đặt lịch khám bệnh qua tổng đài và ứng dụng điện thoại",
                "Phòng Kế hoạch, tài chính",
                "Khoa Khám bệnh",
                "Quý II/2028",
            ],
            [
                "2",
                "Khảo sát sự hài lòng của người bệnh nội trú",
                "Phòng Điều dưỡng",
                "Các khoa lâm sàng",
                "Hằng quý",
            ],
            [
                "3",
                "Chuẩn hóa quy trình cấp phát thuốc ngoại trú",
                "Khoa Dược",
                "Phòng Kế hoạch, tài chính",
                "Trước 30/6/2028",
            ],
            [
                "4",
                "Sơ kết 6 tháng thực hiện Kế hoạch",
                "Phòng Kế hoạch, tài chính",
                "Các khoa, phòng",
                "Tháng 7/2028",
            ],
        ],
    )
    document.save(path)


SA4_TEXT = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 31/KH-UBND
Hòa Bình, ngày 14 tháng 4 năm 2028

KẾ HOẠCH
Chuyển đổi số trong giải quyết thủ tục hành chính năm 2028

I. MỤC ĐÍCH, YÊU CẦU
Nâng tỷ lệ hồ sơ được giải quyết trực tuyến; công khai, minh bạch kết quả giải quyết.

II. NHIỆM VỤ
1. Bộ phận Một cửa số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, hoàn thành trước ngày 30/6/2028.
2. Công chức Văn phòng - Thống kê hướng dẫn người dân tạo tài khoản định danh điện tử mức 2 hằng tháng.
3. Đoàn Thanh niên xã thành lập Tổ công nghệ số cộng đồng tại các thôn trong quý III/2028.

III. TỔ CHỨC THỰC HIỆN
1. Tổ Hành chính, tổng hợp là bộ phận thường trực, giúp Chủ tịch UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Kinh phí thực hiện từ nguồn ngân sách xã năm 2028.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Sơn
"""


def sa5_docx(h, path: Path) -> None:
    """A provincial Department of Construction's notice of the Director's conclusions (11/2028):
    lettered points to its offices, one to every deputy director (no item), a closing request."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH BẮC HÀ", "SỞ XÂY DỰNG", "Số: 215/TB-SXD"],
        "Bắc Hà, ngày 06 tháng 11 năm 2028",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 11 năm 2028",
        "Ngày 05/11/2028, Giám đốc Sở Xây dựng chủ trì họp giao ban. Sau khi nghe Văn phòng Sở báo cáo, Giám đốc Sở kết luận như sau:",
        "1. Trong tháng 10, các phòng đã hoàn thành phần lớn nhiệm vụ; việc thẩm định dự án còn chậm.",
        "2. Nhiệm vụ tháng 11 năm 2028:",
        "a) Phòng Quản lý xây dựng hoàn thành thẩm định thiết kế cơ sở dự án đường vành đai phía Tây trước ngày 20/11/2028.",
        "b) Phòng Phát triển đô thị trình UBND tỉnh điều chỉnh quy hoạch chung đô thị Yên Sơn trong tháng 11/2028.",
        "c) Thanh tra Sở kiểm tra trật tự xây dựng tại các khu đô thị mới; báo cáo kết quả trước ngày 28/11/2028.",
        "3. Các Phó Giám đốc Sở theo lĩnh vực phụ trách chỉ đạo các phòng hoàn thành nhiệm vụ được giao, bảo đảm tiến độ.",
        "4. Các phòng, đơn vị báo cáo kết quả thực hiện nhiệm vụ tháng 11 về Văn phòng Sở trước ngày 27/11/2028.",
        "Sở Xây dựng thông báo để các phòng, đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- Giám đốc, các PGĐ Sở;",
        "- Các phòng, đơn vị;",
        "- Lưu: VT.",
        "TL. GIÁM ĐỐC",
        "CHÁNH VĂN PHÒNG",
        "Đỗ Thị Hạnh",
    ):
        document.add_paragraph(text)
    document.save(path)


SA6_TEXT = """ỦY BAN NHÂN DÂN XÃ TÂN PHONG
Số: 77/TB-UBND
Tân Phong, ngày 02 tháng 12 năm 2028

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 12 năm 2028

Ngày 01/12/2028, Chủ tịch UBND xã chủ trì họp giao ban. Chủ tịch UBND xã kết luận như sau:

1. Công an xã xây dựng phương án bảo đảm an ninh, trật tự dịp Tết Dương lịch, trình Chủ tịch UBND xã trước ngày 20/12/2028.
2. Công chức Tài chính - Kế toán hoàn thành quyết toán ngân sách xã năm 2028 trước ngày 31/12/2028.
3. Trạm Y tế xã tổ chức tiêm vắc xin sởi cho trẻ em trong tháng 12/2028.
4. Các đồng chí Phó Chủ tịch UBND xã theo lĩnh vực được phân công chỉ đạo, đôn đốc các bộ phận hoàn thành chỉ tiêu năm 2028.
5. Đề nghị Ủy ban Mặt trận Tổ quốc xã vận động nhân dân ủng hộ Quỹ Vì người nghèo trong tháng 12/2028.

UBND xã thông báo để các bộ phận, cá nhân biết, thực hiện./.

Nơi nhận:
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT.

TL. CHỦ TỊCH
CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ
Lý Thị Thu
"""


def siblings_sa() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    sa1_docx(h, DOCS / "sa1_ct_huyen_doan_bao_cao_menh_sau.docx")
    sa2_xlsx(DOCS / "sa2_kh_quy_cap_nuoc_ghi_chu_menh_sau.xlsx")
    sa3_docx(h, DOCS / "sa3_kh_benh_vien_dau_moi_ten_phay.docx")
    (DOCS / "sa4_kh_xa_cds_thuong_truc_ten_phay.txt").write_text(SA4_TEXT, encoding="utf-8")
    sa5_docx(h, DOCS / "sa5_tbkl_so_xay_dung_cac_pho_giam_doc.docx")
    (DOCS / "sa6_tbkl_xa_cac_pho_chu_tich.txt").write_text(SA6_TEXT, encoding="utf-8")
    sa7_xlsx(DOCS / "sa7_kh_chu_thap_do_luu_y_menh_sau.xlsx")
    sa8_docx(h, DOCS / "sa8_kh_thue_co_so_to_dau_moi_ten_phay.docx")
