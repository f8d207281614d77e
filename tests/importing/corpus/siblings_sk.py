"""The main corpus's siblings of the held-out documents h553, h560, h562 and h568 (moved to the main
corpus when the importer was taught their shapes, by h13fixSK on 2026-12-05): the closing paragraphs
of a task table's programme — a standing body's duty printed right under the table with no `TỔ CHỨC
THỰC HIỆN` heading (h553); a reporting request to every body of a kind the importer did not know, a
Party committee's grassroots bodies (`Các chi, đảng bộ cơ sở`, h560) or a company's member units
(`Các xí nghiệp`, h562); and a numbered request to a body the issuer does not command (`3. Đề nghị
Ban đại diện cha mẹ học sinh …`) under `TỔ CHỨC THỰC HIỆN` of a plan whose tasks are an appendix
table (h568). Their expected items (expected/sk1_…, sk2_…, sk3_…) were written by hand before the
first import; and of h555: a week calendar running over the new year whose day cells print no year
(sk4, sk5). `python tests/importing/corpus/make_docs.py --siblings-sk` writes the five.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _table(document, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = label
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def sk1_docx(path: Path) -> None:
    """An urban environment company's work programme for 2028: a task table, then under it, with no
    heading, the general affairs department as standing body (`… là bộ phận thường trực, …`, no time)
    and a monthly report asked of every branch (`Các chi nhánh báo cáo … trước ngày 25 hằng tháng`)."""
    from docx import Document

    document = Document()
    document.add_paragraph("CÔNG TY CỔ PHẦN MÔI TRƯỜNG ĐÔ THỊ BÌNH GIANG")
    document.add_paragraph("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2028")
    document.add_paragraph(
        "Căn cứ Nghị quyết Đại hội đồng cổ đông thường niên năm 2028, Công ty ban hành Chương trình công "
        "tác năm 2028 như sau:"
    )
    _table(
        document,
        ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"),
        [
            ("1", "Đầu tư bổ sung 04 xe ép rác chuyên dụng", "Phòng Kế hoạch - Đầu tư", "Quý II/2028"),
            (
                "2",
                "Mở rộng tuyến thu gom rác thải sinh hoạt tại các xã ven đô",
                "Chi nhánh Vệ sinh số 2",
                "Tháng 9/2028",
            ),
            (
                "3",
                "Rà soát định mức chi phí duy trì cây xanh, chiếu sáng",
                "Phòng Tài chính - Kế toán",
                "Trước 15/6/2028",
            ),
            (
                "4",
                "Tổng kết công tác năm 2028, xây dựng kế hoạch năm 2029",
                "Phòng Tổng hợp",
                "Tháng 12/2028",
            ),
        ],
    )
    document.add_paragraph(
        "Phòng Tổng hợp là bộ phận thường trực, giúp Tổng Giám đốc theo dõi, đôn đốc các đơn vị thực hiện "
        "Chương trình này."
    )
    document.add_paragraph(
        "Các chi nhánh báo cáo khối lượng thu gom, vận chuyển và kết quả thực hiện nhiệm vụ về Phòng Tổng "
        "hợp trước ngày 25 hằng tháng."
    )
    document.add_paragraph("TỔNG GIÁM ĐỐC")
    document.save(path)


def sk2_docx(path: Path) -> None:
    """A commune Party committee's plan of study sessions for 2029: a task table, then `III. TỔ CHỨC
    THỰC HIỆN` with the committee's office as standing body, a general charge to every grassroots
    body (no item) and a quarterly report of `Các đảng bộ, chi bộ trực thuộc` (recurring, no lead)."""
    from docx import Document

    document = Document()
    document.add_paragraph("ĐẢNG BỘ XÃ HÒA PHONG")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("học tập, quán triệt các nghị quyết, chỉ thị của Đảng năm 2029")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của các nghị quyết, chỉ thị; tạo sự thống nhất "
        "trong nhận thức và hành động."
    )
    document.add_paragraph("II. NỘI DUNG, THỜI GIAN")
    _table(
        document,
        ("TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"),
        [
            (
                "1",
                "Hội nghị học tập chuyên đề năm 2029 về làm theo tư tưởng Hồ Chí Minh",
                "Ban Tuyên giáo Đảng ủy",
                "Tháng 3/2029",
            ),
            ("2", "Bồi dưỡng lý luận chính trị cho đảng viên mới", "Văn phòng Đảng ủy", "Tháng 6/2029"),
            ("3", "Sơ kết 5 năm thực hiện chỉ thị về công tác dân vận", "Khối Dân vận xã", "Trước 30/9/2029"),
        ],
    )
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "1. Văn phòng Đảng ủy là cơ quan thường trực, giúp Ban Thường vụ Đảng ủy theo dõi, đôn đốc việc "
        "thực hiện Kế hoạch."
    )
    document.add_paragraph(
        "2. Các đảng bộ, chi bộ trực thuộc căn cứ Kế hoạch này tổ chức cho đảng viên học tập đầy đủ."
    )
    document.add_paragraph(
        "3. Các đảng bộ, chi bộ trực thuộc hằng quý báo cáo kết quả học tập, quán triệt về Văn phòng Đảng ủy "
        "để tổng hợp."
    )
    document.add_paragraph("T/M ĐẢNG ỦY")
    document.save(path)


def sk3_docx(path: Path) -> None:
    """A commune People's Committee's plan for a safe Tết in prose (aims, contents; no items), its
    `III. TỔ CHỨC THỰC HIỆN` points — the office as standing body and a request to the veterans'
    association (`2. Đề nghị Hội Cựu chiến binh xã phối hợp …`, led by it, no time) — then after the
    closing line an appendix `PHỤ LỤC` table of dated tasks."""
    from docx import Document

    document = Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("bảo đảm an ninh, trật tự dịp Tết Nguyên đán năm 2030 trên địa bàn xã Tân Mỹ")
    document.add_paragraph(
        "Thực hiện chỉ đạo của UBND huyện, UBND xã Tân Mỹ xây dựng kế hoạch bảo đảm an ninh, trật tự dịp Tết "
        "Nguyên đán năm 2030 như sau:"
    )
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("- Giữ vững an ninh chính trị, trật tự an toàn xã hội; không để xảy ra cháy nổ.")
    document.add_paragraph("II. NỘI DUNG")
    document.add_paragraph("1. Tuần tra, kiểm soát tại các khu vực đông người, chợ và bến xe.")
    document.add_paragraph("Các nhiệm vụ cụ thể, đơn vị thực hiện và thời gian tại Phụ lục kèm theo.")
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "1. Văn phòng HĐND và UBND xã là bộ phận thường trực, giúp Chủ tịch UBND xã theo dõi, tổng hợp việc "
        "thực hiện Kế hoạch."
    )
    document.add_paragraph(
        "2. Đề nghị Hội Cựu chiến binh xã phối hợp vận động hội viên tham gia giữ gìn an ninh, trật tự tại "
        "khu dân cư."
    )
    document.add_paragraph(
        "Trên đây là Kế hoạch bảo đảm an ninh, trật tự dịp Tết Nguyên đán năm 2030 của UBND xã Tân Mỹ./."
    )
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("NHIỆM VỤ CỤ THỂ")
    document.add_paragraph("(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2030 của UBND xã Tân Mỹ)")
    _table(
        document,
        ("TT", "Thời gian", "Nội dung công việc", "Đơn vị thực hiện"),
        [
            ("1", "Trước 20/01/2030", "Kiểm tra phòng cháy, chữa cháy tại chợ Tân Mỹ", "Công an xã"),
            ("2", "Trước 25/01/2030", "Treo cờ, băng rôn tuyên truyền đón Tết", "Công chức Văn hóa - Xã hội"),
            (
                "3",
                "Từ 28/01 - 05/02/2030",
                "Tổ chức trực chỉ huy, trực chiến dịp Tết",
                "Ban Chỉ huy Quân sự xã",
            ),
        ],
    )
    document.save(path)


def siblings_sk() -> None:
    sk1_docx(DOCS / "sk1_ct_cong_ty_moi_truong_thuong_truc_sau_bang.docx")
    sk2_docx(DOCS / "sk2_kh_dang_uy_xa_hoc_tap_dang_bo_bao_cao.docx")
    sk3_docx(DOCS / "sk3_kh_ubnd_xa_tet_de_nghi_phu_luc.docx")
    sk4_xlsx(DOCS / "sk4_lich_tuan_ubnd_huyen_qua_nam_moi.xlsx")
    sk5_docx(DOCS / "sk5_lich_tuan_so_xay_dung_qua_nam_moi.docx")


# The week calendars of h555's shape: a week running over the new year whose day cells print no year.
def sk4_xlsx(path: Path) -> None:
    """A district People's Committee's week calendar from 29/12/2031 to 04/01/2032 (.xlsx): day cells
    `Thứ Hai\\n29/12` merged down over their entries, no year printed; the January days are 2032's."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuan 1"
    sheet.append(["ỦY BAN NHÂN DÂN HUYỆN ĐÔNG TRIỀU"])
    sheet.append(["LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND HUYỆN"])
    sheet.append(["Tuần 01 (từ ngày 29/12/2031 đến ngày 04/01/2032)"])
    sheet.append(["Thứ, ngày", "Thời gian", "Nội dung công việc", "Chủ trì", "Đơn vị chuẩn bị"])
    rows = [
        (
            "Thứ Hai\n29/12",
            "08h00",
            "Họp Ban Chỉ đạo phòng, chống dịch bệnh gia súc",
            "PCT Lê Văn Hải",
            "Phòng Nông nghiệp và Môi trường",
        ),
        (
            "Thứ Tư\n31/12",
            "14h00",
            "Tổng kết công tác thu ngân sách năm 2031",
            "Chủ tịch UBND huyện",
            "Phòng Tài chính - Kế hoạch",
        ),
        ("Thứ Năm\n01/01", None, "Nghỉ Tết Dương lịch năm 2032", None, None),
        (
            "Thứ Sáu\n02/01",
            "08h30",
            "Kiểm tra công tác bảo đảm trật tự an toàn giao thông dịp đầu năm",
            "PCT Phạm Thu Hà",
            "Công an huyện",
        ),
        (
            "Thứ Bảy\n03/01",
            "07h30",
            "Dự Lễ ra quân đầu xuân của lực lượng vũ trang huyện",
            "Chủ tịch UBND huyện",
            "Ban Chỉ huy Quân sự huyện",
        ),
    ]
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def sk5_docx(path: Path) -> None:
    """A provincial department's week calendar from 28/12/2033 to 03/01/2034 (.docx): day cells
    `Thứ Tư (28/12)` with the year printed only in the title; the January days are 2034's."""
    from docx import Document

    document = Document()
    document.add_paragraph("SỞ XÂY DỰNG TỈNH HÀ NAM SƠN")
    document.add_paragraph("LỊCH LÀM VIỆC TUẦN CỦA BAN GIÁM ĐỐC SỞ")
    document.add_paragraph("(Từ ngày 28/12/2033 đến ngày 03/01/2034)")
    _table(
        document,
        ("Ngày", "Giờ", "Nội dung", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị"),
        [
            ("Thứ Tư (28/12)", "08h00", "Giao ban công tác tháng 12 của Sở", "Giám đốc Sở", "Văn phòng Sở"),
            (
                "Thứ Sáu (30/12)",
                "14h00",
                "Nghiệm thu công trình nhà văn hóa tỉnh",
                "Phó Giám đốc Trần Minh",
                "Phòng Quản lý xây dựng",
            ),
            (
                "Thứ Hai (02/01)",
                "08h00",
                "Họp triển khai nhiệm vụ quy hoạch năm 2034",
                "Giám đốc Sở",
                "Phòng Quy hoạch - Kiến trúc",
            ),
            (
                "Thứ Ba (03/01)",
                "09h00",
                "Làm việc với Thanh tra Sở về kế hoạch thanh tra năm 2034",
                "Giám đốc Sở",
                "Thanh tra Sở",
            ),
        ],
    )
    document.save(path)
