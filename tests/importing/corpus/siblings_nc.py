"""The main corpus's siblings of the held-out documents h324 and h309 (moved to the main corpus
when the importer was taught their shapes, helper h13fixNC). h324's: a plan whose tasks are numbered
paragraphs, each opening with its lead unit as the sentence's subject, some with `chủ trì`, the others
with a verb of any kind (no list holds it) or `là cơ quan thường trực`; nc2 (plain text, typed
numbers) is written by hand. h309's (nc3): a guidance whose task table is followed by numbered duties
under `TỔ CHỨC THỰC HIỆN`, one a report the lead bodies owe after each round (`sau mỗi đợt …`), then
an appendix of numbered slogans (no items). h341's (nc4, HTML by hand): `Giao <unit> theo dõi, đôn
đốc …` after a remedy table, undated. h314's (nc5): an indicator sheet whose merged note row under
the table asks the lead bodies by their role (`Cơ quan chủ trì …`, no `Các`) for a periodic report.
Their expected items (expected/nc*_…) were written by
hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-nc` writes nc1
and nc3 (.docx) and nc5 (.xlsx).
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def nc1_docx(h, path: Path) -> None:
    """A district People's Committee's plan on plastic waste whose tasks are **a Word numbered list**
    (`List Number`: no number typed in the text), each opening with **its lead in bold**: three with
    `chủ trì`, five with verbs no list holds (`lắp đặt`, `cấp phát`, `thu gom`, `ra quân`) or `là
    đầu mối`; names whose fields close with `và` (`Phòng Kinh tế, Hạ tầng và Đô thị`)."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN LONG HẢI", "Số: 57/KH-UBND"],
        "Long Hải, ngày 20 tháng 2 năm 2027",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Giảm thiểu chất thải nhựa trên địa bàn huyện năm 2027",
            "Thực hiện Chỉ thị của Ủy ban nhân dân tỉnh về tăng cường quản lý chất thải nhựa, UBND huyện Long Hải ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Giảm 30% lượng túi ni lông khó phân hủy sử dụng tại các chợ, siêu thị trên địa bàn so với năm 2026.",
            "- 100% trường học, cơ quan nhà nước không sử dụng sản phẩm nhựa dùng một lần.",
            "II. NHIỆM VỤ CỤ THỂ",
        ],
    )
    tasks = [
        (
            "Phòng Tài nguyên và Môi trường",
            " chủ trì, phối hợp UBND các xã, thị trấn hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn; hoàn thành trước ngày 31/3/2027.",
        ),
        (
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            " lắp đặt thùng phân loại rác tại chợ Long Hải và 05 chợ xã; xong trong tháng 5/2027.",
        ),
        (
            "Phòng Giáo dục và Đào tạo",
            " chủ trì phát động phong trào “Trường học không rác thải nhựa” trong các trường mầm non, tiểu học, trung học cơ sở; thực hiện trong học kỳ II năm học 2026 - 2027 (trước ngày 31/5/2027).",
        ),
        (
            "Trung tâm Văn hóa, Thể thao và Truyền thông",
            " cấp phát túi vải, làn nhựa tái sử dụng cho tiểu thương tại các chợ; từ tháng 4 đến tháng 6/2027.",
        ),
        (
            "Ban Quản lý các chợ",
            " thu gom túi ni lông đã qua sử dụng, bàn giao cho đơn vị tái chế; thực hiện thường xuyên.",
        ),
        (
            "Phòng Văn hóa và Thông tin",
            " chủ trì, phối hợp Đài Truyền thanh huyện xây dựng chuyên mục “Nói không với túi ni lông”, phát sóng định kỳ hằng tháng.",
        ),
        (
            "Huyện đoàn Long Hải",
            " ra quân làm sạch bãi biển, cửa sông nhân Ngày Môi trường thế giới (ngày 05/6/2027).",
        ),
        (
            "Phòng Tài nguyên và Môi trường",
            " là đầu mối theo dõi, tổng hợp kết quả, báo cáo UBND huyện trước ngày 10/12/2027.",
        ),
    ]
    for lead, rest in tasks:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)
    h.docx_paragraphs(
        document,
        [
            "III. KINH PHÍ",
            "- Kinh phí sự nghiệp môi trường năm 2027 của huyện đã giao trong dự toán.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan, đơn vị, UBND các xã, thị trấn căn cứ Kế hoạch chủ động triển khai; khó khăn, vướng mắc báo cáo UBND huyện (qua Phòng Tài nguyên và Môi trường) để chỉ đạo giải quyết./.",
            "Nơi nhận: Sở Tài nguyên và Môi trường (b/c); TT Huyện ủy, TT HĐND huyện; CT, các PCT UBND huyện; các cơ quan, đơn vị; UBND các xã, thị trấn; Lưu: VT.",
            "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH",
            "Lương Văn Khải",
        ],
    )
    document.save(path)


def nc3_docx(h, path: Path) -> None:
    """A provincial Youth Union's guidance on its volunteer campaigns, .docx: a task table (`Đơn vị
    chủ trì`, `Thời gian`), a last row merged across (no item); numbered duties under `III. TỔ CHỨC
    THỰC HIỆN`: a report the lead bodies owe **within days after each round** (`trong vòng 07 ngày
    sau mỗi đợt ra quân`: recurring), a named unit's standing duty (`thường xuyên`); then **an
    appendix of numbered slogans** ending in `!`, one opening with a body's name (no items)."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["BCH ĐOÀN TỈNH KIÊN LÂM", "*", "Số 112-HD/TĐTN-PT"],
        "Kiên Lâm, ngày 10 tháng 02 năm 2029",
    )
    h.docx_paragraphs(
        document,
        [
            "HƯỚNG DẪN",
            "Tổ chức các đợt ra quân tình nguyện năm 2029",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Phát huy vai trò xung kích của đoàn viên, thanh niên; các hoạt động thiết thực, an toàn, hiệu quả.",
            "II. NỘI DUNG CÁC ĐỢT RA QUÂN",
        ],
    )
    table = h.grid_table(
        document,
        ["TT", "Đợt ra quân", "Thời gian", "Đơn vị chủ trì"],
        [0.4, 3.4, 1.6, 2.0],
    )
    for row in [
        [
            "1",
            "Ra quân “Tháng Thanh niên”: làm sạch kênh rạch, trồng cây xanh tại các khu dân cư",
            "Từ 01/3 đến 31/3/2029",
            "Ban Phong trào Tỉnh đoàn",
        ],
        [
            "2",
            "Chiến dịch Thanh niên tình nguyện hè: sửa chữa nhà nhân ái, xây cầu nông thôn",
            "Tháng 6 - tháng 8/2029",
            "Ban Thanh niên nông thôn Tỉnh đoàn",
        ],
        [
            "3",
            "Chương trình “Xuân tình nguyện”: tặng quà Tết cho hộ nghèo, trẻ em khó khăn",
            "Từ 15/12/2029 đến 20/01/2030",
            "Hội Liên hiệp Thanh niên Việt Nam tỉnh",
        ],
    ]:
        h.fill_row(table, row)
    h.full_width_row(
        table,
        "Các hoạt động tình nguyện thường xuyên tại cơ sở do các cơ sở Đoàn chủ động tổ chức, không đưa vào Hướng dẫn này.",
        bold=False,
    )
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Các đơn vị chủ trì gửi báo cáo kết quả về Văn phòng Tỉnh đoàn trong vòng 07 ngày sau mỗi đợt ra quân.",
            "2. Ban Tuyên giáo Tỉnh đoàn thường xuyên cập nhật hình ảnh các đợt ra quân trên trang thông tin điện tử của Tỉnh đoàn.",
            "PHỤ LỤC: KHẨU HIỆU HÀNH ĐỘNG",
            "1. Tuổi trẻ Kiên Lâm xung kích, tình nguyện vì cộng đồng!",
            "2. Đoàn Thanh niên Cộng sản Hồ Chí Minh - đội dự bị tin cậy của Đảng!",
            "3. Ở đâu cần thanh niên có, việc gì khó có thanh niên!",
            "Nơi nhận: Trung ương Đoàn (b/c); Thường trực Tỉnh ủy (b/c); các cơ sở Đoàn trực thuộc; Lưu: VP.",
            "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN — PHÓ BÍ THƯ",
            "Thạch Thị Sa Vy",
        ],
    )
    document.save(path)


def nc5_xlsx(path: Path) -> None:
    """A district Health Centre's indicator sheet for 2028 (.xlsx): a two-row header (`Kế hoạch` over
    `6 tháng | Cả năm` targets: numbers, no dues) beside `Khoa/phòng phụ trách` (the lead) and
    `Thời hạn` (the due); group rows `I`, `II`; a count row; a note row merged across whose remark
    comes first and whose later sentence asks **the lead bodies by their role, without `Các`**
    (`Cơ quan chủ trì chỉ tiêu …`) for a monthly report."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Chi tieu 2028"
    sheet.append(["TRUNG TÂM Y TẾ HUYỆN ĐÔNG KHÊ"])
    sheet.append(["BIỂU CHỈ TIÊU CHUYÊN MÔN NĂM 2028"])
    sheet.append([""])
    first = sheet.max_row + 1
    sheet.append(["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "", "Khoa/phòng phụ trách", "Thời hạn"])
    sheet.append(["", "", "", "6 tháng", "Cả năm", "", ""])
    for column in (1, 2, 3, 6, 7):
        sheet.merge_cells(start_row=first, start_column=column, end_row=first + 1, end_column=column)
    sheet.merge_cells(start_row=first, start_column=4, end_row=first, end_column=5)
    rows = [
        ["I", "KHÁM, CHỮA BỆNH", "", "", "", "", ""],
        [1, "Số lượt khám bệnh tại Trung tâm", "lượt", 21000, 45000, "Khoa Khám bệnh", "Hằng quý"],
        [
            2,
            "Tỷ lệ người bệnh hài lòng với dịch vụ khám, chữa bệnh",
            "%",
            "≥ 90",
            "≥ 92",
            "Phòng Điều dưỡng",
            "Tháng 12/2028",
        ],
        ["II", "Y TẾ DỰ PHÒNG", "", "", "", "", ""],
        [
            3,
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ",
            "%",
            48,
            "≥ 95",
            "Khoa Kiểm soát bệnh tật",
            "Trước 20/12/2028",
        ],
        [
            4,
            "Số xã duy trì đạt Bộ tiêu chí quốc gia về y tế xã",
            "xã",
            "-",
            14,
            "Phòng Kế hoạch - Nghiệp vụ",
            "Quý IV/2028",
        ],
    ]
    for row in rows:
        sheet.append(row)
        if isinstance(row[0], str) and row[0]:
            sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=7)
    sheet.append(["", "Cộng: 04 chỉ tiêu", "", "", "", "", ""])
    sheet.append([""])
    sheet.append(
        [
            "Ghi chú: Chỉ tiêu 6 tháng tính lũy kế từ đầu năm. Cơ quan chủ trì chỉ tiêu cập nhật số liệu thực hiện trên phần mềm, gửi Phòng Kế hoạch - Nghiệp vụ trước ngày 25 hằng tháng."
        ]
    )
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=7)
    workbook.save(path)


def siblings_nc() -> None:
    h = heldout_writers()
    nc1_docx(h, DOCS / "nc1_kh_ubnd_huyen_rac_nhua_danh_so_tu_dong.docx")
    nc3_docx(h, DOCS / "nc3_hd_tinh_doan_ra_quan_sau_moi_dot_khau_hieu.docx")
    nc5_xlsx(DOCS / "nc5_bieu_chi_tieu_ttyt_huyen_ghi_chu_co_quan_chu_tri.xlsx")
