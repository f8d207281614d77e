"""The main corpus's siblings of the held-out documents h444 and h434 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRD). rd1: a district Women's Union's plan of a
campaign month in numbered prose: numbered activity headings, each over dash lines `- Thời gian: …`,
`- Địa điểm: …` (or `- Thành phần: …`, `- Hình thức: …`) and `- Đơn vị thực hiện: X chủ trì, phối hợp
Y`; the setting lines are fields of the heading (no sub-task), and a board whose name ends in
`giáo` (`Ban Tuyên giáo …`, `Ban Dân tộc - Tôn giáo …`) leads as named (the accented `giáo` is no verb
`giao`). Its expected items (expected/rd1_…) were written by hand before its first import; rd2 (a
health centre's plan with its tasks in an appendix table and a closing request opened by a joined
round, `Định kỳ quý và năm, …`, and a standing unit named with `Y - Dược`) likewise.
`python tests/importing/corpus/make_docs.py --siblings-rd` writes rd1 and rd2 (.docx).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

_RD1_ACTIVITIES = [
    (
        "Phát động Tháng hành động vì bình đẳng giới gắn với Ngày hội Phụ nữ khỏe",
        ["- Thời gian: ngày 02/11/2027.", "- Địa điểm: Nhà Văn hóa huyện."],
        "- Đơn vị thực hiện: Ban Tuyên giáo Hội LHPN huyện chủ trì, phối hợp Văn phòng Hội LHPN huyện.",
    ),
    (
        "Tập huấn kỹ năng phòng, chống bạo lực gia đình cho chi hội trưởng",
        ["- Thời gian: từ ngày 08/11/2027 đến ngày 10/11/2027.", "- Thành phần: 60 chi hội trưởng các xã."],
        "- Đơn vị thực hiện: Ban Gia đình - Xã hội Hội LHPN huyện.",
    ),
    (
        'Tổ chức Hội thi "Phụ nữ vùng cao với pháp luật"',
        ["- Hình thức: thi sân khấu hóa, mỗi xã 01 đội.", "- Thời gian: ngày 18/11/2027."],
        "- Đơn vị thực hiện: Ban Dân tộc - Tôn giáo Hội LHPN huyện chủ trì, phối hợp Phòng Tư pháp huyện.",
    ),
    (
        "Thăm, tặng quà phụ nữ nghèo, neo đơn",
        ["- Thời gian: hoàn thành trước ngày 25/11/2027."],
        "- Đơn vị thực hiện: Ban Tuyên giáo Hội LHPN huyện chủ trì, phối hợp Hội Chữ thập đỏ huyện.",
    ),
]


def rd1_docx(path: Path) -> None:
    """A district Women's Union's plan: `II. CÁC HOẠT ĐỘNG` with four numbered activity headings over
    dash lines (time, place or participants or form, the units), then `III. TỔ CHỨC THỰC HIỆN`."""
    from docx import Document

    document = Document()
    for line in (
        "HỘI LHPN HUYỆN MƯỜNG KHƯƠNG",
        "Số: 38/KH-HPN",
        "Mường Khương, ngày 15 tháng 10 năm 2027",
        "KẾ HOẠCH",
        "Tổ chức Tháng hành động vì bình đẳng giới năm 2027",
        "Thực hiện hướng dẫn của Hội LHPN tỉnh, Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức của hội viên về bình đẳng giới, phòng, chống bạo lực gia đình.",
        "2. Các hoạt động thiết thực, phù hợp với điều kiện vùng cao.",
        "II. CÁC HOẠT ĐỘNG",
    ):
        document.add_paragraph(line)
    for number, (title, lines, units) in enumerate(_RD1_ACTIVITIES, start=1):
        document.add_paragraph(f"{number}. {title}")
        for line in lines:
            document.add_paragraph(line)
        document.add_paragraph(units)
    for line in (
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Hội LHPN huyện theo dõi, tổng hợp kết quả, báo cáo Hội LHPN tỉnh trước ngày "
        "05/12/2027.",
        "2. Hội LHPN các xã báo cáo kết quả thực hiện về Hội LHPN huyện trước ngày 30/11/2027.",
        "Trên đây là Kế hoạch tổ chức Tháng hành động vì bình đẳng giới năm 2027, đề nghị các cơ sở Hội "
        "triển khai thực hiện./.",
        "Nơi nhận:",
        "- Hội LHPN tỉnh;",
        "- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lò Thị Mai",
    ):
        document.add_paragraph(line)
    document.save(path)


_RD2_ROWS = [
    ("1", "Giám sát, phát hiện sớm ca bệnh", "", "", ""),
    (
        "1.1",
        "Giám sát ca bệnh sởi tại các trạm y tế xã",
        "Khoa Kiểm soát bệnh tật",
        "Các trạm y tế xã",
        "Hằng tuần",
    ),
    (
        "1.2",
        "Tiêm vắc xin sởi - rubella bổ sung cho trẻ 1-5 tuổi",
        "Khoa Kiểm soát bệnh tật",
        "UBND các xã",
        "Tháng 5/2027",
    ),
    ("2", "Điều trị và cung ứng", "", "", ""),
    (
        "2.1",
        "Bảo đảm thuốc, vật tư điều trị sởi",
        "Khoa Dược - Trang thiết bị - Vật tư y tế",
        "Phòng Kế hoạch",
        "Trước 15/4/2027",
    ),
    (
        "2.2",
        "Tập huấn điều trị sởi cho nhân viên y tế",
        "Phòng Kế hoạch - Nghiệp vụ",
        "Khoa Nhi",
        "Quý II/2027",
    ),
]


def rd2_docx(path: Path) -> None:
    """A district health centre's plan: its tasks in an appendix table after the signature; under
    `IV. TỔ CHỨC THỰC HIỆN` a standing unit named with a dash (`Khoa Y - Dược cổ truyền`), the
    stations' own plans, and a report asked by a joined round before its subject (`Định kỳ quý và
    năm, các khoa, trạm y tế báo cáo …`)."""
    from docx import Document

    document = Document()
    for line in (
        "SỞ Y TẾ TỈNH LAI CHÂU",
        "TRUNG TÂM Y TẾ HUYỆN PHONG THỔ",
        "Số: 96/KH-TTYT",
        "Phong Thổ, ngày 03 tháng 3 năm 2027",
        "KẾ HOẠCH",
        "Phòng, chống bệnh sởi năm 2027",
        "Căn cứ Kế hoạch số 51/KH-SYT ngày 10/02/2027 của Sở Y tế, Trung tâm Y tế huyện ban hành Kế hoạch "
        "như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Phát hiện sớm, xử lý triệt để ổ dịch sởi, không để dịch lan rộng.",
        "2. Tỷ lệ tiêm vắc xin sởi đạt trên 95%.",
        "II. NHIỆM VỤ",
        "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        "III. KINH PHÍ",
        "Từ nguồn kinh phí sự nghiệp y tế năm 2027 của Trung tâm.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Khoa Y - Dược cổ truyền là đơn vị thường trực, theo dõi việc thực hiện Kế hoạch, tổng hợp kết "
        "quả báo cáo Sở Y tế trước ngày 15/12/2027.",
        "2. Các trạm y tế xã xây dựng kế hoạch của trạm, gửi về Trung tâm trước ngày 20/3/2027.",
        "3. Định kỳ quý và năm, các khoa, trạm y tế báo cáo kết quả thực hiện về Trung tâm (qua Phòng Kế "
        "hoạch - Nghiệp vụ) trước ngày 05 của tháng cuối quý.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Trung tâm để được hướng dẫn./.",
    ):
        document.add_paragraph(line)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "Nơi nhận: - Sở Y tế (b/c); - Các khoa, trạm; - Lưu: VT, KHNV."
    signature.cell(0, 1).text = "GIÁM ĐỐC    Vàng A Sử"
    document.add_paragraph("")
    for line in (
        "PHỤ LỤC",
        "NHIỆM VỤ PHÒNG, CHỐNG BỆNH SỞI NĂM 2027",
        "(Kèm theo Kế hoạch số 96/KH-TTYT ngày 03/3/2027 của Trung tâm Y tế huyện)",
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(
        table.rows[0].cells,
        ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
        strict=True,
    ):
        cell.text = text
    for row in _RD2_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(path)


def siblings_rd() -> None:
    rd1_docx(DOCS / "rd1_kh_hoi_phu_nu_huyen_thang_hanh_dong_dia_diem.docx")
    rd2_docx(DOCS / "rd2_kh_ttyt_huyen_soi_phu_luc_dinh_ky_quy_nam.docx")
