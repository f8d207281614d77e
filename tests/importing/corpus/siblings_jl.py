"""The main corpus's sibling of the held-out document h175 (helper h13fixJL; h179's siblings jl2, jl3 are
XML and h176's jl4 HTML, written by hand): the same shape with other bodies, units, tasks, dates and
surface details. Its expected items (expected/jl1_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-jl` writes jl1 (.pptx) with python-pptx.
"""

# ruff: noqa: E501 — document text is data: long lines.
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

FOOTER = "Sở VHTTDL tỉnh Lam Giang – Giao ban tháng 8/2028 – Trang {n}"


def jl1_pptx(path: Path) -> None:
    """A provincial culture and tourism department's monthly briefing deck: the layouts' title and body
    placeholders (bullets drawn by the layout, not typed), a slide table of tasks, a body of `<unit>:
    <task>` assignments, a requests slide, speaker notes with a task-like sentence, a footer text box on
    every slide."""
    from pptx import Presentation
    from pptx.util import Cm, Pt

    deck = Presentation()
    deck.slide_width, deck.slide_height = Cm(33.867), Cm(19.05)
    title_slide, title_and_body, title_only = (
        deck.slide_layouts[0],
        deck.slide_layouts[1],
        deck.slide_layouts[5],
    )

    def footer(slide, n: int) -> None:
        box = slide.shapes.add_textbox(Cm(1.5), Cm(17.6), Cm(30), Cm(1))
        box.text_frame.text = FOOTER.format(n=n)
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(10)

    def body_slide(title: str, lines: list[tuple[str, int]], n: int, notes: str = ""):
        slide = deck.slides.add_slide(title_and_body)
        slide.shapes.title.text = title
        frame = slide.placeholders[1].text_frame
        for index, (text, level) in enumerate(lines):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.text = text
            paragraph.level = level
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
        footer(slide, n)
        return slide

    slide = deck.slides.add_slide(title_slide)
    slide.shapes.title.text = "HỌP GIAO BAN THÁNG 8/2028"
    slide.placeholders[1].text = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LAM GIANG\nLam Giang, ngày 04/9/2028"
    footer(slide, 1)

    body_slide(
        "TÌNH HÌNH THÁNG 8/2028",
        [
            ("Đón 412.000 lượt khách du lịch, tăng 8,6% so với cùng kỳ", 0),
            ("Tổ chức thành công Lễ hội Văn hóa các dân tộc vùng cao lần thứ III", 0),
            ("Đoàn thể thao tỉnh giành 05 huy chương tại Giải vô địch quốc gia", 0),
            ("Môn vật: 02 huy chương vàng", 1),
        ],
        2,
    )

    slide = deck.slides.add_slide(title_only)
    slide.shapes.title.text = "CÔNG VIỆC TRỌNG TÂM THÁNG 9/2028"
    rows = [
        ("STT", "Nội dung công việc", "Đơn vị thực hiện", "Hạn hoàn thành"),
        (
            "1",
            "Hoàn thiện hồ sơ trình công nhận Lễ hội Đền Thượng là di sản văn hóa phi vật thể quốc gia",
            "Phòng Quản lý di sản",
            "15/9/2028",
        ),
        (
            "2",
            "Tổ chức Tuần lễ ẩm thực và sản phẩm OCOP gắn với du lịch cộng đồng",
            "Trung tâm Thông tin xúc tiến du lịch",
            "Trước 30/9/2028",
        ),
        (
            "3",
            "Thanh tra việc chấp hành quy định về kinh doanh dịch vụ lưu trú tại khu du lịch hồ Thác Mơ",
            "Thanh tra Sở",
            "Tháng 10/2028",
        ),
        (
            "4",
            "Chuẩn bị lực lượng vận động viên tham dự Đại hội Thể dục thể thao toàn quốc",
            "Trung tâm Huấn luyện và Thi đấu thể thao",
            "Quý IV/2028",
        ),
    ]
    shape = slide.shapes.add_table(len(rows), 4, Cm(1.5), Cm(4), Cm(30.8), Cm(11))
    table = shape.table
    for width, column in zip((Cm(2), Cm(15.8), Cm(8), Cm(5)), table.columns, strict=True):
        column.width = width
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = value
            cell.text_frame.paragraphs[0].runs[0].font.size = Pt(14 if r else 15)
    slide.notes_slide.notes_text_frame.text = (
        "Ghi chú người trình bày: nhắc Phòng Quản lý di sản gửi dự thảo hồ sơ cho các sở góp ý trước 10/9/2028; "
        "nêu lý do lùi hạn nhiệm vụ 3."
    )
    footer(slide, 3)

    body_slide(
        "GIAO NHIỆM VỤ BỔ SUNG",
        [
            (
                "Phòng Quản lý du lịch: kiểm tra điều kiện an toàn của các điểm du lịch mạo hiểm, xong trước 20/9/2028",
                0,
            ),
            (
                "Trung tâm Văn hóa - Điện ảnh tỉnh: xây dựng chương trình nghệ thuật phục vụ các xã biên giới, hoàn thành trong tháng 10/2028",
                0,
            ),
            ("Thư viện tỉnh: thống kê lượt bạn đọc sử dụng thư viện số, báo cáo định kỳ hằng quý", 0),
        ],
        4,
        notes="Nhấn mạnh: các đơn vị báo cáo tiến độ tại cuộc họp giao ban tháng 9/2028.",
    )
    body_slide(
        "ĐỀ XUẤT VỚI UBND TỈNH",
        [
            ("Bố trí kinh phí tu bổ khẩn cấp di tích Thành cổ Lam Giang", 0),
            ("Cho chủ trương xây dựng Nhà thi đấu đa năng tỉnh giai đoạn 2029 - 2030", 0),
        ],
        5,
    )
    slide = deck.slides.add_slide(title_only)
    slide.shapes.title.text = "TRÂN TRỌNG CẢM ƠN!"
    footer(slide, 6)
    deck.save(str(path))


def siblings_jl() -> None:
    jl1_pptx(DOCS / "jl1_giao_ban_thang_so_vhttdl_trinh_chieu.pptx")
