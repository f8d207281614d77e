"""The main corpus's siblings of the held-out documents h435 and h442 (moved to the main corpus
when the importer was taught their shapes, helper h13fixRE). re1: a district office's dispatch whose
numbered labels only name the unit, with no colon, over lettered duties — a name ending in a field
of work that reads like a verb (`Phòng Nghiệp vụ tổng hợp`, `Trung tâm Dữ liệu thống kê`) — a duty
due before a season (`trước mùa khô`: for review), then a closing report request to every unit and
a courtesy sentence after the last label. re2: a department's notice of conclusions, dash duties
under `N. <unit>:` labels, the last dash an undated follow-up, then the closing request by a day
written out in words (`trước ngày 20 tháng 11 năm 2026`). h436 (moved too) has no sibling: the shape
its miss shows (an undated numbered duty of a named unit under `TỔ CHỨC THỰC HIỆN` in a labelled
plan) was not taught, two other held-out plans and a unit test expecting no item there. Their
expected items (expected/re*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-re` writes both.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _letterhead(document, left: str, number: str, place_date: str) -> None:
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = left
    heading.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    heading.cell(1, 0).text = number
    heading.cell(1, 1).text = place_date


_RE1_BODY = [
    "Kính gửi:",
    "- Các phòng, đơn vị thuộc Cục;",
    "- Chi cục Thống kê các khu vực.",
    "Thực hiện Kế hoạch số 112/KH-TCTK ngày 02/3/2026 của Tổng cục Thống kê về điều tra biến động "
    "dân số năm 2026, Cục Thống kê tỉnh Gia Lai yêu cầu các phòng, đơn vị triển khai các nội dung sau:",
    "1. Phòng Nghiệp vụ tổng hợp",
    "a) Lập danh sách địa bàn điều tra mẫu, phân bổ chỉ tiêu cho các khu vực; hoàn thành trước ngày "
    "20/3/2026.",
    "b) Biên soạn tài liệu hướng dẫn nghiệp vụ cho điều tra viên và tổ trưởng trước mùa khô.",
    "2. Trung tâm Dữ liệu thống kê",
    "a) Cài đặt, kiểm thử chương trình thu thập thông tin trên thiết bị di động; hoàn thành trong "
    "tháng 3/2026.",
    "b) Hỗ trợ kỹ thuật cho điều tra viên trong suốt thời gian thu thập thông tin; thực hiện thường xuyên.",
    "3. Văn phòng Cục",
    "Cấp kinh phí, văn phòng phẩm cho các Chi cục Thống kê khu vực trước ngày 25/3/2026.",
    "Các phòng, đơn vị báo cáo kết quả triển khai về Cục Thống kê (qua Phòng Nghiệp vụ tổng hợp) "
    "trước ngày 30/4/2026 để tổng hợp, báo cáo Tổng cục.",
    "Cục Thống kê đề nghị các đơn vị quan tâm, phối hợp thực hiện./.",
]


def re1_docx(path: Path) -> None:
    """A statistics office's dispatch (Cục Thống kê tỉnh Gia Lai, 05/3/2026)."""
    from docx import Document

    document = Document()
    _letterhead(
        document,
        "TỔNG CỤC THỐNG KÊ\nCỤC THỐNG KÊ TỈNH GIA LAI",
        "Số: 87/CTK-NVTH\nV/v triển khai điều tra biến động dân số năm 2026",
        "Gia Lai, ngày 05 tháng 3 năm 2026",
    )
    for text in _RE1_BODY:
        document.add_paragraph(text)
    document.add_paragraph("Nơi nhận:\n- Như trên;\n- Tổng cục Thống kê (b/c);\n- Lưu: VT, NVTH.")
    document.add_paragraph("CỤC TRƯỞNG\n\nRơ Châm Hiếu")
    document.save(path)


_RE2_BODY = [
    "THÔNG BÁO",
    "Kết luận của Giám đốc Sở Giáo dục và Đào tạo tại cuộc họp giao ban quý III năm 2026",
    "Ngày 05/10/2026, Giám đốc Sở Giáo dục và Đào tạo chủ trì cuộc họp giao ban quý III. Sau khi nghe "
    "các phòng báo cáo, Giám đốc Sở kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Công tác tuyển sinh đầu cấp hoàn thành đúng kế hoạch; việc sắp xếp trường lớp còn chậm ở một "
    "số địa bàn.",
    "II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
    "1. Phòng Giáo dục phổ thông:",
    "- Chỉ đạo các trường rà soát kế hoạch dạy học môn tự chọn, báo cáo trước ngày 25/10/2026.",
    "- Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 trong tháng 12/2026.",
    "2. Phòng Kế hoạch - Tài chính:",
    "- Tổng hợp nhu cầu kinh phí mua sắm thiết bị dạy học năm 2027, trình Giám đốc Sở trước ngày 15/11/2026.",
    "3. Phòng Tổ chức cán bộ:",
    "- Hoàn thành hồ sơ đề nghị xét thăng hạng giáo viên, gửi Sở Nội vụ trước ngày 30/10/2026.",
    "- Tiếp tục theo dõi, đôn đốc các trường thực hiện các nội dung kết luận tại Thông báo này.",
    "Các phòng, đơn vị trực thuộc báo cáo kết quả thực hiện các nhiệm vụ trên về Văn phòng Sở trước "
    "ngày 20 tháng 11 năm 2026 để tổng hợp.",
    "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
]


def re2_docx(path: Path) -> None:
    """A provincial education department's notice of conclusions (Sở GD&ĐT tỉnh Hà Tĩnh, 08/10/2026)."""
    from docx import Document

    document = Document()
    _letterhead(
        document,
        "UBND TỈNH HÀ TĨNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 415/TB-SGDĐT",
        "Hà Tĩnh, ngày 08 tháng 10 năm 2026",
    )
    for text in _RE2_BODY:
        document.add_paragraph(text)
    document.add_paragraph("Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị;\n- Lưu: VT, VP.")
    document.add_paragraph("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nPhan Thị Hà")
    document.save(path)


def siblings_re() -> None:
    DOCS.mkdir(exist_ok=True)
    re1_docx(DOCS / "re1_cv_cuc_thong_ke_nhan_khong_hai_cham.docx")
    re2_docx(DOCS / "re2_tb_ket_luan_so_gddt_bao_cao_ngay_chu.docx")
