"""The main corpus's siblings of the held-out document h542 (moved to the main corpus when the importer
was taught its shape, helper h13fixSE): a state company's notice of conclusions whose points open with
the company's own production sections by name (`Nhà máy chế biến mủ Bình Long …`, `Phân xưởng sấy số 2
…`, `Xí nghiệp Môi trường số 3 …`, `Chi nhánh Miền Trung …`: the section's word, perhaps what it makes
in lower case, then a capital or a number) or with a deputy director by the field in his charge (`Phó
Giám đốc phụ trách kỹ thuật …`, `Phó Tổng Giám đốc phụ trách kinh doanh (đ/c …) …`): each leads as
printed. se1 a rubber company's quarterly briefing (.docx, bold themes over `–` points), se2 an urban
environment company's monthly briefing (.txt, roman parts over numbered points), se3 a brewery
corporation's notice (.docx, lettered points, sections given their tasks after `Giao`, a request to a
bank's branch). Their expected items (expected/se*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-se` writes all three.
"""

# ruff: noqa: E501 — document text is data: long lines.

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


def _bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def se1_docx(h, path: Path) -> None:
    """A rubber company's notice of the General Director's conclusions at its quarterly briefing (I/2028):
    bold themes over `–` points opening with a plant, a drying workshop, a branch or a deputy director."""
    document = _document()
    h.national_header(
        document,
        ["TẬP ĐOÀN CÔNG NGHIỆP CAO SU", "CÔNG TY TNHH MTV CAO SU PHÚ BÌNH", "Số: 118/TB-CSPB"],
        "Phú Bình, ngày 08 tháng 4 năm 2028",
    )
    _bold(document, "THÔNG BÁO")
    _bold(document, "Kết luận của Tổng Giám đốc tại hội nghị giao ban quý I năm 2028")
    document.add_paragraph(
        "Ngày 05/4/2028, Tổng Giám đốc Công ty chủ trì hội nghị giao ban quý I năm 2028. Sau khi nghe Phòng Kế hoạch - Đầu tư báo cáo kết quả sản xuất, kinh doanh quý I và ý kiến của các đơn vị, Tổng Giám đốc kết luận như sau:"
    )
    _bold(document, "1. Đánh giá chung")
    document.add_paragraph(
        "Sản lượng mủ khai thác quý I đạt 3.120 tấn, bằng 24,5% kế hoạch năm; Nhà máy chế biến mủ Bình Long vận hành ổn định. Tuy nhiên, giá bán bình quân giảm so với cùng kỳ, công nợ của một số khách hàng còn kéo dài."
    )
    _bold(document, "2. Về sản xuất, chế biến")
    for text in (
        "– Nhà máy chế biến mủ Bình Long hoàn thành bảo dưỡng dây chuyền cán kéo trước ngày 30/4/2028; bảo đảm nước thải sau xử lý đạt quy chuẩn.",
        "– Phân xưởng sấy số 2 khẩn trương thay thế buồng đốt lò sấy, đưa vào vận hành trong tháng 5/2028.",
        "– Phó Giám đốc phụ trách kỹ thuật chỉ đạo kiểm tra an toàn lao động tại các nông trường, báo cáo Tổng Giám đốc trước ngày 15/5/2028.",
    ):
        document.add_paragraph(text)
    _bold(document, "3. Về tiêu thụ, tài chính")
    for text in (
        "– Chi nhánh Miền Trung đôn đốc thu hồi công nợ quá hạn của các khách hàng trước ngày 31/5/2028.",
        "– Phòng Tài chính - Kế toán lập báo cáo tài chính quý I/2028 gửi Tập đoàn trước ngày 20/4/2028.",
    ):
        document.add_paragraph(text)
    _bold(document, "4. Về công tác đoàn thể")
    document.add_paragraph(
        "– Đề nghị Công đoàn Công ty phát động phong trào thi đua khai thác mủ vượt kế hoạch, chăm lo đời sống người lao động."
    )
    for text in (
        "Công ty thông báo để các đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- Các Phó Tổng Giám đốc;",
        "- Các phòng, đơn vị;",
        "- Lưu: VT, TCHC.",
        "TL. TỔNG GIÁM ĐỐC",
        "CHÁNH VĂN PHÒNG",
        "Nguyễn Thị Hồng",
    ):
        document.add_paragraph(text)
    document.save(path)


SE2_TEXT = """CÔNG TY CỔ PHẦN MÔI TRƯỜNG ĐÔ THỊ TÂY SƠN
Số: 64/TB-MTĐT
Tây Sơn, ngày 29 tháng 5 năm 2028

THÔNG BÁO
Ý kiến kết luận của Tổng Giám đốc tại cuộc họp giao ban tháng 5 năm 2028

Ngày 27/5/2028, Tổng Giám đốc Công ty chủ trì cuộc họp giao ban tháng 5 năm 2028 với các Phó Tổng Giám đốc, Trưởng các phòng và Giám đốc các Xí nghiệp. Tổng Giám đốc kết luận như sau:

I. KẾT QUẢ THÁNG 5
Khối lượng rác thu gom, vận chuyển đạt 12.400 tấn; một số tuyến phố còn tồn đọng rác sau 22 giờ.

II. NHIỆM VỤ THÁNG 6 NĂM 2028
1. Xí nghiệp Môi trường số 3 bố trí thêm 02 xe cuốn ép rác cho các tuyến phố tồn đọng trước ngày 10/6/2028.
2. Nhà máy phân loại rác Nam Sơn hoàn thành lắp đặt băng tải phân loại số 2, vận hành thử trong tháng 6/2028.
3. Giao Xí nghiệp cơ giới số 1 rà soát lộ trình thu gom, trình Tổng Giám đốc phương án điều chỉnh trước ngày 20/6/2028.
4. Phó Tổng Giám đốc phụ trách kinh doanh (đ/c Trần Văn Hùng) làm việc với UBND các phường về đơn giá dịch vụ thu gom, báo cáo kết quả trước ngày 25/6/2028.
5. Phòng Kế toán - Tài vụ đối chiếu, thu hồi công nợ phí vệ sinh quý II/2028.

III. TỔ CHỨC THỰC HIỆN
Các phòng, xí nghiệp báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính trước ngày 28/6/2028.

Công ty thông báo để các đơn vị biết, thực hiện./.

Nơi nhận:
- HĐQT Công ty;
- Các phòng, xí nghiệp;
- Lưu: VT.

TL. TỔNG GIÁM ĐỐC
TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH
Phạm Văn Lâm
"""


def se3_docx(h, path: Path) -> None:
    """A brewery corporation's notice of the General Director's conclusions (08/2028): lettered points,
    sections named after `Giao`, a deputy general director by the field in her charge, a bank's branch
    asked."""
    document = _document()
    h.national_header(
        document,
        ["TỔNG CÔNG TY BIA - NƯỚC GIẢI KHÁT SÔNG HỒNG", "Số: 301/TB-TCT"],
        "Hà Nam, ngày 12 tháng 8 năm 2028",
    )
    _bold(document, "THÔNG BÁO")
    _bold(document, "Kết luận của Tổng Giám đốc tại cuộc họp giao ban tháng 8 năm 2028")
    document.add_paragraph(
        "Ngày 10/8/2028, Tổng Giám đốc Tổng công ty chủ trì cuộc họp giao ban tháng 8 năm 2028. Sau khi nghe báo cáo của các đơn vị, Tổng Giám đốc kết luận:"
    )
    for text in (
        "a) Giao Nhà máy bia Hà Nam hoàn thành bảo dưỡng hệ thống nồi nấu trước ngày 25/8/2028, bảo đảm sản lượng dịp Tết Trung thu.",
        "b) Giao Xí nghiệp Thoát nước số 4 nạo vét toàn bộ hệ thống cống thoát nước khu công nghiệp trong tháng 8/2028.",
        "c) Phó Tổng Giám đốc phụ trách tài chính (bà Lê Thu Hà) chỉ đạo rà soát công nợ của các nhà phân phối, báo cáo Tổng Giám đốc trước ngày 05/9/2028.",
        "d) Chi nhánh Hải Phòng đẩy mạnh bán hàng tại các tỉnh duyên hải, phấn đấu tăng 10% sản lượng trong quý III/2028.",
        "đ) Đề nghị Chi nhánh Ngân hàng Công thương Hà Nam xem xét giải ngân khoản vay đầu tư dây chuyền chiết chai trước ngày 30/9/2028.",
    ):
        document.add_paragraph(text)
    for text in (
        "Tổng công ty thông báo để các đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- Các Phó Tổng Giám đốc;",
        "- Các đơn vị trực thuộc;",
        "- Lưu: VT.",
        "TL. TỔNG GIÁM ĐỐC",
        "CHÁNH VĂN PHÒNG",
        "Vũ Đức Thịnh",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_se() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    se1_docx(h, DOCS / "se1_tbkl_cao_su_nha_may_phan_xuong.docx")
    (DOCS / "se2_tbkl_moi_truong_do_thi_xi_nghiep.txt").write_text(SE2_TEXT, encoding="utf-8")
    se3_docx(h, DOCS / "se3_tbkl_bia_giao_nha_may_chi_nhanh.docx")
