"""The main corpus's siblings of yv3 (a water supply company's plan read by the fallback,
action_items), written by h13fixYY on 2026-12-06 when the fallback was taught to leave out an
undated general charge under `TỔ CHỨC THỰC HIỆN` (prose_tasks.general_charges). yy1: a power
company's storm-season plan (Markdown) whose organising points end with a charge to the heads of
every unit (`Thủ trưởng các phòng, đơn vị, Giám đốc các Điện lực căn cứ Kế hoạch chủ động triển
khai thực hiện.`: no item) after a named unit's undated duty (an item, due none) and every branch's
report by a day (an item, lead not scored). yy2: a district hospital's plan against dengue fever
(plain text) whose organising points hold a charge to every department (`Các khoa, phòng căn cứ
chức năng, nhiệm vụ chủ động phối hợp thực hiện Kế hoạch.`: no item), every clinical department
sending its own product to a named unit (`Các khoa lâm sàng gửi danh sách … về Phòng Kế hoạch
tổng hợp`: an item, undated) and a dated charge to the heads of every department (`Trưởng các
khoa, phòng tổ chức … xong trước ngày …`: an item). Their expected items (expected/yy1_…, yy2_…)
were written by hand before the first import. `python tests/importing/corpus/make_docs.py
--siblings-yy` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YY1_LINES = (
    "**TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG**  ",
    "**CÔNG TY ĐIỆN LỰC QUẢNG HÒA**",
    "",
    "Số: 418/KH-PCQH — Quảng Hòa, ngày 12 tháng 6 năm 2027",
    "",
    "# KẾ HOẠCH",
    "## Phòng, chống thiên tai mùa mưa bão năm 2027",
    "",
    "Để chủ động ứng phó với mưa bão, bảo đảm cung cấp điện an toàn, Công ty Điện lực Quảng Hòa ban hành Kế hoạch như sau:",
    "",
    "### I. NHIỆM VỤ",
    "",
    "1. Phòng Kỹ thuật rà soát hành lang an toàn các tuyến đường dây 110 kV, lập danh sách cây có nguy cơ ngã đổ, hoàn thành trước ngày 15/7/2027.",
    "",
    "2. Điện lực Bình Sơn chặt tỉa cây xanh trong hành lang tuyến đường dây 22 kV qua các xã ven biển, xong trước ngày 31/7/2027.",
    "",
    "3. Phòng Vật tư dự trữ cột điện, dây dẫn, máy phát điện dự phòng tại kho Công ty; cấp phát cho các Điện lực khi có sự cố.",
    "",
    "4. Đội Quản lý vận hành lưới điện cao thế kiểm tra hệ thống tiếp địa tại 24 trạm biến áp 110 kV, hoàn thành trong tháng 8/2027.",
    "",
    "### II. TỔ CHỨC THỰC HIỆN",
    "",
    "1. Văn phòng Công ty bố trí xe, phương tiện thông tin liên lạc phục vụ Ban Chỉ huy phòng, chống thiên tai.",
    "",
    "2. Các Điện lực báo cáo tình hình thiệt hại lưới điện về Phòng Kỹ thuật trước 16 giờ 00 hằng ngày trong thời gian có bão.",
    "",
    "3. Thủ trưởng các phòng, đơn vị, Giám đốc các Điện lực căn cứ Kế hoạch chủ động triển khai thực hiện.",
    "",
    "**GIÁM ĐỐC**  ",
    "Trần Văn Hiếu",
)
YY1_TEXT = "\n".join(YY1_LINES) + "\n"

YY2_LINES = (
    "SỞ Y TẾ TỈNH BÌNH NGUYÊN",
    "BỆNH VIỆN ĐA KHOA HUYỆN TÂY LÂM",
    "Số: 57/KH-BV                         Tây Lâm, ngày 20 tháng 5 năm 2027",
    "",
    "KẾ HOẠCH",
    "Phòng, chống dịch sốt xuất huyết năm 2027",
    "",
    "Căn cứ tình hình dịch sốt xuất huyết trên địa bàn huyện, Bệnh viện xây dựng Kế hoạch như sau:",
    "",
    "I. NHIỆM VỤ CỤ THỂ",
    "1) Khoa Kiểm soát nhiễm khuẩn phun hóa chất diệt muỗi toàn bộ khuôn viên Bệnh viện, hoàn thành trước ngày 10/6/2027.",
    "2) Khoa Truyền nhiễm bố trí 20 giường bệnh điều trị sốt xuất huyết, hoàn thành trước ngày 31/5/2027.",
    "3) Khoa Dược dự trữ dịch truyền, thuốc hạ sốt, test chẩn đoán nhanh đủ dùng trong mùa dịch.",
    "4) Phòng Điều dưỡng tổ chức tập huấn phác đồ điều trị sốt xuất huyết cho điều dưỡng các khoa, xong trong tháng 6/2027.",
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1) Phòng Kế hoạch tổng hợp làm đầu mối theo dõi, tổng hợp tình hình người bệnh sốt xuất huyết, báo cáo Giám đốc.",
    "2) Các khoa lâm sàng gửi danh sách người bệnh nghi sốt xuất huyết về Phòng Kế hoạch tổng hợp để tổng hợp.",
    "3) Trưởng các khoa, phòng tổ chức phổ biến Kế hoạch cho toàn thể nhân viên, xong trước ngày 05/6/2027.",
    "4) Các khoa, phòng căn cứ chức năng, nhiệm vụ chủ động phối hợp thực hiện Kế hoạch.",
    "",
    "GIÁM ĐỐC",
    "Phạm Thị Ngọc Lan",
)
YY2_TEXT = "\n".join(YY2_LINES) + "\n"


def yy1_md(path: Path) -> None:
    path.write_text(YY1_TEXT, encoding="utf-8")


def yy2_txt(path: Path) -> None:
    path.write_text(YY2_TEXT, encoding="utf-8")


def siblings_yy() -> None:
    yy1_md(DOCS / "yy1_kh_dien_luc_mua_bao.md")
    yy2_txt(DOCS / "yy2_kh_bv_sot_xuat_huyet.txt")
