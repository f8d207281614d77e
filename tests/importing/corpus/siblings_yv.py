"""The main corpus's siblings of the held-out documents h784 and h789 (moved to the main corpus when
the importer was taught their shapes, by h13fixYV on 2026-12-06). yv1 (h784's): a district hospital's
notice of briefing conclusions (.docx) with a dashed department name whose two fields share their
last words (`Phòng Quản lý chất lượng - Kiểm định chất lượng`: the name whole), a `thường xuyên`
closing a comma clause with an object of its own (no time) beside one closing the task's only
clause (ongoing), and an unnumbered closing follow-up of a named unit (`Phòng Kế hoạch - Nghiệp vụ
theo dõi, đôn đốc các khoa, phòng triển khai thực hiện, báo cáo Giám đốc tại giao ban tháng
5/2027`: an item due that month). yv2 (h789's): an urban environment company's rainy-season plan
(.docx) whose `TỔ CHỨC THỰC HIỆN` points close later clauses with a condition (`…; chỉ đạo bơm tiêu,
thu dọn rác trôi khi có mưa lớn`: no time), a basis's round (`…; quyết toán theo kết quả nghiệm thu
hằng quý`: no time) and a condition after a clause that hands on the task's product (`…; trình Giám
đốc khi có đề nghị của các xí nghiệp`: review), and every enterprise's daily report (`Các xí nghiệp,
chi nhánh báo cáo …`: an item, lead not scored). yv3 (both): a water supply company's dry-season plan
(Markdown) with `Đội Lắp đặt đồng hồ - Kiểm định đồng hồ`, a condition closing a later act, a comma
clause's `thường xuyên`, a numbered follow-up of the branches' carrying out reported at a month's
briefing and the branches' weekly report. Their expected items (expected/yv1_…, yv2_…, yv3_…) were
written by hand before the first import. `python tests/importing/corpus/make_docs.py --siblings-yv`
writes the three.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

from sibling_writers import letter_tables

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

_YV1_HEADER = (
    (
        "SỞ Y TẾ TỈNH HÀ NGUYÊN\nTRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN\n───────",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────────",
    ),
    ("Số: 112/TB-TTYT", "Đông Sơn, ngày 10 tháng 4 năm 2027"),
)
YV1_PARAGRAPHS = (
    "THÔNG BÁO",
    "Kết luận của Giám đốc Trung tâm tại cuộc họp giao ban tháng 4 năm 2027",
    "Ngày 08/4/2027, Giám đốc Trung tâm Y tế huyện chủ trì cuộc họp giao ban tháng 4/2027 với các khoa, phòng. Sau khi nghe báo cáo và ý kiến thảo luận, Giám đốc kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Trong tháng 3/2027, Trung tâm khám cho 9.870 lượt người bệnh, điều trị nội trú 1.215 lượt; công suất giường bệnh đạt 96%. Việc tuân thủ vệ sinh tay tại một số khoa còn chưa đạt yêu cầu.",
    "II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
    "1. Phòng Quản lý chất lượng - Kiểm định chất lượng rà soát bộ tiêu chí chất lượng bệnh viện năm 2027, trình Giám đốc trước ngày 25/4/2027.",
    "2. Khoa Dược kiểm tra hạn dùng thuốc tại các tủ trực của khoa lâm sàng, cập nhật danh mục thuốc thiết yếu trên phần mềm quản lý bệnh viện thường xuyên.",
    "3. Phòng Điều dưỡng giám sát việc tuân thủ vệ sinh tay tại các khoa lâm sàng thường xuyên.",
    "4. Khoa Cấp cứu phối hợp Phòng Tổ chức - Hành chính bố trí thêm 01 kíp trực cấp cứu ngoại viện; thực hiện từ ngày 01/5/2027.",
    "5. Phòng Tài chính - Kế toán hoàn thành quyết toán kinh phí quý I/2027, báo cáo Giám đốc trước ngày 30/4/2027.",
    "Phòng Kế hoạch - Nghiệp vụ theo dõi, đôn đốc các khoa, phòng triển khai thực hiện, báo cáo Giám đốc tại giao ban tháng 5/2027.",
    "Trung tâm Y tế huyện thông báo để các khoa, phòng biết, thực hiện./.",
)
_YV1_FOOTER = (
    "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Lưu: VT, KHNV.",
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Thị Hằng",
)


def yv1_docx(path: Path) -> None:
    """A district hospital's notice of briefing conclusions (.docx)."""
    letter_tables(path, _YV1_HEADER, YV1_PARAGRAPHS, _YV1_FOOTER)


_YV2_HEADER = (
    (
        "UBND THỊ XÃ BẮC HÀ\nCÔNG TY CỔ PHẦN MÔI TRƯỜNG ĐÔ THỊ BẮC HÀ\n───────",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────────",
    ),
    ("Số: 21/KH-MTĐT", "Bắc Hà, ngày 02 tháng 4 năm 2027"),
)
YV2_PARAGRAPHS = (
    "KẾ HOẠCH",
    "Phòng, chống ngập úng và bảo đảm vệ sinh môi trường mùa mưa năm 2027",
    "Thực hiện hợp đồng dịch vụ công ích thoát nước và vệ sinh môi trường đô thị năm 2027 với UBND thị xã; toàn thị xã hiện có 14 điểm thường xuyên ngập úng khi mưa lớn. Công ty xây dựng kế hoạch như sau:",
    "I. NHIỆM VỤ CỤ THỂ",
    "1. Nạo vét 42 km cống thoát nước dọc các tuyến phố chính và 06 hồ điều hòa. Đơn vị thực hiện: Xí nghiệp Thoát nước số 1. Thời gian: hoàn thành trước ngày 30/4/2027.",
    "2. Thu gom rác thải tồn đọng tại 35 điểm tập kết trên địa bàn các phường. Đơn vị thực hiện: Xí nghiệp Môi trường số 2. Thời gian: trong tháng 4/2027.",
    "3. Kiểm tra, sửa chữa 120 nắp hố ga bị hư hỏng, lắp lưới chắn rác tại cửa thu nước. Đơn vị thực hiện: Đội Duy tu hạ tầng. Thời gian: trước ngày 15/5/2027.",
    "4. Cập nhật bản đồ điểm ngập úng trên phần mềm quản lý hạ tầng thoát nước. Đơn vị thực hiện: Phòng Kỹ thuật - Kế hoạch. Thời gian: thường xuyên.",
    "II. KINH PHÍ",
    "Kinh phí thực hiện từ nguồn dự toán dịch vụ công ích năm 2027 đã được giao.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Chỉ huy phòng chống thiên tai Công ty là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; chỉ đạo bơm tiêu, thu dọn rác trôi khi có mưa lớn.",
    "2. Phòng Tài chính - Kế toán bố trí kinh phí, vật tư phục vụ Kế hoạch; quyết toán theo kết quả nghiệm thu hằng quý.",
    "3. Phòng Kế hoạch - Vật tư lập dự toán mua bổ sung 04 máy bơm di động; trình Giám đốc khi có đề nghị của các xí nghiệp.",
    "4. Các xí nghiệp, chi nhánh báo cáo tình hình ngập úng, kết quả khắc phục về Phòng Kỹ thuật - Kế hoạch trước 17 giờ hằng ngày trong mùa mưa.",
    "5. Giám đốc các xí nghiệp, chi nhánh căn cứ Kế hoạch chủ động triển khai thực hiện.",
)
_YV2_FOOTER = (
    "Nơi nhận:\n- UBND thị xã (b/c);\n- Các phòng, xí nghiệp, chi nhánh;\n- Lưu: VT, KTKH.",
    "GIÁM ĐỐC\n\n\n\nĐào Văn Thịnh",
)


def yv2_docx(path: Path) -> None:
    """An urban environment company's rainy-season plan (.docx)."""
    letter_tables(path, _YV2_HEADER, YV2_PARAGRAPHS, _YV2_FOOTER)


YV3_LINES = (
    "**UBND TỈNH HÀ NGUYÊN**  ",
    "**CÔNG TY CỔ PHẦN CẤP NƯỚC HÀ NGUYÊN**",
    "",
    "Số: 35/KH-CNHN — Hà Nguyên, ngày 05 tháng 3 năm 2027",
    "",
    "# KẾ HOẠCH",
    "## Bảo đảm cấp nước an toàn mùa khô năm 2027",
    "",
    "Dự báo mùa khô năm 2027 mực nước sông Lam xuống thấp, nguy cơ xâm nhập mặn tại trạm bơm nước thô. Công ty xây dựng Kế hoạch như sau:",
    "",
    "### I. NHIỆM VỤ CỤ THỂ",
    "",
    "1. Xí nghiệp Sản xuất nước Hòa Bình kiểm tra, bảo dưỡng 06 tổ máy bơm nước thô, hoàn thành trước ngày 31/3/2027.",
    "",
    "2. Đội Lắp đặt đồng hồ - Kiểm định đồng hồ kiểm tra, thay thế 350 đồng hồ nước đã hết hạn kiểm định, xong trước ngày 30/6/2027.",
    "",
    "3. Đội Sửa chữa đường ống lập phương án ứng cứu sự cố vỡ ống truyền tải; huy động xe, máy thi công khi có sự cố.",
    "",
    "4. Phòng Kinh doanh thông báo lịch cấp nước luân phiên cho khách hàng các phường, cập nhật tình hình cấp nước trên ứng dụng của Công ty thường xuyên.",
    "",
    "### II. TỔ CHỨC THỰC HIỆN",
    "",
    "1. Phòng Kế hoạch - Kỹ thuật theo dõi, đôn đốc các chi nhánh, xí nghiệp thực hiện và báo cáo Giám đốc Công ty tại giao ban tháng 7/2027.",
    "",
    "2. Các chi nhánh, xí nghiệp báo cáo sản lượng nước, tình hình thiếu nước về Phòng Kế hoạch - Kỹ thuật trước 9 giờ thứ Hai hằng tuần.",
    "",
    "3. Giám đốc các chi nhánh, xí nghiệp căn cứ Kế hoạch chủ động triển khai thực hiện.",
    "",
    "**GIÁM ĐỐC**  ",
    "Lương Đức Trí",
)
YV3_TEXT = "\n".join(YV3_LINES) + "\n"


def yv3_md(path: Path) -> None:
    """A water supply company's dry-season plan (Markdown)."""
    path.write_text(YV3_TEXT, encoding="utf-8")


def siblings_yv() -> None:
    yv1_docx(DOCS / "yv1_tbkl_ttyt_huyen_giao_ban.docx")
    yv2_docx(DOCS / "yv2_kh_moi_truong_do_thi_mua_mua.docx")
    yv3_md(DOCS / "yv3_kh_cap_nuoc_mua_kho.md")
