"""The main corpus's siblings of the held-out document h521 (moved to the main corpus when the importer
was taught its shape, helper h13fixRY), with other bodies, tasks, dates and surface details. Their
expected items (expected/ry*_…) were written by hand before their first import.
`python tests/importing/corpus/make_docs.py --siblings-ry` writes the three.

- ry1: a provincial plant protection sub-department's plan against the brown planthopper (.docx):
  bold topic headings over `-` tasks, the first of them a whole dated task of one office over two `+`
  tasks of other doers (every station of a kind named by its proper kind, `Các Trạm Trồng trọt và
  Bảo vệ thực vật`, and a centre); that kind leads its dated points, and its weekly report under `TỔ
  CHỨC THỰC HIỆN`; its undated charge to cooperate is no item.
- ry2: a provincial health department's dengue plan as plain text: lettered points under numbered
  topics, the first a whole dated task of a centre over `-` tasks of other doers (every district
  health centre, the provincial hospital); the district centres lead their dated point, a closing
  weekly report of them and a centre (lead not scored), their undated charge no item.
- ry3: a provincial tax department's plan for the personal income tax settlement (.doc, written from
  .docx by LibreOffice): the first `-` task recurs (`hằng tuần trong thời gian quyết toán`) over `+`
  tasks of every regional tax branch and of the department's office; the branches lead their dated
  points and their monthly report, their undated charge is no item.
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


def _write(document, lines: list[str]) -> None:
    """Paragraphs; a line starting with `**` is bold (a heading)."""
    for line in lines:
        if line.startswith("**"):
            document.add_paragraph().add_run(line[2:]).bold = True
        else:
            document.add_paragraph(line)


def ry1_docx(h, path: Path) -> None:
    """A plant protection sub-department's plan against the brown planthopper, 15/02/2027."""
    document = _document()
    h.national_header(
        document,
        [
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ NAM SƠN",
            "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT",
            "Số: 41/KH-TTBVTV",
        ],
        "Hà Nam Sơn, ngày 15 tháng 02 năm 2027",
    )
    _write(
        document,
        [
            "**KẾ HOẠCH",
            "**Phòng trừ rầy nâu hại lúa vụ Đông Xuân năm 2027",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "Phát hiện sớm, phòng trừ kịp thời rầy nâu, không để rầy gây cháy ổ trên diện rộng; hướng dẫn nông dân sử dụng thuốc bảo vệ thực vật an toàn, hiệu quả.",
            "**II. NỘI DUNG THỰC HIỆN",
            "**1. Công tác điều tra, dự báo",
            "- Phòng Bảo vệ thực vật phối hợp Trung tâm Khuyến nông tỉnh xây dựng bản tin dự báo sâu bệnh, phát hành trước ngày 05/3/2027.",
            "+ Các Trạm Trồng trọt và Bảo vệ thực vật tổ chức điều tra mật độ rầy nâu trên đồng ruộng, báo cáo trước ngày 20/3/2027.",
            "+ Trung tâm Khuyến nông tỉnh cấp phát 5.000 tờ rơi hướng dẫn nhận biết rầy nâu cho các xã, xong trước ngày 10/3/2027.",
            "- Rà soát diện tích lúa gieo cấy muộn trên địa bàn tỉnh, hoàn thành trong tháng 3/2027 (Phòng Trồng trọt chủ trì).",
            "**2. Công tác phòng trừ",
            "- Các Trạm Trồng trọt và Bảo vệ thực vật tổ chức chỉ đạo phun thuốc trừ rầy tập trung khi mật độ vượt ngưỡng (từ ngày 01/4/2027 đến ngày 30/4/2027).",
            "- Kiểm tra các cửa hàng kinh doanh thuốc bảo vệ thực vật, định kỳ hằng quý (Phòng Thanh tra - Pháp chế chủ trì).",
            "**III. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Bảo vệ thực vật là đơn vị thường trực, giúp Chi cục trưởng theo dõi, đôn đốc việc thực hiện Kế hoạch.",
            "2. Các Trạm Trồng trọt và Bảo vệ thực vật báo cáo tình hình dịch hại vào thứ Năm hằng tuần về Chi cục qua Phòng Bảo vệ thực vật.",
            "3. Các Trạm Trồng trọt và Bảo vệ thực vật chủ động phối hợp với Ủy ban nhân dân các xã trong quá trình thực hiện.",
            "Nơi nhận:",
            "- Sở Nông nghiệp và Môi trường (b/c);",
            "- Các phòng, Trạm;",
            "- Lưu: VT, BVTV.",
            "CHI CỤC TRƯỞNG",
            "Đinh Văn Quảng",
        ],
    )
    document.save(path)


RY2_TEXT = """SỞ Y TẾ TỈNH BÌNH NGUYÊN
Số: 96/KH-SYT
Bình Nguyên, ngày 10 tháng 5 năm 2027

KẾ HOẠCH
Phòng, chống bệnh sốt xuất huyết năm 2027

I. MỤC TIÊU
Giảm số ca mắc và không để tử vong do sốt xuất huyết; phát hiện sớm, xử lý triệt để ổ dịch.

II. NHIỆM VỤ CỤ THỂ
1. Giám sát, phát hiện sớm ca bệnh
a) Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp Bệnh viện Đa khoa tỉnh tổ chức tập huấn giám sát ca bệnh sốt xuất huyết cho tuyến huyện trước ngày 30/5/2027.
- Các Trung tâm Y tế huyện tổ chức lập danh sách cán bộ tham dự tập huấn, gửi về Trung tâm Kiểm soát bệnh tật tỉnh trước ngày 20/5/2027.
- Bệnh viện Đa khoa tỉnh chuẩn bị giường bệnh, thuốc và vật tư điều trị trước ngày 15/6/2027.
b) Kiểm tra công tác phòng, chống dịch tại các phòng khám tư nhân, định kỳ hằng tháng (Thanh tra Sở chủ trì).
2. Xử lý ổ dịch
a) Các Trung tâm Y tế huyện tổ chức phun hóa chất diệt muỗi tại các ổ dịch trong tháng 7/2027.
b) Cấp phát hóa chất, máy phun cho các huyện trước ngày 30/6/2027 (Trung tâm Kiểm soát bệnh tật tỉnh chủ trì).

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách sự nghiệp y tế năm 2027.
2. Các Trung tâm Y tế huyện, Trung tâm Kiểm soát bệnh tật tỉnh báo cáo số ca mắc sốt xuất huyết vào thứ Hai hằng tuần về Sở Y tế.
3. Các Trung tâm Y tế huyện chủ động phối hợp với các đơn vị liên quan trong quá trình thực hiện.

Nơi nhận:
- Ủy ban nhân dân tỉnh (b/c);
- Các đơn vị trực thuộc;
- Lưu: VT, NVY.
GIÁM ĐỐC
Lương Thị Hảo
"""


def ry3_docx(h, path: Path) -> None:
    """A provincial tax department's plan for the 2026 personal income tax settlement, 05/01/2027."""
    document = _document()
    h.national_header(
        document,
        ["BỘ TÀI CHÍNH", "CỤC THUẾ TỈNH LAM GIANG", "Số: 18/KH-CTLG"],
        "Lam Giang, ngày 05 tháng 01 năm 2027",
    )
    _write(
        document,
        [
            "**KẾ HOẠCH",
            "**Hỗ trợ quyết toán thuế thu nhập cá nhân năm 2026",
            "**I. MỤC ĐÍCH, YÊU CẦU",
            "Hỗ trợ người nộp thuế thực hiện quyết toán thuế thu nhập cá nhân đúng hạn, thuận lợi; giải quyết hồ sơ hoàn thuế nhanh chóng, đúng quy định.",
            "**II. NỘI DUNG",
            "**1. Tuyên truyền, hỗ trợ người nộp thuế",
            "- Phòng Tuyên truyền và Hỗ trợ người nộp thuế phối hợp Báo Lam Giang đăng tải chuyên mục hỏi đáp chính sách thuế hằng tuần trong thời gian quyết toán.",
            "+ Các Chi cục Thuế khu vực tổ chức đối thoại với người nộp thuế trong tháng 02/2027.",
            "+ Văn phòng Cục Thuế phát hành tài liệu hướng dẫn quyết toán đến các doanh nghiệp trước ngày 25/01/2027.",
            "- Nâng cấp ứng dụng hỗ trợ quyết toán thuế trực tuyến trên Cổng thông tin điện tử của Cục, xong trước ngày 15/01/2027 (Phòng Công nghệ thông tin chủ trì).",
            "**2. Tiếp nhận, giải quyết hồ sơ",
            "- Các Chi cục Thuế khu vực tiếp nhận, xử lý hồ sơ quyết toán, hoàn thuế thu nhập cá nhân (từ ngày 01/3/2027 đến ngày 30/6/2027).",
            "- Kiểm tra việc chấp hành quy trình tại các Chi cục Thuế khu vực, hoàn thành trước ngày 30/9/2027 (Phòng Kiểm tra nội bộ chủ trì).",
            "**III. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Tuyên truyền và Hỗ trợ người nộp thuế là đơn vị đầu mối, theo dõi, tổng hợp tình hình thực hiện Kế hoạch.",
            "2. Các Chi cục Thuế khu vực báo cáo kết quả hỗ trợ quyết toán về Cục Thuế qua Phòng Tuyên truyền và Hỗ trợ người nộp thuế trước ngày 10 hằng tháng.",
            "3. Các Chi cục Thuế khu vực chủ động phối hợp với chính quyền địa phương trong quá trình thực hiện.",
            "Nơi nhận:",
            "- Tổng cục Thuế (b/c);",
            "- Các Chi cục Thuế khu vực;",
            "- Lưu: VT, TTHT.",
            "CỤC TRƯỞNG",
            "Hà Minh Tuấn",
        ],
    )
    document.save(path)


def siblings_ry() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    ry1_docx(h, DOCS / "ry1_kh_chi_cuc_bvtv_ray_nau.docx")
    (DOCS / "ry2_kh_so_y_te_sot_xuat_huyet.txt").write_text(RY2_TEXT, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ry3_kh_cuc_thue_quyet_toan_tncn.docx"
        ry3_docx(h, source)
        h.soffice_convert(source, "doc", DOCS / "ry3_kh_cuc_thue_quyet_toan_tncn.doc")
