"""Writes the corpus documents we make ourselves (docs/) and their expected items (expected/).

Run from the repository root: `python tests/importing/corpus/make_docs.py`. Each document is
written from the tasks below, in shapes the real corpus lacks (weekly calendars, yearly programme
tables with two-row headers, prose plans, meeting conclusions, indicator tables) and in the
formats offices have (.docx, .xlsx, .xls, .odt, HTML, Markdown, CSV, text, a rasterised scan).
The expected file states, for each task, where it stands, its first words, its lead unit as
printed and its due, as a person reading the document would. .xls, .odt and the scan need
LibreOffice (`soffice`) and pypdfium2; their bytes differ run to run, so regenerate only on purpose.
"""

# ruff: noqa: E501, SIM113 — document text is data: long lines; numbering skips section rows.

import csv
import html
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
EXPECTED = HERE / "expected"
YEAR = 2026

VP = "Văn phòng Sở"
KHTC = "Phòng Kế hoạch - Tài chính"
TCCB = "Phòng Tổ chức cán bộ"
TT = "Thanh tra Sở"
TL = "Chi cục Thủy lợi"
KL = "Chi cục Kiểm lâm"
TY = "Chi cục Chăn nuôi và Thú y"
BVTV = "Chi cục Trồng trọt và Bảo vệ thực vật"
DD = "Phòng Quản lý đất đai"
MT = "Chi cục Bảo vệ môi trường"
KN = "Trung tâm Khuyến nông"
CDS = "Phòng Chuyển đổi số"

GD = "Giám đốc Nguyễn Văn Hùng"
PGD1 = "PGĐ Trần Thị Mai"
PGD2 = "PGĐ Lê Quang Minh"
PGD3 = "PGĐ Phạm Đức Thắng"

# ---------------------------------------------------------------------------------------------
# Yearly programme tasks: (section, content, lead, coordinating, leader, start, end printed, due)
SECTIONS = ["I. CÔNG TÁC THAM MƯU, XÂY DỰNG VĂN BẢN", "II. CÔNG TÁC CHUYÊN MÔN", "III. CÔNG TÁC KHÁC"]
PROGRAMME = [
    (
        0,
        "Tham mưu UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai năm 2026",
        TL,
        f"{VP}, {KHTC}",
        PGD2,
        "Tháng 01",
        "Tháng 02",
        "2026-02-28",
    ),
    (
        0,
        "Xây dựng dự thảo Nghị quyết quy định mức hỗ trợ phát triển sản xuất nông nghiệp",
        KHTC,
        f"{BVTV}; {TY}",
        GD,
        "Tháng 02",
        "Quý II",
        "2026-06-30",
    ),
    (
        0,
        "Rà soát, sửa đổi Quy chế làm việc của Sở Nông nghiệp và Môi trường",
        VP,
        "Các phòng, đơn vị thuộc Sở",
        GD,
        "Tháng 01",
        "31/3/2026",
        "2026-03-31",
    ),
    (
        0,
        "Xây dựng Kế hoạch cải cách hành chính năm 2026 của Sở",
        VP,
        "Các phòng, đơn vị thuộc Sở",
        GD,
        "Tháng 01",
        "Tháng 01",
        "2026-01-31",
    ),
    (
        0,
        "Trình phê duyệt Đề án phát triển rừng bền vững giai đoạn 2026 - 2030",
        KL,
        f"{KHTC}, {DD}",
        PGD1,
        "Quý I",
        "Quý III",
        "2026-09-30",
    ),
    (
        1,
        "Tổ chức kiểm tra công tác phòng, chống dịch bệnh gia súc, gia cầm",
        TY,
        KN,
        PGD3,
        "Tháng 3",
        "Tháng 5",
        "2026-05-31",
    ),
    (
        1,
        "Hướng dẫn khung thời vụ và cơ cấu giống vụ Hè Thu năm 2026",
        BVTV,
        KN,
        PGD3,
        "Tháng 4",
        "15/5/2026",
        "2026-05-15",
    ),
    (
        1,
        "Thẩm định hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        DD,
        VP,
        PGD1,
        "Tháng 1",
        "Thường xuyên",
        "ongoing",
    ),
    (
        1,
        "Báo cáo kết quả quan trắc chất lượng nước các sông chính trên địa bàn tỉnh",
        MT,
        "Trung tâm Quan trắc tài nguyên và môi trường",
        PGD1,
        "Tháng 6",
        "Quý III",
        "2026-09-30",
    ),
    (
        1,
        "Tổng hợp báo cáo tình hình thực hiện kế hoạch đầu tư công năm 2026",
        KHTC,
        "Các đơn vị chủ đầu tư",
        GD,
        "Tháng 1",
        "Hàng quý",
        "recurring",
    ),
    (
        1,
        "Thẩm định dự toán kinh phí sự nghiệp nông nghiệp năm 2027 của các đơn vị",
        KHTC,
        "Các đơn vị dự toán trực thuộc",
        PGD2,
        "Tháng 7",
        "Tháng 8",
        "2026-08-31",
    ),
    (
        1,
        "Triển khai hệ thống số hóa hồ sơ thủ tục hành chính của Sở",
        CDS,
        VP,
        PGD2,
        "Tháng 2",
        "Tháng 10",
        "2026-10-31",
    ),
    (
        2,
        "Tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2026",
        VP,
        "Các phòng, đơn vị thuộc Sở",
        GD,
        "Tháng 6",
        "Tháng 7",
        "2026-07-31",
    ),
    (
        2,
        "Thanh tra việc chấp hành pháp luật về phân bón tại các cơ sở kinh doanh",
        TT,
        BVTV,
        PGD3,
        "Quý II",
        "Quý IV",
        "2026-12-31",
    ),
    (
        2,
        "Xây dựng kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm 2027",
        TCCB,
        KHTC,
        GD,
        "Tháng 10",
        "30/11/2026",
        "2026-11-30",
    ),
]
FOOTNOTES = [
    "Ghi chú: (*) Nhiệm vụ trọng tâm của Sở trong năm 2026.",
    "Các đơn vị báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 20 hằng tháng.",
]


def programme_rows(offset: int = 0, count: int = len(PROGRAMME)):
    """The programme tasks rotated so that documents of the same shape differ."""
    rows = PROGRAMME[offset:] + PROGRAMME[:offset]
    return sorted(rows[:count], key=lambda row: row[0])


# ---------------------------------------------------------------------------------------------
# Weekly calendar events: (day index 0=Mon, part, time, content, leader, prepares, place)
WEEK_START = (6, 4)  # Monday 06/04/2026, week 15
DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]
EVENTS = [
    (0, "Sáng", "7 giờ 30’", "Giao ban Lãnh đạo Sở đầu tuần", GD, VP, "Phòng họp tầng 2"),
    (
        0,
        "Chiều",
        "14 giờ 00",
        "Làm việc với Chi cục Thủy lợi về công tác phòng chống hạn",
        PGD2,
        TL,
        "Chi cục Thủy lợi",
    ),
    (
        1,
        "Sáng",
        "8 giờ 00",
        "Dự Hội nghị trực tuyến triển khai chính sách bảo hiểm nông nghiệp",
        GD,
        KHTC,
        "UBND tỉnh",
    ),
    (
        1,
        "Chiều",
        "14 giờ 30",
        "Kiểm tra tiến độ trồng rừng thay thế tại huyện Quỳ Hợp",
        PGD1,
        KL,
        "Huyện Quỳ Hợp",
    ),
    (
        2,
        "Sáng",
        "8 giờ 00",
        "Họp thẩm định phương án sử dụng đất của Công ty Nông nghiệp Sông Con",
        PGD1,
        DD,
        "Phòng họp số 1",
    ),
    (
        3,
        "Sáng",
        "7 giờ 30’",
        "Kiểm tra công tác tiêm phòng vắc xin lở mồm long móng",
        PGD3,
        TY,
        "Huyện Nghĩa Đàn",
    ),
    (3, "Chiều", "15 giờ 00", "Tiếp công dân định kỳ tháng 4 năm 2026", GD, TT, "Trụ sở tiếp công dân"),
    (
        4,
        "Sáng",
        "8 giờ 30",
        "Họp Hội đồng thi đua, khen thưởng của Sở quý I năm 2026",
        GD,
        TCCB,
        "Phòng họp tầng 2",
    ),
    (
        4,
        "Chiều",
        "14 giờ 00",
        "Nghe báo cáo kết quả quan trắc môi trường nước quý I",
        PGD1,
        MT,
        "Phòng họp số 1",
    ),
]


def leader_short(leader: str) -> str:
    """ "Giám đốc Nguyễn Văn Hùng" → "Đ/c Hùng - GĐ Sở", as calendars print it."""
    title, name = (
        ("GĐ", leader.removeprefix("Giám đốc "))
        if leader.startswith("Giám đốc")
        else ("PGĐ", leader.removeprefix("PGĐ "))
    )
    return f"Đ/c {name.split()[-1]} - {title} Sở"


def event_date(day: int) -> str:
    return f"{YEAR}-{WEEK_START[1]:02d}-{WEEK_START[0] + day:02d}"


def ddmm(day: int, year: bool = True) -> str:
    text = f"{WEEK_START[0] + day:02d}/{WEEK_START[1]:02d}"
    return f"{text}/{YEAR}" if year else text


# ---------------------------------------------------------------------------------------------
# Prose plan tasks: (content, lead, coordinating, time printed, due)
PLAN = [
    (
        "Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở",
        VP,
        f"{CDS}, {TT}",
        "Trước ngày 31/3/2026",
        "2026-03-31",
    ),
    (
        "Xây dựng và vận hành cơ sở dữ liệu đất đai cấp tỉnh kết nối với cơ sở dữ liệu quốc gia",
        DD,
        f"{CDS}; Văn phòng Đăng ký đất đai",
        "Quý III năm 2026",
        "2026-09-30",
    ),
    (
        "Tuyên truyền, phổ biến các quy định mới về bảo vệ môi trường làng nghề",
        MT,
        "UBND các xã, phường",
        "Thường xuyên",
        "ongoing",
    ),
    (
        "Kiểm tra việc thực hiện quy định về kiểm dịch động vật vận chuyển ra khỏi tỉnh",
        TY,
        TT,
        "Tháng 6 và tháng 11 năm 2026",
        "2026-11-30",
    ),
    (
        "Tổng kết, đánh giá kết quả thực hiện Kế hoạch và báo cáo UBND tỉnh",
        KHTC,
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 15/12/2026",
        "2026-12-15",
    ),
    (
        "Hướng dẫn các địa phương xây dựng phương án phòng cháy, chữa cháy rừng",
        KL,
        "UBND các xã có rừng",
        "Tháng 02/2026",
        "2026-02-28",
    ),
]

# Meeting conclusion assignments: (text as printed, first words, lead as printed, due)
CONCLUSIONS = [
    (
        "Giao đ/c Lê Quang Minh – PGĐ Sở chỉ đạo, Chi cục Thủy lợi tham mưu xây dựng phương án cấp nước chống hạn vụ Hè Thu, báo cáo Giám đốc Sở trước ngày 20/4/2026.",
        "Giao đ/c Lê Quang Minh – PGĐ Sở chỉ đạo, Chi cục Thủy lợi tham mưu",
        [TL],
        "2026-04-20",
    ),
    (
        "Chi cục Kiểm lâm chủ trì, phối hợp với các Hạt Kiểm lâm (Quỳ Hợp, Quế Phong, Con Cuông…) kiểm tra hiện trường các vụ vi phạm lâm luật, hoàn thành trước ngày 30/4/2026.",
        "Chi cục Kiểm lâm chủ trì, phối hợp với các Hạt Kiểm lâm",
        [KL],
        "2026-04-30",
    ),
    (
        "Phòng Kế hoạch - Tài chính tổng hợp nhu cầu kinh phí khắc phục hậu quả thiên tai, trình Giám đốc Sở (dự kiến ngày 05/5/2026).",
        "Phòng Kế hoạch - Tài chính tổng hợp nhu cầu kinh phí khắc phục",
        [KHTC],
        "2026-05-05",
    ),
    (
        "Giao đ/c Trần Thị Mai – PGĐ Sở chỉ đạo Phòng Quản lý đất đai hoàn thiện hồ sơ giao đất cho các hộ dân vùng tái định cư, xong trước ngày 15/5/2026.",
        "Giao đ/c Trần Thị Mai – PGĐ Sở chỉ đạo Phòng Quản lý đất đai",
        [DD],
        "2026-05-15",
    ),
    (
        "Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện các nội dung kết luận, báo cáo kết quả hằng tuần tại cuộc họp giao ban.",
        "Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện",
        [VP],
        "recurring",
    ),
    (
        "Trung tâm Khuyến nông xây dựng 03 mô hình trình diễn giống lúa chịu hạn tại các huyện Yên Thành, Diễn Châu, Quỳnh Lưu; hoàn thành trong tháng 6/2026.",
        "Trung tâm Khuyến nông xây dựng 03 mô hình trình diễn giống lúa",
        [KN],
        "2026-06-30",
    ),
]

# Indicator tables: rows (ref, text, measure, target, monitor) where ref None is a parent/group row.
INDICATORS = [
    ("I", "CHỈ TIÊU KINH TẾ", None, None, None),
    ("1", "Tốc độ tăng trưởng giá trị sản xuất nông, lâm, thủy sản", "%", "≥ 3,5", KHTC),
    ("2", "Tỷ lệ che phủ rừng", "%", "58,5", KL),
    ("3", "Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm", "xã", "40 - 50", KHTC),
    ("II", "CHỈ TIÊU XÃ HỘI, MÔI TRƯỜNG", None, None, None),
    ("4", "Tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn", "%", ">= 60", TL),
    ("5", "Chỉ tiêu về bảo vệ môi trường", None, None, None),
    ("5.1", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", "≥ 95", MT),
    ("5.2", "Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý", "%", "100", MT),
    (
        "5.3",
        "Số vụ vi phạm pháp luật về môi trường phát hiện, xử lý",
        "vụ",
        "≤ 3 vụ nghiêm trọng; ≤ 50 vụ",
        TT,
    ),
    ("6", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình", "%", "≥ 80", CDS),
    ("7", "Tỷ lệ tiêm phòng vắc xin cho đàn gia súc, gia cầm", "%", "≥ 80% và tăng dần", TY),
]


def first_words(text: str, count: int = 8) -> str:
    return " ".join(text.split()[:count])


def write_expected(name: str, items: list[dict], *, has_lead=True, has_due=True, note="", year=YEAR):
    data = {
        "document": f"tests/importing/corpus/docs/{name}",
        "source": "written for the corpus by tests/importing/corpus/make_docs.py",
        "shape": note,
        "year": year,
        "has_lead": has_lead,
        "has_due": has_due,
        "items": items,
    }
    (EXPECTED / f"{name}.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def item(where: str, content: str, lead: list[str] | None, due: str | None) -> dict:
    entry = {"where": where, "first_words": first_words(content)}
    if lead is not None:
        entry["lead"] = lead
    if due is not None:
        entry["due"] = due
    return entry


def soffice_convert(source: Path, target_ext: str, target: Path, filter_name: str = "") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        convert = f"{target_ext}:{filter_name}" if filter_name else target_ext
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                convert,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(Path(tmp) / f"{source.stem}.{target_ext}", target)


# --------------------------------------------------------------------------------------------- docx
def docx_heading(document, lines: list[str]):
    for text in lines:
        document.add_paragraph(text)


def header_sở(document, title: str, subtitle: str):
    docx_heading(
        document,
        [
            "UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tĐộc lập - Tự do - Hạnh phúc",
            "Nghệ An, ngày 26 tháng 12 năm 2025",
            title,
            subtitle,
        ],
    )


def landscape(document, widths_cm: list[float], table) -> None:
    """A landscape A4 page with set column widths, as offices print wide tables."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin = section.right_margin = Cm(1.5)
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=False):
        column.width = Cm(width)  # the grid LibreOffice lays out by
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def programme_docx(path: Path, rows, *, leader_column=True, wide=False) -> list[dict]:
    """A yearly programme table: two-row header, section rows spanning the width, footnotes."""
    from docx import Document

    document = Document()
    header_sở(
        document, f"CHƯƠNG TRÌNH CÔNG TÁC NĂM {YEAR}", "(Kèm theo Quyết định số 512/QĐ-SNNMT ngày 26/12/2025)"
    )
    columns = 8 if leader_column else 7
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    top = table.add_row().cells
    labels = [
        "STT",
        "Nội dung công việc",
        "Đơn vị thực hiện",
        "",
        "Thời gian",
        "",
        "Lãnh đạo phụ trách",
        "Ghi chú",
    ]
    if not leader_column:
        labels.remove("Lãnh đạo phụ trách")
    for cell, label in zip(top, labels, strict=True):
        cell.text = label
    sub = table.add_row().cells
    for index, label in ((2, "Chủ trì"), (3, "Phối hợp"), (4, "Bắt đầu"), (5, "Kết thúc")):
        sub[index].text = label
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 4).merge(table.cell(0, 5))
    for column in (0, 1, *range(6, columns)):
        table.cell(0, column).merge(table.cell(1, column))
    expected, number, section = [], 0, None
    for section_index, content, lead, coordinating, leader, start, end, due in rows:
        if section_index != section:
            section = section_index
            cells = table.add_row().cells
            cells[0].merge(cells[-1]).text = SECTIONS[section_index]
        number += 1
        values = [str(number), content, lead, coordinating, start, end]
        if leader_column:
            values.append(leader)
        values.append("(*)" if number % 5 == 1 else "")
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
        expected.append(item(f"bảng 1, hàng {len(table.rows)} (STT {number})", content, [lead], due))
    if wide:
        landscape(document, [1.0, 8.5, 3.5, 3.5, 2.0, 2.2, 3.2, 1.5][:columns], table)
    for text in FOOTNOTES:
        document.add_paragraph(text)
    # the closing reporting request is an item of the units it asks (corpus README, "Closing
    # reporting requests")
    expected.append(item("đoạn sau bảng", FOOTNOTES[1], None, "recurring"))
    document.add_paragraph("Nơi nhận:\n- UBND tỉnh (để b/c);\n- Lưu: VT, VP.")
    document.save(path)
    return expected


def calendar_docx(path: Path) -> list[dict]:
    """A weekly calendar: day cells "Thứ 2 (06/04/2026)" merged down over the day's rows."""
    from docx import Document

    document = Document()
    header_sở(
        document, "LỊCH CÔNG TÁC TUẦN 15 CỦA LÃNH ĐẠO SỞ", f"(Từ ngày {ddmm(0, False)} đến ngày {ddmm(4)})"
    )
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells,
        ["Ngày", "Thời gian", "Nội dung công việc", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"],
        strict=True,
    ):
        cell.text = label
    expected, first_row = [], {}
    for day, part, time, content, leader, prepares, place in EVENTS:
        cells = table.add_row().cells
        row = len(table.rows) - 1
        if day not in first_row:
            first_row[day] = row
            cells[0].text = f"Thứ {day + 2} ({ddmm(day)})"
        else:
            table.cell(first_row[day], 0).merge(cells[0])
        for cell, value in zip(cells[1:], [f"{part}: {time}", content, leader, prepares, place], strict=True):
            cell.text = value
        expected.append(item(f"bảng 1, hàng {row + 1}", content, [prepares], event_date(day)))
    document.add_paragraph("Lịch công tác có thể thay đổi, Văn phòng Sở sẽ thông báo cụ thể.")
    document.save(path)
    return expected


def plan_docx(path: Path) -> list[dict]:
    """A prose plan: numbered tasks, each followed by a) b) c) labelled fields."""
    from docx import Document

    document = Document()
    header_sở(document, "KẾ HOẠCH", f"Cải cách hành chính của Sở Nông nghiệp và Môi trường năm {YEAR}")
    for text in [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao chất lượng giải quyết thủ tục hành chính, lấy người dân làm trung tâm.",
        "2. Xác định rõ trách nhiệm của từng phòng, đơn vị trong tổ chức thực hiện.",
        "II. NỘI DUNG NHIỆM VỤ",
    ]:
        document.add_paragraph(text)
    expected = []
    for number, (content, lead, coordinating, time, due) in enumerate(PLAN, start=1):
        document.add_paragraph(f"{number}. {content}.")
        paragraph_number = len(document.paragraphs)
        document.add_paragraph(f"a) Cơ quan chủ trì: {lead}.")
        document.add_paragraph(f"b) Cơ quan phối hợp: {coordinating}.")
        document.add_paragraph(f"c) Thời gian thực hiện: {time}.")
        expected.append(item(f"mục II.{number}, đoạn {paragraph_number}", content, [lead], due))
    for text in [
        "III. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2026 của Sở.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
        "2. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện.",
        "Nơi nhận:",
        "- UBND tỉnh (để b/c);",
        "- Lưu: VT, VP.",
    ]:
        document.add_paragraph(text)
    document.save(path)
    return expected


def conclusions_docx(path: Path) -> list[dict]:
    from docx import Document

    document = Document()
    header_sở(document, "THÔNG BÁO", "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2026")
    for text in [
        "Ngày 13/4/2026, Giám đốc Sở Nguyễn Văn Hùng chủ trì cuộc họp giao ban tháng 4 năm 2026. Sau khi nghe "
        "các đơn vị báo cáo, Giám đốc Sở kết luận như sau:",
        "I. ĐÁNH GIÁ CHUNG",
        "Trong tháng 3, các đơn vị đã cơ bản hoàn thành nhiệm vụ được giao; công tác phòng chống hạn được triển khai kịp thời.",
        "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
    ]:
        document.add_paragraph(text)
    expected = []
    for number, (text, first, lead, due) in enumerate(CONCLUSIONS, start=1):
        document.add_paragraph(f"{number}. {text}")
        expected.append(
            {
                "where": f"mục II.{number}, đoạn {len(document.paragraphs)}",
                "first_words": first,
                "lead": lead,
                "due": due,
            }
        )
    document.add_paragraph("Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.")
    document.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    document.save(path)
    return expected


def indicators_docx(path: Path) -> list[dict]:
    from docx import Document

    document = Document()
    header_sở(document, "PHỤ LỤC", f"Các chỉ tiêu chủ yếu ngành nông nghiệp và môi trường năm {YEAR}")
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells,
        ["TT", "Chỉ tiêu", "Đơn vị tính", f"Kế hoạch năm {YEAR}", "Đơn vị theo dõi"],
        strict=True,
    ):
        cell.text = label
    expected = []
    for ref, text, measure, target, monitor in INDICATORS:
        cells = table.add_row().cells
        if measure is None and ref.isalpha():
            cells[0].text = ref
            cells[1].merge(cells[-1]).text = text
            continue
        for cell, value in zip(cells, [ref, text, measure or "", target or "", monitor or ""], strict=True):
            cell.text = value
        if measure is not None:
            expected.append(item(f"bảng 1, hàng {len(table.rows)} (TT {ref})", text, [monitor], None))
    document.save(path)
    return expected


# --------------------------------------------------------------------------------------------- xlsx
def programme_xlsx(path: Path, rows) -> list[dict]:
    """The yearly programme in Excel: merged headers, a lead cell merged down over its rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chương trình 2026"
    sheet["A1"] = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    sheet["A2"] = f"CHƯƠNG TRÌNH CÔNG TÁC NĂM {YEAR}"
    sheet.merge_cells("A2:H2")
    sheet.append([])
    sheet.append(
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị thực hiện",
            None,
            "Thời gian",
            None,
            "Lãnh đạo phụ trách",
            "Ghi chú",
        ]
    )
    sheet.append([None, None, "Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc", None, None])
    for merge in ("C4:D4", "E4:F4", "A4:A5", "B4:B5", "G4:G5", "H4:H5"):
        sheet.merge_cells(merge)
    rows = sorted(rows, key=lambda row: (row[0], row[2]))  # same lead together, merged down
    expected, number, section, lead_start = [], 0, None, None
    previous_lead = None
    for section_index, content, lead, coordinating, leader, start, end, due in rows:
        if section_index != section:
            if lead_start and sheet.max_row > lead_start:
                sheet.merge_cells(start_row=lead_start, start_column=3, end_row=sheet.max_row, end_column=3)
            section, previous_lead, lead_start = section_index, None, None
            sheet.append([SECTIONS[section_index]])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=8)
        number += 1
        if lead != previous_lead:
            if lead_start and sheet.max_row > lead_start:
                sheet.merge_cells(start_row=lead_start, start_column=3, end_row=sheet.max_row, end_column=3)
            sheet.append([number, content, lead, coordinating, start, end, leader, None])
            lead_start, previous_lead = sheet.max_row, lead
        else:
            sheet.append([number, content, None, coordinating, start, end, leader, None])
        expected.append(item(f"Chương trình 2026!A{sheet.max_row} (STT {number})", content, [lead], due))
    if lead_start and sheet.max_row > lead_start:
        sheet.merge_cells(start_row=lead_start, start_column=3, end_row=sheet.max_row, end_column=3)
    sheet.append([])
    sheet.append([FOOTNOTES[0]])
    book.save(path)
    return expected


def calendar_xlsx(path: Path) -> list[dict]:
    """A weekly calendar in Excel: "06/04/2026 (Thứ Hai)" merged down, Sáng/Chiều, lead in Ghi chú."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tuần 15"
    sheet["A1"] = f"LỊCH CÔNG TÁC TUẦN 15 (Từ ngày {ddmm(0, False)} đến ngày {ddmm(4)})"
    sheet.append(["Ngày", "Buổi", "Giờ", "Nội dung", "Chủ trì", "Địa điểm", "Ghi chú"])
    expected, first_row, previous = [], None, None
    for day, part, time, content, leader, prepares, place in EVENTS:
        label = f"{ddmm(day)} ({DAYS[day]})" if day != previous else None
        sheet.append([label, part, time, content, leader, place, f"Giao {prepares} chủ trì chuẩn bị"])
        if day != previous:
            if first_row and sheet.max_row - 1 > first_row:
                sheet.merge_cells(
                    start_row=first_row, start_column=1, end_row=sheet.max_row - 1, end_column=1
                )
            first_row, previous = sheet.max_row, day
        expected.append(item(f"Tuần 15!D{sheet.max_row}", content, [prepares], event_date(day)))
    if sheet.max_row > first_row:
        sheet.merge_cells(start_row=first_row, start_column=1, end_row=sheet.max_row, end_column=1)
    book.save(path)
    return expected


def indicators_xlsx(path: Path) -> list[dict]:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Chỉ tiêu"
    sheet["A1"] = f"CHỈ TIÊU KẾ HOẠCH NĂM {YEAR} CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    sheet.append(
        ["TT", "Chỉ tiêu", "Đơn vị", "Thực hiện năm 2025", f"Kế hoạch {YEAR}", "Đơn vị chủ trì theo dõi"]
    )
    expected = []
    for ref, text, measure, target, monitor in INDICATORS:
        if measure is None:
            sheet.append([ref, text])
            if ref.isalpha():
                sheet.merge_cells(
                    start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=6
                )
            continue
        sheet.append([ref, text, measure, "", target, monitor])
        expected.append(item(f"Chỉ tiêu!B{sheet.max_row} (TT {ref})", text, [monitor], None))
    book.save(path)
    return expected


# --------------------------------------------------------------------------------------------- text forms
def html_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>'
        + title
        + '</title></head>\n<body>\n<div class="header"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a></div>\n'
        + body
        + '\n<div class="footer">Cổng thông tin điện tử Sở Nông nghiệp và Môi trường &copy; 2026</div>\n</body></html>\n'
    )


def entities(text: str) -> str:
    """Text as some portals save it: named entities for accented letters and &nbsp; spaces."""
    escaped = html.escape(text, quote=False)
    for letter, name in (
        ("â", "&acirc;"),
        ("ê", "&ecirc;"),
        ("ô", "&ocirc;"),
        ("à", "&agrave;"),
        ("á", "&aacute;"),
    ):
        escaped = escaped.replace(letter, name)
    return escaped.replace(" - ", "&nbsp;-&nbsp;")


def calendar_html(path: Path) -> list[dict]:
    """A calendar as a portal prints it: rowspan days "06/04/2026 (Thứ Hai)", entities, <br>."""
    rows, expected, count = [], [], {}
    for event in EVENTS:
        count[event[0]] = count.get(event[0], 0) + 1
    seen = set()
    for index, (day, part, time, content, leader, prepares, place) in enumerate(EVENTS, start=2):
        cells = []
        if day not in seen:
            seen.add(day)
            cells.append(f'<td rowspan="{count[day]}"><b>{ddmm(day)}</b><br>({DAYS[day]})</td>')
        cells.append(f"<td>{part}<br>{time}</td>")
        cells.append(f"<td>{entities(content)}<br><i>({entities(prepares)} chuẩn bị nội dung)</i></td>")
        cells.append(f"<td>{entities(leader)}</td><td>{entities(place)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
        expected.append(item(f"bảng 1, hàng {index}", content, [prepares], event_date(day)))
    body = (
        f"<h2>LỊCH C&Ocirc;NG T&Aacute;C TUẦN 15 NĂM {YEAR}</h2>\n<p>(Từ ngày {ddmm(0, False)} đến ngày {ddmm(4)})</p>\n"
        '<table border="1">\n<tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr>\n'
        + "\n".join(rows)
        + "\n</table>"
    )
    path.write_text(html_page("Lịch công tác tuần 15", body), encoding="utf-8")
    return expected


def calendar_lines(path: Path) -> list[dict]:
    """A calendar typed as lines: day headings "THỨ HAI   6/4", times, "(… chuẩn bị nội dung)"."""
    lines = [
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "LỊCH CÔNG TÁC CỦA LÃNH ĐẠO SỞ",
        f"Tuần 15 (từ ngày {ddmm(0, False)} đến ngày {ddmm(4)})",
        "",
    ]
    expected, previous = [], None
    for day, _part, time, content, leader, prepares, place in EVENTS:
        if day != previous:
            previous = day
            lines += ["", f"{DAYS[day].upper()}   {WEEK_START[0] + day}/{WEEK_START[1]}"]
        lines.append(
            f"- {time}: {content}. {leader_short(leader)} chủ trì. Địa điểm: {place}. ({prepares} chuẩn bị nội dung)"
        )
        expected.append(item(f"dòng {len(lines)}", content, [prepares], event_date(day)))
    lines += ["", "Nơi nhận:", "- Lãnh đạo Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def calendar_markdown(path: Path) -> list[dict]:
    """A calendar as a Markdown pipe table: "Thứ 2 (06/04/2026)" repeated only on a day's first row."""
    lines = [
        f"# LỊCH CÔNG TÁC TUẦN 15 NĂM {YEAR}",
        "",
        f"Từ ngày {ddmm(0, False)} đến ngày {ddmm(4)}",
        "",
        "| Ngày | Thời gian | Nội dung | Chủ trì | Đơn vị chuẩn bị |",
        "|---|---|---|---|---|",
    ]
    expected, previous = [], None
    for day, part, time, content, leader, prepares, _place in EVENTS:
        label = f"Thứ {day + 2} ({ddmm(day)})" if day != previous else ""
        previous = day
        lines.append(f"| {label} | {part} ({time}) | {content} | {leader} | {prepares} |")
        expected.append(item(f"bảng 1, hàng {len(lines) - 6}", content, [prepares], event_date(day)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def calendar_csv(path: Path) -> list[dict]:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([f"LỊCH CÔNG TÁC TUẦN 15 NĂM {YEAR}"])
    writer.writerow(["Ngày", "Buổi", "Nội dung", "Lãnh đạo chủ trì", "Đơn vị chuẩn bị", "Địa điểm"])
    expected = []
    for day, part, time, content, leader, prepares, place in EVENTS:
        writer.writerow([f"{DAYS[day]}, {ddmm(day)}", f"{part} {time}", content, leader, prepares, place])
        expected.append(item(f"dòng {len(expected) + 3}", content, [prepares], event_date(day)))
    path.write_text(out.getvalue(), encoding="utf-8")
    return expected


def programme_html(path: Path, rows) -> list[dict]:
    """A programme table with colspan/rowspan headers and section rows spanning the width."""
    body = [
        f"<h3>CHƯƠNG TR&Igrave;NH C&Ocirc;NG T&Aacute;C NĂM {YEAR}</h3>",
        '<table border="1" cellpadding="3">',
        '<tr><th rowspan="2">STT</th><th rowspan="2">Nội dung</th><th colspan="2">Đơn vị thực hiện</th>'
        '<th colspan="2">Thời gian</th><th rowspan="2">Lãnh đạo phụ trách</th></tr>',
        "<tr><th>Chủ trì</th><th>Phối hợp</th><th>Bắt đầu</th><th>Kết thúc</th></tr>",
    ]
    expected, number, section, row_number = [], 0, None, 2
    for section_index, content, lead, coordinating, leader, start, end, due in rows:
        if section_index != section:
            section = section_index
            body.append(f'<tr><td colspan="7"><b>{SECTIONS[section_index]}</b></td></tr>')
            row_number += 1
        number += 1
        row_number += 1
        body.append(
            f"<tr><td>{number}</td><td>{entities(content)}</td><td>{entities(lead)}</td><td>{entities(coordinating)}</td>"
            f"<td>{start}</td><td>{end}</td><td>{entities(leader)}</td></tr>"
        )
        expected.append(item(f"bảng 1, hàng {row_number} (STT {number})", content, [lead], due))
    body.append("</table>")
    body.append(f"<p><i>{FOOTNOTES[0]}</i></p>")
    path.write_text(html_page("Chương trình công tác", "\n".join(body)), encoding="utf-8")
    return expected


def programme_markdown(path: Path, rows) -> list[dict]:
    lines = [
        f"**CHƯƠNG TRÌNH CÔNG TÁC NĂM {YEAR}**",
        "",
        "| TT | Tên nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
        "|:--:|---|---|---|:--:|",
    ]
    expected, number, section = [], 0, None
    for section_index, content, lead, coordinating, _leader, _start, end, due in rows:
        if section_index != section:
            section = section_index
            roman, title = SECTIONS[section_index].split(". ", 1)
            lines.append(f"| **{roman}.** | **{title}** | | | |")
        number += 1
        lines.append(f"| {number} | {content} | {lead} | {coordinating} | {end} |")
        expected.append(item(f"bảng 1, hàng {len(lines) - 4} (TT {number})", content, [lead], due))
    lines += ["", f"_{FOOTNOTES[1]}_"]
    expected.append(item("đoạn sau bảng", FOOTNOTES[1], None, "recurring"))  # a closing reporting request
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def programme_csv(path: Path, rows) -> list[dict]:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([f"Chương trình công tác năm {YEAR} - Sở Nông nghiệp và Môi trường"])
    writer.writerow(
        ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Lãnh đạo phụ trách", "Thời gian hoàn thành"]
    )
    expected = []
    for number, (_section, content, lead, coordinating, leader, _start, end, due) in enumerate(rows, start=1):
        writer.writerow([number, content, lead, coordinating, leader, end])
        expected.append(item(f"dòng {number + 2} (STT {number})", content, [lead], due))
    path.write_text(out.getvalue(), encoding="utf-8")
    return expected


def plan_text(path: Path, *, dash_labels: bool) -> list[dict]:
    """A prose plan in plain text: "- Đơn vị chủ trì:" lines, or several labels on one line."""
    lines = [
        "UBND TỈNH NGHỆ AN",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "",
        "KẾ HOẠCH",
        f"Thực hiện chuyển đổi số của Sở năm {YEAR}",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của Sở.",
        "",
        "II. NHIỆM VỤ",
    ]
    expected = []
    for number, (content, lead, coordinating, time, due) in enumerate(PLAN, start=1):
        lines.append(f"{number}. {content}")
        expected.append(item(f"dòng {len(lines)}", content, [lead], due))
        if dash_labels:
            lines += [
                f"- Đơn vị chủ trì: {lead}",
                f"- Đơn vị phối hợp: {coordinating}",
                f"- Thời gian: {time}",
            ]
        else:
            lines.append(f"Cơ quan thực hiện: {lead}; Thời gian thực hiện: {time}.")
    lines += [
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "Giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        "",
        "Nơi nhận:",
        "- Lưu: VT.",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def conclusions_text(path: Path, *, as_html: bool) -> list[dict]:
    paragraphs = [
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2026",
        "Ngày 13/4/2026, Giám đốc Sở chủ trì cuộc họp giao ban. Giám đốc Sở kết luận như sau:",
    ]
    expected = []
    for number, (text, first, lead, due) in enumerate(CONCLUSIONS, start=1):
        paragraphs.append(f"{number}. {text}")
        expected.append({"where": f"đoạn {len(paragraphs)}", "first_words": first, "lead": lead, "due": due})
    paragraphs += ["Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.", "Nơi nhận:", "- Lưu: VT."]
    if as_html:
        body = "\n".join(f"<p>{entities(text)}</p>" for text in paragraphs)
        path.write_text(html_page("Thông báo kết luận", body), encoding="utf-8")
    else:
        path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return expected


def indicators_markdown(path: Path) -> list[dict]:
    lines = [
        f"## Phụ lục: Chỉ tiêu năm {YEAR}",
        "",
        "| STT | Chỉ tiêu | Đơn vị | Kết quả 2025 | Chỉ tiêu 2026 | Cơ quan theo dõi |",
        "|---|---|---|---|---|---|",
    ]
    expected = []
    for ref, text, measure, target, monitor in INDICATORS:
        if measure is None:
            lines.append(f"| **{ref}** | **{text}** | | | | |")
            continue
        lines.append(f"| {ref} | {text} | {measure} | | {target} | {monitor} |")
        expected.append(item(f"bảng 1, hàng {len(lines) - 4} (STT {ref})", text, [monitor], None))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


# --------------------------------------------------------------------------------------------- scan
def rasterise(pdf: Path, target: Path, scale: float = 2.0) -> None:
    """An image-only PDF of every page of `pdf`, as a scanner would make it (no text layer)."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(pdf))
    pages = [document[index].render(scale=scale).to_pil().convert("L") for index in range(len(document))]
    pages = [page.point(lambda value: 255 if value > 180 else 0).convert("1") for page in pages]
    first, rest = pages[0], pages[1:]
    assert isinstance(first, Image.Image)
    first.save(target, "PDF", resolution=72 * scale, save_all=True, append_images=rest)


def main() -> None:
    if sys.argv[1:] == ["--siblings-wh"]:
        from siblings_wh import siblings_wh  # the siblings of h883 (wh1–wh2)

        siblings_wh()
        return
    if sys.argv[1:] == ["--siblings-vi"]:
        from siblings_vi import siblings_vi  # the siblings of h880 and h882 (vi1–vi2)

        siblings_vi()
        return
    if sys.argv[1:] == ["--siblings-ug"]:
        from siblings_ug import siblings_ug  # the siblings of h876 (ug1, ug2)

        siblings_ug()
        return
    if sys.argv[1:] == ["--siblings-zy"]:
        from siblings_zy import siblings_zy  # the siblings of h842's topic headings (zy1–zy2)

        siblings_zy()
        return
    if sys.argv[1:] == ["--siblings-zx"]:
        from siblings_zx import (
            siblings_zx,
        )  # the siblings of h828's x/day month grid and h839's Kính gửi points (zx1–zx3)

        siblings_zx()
        return
    if sys.argv[1:] == ["--siblings-zz"]:
        from siblings_zz import siblings_zz  # the siblings of h856 (zz1–zz2)

        siblings_zz()
        return
    if sys.argv[1:] == ["--siblings-wg"]:
        from siblings_wg import siblings_wg  # the siblings of h863 and h869 (wg1–wg3)

        siblings_wg()
        return
    if sys.argv[1:] == ["--siblings-vh"]:
        from siblings_vh import siblings_vh  # the siblings of h853 (vh1–vh3)

        siblings_vh()
        return
    if sys.argv[1:] == ["--siblings-zp"]:
        from siblings_zp import siblings_zp  # the siblings of h841's sub-headings (zp5–zp6)

        siblings_zp()
        return
    if sys.argv[1:] == ["--siblings-zr"]:
        from siblings_zr import siblings_zr  # the siblings of h834 (zr1–zr2)

        siblings_zr()
        return
    if sys.argv[1:] == ["--siblings-zq"]:
        from siblings_zq import siblings_zq  # the siblings of h851 and h852 (zq4–zq5)

        siblings_zq()
        return
    if sys.argv[1:] == ["--siblings-zw"]:
        from siblings_zw import siblings_zw  # the siblings of h870, h859, h872, h857 and h860 (zw1–zw3)

        siblings_zw()
        return
    if sys.argv[1:] == ["--siblings-zu"]:
        from siblings_zu import siblings_zu  # the siblings of h854 (zu1–zu2)

        siblings_zu()
        return
    if sys.argv[1:] == ["--siblings-zv"]:
        from siblings_zv import siblings_zv  # the siblings of h861 and h869 (zv1–zv2)

        siblings_zv()
        return
    if sys.argv[1:] == ["--siblings-zt"]:
        from siblings_zt import siblings_zt  # the siblings of h858 and h868 (zt1–zt2)

        siblings_zt()
        return
    if sys.argv[1:] == ["--siblings-zs"]:
        from siblings_zs import siblings_zs  # the siblings of h865 (zs1–zs2)

        siblings_zs()
        return
    if sys.argv[1:] == ["--siblings-mz"]:
        from siblings_mz import siblings_mz  # the siblings of h836 and h841 (mz1–mz2)

        siblings_mz()
        return
    if sys.argv[1:] == ["--siblings-zk"]:
        from siblings_zk import siblings_zk  # the siblings of h843 and h845 (zk1–zk3)

        siblings_zk()
        return
    if sys.argv[1:] == ["--siblings-zl"]:
        from siblings_zl import siblings_zl  # the siblings of h852 (zl1–zl2)

        siblings_zl()
        return
    if sys.argv[1:] == ["--siblings-zo"]:
        from siblings_zo import siblings_zo  # the siblings of h821 (zo1–zo3)

        siblings_zo()
        return
    if sys.argv[1:] == ["--siblings-zj"]:
        from siblings_zj import siblings_zj  # the siblings of h834 and h850 (zj1–zj3)

        siblings_zj()
        return
    if sys.argv[1:] == ["--siblings-zn"]:
        from siblings_zn import siblings_zn  # the siblings of h842 (zn1–zn2)

        siblings_zn()
        return
    if sys.argv[1:] == ["--siblings-zi"]:
        from siblings_zi import siblings_zi  # the siblings of zd2 (zi1)

        siblings_zi()
        return
    if sys.argv[1:] == ["--siblings-zd"]:
        from siblings_zd import siblings_zd  # the siblings of yz1 (zd1–zd2)

        siblings_zd()
        return
    if sys.argv[1:] == ["--siblings-zh"]:
        from siblings_zh import siblings_zh  # the siblings of h829, h822, h814 and h816 (zh1–zh3)

        siblings_zh()
        return
    if sys.argv[1:] == ["--siblings-zf"]:
        from siblings_zf import siblings_zf  # the siblings of h823 (zf1–zf2)

        siblings_zf()
        return
    if sys.argv[1:] == ["--siblings-zg"]:
        from siblings_zg import siblings_zg  # the siblings of h815, h831, h813 and h830 (zg1–zg3)

        siblings_zg()
        return
    if sys.argv[1:] == ["--siblings-yy"]:
        from siblings_yy import siblings_yy  # the siblings of yv3 (yy1–yy2)

        siblings_yy()
        return
    if sys.argv[1:] == ["--siblings-zc"]:
        from siblings_zc import siblings_zc  # the siblings of h809 and h808 (zc1–zc3)

        siblings_zc()
        return
    if sys.argv[1:] == ["--siblings-zb"]:
        from siblings_zb import siblings_zb  # the siblings of h807 and h797 (zb1–zb2)

        siblings_zb()
        return
    if sys.argv[1:] == ["--siblings-za"]:
        from siblings_za import siblings_za  # the siblings of h795 and h798 (za1–za3)

        siblings_za()
        return
    if sys.argv[1:] == ["--siblings-yz"]:
        from siblings_yz import siblings_yz  # the siblings of h810 and h806 (yz1–yz3)

        siblings_yz()
        return

    if sys.argv[1:] == ["--siblings-ys"]:
        from siblings_ys import siblings_ys  # the siblings of h785 (ys1–ys2)

        siblings_ys()
        return

    if sys.argv[1:] == ["--siblings-yt"]:
        from siblings_yt import siblings_yt  # the siblings of h780 and h777 (yt1–yt3)

        siblings_yt()
        return
    if sys.argv[1:] == ["--siblings-yu"]:
        from siblings_yu import siblings_yu  # the siblings of h774 and h792 (yu1–yu4)

        siblings_yu()
        return
    if sys.argv[1:] == ["--siblings-yv"]:
        from siblings_yv import siblings_yv  # the siblings of h784 and h789 (yv1–yv3)

        siblings_yv()
        return
    if sys.argv[1:] == ["--siblings-yr"]:
        from siblings_yr import siblings_yr  # the siblings of h775 and h787 (yr1–yr3)

        siblings_yr()
        return
    if sys.argv[1:] == ["--siblings-yw"]:
        from siblings_yw import siblings_yw  # the siblings of h790, h761, h776, h781 and h788 (yw1–yw3)

        siblings_yw()
        return
    if sys.argv[1:] == ["--siblings-yx"]:
        from siblings_yx import siblings_yx  # the siblings of h786 (yx1, yx2)

        siblings_yx()
        return
    if sys.argv[1:] == ["--siblings-ym"]:
        from siblings_ym import siblings_ym  # the siblings of h756 (ym1–ym3)

        siblings_ym()
        return
    if sys.argv[1:] == ["--siblings-yo"]:
        from siblings_yo import siblings_yo  # the siblings of h767, h764 and h759 (yo1–yo3)

        siblings_yo()
        return
    if sys.argv[1:] == ["--siblings-yl"]:
        from siblings_yl import siblings_yl  # the siblings of h769 (yl1–yl3)

        siblings_yl()
        return
    if sys.argv[1:] == ["--siblings-yp"]:
        from siblings_yp import siblings_yp  # the siblings of h768, h755 and h758 (yp1–yp3)

        siblings_yp()
        return
    if sys.argv[1:] == ["--siblings-yn"]:
        from siblings_yn import siblings_yn  # the siblings of h760 and h772 (yn1–yn3)

        siblings_yn()
        return
    if sys.argv[1:] == ["--siblings-yj"]:
        from siblings_yj import siblings_yj  # the siblings of h737 and h745 (yj1–yj3)

        siblings_yj()
        return
    if sys.argv[1:] == ["--siblings-yh"]:
        from siblings_yh import siblings_yh  # the siblings of h751 (yh1–yh3)

        siblings_yh()
        return
    if sys.argv[1:] == ["--siblings-yi"]:
        from siblings_yi import siblings_yi  # the siblings of h747 and h735 (yi1–yi3)

        siblings_yi()
        return
    if sys.argv[1:] == ["--siblings-yg"]:
        from siblings_yg import siblings_yg  # the siblings of h749 (yg1–yg3)

        siblings_yg()
        return
    if sys.argv[1:] == ["--siblings-yk"]:
        from siblings_yk import (
            siblings_yk,
        )  # the siblings of h743, h744 and a notice's short points (yk1–yk3)

        siblings_yk()
        return
    if sys.argv[1:] == ["--siblings-yc"]:
        from siblings_yc import siblings_yc  # the siblings of h729 and h724 (yc1–yc3)

        siblings_yc()
        return
    if sys.argv[1:] == ["--siblings-yf"]:
        from siblings_yf import siblings_yf  # the siblings of h720, h727 and h728 (yf1–yf3)

        siblings_yf()
        return
    if sys.argv[1:] == ["--siblings-yb"]:
        from siblings_yb import siblings_yb  # the siblings of h716's lower-case teams

        siblings_yb()
        return
    if sys.argv[1:] == ["--siblings-ya"]:
        from siblings_ya import siblings_ya  # the siblings of h713 and h726 (ya1–ya3)

        siblings_ya()
        return
    if sys.argv[1:] == ["--siblings-ye"]:
        from siblings_ye import siblings_ye  # the siblings of h725, xg1 and h718 (ye1–ye3)

        siblings_ye()
        return
    if sys.argv[1:] == ["--siblings-yd"]:
        from siblings_yd import siblings_yd  # the siblings of h731 and h732 (yd1, yd2)

        siblings_yd()
        return
    if sys.argv[1:] == ["--siblings-xb"]:
        from siblings_xb import siblings_xb  # the siblings of h693 and h703 (xb1–xb3)

        siblings_xb()
        return
    if sys.argv[1:] == ["--siblings-wb"]:
        from siblings_wb import siblings_wb  # the siblings of h680 (wb1–wb3)

        siblings_wb()
        return
    if sys.argv[1:] == ["--siblings-wa"]:
        from siblings_wa import siblings_wa  # the siblings of h673 (wa1–wa3)

        siblings_wa()
        return
    if sys.argv[1:] == ["--siblings-vf"]:
        from siblings_vf import siblings_vf  # the siblings of h666 (vf1, vf2)

        siblings_vf()
        return
    if sys.argv[1:] == ["--siblings-rh"]:
        from siblings_rh import siblings_rh  # the siblings of h456, h468, h470 and h471 (rh1–rh3 by hand)

        siblings_rh()
        return
    if sys.argv[1:] == ["--siblings-qe"]:
        from siblings_qe import siblings_qe  # the siblings of h335, h360 (qe2–qe4 by hand)

        siblings_qe()
        return
    if sys.argv[1:] == ["--siblings-qd"]:
        from siblings_qd import siblings_qd  # the siblings of h346, h348 and h347 (qd4, qd6 by hand)

        siblings_qd()
        return
    if sys.argv[1:] == ["--siblings-qb"]:
        from siblings_qb import siblings_qb  # the siblings of h355 (qb2 by hand)

        siblings_qb()
        return
    if sys.argv[1:] == ["--siblings-qc"]:
        from siblings_qc import siblings_qc  # the siblings of h345, h343 (qc2 by hand)

        siblings_qc()
        return
    if sys.argv[1:] == ["--siblings-qg"]:
        from siblings_qg import siblings_qg  # the siblings of h372 (qg1 by hand) and h368

        siblings_qg()
        return
    if sys.argv[1:] == ["--siblings-qa"]:
        from siblings_qa import siblings_qa  # the siblings of h344 and h352

        siblings_qa()
        return
    if sys.argv[1:] == ["--siblings-ql"]:
        from siblings_ql import siblings_ql  # the siblings of h379

        siblings_ql()
        return
    if sys.argv[1:] == ["--siblings-qn"]:
        from siblings_qn import siblings_qn  # the siblings of h323 (qn1–qn3) and h327 (qn4)

        siblings_qn()
        return
    if sys.argv[1:] == ["--siblings-qk"]:
        from siblings_qk import siblings_qk  # the siblings of h374

        siblings_qk()
        return
    if sys.argv[1:] == ["--siblings-qr"]:
        from siblings_qr import siblings_qr  # the siblings of h399 and h402

        siblings_qr()
        return
    if sys.argv[1:] == ["--siblings-qu"]:
        from siblings_qu import siblings_qu  # the siblings of h385, h400, h410 (qu4 by hand)

        siblings_qu()
        return
    if sys.argv[1:] == ["--siblings-qp"]:
        from siblings_qp import siblings_qp  # the siblings of h383, h393, h395, h396, h401

        siblings_qp()
        return
    if sys.argv[1:] == ["--siblings-qo"]:
        from siblings_qo import siblings_qo  # the siblings of h284

        siblings_qo()
        return
    if sys.argv[1:] == ["--siblings-qt"]:
        from siblings_qt import siblings_qt  # the siblings of h404 (qt3 by hand)

        siblings_qt()
        return
    if sys.argv[1:] == ["--siblings-qq"]:
        from siblings_qq import siblings_qq  # the siblings of h388 and h389 (qq3 by hand)

        siblings_qq()
        return
    if sys.argv[1:] == ["--siblings-qj"]:
        from siblings_qj import siblings_qj  # the siblings of h377

        siblings_qj()
        return
    if sys.argv[1:] == ["--siblings-qi"]:
        from siblings_qi import siblings_qi  # the siblings of h373 and h376

        siblings_qi()
        return
    if sys.argv[1:] == ["--siblings-qf"]:
        from siblings_qf import siblings_qf  # the sibling of h366 (qf2, qf3 by hand)

        siblings_qf()
        return
    if sys.argv[1:] == ["--siblings-qh"]:
        from siblings_qh import siblings_qh  # the siblings of h378 and h375 (qh4 by hand)

        siblings_qh()
        return
    if sys.argv[1:] == ["--siblings-qz"]:
        from siblings_qz import siblings_qz  # the siblings of h421 and h428

        siblings_qz()
        return
    if sys.argv[1:] == ["--siblings-re"]:
        from siblings_re import siblings_re  # the siblings of h435 and h442

        siblings_re()
        return
    if sys.argv[1:] == ["--siblings-rp"]:
        from siblings_rp import siblings_rp  # the siblings of h489

        siblings_rp()
        return
    if sys.argv[1:] == ["--siblings-rn"]:
        from siblings_rn import siblings_rn  # the siblings of h491

        siblings_rn()
        return
    if sys.argv[1:] == ["--siblings-ro"]:
        from siblings_ro import siblings_ro  # the siblings of h480 and h482

        siblings_ro()
        return
    if sys.argv[1:] == ["--siblings-rr"]:
        from siblings_rr import siblings_rr  # the siblings of h508 and h497

        siblings_rr()
        return
    if sys.argv[1:] == ["--siblings-rq"]:
        from siblings_rq import siblings_rq  # the siblings of h501

        siblings_rq()
        return
    if sys.argv[1:] == ["--siblings-rs"]:
        from siblings_rs import siblings_rs  # the siblings of h500 and h505

        siblings_rs()
        return
    if sys.argv[1:] == ["--siblings-rt"]:
        from siblings_rt import siblings_rt  # the siblings of h502 and h511

        siblings_rt()
        return
    if sys.argv[1:] == ["--siblings-ry"]:
        from siblings_ry import siblings_ry  # the siblings of h521

        siblings_ry()
        return
    if sys.argv[1:] == ["--siblings-rz"]:
        from siblings_rz import siblings_rz  # the siblings of h526 and h515

        siblings_rz()
        return
    if sys.argv[1:] == ["--siblings-sc"]:
        from siblings_sc import siblings_sc  # the siblings of h546

        siblings_sc()
        return
    if sys.argv[1:] == ["--siblings-rw"]:
        from siblings_rw import siblings_rw  # the siblings of h527 and h532

        siblings_rw()
        return
    if sys.argv[1:] == ["--siblings-rx"]:
        from siblings_rx import siblings_rx  # the siblings of h525

        siblings_rx()
        return
    if sys.argv[1:] == ["--siblings-sg"]:
        from siblings_sg import siblings_sg  # the siblings of h557

        siblings_sg()
        return
    if sys.argv[1:] == ["--siblings-sj"]:
        from siblings_sj import siblings_sj  # the siblings of h554

        siblings_sj()
        return
    if sys.argv[1:] == ["--siblings-sf"]:
        from siblings_sf import siblings_sf  # the siblings of h539, h543 and h550

        siblings_sf()
        return
    if sys.argv[1:] == ["--siblings-se"]:
        from siblings_se import siblings_se  # the siblings of h542

        siblings_se()
        return
    if sys.argv[1:] == ["--siblings-sa"]:
        from siblings_sa import siblings_sa  # the siblings of h523, h531 and h516

        siblings_sa()
        return
    if sys.argv[1:] == ["--siblings-sb"]:
        from siblings_sb import siblings_sb  # the siblings of h535

        siblings_sb()
        return
    if sys.argv[1:] == ["--siblings-sd"]:
        from siblings_sd import siblings_sd  # the siblings of h548

        siblings_sd()
        return
    if sys.argv[1:] == ["--siblings-ru"]:
        from siblings_ru import siblings_ru  # the siblings of h528

        siblings_ru()
        return
    if sys.argv[1:] == ["--siblings-si"]:
        from siblings_si import siblings_si  # the siblings of h567 and h569

        siblings_si()
        return
    if sys.argv[1:] == ["--siblings-rj"]:
        from siblings_rj import siblings_rj  # the siblings of h461

        siblings_rj()
        return
    if sys.argv[1:] == ["--siblings-rf"]:
        from siblings_rf import siblings_rf  # the siblings of h441 and h445

        siblings_rf()
        return
    if sys.argv[1:] == ["--siblings-rd"]:
        from siblings_rd import siblings_rd  # the siblings of h444 (rd1) and h434 (rd2)

        siblings_rd()
        return
    if sys.argv[1:] == ["--siblings-rm"]:
        from siblings_rm import siblings_rm  # the siblings of h492

        siblings_rm()
        return
    if sys.argv[1:] == ["--siblings-rb"]:
        from siblings_rb import siblings_rb  # the siblings of h446 and h449

        siblings_rb()
        return
    if sys.argv[1:] == ["--siblings-qx"]:
        from siblings_qx import siblings_qx  # the siblings of h430

        siblings_qx()
        return
    if sys.argv[1:] == ["--siblings-qm"]:
        from siblings_qm import siblings_qm  # the siblings of h380 and h382 (qm3 by hand)

        siblings_qm()
        return
    if sys.argv[1:] == ["--siblings-pa"]:
        from siblings_pa import siblings_pa  # the siblings of h361, h354, h356

        siblings_pa()
        return
    if sys.argv[1:] == ["--siblings-nc"]:
        from siblings_nc import siblings_nc  # the siblings of h324, h309, h341, h314 (nc2, nc4 by hand)

        siblings_nc()
        return
    if sys.argv[1:] == ["--siblings-kd"]:
        from siblings_kd import siblings_kd  # the siblings of h234 and h242 (kd2, h239's, by hand)

        siblings_kd()
        return
    if sys.argv[1:] == ["--siblings-kf"]:
        from siblings_kf import siblings_kf  # the sibling of h230 (kf2, kf3 by hand)

        siblings_kf()
        return
    if sys.argv[1:] == ["--siblings-ke"]:
        from siblings_ke import siblings_ke  # the siblings of h235, h241 and h225 (ke2, ke3 by hand)

        siblings_ke()
        return
    if sys.argv[1:] == ["--siblings-kb"]:
        from siblings_kb import siblings_kb  # the siblings of h209, h214, h219 and h222 (kb3 by hand)

        siblings_kb()
        return
    if sys.argv[1:] == ["--siblings-kq"]:
        from siblings_kq import siblings_kq  # the sibling of h276 (kq1–kq3 by hand)

        siblings_kq()
        return
    if sys.argv[1:] == ["--siblings-kk"]:
        from siblings_kk import siblings_kk  # the siblings of h244 and h245 (kk2, kk3, kk5 by hand)

        siblings_kk()
        return
    if sys.argv[1:] == ["--siblings-ri"]:
        from siblings_ri import siblings_ri  # the siblings of h466, h467 and h472

        siblings_ri()
        return
    if sys.argv[1:] == ["--siblings-qy"]:
        from siblings_qy import siblings_qy  # the siblings of h180

        siblings_qy()
        return
    if sys.argv[1:] == ["--siblings-sm"]:
        from siblings_sm import siblings_sm  # the siblings of h584 (numbered duties opening with a team)

        siblings_sm()
        return
    if sys.argv[1:] == ["--siblings-sp"]:
        from siblings_sp import siblings_sp  # the siblings of h574 and h575

        siblings_sp()
        return
    if sys.argv[1:] == ["--siblings-sn"]:
        from siblings_sn import siblings_sn  # the siblings of h576

        siblings_sn()
        return
    if sys.argv[1:] == ["--siblings-sq"]:
        from siblings_sq import siblings_sq  # the siblings of h572 and h582

        siblings_sq()
        return
    if sys.argv[1:] == ["--siblings-so"]:
        from siblings_so import siblings_so  # the siblings of h573 and h587

        siblings_so()
        return
    if sys.argv[1:] == ["--siblings-sr"]:
        from siblings_sr import siblings_sr  # the siblings for where a unit's name ends in prose (sr1–sr3)

        siblings_sr()
        return
    if sys.argv[1:] == ["--siblings-sw"]:
        from siblings_sw import siblings_sw  # the siblings of h595 and h609

        siblings_sw()
        return
    if sys.argv[1:] == ["--siblings-sx"]:
        from siblings_sx import siblings_sx  # the siblings of h599

        siblings_sx()
        return
    if sys.argv[1:] == ["--siblings-su"]:
        from siblings_su import siblings_su  # the siblings of h596

        siblings_su()
        return
    if sys.argv[1:] == ["--siblings-sv"]:
        from siblings_sv import siblings_sv  # the siblings of h603 (sv1–sv3 by hand)

        siblings_sv()
        return
    if sys.argv[1:] == ["--siblings-ta"]:
        from siblings_ta import siblings_ta  # the siblings of h619

        siblings_ta()
        return
    if sys.argv[1:] == ["--siblings-tk"]:
        from siblings_tk import siblings_tk  # the siblings of h406, h411, h565 and h313

        siblings_tk()
        return
    if sys.argv[1:] == ["--siblings-uf"]:
        from siblings_uf import siblings_uf  # the sibling of h648 (uf2 by hand)

        siblings_uf()
        return
    if sys.argv[1:] == ["--siblings-uc"]:
        from siblings_uc import siblings_uc  # the siblings of h640 (uc2 by hand)

        siblings_uc()
        return
    if sys.argv[1:] == ["--siblings-ud"]:
        from siblings_ud import siblings_ud  # the siblings of h645

        siblings_ud()
        return
    if sys.argv[1:] == ["--siblings-ub"]:
        from siblings_ub import siblings_ub  # the siblings of h638 (ub2 by hand)

        siblings_ub()
        return
    if sys.argv[1:] == ["--siblings-ve"]:
        from siblings_ve import siblings_ve  # the siblings of h669 (ve2 by hand)

        siblings_ve()
        return
    if sys.argv[1:] == ["--siblings-vd"]:
        from siblings_vd import siblings_vd  # the siblings of h662 and h667 (vd3, vd4 by hand)

        siblings_vd()
        return
    if sys.argv[1:] == ["--siblings-vb"]:
        from siblings_vb import siblings_vb  # the siblings of h657

        siblings_vb()
        return
    if sys.argv[1:] == ["--siblings-wf"]:
        from siblings_wf import siblings_wf  # the siblings of h674, h684 and h682

        siblings_wf()
        return
    if sys.argv[1:] == ["--siblings-wc"]:
        from siblings_wc import siblings_wc  # the siblings of h683

        siblings_wc()
        return
    if sys.argv[1:] == ["--siblings-wd"]:
        from siblings_wd import siblings_wd  # the siblings of h677 and h679

        siblings_wd()
        return
    if sys.argv[1:] == ["--siblings-xd"]:
        from siblings_xd import siblings_xd  # the siblings of h696 and h698

        siblings_xd()
        return
    if sys.argv[1:] == ["--siblings-xe"]:
        from siblings_xe import siblings_xe  # the siblings of h695 and h702

        siblings_xe()
        return
    if sys.argv[1:] == ["--siblings-we"]:
        from siblings_we import siblings_we  # the siblings of h656's topic paragraph

        siblings_we()
        return
    if sys.argv[1:] == ["--siblings-xa"]:
        from siblings_xa import siblings_xa  # the siblings of h697, h701, h704 and h708

        siblings_xa()
        return
    if sys.argv[1:] == ["--siblings-xf"]:
        from siblings_xf import siblings_xf  # the siblings of h709 and h706

        siblings_xf()
        return
    if sys.argv[1:] == ["--siblings-xc"]:
        from siblings_xc import siblings_xc  # the siblings of h707

        siblings_xc()
        return
    if sys.argv[1:] == ["--siblings-xg"]:
        from siblings_xg import siblings_xg  # the siblings of h696

        siblings_xg()
        return
    if sys.argv[1:] == ["--siblings-xh"]:
        from siblings_xh import siblings_xh  # the siblings of h708's short-form lead

        siblings_xh()
        return
    if sys.argv[1:] == ["--siblings-va"]:
        from siblings_va import siblings_va  # the siblings of h656

        siblings_va()
        return
    if sys.argv[1:] == ["--siblings-vc"]:
        from siblings_vc import siblings_vc  # the siblings of h660

        siblings_vc()
        return
    if sys.argv[1:] == ["--siblings-tc"]:
        from siblings_tc import siblings_tc  # the siblings of h624

        siblings_tc()
        return
    if sys.argv[1:] == ["--siblings-te"]:
        from siblings_te import siblings_te  # the siblings of h615 and h476

        siblings_te()
        return
    if sys.argv[1:] == ["--siblings-tg"]:
        from siblings_tg import siblings_tg  # the siblings of h494, h509, h591, h597, h601, h607, h612, h613

        siblings_tg()
        return
    if sys.argv[1:] == ["--siblings-th"]:
        from siblings_th import siblings_th  # the siblings of h490, h503, h586, h598, h623, h631 and h632

        siblings_th()
        return
    if sys.argv[1:] == ["--siblings-ua"]:
        from siblings_ua import siblings_ua  # the siblings of h637

        siblings_ua()
        return
    if sys.argv[1:] == ["--siblings-tl"]:
        from siblings_tl import siblings_tl  # the siblings of h194

        siblings_tl()
        return
    if sys.argv[1:] == ["--siblings-ue"]:
        from siblings_ue import siblings_ue  # the siblings of h647

        siblings_ue()
        return
    if sys.argv[1:] == ["--siblings-tj"]:
        from siblings_tj import siblings_tj  # the siblings of h488, h495 and h604 (tj1 by hand)

        siblings_tj()
        return
    if sys.argv[1:] == ["--siblings-tf"]:
        from siblings_tf import siblings_tf  # the siblings of h506, h577, h454 and h628

        siblings_tf()
        return
    if sys.argv[1:] == ["--siblings-td"]:
        from siblings_td import siblings_td  # the siblings of h620

        siblings_td()
        return
    if sys.argv[1:] == ["--siblings-sk"]:
        from siblings_sk import siblings_sk  # the siblings of h553, h560, h562 and h568

        siblings_sk()
        return
    if sys.argv[1:] == ["--siblings-tb"]:
        from siblings_tb import siblings_tb  # the siblings of h621

        siblings_tb()
        return
    if sys.argv[1:] == ["--siblings-sz"]:
        from siblings_sz import siblings_sz  # the siblings of h608

        siblings_sz()
        return
    if sys.argv[1:] == ["--siblings-sy"]:
        from siblings_sy import siblings_sy  # the siblings of h594

        siblings_sy()
        return
    if sys.argv[1:] == ["--siblings-sl"]:
        from siblings_sl import siblings_sl  # the siblings of h578

        siblings_sl()
        return
    if sys.argv[1:] == ["--siblings-km"]:
        from siblings_km import siblings_km  # the siblings of h250, h251 (km3 of h261 by hand)

        siblings_km()
        return
    if sys.argv[1:] == ["--siblings-kj"]:
        from siblings_kj import siblings_kj  # the siblings of h254, h255 and h260 (kj2 by hand)

        siblings_kj()
        return
    if sys.argv[1:] == ["--siblings-kp"]:
        from siblings_kp import siblings_kp  # the siblings of h273, h269, h263 and h268 (kp2 by hand)

        siblings_kp()
        return
    if sys.argv[1:] == ["--siblings-kn"]:
        from siblings_kn import siblings_kn  # the siblings of h270, h272, h264 (kn1, kn2, kn4 by hand)

        siblings_kn()
        return
    if sys.argv[1:] == ["--siblings-kt"]:
        from siblings_kt import siblings_kt  # the siblings of h286

        siblings_kt()
        return
    if sys.argv[1:] == ["--siblings-le"]:
        from siblings_le import siblings_le  # the siblings of h287 and h294 (le2 by hand)

        siblings_le()
        return
    if sys.argv[1:] == ["--siblings-lb"]:
        from siblings_lb import siblings_lb  # the siblings of h298 and h269 (lb2 by hand)

        siblings_lb()
        return
    if sys.argv[1:] == ["--siblings-lc"]:
        from siblings_lc import siblings_lc  # the sibling of h40 (lc1, lc2 of h302 by hand)

        siblings_lc()
        return
    if sys.argv[1:] == ["--siblings-ne"]:
        from siblings_ne import siblings_ne  # the siblings of h330 and h317 (ne1, ne3 by hand)

        siblings_ne()
        return
    if sys.argv[1:] == ["--siblings-nd"]:
        from siblings_nd import siblings_nd  # the siblings of h342, h315 and h304

        siblings_nd()
        return
    if sys.argv[1:] == ["--siblings-nb"]:
        from siblings_nb import siblings_nb  # the siblings of h338

        siblings_nb()
        return
    if sys.argv[1:] == ["--siblings-ma"]:
        from siblings_ma import siblings_ma  # the siblings of h308 and h325 (ma2, ma3 by hand)

        siblings_ma()
        return
    if sys.argv[1:] == ["--siblings-la"]:
        from siblings_la import siblings_la  # the siblings of h208 (la1 by hand)

        siblings_la()
        return
    if sys.argv[1:] == ["--siblings-jt"]:
        from siblings_jt import siblings_jt  # the siblings of h197 (jt1 by hand) and h191

        siblings_jt()
        return
    if sys.argv[1:] == ["--siblings-jp"]:
        from siblings_jp import siblings_jp  # the siblings of h165, h168 and h170

        siblings_jp()
        return
    if sys.argv[1:] == ["--siblings-jz"]:
        from siblings_jz import siblings_jz  # the siblings of h216, h212 and h204

        siblings_jz()
        return
    if sys.argv[1:] == ["--siblings-jq"]:
        from siblings_jq import siblings_jq  # the siblings of h169 and h174 (jq2, jq4 by hand)

        siblings_jq()
        return
    if sys.argv[1:] == ["--siblings-jh"]:
        from siblings_jh import siblings_jh  # the siblings of h144, h145, h146 and h147

        siblings_jh()
        return
    if sys.argv[1:] == ["--siblings-jj"]:
        from siblings_jj import siblings_jj  # the siblings of h151, h152 and h149 (jj4 by hand)

        siblings_jj()
        return
    if sys.argv[1:] == ["--siblings-jm"]:
        from siblings_jm import siblings_jm  # the siblings of h173 and h177

        siblings_jm()
        return
    if sys.argv[1:] == ["--siblings-ji"]:
        from siblings_ji import siblings_ji  # the siblings of h143, h161 and h160

        siblings_ji()
        return
    if sys.argv[1:] == ["--siblings-jo"]:
        from siblings_jo import siblings_jo  # the siblings of h163 and h167

        siblings_jo()
        return
    if sys.argv[1:] == ["--siblings-jn"]:
        from siblings_jn import siblings_jn  # the siblings of h164 and h171 (jn4 by hand)

        siblings_jn()
        return
    if sys.argv[1:] == ["--siblings-jl"]:
        from siblings_jl import siblings_jl  # the sibling of h175 (jl2–jl4 by hand)

        siblings_jl()
        return
    if sys.argv[1:] == ["--siblings-kg"]:
        from siblings_kg import siblings_kg  # the sibling of h210 and h232

        siblings_kg()
        return
    if sys.argv[1:] == ["--siblings-jx"]:
        from siblings_jx import siblings_jx  # the sibling of h189

        siblings_jx()
        return
    if sys.argv[1:] == ["--siblings-ju"]:
        from siblings_ju import siblings_ju  # the siblings of h199 and h192 (ju2, ju3 by hand)

        siblings_ju()
        return
    if sys.argv[1:] == ["--siblings-jw"]:
        from siblings_jw import siblings_jw  # the siblings of h187, h190 and h198

        siblings_jw()
        return
    if sys.argv[1:] == ["--siblings-jy"]:
        from siblings_jy import siblings_jy  # the siblings of h213, h221 and h220

        siblings_jy()
        return
    if sys.argv[1:] == ["--siblings-js"]:
        from siblings_js import siblings_js  # the sibling of h193

        siblings_js()
        return
    if sys.argv[1:] == ["--siblings-jg"]:
        from siblings_jg import siblings_jg  # the siblings of h162 and h148 (jg2, jg3 by hand)

        siblings_jg()
        return
    if sys.argv[1:] == ["--siblings-jd"]:
        from siblings_jd import siblings_jd  # the siblings of h124 and h134 (jd1, jd2 by hand)

        siblings_jd()
        return
    if sys.argv[1:] == ["--siblings-zm"]:
        from siblings_zm import siblings_zm  # the siblings of h84, h96, h97 and h92

        siblings_zm()
        return
    if sys.argv[1:] == ["--siblings-k"]:
        from siblings_k import siblings_k  # the siblings of h85, h86 and h87

        siblings_k()
        return
    if sys.argv[1:] == ["--siblings-i"]:
        from siblings_i import siblings_i  # the siblings of h66, h69 and h72

        siblings_i()
        return
    if sys.argv[1:] == ["--siblings-g"]:
        from siblings_g import siblings_g  # the siblings of h70 and h71

        siblings_g()
        return
    if sys.argv[1:] == ["--siblings-v"]:
        from siblings_v import siblings_v  # the siblings of h88, h89, h98, h100 and h102

        siblings_v()
        return
    if sys.argv[1:] == ["--siblings-z"]:
        from siblings_z import siblings_z  # the siblings of h103, h104, h116 and h119

        siblings_z()
        return
    if sys.argv[1:] == ["--siblings-o"]:
        from siblings_o import siblings_o  # the siblings of h106, h107, h112, h113 and h117

        siblings_o()
        return
    if sys.argv[1:] == ["--siblings-p"]:
        from siblings_p import siblings_p  # the sibling of h108

        siblings_p()
        return
    if sys.argv[1:] == ["--siblings-ka"]:
        from siblings_ka import siblings_ka  # the sibling of h217 (ka1, ka2 by hand)

        siblings_ka()
        return
    if sys.argv[1:] == ["--siblings-ja"]:
        from siblings_ja import siblings_ja  # the siblings of h126 and h137

        siblings_ja()
        return
    if sys.argv[1:] == ["--siblings-jc"]:
        from siblings_jc import siblings_jc  # the sibling of h140 (jc2, jc3 by hand)

        siblings_jc()
        return
    if sys.argv[1:] == ["--siblings-ra"]:
        from siblings_ra import siblings_ra  # the siblings of the real documents 03, 09, 02 and 10

        siblings_ra()
        return
    if sys.argv[1:] == ["--siblings-q2"]:
        from siblings_q2 import siblings_q2  # the sibling of h123 (z02, z03 by hand)

        siblings_q2()
        return
    if sys.argv[1:] == ["--siblings-jb"]:
        from siblings_jb import siblings_jb  # the sibling of h138 (jb1, jb2 by hand)

        siblings_jb()
        return
    if sys.argv[1:] == ["--siblings-je"]:
        from siblings_je import siblings_je  # the sibling of h133 (je1, je2 by hand)

        siblings_je()
        return
    if sys.argv[1:] == ["--siblings-jf"]:
        from siblings_jf import siblings_jf  # the sibling of h150 (jf1–jf3 by hand)

        siblings_jf()
        return
    if sys.argv[1:] == ["--siblings-f"]:
        from siblings_f import siblings_f  # the siblings of h38, h51, h53, h54, h56, h58, h59

        siblings_f()
        return
    DOCS.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    made = {}

    def make(name, writer, *args, note="", has_lead=True, has_due=True, **kwargs):
        expected = writer(DOCS / name, *args, **kwargs)
        write_expected(name, expected, has_lead=has_lead, has_due=has_due, note=note)
        made[name] = expected

    make(
        "g01_ct_nam_hai_hang_tieu_de.docx",
        programme_docx,
        programme_rows(0),
        wide=True,
        note="yearly programme, two-row merged header, leader column, section rows, footnotes",
    )
    make(
        "g02_ct_nam_khong_lanh_dao.docx",
        programme_docx,
        programme_rows(4, 10),
        leader_column=False,
        note="yearly programme without leader column",
    )
    make(
        "g03_ct_nam_gop_o_chu_tri.xlsx",
        programme_xlsx,
        programme_rows(0),
        note="yearly programme in Excel, lead merged down, two-row header",
    )
    make(
        "g04_ct_nam_html_colspan.html",
        programme_html,
        programme_rows(2),
        note="yearly programme as HTML with colspan/rowspan header and entities",
    )
    make(
        "g05_ct_nam_markdown.md",
        programme_markdown,
        programme_rows(6),
        note="Markdown pipe table with **I.** section rows",
    )
    make("g06_ct_nam.csv", programme_csv, programme_rows(3), note="CSV export of a programme")
    make(
        "g07_lich_tuan_thu_ngay.docx",
        calendar_docx,
        note="weekly calendar, day cells 'Thứ 2 (dd/mm/yyyy)' merged down",
    )
    make(
        "g08_lich_tuan_gop_ngay.xlsx",
        calendar_xlsx,
        note="weekly calendar, 'dd/mm/yyyy (Thứ Hai)' merged, Sáng/Chiều, lead in Ghi chú",
    )
    make(
        "g09_lich_tuan_rowspan.html",
        calendar_html,
        note="weekly calendar HTML, rowspan days, preparing unit in parentheses",
    )
    make("g10_lich_tuan_dong.txt", calendar_lines, note="weekly calendar typed as lines with day headings")
    make("g11_lich_tuan_markdown.md", calendar_markdown, note="weekly calendar Markdown table")
    make("g12_lich_tuan.csv", calendar_csv, note="weekly calendar CSV, 'Thứ Hai, dd/mm/yyyy'")
    make(
        "g13_kh_van_xuoi_abc.docx", plan_docx, note="prose plan: numbered tasks with a) b) c) labelled fields"
    )
    make(
        "g14_kh_van_xuoi_gach.txt", plan_text, dash_labels=True, note="prose plan: '- Đơn vị chủ trì:' lines"
    )
    make(
        "g15_kh_co_quan_thuc_hien.txt",
        plan_text,
        dash_labels=False,
        note="prose plan: 'Cơ quan thực hiện: …; Thời gian thực hiện: …' on one line",
    )
    make(
        "g16_tbkl_giao_ban.docx",
        conclusions_docx,
        note="meeting conclusions, leader/lead/deadline inside sentences",
    )
    make(
        "g17_tbkl_giao_ban.html",
        conclusions_text,
        as_html=True,
        note="meeting conclusions as HTML paragraphs with entities",
    )
    make("g18_tbkl_giao_ban.txt", conclusions_text, as_html=False, note="meeting conclusions as plain text")
    make(
        "g19_chi_tieu.docx",
        indicators_docx,
        has_due=False,
        note="indicator table: 'Chỉ tiêu' is the content, sub-items 5.1-5.3, ≥ targets, group rows",
    )
    make(
        "g20_chi_tieu.xlsx",
        indicators_xlsx,
        has_due=False,
        note="indicator table in Excel with a bare 'Đơn vị' measure column",
    )
    make("g21_chi_tieu.md", indicators_markdown, has_due=False, note="indicator table in Markdown")

    if shutil.which("soffice"):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            for source, target, ext, note, base in (
                (
                    "g03_ct_nam_gop_o_chu_tri.xlsx",
                    "g22_ct_nam_gop_o_chu_tri.xls",
                    "xls",
                    "legacy .xls made from g03 by LibreOffice",
                    "g03_ct_nam_gop_o_chu_tri.xlsx",
                ),
                (
                    "g08_lich_tuan_gop_ngay.xlsx",
                    "g23_lich_tuan_gop_ngay.xls",
                    "xls",
                    "legacy .xls made from g08",
                    "g08_lich_tuan_gop_ngay.xlsx",
                ),
                (
                    "g01_ct_nam_hai_hang_tieu_de.docx",
                    "g24_ct_nam_hai_hang_tieu_de.odt",
                    "odt",
                    "OpenDocument text made from g01",
                    "g01_ct_nam_hai_hang_tieu_de.docx",
                ),
                (
                    "g13_kh_van_xuoi_abc.docx",
                    "g25_kh_van_xuoi_abc.odt",
                    "odt",
                    "OpenDocument prose plan made from g13",
                    "g13_kh_van_xuoi_abc.docx",
                ),
            ):
                copy = tmp / (Path(target).stem + Path(source).suffix)
                shutil.copyfile(DOCS / source, copy)
                soffice_convert(copy, ext, DOCS / target)
                write_expected(target, made[base], note=note, has_due=True)
            # A scan: the programme printed to PDF, every page rasterised, wrapped back as images only.
            scan_source = tmp / "g26_scan.docx"
            expected = programme_docx(scan_source, programme_rows(0, 6), wide=True)
            soffice_convert(scan_source, "pdf", tmp / "g26_scan.pdf")
            rasterise(tmp / "g26_scan.pdf", DOCS / "g26_ct_nam_ban_quet.pdf")
            write_expected(
                "g26_ct_nam_ban_quet.pdf",
                expected,
                note="scanned programme: an image-only PDF (no text layer)",
            )
    else:
        print("soffice not found: .xls, .odt and the scan were not regenerated", file=sys.stderr)


# --------------------------------------------------------------------------------------------- siblings (E)
# Siblings of h57 and h61, moved from the held-out set after they were used for tuning: the same
# shapes with other words, units, dates and surface details. Their expected files were written by
# hand before the documents were first imported; `--siblings-e` writes only the documents.


def _two_column_heading(document, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=len(left), cols=2)
    for index, (a, b) in enumerate(zip(left, right, strict=True)):
        table.cell(index, 0).text = a
        table.cell(index, 1).text = b


def e02_nested_docx(path: Path) -> None:
    """A commune health station's monthly plan: an outer 'STT | Lĩnh vực | Kế hoạch chi tiết' table
    whose third cell holds each field's task table ('TT | Công việc | Người thực hiện | Thời hạn')."""
    from docx import Document

    document = Document()
    _two_column_heading(
        document,
        ["UBND XÃ HƯƠNG SƠN", "TRẠM Y TẾ XÃ", "Số: 14/KH-TYT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hương Sơn, ngày 25 tháng 02 năm 2027",
        ],
    )
    for text in (
        "KẾ HOẠCH HOẠT ĐỘNG THÁNG 3 NĂM 2027",
        "Thực hiện Kế hoạch công tác y tế năm 2027 của UBND xã, Trạm Y tế xã xây dựng kế hoạch tháng 3/2027 như sau:",
    ):
        document.add_paragraph(text)
    outer = document.add_table(rows=1, cols=3)
    outer.style = "Table Grid"
    for cell, label in zip(outer.rows[0].cells, ["STT", "Lĩnh vực", "Kế hoạch chi tiết"], strict=True):
        cell.text = label
    fields = [
        (
            "I",
            "Phòng bệnh",
            [
                (
                    "Tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi tại 6 thôn",
                    "Tổ Tiêm chủng",
                    "Ngày 10/3/2027",
                ),
                (
                    "Phun hóa chất diệt muỗi tại các ổ dịch sốt xuất huyết cũ",
                    "Các nhân viên y tế thôn",
                    "Từ 15/3 đến 19/3/2027",
                ),
            ],
        ),
        (
            "II",
            "Khám chữa bệnh",
            [
                (
                    "Khám sức khỏe định kỳ cho người cao tuổi thôn Đồng Chùa",
                    "Bộ phận Khám bệnh",
                    "Trước 24/3/2027",
                ),
                (
                    "Cấp phát thuốc điều trị tăng huyết áp cho bệnh nhân quản lý tại trạm",
                    "Bộ phận Dược",
                    "Hằng tháng",
                ),
                (
                    "Phối hợp Trung tâm Y tế huyện khám sàng lọc bệnh mắt cho học sinh",
                    "Bộ phận Khám bệnh",
                    "Tháng 3/2027",
                ),
            ],
        ),
        (
            "III",
            "Hành chính",
            [
                ("Hoàn thiện hồ sơ thanh quyết toán bảo hiểm y tế quý I", "Bộ phận Kế toán", "31/3/2027"),
            ],
        ),
    ]
    for number, field, tasks in fields:
        row = outer.add_row().cells
        row[0].text = number
        row[1].text = field
        holder = row[2]
        inner = holder.add_table(rows=1, cols=4)
        inner.style = "Table Grid"
        for cell, label in zip(
            inner.rows[0].cells, ["TT", "Công việc", "Người thực hiện", "Thời hạn"], strict=True
        ):
            cell.text = label
        for index, (task, who, when) in enumerate(tasks, start=1):
            cells = inner.add_row().cells
            for cell, value in zip(cells, [str(index), task, who, when], strict=True):
                cell.text = value
    for text in (
        "Trên đây là kế hoạch hoạt động tháng 3/2027 của Trạm Y tế xã; các bộ phận căn cứ thực hiện.",
        "TRẠM TRƯỞNG\nHoàng Minh Đức",
    ):
        document.add_paragraph(text)
    document.save(path)


def e03_appendix_docx(path: Path) -> None:
    """A provincial People's Committee's decision (to be saved as legacy .doc): articles that are not
    tasks, a landscape appendix whose last column ('Hình thức sản phẩm') names bodies that do not lead."""
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    document = Document()
    _two_column_heading(
        document,
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC SƠN", "Số: 318/QĐ-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Bắc Sơn, ngày 04 tháng 02 năm 2027",
        ],
    )
    for text in (
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch phát triển kinh tế tập thể tỉnh Bắc Sơn năm 2027",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
        "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;",
        "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 41/TTr-STC ngày 28 tháng 01 năm 2027,",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế tập thể tỉnh Bắc Sơn năm 2027 (Phụ lục kèm theo).",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.",
        "Nơi nhận:\n- Như Điều 3;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KT.",
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Quang Vinh",
    ):
        document.add_paragraph(text)
    document.add_section(WD_SECTION.NEW_PAGE)
    section = document.sections[-1]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for text in (
        "Phụ lục",
        "CÁC NHIỆM VỤ PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2027",
        "(Kèm theo Quyết định số 318/QĐ-UBND ngày 04 tháng 02 năm 2027 của Chủ tịch UBND tỉnh)",
    ):
        document.add_paragraph(text)
    labels = [
        "TT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn hoàn thành",
        "Hình thức sản phẩm",
    ]
    table = document.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell.text = label
    groups = [
        (
            "I",
            "CƠ CHẾ, CHÍNH SÁCH",
            [
                (
                    "Xây dựng Nghị quyết của HĐND tỉnh về hỗ trợ hợp tác xã nông nghiệp ứng dụng công nghệ cao",
                    "Sở Nông nghiệp và Môi trường",
                    "Sở Tài chính; Sở Tư pháp",
                    "Tháng 6/2027",
                    "Nghị quyết của HĐND tỉnh",
                ),
                (
                    "Rà soát, bãi bỏ các quy định hỗ trợ hợp tác xã không còn phù hợp",
                    "Sở Tư pháp",
                    "Các sở, ngành liên quan",
                    "Quý II/2027",
                    "Quyết định của UBND tỉnh",
                ),
            ],
        ),
        (
            "II",
            "NÂNG CAO NĂNG LỰC",
            [
                (
                    "Tổ chức bồi dưỡng kiến thức quản trị cho cán bộ quản lý hợp tác xã",
                    "Liên minh Hợp tác xã tỉnh",
                    "Sở Nội vụ; UBND các huyện",
                    "31/8/2027",
                    "Báo cáo kết quả bồi dưỡng",
                ),
                (
                    "Theo dõi, tổng hợp tình hình hoạt động của các hợp tác xã trên địa bàn",
                    "Sở Tài chính",
                    "UBND các huyện, thành phố",
                    "Hằng quý",
                    "Báo cáo UBND tỉnh",
                ),
                (
                    "Hỗ trợ hợp tác xã xây dựng nhãn hiệu, truy xuất nguồn gốc sản phẩm",
                    "Sở Khoa học và Công nghệ",
                    "Sở Công Thương",
                    "Quý IV/2027",
                    "Văn bản của Bộ Khoa học và Công nghệ công nhận nhãn hiệu",
                ),
            ],
        ),
        (
            "III",
            "XÚC TIẾN THƯƠNG MẠI",
            [
                (
                    "Tổ chức Hội chợ sản phẩm hợp tác xã tỉnh Bắc Sơn năm 2027",
                    "Sở Công Thương",
                    "Liên minh Hợp tác xã tỉnh",
                    "Tháng 10/2027",
                    "Hội chợ được tổ chức",
                ),
            ],
        ),
    ]
    for number, title, rows in groups:
        cells = table.add_row().cells
        cells[0].text = number
        merged = cells[1].merge(cells[-1])
        merged.text = title
        for index, values in enumerate(rows, start=1):
            row = table.add_row().cells
            for cell, value in zip(row, [str(index), *values], strict=True):
                cell.text = value
    document.save(path)


def siblings_e() -> None:
    e02_nested_docx(DOCS / "e02_kh_tram_y_te_bang_long_trong_o.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the .doc was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "e03_qd_phu_luc_kinh_te_tap_the.docx"
        e03_appendix_docx(source)
        soffice_convert(source, "doc", DOCS / "e03_qd_phu_luc_kinh_te_tap_the.doc")


# --------------------------------------------------------------------------------------------- siblings (H)
# Siblings of h63, h64, h65, h68 and h73, moved from the held-out set after they were used for
# tuning (helper h13fixH): the same shapes with other words, units, dates and surface details.
# Their expected files were written by hand before the documents were first imported; x02 (Markdown)
# is written by hand. `--siblings-h` writes only the documents, with the held-out script's helpers.


def _heldout_helpers():
    import importlib.util

    spec = importlib.util.spec_from_file_location("heldout_make_docs", HERE / "heldout" / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def x01_decision_docx(h, path: Path) -> None:
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 733/QĐ-SNNMT"],
        "Quảng Ngãi, ngày 08 tháng 9 năm 2026",
    )
    h.docx_paragraphs(
        document,
        (
            "QUYẾT ĐỊNH",
            "Về việc phân công thực hiện kế hoạch sản xuất vụ Đông năm 2026",
            "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "Căn cứ Kế hoạch số 95/KH-UBND ngày 20/8/2026 của UBND tỉnh về sản xuất vụ Đông;",
            "Theo đề nghị của Trưởng phòng Kế hoạch - Tài chính.",
            "QUYẾT ĐỊNH:",
            "Điều 1. Phân công các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ sau:",
            "1. Phòng Kế hoạch - Tài chính",
            "a) Lập dự toán kinh phí hỗ trợ giống cây trồng vụ Đông; trình Giám đốc Sở trước ngày 25/9/2026.",
            "b) Tổng hợp tiến độ giải ngân của các đơn vị, báo cáo Giám đốc Sở hằng tháng.",
            "2. Các Trạm Khuyến nông số 1, số 2",
            "a) Hướng dẫn nông dân kỹ thuật gieo trồng ngô vụ Đông trên đất hai lúa; hoàn thành chậm nhất ngày 30/11/2026.",
            "b) Theo dõi sâu bệnh trên đồng ruộng, báo cáo Sở; thực hiện thường xuyên.",
            "c) Tổ chức hội thảo đầu bờ đánh giá mô hình; thực hiện trong tháng 12/2026.",
            "3. Chi cục Thủy sản: Kiểm tra chất lượng con giống thủy sản tại các cơ sở sản xuất; hoàn thành trong tháng 10/2026.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:\n- Như Điều 3;\n- UBND tỉnh (b/c);\n- Lưu: VT, KHTC.",
            "GIÁM ĐỐC\nPhan Văn Lực",
        ),
    )
    document.save(path)


def x03_report_docx(h, path: Path) -> None:
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["SỞ Y TẾ TỈNH NINH BÌNH", "TRUNG TÂM Y TẾ HUYỆN KIM SƠN", "Số: 96/BC-TTYT"],
        "Kim Sơn, ngày 30 tháng 6 năm 2026",
    )
    h.docx_paragraphs(
        document,
        (
            "BÁO CÁO",
            "Kết quả hoạt động quý II và nhiệm vụ trọng tâm quý III năm 2026",
            "I. KẾT QUẢ THỰC HIỆN QUÝ II/2026",
        ),
    )
    table = h.grid_table(document, ["STT", "Nội dung", "Khoa, phòng", "Kết quả"])
    for values in (
        (
            "1",
            "Tiêm vắc xin sởi - rubella cho trẻ 1 - 5 tuổi",
            "Khoa Kiểm soát bệnh tật",
            "Đã hoàn thành ngày 12/5/2026",
        ),
        (
            "2",
            "Tập huấn sơ cấp cứu cho nhân viên y tế thôn",
            "Phòng Kế hoạch - Nghiệp vụ",
            "Đã tổ chức ngày 03/6/2026",
        ),
        ("3", "Sửa chữa khu khám bệnh", "Phòng Hành chính - Tổng hợp", "Chưa xong, chuyển sang tháng 8/2026"),
    ):
        h.fill_row(table, values)
    h.docx_paragraphs(document, ("II. NHIỆM VỤ TRỌNG TÂM QUÝ III/2026",))
    table = h.grid_table(document, ["STT", "Nội dung công việc", "Khoa, phòng thực hiện", "Thời gian"])
    for values in (
        (
            "1",
            "Triển khai chiến dịch uống vitamin A cho trẻ từ 6 đến 36 tháng tuổi",
            "Khoa Dinh dưỡng",
            "Từ 01/7 đến 10/7/2026",
        ),
        (
            "2",
            "Kiểm tra an toàn thực phẩm các bếp ăn tập thể trường học",
            "Khoa An toàn thực phẩm",
            "Trong tháng 8",
        ),
        ("3", "Họp giao ban các trạm y tế xã", "Phòng Kế hoạch - Nghiệp vụ", "Hằng tuần vào sáng thứ Hai"),
        ("4", "Bảo dưỡng máy X-quang và máy siêu âm", "Phòng Hành chính - Tổng hợp", "Trước ngày 15/9/2026"),
    ):
        h.fill_row(table, values)
    h.docx_paragraphs(
        document,
        (
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
            "Đề nghị Sở Y tế bổ sung vắc xin dại cho Trung tâm trong quý III/2026.",
            "Nơi nhận:\n- Sở Y tế (b/c);\n- Lưu: VT, KHNV.",
            "GIÁM ĐỐC\nĐinh Thị Hạnh",
        ),
    )
    document.save(path)


def x04_plan_docx(h, path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    h.set_landscape(document.sections[0])
    h.national_header(
        document, ["UBND TỈNH HÀ TĨNH", "SỞ XÂY DỰNG", "Số: 415/KH-SXD"], "Hà Tĩnh, ngày 02 tháng 3 năm 2026"
    )
    h.docx_paragraphs(
        document,
        (
            "KẾ HOẠCH",
            "Bảo đảm trật tự, an toàn giao thông năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Kéo giảm tai nạn giao thông trên cả ba tiêu chí; phân công rõ đơn vị chủ trì và thời hạn của từng phần việc.",
            "Các phòng, đơn vị chủ động phối hợp, báo cáo kịp thời khó khăn, vướng mắc trong quá trình thực hiện.",
            "Thực hiện nghiêm chế độ thông tin, báo cáo theo quy định của Ban An toàn giao thông tỉnh.",
            "II. NHIỆM VỤ CỤ THỂ",
            "Các nhiệm vụ và phần việc được giao tại bảng dưới đây.",
        ),
    )
    table = h.grid_table(document, ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], [0.5, 5.6, 2.4, 1.8])
    h.repeat_header_row(table.rows[0])
    for values in (
        (
            "1",
            "Rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến quốc lộ, tỉnh lộ",
            "Phòng Quản lý kết cấu hạ tầng",
            "",
        ),
        (
            "",
            "a) Khảo sát hiện trạng các điểm đen tai nạn giao thông trên các tuyến đường do Sở quản lý",
            "",
            "Tháng 5/2026",
        ),
        (
            "",
            "b) Lập phương án xử lý và dự toán kinh phí cho từng điểm, trình UBND tỉnh phê duyệt theo quy định hiện hành",
            "",
            "Quý III/2026",
        ),
        (
            "2",
            "Tổ chức tuyên truyền an toàn giao thông dịp nghỉ lễ 30/4 và 01/5 trên các phương tiện thông tin đại chúng, tại các bến xe, nhà ga và các điểm đông người qua lại",
            "Thanh tra Sở",
            "Trước ngày 30/4/2026",
        ),
        ("3", "Nâng cao an toàn giao thông đường thủy nội địa", "Phòng Quản lý vận tải", ""),
        ("", "a) Kiểm tra các bến khách ngang sông", "", "Chậm nhất ngày 30/6/2026"),
        ("", "b) Cấp đổi giấy phép cho phương tiện thủy nội địa", "", "Quý IV/2026"),
        (
            "4",
            "Cập nhật dữ liệu đăng kiểm lên hệ thống cơ sở dữ liệu của ngành",
            "Văn phòng Sở",
            "Trước ngày 05 hằng tháng",
        ),
    ):
        h.fill_row(table, values)
    h.docx_paragraphs(
        document,
        (
            "III. TỔ CHỨC THỰC HIỆN",
            "Các phòng, đơn vị báo cáo Giám đốc Sở những khó khăn, vướng mắc để xem xét, giải quyết./.",
            "GIÁM ĐỐC\nTrần Quốc Hưng",
        ),
    )
    document.save(path)


def x05_matrix_xlsx(h, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Ma tran"
    units = ["Ủy ban Mặt trận Tổ quốc xã", "Công chức Địa chính - Xây dựng", "Công an xã", "Các thôn"]
    width = 3 + len(units)
    h.sheet_title_rows(
        sheet,
        ["ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "MA TRẬN PHÂN CÔNG MỞ RỘNG ĐƯỜNG LIÊN THÔN NĂM 2026", ""],
        width,
    )
    sheet.append(["TT", "Công việc", "Thời hạn", "CƠ QUAN THỰC HIỆN", *([None] * (len(units) - 1))])
    top = sheet.max_row
    sheet.append([None, None, None, *units])
    for column in (1, 2, 3):
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    sheet.merge_cells(start_row=top, start_column=4, end_row=top, end_column=width)
    for row in (top, top + 1):
        for cell in sheet[row]:
            cell.font = Font(bold=True)
    for values in (
        (1, "Vận động nhân dân hiến đất mở rộng đường liên thôn", "30/6/2026", "CT", "PH", "", "PH"),
        (
            2,
            "Lập hồ sơ thu hồi đất, bồi thường cho các hộ bị ảnh hưởng",
            "Tháng 7-8/2026",
            "",
            "CT",
            "",
            "PH",
        ),
        (3, "Bảo đảm an ninh trật tự trong thời gian thi công", "Thường xuyên", "", "", "CT", ""),
        (4, "Nghiệm thu, bàn giao công trình", "Chậm nhất ngày 15/12/2026", "PH", "CT", "CT", ""),
    ):
        sheet.append(list(values))
    sheet.append([])
    sheet.append(["Ký hiệu: CT - Chủ trì; PH - Phối hợp."])
    workbook.save(path)


def x06_plan_docx(h, path: Path) -> None:
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND HUYỆN YÊN THÀNH", "PHÒNG GIÁO DỤC NGHỀ NGHIỆP", "Số: 58/KH-GDNN"],
        "Yên Thành, ngày 05 tháng 3 năm 2026",
    )
    h.docx_paragraphs(
        document,
        (
            "KẾ HOẠCH",
            "Tổ chức phong trào thi đua năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Phát huy tinh thần thi đua trong cán bộ, giáo viên, học viên.",
            "II. PHÂN CÔNG THỰC HIỆN",
        ),
    )
    table = h.grid_table(document, ["STT", "Nội dung", "Thời gian", "Ghi chú"])
    h.full_width_row(table, "A. Phòng Tổ chức - Hành chính")
    h.fill_row(table, ("1", "Xây dựng quy chế thi đua, khen thưởng của đơn vị", "Trước ngày 30/4/2026", ""))
    h.fill_row(table, ("2", "Tổng hợp hồ sơ đề nghị khen thưởng cuối năm", "Chậm nhất ngày 10/12/2026", ""))
    h.full_width_row(table, "B. Trung tâm Giáo dục nghề nghiệp")
    h.fill_row(table, ("3", "Tổ chức hội thi giáo viên dạy giỏi cấp trung tâm", "Ngày 20/11/2026", ""))
    h.fill_row(table, ("4", "Biểu dương học viên có thành tích xuất sắc", "Quý IV/2026", "Kèm danh sách"))
    h.docx_paragraphs(
        document,
        (
            "III. TỔ CHỨC THỰC HIỆN",
            "Các bộ phận căn cứ Kế hoạch tổ chức thực hiện./.",
            "TRƯỞNG PHÒNG\nLê Văn Tâm",
        ),
    )
    document.save(path)


def siblings_h() -> None:
    h = _heldout_helpers()
    x01_decision_docx(h, DOCS / "x01_qd_so_nn_muc_con_abc_theo_phong.docx")
    x03_report_docx(h, DOCS / "x03_bc_trung_tam_y_te_ket_qua_va_nhiem_vu_quy.docx")
    x06_plan_docx(h, DOCS / "x06_kh_ban_thi_dua_don_vi_hang_tieu_de.docx")
    if not shutil.which("soffice"):
        print("soffice not found: the PDF and the .xls were not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "x04_kh_so_gtvt_phan_viec_abc_qua_trang.docx"
        x04_plan_docx(h, source)
        soffice_convert(source, "pdf", DOCS / "x04_kh_so_gtvt_phan_viec_abc_qua_trang.pdf")
        source = Path(tmp) / "x05_ma_tran_phan_cong_xa_x_ph.xlsx"
        x05_matrix_xlsx(h, source)
        soffice_convert(source, "xls", DOCS / "x05_ma_tran_phan_cong_xa_x_ph.xls")


# --------------------------------------------------------------------------------------------- siblings (J)
# Siblings of h74, h76, h79 and h81, moved from the held-out set after they were used for tuning
# (helper h13fixJ): the same shapes with other words, units, dates and surface details. Their
# expected files were written by hand before the documents were first imported; n02 (HTML), n03
# (CSV) and n04 (text) are written by hand. `--siblings-j` writes n01, with the held-out script's
# helpers: a notice rendered to a grey PNG turned 0.6°, as a phone photo of a page.


def n01_notice_docx(h, path: Path) -> None:
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(13)
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    h.national_header(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN AN", "Số: 219/TB-UBND"],
        "Tân An, ngày 08 tháng 9 năm 2026",
    )
    h.docx_paragraphs(
        document,
        (
            "THÔNG BÁO",
            "Phân công nhiệm vụ phòng, chống dịch sốt xuất huyết năm 2026",
            "Thực hiện Kế hoạch số 88/KH-UBND ngày 02/9/2026 của UBND thành phố, UBND phường phân công"
            " nhiệm vụ như sau:",
            "- Trạm Y tế phường chuẩn bị hóa chất, máy phun và danh sách các tổ phun thuốc diệt muỗi tại"
            " các khu dân cư; xong trước ngày 18/9/2026.",
            "- Phòng Văn hóa - Xã hội tuyên truyền trên trang thông tin điện tử và nhóm Zalo của các khu"
            " phố về cách diệt lăng quăng, bọ gậy, đăng hằng tuần.",
            "- Phòng Kinh tế, Hạ tầng và Đô thị rà soát các công trình đang thi công, vựa phế liệu có nước"
            " đọng, yêu cầu chủ cơ sở xử lý dứt điểm; hoàn thành chậm nhất ngày 25/9/2026.",
            "- Ban Chỉ huy Quân sự phường chuẩn bị lực lượng dân quân hỗ trợ các tổ phun thuốc, vệ sinh"
            " môi trường; sẵn sàng trong thời gian có dịch.",
            "- Công an phường phối hợp các khu phố kiểm tra, nhắc nhở hộ gia đình để nước đọng quanh nhà;"
            " thực hiện trong tháng 9/2026.",
            "- Văn phòng HĐND và UBND phường tổng hợp số ca mắc, kết quả phun thuốc, báo cáo Trung tâm Y"
            " tế thành phố trước 15 giờ thứ Sáu hằng tuần.",
            "Đề nghị các đơn vị triển khai nghiêm túc./.",
            "Nơi nhận:\n- Đảng ủy phường (b/c);\n- Các khu phố;\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Hạnh",
        ),
    )
    document.save(path)


def siblings_j() -> None:
    h = _heldout_helpers()
    if not shutil.which("soffice"):
        print("soffice not found: the PNG was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "n01_tb_phuong_sot_xuat_huyet_anh_chup.docx"
        n01_notice_docx(h, source)
        soffice_convert(source, "pdf", Path(tmp) / "n01_tb_phuong_sot_xuat_huyet_anh_chup.pdf")
        h.rasterise_png(
            Path(tmp) / "n01_tb_phuong_sot_xuat_huyet_anh_chup.pdf",
            DOCS / "n01_tb_phuong_sot_xuat_huyet_anh_chup.png",
        )


if __name__ == "__main__":
    if sys.argv[1:] == ["--siblings-e"]:
        siblings_e()
    elif sys.argv[1:] == ["--siblings-h"]:
        siblings_h()
    elif sys.argv[1:] == ["--siblings-j"]:
        siblings_j()
    else:
        main()
