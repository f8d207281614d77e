"""The main corpus's siblings of the held-out documents h88, h89, h90, h98, h100 and h102 (moved to the
main corpus when the importer was taught their shapes, helper h13fixL; h93's and h95's siblings v06,
v07 are HTML and CSV written by hand): the same shape with other bodies, units, tasks, dates and
surface details. Their expected items (expected/v01_…–v07_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-v` writes them.
"""

# ruff: noqa: E501 — document text is data: long lines.

import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _heldout():
    return heldout_writers()


def v01_xlsx(h, path: Path) -> None:
    """A three-year plan 2026–2028 of a Sở Giáo dục (sibling of h88): year columns under a spanning
    'Năm thực hiện', marked 'X'."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh muc"
    h.sheet_title_rows(
        sheet,
        [
            "DANH MỤC NHIỆM VỤ",
            "ĐỀ ÁN NÂNG CAO CHẤT LƯỢNG DẠY NGOẠI NGỮ GIAI ĐOẠN 2026 - 2028",
            "(Kèm theo Kế hoạch số 45/KH-SGDĐT ngày 12/01/2026 của Sở Giáo dục và Đào tạo)",
        ],
        7,
    )
    h.xlsx_header(
        sheet, ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Năm thực hiện", "", ""]
    )
    top = sheet.max_row
    sheet.merge_cells(start_row=top, start_column=5, end_row=top, end_column=7)
    for column in range(1, 5):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    h.xlsx_header(sheet, ["", "", "", "", "Năm 2026", "Năm 2027", "Năm 2028"])
    rows = [
        (
            "1",
            "Khảo sát năng lực ngoại ngữ của giáo viên tiểu học",
            "Phòng Giáo dục Tiểu học",
            "Các trường tiểu học",
            {2026},
        ),
        (
            "2",
            "Bồi dưỡng giáo viên tiếng Anh đạt chuẩn bậc 4",
            "Phòng Tổ chức cán bộ",
            "Trường Đại học Ngoại ngữ",
            {2026, 2027, 2028},
        ),
        (
            "3",
            "Trang bị phòng học ngoại ngữ cho trường trung học cơ sở",
            "Phòng Kế hoạch - Tài chính",
            "UBND các huyện",
            {2027},
        ),
        ("4", "Thí điểm dạy học môn Toán bằng tiếng Anh", "Phòng Giáo dục Trung học", "", {2027, 2028}),
        ("5", "Sơ kết, đánh giá Đề án", "Văn phòng Sở", "Các phòng chuyên môn", {2028}),
    ]
    for number, task, lead, partners, years in rows:
        sheet.append(
            [number, task, lead, partners] + ["X" if year in years else "" for year in (2026, 2027, 2028)]
        )
    sheet.column_dimensions["B"].width = 50
    workbook.save(path)


def v02_xlsx(h, path: Path) -> None:
    """A lower-secondary school's year plan of a subject group (sibling of h98): month columns
    T9…T4 of a school year crossing into the next calendar year, marked '✓'."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "To Ngu van"
    months = [9, 10, 11, 12, 1, 2, 3, 4]
    h.sheet_title_rows(
        sheet,
        ["TRƯỜNG THCS LÊ LỢI", "KẾ HOẠCH HOẠT ĐỘNG TỔ NGỮ VĂN NĂM HỌC 2026 - 2027"],
        3 + len(months),
    )
    h.xlsx_header(sheet, ["STT", "Nội dung hoạt động", "Người thực hiện"] + [f"T{month}" for month in months])
    rows = [
        ("1", "Xây dựng kế hoạch dạy học bộ môn", "Tổ trưởng chuyên môn", {9}),
        ("2", "Thao giảng chào mừng ngày Nhà giáo Việt Nam", "Nhóm Ngữ văn 8", {10, 11}),
        ("3", "Bồi dưỡng học sinh giỏi cấp huyện", "Nhóm Ngữ văn 9", {11, 12, 1}),
        ("4", "Chuyên đề đổi mới kiểm tra đánh giá", "Tổ trưởng chuyên môn", {3}),
        ("5", "Ôn tập cho học sinh lớp 9 thi vào lớp 10", "Nhóm Ngữ văn 9", {2, 3, 4}),
    ]
    for number, task, unit, marked in rows:
        sheet.append([number, task, unit] + ["✓" if month in marked else "" for month in months])
    sheet.column_dimensions["B"].width = 48
    workbook.save(path)


def v03_docx(h, path: Path) -> None:
    """A provincial Border Guard command's quarter plan (→ landscape PDF, sibling of h102): the lead
    column first, month columns holding milestone words, one a date."""
    from docx import Document

    document = Document()
    h.set_landscape(document.sections[0])
    h.national_header(
        document,
        ["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BĐBP TỈNH QUẢNG TRỊ", "Số: 884/KH-BCH"],
        "Quảng Trị, ngày 20 tháng 9 năm 2026",
    )
    h.docx_paragraphs(document, ["KẾ HOẠCH", "Công tác biên phòng quý IV năm 2026"])
    table = h.grid_table(
        document,
        ["Đơn vị chủ trì", "Nội dung công việc", "Tháng 10", "Tháng 11", "Tháng 12", "Ghi chú"],
        [1.8, 3.6, 1.3, 1.3, 1.3, 1.3],
    )
    rows = [
        (
            "Phòng Tham mưu",
            "Tuần tra song phương với lực lượng bảo vệ biên giới nước bạn",
            "Chuẩn bị",
            "Tuần tra",
            "",
            "",
        ),
        (
            "Phòng Chính trị",
            "Tổ chức tuyên truyền pháp luật biên giới cho nhân dân các xã biên giới",
            "Biên soạn tài liệu",
            "Tuyên truyền",
            "Sơ kết",
            "",
        ),
        (
            "Phòng Hậu cần - Kỹ thuật",
            "Sửa chữa nhà làm việc Đồn Biên phòng La Lay",
            "Khảo sát",
            "",
            "",
            "Theo dự toán được duyệt",
        ),
        ("Phòng Tham mưu", "Báo cáo tổng kết công tác biên phòng năm 2026", "", "", "Trước 15/12", ""),
    ]
    for values in rows:
        h.fill_row(table, values)
    h.docx_paragraphs(
        document,
        [
            "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc Kế hoạch này./.",
            "CHỈ HUY TRƯỞNG\nĐại tá Hồ Văn Tình",
        ],
    )
    document.save(path)


def v04_docx(h, path: Path) -> None:
    """A Sở Tư pháp plan (→ .odt, sibling of h89): tasks numbered `1.1.1.` under `1.1. <unit> chủ
    trì:` lines."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH BÌNH LONG", "SỞ TƯ PHÁP", "Số: 31/KH-STP"],
        "Bình Long, ngày 15 tháng 01 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH",
            "Công tác hộ tịch, quốc tịch và chứng thực năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao chất lượng giải quyết thủ tục hành chính về hộ tịch, chứng thực.",
            "II. NỘI DUNG THỰC HIỆN",
            "1. Số hóa dữ liệu hộ tịch",
            "1.1. Phòng Hành chính tư pháp chủ trì:",
            "1.1.1. Hướng dẫn các xã, phường số hóa sổ hộ tịch lưu trữ, thực hiện từ tháng 3 đến tháng 8/2026.",
            "1.1.2. Thẩm định hồ sơ đề nghị nhập quốc tịch Việt Nam trong vòng 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
            "2. Kiểm tra, thanh tra",
            "2.1. Thanh tra Sở chủ trì, phối hợp Phòng Hành chính tư pháp:",
            "2.1.1. Kiểm tra việc chứng thực bản sao tại các tổ chức hành nghề công chứng, hoàn thành trước ngày 30/9/2026.",
            "2.1.2. Tổng hợp kết quả kiểm tra, báo cáo Giám đốc Sở trong tháng 11/2026.",
            "III. KINH PHÍ",
            "Từ dự toán chi thường xuyên năm 2026 của Sở Tư pháp.",
            "Nơi nhận:\n- Bộ Tư pháp;\n- UBND tỉnh;\n- Lưu: VT, HCTP.",
            "GIÁM ĐỐC",
        ],
    )
    document.save(path)


def v05_docx(h, path: Path) -> None:
    """A provincial chairman's directive (sibling of h100): numbered paragraphs opening with a bold
    run-in label naming the head of a body, one label naming two heads."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH LONG", "Số: 14/CT-UBND"],
        "Bình Long, ngày 02 tháng 6 năm 2026",
    )
    h.docx_paragraphs(
        document,
        [
            "CHỈ THỊ",
            "Về tăng cường phòng, chống đuối nước trẻ em dịp hè năm 2026",
            "Để chủ động phòng ngừa tai nạn đuối nước cho trẻ em trong dịp hè, Chủ tịch UBND tỉnh chỉ thị:",
        ],
    )
    entries = [
        (
            "1. Giám đốc Sở Giáo dục và Đào tạo:",
            " chỉ đạo các trường học tổ chức dạy bơi an toàn cho học sinh tiểu học, hoàn thành trước ngày 31/7/2026.",
        ),
        (
            "2. Giám đốc Sở Văn hóa, Thể thao và Du lịch, Giám đốc Sở Y tế:",
            " rà soát các bể bơi, khu vui chơi dưới nước; hướng dẫn kỹ năng sơ cứu người bị đuối nước trong tháng 6/2026.",
        ),
        (
            "3. Tổng Biên tập Báo Bình Long:",
            " mở chuyên mục tuyên truyền phòng, chống đuối nước trẻ em từ tháng 6 đến tháng 8/2026.",
        ),
        (
            "4. Chủ tịch UBND các huyện, thị xã:",
            " cắm biển cảnh báo tại các ao, hồ, sông suối nguy hiểm, hoàn thành trước ngày 20/6/2026.",
        ),
        ("5. Giao Sở Y tế", " tổng hợp tình hình tai nạn đuối nước, báo cáo UBND tỉnh trước ngày 15/9/2026."),
    ]
    for label, text in entries:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(text)
    h.docx_paragraphs(
        document,
        [
            "Yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc thực hiện Chỉ thị này./.",
            "Nơi nhận:\n- Bộ Lao động - Thương binh và Xã hội;\n- TT Tỉnh ủy;\n- Lưu: VT, VX.",
            "CHỦ TỊCH\nTrần Văn Quang",
        ],
    )
    document.save(path)


def v08_docx(h, path: Path) -> None:
    """A district chairman's conclusions (→ PDF with a text layer, sibling of h90) set in two
    columns, the tasks grouped under each Vice-Chairman who directs them."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    document = Document()
    h.national_header(
        document, ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC PHỔ", "Số: 118/TB-UBND"], "Đức Phổ, ngày 12 tháng 8 năm 2026"
    )
    h.docx_paragraphs(
        document, ["THÔNG BÁO", "Kết luận của Chủ tịch UBND huyện tại phiên họp thường kỳ tháng 8/2026"]
    )
    section = document.add_section(WD_SECTION.CONTINUOUS)
    h.two_columns(section)
    h.docx_paragraphs(
        document,
        [
            "Ngày 10/8/2026, Chủ tịch UBND huyện chủ trì phiên họp thường kỳ tháng 8/2026 với sự tham dự của các Phó Chủ tịch UBND huyện và Trưởng các phòng, ban chuyên môn.",
            "Sau khi nghe báo cáo và ý kiến thảo luận, Chủ tịch UBND huyện kết luận như sau:",
            "1. Đồng chí Phó Chủ tịch UBND huyện Phạm Quốc Bảo chỉ đạo:",
            "- Phòng Tài chính - Kế hoạch rà soát các công trình chậm giải ngân vốn đầu tư công, báo cáo UBND huyện trước ngày 25/8/2026.",
            "- Phòng Kinh tế và Hạ tầng kiểm tra hiện trạng các tuyến đê bao trước mùa mưa bão, hoàn thành trong tháng 9/2026.",
            "- Ban Quản lý dự án đầu tư xây dựng huyện đẩy nhanh tiến độ thi công Trường Tiểu học Phổ Minh, báo cáo kết quả hằng tháng.",
            "2. Đồng chí Phó Chủ tịch UBND huyện Đinh Thị Mai chỉ đạo:",
            "- Phòng Giáo dục và Đào tạo chuẩn bị cơ sở vật chất cho năm học mới 2026 - 2027, hoàn thành trước ngày 31/8/2026.",
            "- Phòng Văn hóa - Thông tin tổ chức Ngày hội văn hóa các dân tộc huyện Đức Phổ, thời gian từ ngày 02/9 đến ngày 05/9/2026.",
            "- Trung tâm Y tế huyện triển khai chiến dịch tiêm chủng bổ sung sởi cho trẻ em, hoàn thành trước ngày 30/9/2026.",
            "3. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các phòng, ban thực hiện Thông báo này; tổng hợp, báo cáo Chủ tịch UBND huyện trước ngày 05/10/2026.",
            "Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.",
            "Nơi nhận:\n- CT, các PCT UBND huyện;\n- Các phòng, ban;\n- Lưu: VT.",
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nVõ Minh Hiếu",
        ],
    )
    document.save(path)


def siblings_v() -> None:
    h = _heldout()
    v02_xlsx(h, DOCS / "v02_kh_to_ngu_van_thang_nam_hoc.xlsx")
    v05_docx(h, DOCS / "v05_chi_thi_duoi_nuoc_nhan_dam_dau_doan.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .xls, .odt and the PDF were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for write, name, extension in (
            (v01_xlsx, "v01_de_an_3_nam_so_gddt_cot_nam.xlsx", "xls"),
            (v03_docx, "v03_kh_bdbp_tinh_cot_thang_moc_viec.docx", "pdf"),
            (v04_docx, "v04_kh_so_tu_phap_danh_so_ba_cap.docx", "odt"),
            (v08_docx, "v08_tbkl_huyen_hai_cot_theo_pho_chu_tich.docx", "pdf"),
        ):
            write(h, Path(tmp) / name)
            h.soffice_convert(Path(tmp) / name, extension, DOCS / f"{Path(name).stem}.{extension}")
