"""The main corpus's siblings of the held-out documents h567 and h569 (moved to the main corpus when
the importer was taught their shapes, helper h13fixSI).
si1: a district Farmers' Union's notice of conclusions (a text .pdf from .docx) whose lettered points
give their lead inside the sentence: after a topic label (`a) Về công tác …: Ban X hướng dẫn …`,
`d) Đối với Quỹ …: Ban Y kiểm tra …`), after the chair's word on a proposal (`b) Nhất trí đề xuất …;
Ban Z lập dự toán, trình trong tháng 02/2028 và tổ chức … trong quý III/2028`: led by Ban Z, due on
the last time), or after `Giao`.
si2: a district Labour Federation's notice of conclusions (.docx) of the same shape with numbered
points, other bodies and times (`trình … trước ngày 10/3/2028; tổ chức … trong tháng 05/2028`).
si3: a provincial Department of Industry and Trade's dispatch (.docx) with bold numbered unit labels
over its points, two of them requests to trade associations (`3. Đề nghị Hiệp hội Doanh nghiệp
tỉnh`, `4. Đề nghị Hiệp hội Vận tải ô tô tỉnh`: each led by the association).
Their expected items (expected/si*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-si` writes them (si1 needs soffice).
"""

import shutil
import sys
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


def si1_docx(h, path: Path) -> None:
    """A district Farmers' Union's notice of its chairman's conclusions (15/01/2028): an assessment
    (no item), five lettered points, a closing charge and the office's line (no items)."""
    document = _document()
    h.national_header(
        document,
        ["HỘI NÔNG DÂN TỈNH ĐẮK NÔNG", "HỘI NÔNG DÂN HUYỆN CƯ JÚT", "Số: 62/TB-HND"],
        "Cư Jút, ngày 15 tháng 01 năm 2028",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của đồng chí Chủ tịch Hội Nông dân huyện tại hội nghị Ban Thường vụ tháng 01 năm 2028",
        "Ngày 12/01/2028, Ban Thường vụ Hội Nông dân huyện họp dưới sự chủ trì của đồng chí Đinh Văn "
        "Hòa, Chủ tịch Hội. Sau khi nghe các ban báo cáo, đồng chí Chủ tịch kết luận như sau:",
        "1. Đánh giá chung",
        "Năm 2027, các cấp Hội đã phát triển 640 hội viên mới, giải ngân 12,5 tỷ đồng vốn Quỹ Hỗ trợ "
        "nông dân; tuy nhiên việc thu hồi vốn ở một số chi hội còn chậm.",
        "2. Nhiệm vụ thời gian tới",
        "a) Về công tác chuẩn bị Đại hội Hội Nông dân cơ sở: Ban Tổ chức - Kiểm tra hướng dẫn các cơ sở "
        "Hội xây dựng đề án nhân sự, hoàn thành trước ngày 15/3/2028.",
        "b) Nhất trí đề xuất mở 03 lớp dạy nghề trồng nấm cho hội viên; Ban Kinh tế - Xã hội lập dự "
        "toán, trình Thường trực trong tháng 02/2028 và tổ chức các lớp trong quý III/2028.",
        "c) Giao Văn phòng tổng hợp báo cáo sơ kết quý I, gửi Hội Nông dân tỉnh trước ngày 05/4/2028.",
        "d) Đối với Quỹ Hỗ trợ nông dân: Ban Kiểm tra kiểm tra việc cho vay, thu hồi vốn tại 06 chi "
        "hội, báo cáo kết quả trong tháng 06/2028.",
        "đ) Ban Tuyên giáo biên soạn tài liệu tuyên truyền Luật Hợp tác xã, phát hành trước ngày 30/4/2028.",
        "Các đồng chí Ủy viên Ban Thường vụ theo địa bàn phụ trách theo dõi, đôn đốc cơ sở thực hiện.",
        "Văn phòng Hội Nông dân huyện thông báo để các ban, cơ sở Hội biết, thực hiện./.",
        "Nơi nhận:",
        "- Hội Nông dân tỉnh (b/c);",
        "- Các ban, cơ sở Hội;",
        "- Lưu: VP.",
        "TL. BAN THƯỜNG VỤ",
        "CHÁNH VĂN PHÒNG",
        "H' Loan Niê",
    ):
        document.add_paragraph(text)
    document.save(path)


def si2_docx(h, path: Path) -> None:
    """A district Labour Federation's notice of its standing committee's conclusions (08/01/2028):
    five numbered points, the last to every commune's trade union (lead not scored)."""
    document = _document()
    h.national_header(
        document,
        ["LIÊN ĐOÀN LAO ĐỘNG TỈNH", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN THANH SƠN", "Số: 09/TB-LĐLĐ"],
        "Thanh Sơn, ngày 08 tháng 01 năm 2028",
    )
    for text in (
        "THÔNG BÁO",
        "Kết luận của Ban Thường vụ Liên đoàn Lao động huyện tại phiên họp tháng 01/2028",
        "Ngày 05/01/2028, Ban Thường vụ Liên đoàn Lao động huyện họp, thống nhất kết luận như sau:",
        "1. Về Tháng Công nhân năm 2028: Ban Tuyên giáo xây dựng kế hoạch, trình Thường trực trước ngày "
        "10/3/2028; tổ chức Lễ phát động trong tháng 05/2028.",
        "2. Thống nhất chủ trương hỗ trợ 50 mái ấm Công đoàn cho đoàn viên khó khăn; Ban Tổ chức rà "
        "soát danh sách, trình trong tháng 02/2028 và bàn giao nhà trong quý IV/2028.",
        "3. Đối với công tác phát triển đoàn viên: Ban Tổ chức hướng dẫn công đoàn cơ sở các doanh "
        "nghiệp kết nạp 1.500 đoàn viên mới, hoàn thành trước ngày 30/11/2028.",
        "4. Giao Văn phòng chuẩn bị nội dung Hội nghị Ban Chấp hành lần thứ 8 vào ngày 20/01/2028.",
        "5. Đề nghị Công đoàn các xã, thị trấn báo cáo số đoàn viên khó khăn về Liên đoàn Lao động huyện "
        "(qua Ban Tổ chức) trước ngày 25/01/2028.",
        "Văn phòng Liên đoàn Lao động huyện thông báo để các đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- LĐLĐ tỉnh (b/c);",
        "- Lưu: VP.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Hà Văn Toản",
    ):
        document.add_paragraph(text)
    document.save(path)


def si3_docx(h, path: Path) -> None:
    """A provincial Department of Industry and Trade's dispatch on goods for the lunar new year
    (05/01/2028): bold numbered unit labels over their points, two of them trade associations."""
    document = _document()
    h.national_header(
        document,
        ["UBND TỈNH NAM TRUNG", "SỞ CÔNG THƯƠNG", "Số: 35/SCT-QLTM"],
        "Nam Trung, ngày 05 tháng 01 năm 2028",
    )

    def bold(text: str) -> None:
        document.add_paragraph().add_run(text).bold = True

    for text, is_label in (
        ("V/v bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán Mậu Thân 2028", False),
        ("Kính gửi:", False),
        ("- Các phòng, đơn vị thuộc Sở;", False),
        ("- Hiệp hội Doanh nghiệp tỉnh;", False),
        ("- Hiệp hội Vận tải ô tô tỉnh.", False),
        (
            "Để bảo đảm cung ứng đủ hàng hóa thiết yếu, bình ổn giá dịp Tết Nguyên đán Mậu Thân 2028, Sở "
            "Công Thương đề nghị các cơ quan, đơn vị triển khai các nội dung sau:",
            False,
        ),
        ("1. Phòng Quản lý thương mại", True),
        ("a) Kiểm tra việc niêm yết giá tại các chợ đầu mối, hoàn thành trước ngày 20/01/2028.", False),
        (
            "b) Tổng hợp kế hoạch dự trữ hàng Tết của các doanh nghiệp, trình Giám đốc Sở trước ngày "
            "12/01/2028.",
            False,
        ),
        ("2. Trung tâm Khuyến công và Xúc tiến thương mại", True),
        ("Tổ chức 05 phiên chợ hàng Việt về các xã vùng cao, hoàn thành trước ngày 25/01/2028.", False),
        ("3. Đề nghị Hiệp hội Doanh nghiệp tỉnh", True),
        (
            "Vận động doanh nghiệp hội viên dự trữ hàng hóa, cam kết bình ổn giá; gửi danh sách doanh "
            "nghiệp tham gia về Sở trước ngày 15/01/2028.",
            False,
        ),
        ("4. Đề nghị Hiệp hội Vận tải ô tô tỉnh", True),
        (
            "Vận động các doanh nghiệp vận tải không tăng giá cước trong dịp Tết (từ ngày 01/02 đến ngày "
            "15/02/2028).",
            False,
        ),
        (
            "Các đơn vị báo cáo kết quả thực hiện về Sở Công Thương (qua Phòng Quản lý thương mại) trước "
            "ngày 20/02/2028.",
            False,
        ),
        ("Sở Công Thương đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.", False),
        ("Nơi nhận:", False),
        ("- Như trên;", False),
        ("- UBND tỉnh (b/c);", False),
        ("- Lưu: VT, QLTM.", False),
        ("GIÁM ĐỐC", False),
        ("Lương Văn Khải", False),
    ):
        if is_label:
            bold(text)
        else:
            document.add_paragraph(text)
    document.save(path)


def siblings_si() -> None:
    DOCS.mkdir(exist_ok=True)
    h = heldout_writers()
    si2_docx(h, DOCS / "si2_tb_lien_doan_lao_dong_ket_luan.docx")
    si3_docx(h, DOCS / "si3_cv_so_cong_thuong_hiep_hoi.docx")
    if not shutil.which("soffice"):
        print("soffice not found: si1 was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "si1_tb_hoi_nong_dan_ket_luan.docx"
        si1_docx(h, source)
        h.soffice_convert(source, "pdf", DOCS / "si1_tb_hoi_nong_dan_ket_luan.pdf")
