"""The perturbed import set: main-corpus items re-rendered as new documents, one axis at a time.

The main corpus scores ≈ 1.00 because the recognisers were fitted to its documents. This module
takes the items its expected files hold (first words, lead as printed, due) and writes them again
as documents nobody fitted to: another file format, other header words, another column order, title
lines and blank rows above the header, other numbering, other ways to print a due date, words
without diacritics. Each *family* varies one axis from a baseline (a .docx table with the plainest
headers), so a drop in a family names the axis that breaks; the `mixed` family varies all of them
at once. Everything is drawn from one seeded `random.Random`, so the same seed writes the same
documents. `manage.py import_eval --set perturbed` scores them (evaluation.evaluate_bytes).

The vocabulary here is written from how offices word their plans (the glossary, the seeds), not
from the importer's own word lists: finding the words the importer does not know is the point.
"""

import csv
import html
import io
import json
import random
import re
import unicodedata
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from engine.importing.evaluation import EXPECTED_DIR, Expected, content_key, expected_files

DEFAULT_SEED = 13
ITEMS_PER_DOCUMENT = (6, 10)

# Header words per role, as plans, programmes and appendices print them.
CONTENT_HEADERS = (
    "Nội dung",
    "Nội dung công việc",
    "Tên nhiệm vụ",
    "Nhiệm vụ",
    "Công việc",
    "Nội dung nhiệm vụ",
    "Nhiệm vụ, giải pháp",
    "Danh mục nhiệm vụ",
)
LEAD_HEADERS = (
    "Đơn vị chủ trì",
    "Cơ quan chủ trì",
    "Đơn vị thực hiện",
    "Chủ trì",
    "Bộ phận thực hiện",
    "Người/Đơn vị phụ trách",
    "Cơ quan chủ trì thực hiện",
    "Đơn vị chủ trì tham mưu",
    "Đơn vị phụ trách",
    "Cơ quan thực hiện",
)
DUE_HEADERS = (
    "Thời gian hoàn thành",
    "Thời hạn",
    "Hạn hoàn thành",
    "Tiến độ",
    "Thời gian thực hiện",
    "Thời hạn hoàn thành",
    "Tiến độ hoàn thành",
    "Thời gian",
)
REF_HEADERS = ("STT", "TT", "Số TT")
EXTRA_COLUMNS = {
    "Phối hợp": (
        "Các phòng, đơn vị liên quan",
        "Văn phòng Sở",
        "Sở Tài chính, Sở Nội vụ",
        "UBND các xã, phường",
    ),
    "Sản phẩm": ("Báo cáo", "Kế hoạch", "Quyết định của UBND tỉnh", "Văn bản hướng dẫn"),
    "Ghi chú": ("", "", "Nhiệm vụ trọng tâm", "Chuyển tiếp từ năm trước"),
    "Lãnh đạo phụ trách": ("Giám đốc Sở", "PGĐ Nguyễn Văn An", "Đ/c Trần Thị Bình", "Phó Giám đốc Lê Minh"),
}
SECTION_TITLES = (
    "CÔNG TÁC XÂY DỰNG THỂ CHẾ, CHÍNH SÁCH",
    "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
    "NHIỆM VỤ CHUYÊN MÔN",
    "CÔNG TÁC THANH TRA, KIỂM TRA",
)
ROMAN = ("I", "II", "III", "IV", "V", "VI")

FORMATS = ("docx", "xlsx", "csv", "html", "md", "txt", "prose_dash", "prose_letters", "prose_inline", "odt")
ORDERS = {
    "ref content lead due": ("content", "lead", "due"),
    "ref content due lead": ("content", "due", "lead"),
    "ref lead content due": ("lead", "content", "due"),
    "ref due content lead": ("due", "content", "lead"),
}
PREAMBLES = ("none", "title", "title+blank rows", "appendix note", "units row")
NUMBERINGS = ("1.", "1", "I./1.", "a)", "none", "1.1")
DUE_FORMS = (
    "31/3/2026",
    "31/03/2026",
    "31-03-2026",
    "2026-03-31",
    "31.3.2026",
    "Trước ngày 31/3/2026",
    "Chậm nhất 31/3/2026",
    "ngày 31 tháng 3 năm 2026",
    "Tháng 3/2026",
    "Tháng 3",
    "Quý I",
    "Quý I/2026",
)
ACCENTS = ("keep", "headers unaccented", "all unaccented")
HEADER_STYLES = ("as written", "upper case", "line break", "with a note", "numbered columns row")
ONGOING = ("Thường xuyên", "Thường xuyên trong năm", "Cả năm, thường xuyên")
RECURRING = ("Hằng tháng", "Hằng quý", "Định kỳ hằng tháng", "Hàng quý")


@dataclass(frozen=True)
class Variant:
    """One point on every axis; a family moves one of them away from BASELINE."""

    family: str = "baseline"
    fmt: str = "docx"
    content_header: str = "Nội dung"
    lead_header: str = "Đơn vị chủ trì"
    due_header: str = "Thời gian hoàn thành"
    extras: tuple[str, ...] = ()
    order: str = "ref content lead due"
    preamble: str = "title"
    numbering: str = "1."
    due_form: str = "31/3/2026"
    accents: str = "keep"
    header_style: str = "as written"

    def describe(self) -> str:
        if self.family == "mixed":
            return (
                f"{self.fmt}; {self.content_header} | {self.lead_header} | {self.due_header}"
                f"{' +' + '+'.join(self.extras) if self.extras else ''}; {self.order}; {self.preamble}; "
                f"{self.numbering}; due {self.due_form}; {self.accents}; header {self.header_style}"
            )
        return str(self.value())

    def value(self) -> str:
        return {
            "baseline": "docx table, plainest headers",
            "format": self.fmt,
            "content_header": self.content_header,
            "lead_header": self.lead_header,
            "due_header": self.due_header,
            "extra_columns": "+".join(self.extras),
            "column_order": self.order,
            "preamble": self.preamble,
            "numbering": self.numbering,
            "due_form": self.due_form,
            "accents": self.accents,
            "header_style": self.header_style,
            "prose_labels": f"{self.lead_header}: … / {self.due_header}: …",
        }.get(self.family, self.family)


BASELINE = Variant()


@dataclass
class Generated:
    """One re-rendered document, its file name and bytes, and the items a person reads in it."""

    variant: Variant
    name: str
    data: bytes
    expected: Expected
    text_lines: list[str] = field(default_factory=list)


def families(reps: int = 2) -> list[tuple[Variant, int]]:
    """(variant, copies) for every family: each value of one axis away from the baseline, and mixed."""
    plan: list[tuple[Variant, int]] = [(BASELINE, reps + 1)]
    plan += [(replace(BASELINE, family="format", fmt=f), reps) for f in FORMATS if f != "odt"]
    plan.append((replace(BASELINE, family="format", fmt="odt"), 1))  # LibreOffice converts it: one copy
    plan += [(replace(BASELINE, family="content_header", content_header=h), reps) for h in CONTENT_HEADERS]
    plan += [(replace(BASELINE, family="lead_header", lead_header=h), reps) for h in LEAD_HEADERS]
    plan += [(replace(BASELINE, family="due_header", due_header=h), reps) for h in DUE_HEADERS]
    plan += [(replace(BASELINE, family="extra_columns", extras=(e,)), reps) for e in EXTRA_COLUMNS]
    plan.append((replace(BASELINE, family="extra_columns", extras=tuple(EXTRA_COLUMNS)), reps))
    plan += [(replace(BASELINE, family="column_order", order=o), reps) for o in ORDERS]
    plan += [(replace(BASELINE, family="preamble", preamble=p), reps) for p in PREAMBLES]
    plan += [(replace(BASELINE, family="numbering", numbering=n), reps) for n in NUMBERINGS]
    plan += [(replace(BASELINE, family="due_form", due_form=d), reps) for d in DUE_FORMS]
    plan += [(replace(BASELINE, family="accents", accents=a), reps) for a in ACCENTS[1:]]
    plan += [(replace(BASELINE, family="header_style", header_style=h), reps) for h in HEADER_STYLES[1:]]
    plan += [
        (replace(BASELINE, family="prose_labels", fmt="prose_dash", lead_header=h, due_header=d), 1)
        for h, d in zip(LEAD_HEADERS, DUE_HEADERS * 2, strict=False)
    ]
    return plan


def _mixed(rng: random.Random) -> Variant:
    return Variant(
        family="mixed",
        fmt=rng.choice([f for f in FORMATS if f != "odt"]),
        content_header=rng.choice(CONTENT_HEADERS),
        lead_header=rng.choice(LEAD_HEADERS),
        due_header=rng.choice(DUE_HEADERS),
        extras=tuple(sorted(rng.sample(list(EXTRA_COLUMNS), rng.randint(0, 2)))),
        order=rng.choice(list(ORDERS)),
        preamble=rng.choice(PREAMBLES),
        numbering=rng.choice(NUMBERINGS),
        due_form=rng.choice(DUE_FORMS),
        accents=rng.choice(ACCENTS[:2] * 3 + ACCENTS[2:]),
        header_style=rng.choice(HEADER_STYLES),
    )


# ---------------------------------------------------------------- the items


# Documents read by OCR (seeds 003 and 004, scans, photographs): their first words carry OCR's errors.
_OCR_SOURCE = re.compile(r"^00[34]_|scan|quet|anh_chup|\.(?:png|jpe?g|tiff?)\.json$")


def item_pool(directory: Path = EXPECTED_DIR) -> list[dict]:
    """Items of the main corpus fit to re-render: ≥ 4 first words, one or two printed leads, a due
    that is a date, ongoing, recurring or none. Sorted, so the pool does not depend on file order."""
    pool, seen = [], set()
    for path in expected_files(directory):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not (data.get("has_lead", True) and data.get("has_due", True)) or _OCR_SOURCE.search(path.name):
            continue  # a scan's words are OCR's misreadings ("Huéng dan"), not an office's
        for item in data["items"]:
            words = item.get("first_words", "").strip()
            lead, due = item.get("lead"), item.get("due")
            if len(content_key(words).split()) < 4 or not lead or len(lead) > 2 or due in (None, "review"):
                continue
            if any(mark in words for mark in "|\t\n") or any(len(unit) > 80 for unit in lead):
                continue
            key = content_key(words)
            if key in seen:
                continue
            seen.add(key)
            pool.append({"content": words.rstrip(" …."), "lead": list(lead), "due": due})
    return sorted(pool, key=lambda one: content_key(one["content"]))


def unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def render_due(due: str, form: str, year: int, rng: random.Random) -> tuple[str, str]:
    """(text printed, expected due) for one item's due in the form `form` (written for 31/3/2026)."""
    if due == "none":
        return "", "none"
    if due == "ongoing":
        return rng.choice(ONGOING), "ongoing"
    if due == "recurring":
        return rng.choice(RECURRING), "recurring"
    day = date.fromisoformat(due)
    d, m, y = day.day, day.month, day.year
    yearless = form in ("Tháng 3", "Quý I") and y != year
    if yearless:
        form = "31/3/2026"
    quarter = (m - 1) // 3
    texts = {
        "31/3/2026": (f"{d}/{m}/{y}", day),
        "31/03/2026": (f"{d:02d}/{m:02d}/{y}", day),
        "31-03-2026": (f"{d:02d}-{m:02d}-{y}", day),
        "2026-03-31": (day.isoformat(), day),
        "31.3.2026": (f"{d}.{m}.{y}", day),
        "Trước ngày 31/3/2026": (f"Trước ngày {d}/{m}/{y}", day),
        "Chậm nhất 31/3/2026": (f"Chậm nhất {d:02d}/{m:02d}/{y}", day),
        "ngày 31 tháng 3 năm 2026": (f"ngày {d} tháng {m} năm {y}", day),
        "Tháng 3/2026": (f"Tháng {m}/{y}", _month_end(y, m)),
        "Tháng 3": (f"Tháng {m:02d}" if rng.random() < 0.5 else f"Tháng {m}", _month_end(y, m)),
        "Quý I": (f"Quý {ROMAN[quarter]}", _month_end(y, 3 * quarter + 3)),
        "Quý I/2026": (f"Quý {ROMAN[quarter]}/{y}", _month_end(y, 3 * quarter + 3)),
    }
    text, expected = texts[form]
    return text, expected.isoformat()


# ---------------------------------------------------------------- one document


@dataclass
class _Row:
    ref: str
    content: str
    lead: str
    due: str
    extras: dict[str, str]


def _numbers(
    variant: Variant, count: int, rng: random.Random
) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """Each row's reference and the section rows before some rows ({row index: (ref, title)})."""
    sections: dict[int, tuple[str, str]] = {}
    style = variant.numbering
    if style in ("I./1.", "1.1"):
        cut = rng.randint(2, count - 2)
        titles = rng.sample(SECTION_TITLES, 2)
        sections = {
            0: (ROMAN[0] if style == "I./1." else "1", titles[0]),
            cut: (ROMAN[1] if style == "I./1." else "2", titles[1]),
        }
        refs = []
        for index in range(count):
            part, number = (0, index + 1) if index < cut else (1, index - cut + 1)
            refs.append(f"{number}." if style == "I./1." else f"{part + 1}.{number}")
        return refs, sections
    if style == "a)":
        return [f"{chr(ord('a') + i)})" for i in range(count)], sections
    if style == "none":
        return ["" for _ in range(count)], sections
    return [f"{i + 1}{'.' if style == '1.' else ''}" for i in range(count)], sections


def _title_lines(variant: Variant, year: int, rng: random.Random) -> list[str]:
    owner = rng.choice(("SỞ NỘI VỤ", "SỞ TƯ PHÁP", "VĂN PHÒNG UBND TỈNH", "SỞ Y TẾ"))
    if variant.preamble == "none":
        return []
    title = [f"KẾ HOẠCH CÔNG TÁC NĂM {year}", f"CỦA {owner}"]
    if variant.preamble == "appendix note":
        title = [
            "PHỤ LỤC",
            f"DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM {year}",
            f"(Kèm theo Kế hoạch số 25/KH-{owner.split()[-1]} ngày 15/01/{year} của {owner.title()})",
        ]
    if variant.preamble == "units row":
        title = [f"UBND TỈNH\t{owner}", f"CHƯƠNG TRÌNH CÔNG TÁC NĂM {year}"]
    return title


def generate_one(
    variant: Variant, rng: random.Random, pool: list[dict], index: int, *, render: bool = True
) -> Generated:
    """One document of `variant` with items drawn from `pool`; without `render`, its items and name
    only (every draw is made all the same, so the documents after it do not change)."""
    order = ORDERS[variant.order]
    if order.index("due") < order.index("content"):
        # A blank time cell left of the content means "the same as above" (seed 000's `Tháng 01` over
        # its rows), so a document with the due first gives every item a due.
        pool = [one for one in pool if one["due"] != "none"]
    chosen = rng.sample(pool, rng.randint(*ITEMS_PER_DOCUMENT))
    years = sorted(int(one["due"][:4]) for one in chosen if one["due"][:1].isdigit())
    year = max(set(years), key=years.count) if years else 2026
    refs, sections = _numbers(variant, len(chosen), rng)
    rows, items = [], []
    for number, (one, ref) in enumerate(zip(chosen, refs, strict=True), start=1):
        due_text, due = render_due(one["due"], variant.due_form, year, rng)
        extras = {name: rng.choice(EXTRA_COLUMNS[name]) for name in variant.extras}
        rows.append(_Row(ref, one["content"], ", ".join(one["lead"]), due_text, extras))
        items.append(
            {"where": f"hàng {number}", "first_words": one["content"], "lead": one["lead"], "due": due}
        )
    title = _title_lines(variant, year, rng)
    headers = {
        "ref": rng.choice(REF_HEADERS),
        "content": variant.content_header,
        "lead": variant.lead_header,
        "due": variant.due_header,
    }
    if variant.accents != "keep":
        headers = {role: unaccented(word) for role, word in headers.items()}
    columns = ([] if variant.numbering == "none" else ["ref"]) + list(ORDERS[variant.order])
    columns[columns.index("lead") + 1 : columns.index("lead") + 1] = list(variant.extras)
    header = [_header_style(headers.get(column, column), variant.header_style) for column in columns]
    if variant.accents != "keep":
        header = [unaccented(cell) for cell in header]
    table: list[tuple[str, list[str]]] = []  # ("section" | "row", cells)
    if variant.header_style == "numbered columns row":
        table.append(("row", [f"({number})" for number in range(1, len(columns) + 1)]))
    for number, row in enumerate(rows):
        if number in sections:
            ref, text = sections[number]
            table.append(("section", [ref, text]))
        values = {"ref": row.ref, "content": row.content, "lead": row.lead, "due": row.due, **row.extras}
        table.append(("row", [values[column] for column in columns]))
    if variant.accents == "all unaccented":
        title = [unaccented(line) for line in title]
        table = [(kind, [unaccented(cell) for cell in cells]) for kind, cells in table]
    name = f"perturbed_{index:03d}_{variant.family}.{_extension(variant.fmt)}"
    data = _write(variant, title, header, table, rows, sections) if render else b""
    expected = Expected(name=name, path=name, items=items, year=year)
    return Generated(variant, name, data, expected)


NOTES = {"Thời": " (ngày/tháng/năm)", "Đơn": " (đầu mối)", "Cơ": " (đầu mối)", "Chủ": " (đầu mối)"}


def _header_style(word: str, style: str) -> str:
    """A header cell as some offices print it: in capitals, broken over two lines, with a note."""
    if style == "upper case":
        return word.upper()
    if style == "line break" and " " in word:
        first, rest = word.split(" ", 1)
        return f"{first}\n{rest}"
    if style == "with a note":
        return word + next((note for start, note in NOTES.items() if word.startswith(start)), "")
    return word


def _extension(fmt: str) -> str:
    return {"prose_dash": "txt", "prose_letters": "txt", "prose_inline": "txt", "md": "md"}.get(fmt, fmt)


def _write(variant, title, header, table, rows, sections) -> bytes:
    fmt = variant.fmt
    blank_rows = 2 if variant.preamble == "title+blank rows" else 0
    if fmt.startswith("prose"):
        return _prose(variant, title, rows, sections).encode("utf-8")
    if fmt in ("docx", "odt"):
        return _docx(title, header, table, blank_rows)
    if fmt == "xlsx":
        return _xlsx(title, header, table, blank_rows)
    if fmt in ("csv", "txt"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        if fmt == "txt":
            header = [cell.replace("\n", " ") for cell in header]
        for line in title:
            writer.writerow(line.split("\t"))
        for _ in range(blank_rows):
            writer.writerow([])
        writer.writerow(header)
        for kind, cells in table:
            writer.writerow(cells + [""] * (len(header) - len(cells)) if kind == "section" else cells)
        return out.getvalue().encode("utf-8")
    if fmt == "html":
        body = (
            "".join(f"<p><b>{html.escape(line)}</b></p>\n" for line in title) + "<p>&nbsp;</p>\n" * blank_rows
        )
        body += (
            '<table border="1">\n<tr>'
            + "".join(f"<th>{html.escape(c).replace(chr(10), '<br>')}</th>" for c in header)
            + "</tr>\n"
        )
        for kind, cells in table:
            if kind == "section":
                ref, text = (html.escape(cell) for cell in cells)
                body += f'<tr><td><b>{ref}</b></td><td colspan="{len(header) - 1}"><b>{text}</b></td></tr>\n'
            else:
                body += "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>\n"
        head = f'<head><meta charset="utf-8"><title>{html.escape(" ".join(title[:1]))}</title></head>'
        return f"<html>{head}<body>\n{body}</table></body></html>\n".encode()
    if fmt == "md":
        lines = [f"**{line}**" for line in title] + [""] * (blank_rows + 1)
        lines.append("| " + " | ".join(cell.replace("\n", "<br>") for cell in header) + " |")
        lines.append("|" + "|".join("---" for _ in header) + "|")
        for kind, cells in table:
            if kind == "section":
                cells = [f"**{cells[0]}**", f"**{cells[1]}**"] + [""] * (len(header) - 2)
            lines.append("| " + " | ".join(cells) + " |")
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(fmt)


def _docx(title, header, table, blank_rows) -> bytes:
    from docx import Document

    document = Document()
    for line in title:
        document.add_paragraph(line.replace("\t", "    "))
    for _ in range(blank_rows):
        document.add_paragraph("")
    grid = document.add_table(rows=1 + len(table), cols=len(header))
    grid.style = "Table Grid"
    for column, text in enumerate(header):
        grid.cell(0, column).text = text
    for number, (kind, cells) in enumerate(table, start=1):
        if kind == "section":
            grid.cell(number, 0).text = cells[0]
            merged = grid.cell(number, 1).merge(grid.cell(number, len(header) - 1))
            merged.text = cells[1]
        else:
            for column, text in enumerate(cells):
                grid.cell(number, column).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx(title, header, table, blank_rows) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in title:
        sheet.append(line.split("\t"))
    for _ in range(blank_rows):
        sheet.append([])
    sheet.append(header)
    for kind, cells in table:
        sheet.append(cells)
        if kind == "section":
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=len(header)
            )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _prose(variant, title, rows, sections) -> str:
    unaccent = variant.accents == "all unaccented"
    labels = {"lead": variant.lead_header, "due": variant.due_header, **{n: n for n in EXTRA_COLUMNS}}
    if variant.accents != "keep":
        labels = {key: unaccented(text) for key, text in labels.items()}
    lines = [
        *title,
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Bảo đảm hoàn thành đúng tiến độ các nhiệm vụ được giao.",
        "",
    ]
    lines.append("II. NHIỆM VỤ CỤ THỂ")
    for number, row in enumerate(rows):
        if number in sections:
            ref, text = sections[number]
            lines.append(f"{ref}. {text.capitalize()}")
        ref = row.ref if not row.ref[-1:].isdigit() else row.ref + "."  # prose numbers end with a dot
        head = f"{ref} {row.content}" if ref else f"- {row.content}"
        lines.append(head if head.endswith(".") else head + ".")
        fields = [("lead", row.lead), *[(name, value) for name, value in row.extras.items() if value]]
        if row.due:
            fields.append(("due", row.due))
        if variant.fmt == "prose_dash":
            lines += [f"{'+' if not ref else '-'} {labels[key]}: {value}." for key, value in fields]
        elif variant.fmt == "prose_letters":
            lines += [
                f"{chr(ord('a') + i)}) {labels[key]}: {value}." for i, (key, value) in enumerate(fields)
            ]
        else:
            lines.append("; ".join(f"{labels[key]}: {value}" for key, value in fields) + ".")
    lines += [
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị căn cứ Kế hoạch này tổ chức triển khai thực hiện.",
        "Nơi nhận:",
    ]
    if unaccent:
        lines = [unaccented(line) for line in lines]
    return "\n".join(lines) + "\n"


def _to_odt(generated: list[Generated]) -> None:
    """Convert every `odt` document (written as .docx) with LibreOffice; drop them where it fails."""
    from engine.importing.errors import ImportFailed
    from engine.importing.read_office import convert, soffice_path

    for one in [one for one in generated if one.variant.fmt == "odt"]:
        if soffice_path() is None:
            generated.remove(one)
            continue
        try:
            one.data = convert(one.data, one.name.replace(".odt", ".docx"), "odt")
        except ImportFailed:
            generated.remove(one)


def generate(
    seed: int = DEFAULT_SEED, only: str | None = None, reps: int = 2, mixed: int = 40, *, render: bool = True
) -> list[Generated]:
    """Every document of the perturbed set for `seed` (with `only`, those whose name holds it); the
    same seed gives the same documents. The .odt ones need LibreOffice and are left out without it.
    Without `render`, the documents' names, variants and expected items only (no bytes)."""
    pool = item_pool()
    rng = random.Random(seed)
    generated: list[Generated] = []
    plan = families(reps) + [(None, 1)] * mixed
    for variant, copies in plan:
        for _ in range(copies):
            chosen = variant if variant is not None else _mixed(rng)
            name = f"perturbed_{len(generated) + 1:03d}_{chosen.family}.{_extension(chosen.fmt)}"
            wanted = render and (not only or only in name)
            generated.append(generate_one(chosen, rng, pool, len(generated) + 1, render=wanted))
    if only:
        generated = [one for one in generated if only in one.name]
    if render:
        _to_odt(generated)
    return generated
