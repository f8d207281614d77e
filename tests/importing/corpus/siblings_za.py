"""The main corpus's siblings of the held-out documents h795 and h798 (moved to the main corpus when
the importer was taught their shapes, by h13fixZA on 2026-12-06).

`za1` (h795's shape): a district health centre's dengue plan (.docx) whose numbered activities are each
followed by field lines, the time and the doer mostly run together on one line after a separator
(`Thời gian: Tháng 4/2027 - Thực hiện: Nhóm Côn trùng.`, `… | Thực hiện: …`, `…; Thực hiện: Đội …
chủ trì, …`): the group or team after the bare `Thực hiện:` leads, as on a line of its own.

`za2` (h798's shape): a commune People's Committee's notice of conclusions (plain text) whose points go
to its deputy chairs by the field in their charge, printed with the committee's kind (`Phó Chủ tịch
UBND xã phụ trách kinh tế (ông …) chỉ đạo …`, `Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa - xã
hội (bà …) chủ trì …`: the post with its field leads, without the holder), an undated charge to the
heads of every hamlet (`Trưởng các ấp chủ động …`: no item) beside their monthly report (an item).

`za3` (both rules' limits): a town's notice of conclusions (.docx): a deputy chair by his field with
no holder, one directing a named civil servant (`… chỉ đạo Công chức Địa chính - Xây dựng kiểm tra
…`: the civil servant leads), an undated charge to the heads of every agency (no item) and a charge to
the heads of every quarter with a time (`…; thực hiện thường xuyên`: an item, ongoing).

Their expected items (expected/za1_…, za2_…, za3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-za` writes the three.
"""

from pathlib import Path

from sibling_writers import letter_tables

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

_ZA1_HEADER = (
    (
        "SỞ Y TẾ TỈNH AN GIANG LỘ\nTRUNG TÂM Y TẾ HUYỆN AN PHÚ\nSố: 36/KH-TTYT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    ),
    ("", "An Phú, ngày 08 tháng 01 năm 2027"),
)
ZA1_PARAGRAPHS = (
    "KẾ HOẠCH",
    "Phòng, chống bệnh sốt xuất huyết năm 2027",
    "Căn cứ tình hình dịch sốt xuất huyết năm 2026 trên địa bàn huyện, Trung tâm Y tế huyện xây dựng "
    "Kế hoạch phòng, chống bệnh sốt xuất huyết năm 2027 như sau:",
    "I. MỤC TIÊU",
    "- Giảm 10% số ca mắc sốt xuất huyết so với năm 2026.",
    "- Không để xảy ra tử vong do sốt xuất huyết.",
    "II. CÁC HOẠT ĐỘNG",
    "1. Điều tra chỉ số véc-tơ (bọ gậy, muỗi trưởng thành) tại 06 xã trọng điểm.",
    "Thời gian: Tháng 4/2027 - Thực hiện: Nhóm Côn trùng.",
    "2. Tập huấn chẩn đoán, điều trị sốt xuất huyết cho cán bộ trạm y tế xã.",
    "Thời gian: trước ngày 31/3/2027 | Thực hiện: Nhóm Điều trị.",
    "3. Phun hóa chất diệt muỗi chủ động tại các ổ dịch cũ của năm 2026.",
    "Thời gian: Quý II/2027; Thực hiện: Đội Phòng chống dịch chủ trì, Trạm Y tế các xã phối hợp.",
    "4. Giám sát ca bệnh, lấy mẫu huyết thanh các ca nghi ngờ gửi xét nghiệm.",
    "Thời gian: Thường xuyên - Thực hiện: Nhóm Giám sát ca bệnh.",
    "5. Truyền thông phòng, chống sốt xuất huyết trên loa truyền thanh các xã, thị trấn.",
    "Thời gian: Hằng tháng.",
    "Thực hiện: Nhóm Truyền thông.",
    "6. Tổng kết công tác phòng, chống sốt xuất huyết năm 2027.",
    "Thời gian: Tháng 12/2027 - Thực hiện: Tổ Kế hoạch - Tổng hợp.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Khoa Y tế công cộng là đơn vị đầu mối, theo dõi, đôn đốc các nhóm thực hiện Kế hoạch.",
    "2. Trạm Y tế các xã, thị trấn báo cáo số ca mắc sốt xuất huyết về Trung tâm trước ngày 25 hằng tháng.",
)
_ZA1_FOOTER = (
    "Nơi nhận:\n- Sở Y tế (b/c);\n- Ban Giám đốc;\n- Các khoa, phòng;\n- Trạm Y tế các xã, TT;\n- Lưu: VT.",
    "GIÁM ĐỐC\n\n\n\nBSCKI. Huỳnh Văn Tám",
)


def za1_docx(path: Path) -> None:
    """A district health centre's dengue plan (.docx)."""
    letter_tables(path, _ZA1_HEADER, ZA1_PARAGRAPHS, _ZA1_FOOTER)


ZA2_LINES = (
    "ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "XÃ PHÚ LỄ                                    Độc lập - Tự do - Hạnh phúc",
    "Số: 09/TB-UBND                        Phú Lễ, ngày 06 tháng 01 năm 2027",
    "",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai công tác phòng, chống hạn hán,",
    "xâm nhập mặn vụ Đông Xuân 2026 - 2027",
    "",
    "Ngày 05/01/2027, ông Nguyễn Văn Sáu, Chủ tịch UBND xã chủ trì cuộc họp; dự họp có các Phó Chủ tịch",
    "UBND xã, công chức chuyên môn, Trưởng các ấp. Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận:",
    "",
    "I. ĐÁNH GIÁ CHUNG",
    "Độ mặn trên các kênh chính đã vượt 4‰, sớm hơn cùng kỳ năm trước khoảng một tháng; khoảng 350 ha",
    "lúa Đông Xuân có nguy cơ thiếu nước tưới.",
    "",
    "II. NHIỆM VỤ THỜI GIAN TỚI",
    "1. Phó Chủ tịch UBND xã phụ trách kinh tế (ông Lê Văn Bảy) chỉ đạo rà soát diện tích lúa có nguy",
    "cơ thiếu nước, lập phương án bơm tát, hoàn thành trước ngày 15/01/2027.",
    "2. Công chức Địa chính - Nông nghiệp phối hợp Hợp tác xã nông nghiệp Phú Lễ nạo vét các tuyến",
    "kênh nội đồng bị bồi lắng, xong trước ngày 31/01/2027.",
    "3. Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa - xã hội (bà Trần Thị Mai) chủ trì tuyên",
    "truyền cho nhân dân về tình hình hạn, mặn trên hệ thống loa truyền thanh xã, thực hiện hằng tuần.",
    "4. Ban Chỉ huy Quân sự xã bố trí lực lượng dân quân hỗ trợ nhân dân đắp bờ bao chống mặn trong",
    "tháng 02/2027.",
    "5. Trưởng các ấp chủ động nắm tình hình, vận động nhân dân trữ nước ngọt, sử dụng nước tiết kiệm.",
    "6. Đề nghị Hội Nông dân xã vận động hội viên chuyển đổi sang cây trồng chịu hạn trên diện tích",
    "không bảo đảm nước tưới.",
    "",
    "Trưởng các ấp báo cáo tình hình thiếu nước của ấp về Văn phòng HĐND và UBND xã trước ngày 20",
    "hằng tháng.",
    "",
    "Ủy ban nhân dân xã thông báo để các cá nhân, đơn vị liên quan biết, thực hiện./.",
    "",
    "Nơi nhận:                                   TL. CHỦ TỊCH",
    "- TT Đảng ủy xã (b/c);                      CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ",
    "- CT, các PCT UBND xã;",
    "- Các ấp;                                   Phan Thị Thu",
    "- Lưu: VT.",
)
ZA2_TEXT = "\n".join(ZA2_LINES) + "\n"


def za2_txt(path: Path) -> None:
    """A commune People's Committee's notice of conclusions (plain text, UTF-8)."""
    path.write_text(ZA2_TEXT, encoding="utf-8")


_ZA3_HEADER = (
    (
        "ỦY BAN NHÂN DÂN\nTHỊ TRẤN TÂN HIỆP\nSố: 52/TB-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    ),
    ("", "Tân Hiệp, ngày 03 tháng 3 năm 2027"),
)
ZA3_PARAGRAPHS = (
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND thị trấn tại cuộc họp về công tác thu ngân sách và quản lý trật tự xây dựng",
    "Ngày 01/3/2027, Chủ tịch UBND thị trấn chủ trì cuộc họp với các Phó Chủ tịch, công chức chuyên "
    "môn và Trưởng các khu phố. Chủ tịch UBND thị trấn kết luận như sau:",
    "1. Thu ngân sách hai tháng đầu năm đạt 21% dự toán; vẫn còn 12 công trình xây dựng không phép "
    "chưa được xử lý dứt điểm.",
    "2. Phó Chủ tịch UBND thị trấn phụ trách kinh tế chủ trì đối thoại với các hộ kinh doanh về mức "
    "thuế khoán năm 2027 vào ngày 20/3/2027.",
    "3. Phó Chủ tịch UBND thị trấn phụ trách kinh tế chỉ đạo Công chức Địa chính - Xây dựng kiểm tra "
    "các công trình xây dựng không phép, báo cáo kết quả trước ngày 31/3/2027.",
    "4. Thủ trưởng các cơ quan, đơn vị trên địa bàn thị trấn chủ động phối hợp, tạo điều kiện cho các "
    "đoàn kiểm tra.",
    "5. Trưởng các khu phố tuyên truyền, vận động hộ gia đình xin giấy phép trước khi xây dựng; thực hiện "
    "thường xuyên.",
    "6. Văn phòng HĐND và UBND thị trấn tổng hợp kết quả thực hiện, tham mưu báo cáo Đảng ủy thị trấn "
    "trước ngày 10/4/2027.",
    "Ủy ban nhân dân thị trấn thông báo để các cơ quan, đơn vị biết, thực hiện./.",
)
_ZA3_FOOTER = (
    "Nơi nhận:\n- Đảng ủy thị trấn (b/c);\n- CT, các PCT UBND;\n- Các khu phố;\n- Lưu: VT.",
    "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nNgô Thị Lệ",
)


def za3_docx(path: Path) -> None:
    """A town People's Committee's notice of conclusions (.docx)."""
    letter_tables(path, _ZA3_HEADER, ZA3_PARAGRAPHS, _ZA3_FOOTER)


def siblings_za() -> None:
    za1_docx(DOCS / "za1_kh_ttyt_huyen_sot_xuat_huyet.docx")
    za2_txt(DOCS / "za2_tb_ket_luan_ubnd_xa_han_man.txt")
    za3_docx(DOCS / "za3_tb_ket_luan_ubnd_thi_tran_thu_ngan_sach.docx")
