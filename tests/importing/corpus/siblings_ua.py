"""The main corpus's siblings of the held-out document h637 (moved to the main corpus when the importer
was taught its shape, by h13fixUA on 2026-12-06): a notice of conclusions of the head of a body below a
department (a tax sub-department, a customs department, an industrial zones' board) whose points open
with its teams or divisions by name and one with a deputy head given the point by the field in his
charge, his name in parentheses (`Phó Chi cục trưởng phụ trách quản lý nợ (bà …) chỉ đạo …`, `Phó Cục
trưởng phụ trách kiểm soát (ông …) …`, `Phó Trưởng ban phụ trách đầu tư (đồng chí …) …`): the post leads
as printed, without the name; an undated charge to every deputy head (`Các Phó Chi cục trưởng theo lĩnh
vực được phân công chỉ đạo các đội …`) is no item, a dated one is. ua1 a tax sub-department's notice
(.docx, numbered points under roman parts), ua2 a provincial customs department's notice (.txt), ua3 an
industrial zones' board's notice (.docx, lettered points, a request to the zone's developer).
Their expected items (expected/ua1_…, ua2_…, ua3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-ua` writes all three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _document():
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def ua1_docx(path: Path) -> None:
    """A regional tax sub-department's notice of its head's conclusions at the year-end collection
    briefing (11/2027): roman parts, numbered points opening with teams and with a deputy head by his
    field, an undated charge to every deputy head, a dated report of every team."""
    document = _document()
    for text in (
        "CỤC THUẾ TỈNH HÀ NGUYÊN",
        "CHI CỤC THUẾ KHU VỰC SÔNG MÃ",
        "Số: 512/TB-CCT",
        "Sông Mã, ngày 18 tháng 11 năm 2027",
    ):
        document.add_paragraph(text)
    _bold(document, "THÔNG BÁO")
    _bold(document, "Kết luận của Chi cục trưởng tại Hội nghị đánh giá tiến độ thu ngân sách năm 2027")
    document.add_paragraph(
        "Ngày 16/11/2027, Chi cục trưởng Chi cục Thuế khu vực Sông Mã chủ trì Hội nghị đánh giá tiến độ thu ngân sách năm 2027. Sau khi nghe Đội Nghiệp vụ - Dự toán báo cáo và ý kiến của các đội, Chi cục trưởng kết luận như sau:"
    )
    _bold(document, "I. ĐÁNH GIÁ CHUNG")
    document.add_paragraph(
        "Đến hết tháng 10/2027, tổng thu ngân sách trên địa bàn đạt 86% dự toán; nợ thuế còn ở mức cao, một số hộ kinh doanh chưa kê khai đúng doanh thu."
    )
    _bold(document, "II. NHIỆM VỤ TRỌNG TÂM ĐẾN CUỐI NĂM 2027")
    for text in (
        "1. Đội Nghiệp vụ - Dự toán rà soát nguồn thu từng xã, thị trấn, tham mưu Chi cục trưởng giải pháp hoàn thành dự toán trước ngày 25/11/2027.",
        "2. Đội Kiểm tra thuế số 2 kiểm tra 15 doanh nghiệp có rủi ro cao về hoàn thuế giá trị gia tăng, hoàn thành trong tháng 12/2027.",
        "3. Phó Chi cục trưởng phụ trách quản lý nợ (bà Lò Thị Hạnh) chỉ đạo rà soát, phân loại nợ thuế, áp dụng biện pháp cưỡng chế đối với người nộp thuế chây ỳ trước ngày 20/12/2027.",
        "4. Đội Thuế liên xã Mường Chanh duy trì thu thuế hộ kinh doanh tại các chợ, khu du lịch thường xuyên.",
    ):
        document.add_paragraph(text)
    _bold(document, "III. TỔ CHỨC THỰC HIỆN")
    for text in (
        "1. Các Phó Chi cục trưởng theo lĩnh vực được phân công chỉ đạo các đội triển khai thực hiện nghiêm Thông báo này.",
        "2. Các đội báo cáo kết quả thực hiện về Đội Nghiệp vụ - Dự toán trước ngày 28/12/2027 để tổng hợp, báo cáo Chi cục trưởng.",
        "Chi cục Thuế khu vực Sông Mã thông báo để các đội biết, thực hiện./.",
        "Nơi nhận:",
        "- Cục Thuế tỉnh (để b/c);",
        "- Các Phó Chi cục trưởng;",
        "- Các đội thuộc Chi cục;",
        "- Lưu: VT, NVDT.",
        "KT. CHI CỤC TRƯỞNG",
        "PHÓ CHI CỤC TRƯỞNG",
        "Hà Văn Quyết",
    ):
        document.add_paragraph(text)
    document.save(path)


UA2_TEXT = """CỤC HẢI QUAN TỈNH LẠNG BIÊN
Số: 2190/TB-HQLB
Lạng Biên, ngày 06 tháng 3 năm 2028

THÔNG BÁO
Kết luận của Cục trưởng tại cuộc họp giao ban tháng 3 năm 2028

Ngày 03/3/2028, Cục trưởng Cục Hải quan tỉnh Lạng Biên chủ trì cuộc họp giao ban tháng 3 năm 2028 với các Phó Cục trưởng, Trưởng các phòng và Chi cục trưởng các Chi cục Hải quan. Cục trưởng kết luận như sau:

I. KẾT QUẢ THÁNG 02/2028
Kim ngạch xuất nhập khẩu qua các cửa khẩu tăng 12% so với cùng kỳ; thu ngân sách đạt 18% chỉ tiêu năm; tình trạng buôn lậu hàng nông sản qua đường mòn còn diễn biến phức tạp.

II. NHIỆM VỤ THÁNG 3/2028
1. Chi cục Hải quan cửa khẩu Tà Lùng bố trí luồng riêng cho xe chở nông sản tươi, hoàn thành trước ngày 10/3/2028.
2. Phòng Nghiệp vụ hướng dẫn doanh nghiệp khai báo mã số hàng hóa đối với mặt hàng phân bón nhập khẩu trước ngày 20/3/2028.
3. Phó Cục trưởng phụ trách kiểm soát (ông Triệu Văn Khiêm) chủ trì làm việc với Bộ đội Biên phòng tỉnh về phối hợp tuần tra đường mòn, lối mở trước ngày 25/3/2028.
4. Đội Kiểm soát hải quan tăng cường kiểm tra phương tiện vận chuyển hàng hóa tại các bến bãi khu vực biên giới trong tháng 3/2028.
5. Đề nghị Kho bạc Nhà nước khu vực Lạng Biên bố trí điểm thu nộp thuế tại cửa khẩu trước ngày 31/3/2028.

III. TỔ CHỨC THỰC HIỆN
1. Các Phó Cục trưởng theo lĩnh vực được phân công chỉ đạo các đơn vị thực hiện Thông báo này.
2. Các đơn vị báo cáo kết quả thực hiện về Văn phòng Cục trước ngày 30/3/2028.

Cục Hải quan tỉnh thông báo để các đơn vị biết, thực hiện./.

Nơi nhận:
- Cục trưởng, các Phó Cục trưởng;
- Các phòng, chi cục, đội;
- Lưu: VT.

TL. CỤC TRƯỞNG
CHÁNH VĂN PHÒNG
Nông Thị Huyền
"""


def ua3_docx(path: Path) -> None:
    """An industrial zones' board's notice of its head's conclusions at a meeting on investment
    (06/2028): lettered points opening with divisions, a centre, a deputy head by his field, a request
    to the zone's developer; a dated point to every deputy head is an item."""
    document = _document()
    for text in (
        "ỦY BAN NHÂN DÂN TỈNH PHÚ NGUYÊN",
        "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
        "Số: 377/TB-BQL",
        "Phú Nguyên, ngày 14 tháng 6 năm 2028",
    ):
        document.add_paragraph(text)
    _bold(document, "THÔNG BÁO")
    _bold(
        document,
        "Kết luận của Trưởng ban tại cuộc họp về thu hút đầu tư và bảo vệ môi trường các khu công nghiệp 6 tháng cuối năm 2028",
    )
    document.add_paragraph(
        "Ngày 12/6/2028, Trưởng ban Ban Quản lý các khu công nghiệp chủ trì cuộc họp. Sau khi nghe Phòng Quản lý đầu tư báo cáo và ý kiến của các phòng, đơn vị, Trưởng ban kết luận:"
    )
    for text in (
        "a) Phòng Quản lý đầu tư thẩm định hồ sơ điều chỉnh dự án nhà máy linh kiện điện tử Hòa Thịnh, trình Trưởng ban trước ngày 30/6/2028.",
        "b) Phòng Quản lý môi trường kiểm tra hệ thống xử lý nước thải tập trung Khu công nghiệp Phú Thạnh trong tháng 7/2028.",
        "c) Phó Trưởng ban phụ trách đầu tư (đồng chí Lê Quang Vinh) làm việc với các nhà đầu tư Hàn Quốc về tiến độ giải ngân vốn, báo cáo Trưởng ban trước ngày 15/7/2028.",
        "d) Trung tâm Dịch vụ khu công nghiệp tổ chức hội nghị đối thoại doanh nghiệp về thủ tục hành chính trước ngày 20/7/2028.",
        "đ) Đề nghị Công ty cổ phần Hạ tầng Khu công nghiệp Phú Thạnh hoàn thành tuyến đường trục số 3 trước ngày 31/8/2028.",
        "e) Các Phó Trưởng ban theo lĩnh vực được phân công kiểm tra tình hình thực hiện Thông báo này tại các khu công nghiệp, báo cáo Trưởng ban trước ngày 15/9/2028.",
        "Ban Quản lý các khu công nghiệp thông báo để các phòng, đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- UBND tỉnh (để b/c);",
        "- Các Phó Trưởng ban;",
        "- Các phòng, đơn vị;",
        "- Lưu: VT, VP.",
        "TL. TRƯỞNG BAN",
        "CHÁNH VĂN PHÒNG",
        "Đặng Thị Thu",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_ua() -> None:
    DOCS.mkdir(exist_ok=True)
    ua1_docx(DOCS / "ua1_tbkl_chi_cuc_thue_pho_chi_cuc_truong.docx")
    (DOCS / "ua2_tbkl_cuc_hai_quan_pho_cuc_truong.txt").write_text(UA2_TEXT, encoding="utf-8")
    ua3_docx(DOCS / "ua3_tbkl_ban_quan_ly_kcn_pho_truong_ban.docx")
