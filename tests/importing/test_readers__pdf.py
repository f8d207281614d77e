"""PDF programmes: a Word table exported to PDF reads like the document it came from.

The PDFs are made here, by headless Chromium (its command line, not Playwright: the
Django database stays in this thread) printing an HTML table of a seed's rows (as Word's
"Save as PDF" prints a table: ruled cells, fonts embedded, Vietnamese letters as base and
combining mark). Then the same import through the .txt and through the PDF must agree.
"""

import html
import io
import subprocess
from pathlib import Path

import pytest
from django.utils import translation

from engine.importing.errors import ImportFailed
from engine.importing.read_pdf import _widen_past_the_edge
from engine.importing.readers import read_document
from tests.browser import CHROMIUM
from tests.importing.conftest import import_once, seed_path

# pytest-django sets a test database up only when a collected test asks for one.
pytestmark = pytest.mark.django_db

STYLE = (
    "@page { size: A4 landscape; margin: 12mm }"
    "body { font: 9pt 'Liberation Serif', serif } table { border-collapse: collapse; width: 100% }"
    "td { border: 1px solid #000; vertical-align: top; padding: 2px }"
    "td:first-child { width: 12% } td:last-child { width: 18% }"
)


@pytest.fixture(scope="module")
def print_pdf(tmp_path_factory):
    """HTML body → the bytes of the PDF Chromium prints of it."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    folder = tmp_path_factory.mktemp("print")

    def print_(body: str) -> bytes:
        page, out = folder / "page.html", folder / "page.pdf"
        page.write_text(f'<!doctype html><meta charset="utf-8"><style>{STYLE}</style>{body}')
        out.unlink(missing_ok=True)
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
        return out.read_bytes()

    return print_


def _table_html(text: str) -> str:
    """Tab-separated rows become ruled table rows; other lines become paragraphs."""
    parts, rows = [], []
    for line in text.splitlines():
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>")
            continue
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            parts.append(f"<p>{html.escape(line)}</p>")
    if rows:
        parts.append("<table>" + "".join(rows) + "</table>")
    return "".join(parts)


@pytest.fixture(scope="module")
def seed_000_pdf(print_pdf, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "chuong-trinh-2026.pdf"
    path.write_bytes(print_pdf(_table_html(seed_path("000").read_text())))
    return path


@pytest.fixture(scope="module")
def both(django_db_setup, django_db_blocker, seed_000_pdf):
    as_text = import_once(django_db_blocker, seed_path("000"), "--org", "nghe-an-skhcn", "--dry-run")
    as_pdf = import_once(django_db_blocker, seed_000_pdf, "--org", "nghe-an-skhcn", "--dry-run")
    return as_text, as_pdf


def test_the_pdf_of_a_table_programme_imports_like_its_text(both):
    as_text, as_pdf = both
    assert len(as_pdf["items"]) == len(as_text["items"]) == 137
    fields = ("ref", "section", "content", "lead_units", "due_text", "due_date", "recurrence")
    for from_pdf, from_text in zip(as_pdf["items"], as_text["items"], strict=True):
        assert {f: from_pdf[f] for f in fields} == {f: from_text[f] for f in fields}
    assert as_pdf["programme"] == as_text["programme"]
    assert as_pdf["unresolved_units"] == as_text["unresolved_units"]


def test_pdf_rows_say_page_table_and_row(seed_000_pdf):
    with translation.override("en"):
        document = read_document(seed_000_pdf.read_bytes(), seed_000_pdf.name)
    assert document.kind == "pdf"
    january = next(line for line in document.lines if line.cells[0] == "Tháng 01")
    assert january.ref == "page 1, table 1, row 2"
    assert january.cells[2] == "Văn phòng"
    # A letter made of a base and a combining mark comes out whole, in NFC.
    assert "Giám đốc Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng" in january.cells[1]
    title = next(line for line in document.lines if "CHƯƠNG TRÌNH" in line.text)
    assert title.cells == ("CHƯƠNG TRÌNH LÀM VIỆC NĂM 2026",)


def test_a_scan_without_text_is_refused(print_pdf):
    data = print_pdf('<div style="width:300px;height:200px;background:#888"></div>')
    with translation.override("en"), pytest.raises(ImportFailed) as caught:
        read_document(data, "scan.pdf")
    assert "no text layer" in caught.value.reason and caught.value.source == "scan.pdf"


def test_a_damaged_or_locked_pdf_is_refused(seed_000_pdf):
    from pypdf import PdfReader, PdfWriter

    data = seed_000_pdf.read_bytes()
    with translation.override("en"):
        with pytest.raises(ImportFailed) as caught:
            read_document(data[: len(data) // 3], "cut.pdf")
        assert "damaged" in caught.value.reason and caught.value.source == "cut.pdf"

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
        locked = io.BytesIO()
        writer.write(locked)
        with pytest.raises(ImportFailed) as caught:
            read_document(locked.getvalue(), "locked.pdf")
        assert "password-protected" in caught.value.reason


def test_pdf_merged_cells_become_spans_in_the_blocks(print_pdf):
    from engine.importing.blocks import Table

    body = (
        "<p>KẾ HOẠCH NĂM 2026</p><table>"
        "<tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td></tr>"
        "<tr><td>1</td><td>Họp giao ban</td><td rowspan='2'>Văn phòng</td></tr>"
        "<tr><td>2</td><td>Báo cáo quý</td></tr>"
        "<tr><td colspan='3'>II. CÔNG TÁC KHÁC</td></tr></table>"
    )
    document = read_document(print_pdf(body), "merged.pdf")
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.texts(2) == ["2", "Báo cáo quý", "Văn phòng"] and table.rows[2][2].merged_from == (1, 2)
    assert table.rows[1][2].row_span == 2
    assert table.texts(3) == ["II. CÔNG TÁC KHÁC"] * 3 and table.rows[3][1].merged_from == (3, 0)
    # The flat lines keep the merged positions blank, as before.
    assert document.lines[table.row_lines[2] - 1].cells == ("2", "Báo cáo quý", "")


TWO_COLUMNS = (
    "<h3 style='text-align:center'>THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH UBND HUYỆN</h3>"
    "<div style='column-count:2; column-gap:10mm; text-align:justify; font-size:12pt'>"
    + "".join(
        f"<p>- Phòng số {n} kiểm tra tiến độ các công trình trên địa bàn, tổng hợp kết quả và báo cáo "
        f"Chủ tịch UBND huyện trước ngày {n}/9/2026 để chỉ đạo xử lý kịp thời.</p>"
        for n in range(1, 11)
    )
    + "</div>"
)


def test_a_page_set_in_two_columns_is_read_column_by_column(print_pdf):
    document = read_document(print_pdf(TWO_COLUMNS), "hai-cot.pdf")
    text = " ".join(line.text for line in document.lines)
    # each paragraph's words stay together: the left column is read down before the right one
    for n in range(1, 11):
        assert f"- Phòng số {n} kiểm tra tiến độ" in text
        assert f"trước ngày {n}/9/2026" in " ".join(text.split())
    assert text.index("THÔNG BÁO") < text.index("Phòng số 1 ") < text.index("Phòng số 10 ")


def test_a_line_ending_most_pages_with_only_its_number_changed_is_a_running_footer():
    from engine.importing.blocks import Paragraph
    from engine.importing.read_pdf import _drop_running_footers
    from engine.importing.readers import Document

    document = Document(name="x.pdf", kind="pdf")
    for page in (1, 2, 3):
        document.blocks += [
            Paragraph(f"Nội dung trang {page}", ref=f"page {page}"),
            Paragraph(f"Ban Quản lý dự án | Báo cáo tháng | {page}", ref=f"page {page}"),
        ]
    _drop_running_footers(document)
    assert [block.text for block in document.blocks] == [
        "Nội dung trang 1",
        "Nội dung trang 2",
        "Nội dung trang 3",
    ]


def _two_pages(last_lines: tuple[str, str]):
    from engine.importing.blocks import Paragraph
    from engine.importing.readers import Document

    document = Document(name="x.pdf", kind="pdf")
    for page, last_line in enumerate(last_lines, start=1):
        document.blocks += [
            Paragraph(f"Nội dung trang {page}, câu chạy qua chỗ ngắt", ref=f"trang {page}"),
            Paragraph(last_line, ref=f"trang {page}"),
        ]
    return document


def test_a_two_page_footer_printing_each_pages_own_number_is_a_running_footer():
    from engine.importing.read_pdf import _drop_running_footers

    document = _two_pages(
        ("Cục Quản lý thị trường tỉnh X - Trang 1", "Cục Quản lý thị trường tỉnh X - Trang 2")
    )
    _drop_running_footers(document)
    assert [block.text for block in document.blocks] == [
        "Nội dung trang 1, câu chạy qua chỗ ngắt",
        "Nội dung trang 2, câu chạy qua chỗ ngắt",
    ]


def test_two_pages_ending_alike_with_numbers_that_are_not_theirs_keep_their_lines():
    from engine.importing.read_pdf import _drop_running_footers

    document = _two_pages(("Tổ 5 thực hiện trước ngày 20/6.", "Tổ 7 thực hiện trước ngày 25/6."))
    _drop_running_footers(document)
    assert len(document.blocks) == 4


def _quarter_table(title: str, rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join(f"<tr>{''.join(f'<td>{html.escape(c)}</td>' for c in row)}</tr>" for row in rows)
    return (
        f"<p><b>{html.escape(title)}</b></p><table><tr><td>TT</td><td>Việc</td><td>Tổ làm</td>"
        f"<td>Hạn</td></tr>{cells}</table>"
    )


SIDE_BY_SIDE = (
    "<p>Căn cứ nhiệm vụ năm 2029 của Trường, Tổ Hành chính giao việc theo từng quý như sau.</p>"
    "<div style='display:flex; gap:8mm'><div style='flex:1'>"
    + _quarter_table(
        "Khối A. QUÝ I/2029",
        [
            ("1", "Sơn lại hàng rào phía tây và cổng phụ của trường", "Tổ Bảo vệ", "Trong quý"),
            ("2", "Mua sắm bàn ghế cho bốn phòng học mới xây", "Tổ Tài vụ", "15/3/2029"),
        ],
    )
    + "</div><div style='flex:1'>"
    + _quarter_table(
        "Khối B. QUÝ II/2029",
        [
            ("1", "Kiểm tra hệ thống phòng cháy chữa cháy khu nội trú", "Tổ Bảo vệ", "Tháng 5"),
            ("2", "Thanh lý máy tính hỏng của phòng tin học", "Tổ Thiết bị", "Trong quý"),
        ],
    )
    + "</div></div><p>Ghi chú: hạn ghi 'Trong quý' là ngày cuối quý của khối.</p>"
)


def test_tables_side_by_side_are_read_left_then_right_each_under_its_title(print_pdf):
    from engine.importing.blocks import Table

    document = read_document(print_pdf(SIDE_BY_SIDE), "canh-nhau.pdf")
    order = [
        ("P", block.text) if not isinstance(block, Table) else ("T", block.texts(len(block.rows) - 1)[1])
        for block in document.blocks
    ]
    texts = [text for _kind, text in order]
    # the line holding both titles is cut at the gap: each title just above its own table, whose rows
    # come together (not interleaved with the other table's by height)
    left, right = texts.index("Khối A. QUÝ I/2029"), texts.index("Khối B. QUÝ II/2029")
    assert order[left + 1][0] == "T" and order[right + 1][0] == "T"
    assert "Mua sắm bàn ghế" in order[left + 1][1] and "Thanh lý máy tính" in order[right + 1][1]
    assert (
        texts.index("Căn cứ nhiệm vụ năm 2029 của Trường, Tổ Hành chính giao việc theo từng quý như sau.")
        < left
    )
    assert left < right < next(i for i, text in enumerate(texts) if text.startswith("Ghi chú"))


def test_a_table_drawn_past_the_pages_edge_keeps_the_text_beyond_it():
    """Word's last column run past the paper (its ruling lines cut at x = 595): the cells that end
    at the edge reach the text layer's characters beyond it; a table inside the page is unchanged."""
    from types import SimpleNamespace

    from pdfplumber.table import Table

    def char(x0: float, top: float) -> dict:
        return {"x0": x0, "x1": x0 + 6, "top": top, "bottom": top + 10}

    page = SimpleNamespace(bbox=(0, 0, 595, 842), chars=[char(580, 105), char(610, 105), char(640, 125)])
    cut = Table(page, [(60, 100, 300, 120), (300, 100, 595, 120), (60, 120, 300, 140), (300, 120, 595, 140)])
    inside = Table(page, [(60, 300, 300, 320), (300, 300, 560, 320)])
    _widen_past_the_edge(page, [cut, inside])
    assert [cell[2] for cell in cut.cells] == [300, 647, 300, 647]
    assert [cell[2] for cell in inside.cells] == [300, 560]
