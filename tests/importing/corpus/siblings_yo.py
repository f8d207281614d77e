"""The main corpus's siblings of h767 (a commune's Tết culture plan), h764 (a Department of Construction's
Tết traffic dispatch) and h759 (a newspaper's monthly programme), by h13fixYO on 2026-12-06: the dues
of their shapes.

`yo1` (.docx): a district culture centre's Tết plan whose lettered activities print their day after
`vào` with the part of the day between (`vào tối ngày 25/01/2028`, `vào sáng ngày 22/01/2028`: that
day) and one whose day is a Tết day with the solar date in parentheses (`vào ngày mùng 3 Tết (ngày
28/01/2028)`: the solar day), each closing with `; <unit> chủ trì` or its unit in parentheses.
`yo2` (plain text, UTF-8): a district economic and infrastructure office's Tết dispatch, bold unit
labels over lettered points; one point names the fair it serves with the fair's own expected day in a
parenthesis whose subject is the fair (`khu vực hội chợ Xuân (hội chợ dự kiến khai mạc ngày
20/01/2028)`: the fair's day, not the task's: due none), one keeps a watch `24/24 giờ trong các ngày
nghỉ Tết Nguyên đán` (the holiday's days, not printed: review).
`yo3` (.xlsx): a provincial radio and television station's monthly programme whose time column
opens some rows with a day alone (`Từ 03/02`, `Từ ngày 10/02`: that day, as `Từ ngày 01/4/2027` is).

Their expected items (expected/yo1_…, yo2_…, yo3_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-yo` writes the three.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

YO1_PARAGRAPHS = (
    "TRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO HUYỆN ĐỨC PHONG",
    "Số: 09/KH-TTVHTTTT",
    "Đức Phong, ngày 04 tháng 01 năm 2028",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân Mậu Thân năm 2028",
    "Thực hiện Kế hoạch số 02/KH-UBND ngày 02/01/2028 của UBND huyện Đức Phong, Trung tâm Văn hóa, Thông "
    "tin và Thể thao huyện xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Tạo không khí phấn khởi, vui tươi trong Nhân dân đón Tết cổ truyền của dân tộc.",
    "- Tổ chức các hoạt động an toàn, tiết kiệm, đúng quy định.",
    "II. NỘI DUNG HOẠT ĐỘNG",
    "1. Trang trí, tuyên truyền",
    "a) Trang trí cổng chào, pa nô, khẩu hiệu tại Quảng trường trung tâm huyện và các trục đường chính; "
    "hoàn thành trước ngày 15/01/2028 (Đội Thông tin lưu động).",
    "2. Văn nghệ, thể thao",
    "a) Hội thi gói bánh chưng, bánh tét giữa các khu dân cư vào sáng ngày 22/01/2028 tại Nhà Văn hóa "
    "huyện; Phòng Nghệ thuật quần chúng chủ trì, phối hợp Hội Liên hiệp Phụ nữ huyện.",
    'b) Đêm nhạc "Mừng Đảng, mừng Xuân Mậu Thân" vào tối ngày 25/01/2028 tại Quảng trường trung tâm '
    "huyện; Phòng Nghệ thuật quần chúng chủ trì.",
    "c) Giải cờ tướng, cờ người mừng Xuân vào ngày mùng 3 Tết (ngày 28/01/2028) tại Nhà thi đấu huyện; "
    "Phòng Thể dục thể thao chủ trì.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Hành chính - Tổng hợp bố trí kinh phí, phương tiện phục vụ các hoạt động theo dự toán được "
    "duyệt.",
    "2. Phòng Nghệ thuật quần chúng tổng hợp kết quả, báo cáo Giám đốc Trung tâm trước ngày 15/02/2028.",
    "Nơi nhận:",
    "- UBND huyện (b/c);",
    "- Các phòng, đội thuộc Trung tâm;",
    "- Lưu: VT.",
    "GIÁM ĐỐC",
    "Lò Thị Mai",
)


def yo1_docx(path: Path) -> None:
    """A district culture centre's Tết plan, lettered activities dated after `vào` with the part of the
    day, one by a Tết day glossed with its solar date (.docx)."""
    from docx import Document

    document = Document()
    for text in YO1_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(path)


YO2_LINES = (
    "UBND HUYỆN SƠN HÀ",
    "PHÒNG KINH TẾ VÀ HẠ TẦNG",
    "",
    "Số: 58/KTHT",
    "V/v bảo đảm trật tự đô thị, an toàn công trình dịp Tết Nguyên đán Mậu Thân 2028",
    "",
    "Sơn Hà, ngày 05 tháng 01 năm 2028",
    "",
    "Kính gửi:",
    "- Đội Quản lý trật tự đô thị huyện;",
    "- Ban Quản lý dự án đầu tư xây dựng huyện;",
    "- Ủy ban nhân dân các xã, thị trấn.",
    "",
    "Để bảo đảm trật tự đô thị, an toàn các công trình đang thi công phục vụ Nhân dân vui Xuân, đón Tết, "
    "Phòng Kinh tế và Hạ tầng đề nghị các đơn vị thực hiện các nội dung sau:",
    "",
    "1. Đội Quản lý trật tự đô thị huyện",
    "",
    "a) Rà soát, xử lý các trường hợp lấn chiếm vỉa hè, lòng đường trên các tuyến phố chính; hoàn thành "
    "trước ngày 12/01/2028.",
    "",
    "b) Tham mưu UBND huyện phương án bố trí điểm trông giữ xe khu vực hội chợ Xuân (hội chợ dự kiến khai "
    "mạc ngày 20/01/2028).",
    "",
    "2. Ban Quản lý dự án đầu tư xây dựng huyện",
    "",
    "a) Yêu cầu các nhà thầu hoàn trả mặt bằng, thu dọn vật liệu tại các công trình đang thi công trước "
    "ngày 18/01/2028.",
    "",
    "b) Bố trí cán bộ trực bảo đảm an toàn các công trình đang thi công 24/24 giờ trong các ngày nghỉ Tết "
    "Nguyên đán.",
    "",
    "3. Đề nghị Ủy ban nhân dân các xã, thị trấn kiểm tra, tháo dỡ các biển quảng cáo sai phép trên địa "
    "bàn trước ngày 20/01/2028.",
    "",
    "Phòng Kinh tế và Hạ tầng đề nghị các đơn vị nghiêm túc thực hiện./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND huyện (b/c);",
    "- Lưu: VT.",
    "",
    "TRƯỞNG PHÒNG",
    "",
    "Vi Văn Thắng",
)
YO2_TEXT = "\n".join(YO2_LINES) + "\n"


def yo2_txt(path: Path) -> None:
    """A district economic and infrastructure office's Tết dispatch, a fair's own day glossed in a
    point and a watch over the Tết holidays (.txt)."""
    path.write_text(YO2_TEXT, encoding="utf-8")


YO3_ROWS = (
    ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 02/2028",),
    ("của Ban Giám đốc Đài Phát thanh và Truyền hình tỉnh",),
    (),
    ("STT", "Nội dung", "Phòng chủ trì", "Lãnh đạo phụ trách", "Thời gian"),
    ("I", "CÔNG TÁC NỘI DUNG"),
    (
        "1",
        'Mở chuyên mục "Xuân quê hương" trên sóng phát thanh và truyền hình',
        "Phòng Thời sự",
        "Phó Giám đốc Lê Văn Hậu",
        "Từ 03/02",
    ),
    (
        "2",
        'Phát sóng trực tiếp chương trình giao lưu "Hương sắc Xuân"',
        "Phòng Văn nghệ",
        "Giám đốc Nông Thị Hạnh",
        "Từ ngày 10/02",
    ),
    (
        "3",
        "Sản xuất phóng sự chuyên đề về người lao động đón Tết xa quê (03 số)",
        "Phòng Chuyên đề",
        "Phó Giám đốc Lê Văn Hậu",
        "Từ 14 - 20/02",
    ),
    ("II", "CÔNG TÁC HÀNH CHÍNH"),
    (
        "4",
        "Kiểm kê tài sản, thiết bị kỹ thuật năm 2027",
        "Phòng Kỹ thuật",
        "Phó Giám đốc Hà Quang Vũ",
        "25/02",
    ),
    (
        "5",
        "Họp giao ban Ban Giám đốc với trưởng các phòng",
        "Phòng Tổ chức - Hành chính",
        "Giám đốc Nông Thị Hạnh",
        "Sáng thứ Hai hằng tuần",
    ),
)


def yo3_xlsx(path: Path) -> None:
    """A provincial radio and television station's monthly programme sheet, rows timed by their
    opening day alone (.xlsx)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "T02"
    for row in YO3_ROWS:
        sheet.append(list(row))
    book.save(path)


def siblings_yo() -> None:
    yo1_docx(DOCS / "yo1_kh_tt_vhtt_huyen_tet.docx")
    yo2_txt(DOCS / "yo2_cv_kt_ht_huyen_tet.txt")
    yo3_xlsx(DOCS / "yo3_ctr_thang_dai_ptth_tinh.xlsx")
