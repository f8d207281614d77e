"""The main corpus's siblings of the held-out document h404 (moved to the main corpus when the
importer was taught its shape, helper h13fixQT): a notice of conclusions that reports the chair's
directions as **quoted speech** — `Về <topic>, <the chair> chỉ đạo: “<body> … <time>.”` — the body
named inside the quotation marks leads, or the body the framing words address (`… giao <body>: “…”`,
`… yêu cầu <body>: “…”`); quoted words that only exhort are no items, and a task printed after such a
quote in the same paragraph is one. qt1: a commune People's Committee's notice of the chairman's
conclusions at the monthly briefing (.docx, curly quotes). qt2: a provincial hospital's notice of the
director's conclusions at the weekly briefing (.pdf from Word, straight quotes, a quote and a task on
one line). qt3 (by hand, docs/qt3_….txt): a secondary school's notice of the principal's conclusions
as a typed text, some directions after `… nhấn mạnh:` / `… lưu ý:` without quotation marks. Their
expected items (expected/qt*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qt` writes qt1 (.docx) and qt2 (.pdf).
"""

import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

QT1 = [
    "THÔNG BÁO",
    "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp giao ban tháng 5 năm 2026",
    "Ngày 29/5/2026, Chủ tịch Ủy ban nhân dân xã Tân Lập chủ trì cuộc họp giao ban tháng 5, dự có các Phó "
    "Chủ tịch, trưởng các phòng chuyên môn và đơn vị trực thuộc. Sau khi nghe báo cáo và ý kiến các đại "
    "biểu, Chủ tịch Ủy ban nhân dân xã kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Tháng 5/2026 các phòng, đơn vị đã hoàn thành cơ bản kế hoạch đề ra. Chủ tịch nhấn mạnh: “Thu ngân "
    "sách mới đạt 38% dự toán, chúng ta không được chủ quan.”",
    "II. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2026",
    "Về thu ngân sách, Chủ tịch Ủy ban nhân dân xã chỉ đạo: “Phòng Kinh tế rà soát từng khoản thu còn "
    "tồn đọng, lập danh sách hộ nợ thuế sử dụng đất, báo cáo trước ngày 15/6/2026.”",
    "Về phòng, chống thiên tai, đồng chí Chủ tịch yêu cầu Ban Chỉ huy Phòng thủ dân sự xã: “Trước ngày "
    "10/6/2026 phải kiểm tra xong các điểm xung yếu dọc sông Bứa, điểm nào nguy cơ sạt lở thì cắm biển "
    "cảnh báo ngay.”",
    "Về y tế: “Trạm Y tế xã tổ chức tiêm bổ sung vắc xin sởi cho trẻ dưới 5 tuổi chưa tiêm đủ mũi, hoàn "
    "thành trong tháng 6/2026.”",
    "Đồng chí Chủ tịch nói: “Dân cần thì mình phải làm ngay, không được hẹn lần hẹn lượt.”",
    "Về chuyển đổi số, Chủ tịch giao Văn phòng HĐND và UBND xã: “Hằng tuần cập nhật số hồ sơ trực tuyến "
    "toàn trình lên bảng theo dõi của xã, hồ sơ nào quá hạn thì ghi rõ lý do.”",
    "Về giáo dục, đồng chí Chủ tịch phát biểu: “Kỳ thi vào lớp 10 năm nay phải an toàn tuyệt đối.” Trường "
    "Trung học cơ sở Tân Lập chuẩn bị phòng thi, phương án dự phòng điện và nước uống cho thí sinh trước "
    "ngày 05/6/2026.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Chủ tịch Ủy ban nhân dân xã yêu cầu: “Cán bộ nào được giao việc thì phải làm đến nơi đến chốn.”",
    "Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện Thông báo này, báo cáo Chủ tịch Ủy ban "
    "nhân dân xã tại cuộc họp giao ban tháng 7/2026.",
    "Văn phòng HĐND và UBND xã thông báo để các phòng, đơn vị biết, thực hiện.",
]

QT2 = [
    "THÔNG BÁO",
    "Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban ngày 01/3/2027",
    "Ngày 01/3/2027, Giám đốc Bệnh viện Đa khoa tỉnh chủ trì cuộc họp giao ban tuần với lãnh đạo các khoa, "
    "phòng. Sau khi nghe các khoa, phòng báo cáo, Giám đốc Bệnh viện kết luận:",
    "1. Tình hình chung",
    "Trong tuần, bệnh viện tiếp nhận 2.140 lượt khám, công suất giường bệnh 112%. Giám đốc nhấn mạnh: "
    '"Quá tải là có thật, nhưng không vì thế mà để người bệnh nằm ghép ba."',
    "2. Các nhiệm vụ cần thực hiện",
    'Về quá tải, Giám đốc chỉ đạo: "Phòng Kế hoạch tổng hợp lập phương án điều chuyển giường giữa các '
    'khoa nội, trình Giám đốc trước ngày 05/3/2027."',
    'Về thuốc và vật tư, Giám đốc lưu ý Khoa Dược: "Thuốc kháng sinh dự trữ dưới 10 ngày sử dụng thì phải '
    'báo cáo ngay, chậm nhất ngày 10/3/2027 gửi danh mục dự trù bổ sung."',
    'Về an toàn người bệnh: "Phòng Điều dưỡng kiểm tra việc đeo vòng tay nhận diện người bệnh tại tất cả '
    'các khoa lâm sàng, hằng tuần báo cáo kết quả tại giao ban."',
    'Giám đốc nói: "Tôi không chấp nhận lời giải thích là thiếu người." Phòng Tổ chức cán bộ trình phương '
    "án tuyển dụng 12 điều dưỡng hợp đồng trước ngày 20/3/2027.",
    'Về công nghệ thông tin, Giám đốc giao Phòng Công nghệ thông tin: "Đến 31/3/2027 toàn bộ kết quả xét '
    'nghiệm phải trả qua bệnh án điện tử, không in giấy."',
    "3. Tổ chức thực hiện",
    "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc các khoa, phòng thực hiện; báo cáo Giám đốc tại giao ban "
    "ngày 29/3/2027.",
    "Phòng Kế hoạch tổng hợp thông báo để các khoa, phòng biết, thực hiện.",
]


def _notice(
    path: Path, heading: list[tuple[str, str]], lines: list[str], signature: list[tuple[str, str]]
) -> None:
    """A notice in the administrative form: the heading table (issuer / Quốc hiệu), the paragraphs,
    the `Nơi nhận` and the signature side by side."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    grid = document.add_table(rows=len(heading), cols=2)
    for row, (left, right) in enumerate(heading):
        grid.cell(row, 0).text = left
        grid.cell(row, 1).text = right
    for text in lines:
        document.add_paragraph(text)
    document.add_paragraph("")
    sign = document.add_table(rows=len(signature), cols=2)
    for row, (left, right) in enumerate(signature):
        sign.cell(row, 0).text = left
        sign.cell(row, 1).text = right
    document.save(path)


def qt1_docx(path: Path) -> None:
    """A commune People's Committee's notice of the chairman's conclusions (curly quotes)."""
    _notice(
        path,
        [
            ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("XÃ TÂN LẬP", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 112/TB-UBND", "Tân Lập, ngày 01 tháng 6 năm 2026"),
        ],
        QT1,
        [
            ("Nơi nhận:", "TL. CHỦ TỊCH"),
            ("- Chủ tịch, các PCT UBND xã;", "CHÁNH VĂN PHÒNG"),
            ("- Các phòng, đơn vị thuộc UBND xã;", ""),
            ("- Lưu: VT.", "Đinh Quang Huy"),
        ],
    )


def qt2_docx(path: Path) -> None:
    """A provincial hospital's notice of the director's conclusions (straight quotes)."""
    _notice(
        path,
        [
            ("SỞ Y TẾ TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("BỆNH VIỆN ĐA KHOA TỈNH", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 58/TB-BVĐK", "Kon Tum, ngày 02 tháng 3 năm 2027"),
        ],
        QT2,
        [
            ("Nơi nhận:", "KT. GIÁM ĐỐC"),
            ("- Ban Giám đốc;", "PHÓ GIÁM ĐỐC"),
            ("- Các khoa, phòng;", ""),
            ("- Lưu: VT, KHTH.", "Y Thị Hơ Nia"),
        ],
    )


def siblings_qt() -> None:
    h = heldout_writers()
    qt1_docx(DOCS / "qt1_tb_ubnd_xa_chu_tich_chi_dao_trich_dan.docx")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        qt2_docx(tmp / "qt2.docx")
        h.soffice_convert(tmp / "qt2.docx", "pdf", DOCS / "qt2_tb_benh_vien_giam_doc_chi_dao_trich_dan.pdf")
