"""The main corpus's siblings of h696 (a commune police station's notice of conclusions for Tết), by
h13fixXG on 2026-12-06: a notice of conclusions whose first point only tells how a period stands with
no `đã` (`Quý III/2028, hoạt động … tương đối ổn định; …`, `Sáu tháng đầu năm 2029, … có chuyển biến tích
cực; …`: no item) and one point only exhorts all the staff (`Toàn thể viên chức, người lao động nâng cao
ý thức trách nhiệm, …, hoàn thành tốt nhiệm vụ được giao.`: no item), beside a point giving all the staff
a concrete, dated act (`Toàn thể viên chức … tham gia Ngày hội hiến máu …`: an item). Their expected items
(expected/xg1_…, xg2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-xg` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XG1_PARAGRAPHS = (
    "SỞ Y TẾ TỈNH NAM ĐÀ",
    "BỆNH VIỆN ĐA KHOA HUYỆN KRÔNG NĂNG",
    "Số: 42/TB-BV",
    "THÔNG BÁO",
    "Kết luận của Giám đốc Bệnh viện tại cuộc họp giao ban quý III năm 2028",
    "Ngày 08/10/2028, Giám đốc Bệnh viện chủ trì cuộc họp giao ban quý III; dự họp có các Phó Giám đốc, "
    "trưởng các khoa, phòng. Giám đốc kết luận như sau:",
    "1. Quý III/2028, hoạt động khám, chữa bệnh tại Bệnh viện tương đối ổn định; công suất sử dụng giường "
    "bệnh đạt 92%; công tác thanh toán bảo hiểm y tế còn chậm.",
    "2. Phòng Kế hoạch tổng hợp chủ trì, phối hợp Phòng Tài chính kế toán đối chiếu, quyết toán chi phí "
    "khám, chữa bệnh bảo hiểm y tế quý III với Bảo hiểm xã hội huyện trước ngày 25/10/2028.",
    "3. Khoa Dược kiểm kê thuốc, vật tư y tế tồn kho, hoàn thành trước ngày 31/10/2028.",
    "4. Khoa Kiểm soát nhiễm khuẩn tổ chức tập huấn vệ sinh tay cho điều dưỡng các khoa trong tháng 11/2028.",
    "5. Toàn thể viên chức, người lao động Bệnh viện tham gia Ngày hội hiến máu tình nguyện ngày "
    "15/11/2028 tại Hội trường Bệnh viện.",
    "6. Toàn thể viên chức, người lao động nâng cao ý thức trách nhiệm, phát huy tinh thần đoàn kết, hoàn "
    "thành tốt nhiệm vụ được giao.",
    "7. Phòng Tổ chức - Hành chính tổng hợp kết quả thực hiện, báo cáo Giám đốc trước ngày 05/12/2028.",
    "Bệnh viện thông báo để các khoa, phòng biết, thực hiện./.",
    "Nơi nhận:",
    "- Ban Giám đốc;",
    "- Các khoa, phòng;",
    "- Lưu: VT, TCHC.",
    "GIÁM ĐỐC",
    "Y Thông Niê",
)


def xg1_docx(path: Path) -> None:
    """A district hospital's notice of the director's conclusions at its third-quarter meeting (.docx)."""
    from docx import Document

    document = Document()
    for text in XG1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


XG2_LINES = (
    "ỦY BAN NHÂN DÂN XÃ PHÚ MỸ",
    "Số: 77/TB-UBND",
    "",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND xã tại cuộc họp sơ kết công tác cải cách hành chính 6 tháng đầu năm 2029",
    "",
    "Ngày 05/7/2029, Chủ tịch UBND xã chủ trì cuộc họp sơ kết công tác cải cách hành chính. Sau khi nghe "
    "báo cáo và ý kiến của các thành viên, Chủ tịch UBND xã kết luận như sau:",
    "",
    "1. Sáu tháng đầu năm 2029, công tác cải cách hành chính trên địa bàn xã có chuyển biến tích cực; tuy "
    "nhiên tỷ lệ hồ sơ nộp trực tuyến còn thấp.",
    "2. Văn phòng HĐND và UBND xã rà soát, đề xuất cắt giảm thủ tục hành chính, trình Chủ tịch UBND xã "
    "trước ngày 20/7/2029.",
    "3. Công an xã phối hợp Văn phòng HĐND và UBND xã hướng dẫn người dân kích hoạt tài khoản định danh "
    "điện tử, hoàn thành trước ngày 31/8/2029.",
    "4. Các đồng chí cán bộ, công chức xã tiếp tục nêu cao tinh thần trách nhiệm, chủ động thực hiện "
    "nhiệm vụ được giao.",
    "5. Các đồng chí cán bộ, công chức xã hoàn thành khóa bồi dưỡng kỹ năng số trên nền tảng trực tuyến "
    "trước ngày 30/9/2029.",
    "6. Văn phòng HĐND và UBND xã tổng hợp kết quả cải cách hành chính 9 tháng, báo cáo UBND huyện trước "
    "ngày 15/9/2029.",
    "",
    "UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    "",
    "Nơi nhận:",
    "- TT Đảng ủy, TT HĐND xã;",
    "- Lưu: VT.",
    "CHỦ TỊCH",
    "Lê Văn Tùng",
)
XG2_TEXT = "\n".join(XG2_LINES) + "\n"


def xg2_txt(path: Path) -> None:
    """A commune people's committee's notice of its chairman's conclusions on administrative reform
    (plain text)."""
    path.write_text(XG2_TEXT, encoding="utf-8")


def siblings_xg() -> None:
    xg1_docx(DOCS / "xg1_tbkl_benh_vien_huyen_giao_ban_quy.docx")
    xg2_txt(DOCS / "xg2_tbkl_ubnd_xa_cai_cach_hanh_chinh.txt")
