"""The main corpus's siblings of the held-out documents h197 and h191 (moved to the main corpus when
the importer was taught their shapes, helper h13fixJT): jt1, a ward's weekly calendar grouped by
leader as portal text (written by hand), and jt2, a primary school's monthly plan whose week cell is
merged down beside a day cell that may be empty or name no day (.odt), with other bodies, names,
dates, tasks and surface details. Their expected items (expected/jt1_…, jt2_…) were written by hand
before the first import. `python tests/importing/corpus/make_docs.py --siblings-jt` writes jt2.
"""

# ruff: noqa: E501 — document text is data: long lines.
import shutil
import sys
import tempfile
from pathlib import Path

from heldout_writers import heldout_writers

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


def jt2_docx(h, path: Path) -> None:
    """A primary school's month plan (saved as .odt): aims (no items), then `Tuần | Thời gian | Nội
    dung | Bộ phận phụ trách | Ghi chú` with each week merged down; a time cell that is empty or
    says `Trong tuần`/`Cả tuần` is due at its week's end, `Hạn`/`Trước` a day is due that day, a
    `Trong tháng` row at the month's end; a date inside a task's words is not its due."""
    from docx import Document

    document = Document()
    h.national_header(
        document,
        ["UBND PHƯỜNG TÂN AN", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Số: 58/KH-THKĐ"],
        "Tân An, ngày 27 tháng 10 năm 2028",
    )
    h.docx_paragraphs(
        document,
        [
            "KẾ HOẠCH HOẠT ĐỘNG THÁNG 11 NĂM 2028",
            "I. MỤC TIÊU",
            "- Duy trì sĩ số, nâng cao chất lượng dạy học hai buổi/ngày.",
            "- Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam thiết thực, tiết kiệm.",
            "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN",
        ],
    )
    table = h.grid_table(
        document,
        ["Tuần", "Thời gian", "Nội dung", "Bộ phận phụ trách", "Ghi chú"],
        [1.3, 1.0, 2.8, 1.5, 0.9],
    )
    weeks = [
        (
            "Tuần 9 (30/10 - 04/11)",
            [
                ("01/11", "Kiểm tra hồ sơ chuyên môn giáo viên khối 1", "Tổ chuyên môn khối 1", ""),
                (
                    "Trong tuần",
                    "Hoàn thành cập nhật dữ liệu học sinh trên phần mềm cơ sở dữ liệu ngành",
                    "Bộ phận văn thư",
                    "",
                ),
            ],
        ),
        (
            "Tuần 10 (06/11 - 11/11)",
            [
                (
                    "",
                    "Phát động phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
                    "Công đoàn trường; Liên đội",
                    "Chào cờ đầu tuần",
                ),
                ("09/11", "Chuyên đề dạy học môn Toán lớp 3 cấp trường", "Tổ chuyên môn khối 3", "Tiết 2, 3"),
            ],
        ),
        (
            "Tuần 11 (13/11 - 18/11)",
            [
                ("Hạn 15/11", "Thu và chấm sáng kiến kinh nghiệm cấp trường", "Hội đồng khoa học trường", ""),
                (
                    "18/11",
                    "Tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam",
                    "Ban Giám hiệu; Công đoàn trường",
                    "8 giờ 00",
                ),
            ],
        ),
        (
            "Tuần 12 (20/11 - 25/11)",
            [("Cả tuần", "Kiểm tra vở sạch chữ đẹp các lớp", "Ban Giám hiệu", "")],
        ),
        (
            "Tuần 13 (27/11 - 02/12)",
            [("Trước 30/11", "Tổng hợp báo cáo sơ kết hoạt động tháng 11", "Bộ phận văn thư", "")],
        ),
        (
            "Trong tháng",
            [
                (
                    "",
                    "Bồi dưỡng học sinh năng khiếu tham gia Hội khỏe Phù Đổng cấp phường",
                    "Tổ Giáo dục thể chất",
                    "",
                )
            ],
        ),
    ]
    for week, rows in weeks:
        first = len(table.rows)
        for day, task, unit, note in rows:
            h.fill_row(table, ["", day, task, unit, note])
        h.merge_down(table, 0, first, len(table.rows) - 1, week)
    h.docx_paragraphs(
        document,
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "Các tổ chuyên môn, bộ phận gửi báo cáo kết quả thực hiện tháng 11 về Ban Giám hiệu chậm nhất ngày 29/11/2028. Kế hoạch tháng 12 được thông báo tại buổi họp hội đồng cuối tháng.",
            "Nơi nhận:\n- UBND phường (b/c);\n- Các tổ chuyên môn;\n- Lưu: VT.",
            "HIỆU TRƯỞNG\n(đã ký)\nLương Thị Hồng Nhung",
        ],
    )
    document.save(path)


def siblings_jt() -> None:
    h = heldout_writers()
    if not shutil.which("soffice"):
        print("soffice not found: jt2 (.odt) was not regenerated", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        name = "jt2_kh_thang_truong_tieu_hoc_tuan_gop"
        jt2_docx(h, Path(tmp) / f"{name}.docx")
        h.soffice_convert(Path(tmp) / f"{name}.docx", "odt", DOCS / f"{name}.odt")
