"""Chromium: a scanned PDF (read by OCR) and a Word 97 .doc go through the import page to the preview,
where the rows the reader was unsure of are counted, flagged and filtered."""

import io
import shutil
import subprocess

import pytest

from engine.demo import seed_demo
from tests.browser import login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract is not installed"),
    pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed"),
]

NOTICE = [
    "THÔNG BÁO",
    "Kết luận của Phó Giám đốc Sở tại cuộc họp giao ban năm 2026",
    "II. NHIỆM VỤ THỜI GIAN TỚI",
    "1. Giao Văn phòng Sở chủ trì tổ chức hội nghị sơ kết, trước ngày 15/7/2026.",
    "2. Giao Phòng Quản lý Công nghệ và Chuyên ngành rà soát quy trình, trong tháng 9/2026.",
    "3. Giao Văn phòng Sở tổng hợp báo cáo kết quả, trước ngày 30/11/2026.",
]


@pytest.fixture
def eager():
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True  # no worker in the test: the parse runs in the request
    yield
    app.conf.task_always_eager = before


def _scan(tmp_path):
    """A notice of conclusions printed and scanned: one page image in a PDF with no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (2300, 900), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    for index, line in enumerate(NOTICE):
        draw.text((80, 80 + index * 120), line, font=font, fill=0)
    path = tmp_path / "thong-bao-ket-luan.pdf"
    image.save(path, format="PDF", resolution=200)
    return path


def _doc(tmp_path):
    """A programme table saved by Word 97 (made through LibreOffice, by way of .odt as an office would)."""
    import docx

    word = docx.Document()
    word.add_paragraph("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026")
    table = word.add_table(rows=4, cols=4)
    rows = [
        ("TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"),
        ("1", "Tổ chức hội nghị triển khai nhiệm vụ năm", "Văn phòng Sở", "Tháng 01"),
        ("2", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "Quý II"),
        ("3", "Báo cáo kết quả năm trước", "Văn phòng Sở", "Tháng 12/2025"),  # before the period
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    word.save(buffer)
    source = tmp_path / "ct.docx"
    source.write_bytes(buffer.getvalue())
    for target, path in (("odt", source), ("doc:MS Word 97", tmp_path / "ct.odt")):
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
             target, "--outdir", str(tmp_path), str(path)],
            capture_output=True, timeout=180, check=True,
        )  # fmt: skip
    return tmp_path / "ct.doc"


def _upload(page, server, path, year=""):
    page.goto(f"{server.url}/programmes/import/")
    page.set_input_files("#id_file", str(path))
    if year:
        page.fill("#id_year", year)
    page.click("[data-testid=upload-form] button[type=submit]")
    page.wait_for_selector("[data-testid=import-summary]", timeout=120_000)


@pytest.mark.django_db(transaction=True)
def test_a_scan_and_a_word_97_file_reach_the_preview_with_doubtful_rows_flagged(
    asgi_server, chromium, eager, tmp_path
):
    seed_demo("pw")
    scan, doc = _scan(tmp_path), _doc(tmp_path)
    page = login(chromium, asgi_server, "quangngai.secretariat")

    _upload(page, asgi_server, scan, year="2026")
    rows = page.locator("tr[data-row-id]")
    assert rows.count() == 3
    # Every row came from OCR: all of them are flagged, none is "0 rows with problems".
    assert page.inner_text("[data-testid=low-confidence-count]") == "3"
    assert page.locator("tr[data-low-confidence='1']").count() == 3
    assert int(page.inner_text("[data-testid=problem-count]")) >= 3
    first = page.inner_text("tr[data-row-id='1']")
    assert "Văn phòng Sở" in first and "15/07/2026" in first
    screenshot(page, "programme_import__scan_preview")

    _upload(page, asgi_server, doc)
    assert page.locator("tr[data-row-id]").count() == 3
    assert page.inner_text("[data-testid=low-confidence-count]") == "1"
    flagged = page.locator("tr[data-low-confidence='1']")
    assert flagged.count() == 1 and "Báo cáo kết quả năm trước" in flagged.inner_text()
    page.click("[data-testid=only-low-confidence]")
    page.wait_for_url("**low=1")
    assert page.locator("tr[data-row-id]").count() == 1
    screenshot(page, "programme_import__doc_low_confidence")
    page.context.close()
