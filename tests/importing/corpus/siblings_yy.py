"""The main corpus's siblings of yv3 (a water supply company's plan read by the fallback,
action_items), written by h13fixYY on 2026-12-06 when the fallback was taught to leave out an
undated general charge under `TỔ CHỨC THỰC HIỆN` (prose_tasks.general_charges). yy1: a bus
company's Tết plan (Markdown) whose organising points end with a charge to the heads of every unit
(`Thủ trưởng các phòng, đơn vị căn cứ Kế hoạch chủ động triển khai thực hiện.`: no item) after a
named unit's follow-up reported by a day (an item) and every enterprise's weekly report (an item,
lead not scored). yy2: a district hospital's plan against dengue fever (plain text, `1)` points)
whose organising points hold a charge to every department (`Các khoa, phòng căn cứ chức năng, nhiệm
vụ chủ động phối hợp thực hiện Kế hoạch.`: no item), every clinical department sending its own
product to a named unit each week (`Các khoa lâm sàng gửi danh sách … về Phòng Kế hoạch tổng hợp
trước 15 giờ 00 thứ Sáu hằng tuần`: an item, recurring) and a dated charge to the heads of every
department (`Trưởng các khoa, phòng tổ chức … xong trước ngày 05/6/2027`: an item, lead not
scored). Their expected items (expected/yy1_…, yy2_…) were written by hand before the first import
(yy1 replaces a first draft that another layout read; yy2's two organising points were reworded
after its first import, see the h13fixYY report). `python tests/importing/corpus/make_docs.py
--siblings-yy` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YY1_LINES = (
    "**SỞ GIAO THÔNG VẬN TẢI TỈNH HÀ NGUYÊN**  ",
    "**CÔNG TY CỔ PHẦN XE BUÝT HÀ NGUYÊN**",
    "",
    "Số: 09/KH-XBHN — Hà Nguyên, ngày 02 tháng 12 năm 2027",
    "",
    "# KẾ HOẠCH",
    "## Phục vụ hành khách dịp Tết Nguyên đán Mậu Thân 2028",
    "",
    "Để phục vụ nhu cầu đi lại của nhân dân dịp Tết Nguyên đán, Công ty xây dựng Kế hoạch như sau:",
    "",
    "### I. NHIỆM VỤ CỤ THỂ",
    "",
    "1. Xí nghiệp Xe buýt số 1 kiểm tra, bảo dưỡng 45 xe buýt phục vụ Tết, hoàn thành trước ngày 15/01/2028.",
    "",
    "2. Đội Điều hành vận tải lập biểu đồ chạy xe tăng cường trên 06 tuyến, trình Giám đốc Công ty trước ngày 10/01/2028.",
    "",
    "3. Phòng Kinh doanh in, bán vé tháng Tết cho khách hàng tại các điểm bán vé của Công ty.",
    "",
    "4. Phòng An toàn giao thông tập huấn cho lái xe, nhân viên bán vé về an toàn giao thông dịp Tết, xong trong tháng 12/2027.",
    "",
    "### II. TỔ CHỨC THỰC HIỆN",
    "",
    "1. Phòng Kỹ thuật - Vật tư theo dõi, đôn đốc các xí nghiệp thực hiện, báo cáo Giám đốc Công ty trước ngày 25/01/2028.",
    "",
    "2. Các xí nghiệp báo cáo số chuyến, sản lượng hành khách về Đội Điều hành vận tải trước 10 giờ thứ Sáu hằng tuần.",
    "",
    "3. Thủ trưởng các phòng, đơn vị căn cứ Kế hoạch chủ động triển khai thực hiện.",
    "",
    "**GIÁM ĐỐC**  ",
    "Đỗ Minh Quang",
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
    "1) Phòng Kế hoạch tổng hợp theo dõi, tổng hợp tình hình người bệnh sốt xuất huyết, báo cáo Giám đốc.",
    "2) Các khoa lâm sàng gửi danh sách người bệnh nghi sốt xuất huyết về Phòng Kế hoạch tổng hợp trước 15 giờ 00 thứ Sáu hằng tuần.",
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
    yy1_md(DOCS / "yy1_kh_xe_buyt_tet.md")
    yy2_txt(DOCS / "yy2_kh_bv_sot_xuat_huyet.txt")
