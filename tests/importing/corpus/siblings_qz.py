"""The main corpus's siblings of h421 and h428 (own-authored, moved from the held-out set earlier),
written by helper h13fixQZ when the importer was taught their shapes:

- a table's note that sets the row's deadline or schedules its event in more than a few words
  (`Hoàn thành hồ sơ trong Quý III`, `Chậm nhất ngày 15/8/2027 trình UBND huyện công nhận`): the
  row's time, whatever the note's length; a note that only mentions a time (`Số liệu tính đến
  31/12/2026 …`, `Theo Quyết định số … ngày …`) is none. qz1: a district education division's
  indicator sheet (.xlsx); qz2: a provincial home affairs department's task table (.docx).
- a notice of conclusions whose last numbered point prints no day of its own, followed by every
  unit's dated report (`Các phòng … báo cáo kết quả … trước ngày …`): that report is an item of its
  own, and its day is not the last point's. qz3: a district People's Committee's notice (.docx).
- a plan's task table followed by `TỔ CHỨC THỰC HIỆN` whose unnumbered paragraph names the plan's
  standing body (`Phòng X, Y và Z là cơ quan thường trực, theo dõi, đôn đốc …`) with no time: an
  item led by that body, due none (corpus README, "Standing bodies"). qz4: a district plan with the
  table in its body (.docx); qz5: a ward plan signed above its appendix table (.docx).

Their expected items (expected/qz*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qz` writes all five.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

_QZ1_ROWS = [
    ("I", "GIÁO DỤC MẦM NON", "", "", "", "", ""),
    ("1", "Tỷ lệ trẻ mẫu giáo 5 tuổi ra lớp", "%", "99,2", "99,5", "Bộ phận Mầm non", ""),
    (
        "2",
        "Số trường mầm non đạt chuẩn quốc gia tăng thêm",
        "Trường",
        "2",
        "3",
        "Bộ phận Mầm non",
        "Chậm nhất ngày 15/8/2027 trình UBND huyện công nhận",
    ),
    ("II", "GIÁO DỤC PHỔ THÔNG", "", "", "", "", ""),
    (
        "3",
        "Tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học",
        "%",
        "98,7",
        "99,0",
        "Bộ phận Tiểu học",
        "Số liệu tính đến 31/12/2026 theo báo cáo thống kê của các trường",
    ),
    (
        "4",
        "Số trường tiểu học được kiểm định chất lượng giáo dục cấp độ 2",
        "Trường",
        "4",
        "6",
        "Bộ phận Tiểu học",
        "Hoàn thành tự đánh giá và hồ sơ kiểm định trong tháng 11/2027",
    ),
    (
        "5",
        "Tỷ lệ học sinh trung học cơ sở xếp loại học lực khá, giỏi",
        "%",
        "61,5",
        "63,0",
        "Bộ phận THCS",
        "",
    ),
    (
        "6",
        "Số phòng học bộ môn được đầu tư thiết bị",
        "Phòng",
        "12",
        "18",
        "Bộ phận Kế hoạch - Tài chính",
        "Theo Quyết định số 45/QĐ-UBND ngày 12/01/2027 của UBND huyện",
    ),
    (
        "7",
        "Số giáo viên đạt chuẩn trình độ đào tạo tăng thêm",
        "Người",
        "35",
        "40",
        "Bộ phận Tổ chức cán bộ",
        "",
    ),
]


def qz1_xlsx(path: Path) -> None:
    """A district education division's 2027 indicator sheet: no time column; a `Ghi chú` column
    whose notes are a long deadline (rows 2, 4) or a long remark with a date (rows 3, 6)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chi tieu GD 2027"
    sheet["A1"] = "UBND HUYỆN ĐỨC PHONG"
    sheet["A2"] = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    sheet["A3"] = "CHỈ TIÊU PHÁT TRIỂN GIÁO DỤC NĂM 2027"
    header = [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện 2026",
        "Kế hoạch 2027",
        "Bộ phận theo dõi",
        "Ghi chú",
    ]
    for column, label in enumerate(header, start=1):
        sheet.cell(row=5, column=column, value=label)
    for row, values in enumerate(_QZ1_ROWS, start=6):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value or None)
    last = 6 + len(_QZ1_ROWS) + 1
    sheet.cell(
        row=last,
        column=1,
        value="Các bộ phận báo cáo kết quả thực hiện chỉ tiêu về Phòng (qua Bộ phận Kế hoạch - Tài chính)"
        " trước ngày 20/12/2027.",
    )
    book.save(path)


_QZ2_ROWS = [
    (
        "1",
        "Xây dựng Đề án vị trí việc làm của các cơ quan hành chính cấp tỉnh giai đoạn 2027 - 2030",
        "Phòng Tổ chức, biên chế",
        "Các sở, ban, ngành",
        "Hoàn thành dự thảo, trình Giám đốc Sở trước ngày 20/6/2027",
    ),
    (
        "2",
        "Tổ chức Hội nghị tập huấn nghiệp vụ văn thư, lưu trữ cho các xã, phường",
        "Chi cục Văn thư - Lưu trữ",
        "Văn phòng Sở",
        "Dự kiến tổ chức vào tháng 9/2027 tại Hội trường Sở",
    ),
    (
        "3",
        "Thẩm định hồ sơ đề nghị khen thưởng cấp Nhà nước",
        "Ban Thi đua - Khen thưởng",
        "",
        "Số liệu báo cáo tính đến hết ngày 30/6/2027",
    ),
    (
        "4",
        "Kiểm tra công tác cải cách hành chính tại 10 cơ quan, đơn vị",
        "Phòng Cải cách hành chính",
        "",
        "Quý III",
    ),
    (
        "5",
        "Rà soát, sắp xếp các thôn, tổ dân phố chưa đủ tiêu chuẩn theo quy định",
        "Phòng Xây dựng chính quyền",
        "UBND các xã, phường",
        "",
    ),
]


def qz2_docx(path: Path) -> None:
    """A provincial home affairs department's task table for 2027: `Ghi chú` beside no time
    column, its notes a long deadline (row 1), a long schedule (row 2), a long remark (row 3), a
    short period (row 4), nothing (row 5)."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "UBND TỈNH HÀ NAM SƠN\nSỞ NỘI VỤ"
    heading.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    heading.cell(1, 0).text = "Số: 214/KH-SNV"
    heading.cell(1, 1).text = "Hà Nam Sơn, ngày 08 tháng 3 năm 2027"
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Triển khai nhiệm vụ trọng tâm năm 2027 của Sở Nội vụ")
    document.add_paragraph("Giám đốc Sở giao nhiệm vụ cho các phòng, đơn vị như sau:")
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"]
    table = document.add_table(rows=1 + len(_QZ2_ROWS), cols=len(header))
    table.style = "Table Grid"
    for column, label in enumerate(header):
        table.cell(0, column).text = label
    for row, values in enumerate(_QZ2_ROWS, start=1):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.add_paragraph("Nơi nhận:\n- Ban Giám đốc Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.")
    document.add_paragraph("GIÁM ĐỐC\n\nĐinh Văn Khải")
    document.save(path)


_QZ3_POINTS = [
    "2.1. Phòng Tài chính - Kế hoạch tham mưu UBND huyện phân bổ vốn đầu tư công năm 2027 cho các"
    " công trình chuyển tiếp, hoàn thành trước ngày 25/4/2027.",
    "2.2. Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã kiểm tra tình hình xuống"
    " giống vụ Hè Thu, báo cáo UBND huyện vào thứ Sáu hằng tuần.",
    "2.3. Văn phòng HĐND và UBND huyện chuẩn bị nội dung phiên họp UBND huyện tháng 5/2027, dự kiến"
    " tổ chức ngày 06/5/2027.",
    "2.4. Phòng Văn hóa, Khoa học và Thông tin tổ chức tuyên truyền kỷ niệm Ngày Chiến thắng 30/4,"
    " hoàn thành trước ngày 28/4/2027.",
    "2.5. Phòng Nội vụ rà soát, đề xuất phương án bố trí công chức chuyên môn cho các xã còn thiếu"
    " theo vị trí việc làm.",
]


def qz3_docx(path: Path) -> None:
    """A district People's Committee's notice of the chair's conclusions at the April meeting: five
    points 2.1–2.5, the last one printing no time, then every unit's dated report (an item of its
    own, no lead) and the closing formula."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC PHONG"
    heading.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    heading.cell(1, 0).text = "Số: 61/TB-UBND"
    heading.cell(1, 1).text = "Đức Phong, ngày 16 tháng 4 năm 2027"
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Chủ tịch UBND huyện tại phiên họp UBND huyện tháng 4 năm 2027")
    document.add_paragraph(
        "Ngày 14/4/2027, Chủ tịch UBND huyện chủ trì phiên họp UBND huyện thường kỳ tháng 4/2027. Sau"
        " khi nghe các phòng báo cáo, Chủ tịch UBND huyện kết luận như sau:"
    )
    document.add_paragraph("1. Đánh giá chung")
    document.add_paragraph(
        "Trong quý I/2027, tình hình kinh tế - xã hội của huyện tiếp tục ổn định; thu ngân sách đạt"
        " 28% dự toán. Tuy nhiên, giải ngân vốn đầu tư công còn chậm."
    )
    document.add_paragraph("2. Nhiệm vụ trọng tâm thời gian tới")
    for point in _QZ3_POINTS:
        document.add_paragraph(point)
    document.add_paragraph(
        "Các phòng, ban chuyên môn báo cáo kết quả thực hiện các nhiệm vụ trên về Văn phòng HĐND và"
        " UBND huyện trước ngày 05/5/2027 để tổng hợp."
    )
    document.add_paragraph("Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    document.add_paragraph("Nơi nhận:\n- TT Huyện ủy, TT HĐND huyện;\n- Các phòng, ban;\n- Lưu: VT.")
    document.add_paragraph("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLò Thị Ngân")
    document.save(path)


_QZ4_ROWS = [
    (
        "1",
        "Khảo sát, lập danh mục các tuyến đường giao thông nông thôn cần sửa chữa",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Tháng 5/2027",
    ),
    (
        "2",
        "Bố trí kinh phí sửa chữa từ nguồn sự nghiệp giao thông",
        "Phòng Tài chính - Kế hoạch",
        "Quý II/2027",
    ),
    ("3", "Vận động Nhân dân hiến đất mở rộng đường ngõ xóm", "UBND các xã", "Trước ngày 30/9/2027"),
    (
        "4",
        "Nghiệm thu, bàn giao các tuyến đường đã sửa chữa",
        "Ban Quản lý dự án đầu tư xây dựng huyện",
        "Tháng 12/2027",
    ),
]


def qz4_docx(path: Path) -> None:
    """A district plan with its task table in the body, then `III. TỔ CHỨC THỰC HIỆN` of two
    unnumbered paragraphs: every unit's general charge (no item) and the standing body's follow-up
    with no time (an item, due none)."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC PHONG"
    heading.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    heading.cell(1, 0).text = "Số: 97/KH-UBND"
    heading.cell(1, 1).text = "Đức Phong, ngày 22 tháng 4 năm 2027"
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Sửa chữa, nâng cấp đường giao thông nông thôn năm 2027")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Bảo đảm đi lại an toàn, thuận lợi cho Nhân dân; huy động nguồn lực xã hội hóa.")
    document.add_paragraph("II. NHIỆM VỤ CỤ THỂ")
    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    table = document.add_table(rows=1 + len(_QZ4_ROWS), cols=len(header))
    table.style = "Table Grid"
    for column, label in enumerate(header):
        table.cell(0, column).text = label
    for row, values in enumerate(_QZ4_ROWS, start=1):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "Các cơ quan, đơn vị được giao nhiệm vụ chủ động phối hợp triển khai thực hiện Kế hoạch này."
    )
    document.add_paragraph(
        "Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực, theo dõi, đôn đốc các đơn vị thực hiện"
        " Kế hoạch này, kịp thời báo cáo UBND huyện những khó khăn, vướng mắc."
    )
    document.add_paragraph("Nơi nhận:\n- TT Huyện ủy, TT HĐND huyện;\n- Các cơ quan, đơn vị;\n- Lưu: VT.")
    document.add_paragraph("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVi Văn Thành")
    document.save(path)


_QZ5_ROWS = [
    (
        "1",
        "Rà soát, cập nhật danh sách người cao tuổi trên địa bàn phường",
        "Công chức Văn hóa - Xã hội",
        "",
        "Tháng 7/2027",
    ),
    (
        "2",
        "Tổ chức khám sức khỏe cho người cao tuổi từ 80 tuổi trở lên",
        "Trạm Y tế phường",
        "Hội Người cao tuổi phường",
        "Quý III/2027",
    ),
    (
        "3",
        "Tặng quà người cao tuổi nhân Ngày Quốc tế Người cao tuổi",
        "Hội Người cao tuổi phường",
        "Ủy ban MTTQ Việt Nam phường",
        "Trước ngày 01/10/2027",
    ),
]


def qz5_docx(path: Path) -> None:
    """A ward plan signed above its appendix: `II. TỔ CHỨC THỰC HIỆN` of an unnumbered general
    charge (no item) and the standing body's duty with no time (an item, due none), then `Nơi
    nhận`, the signature and `Phụ lục` with the task table."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nPHƯỜNG AN THẠNH"
    heading.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    heading.cell(1, 0).text = "Số: 45/KH-UBND"
    heading.cell(1, 1).text = "An Thạnh, ngày 10 tháng 6 năm 2027"
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Chăm sóc và phát huy vai trò người cao tuổi năm 2027")
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Chăm lo đời sống vật chất, tinh thần của người cao tuổi trên địa bàn phường.")
    document.add_paragraph("(Nhiệm vụ cụ thể tại Phụ lục kèm theo)")
    document.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "Các ban, ngành, đoàn thể phường căn cứ nhiệm vụ được phân công chủ động thực hiện."
    )
    document.add_paragraph(
        "Hội Người cao tuổi phường là đơn vị thường trực, giúp UBND phường theo dõi, đôn đốc việc thực"
        " hiện Kế hoạch."
    )
    document.add_paragraph("Nơi nhận:\n- Đảng ủy phường;\n- Các ban, ngành, đoàn thể;\n- Lưu: VT.")
    document.add_paragraph("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNgô Thị Bích")
    document.add_paragraph("Phụ lục")
    document.add_paragraph("PHÂN CÔNG NHIỆM VỤ (Kèm theo Kế hoạch số 45/KH-UBND ngày 10/6/2027)")
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    table = document.add_table(rows=1 + len(_QZ5_ROWS), cols=len(header))
    table.style = "Table Grid"
    for column, label in enumerate(header):
        table.cell(0, column).text = label
    for row, values in enumerate(_QZ5_ROWS, start=1):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.save(path)


def siblings_qz() -> None:
    DOCS.mkdir(exist_ok=True)
    qz1_xlsx(DOCS / "qz1_chi_tieu_phong_gddt_ghi_chu_thoi_han.xlsx")
    qz2_docx(DOCS / "qz2_kh_so_noi_vu_ghi_chu_thoi_han.docx")
    qz3_docx(DOCS / "qz3_tb_kl_ubnd_huyen_bao_cao_sau_diem_cuoi.docx")
    qz4_docx(DOCS / "qz4_kh_huyen_co_quan_thuong_truc_sau_bang.docx")
    qz5_docx(DOCS / "qz5_kh_phuong_don_vi_thuong_truc_truoc_phu_luc.docx")
