"""Import speed: rows per second for each seed programme and for a generated 10,000-row programme.

Each seed is imported into its demo organisation through the same path as the command
(read → recognise → resolve → one transaction of bulk inserts) on a fresh PostgreSQL
database. Goals: any seed < 0.5 s, 10,000 rows < 10 s.

Hostile files (issue 15): a zip bomb, a two-cell .xlsx reaching XFD1048576, a 100 × 100,000
sparse sheet, a .docx of two million empty paragraphs. Each is read in a forked child that
prints the seconds to refusal and the peak memory above its start (VmHWM after clear_refs);
goal < 2 s and < 300 MB each. OCR: seconds per page of a rasterised scan, of a rasterised
programme table (corpus g26: its ruled tables found in the image), and of the corpus's signed
scan, 09, where ../shared/corpus is present.
    python bench/bench_import.py [--quick] [--hostile-only]
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, median, print_rows, setup_django

UNITS = [
    "Văn phòng",
    "Quản lý KH",
    "QLCN",
    "Chuyển đổi số",
    "Phòng QLĐL CL",
    "Trung tâm KHXH&NV",
    "QLKH/Văn phòng",
]
MONTHS = [f"Tháng {m:02d}" for m in range(1, 13)]


def generated_programme(rows: int) -> bytes:
    """A month × content × lead-unit table (the shape of seed 000) with `rows` task rows."""
    lines = ["CHƯƠNG TRÌNH LÀM VIỆC NĂM 2026", "", "Thời gian\tNội dung\tChủ trì tham mưu"]
    per_month = rows // 12 + 1
    for row in range(rows):
        month = MONTHS[min(row // per_month, 11)]
        first = row % per_month == 0
        lines.append(
            f"{month if first else ''}\tTổ chức {row % 9 + 1:02d} Hội đồng thẩm định nhiệm vụ KH&CN số {row} "
            f"theo kế hoạch của Sở\t{UNITS[row % len(UNITS)]}"
        )
    return "\n".join(lines).encode()


def _time_import(organisation, data: bytes, name: str) -> tuple[float, int, float]:
    """(seconds in all, rows, seconds of them spent writing)."""
    from engine.services.programme_import import programme_import, programme_import_preview

    started = time.perf_counter()
    result = programme_import_preview(organisation=organisation, data=data, name=name)
    read = time.perf_counter()
    programme_import(organisation=organisation, actor=None, result=result)
    done = time.perf_counter()
    return done - started, len(result.items), done - read


def run(quick: bool = False) -> dict:
    name = setup_django("import")
    try:
        from django.conf import settings

        from engine.demo import seed_demo
        from engine.demo_data import ORGANISATIONS
        from engine.importing.errors import ImportFailed
        from engine.models import Organisation

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        seed_demo("bench")
        repeats = 1 if quick else 3
        figures: dict = {}
        seed_seconds = []
        for spec in ORGANISATIONS:
            organisation = Organisation.objects.get(slug=spec.slug)
            for number in spec.seeds:
                path = next(Path(settings.SEEDS_DIR).glob(f"{number}_*.txt"))
                try:
                    runs = [_time_import(organisation, path.read_bytes(), path.name) for _ in range(repeats)]
                except ImportFailed as exc:
                    figures[f"seed_{number}_error"] = exc.message
                    continue
                seconds = median([r[0] for r in runs])
                seed_seconds.append(seconds)
                figures[f"seed_{number}_rows"] = runs[0][1]
                figures[f"seed_{number}_seconds"] = round(seconds, 3)
                figures[f"seed_{number}_rows_per_s"] = round(runs[0][1] / seconds, 1)
        rows = 2000 if quick else 10_000
        organisation = Organisation.objects.get(slug="nghe-an-skhcn")
        seconds, count, writing = _time_import(organisation, generated_programme(rows), "generated.txt")
        return {
            "seed_seconds_max": round(max(seed_seconds), 3) if seed_seconds else None,
            "rows_10000_seconds": round(seconds * 10_000 / count, 2),
            "generated_rows": count,
            "generated_rows_per_s": round(count / seconds, 1),
            "generated_write_seconds": round(writing, 2),
            "goal_seed_seconds": 0.5,
            "goal_rows_10000_seconds": 10,
            **figures,
        }
    finally:
        drop_database(name)


# --- hostile files and OCR (no database) ------------------------------------------------------


def _zip(entries: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for entry, data in entries.items():
            package.writestr(entry, data)
    return buffer.getvalue()


def _lying(package: bytes) -> bytes:
    """The same zip with its one entry's uncompressed size declared as 1,000 bytes (both headers)."""
    import struct

    data = bytearray(package)
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, 1000)
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 1000)
    return bytes(data)


def hostile_files() -> dict[str, tuple[str, bytes]]:
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "x"
    workbook.active["XFD1048576"] = "y"
    corner = io.BytesIO()
    workbook.save(corner)
    sparse_book = openpyxl.Workbook(write_only=True)
    sheet = sparse_book.create_sheet()
    for row in range(100_000):
        values = [None] * 100
        values[row % 100] = row
        sheet.append(values)
    sparse = io.BytesIO()
    sparse_book.save(sparse)
    namespace = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraphs = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document "
            + namespace
            + b"><w:body>"
            + b"<w:p/>" * 2_000_000
            + b"</w:body></w:document>",
        }
    )
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"\0" * (1024 * 1024 * 1024)})
    return {
        "zip_bomb_lying_sizes": ("lying.docx", _lying(_zip({"word/document.xml": b"<w:p/>" * 50_000_000}))),
        "xlsx_A1_XFD1048576": ("corner.xlsx", corner.getvalue()),
        "xlsx_sparse_100x100000": ("sparse.xlsx", sparse.getvalue()),
        "docx_2M_empty_paragraphs": ("paragraphs.docx", paragraphs),
        "zip_bomb_1GB": ("bomb.xlsx", bomb),
    }


def _read_in_child(data: bytes, name: str, conn) -> None:
    """Forked: reset the peak-RSS mark, read, send (seconds, peak MB above the start, outcome)."""
    from pathlib import Path

    from engine.importing.errors import ImportFailed
    from engine.importing.readers import read_document

    def status(field: str) -> int:
        line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith(field))
        return int(line.split()[1])  # kB

    Path("/proc/self/clear_refs").write_text("5")
    start_kb = status("VmRSS:")
    started = time.perf_counter()
    try:
        document = read_document(data, name)
        outcome = f"read: {len(document.lines)} lines"
    except ImportFailed as error:
        outcome = "refused: " + error.reason
    seconds = time.perf_counter() - started
    conn.send((seconds, (status("VmHWM:") - start_kb) / 1024, outcome))


def run_hostile() -> dict:
    import multiprocessing

    from django.utils import translation

    translation.activate("en")
    figures: dict = {}
    context = multiprocessing.get_context("fork")  # the bench is single-threaded
    for key, (name, data) in hostile_files().items():
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_read_in_child, args=(data, name, send))
        child.start()
        seconds, peak_mb, outcome = receive.recv()
        child.join()
        figures[f"{key}_file_kb"] = round(len(data) / 1024, 1)
        figures[f"{key}_seconds"] = round(seconds, 3)
        figures[f"{key}_peak_extra_mb"] = round(peak_mb, 1)
        figures[f"{key}_outcome"] = outcome[:120]
    figures["goal_seconds"] = 2
    figures["goal_peak_extra_mb"] = 300
    return figures


def run_ocr() -> dict:
    import shutil

    from django.conf import settings

    from engine.importing.readers import read_document

    if not shutil.which("tesseract"):
        return {"ocr": "tesseract not installed"}
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import pypdfium2

    from tests.importing.test_readers__formats import _scan_pdf

    figures = {}
    scans = {"rasterised_page": ("scan.pdf", _scan_pdf())}
    # A programme table printed and rasterised (two pages): the ruled-table path of the OCR.
    docs = Path(__file__).resolve().parent.parent / "tests" / "importing" / "corpus" / "docs"
    table_scan = docs / "g26_ct_nam_ban_quet.pdf"
    if table_scan.exists():
        scans["rasterised_table_g26"] = (table_scan.name, table_scan.read_bytes())
    corpus = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "09_lamdong_tb493_ketluan_chiso_scan.pdf"
    for candidate in (corpus, Path("/work/shared/corpus") / corpus.name):
        if candidate.exists():
            scans["corpus_09_signed_scan"] = (candidate.name, candidate.read_bytes())
            break
    for key, (name, data) in scans.items():
        started = time.perf_counter()
        document = read_document(data, name)
        seconds = time.perf_counter() - started
        pages = len(pypdfium2.PdfDocument(data)) or 1
        figures[f"{key}_pages"] = pages
        figures[f"{key}_seconds_per_page"] = round(seconds / pages, 2)
        figures[f"{key}_ocr"] = document.ocr
    return figures


if __name__ == "__main__":
    if "--hostile-only" not in sys.argv:
        print_rows("import", run(quick="--quick" in sys.argv))
    else:
        setup_django(None, migrate=False)
    print_rows("import: hostile files (seconds and peak memory to refusal)", run_hostile())
    if "--no-ocr" not in sys.argv:
        print_rows("import: OCR", run_ocr())
