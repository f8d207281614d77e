"""The main corpus's siblings of the held-out document h785 (moved to the main corpus when the
importer was taught its shape, by h13fixYS on 2026-12-06): a mass organisation's plan of activities
whose points each print `- Thời gian:` and `- Phân công:` (or `Phân công thực hiện:`) under their
title, the doers its branches and its standing board (`Chi hội Phụ nữ thôn …`, `Ban Thường vụ Hội
…`, `Ban Chấp hành …`), two branches to a point leading together, a board that `chủ trì` leading
where a branch prepares beside it, a board `phối hợp` an official leading alone; times every given
weekday of a month (`các ngày Chủ nhật trong tháng 10`: the last of them), its last one (`thứ Bảy
cuối tháng 6`) and the whole month between points dated in it (`suốt tháng`, `trong tháng`: its
end). ys1: a commune Women's Union's plan (.docx); ys2: a commune Farmers' Association's plan
(Markdown). Their expected items (expected/ys1_…, ys2_…) were written by hand before the first
import. `python tests/importing/corpus/make_docs.py --siblings-ys` writes both.
"""

# ruff: noqa: E501 — document text is data: long lines.

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YS1_LINES = (
    "HỘI LHPN HUYỆN ĐÔNG SƠN",
    "BAN CHẤP HÀNH HỘI LHPN XÃ ĐÔNG HOÀNG",
    "Số: 15/KH-HPN",
    "Đông Hoàng, ngày 25 tháng 9 năm 2027",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2027)",
    "Căn cứ Kế hoạch số 41/KH-HPN ngày 10/9/2027 của Ban Thường vụ Hội LHPN huyện, Ban Chấp hành Hội LHPN xã Đông Hoàng xây dựng kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Tôn vinh truyền thống của Hội, động viên hội viên thi đua phát triển kinh tế gia đình.",
    "- Các hoạt động thiết thực, tiết kiệm, thu hút đông đảo hội viên tham gia.",
    "II. NỘI DUNG HOẠT ĐỘNG",
    '1. Tọa đàm "Phụ nữ khởi nghiệp, làm kinh tế giỏi" với hội viên các thôn',
    "- Thời gian: 8 giờ 00, thứ Sáu ngày 08/10/2027 tại Hội trường UBND xã.",
    "- Phân công: Ban Thường vụ Hội LHPN xã chủ trì; Chi hội Phụ nữ thôn Đông Hòa chuẩn bị hội trường.",
    '2. Ra quân trồng và chăm sóc "Tuyến đường hoa phụ nữ" trên trục đường liên thôn',
    "- Thời gian: các ngày Chủ nhật trong tháng 10.",
    "- Phân công: Chi hội Phụ nữ thôn Trung Thành, Chi hội Phụ nữ thôn Hạ Vũ.",
    '3. Hội thi "Mâm cơm gia đình Việt" cấp xã',
    "- Thời gian: từ ngày 14/10 đến ngày 16/10/2027.",
    "- Phân công: Ban Chấp hành Hội LHPN xã phối hợp Công chức Văn hóa - xã hội xã.",
    '4. Vận động hội viên đóng góp Quỹ "Mái ấm tình thương" (mỗi chi hội ít nhất 2 triệu đồng)',
    "- Thời gian: suốt tháng.",
    "- Phân công: Các chi hội phụ nữ.",
    "5. Gặp mặt, tặng quà hội viên phụ nữ có hoàn cảnh đặc biệt khó khăn",
    "- Thời gian: ngày 20/10/2027.",
    "- Phân công: Chi hội Phụ nữ thôn Đông Hòa.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ Hội LHPN xã phân công đồng chí Phó Chủ tịch Hội theo dõi, đôn đốc việc thực hiện Kế hoạch.",
    "2. Các chi hội báo cáo kết quả hoạt động (kèm hình ảnh) về Ban Thường vụ Hội LHPN xã trước ngày 25/10/2027.",
    "Nơi nhận:",
    "- Ban Thường vụ Hội LHPN huyện (b/c);",
    "- Các chi hội;",
    "- Lưu VP.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Hà Thị Thu Trang",
)

YS2_TEXT = """**HỘI NÔNG DÂN XÃ PHÚ LỘC**

Số: 09-KH/HND — Phú Lộc, ngày 28 tháng 5 năm 2027

# KẾ HOẠCH

## Tháng cao điểm vệ sinh đồng ruộng, thu gom bao gói thuốc bảo vệ thực vật năm 2027

Thực hiện Kế hoạch số 22-KH/HNDH của Ban Thường vụ Hội Nông dân huyện, Ban Chấp hành Hội Nông dân xã Phú Lộc xây dựng kế hoạch như sau:

## I. MỤC ĐÍCH

- Nâng cao ý thức của hội viên trong bảo vệ môi trường nông thôn.

## II. NỘI DUNG, THỜI GIAN

1. Ra quân thu gom bao gói thuốc bảo vệ thực vật sau thu hoạch vụ Đông Xuân
    - Thời gian: 6 giờ 30, thứ Bảy ngày 05/6/2027 tại cánh đồng Bàu Sen.
    - Phân công thực hiện: Ban Thường vụ Hội Nông dân xã chủ trì; Chi hội Nông dân thôn Phú Xuân chuẩn bị dụng cụ.
2. Xây dựng thêm 12 bể chứa bao gói thuốc bảo vệ thực vật tại các cánh đồng
    - Thời gian: hoàn thành trước ngày 25/6/2027.
    - Phân công thực hiện: Chi hội Nông dân thôn Phú An, Chi hội Nông dân thôn Lộc Điền.
3. Tập huấn kỹ thuật sử dụng thuốc bảo vệ thực vật an toàn cho hội viên
    - Thời gian: các ngày thứ Năm trong tháng 6.
    - Phân công thực hiện: Ban Chấp hành Hội Nông dân xã phối hợp Trạm Khuyến nông huyện.
4. Khơi thông kênh mương nội đồng, phát quang bờ vùng, bờ thửa
    - Thời gian: trong tháng.
    - Phân công thực hiện: Các chi hội nông dân.
5. Sơ kết, khen thưởng chi hội có thành tích xuất sắc trong tháng cao điểm
    - Thời gian: thứ Bảy cuối tháng 6.
    - Phân công thực hiện: Ban Thường vụ Hội Nông dân xã.

## III. TỔ CHỨC THỰC HIỆN

Các chi hội báo cáo kết quả về Văn phòng Hội Nông dân xã trước ngày 28/6/2027.

**TM. BAN THƯỜNG VỤ** — CHỦ TỊCH — Lê Văn Thắng
"""


def ys1_docx(path: Path) -> None:
    """A commune Women's Union's plan (.docx): one paragraph a line, the points' fields dash lines."""
    from docx import Document

    document = Document()
    for line in YS1_LINES:
        document.add_paragraph(line)
    document.save(str(path))


def siblings_ys() -> None:
    ys1_docx(DOCS / "ys1_kh_hoi_phu_nu_xa_ky_niem_20_10.docx")
    (DOCS / "ys2_kh_hoi_nong_dan_xa_thang_cao_diem.md").write_text(YS2_TEXT, encoding="utf-8")
