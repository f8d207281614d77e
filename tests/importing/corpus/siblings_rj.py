"""The main corpus's siblings of the held-out document h461 (moved to the main corpus when the
importer was taught its shapes, helper h13fixRJ). rj1: a district office's yearly plan (.docx) whose
numbered tasks are each followed by labelled dash lines (`- Đơn vị chủ trì: …`, `- Đơn vị phối hợp:
…`, `- Thời gian: …`), one time giving a start and a completion (`Bắt đầu tháng 3/2028, hoàn thành
tháng 8/2028`: the completion is the due); under `III. TỔ CHỨC THỰC HIỆN` the standing body's duty
(`<unit> là đơn vị thường trực, …`: led by it) and the units' report in rounds whose days are printed
in parentheses (`định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 05/12)`: recurring).
rj2: a provincial centre's plan (.docx) of the same shape with other bodies and dates (`Triển khai
từ quý I/2028, hoàn thành quý III/2028`: the completion). Their expected items (expected/rj*_…) were
written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rj` writes both.
"""

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


def _task(document, text: str, lead: str, partner: str, time: str) -> None:
    for line in (
        text,
        f"- Đơn vị chủ trì: {lead}.",
        f"- Đơn vị phối hợp: {partner}.",
        f"- Thời gian: {time}.",
    ):
        document.add_paragraph(line)


def rj1_docx(h, path: Path) -> None:
    """A district People's Committee's plan for rural clean water (15/01/2028): aims, four numbered
    tasks with labelled dash lines, an organising section of three points."""
    document = _document()
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG BÔNG", "Số: 18/KH-UBND"],
        "Krông Bông, ngày 15 tháng 01 năm 2028",
    )
    for text in (
        "KẾ HOẠCH",
        "Cấp nước sạch nông thôn trên địa bàn huyện năm 2028",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng tỷ lệ hộ dân nông thôn dùng nước hợp vệ sinh lên 92%.",
        "2. Huy động nguồn lực xã hội hóa đầu tư công trình cấp nước.",
        "II. NHIỆM VỤ CỤ THỂ",
    ):
        document.add_paragraph(text)
    _task(
        document,
        "1. Cải tạo, nâng cấp công trình cấp nước tập trung buôn Ea Rớt, công suất 300 m3/ngày đêm.",
        "Phòng Nông nghiệp và Môi trường",
        "UBND xã Cư Pui",
        "Bắt đầu tháng 3/2028, hoàn thành tháng 8/2028",
    )
    _task(
        document,
        "2. Khảo sát chất lượng nước giếng khoan tại 12 thôn, buôn vùng khô hạn.",
        "Trung tâm Dịch vụ nông nghiệp",
        "Trạm Y tế các xã",
        "Quý II/2028",
    )
    _task(
        document,
        "3. Tuyên truyền người dân sử dụng nước tiết kiệm, bảo vệ nguồn nước sinh hoạt.",
        "Phòng Văn hóa và Thông tin",
        "Đài Truyền thanh huyện",
        "Thường xuyên",
    )
    _task(
        document,
        "4. Lắp đặt 150 bồn chứa nước cho hộ nghèo tại các xã đặc biệt khó khăn.",
        "Phòng Dân tộc",
        "Hội Chữ thập đỏ huyện",
        "Hoàn thành trước ngày 30/10/2028",
    )
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Nông nghiệp và Môi trường là đơn vị thường trực, giúp UBND huyện theo dõi, đôn đốc "
        "các cơ quan thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND huyện định kỳ 6 tháng, năm.",
        "2. Các phòng, ban, UBND các xã căn cứ nhiệm vụ được giao tổ chức thực hiện; gửi báo cáo về UBND "
        "huyện (qua Phòng Nông nghiệp và Môi trường) định kỳ 6 tháng (trước ngày 10/6) và năm (trước "
        "ngày 05/12).",
        "3. Đề nghị Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia giữ gìn vệ sinh nguồn nước.",
        "Trên đây là Kế hoạch cấp nước sạch nông thôn năm 2028 của UBND huyện Krông Bông./.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Y Thông Niê",
    ):
        document.add_paragraph(text)
    document.save(path)


def rj2_docx(h, path: Path) -> None:
    """A provincial trade promotion centre's plan for an agricultural fair (20/12/2027): three
    numbered tasks with labelled dash lines, an organising section of two points."""
    document = _document()
    h.national_header(
        document,
        ["SỞ CÔNG THƯƠNG TỈNH HÀ GIANG", "TRUNG TÂM XÚC TIẾN THƯƠNG MẠI", "Số: 240/KH-TTXT"],
        "Hà Giang, ngày 20 tháng 12 năm 2027",
    )
    for text in (
        "KẾ HOẠCH",
        "Xúc tiến tiêu thụ nông sản đặc trưng năm 2028",
        "I. MỤC TIÊU",
        "Đưa sản phẩm cam sành, chè Shan và mật ong bạc hà vào hệ thống phân phối lớn.",
        "II. NHIỆM VỤ",
    ):
        document.add_paragraph(text)
    _task(
        document,
        "1. Xây dựng gian hàng nông sản trên sàn thương mại điện tử của tỉnh.",
        "Phòng Thông tin thị trường",
        "Các hợp tác xã sản xuất",
        "Triển khai từ quý I/2028, hoàn thành quý III/2028",
    )
    _task(
        document,
        "2. Tổ chức Hội chợ cam sành và nông sản an toàn lần thứ V.",
        "Phòng Hội chợ - Triển lãm",
        "UBND huyện Bắc Quang",
        "Tháng 11/2028",
    )
    _task(
        document,
        "3. Biên soạn ấn phẩm giới thiệu sản phẩm OCOP của tỉnh bằng tiếng Anh, tiếng Trung.",
        "Phòng Hành chính - Tổng hợp",
        "Phòng Thông tin thị trường",
        "Hoàn thành trước ngày 15/6/2028",
    )
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Hành chính - Tổng hợp là bộ phận thường trực, tham mưu Giám đốc Trung tâm theo dõi, "
        "đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Sở Công Thương định kỳ hằng quý.",
        "2. Các phòng chuyên môn chủ động triển khai nhiệm vụ được giao; báo cáo kết quả định kỳ 6 tháng "
        "(trước ngày 18/6) và năm (trước ngày 18/11).",
        "Nơi nhận:",
        "- Sở Công Thương (b/c);",
        "- Lưu: VT, HCTH.",
        "GIÁM ĐỐC",
        "Vàng Thị Mai",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_rj() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rj1_docx(h, DOCS / "rj1_kh_huyen_nuoc_sach_muc_nhan.docx")
    rj2_docx(h, DOCS / "rj2_kh_trung_tam_xuc_tien_muc_nhan.docx")
