"""The main corpus's siblings of the held-out documents h526 and h515 (moved to the main corpus when
the importer was taught their shapes, helper h13fixRZ).
h526's shape — a point whose subject is an office named by its fields in lower case, listed with commas
and not closed by `và`, a field opening with a verb (`Phòng Kiểm tra, giải quyết khiếu nại, tố cáo tổ
chức …`): the whole name leads, not its first field.
rz1: a provincial justice department's dispatch (.docx) assigning year-end tasks to its units, bold unit
headings over their points beside two points whose sentence opens with such an office (`2. Phòng Hành
chính, xử lý vi phạm hành chính, lý lịch tư pháp hoàn thành …`, `4. Phòng Bổ trợ tư pháp, giải quyết
khiếu nại, tố cáo chủ trì, phối hợp …`).
rz2: a provincial inspectorate's dispatch (.odt) whose numbered points each open with the unit that leads
them (`1. Phòng Tiếp công dân, giải quyết khiếu nại, tố cáo chủ trì …`, `2. Phòng Phòng, chống tham
nhũng, tiêu cực chủ trì …`, `3. Phòng Kế hoạch, tổng hợp, pháp chế chủ trì …`), then every unit's report.
rz5: a provincial construction department's dispatch printed to a text PDF, bold unit headings beside
points whose subject is such an office and whose verb follows the name (`1. Phòng Thanh tra, kiểm tra,
pháp chế tổ chức …`, `3. Phòng Kế hoạch, tổng hợp, tài chính lập dự toán …`), then every unit's report.
h515's shape — a task whose last clause, after `;`, names the body that carries it out and its time and
nothing else (`…; Phòng X thực hiện thường xuyên.`): that body leads, that time is the due.
rz3: a district agriculture division's season plan (.docx), dash tasks under topic headings closing
`; <unit> thực hiện trong tháng 12/2027.`, `… thực hiện hằng tuần.`, `… thực hiện từ tháng 12/2027 đến
tháng 4/2028.`, beside one closing parenthesis.
rz4: a high school's month plan as an e-office text export (.txt), numbered tasks closing `; Tổ Văn phòng
thực hiện hằng tuần.`, `; Đoàn Thanh niên trường thực hiện trước ngày 20/11/2027.`, beside a closing
parenthesis and the closing reporting request.
Their expected items (expected/rz*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-rz` writes the five.
"""

# ruff: noqa: E501 — document text is data: long lines.

import tempfile
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


def _write(document, lines: list) -> None:
    """Paragraphs; a line given as a one-item tuple is bold (a heading)."""
    for line in lines:
        if isinstance(line, tuple):
            document.add_paragraph().add_run(line[0]).bold = True
        else:
            document.add_paragraph(line)


def rz1_docx(h, path: Path) -> None:
    """A provincial justice department's dispatch (08/12/2027): three bold unit headings over their
    points, two points whose subject is an office named by lower-case fields, a closing charge."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH NAM GIANG", "SỞ TƯ PHÁP", "Số: 2210/STP-VP"],
        "Nam Giang, ngày 08 tháng 12 năm 2027",
    )
    _write(
        document,
        [
            "V/v triển khai nhiệm vụ trọng tâm cuối năm 2027, đầu năm 2028",
            "Kính gửi: Các phòng, đơn vị thuộc Sở.",
            "Để hoàn thành các chỉ tiêu năm 2027 và chuẩn bị tổng kết công tác tư pháp, Giám đốc Sở "
            "yêu cầu các phòng, đơn vị tập trung thực hiện các nội dung sau:",
            ("1. Văn phòng Sở",),
            "a) Tham mưu tổ chức Hội nghị tổng kết công tác tư pháp năm 2027, dự kiến ngày 12/01/2028.",
            "b) Tổng hợp hồ sơ đề nghị khen thưởng của các phòng, đơn vị, trình Hội đồng Thi đua - Khen "
            "thưởng Sở trước ngày 20/12/2027.",
            "2. Phòng Hành chính, xử lý vi phạm hành chính, lý lịch tư pháp hoàn thành việc cấp Phiếu lý "
            "lịch tư pháp còn tồn đọng trước ngày 25/12/2027.",
            ("3. Phòng Phổ biến, giáo dục pháp luật",),
            "- Tổng kết việc hưởng ứng Ngày Pháp luật Việt Nam năm 2027 trong toàn tỉnh, hoàn thành trong "
            "tháng 12/2027;",
            "- Theo dõi, hướng dẫn hoạt động của các tổ hòa giải ở cơ sở; thực hiện thường xuyên.",
            "4. Phòng Bổ trợ tư pháp, giải quyết khiếu nại, tố cáo chủ trì, phối hợp Thanh tra Sở kiểm tra "
            "hoạt động của 05 tổ chức hành nghề công chứng trong tháng 01/2028.",
            ("5. Trung tâm Trợ giúp pháp lý nhà nước",),
            "- Báo cáo kết quả trợ giúp pháp lý năm 2027 về Sở (qua Văn phòng Sở) trước ngày 05/01/2028.",
            "Nhận được Công văn này, yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Giám đốc, các PGĐ Sở;",
            "- Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Hoàng Văn Thịnh",
        ],
    )
    document.save(path)


def rz2_docx(h, path: Path) -> None:
    """A provincial inspectorate's dispatch (26/12/2027), written as .docx and converted to .odt:
    numbered points each opening with the unit that leads them, then every unit's report."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH ĐÔNG HẢI", "THANH TRA TỈNH", "Số: 845/TTr-VP"],
        "Đông Hải, ngày 26 tháng 12 năm 2027",
    )
    _write(
        document,
        [
            "V/v giao nhiệm vụ quý I năm 2028",
            "Kính gửi: Trưởng các phòng thuộc Thanh tra tỉnh.",
            "Căn cứ Kế hoạch thanh tra năm 2028 đã được phê duyệt, Chánh Thanh tra tỉnh giao nhiệm vụ quý I "
            "năm 2028 như sau:",
            "1. Phòng Tiếp công dân, giải quyết khiếu nại, tố cáo chủ trì, phối hợp Văn phòng rà soát các vụ "
            "việc khiếu nại đông người, kéo dài; báo cáo Chánh Thanh tra trước ngày 15/01/2028.",
            "2. Phòng Phòng, chống tham nhũng, tiêu cực chủ trì xây dựng Kế hoạch thanh tra trách nhiệm "
            "thực hiện pháp luật về phòng, chống tham nhũng năm 2028, trình Chánh Thanh tra trong tháng "
            "01/2028.",
            "3. Phòng Kế hoạch, tổng hợp, pháp chế chủ trì tổng hợp kết quả công tác thanh tra năm 2027, "
            "gửi Thanh tra Chính phủ trước ngày 10/01/2028.",
            "4. Văn phòng Thanh tra tỉnh bố trí kinh phí, phương tiện phục vụ các đoàn thanh tra; thực hiện "
            "thường xuyên.",
            "5. Các phòng báo cáo kết quả thực hiện nhiệm vụ quý I về Văn phòng trước ngày 25/3/2028.",
            "Nhận được Công văn này, đề nghị Trưởng các phòng nghiêm túc thực hiện./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Lãnh đạo Thanh tra tỉnh;",
            "- Lưu: VT.",
            "CHÁNH THANH TRA",
            "Đặng Quốc Bảo",
        ],
    )
    document.save(path)


def rz3_docx(h, path: Path) -> None:
    """A district agriculture division's plan for the winter-spring season (15/11/2027): an aim, then
    dash tasks under three topic headings, each closing with the body that carries it out and when."""
    document = _document()
    h.national_header(
        document,
        ["UBND HUYỆN TÂN PHƯỚC", "PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 312/KH-NNMT"],
        "Tân Phước, ngày 15 tháng 11 năm 2027",
    )
    _write(
        document,
        [
            ("KẾ HOẠCH",),
            ("Sản xuất vụ Đông Xuân 2027 - 2028",),
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            "Gieo cấy đúng khung thời vụ, bảo đảm năng suất lúa bình quân đạt 6,5 tấn/ha; chủ động phòng, "
            "chống dịch bệnh trên cây trồng, vật nuôi.",
            ("II. NHIỆM VỤ CỤ THỂ",),
            ("1. Công tác trồng trọt",),
            "- Tập huấn kỹ thuật canh tác lúa giảm phát thải cho nông dân 06 xã; Trạm Khuyến nông huyện "
            "thực hiện trong tháng 12/2027.",
            "- Kiểm tra chất lượng giống, phân bón tại các cửa hàng vật tư nông nghiệp; Đội Quản lý thị "
            "trường số 4 thực hiện trước ngày 15/01/2028.",
            "- Theo dõi diễn biến sinh vật gây hại trên lúa, thông báo kịp thời cho các xã; Trạm Trồng trọt "
            "và Bảo vệ thực vật thực hiện hằng tuần.",
            ("2. Công tác chăn nuôi, thú y",),
            "- Tiêm phòng vắc xin viêm da nổi cục cho đàn trâu, bò; Trạm Chăn nuôi và Thú y thực hiện trong "
            "quý I/2028.",
            "- Giám sát dịch bệnh tại các cơ sở giết mổ tập trung (Trạm Chăn nuôi và Thú y chủ trì; thường "
            "xuyên).",
            ("3. Công tác thủy lợi",),
            "- Vận hành các trạm bơm điện phục vụ tưới, tiêu cho vụ Đông Xuân; Công ty TNHH MTV Khai thác "
            "thủy lợi Tân Phước thực hiện từ tháng 12/2027 đến tháng 4/2028.",
            "Trên đây là Kế hoạch sản xuất vụ Đông Xuân 2027 - 2028 của Phòng Nông nghiệp và Môi trường "
            "huyện./.",
            "Nơi nhận:",
            "- UBND huyện (b/c);",
            "- UBND các xã;",
            "- Lưu: VT.",
            "TRƯỞNG PHÒNG",
            "Võ Thành Nhân",
        ],
    )
    document.save(path)


def rz5_docx(h, path: Path) -> None:
    """A provincial construction department's dispatch (10/12/2027), written as .docx and printed to a
    text PDF: two bold unit headings over dash tasks beside two points whose subject is an office named
    by lower-case fields, its verb right after the name, then every unit's report."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH HÀ NGUYÊN", "SỞ XÂY DỰNG", "Số: 3105/SXD-VP"],
        "Hà Nguyên, ngày 10 tháng 12 năm 2027",
    )
    _write(
        document,
        [
            "V/v tăng cường quản lý vận tải, chuẩn bị tổng kết năm 2027",
            "Kính gửi: Các phòng, đơn vị thuộc Sở.",
            "Để bảo đảm trật tự, an toàn giao thông dịp cuối năm và chuẩn bị tổng kết công tác năm 2027, "
            "Giám đốc Sở giao nhiệm vụ như sau:",
            "1. Phòng Thanh tra, kiểm tra, pháp chế tổ chức kiểm tra đột xuất 10 cơ sở đào tạo lái xe "
            "trong tháng 01/2028.",
            ("2. Văn phòng Sở",),
            "- Tổng hợp báo cáo kết quả công tác năm 2027 của Sở, trình Giám đốc trước ngày 05/01/2028;",
            "- Chuẩn bị nội dung Hội nghị triển khai nhiệm vụ năm 2028, dự kiến ngày 15/01/2028.",
            "3. Phòng Kế hoạch, tổng hợp, tài chính lập dự toán kinh phí bảo trì đường bộ năm 2028, trình "
            "Ủy ban nhân dân tỉnh trước ngày 20/12/2027.",
            ("4. Trung tâm Đăng kiểm xe cơ giới",),
            "- Duy trì kiểm định phương tiện ngoài giờ hành chính vào các ngày thứ Bảy; thực hiện thường "
            "xuyên.",
            "5. Các phòng, đơn vị báo cáo kết quả thực hiện Công văn này về Văn phòng Sở trước ngày "
            "25/01/2028.",
            "Nơi nhận:",
            "- Như trên;",
            "- Giám đốc, các PGĐ Sở;",
            "- Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "Lương Đức Hải",
        ],
    )
    document.save(path)


RZ4_TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH LAM
TRƯỜNG THPT NGUYỄN TRÃI
Số: 96/KH-THPTNT
Bình Lam, ngày 30 tháng 10 năm 2027

KẾ HOẠCH
Công tác tháng 11 năm 2027

I. NHIỆM VỤ TRỌNG TÂM
1. Cập nhật hồ sơ học sinh, điểm kiểm tra thường xuyên trên cơ sở dữ liệu ngành; Tổ Văn phòng thực hiện hằng tuần.
2. Tổ chức Hội thi giáo viên dạy giỏi cấp trường các môn khoa học tự nhiên; Tổ Toán - Tin thực hiện từ ngày 08/11 đến ngày 19/11/2027.
3. Tổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam; Đoàn Thanh niên trường thực hiện trước ngày 20/11/2027.
4. Kiểm tra hồ sơ chuyên môn của giáo viên tập sự (Tổ Ngữ văn chủ trì, phối hợp Tổ Ngoại ngữ; trước ngày 25/11/2027).
5. Sửa chữa hệ thống điện chiếu sáng các phòng học khu B; Tổ Văn phòng thực hiện trước ngày 30/11/2027.

II. TỔ CHỨC THỰC HIỆN
Các tổ chuyên môn, Tổ Văn phòng báo cáo kết quả thực hiện về Ban Giám hiệu trước ngày 28/11/2027.

Nơi nhận:
- Các tổ chuyên môn, Tổ Văn phòng;
- Lưu: VT.

HIỆU TRƯỞNG
Trịnh Minh Đức
"""


def siblings_rz() -> None:
    """Writes rz1 (.docx), rz2 (.odt, converted from a .docx by LibreOffice), rz3 (.docx), rz4 (.txt)
    and rz5 (.pdf, printed from a .docx by LibreOffice) into docs/."""
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    rz1_docx(h, DOCS / "rz1_cv_so_tu_phap_giao_phong.docx")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rz2_cv_thanh_tra_tinh_giao_phong.docx"
        rz2_docx(h, source)
        h.soffice_convert(source, "odt", DOCS / "rz2_cv_thanh_tra_tinh_giao_phong.odt")
    rz3_docx(h, DOCS / "rz3_kh_phong_nn_vu_dong_xuan.docx")
    (DOCS / "rz4_kh_thang_truong_thpt_to_thuc_hien.txt").write_text(RZ4_TEXT, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rz5_cv_so_xay_dung_giao_phong.docx"
        rz5_docx(h, source)
        h.soffice_convert(source, "pdf", DOCS / "rz5_cv_so_xay_dung_giao_phong.pdf")
