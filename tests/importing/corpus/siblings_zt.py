"""The main corpus's siblings of the held-out documents h858 (a city urban management division's
weekly calendar) and h868 (a Department of Foreign Affairs' weekly calendar), moved to the main
corpus when the importer was taught their shapes, by h13fixZT on 2026-12-06.

Their shape: a weekly calendar of leaders, each day a bold row merged across, a `Chủ trì / Thành
phần` column whose chairs are `Trưởng phòng <tên>`, `PTP <tên>`, `PGĐ <tên>` (family names that fold
as common words: Chu, Triệu, Tống, Đàm, Bạch), a team after the chair past `;`, beside a preparing
column (`Bộ phận chuẩn bị`, `Đơn vị chuẩn bị`) that leads; times as a whole hour in words (`15 giờ`)
or a span of two clock times (`8h00 - 10h30`), the day's date the due; the registration request
after a remark under the table.

`zt1` (.docx): a district agriculture and environment division's weekly calendar.
`zt2` (.docx): a provincial Department of Justice's weekly calendar, the day merged from column 2.

Their expected items (expected/zt1_…, zt2_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-zt` writes the two.
"""

# ruff: noqa: E501 — document text is data: long lines.
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
sys.path.insert(0, str(HERE / "heldout"))

from batch_common import cell_text, document, head_block, landscape, para, sign_table  # noqa: E402 — heldout/ first


def _calendar(doc, header: list[str], rows, day_from: int) -> None:
    """A gridded calendar: a row ("§", day) is the day's bold row merged across from `day_from`."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header, strict=True):
        cell_text(c, h, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "§":
            merged = cells[day_from].merge(cells[-1])
            cell_text(merged, row[1], bold=True)
            continue
        for c, v in zip(cells, row, strict=True):
            cell_text(c, v)


ZT1_HEADER = ["Thời gian", "Nội dung công việc", "Chủ trì / Thành phần", "Bộ phận chuẩn bị", "Địa điểm"]
ZT1_ROWS = [
    ("§", "THỨ HAI (08/03)"),
    (
        "7h30",
        "Giao ban lãnh đạo phòng, phân công nhiệm vụ tuần",
        "Trưởng phòng Đàm Văn Khải",
        "Bộ phận Hành chính - Tổng hợp",
        "Phòng họp",
    ),
    (
        "15 giờ",
        "Kiểm tra tiến độ nạo vét kênh mương nội đồng xã Tân Lập",
        "PTP Chu Thị Ngân; Trạm Thủy nông huyện",
        "Bộ phận Thủy lợi",
        "Hiện trường",
    ),
    ("§", "THỨ BA (09/03)"),
    (
        "8 giờ",
        "Thẩm định hồ sơ hỗ trợ chuyển đổi cơ cấu cây trồng trên đất lúa (12 hồ sơ)",
        "PTP Tống Minh Đạt",
        "Bộ phận Trồng trọt",
        "Phòng làm việc",
    ),
    ("Chiều", "Trưởng phòng làm việc tại cơ quan", "", "", ""),
    ("§", "THỨ TƯ (10/03)"),
    (
        "8h00 - 10h30",
        "Họp triển khai tiêm phòng đợt 1 năm 2027 cho đàn gia súc, gia cầm",
        "Trưởng phòng Đàm Văn Khải",
        "Bộ phận Chăn nuôi - Thú y",
        "Hội trường UBND huyện",
    ),
    ("§", "THỨ NĂM (11/03)"),
    (
        "Cả ngày",
        "Dự Hội nghị tập huấn quản lý chất thải rắn sinh hoạt do Sở Nông nghiệp và Môi trường tổ chức",
        "Trưởng phòng Đàm Văn Khải",
        "",
        "Hội trường Sở",
    ),
    ("§", "THỨ SÁU (12/03)"),
    (
        "14 giờ",
        "Báo cáo UBND huyện kết quả rà soát quỹ đất công trên địa bàn",
        "PTP Chu Thị Ngân",
        "Bộ phận Đất đai",
        "Phòng họp UBND huyện",
    ),
    ("§", "THỨ BẢY (13/03)"),
    ("", "Trực lãnh đạo: PTP Tống Minh Đạt", "", "", ""),
]


def zt1_docx(path: Path) -> None:
    """A district agriculture and environment division's weekly calendar of its leaders (.docx)."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "UBND HUYỆN AN KHÊ\nPHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n───────",
        left2="",
        right2="An Khê, ngày 05 tháng 03 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO PHÒNG", bold=True, center=True)
    para(doc, "(Từ ngày 08/03/2027 đến ngày 13/03/2027)", italic=True, center=True)
    _calendar(doc, ZT1_HEADER, ZT1_ROWS, day_from=0)
    para(
        doc,
        "Lịch có thể điều chỉnh theo chỉ đạo của UBND huyện. Các bộ phận gửi đăng ký lịch công tác tuần tiếp theo về Bộ phận Hành chính - Tổng hợp trước 16 giờ thứ Năm hằng tuần.",
        italic=True,
    )
    sign_table(
        doc,
        "Nơi nhận:\n- Lãnh đạo UBND huyện;\n- Các bộ phận;\n- Lưu: VT.",
        "TRƯỞNG PHÒNG\n\n\n\nĐàm Văn Khải",
    )
    doc.save(path)


ZT2_HEADER = ["Thời gian", "Nội dung", "Chủ trì / Thành phần", "Đơn vị chuẩn bị", "Địa điểm"]
ZT2_ROWS = [
    ("§", "THỨ HAI (12/04)"),
    ("7g30", "Giao ban lãnh đạo Sở tháng 4", "Giám đốc Triệu Quang Hưng", "Văn phòng Sở", "Phòng họp tầng 2"),
    (
        "9 giờ",
        "Thẩm định dự thảo Nghị quyết của HĐND tỉnh quy định mức chi hỗ trợ hòa giải ở cơ sở",
        "PGĐ Bạch Thị Thu",
        "Phòng Xây dựng và kiểm tra văn bản",
        "Phòng họp tầng 3",
    ),
    ("§", "THỨ BA (13/04)"),
    (
        "13h30 - 17h00",
        "Kiểm tra công tác chứng thực tại UBND huyện Hòa Mỹ",
        "PGĐ Bạch Thị Thu; Phòng Hành chính tư pháp",
        "Phòng Hành chính tư pháp",
        "UBND huyện Hòa Mỹ",
    ),
    ("§", "THỨ TƯ (14/04)"),
    ("Cả ngày", "Giám đốc làm việc tại cơ quan", "", "", ""),
    ("15h", "Tiếp công dân định kỳ", "Giám đốc", "Thanh tra Sở", "Phòng tiếp công dân"),
    ("§", "THỨ NĂM (15/04)"),
    (
        "10 giờ",
        "Họp Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh (dự kiến)",
        "Giám đốc Triệu Quang Hưng",
        "Phòng Phổ biến và theo dõi thi hành pháp luật",
        "Hội trường Sở",
    ),
    ("§", "THỨ SÁU (16/04)"),
    ("Chiều", "Trực lãnh đạo: PGĐ Bạch Thị Thu", "", "", ""),
]


def zt2_docx(path: Path) -> None:
    """A provincial Department of Justice's weekly calendar, each day merged from column 2 (.docx)."""
    doc = document()
    landscape(doc)
    head_block(
        doc,
        "UBND TỈNH HÒA SƠN\nSỞ TƯ PHÁP\n───────",
        right2="Hòa Sơn, ngày 09 tháng 04 năm 2027",
    )
    para(doc, "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ TƯ PHÁP", bold=True, center=True)
    para(doc, "(Tuần 15/2027: từ ngày 12/04/2027 đến ngày 17/04/2027)", italic=True, center=True)
    _calendar(doc, ZT2_HEADER, ZT2_ROWS, day_from=1)
    para(
        doc,
        "Ghi chú: Lịch có thể thay đổi theo chỉ đạo của UBND tỉnh. Các phòng, đơn vị thuộc Sở đăng ký lịch công tác tuần sau về Văn phòng Sở trước 15h30 thứ Năm hằng tuần.",
    )
    para(doc, "VĂN PHÒNG SỞ TƯ PHÁP", bold=True, right=True)
    doc.save(path)


def siblings_zt() -> None:
    zt1_docx(DOCS / "zt1_lich_tuan_phong_nnmt_huyen_bo_phan_chuan_bi.docx")
    zt2_docx(DOCS / "zt2_lich_tuan_so_tu_phap_gio_khoang.docx")
