"""The main corpus's siblings of h708 (taught by h13fixXH on 2026-12-06): a programme table whose lead
cell prints a body by a short form (`TTYT huyện`, `Ban QLDA huyện`) that the task text of its own row,
or of another row, prints in full (`Phối hợp Trung tâm Y tế huyện Mường Tè tổ chức …`): the lead is the
full name as printed (a place's capitalised name after it included); a short form the document never
spells out stays as printed. Their expected items (expected/xh1_…, xh2_…) were written by hand before
the first import. `python tests/importing/corpus/make_docs.py --siblings-xh` writes the two.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

XH1_HEAD = (
    "UBND HUYỆN MƯỜNG TÈ",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    "CHƯƠNG TRÌNH CÔNG TÁC QUÝ II NĂM 2029",
)
XH1_ROWS = (
    ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"),
    (
        "1",
        "Phối hợp Trung tâm Y tế huyện Mường Tè tổ chức khám sức khỏe định kỳ cho học sinh tiểu học",
        "TTYT huyện",
        "Trước 30/4/2029",
    ),
    ("2", "Tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện", "Tổ Chuyên môn THCS", "Tháng 4/2029"),
    (
        "3",
        "Rà soát cơ sở vật chất các trường mầm non trước năm học mới",
        "Tổ Chuyên môn mầm non",
        "Trước 15/6/2029",
    ),
    ("4", "Tổng hợp số liệu phổ cập giáo dục, xóa mù chữ", "Bộ phận PCGD", "Tháng 6/2029"),
)

XH2_HEAD = (
    "UBND XÃ CHIỀNG SƠN",
    "KẾ HOẠCH",
    "Thực hiện các công trình hạ tầng nông thôn mới tháng 9 năm 2029",
)
XH2_ROWS = (
    ("TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"),
    (
        "1",
        "Làm việc với Ban Quản lý dự án huyện Thuận Châu về tiến độ đường liên thôn Nà Sàng",
        "Công chức Địa chính - Xây dựng",
        "Trước 10/9/2029",
    ),
    ("2", "Bàn giao mặt bằng thi công nhà văn hóa bản Co Phường", "Ban QLDA huyện", "Trước 20/9/2029"),
    (
        "3",
        "Vận động hộ dân hiến đất mở rộng đường nội đồng",
        "Ban CTMT bản",
        "Trong tháng 9/2029",
    ),
)


def _table_docx(path: Path, head: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
    from docx import Document

    document = Document()
    for text in head:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(path)


def siblings_xh() -> None:
    # A district education office's quarter programme: the row's own task names the centre in full.
    _table_docx(DOCS / "xh1_ctr_quy_pgd_ttyt_viet_tat.docx", XH1_HEAD, XH1_ROWS)
    # A commune's monthly plan: another row names the project board in full; `Ban CTMT bản` never is.
    _table_docx(DOCS / "xh2_kh_xa_ban_qlda_viet_tat.docx", XH2_HEAD, XH2_ROWS)
