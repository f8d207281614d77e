"""A file holding two documents of one issuer (a dispatch and the plan it sends, as an e-office signs
them into one file): each read on its own, their items joined (bundles.py, build.read_each); and the
small readings that shape needs (a range `đến hết ngày`, a funding paragraph, `phổ biến`)."""

from datetime import date

from engine.deadlines.parsing import parse_due
from engine.importing.build import recognise
from engine.importing.bundles import documents_in
from engine.importing.readers import read_document
from engine.importing.units import UnitResolver

_BUNDLE = """Ký bởi: Trung tâm Y tế huyện Lâm Sơn
Thời gian ký: 02.06.2029 08:10:00 +07:00

SỞ Y TẾ TỈNH LÂM ĐỒNG NAM
TRUNG TÂM Y TẾ LÂM SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/TTYT-KSBT
V/v triển khai Kế hoạch phòng chống dịch mùa mưa năm 2029
Lâm Sơn, ngày 02 tháng 6 năm 2029

Kính gửi: Các khoa, phòng thuộc Trung tâm.

Trung tâm ban hành Kế hoạch số 19/KH-TTYT ngày 02/6/2029 (gửi kèm). Giám đốc Trung tâm yêu cầu:
1. Khoa Kiểm soát bệnh tật quán triệt Kế hoạch tới các trạm y tế trước ngày 06/6/2029.
2. Phòng Tổ chức - Hành chính bố trí xe chuyên dụng cho đội cơ động trong ngày 08/6/2029.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Hồ Văn Tâm

Ký bởi: Trung tâm Y tế huyện Lâm Sơn
Thời gian ký: 02.06.2029 08:09:00 +07:00

SỞ Y TẾ TỈNH LÂM ĐỒNG NAM
TRUNG TÂM Y TẾ LÂM SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 19/KH-TTYT
Lâm Sơn, ngày 02 tháng 6 năm 2029

KẾ HOẠCH
Phòng chống dịch bệnh mùa mưa năm 2029

I. MỤC ĐÍCH
1. Giảm số ca mắc sốt xuất huyết so với năm 2028.

II. HOẠT ĐỘNG
1. Giám sát ca bệnh tại các xã trọng điểm.
- Chủ trì: Khoa Kiểm soát bệnh tật; phối hợp: các trạm y tế.
- Thời gian: từ ngày 10/6 đến hết ngày 30/9/2029.
2. Cấp phát hóa chất, vật tư cho các trạm y tế.
- Chủ trì: Khoa Dược - Trang thiết bị - Vật tư y tế.
- Thời gian: trước ngày 15/6/2029.

III. TỔ CHỨC THỰC HIỆN
1. Kinh phí thực hiện từ nguồn sự nghiệp y tế năm 2029.
2. Khoa Kiểm soát bệnh tật báo cáo kết quả về Sở Y tế trước ngày 10/10/2029.

Nơi nhận:
- Sở Y tế (b/c);
- Lưu: VT.
GIÁM ĐỐC
Hồ Văn Tâm
"""


def _read():
    return read_document(_BUNDLE.encode(), "bo_van_ban.txt")


def test_the_file_is_cut_where_the_second_document_s_heading_begins():
    first, second = documents_in(_read())
    assert first.blocks[0].text.startswith("Ký bởi") and second.blocks[0].text.startswith("Ký bởi")
    assert any(block.text == "Số: 19/KH-TTYT" for block in second.blocks)
    assert not any(block.text == "Số: 19/KH-TTYT" for block in first.blocks)


def test_a_file_of_one_document_is_not_cut():
    one = read_document(_BUNDLE.split("Nơi nhận:")[0].encode(), "cong_van.txt")
    assert documents_in(one) == [one]


def test_both_documents_items_are_read():
    items = recognise(_read(), UnitResolver([]), 2029).items
    assert [(item.content[:30], item.lead) for item in items] == [
        ("Khoa Kiểm soát bệnh tật quán t", "Khoa Kiểm soát bệnh tật"),
        ("Phòng Tổ chức - Hành chính bố ", "Phòng Tổ chức - Hành chính"),
        ("Giám sát ca bệnh tại các xã tr", "Khoa Kiểm soát bệnh tật"),
        ("Cấp phát hóa chất, vật tư cho ", "Khoa Dược - Trang thiết bị - Vật tư y tế"),
        ("Khoa Kiểm soát bệnh tật báo cá", "Khoa Kiểm soát bệnh tật"),
    ]


def test_a_range_to_the_end_of_a_day_is_due_that_day():
    assert parse_due("từ ngày 10/6 đến hết ngày 30/9/2029", year=2029).date == date(2029, 9, 30)
    assert parse_due("Từ 03/3/2029 đến hết ngày 12/3/2029", year=2029).date == date(2029, 3, 12)
