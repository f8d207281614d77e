"""The main corpus's siblings of the held-out documents h323 and h327 (moved to the main corpus when the
importer was taught their shapes, helper h13fixQN).

h323's shape: a progress sheet whose plan is only the fill colour of the parts of each month (weeks
`1`–`4`, `Tuần 1`–`Tuần 4`, or the ten-day `Thượng tuần | Trung tuần | Hạ tuần`), no text in the
cells, the days of each part not printed; a legend of swatches tells the work's colour from the
reserve time's; one part filled in every month is a monthly round; a row filled nowhere whose note
says its time is not set is for a person to set. qn1: a district agriculture office's winter-spring
crop sheet (.xlsx, `Tuần 1`–`Tuần 4` under `Tháng 11` … `Tháng 02`, across the new year). qn2: a
provincial Youth Union's summer campaign sheet (.ods, converted by LibreOffice), months split into
`Thượng tuần | Trung tuần | Hạ tuần`. qn3: a high school's semester sheet (.xls, converted by
LibreOffice), weeks numbered `1`–`4`.

h327's shape: conclusions grouped under a line naming each unit, a report asked at a briefing named
by its quarter and year, no day printed (due at the quarter's end; with no year, for a person). qn4:
a district education office's conclusions notice (.docx).

Their expected items (expected/qn*_…) were written by hand before the first import.
`python tests/importing/corpus/make_docs.py --siblings-qn` writes them.
"""

import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def _gantt(path: Path, title: list[str], months: list[str], parts: list[str], rows, legend, notes) -> None:
    """A Gantt sheet: title lines merged across, a header of `TT | Nội dung | Chủ trì | Phối hợp`
    then each month merged over its part columns (labelled below by `parts`) then `Ghi chú`; rows
    `(tt, content, lead, partner, {part column index: colour}, note)` (a row with no lead is a group
    row); the legend's swatches `(colour, label)` and the notes below."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "Tien do"
    width = 4 + len(months) * len(parts) + 1
    for number, line in enumerate(title, start=1):
        sheet.cell(number, 1, line).font = Font(bold=True)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
    top = len(title) + 2
    labels = ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp")
    for column, label in enumerate(labels, start=1):
        sheet.cell(top, column, label).font = Font(bold=True)
        sheet.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    for index, month in enumerate(months):
        first = 5 + index * len(parts)
        sheet.cell(top, first, month).font = Font(bold=True)
        sheet.merge_cells(start_row=top, start_column=first, end_row=top, end_column=first + len(parts) - 1)
        for offset, part in enumerate(parts):
            sheet.cell(top + 1, first + offset, part)
    sheet.cell(top, width, "Ghi chú").font = Font(bold=True)
    sheet.merge_cells(start_row=top, start_column=width, end_row=top + 1, end_column=width)
    row = top + 2
    for tt, content, lead, partner, fills, note in rows:
        sheet.cell(row, 1, tt)
        sheet.cell(row, 2, content)
        if lead is None:
            sheet.cell(row, 1).font = sheet.cell(row, 2).font = Font(bold=True)
        else:
            sheet.cell(row, 3, lead)
            sheet.cell(row, 4, partner)
        for column, colour in fills.items():
            sheet.cell(row, 5 + column).fill = PatternFill("solid", fgColor=colour)
        if note:
            sheet.cell(row, width, note)
        row += 1
    row += 1
    sheet.cell(row, 2, "Ghi chú:").font = Font(bold=True)
    for colour, label in legend:
        row += 1
        sheet.cell(row, 1).fill = PatternFill("solid", fgColor=colour)
        sheet.cell(row, 2, label)
    for line in notes:
        row += 1
        sheet.cell(row, 2, line)
    sheet.column_dimensions["B"].width = 48
    book.save(path)


def _span(first: int, last: int, colour: str) -> dict[int, str]:
    return dict.fromkeys(range(first, last + 1), colour)


GREEN, YELLOW = "FF92D050", "FFFFFF00"


def qn1_xlsx(path: Path) -> None:
    """A district agriculture office's winter-spring crop sheet: `Tuần 1`–`Tuần 4` under `Tháng
    11` … `Tháng 02` (across the new year), green = work, yellow = reserve."""
    W, Y = GREEN, YELLOW
    rows = [
        ("A", "CHUẨN BỊ SẢN XUẤT", None, "", {}, ""),
        (
            "1",
            "Xây dựng lịch thời vụ gieo cấy vụ Đông Xuân 2028 - 2029",
            "Phòng Nông nghiệp và Môi trường",
            "Trạm Khuyến nông",
            _span(0, 3, W),
            "",
        ),
        (
            "2",
            "Nạo vét kênh mương nội đồng, tu sửa trạm bơm điện",
            "Ban Quản lý công trình thủy lợi huyện",
            "UBND các xã",
            {**_span(2, 4, W), 5: Y},
            "",
        ),
        (
            "3",
            "Hội nghị tập huấn quy trình canh tác lúa giảm phát thải",
            "Trạm Khuyến nông",
            "Hợp tác xã nông nghiệp",
            {5: W, 9: W},
            "03 lớp",
        ),
        ("B", "GIEO CẤY VÀ CHĂM SÓC", None, "", {}, ""),
        (
            "4",
            "Cập nhật, báo cáo tiến độ gieo cấy và tình hình sâu bệnh",
            "Phòng Nông nghiệp và Môi trường",
            "UBND các xã",
            {1: W, 5: W, 9: W, 13: W},
            "Gửi UBND huyện",
        ),
        (
            "5",
            "Cung ứng giống lúa xác nhận cho các hợp tác xã",
            "Trung tâm Dịch vụ nông nghiệp",
            "",
            {**_span(8, 10, W), 11: Y},
            "",
        ),
        (
            "6",
            "Kiểm tra công tác chống rét cho mạ và gia súc",
            "Phòng Nông nghiệp và Môi trường",
            "Trạm Thú y",
            {},
            "Thời gian chưa xác định, tùy diễn biến thời tiết",
        ),
        (
            "7",
            "Ra quân diệt chuột bảo vệ sản xuất",
            "UBND các xã, thị trấn",
            "Hội Nông dân huyện",
            _span(12, 15, W),
            "",
        ),
    ]
    _gantt(
        path,
        [
            "UBND HUYỆN TAM NÔNG",
            "PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "TIẾN ĐỘ TRIỂN KHAI SẢN XUẤT VỤ ĐÔNG XUÂN 2028 - 2029",
        ],
        ["Tháng 11", "Tháng 12", "Tháng 01", "Tháng 02"],
        ["Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"],
        rows,
        [(W, "Thời gian thực hiện"), (Y, "Thời gian dự phòng khi rét đậm, rét hại")],
        ["Tuần 1 từ ngày 01 đến ngày 07; tuần 2 đến ngày 14; tuần 3 đến ngày 21; tuần 4 đến cuối tháng."],
    )


def qn2_ods(path: Path) -> None:
    """A provincial Youth Union's summer campaign sheet: `Thượng tuần | Trung tuần | Hạ tuần` under
    `Tháng 6` … `Tháng 8`, blue = work, grey = reserve; written as .xlsx, converted to .ods."""
    B, G = "FF9DC3E6", "FFBFBFBF"
    rows = [
        ("I", "RA QUÂN VÀ TUYÊN TRUYỀN", None, "", {}, ""),
        (
            "1",
            "Lễ ra quân chiến dịch Thanh niên tình nguyện hè 2029",
            "Ban Phong trào",
            "Đoàn Thanh niên các huyện",
            {1: B},
            "",
        ),
        (
            "2",
            "Tuyên truyền phòng, chống đuối nước cho thiếu nhi",
            "Ban Tuyên giáo",
            "Hội đồng Đội tỉnh",
            {**_span(1, 4, B), 5: G},
            "",
        ),
        ("II", "CÁC CÔNG TRÌNH, PHẦN VIỆC", None, "", {}, ""),
        (
            "3",
            "Xây dựng công trình thanh niên thắp sáng đường quê",
            "Ban Phong trào",
            "Điện lực tỉnh",
            {3: B, 7: B},
            "02 công trình",
        ),
        (
            "4",
            "Tổng hợp số liệu kết quả chiến dịch gửi Trung ương Đoàn",
            "Văn phòng Tỉnh đoàn",
            "Các cơ sở Đoàn",
            {2: B, 5: B, 8: B},
            "",
        ),
        (
            "5",
            "Tổ chức chương trình Tiếp sức mùa thi",
            "Hội Sinh viên tỉnh",
            "Sở Giáo dục và Đào tạo",
            {**_span(0, 1, B), 2: G},
            "",
        ),
        (
            "6",
            "Giao lưu thanh niên biên giới",
            "Ban Thanh niên xã hội",
            "Bộ đội Biên phòng tỉnh",
            {},
            "Chờ chủ trương của Ban Thường vụ Tỉnh đoàn",
        ),
        (
            "7",
            "Sơ kết chiến dịch, khen thưởng tập thể, cá nhân",
            "Văn phòng Tỉnh đoàn",
            "",
            {},
            "Tháng 9/2029",
        ),
    ]
    from make_docs import soffice_convert

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.xlsx"
        _gantt(
            source,
            ["TỈNH ĐOÀN HÀ GIANG", "KẾ HOẠCH TIẾN ĐỘ CHIẾN DỊCH THANH NIÊN TÌNH NGUYỆN HÈ NĂM 2029"],
            ["Tháng 6", "Tháng 7", "Tháng 8"],
            ["Thượng tuần", "Trung tuần", "Hạ tuần"],
            rows,
            [(B, "Thời gian thực hiện"), (G, "Thời gian dự phòng")],
            [],
        )
        soffice_convert(source, "ods", path)


def qn3_xls(path: Path) -> None:
    """A high school's first-semester sheet: weeks `1`–`4` under `Tháng 9` … `Tháng 12`, orange =
    work, grey = reserve; written as .xlsx, converted to .xls."""
    W, G = "FFF4B183", "FFC0C0C0"
    rows = [
        (
            "1",
            "Rà soát, cập nhật kế hoạch giáo dục của các tổ chuyên môn",
            "Tổ Toán - Tin",
            "Các tổ chuyên môn",
            _span(0, 1, W),
            "",
        ),
        (
            "2",
            "Tổ chức kiểm tra giữa học kỳ I",
            "Ban Giám hiệu",
            "Các tổ chuyên môn",
            {**_span(5, 6, W), 7: G},
            "",
        ),
        (
            "3",
            "Hội thi giáo viên dạy giỏi cấp trường",
            "Tổ Ngữ văn",
            "Công đoàn trường",
            {6: W, 10: W},
            "02 vòng",
        ),
        (
            "4",
            "Sinh hoạt chuyên môn theo nghiên cứu bài học",
            "Các tổ chuyên môn",
            "",
            {0: W, 4: W, 8: W, 12: W},
            "",
        ),
        (
            "5",
            "Hoàn thành hồ sơ kiểm định chất lượng giáo dục",
            "Hội đồng tự đánh giá",
            "",
            _span(9, 14, W),
            "",
        ),
        (
            "6",
            "Tham quan trải nghiệm tại khu di tích",
            "Đoàn Thanh niên trường",
            "Hội Cha mẹ học sinh",
            {},
            "Chưa có lịch, chờ phê duyệt của Sở",
        ),
    ]
    from make_docs import soffice_convert

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.xlsx"
        _gantt(
            source,
            ["TRƯỜNG THPT LÊ QUÝ ĐÔN", "BẢNG TIẾN ĐỘ CÁC HOẠT ĐỘNG HỌC KỲ I NĂM HỌC 2027 - 2028"],
            ["Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"],
            ["1", "2", "3", "4"],
            rows,
            [(W, "Kế hoạch"), (G, "Dự phòng")],
            [],
        )
        soffice_convert(source, "xls", path)


def qn4_docx(path: Path) -> None:
    """A district education office's conclusions notice: dash tasks under a line naming each unit,
    reports at a briefing named by its quarter with the year (`quý III/2029`, `quý IV năm 2029`) and
    without it (`quý I`)."""
    from docx import Document

    document = Document()
    heading = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(
        (
            ("UBND HUYỆN CẨM THỦY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 88/TB-PGDĐT", "Cẩm Thủy, ngày 08 tháng 7 năm 2029"),
        )
    ):
        heading.cell(row, 0).text = left
        heading.cell(row, 1).text = right
    for text in (
        "THÔNG BÁO",
        "Kết luận của Trưởng phòng tại cuộc họp giao ban quý II năm 2029",
        "Ngày 05/7/2029, Trưởng phòng Giáo dục và Đào tạo chủ trì cuộc họp giao ban quý II. "
        "Sau khi nghe báo cáo, Trưởng phòng kết luận như sau:",
        "I. ĐÁNH GIÁ CHUNG",
        "Quý II, toàn ngành hoàn thành 96% chỉ tiêu; 18/21 trường đạt chuẩn quốc gia.",
        "II. NHIỆM VỤ THỜI GIAN TỚI",
        "1. Bộ phận Giáo dục Tiểu học",
        "- Hướng dẫn các trường xây dựng kế hoạch dạy học môn Tiếng Anh lớp 3, hoàn thành trước "
        "ngày 15/8/2029.",
        "- Tổng hợp kết quả khảo sát chất lượng đầu năm, báo cáo Trưởng phòng tại cuộc họp giao ban "
        "quý III/2029.",
        "2. Bộ phận Giáo dục Trung học cơ sở",
        "- Chỉ đạo các trường tổ chức ôn tập hè cho học sinh yếu, kém; thực hiện hằng tuần trong tháng 7.",
        "- Đánh giá việc thực hiện chương trình giáo dục địa phương, báo cáo tại hội nghị sơ kết "
        "quý IV năm 2029.",
        "3. Bộ phận Tổ chức - Hành chính",
        "- Rà soát đội ngũ giáo viên thừa, thiếu theo từng môn học, xong trong tháng 8/2029.",
        "- Nghiên cứu phương án sắp xếp điểm trường lẻ, báo cáo tại cuộc họp giao ban quý I.",
        "4. Đề nghị Hiệu trưởng các trường",
        "- Kiểm tra cơ sở vật chất, thiết bị dạy học trước năm học mới, chậm nhất ngày 25/8/2029.",
        "Phòng Giáo dục và Đào tạo thông báo để các bộ phận, đơn vị biết, thực hiện./.",
        "Nơi nhận:",
        "- Như mục II;",
        "- Lưu: VT.",
        "TRƯỞNG PHÒNG",
        "Lê Văn Toàn",
    ):
        document.add_paragraph(text)
    document.save(path)


def siblings_qn() -> None:
    """Writes qn1 (.xlsx), qn2 (.ods), qn3 (.xls) and qn4 (.docx) into docs/."""
    qn1_xlsx(DOCS / "qn1_tien_do_phong_nn_vu_dong_xuan_to_mau.xlsx")
    qn2_ods(DOCS / "qn2_tien_do_tinh_doan_he_thuong_trung_ha_tuan.ods")
    qn3_xls(DOCS / "qn3_tien_do_truong_thpt_hoc_ky_tuan_to_mau.xls")
    qn4_docx(DOCS / "qn4_tb_ket_luan_phong_gddt_giao_ban_quy.docx")
