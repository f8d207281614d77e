"""The main corpus's siblings of the held-out documents h406, h411, h565 and h313 (moved to the main
corpus when the importer was taught their times, by h13fixTK on 2026-12-06): a plan's time column that
writes a month with a dot before its year (`05.2027`) beside a money column of dotted figures, a time
cell opened by a bullet dash (`-Trước 15/11`, `- 30/9`), a count of sessions a week (`03 buổi/tuần`:
recurring), and a directive's duty bound to a measure crossing a figure (`khi mực nước sông … vượt
4,2 m`: a condition, for a person to set). Their expected items (expected/tk1_…, tk2_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-tk` writes
tk1, tk2 and tk4 (tk3, a Markdown month plan, is written by hand in docs/); tk3 and tk4 end with a
report request to the staff of every village or commune (`Nhân viên thú y các thôn, làng báo cáo …`:
those units asked, an item with no scored lead).
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

TK1_ROWS = (
    (
        "1",
        "Tập huấn kỹ thuật thâm canh lúa vụ Đông Xuân cho nông dân các xã",
        "Tổ Trồng trọt",
        "02.2027",
        "15.5",
    ),
    (
        "2",
        "Tiếp nhận, giải đáp kỹ thuật sản xuất cho nông dân tại trụ sở Trung tâm",
        "Tổ Khuyến nông",
        "03 buổi/tuần",
        "4.8",
    ),
    ("3", "Xây dựng mô hình nuôi cá lồng trên hồ Đồng Mô", "Tổ Thủy sản", "- 30/9", "120.4"),
    (
        "4",
        "Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò đợt 2",
        "Tổ Chăn nuôi - Thú y",
        "10.2027",
        "30.6",
    ),
    ("5", "Tổ chức Hội chợ nông sản an toàn huyện Đức An", "Tổ Khuyến nông", "-Trước 15/11", "1.250"),
    (
        "6",
        "Tổng kết công tác năm 2027, xây dựng kế hoạch năm 2028",
        "Bộ phận Hành chính - Tổng hợp",
        "Tháng 12.2027",
        "8.2",
    ),
)


def tk1_docx(path: Path) -> None:
    """A district agricultural service centre's 2027 work plan (.docx): a task table whose time column
    writes months with dots (`02.2027`, `10.2027`) and bullet dashes (`- 30/9`, `-Trước 15/11`), a
    weekly count of sessions, and a money column of dotted figures that read like dates (no dues)."""
    from docx import Document

    document = Document()
    for text in (
        "UBND HUYỆN ĐỨC AN",
        "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP",
        "Số: 07/KH-TTDVNN",
        "KẾ HOẠCH",
        "Công tác năm 2027",
        "Căn cứ nhiệm vụ được UBND huyện giao, Trung tâm Dịch vụ nông nghiệp xây dựng kế hoạch công tác "
        "năm 2027 như sau:",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(
        table.rows[0].cells,
        ("TT", "Nội dung công việc", "Bộ phận thực hiện", "Thời gian", "Kinh phí (triệu đồng)"),
        strict=True,
    ):
        cell.text = text
    for row in TK1_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for text in (
        "Các tổ, bộ phận báo cáo kết quả thực hiện về Bộ phận Hành chính - Tổng hợp trước ngày 25 "
        "hằng tháng.",
        "Nơi nhận:",
        "- UBND huyện (b/c);",
        "- Lưu: VT.",
        "GIÁM ĐỐC",
        "Lương Văn Thịnh",
    ):
        document.add_paragraph(text)
    document.save(path)


TK2_LINES = (
    "ỦY BAN NHÂN DÂN",
    "XÃ HỢP THỊNH",
    "Số: 05/CT-UBND",
    "",
    "CHỈ THỊ",
    "Về công tác phòng, chống thiên tai mùa mưa lũ năm 2027",
    "",
    "Để chủ động ứng phó với mưa lũ năm 2027, Chủ tịch Ủy ban nhân dân xã yêu cầu:",
    "",
    "1. Ban Chỉ huy Quân sự xã: tổ chức sơ tán các hộ dân vùng trũng ven sông Đáy khi mực nước sông "
    "vượt 4,2 m; bố trí lực lượng trực tại các điểm xung yếu.",
    "2. Trạm Y tế xã: chuẩn bị đủ cơ số thuốc, hóa chất khử khuẩn, xong trước ngày 30/6/2027.",
    "3. Công an xã: phân luồng, cấm người và phương tiện qua các ngầm tràn khi nước lên; kiểm tra các "
    "điểm ngầm tràn trước ngày 15/6/2027.",
    "4. Văn phòng HĐND và UBND xã: tổng hợp tình hình thiệt hại, báo cáo Chủ tịch UBND xã vào thứ Hai "
    "hằng tuần.",
    "",
    "Nơi nhận:",
    "- UBND huyện (b/c);",
    "- Lưu: VT.",
    "CHỦ TỊCH",
    "Đào Văn Hưng",
)
TK2_TEXT = "\n".join(TK2_LINES) + "\n"


def tk2_txt(path: Path) -> None:
    """A commune chairman's directive on the flood season of 2027 (plain text, UTF-8): parts addressed
    per body with a colon, one duty bound to a water level crossing a figure (a condition)."""
    path.write_text(TK2_TEXT, encoding="utf-8")


TK4_ROWS = (
    ("1", "Tiêm phòng dại cho đàn chó, mèo tại các thôn vùng giáp ranh", "Trạm trưởng", "-Từ 05/4 đến 20/4"),
    (
        "2",
        "Giám sát dịch bệnh trên đàn gia cầm tại chợ Phố Ràng",
        "Bác sĩ thú y Nông Văn Dũng",
        "02 lần/tuần",
    ),
    ("3", "Lập hồ sơ đề nghị cấp kinh phí hỗ trợ tiêu độc khử trùng", "Kế toán Lý Thị Mến", "04.2029"),
)


def tk4_docx(path: Path) -> None:
    """A district veterinary station's April 2029 plan (.docx): a task table led by posts and staff
    with their names, and under it a monthly report request to the veterinary staff of every village
    (`Nhân viên thú y các thôn, làng báo cáo … trước ngày 26 hằng tháng`: an item of every village),
    then an undated charge to the same staff (no item)."""
    from docx import Document

    document = Document()
    for text in (
        "CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH LÀO CAI",
        "TRẠM CHĂN NUÔI VÀ THÚ Y HUYỆN BẢO YÊN",
        "KẾ HOẠCH",
        "Công tác tháng 4 năm 2029",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ("TT", "Nội dung", "Người thực hiện", "Thời gian"), strict=True
    ):
        cell.text = text
    for row in TK4_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for text in (
        "Nhân viên thú y các thôn, làng báo cáo tình hình dịch bệnh gia súc, gia cầm về Trạm trước ngày 26 "
        "hằng tháng.",
        "Nhân viên thú y các thôn, làng tích cực tuyên truyền người chăn nuôi tiêm phòng đầy đủ.",
        "TRẠM TRƯỞNG",
        "Hoàng Văn Chiến",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_tk() -> None:
    tk1_docx(DOCS / "tk1_kh_trung_tam_dv_nong_nghiep_thang_cham.docx")
    tk2_txt(DOCS / "tk2_ct_ubnd_xa_mua_lu_nguong_muc_nuoc.txt")
    tk4_docx(DOCS / "tk4_kh_thang_tram_thu_y_nhan_vien_cac_thon.docx")
