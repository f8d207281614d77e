"""The main corpus's siblings of the held-out documents h330 and h317 (helper h13fixNE): ne2, a
provincial department's task slips as a .docx of one label-and-value table per slip, where a time is
counted from the slip's own `Ngày giao nhiệm vụ` and an extended time notes the original one; ne4,
a .docx of a district inspectorate's briefing minutes whose meeting time reads `Vào hồi …`, whose
first conclusion approves an extension (no task) and whose offices' names list their fields. ne1
(HTML) and ne3 (text) are written by hand. Their expected items (expected/ne1_…–ne4_…) were written
by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-ne` writes
ne2 and ne4.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

NE2_SLIPS = (
    (
        "PGNV-35",
        "01/11/2027",
        "Xây dựng dự thảo Kế hoạch kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Mậu Thân 2028.",
        "Chi cục An toàn vệ sinh thực phẩm",
        "15 ngày kể từ ngày giao nhiệm vụ",
    ),
    (
        "PGNV-36",
        "04/11/2027",
        "Báo cáo tình hình tiêm chủng mở rộng 10 tháng năm 2027 và đề xuất giải pháp tăng tỷ lệ tiêm đủ mũi.",
        "Trung tâm Kiểm soát bệnh tật tỉnh",
        "05 ngày làm việc kể từ ngày giao nhiệm vụ",
    ),
    (
        "PGNV-37",
        "04/11/2027",
        "Rà soát nhu cầu trang thiết bị y tế của các trạm y tế xã vùng sâu năm 2028.",
        "Phòng Kế hoạch - Tài chính",
        "30/11/2027 (đã được gia hạn; thời hạn ban đầu: 15/11/2027)",
    ),
    (
        "PGNV-38",
        "05/11/2027",
        "Tổ chức đoàn kiểm tra công tác khám bệnh, chữa bệnh bảo hiểm y tế tại Bệnh viện Đa khoa khu vực phía Bắc.",
        "Phòng Nghiệp vụ Y",
        "Trong tháng 12/2027",
    ),
)


def ne2_docx(path: Path) -> None:
    """The department's task slips: a heading, then a title and one two-column table per slip."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=2, cols=2)
    for row, (left, right) in zip(
        heading.rows,
        (
            ("UBND TỈNH BẮC HOÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("SỞ Y TẾ", "Độc lập - Tự do - Hạnh phúc"),
        ),
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = left, right
    document.add_paragraph("DANH SÁCH PHIẾU GIAO NHIỆM VỤ CỦA GIÁM ĐỐC SỞ")
    document.add_paragraph(
        "(Xuất từ Hệ thống điều hành tác nghiệp ngày 05/11/2027; trạng thái: đang thực hiện; 04 phiếu)"
    )
    for number, given, content, lead, time in NE2_SLIPS:
        document.add_paragraph(f"Phiếu giao nhiệm vụ số {number}")
        table = document.add_table(rows=6, cols=2)
        rows = (
            ("Ngày giao nhiệm vụ:", given),
            ("Người giao:", "Giám đốc Sở Y tế Lương Thế Vinh"),
            ("Nhiệm vụ:", content),
            ("Đơn vị chủ trì:", lead),
            ("Thời hạn hoàn thành:", time),
            ("Tình trạng:", "Đang thực hiện"),
        )
        for row, (label, value) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Ghi chú: thời hạn tính theo ngày làm việc được trừ thứ Bảy, Chủ nhật và ngày lễ.")
    document.save(path)


NE4_PARAGRAPHS = (
    "BIÊN BẢN HỌP",
    "Giao ban công tác thanh tra quý III năm 2027",
    "I. THỜI GIAN, ĐỊA ĐIỂM",
    "Vào hồi 08 giờ 30 phút, thứ Hai, ngày 04/10/2027, tại Phòng họp Thanh tra huyện.",
    "II. THÀNH PHẦN",
    "Chủ trì: ông Nông Văn Thắng, Chánh Thanh tra huyện. Thư ký: bà Lò Thị Hiền, thanh tra viên.",
    "Dự họp: Phó Chánh Thanh tra huyện; các thanh tra viên; đại diện Ban Tiếp công dân huyện.",
    "III. NỘI DUNG",
    "1. Bộ phận Tổng hợp báo cáo kết quả quý III/2027: kết thúc 03 cuộc thanh tra, kiến nghị thu hồi 420 triệu đồng; tiếp 31 lượt công dân.",
    "2. Ý kiến thảo luận: các thanh tra viên đề nghị kéo dài thời hạn thanh tra tại Trường THCS Nà Phặc do chưa đủ hồ sơ quyết toán.",
    "IV. KẾT LUẬN CỦA CHÁNH THANH TRA HUYỆN",
    "1. Chấp thuận gia hạn thời hạn thanh tra tại Trường THCS Nà Phặc thêm 10 ngày làm việc (đến ngày 15/10/2027).",
    "2. Đội Thanh tra, kiểm tra và giải quyết khiếu nại: xây dựng dự thảo Kết luận thanh tra việc quản lý thu chi tại UBND xã Bằng Vân, trình Chánh Thanh tra trước ngày 22/10/2027.",
    "3. Bộ phận Tiếp công dân, xử lý đơn thư: phân loại 17 đơn tồn đọng, đề xuất hướng xử lý trong 10 ngày kể từ ngày họp.",
    "4. Bộ phận Tổng hợp: xây dựng dự thảo Kế hoạch thanh tra năm 2028, trình UBND huyện trong tháng 11/2027.",
    "Cuộc họp kết thúc vào hồi 10 giờ 45 phút cùng ngày.",
    "THƯ KÝ — Lò Thị Hiền          CHỦ TRÌ — CHÁNH THANH TRA — Nông Văn Thắng",
)


def ne4_docx(path: Path) -> None:
    """The inspectorate's minutes: a two-column heading table, then paragraphs."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=3, cols=2)
    heading = (
        ("UBND HUYỆN NGÂN SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("THANH TRA HUYỆN", "Độc lập - Tự do - Hạnh phúc"),
        ("", "Ngân Sơn, ngày 04 tháng 10 năm 2027"),
    )
    for row, (left, right) in zip(table.rows, heading, strict=True):
        row.cells[0].text, row.cells[1].text = left, right
    for text in NE4_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


def siblings_ne() -> None:
    DOCS.mkdir(exist_ok=True)
    ne2_docx(DOCS / "ne2_phieu_giao_nhiem_vu_so_y_te_ke_tu_ngay_giao.docx")
    ne4_docx(DOCS / "ne4_bb_giao_ban_thanh_tra_huyen_chap_thuan_gia_han.docx")
