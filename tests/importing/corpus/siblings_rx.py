"""The main corpus's siblings of the held-out document h525 (moved to the main corpus when the importer
was taught its shape, helper h13fixRX): a state service's plan whose points name the task first and
its doer after it — after a colon (`<task>: <unit> <verb> …`), after a `;`, in trailing parentheses —
with a point whose subject is two regional offices (`<field> khu vực II và <field> khu vực V …`) and
a closing report round asked of every regional office (`Các <field> khu vực báo cáo … hằng tháng`).
rx1: a provincial tax office's plan to review household businesses' registrations, lettered points
under bold 1./2./3. headings (legacy .doc through LibreOffice), with an undated charge to every
regional office that is no item. rx2: a provincial social insurance office's plan for voluntary
members, numbered points, as an e-office text export (.txt). Their expected items (expected/rx*_…)
were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-rx` writes both (rx1 needs LibreOffice).
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def rx1_docx(h, path: Path) -> None:
    """A provincial tax office's plan (12/01/2028): aims, three bold headings over lettered tasks,
    funding, the organising section."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    h.national_header(
        document,
        ["CỤC THUẾ", "THUẾ TỈNH BẮC HÀ", "Số: 87/KH-TBH"],
        "Bắc Hà, ngày 12 tháng 01 năm 2028",
    )
    bold = {"1. Chuẩn bị", "2. Rà soát tại địa bàn", "3. Tổng hợp kết quả"}
    for text in (
        "KẾ HOẠCH",
        "Rà soát, cập nhật thông tin đăng ký thuế của hộ kinh doanh năm 2028",
        "Thực hiện chỉ đạo của Cục Thuế về chuẩn hóa dữ liệu người nộp thuế, Thuế tỉnh Bắc Hà ban hành "
        "Kế hoạch rà soát, cập nhật thông tin đăng ký thuế của hộ kinh doanh như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Chuẩn hóa dữ liệu đăng ký thuế của hộ, cá nhân kinh doanh trên địa bàn tỉnh.",
        "2. Thực hiện đúng tiến độ, không làm phát sinh thủ tục cho người nộp thuế.",
        "II. NỘI DUNG VÀ TIẾN ĐỘ",
        "1. Chuẩn bị",
        "a) Xây dựng bộ tiêu chí rà soát và mẫu biểu thu thập thông tin; Phòng Nghiệp vụ chủ trì, hoàn "
        "thành trước ngày 20/01/2028.",
        "b) Đối chiếu dữ liệu hộ kinh doanh với cơ sở dữ liệu quốc gia về dân cư: Phòng Công nghệ "
        "thông tin thực hiện, xong trong tháng 02/2028.",
        "c) Phổ biến Kế hoạch đến công chức thuế toàn tỉnh (Văn phòng chủ trì, phối hợp với Phòng "
        "Nghiệp vụ; trước ngày 25/01/2028).",
        "2. Rà soát tại địa bàn",
        "a) Chi cục Thuế khu vực II và Chi cục Thuế khu vực V rà soát từng hộ kinh doanh tại chợ, "
        "tuyến phố, hoàn thành trước ngày 30/6/2028.",
        "b) Hướng dẫn hộ kinh doanh cập nhật thông tin qua ứng dụng eTax Mobile: Phòng Tuyên truyền "
        "biên soạn tài liệu hướng dẫn, phát hành trước ngày 15/3/2028.",
        "3. Tổng hợp kết quả",
        "a) Tổng hợp kết quả rà soát toàn tỉnh, báo cáo Cục Thuế trước ngày 15/7/2028 (Phòng Nghiệp vụ).",
        "b) Cập nhật thông tin đã rà soát vào hệ thống quản lý thuế tập trung: Phòng Công nghệ thông "
        "tin thực hiện thường xuyên.",
        "III. KINH PHÍ",
        "Kinh phí thực hiện từ nguồn chi thường xuyên năm 2028 của Thuế tỉnh.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Nghiệp vụ là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        "2. Các Chi cục Thuế khu vực báo cáo tiến độ rà soát về Phòng Nghiệp vụ trước ngày 05 hằng tháng.",
        "3. Các Chi cục Thuế khu vực chủ động phối hợp với chính quyền địa phương trong quá trình thực hiện.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Trưởng Thuế tỉnh xem xét, giải quyết./.",
        "Nơi nhận:",
        "- Cục Thuế (để b/c);",
        "- Các phòng, Chi cục Thuế khu vực;",
        "- Lưu: VT, NV.",
        "TRƯỞNG THUẾ TỈNH",
        "Đặng Quốc Huy",
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = text in bold or text.isupper()
    document.save(path)


RX2_TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH ĐÔNG SƠN
Số: 45/KH-BHXH
Đông Sơn, ngày 10 tháng 3 năm 2028

KẾ HOẠCH
Phát triển người tham gia bảo hiểm xã hội tự nguyện năm 2028

I. MỤC ĐÍCH
Tăng số người tham gia bảo hiểm xã hội tự nguyện trên địa bàn tỉnh thêm 8% so với năm 2027.

II. CÁC HOẠT ĐỘNG
1. Rà soát danh sách người lao động khu vực phi chính thức chưa tham gia bảo hiểm xã hội (Phòng Quản lý thu chủ trì; tháng 4/2028).
2. Tổ chức hội nghị đối thoại với người lao động tự do tại các xã, phường: Bảo hiểm xã hội khu vực I thực hiện trong quý II/2028.
3. Phát triển đại lý thu tại thôn, tổ dân phố; Phòng Truyền thông chủ trì, hoàn thành trước ngày 30/6/2028.
4. Gửi tin nhắn nhắc đóng phí đến người tham gia sắp đến hạn: Phòng Công nghệ thông tin thực hiện hằng tháng.
5. Bảo hiểm xã hội khu vực II và Bảo hiểm xã hội khu vực III tổ chức tuyên truyền lưu động tại các chợ phiên, hoàn thành trước ngày 30/9/2028.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý thu là đơn vị thường trực, giúp Giám đốc theo dõi, đôn đốc việc thực hiện Kế hoạch này.
2. Văn phòng bảo đảm kinh phí, ấn phẩm tuyên truyền phục vụ các hoạt động của Kế hoạch.
3. Các Bảo hiểm xã hội khu vực báo cáo số người tham gia mới về Phòng Quản lý thu trước ngày 25 hằng tháng.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Quản lý thu để tổng hợp, báo cáo Giám đốc./.

Nơi nhận:
- BHXH Việt Nam (để b/c);
- Các phòng, BHXH khu vực;
- Lưu: VT, QLT.

GIÁM ĐỐC
Phan Thị Thu Hà
"""


def siblings_rx() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    (DOCS / "rx2_kh_bhxh_tinh_phat_trien_tu_nguyen.txt").write_text(RX2_TEXT, encoding="utf-8")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc rx1 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rx1_kh_thue_tinh_ra_soat_ho_kinh_doanh.docx"
        rx1_docx(h, source)
        h.soffice_convert(source, "doc", DOCS / "rx1_kh_thue_tinh_ra_soat_ho_kinh_doanh.doc")
