"""Delimited text and record exports: CSV (`,` or `;`, sniffed), TSV with a .tsv name, JSON records.

A CSV is one table. A JSON list of records (objects) is one table whose header row is the keys
in first-seen order. The records may sit anywhere inside the file (`{"data": {"items": [...]}}`:
the largest list of records found); a nested object is spread into dotted columns
(`owner.department`), a list of texts is one cell joined with "; ", a list of objects one cell
with each object's values. Anything else returns None and the next reader tries.

A table in long form (entity, field, value: `ma_nhiem_vu,truong,gia_tri`, one row per field of a
task, fields in any order) is pivoted into one row per entity, its fields as columns (`_pivot_long`).
"""

import csv
import io
import json

from django.utils.translation import gettext as _

from engine.importing.blocks import padded_grid
from engine.importing.limits import limit, refuse
from engine.importing.readers import Builder, Document, _clean


def read(text: str, name: str, lower: str) -> Document | None:
    if lower.endswith(".json") or text.lstrip()[:1] in ("[", "{"):
        document = _json(text, name)
        if document is not None or lower.endswith(".json"):
            return document
    if lower.endswith((".csv", ".tsv")):
        return _csv(text, name, "\t" if lower.endswith(".tsv") else None)
    return None


def _csv(text: str, name: str, delimiter: str | None) -> Document:
    if delimiter is None:
        sample = text[:20_000]
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = []
    cells = 0
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        cells += len(row)
        if cells > limit("IMPORT_MAX_CELLS"):
            raise _too_many(name)
        rows.append([_clean(cell).replace("\n", " ") for cell in row])
    return _table_document(rows, name, "csv")


def _too_many(name: str):
    return refuse("IMPORT_MAX_CELLS", _("The document has more than %(max)d table cells."), name)


def _table_document(rows: list[list[str]], name: str, kind: str) -> Document:
    document = Document(name=name, kind=kind)
    builder = Builder(document)
    while rows and not any(rows[-1]):
        rows.pop()
    numbers = list(range(1, len(rows) + 1))
    if pivoted := _pivot_long(rows):
        rows, numbers = pivoted
    if rows:
        builder.table(padded_grid(rows), ref=name, row_refs=[f"{name}:{r}" for r in numbers])
    return document


# A field's name in a long table: a short label (`han_hoan_thanh`, `Due date`), not a sentence.
_MAX_FIELD_WORDS = 4
_MAX_FIELD_CHARS = 40


def _pivot_long(rows: list[list[str]]) -> tuple[list[list[str]], list[int]] | None:
    """A long (entity-attribute-value) table → one row per entity, or None where `rows` is not one.

    Long: three columns under a header; every row names an entity and a field (a short label); an
    entity holds each field once, the entities share their fields (the commonest is in at least half
    of them), and each has two or more. The pivot's header is the entity column's label and the
    fields in first-seen order; a row's number is its entity's first row's (where a person finds it).
    """
    cut = [row[:3] + [""] * (3 - len(row[:3])) for row in rows if any(row)]
    if len(cut) < 5 or any(len(row) > 3 and any(row[3:]) for row in rows) or not all(cut[0]):
        return None
    entities: dict[str, dict[str, str]] = {}
    first_row: dict[str, int] = {}
    fields: dict[str, int] = {}
    for number, (entity, field, value) in enumerate(cut[1:], start=2):
        if not entity or not field or len(field) > _MAX_FIELD_CHARS or len(field.split()) > _MAX_FIELD_WORDS:
            return None
        record = entities.setdefault(entity, {})
        if field in record:
            return None  # a field twice for one entity: rows of a wide table, not fields
        record[field] = value
        first_row.setdefault(entity, number)
        fields[field] = fields.get(field, 0) + 1
    if len(entities) < 2 or len(cut) - 1 < 2 * len(entities) or 2 * max(fields.values()) < len(entities):
        return None
    header = [cut[0][0], *fields]
    table = [header] + [
        [entity, *(record.get(name, "") for name in fields)] for entity, record in entities.items()
    ]
    return table, [1, *first_row.values()]


def _json(text: str, name: str) -> Document | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    data = _largest_records(data)
    if data is None:
        return None
    flat = [_flatten(record) for record in data]
    keys: list[str] = []
    seen: set[str] = set()
    for record in flat:
        for key in record:
            if key not in seen:
                seen.add(key)
                keys.append(key)
    if len(flat) * len(keys) > limit("IMPORT_MAX_CELLS"):
        raise _too_many(name)
    rows = [keys] + [[record.get(key, "") for key in keys] for record in flat]
    return _table_document(rows, name, "json")


_MAX_DEPTH = 6


def _largest_records(value, depth: int = 0) -> list[dict] | None:
    """The largest list of records in `value` (itself, or inside objects and lists); the first on a tie."""
    if _records(value):
        return value
    if depth >= _MAX_DEPTH:
        return None
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    best = None
    for child in children:
        found = _largest_records(child, depth + 1) if isinstance(child, dict | list) else None
        if found is not None and (best is None or len(found) > len(best)):
            best = found
    return best


def _records(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _flatten(record: dict, prefix: str = "", depth: int = 0) -> dict[str, str]:
    """A record's cells: a nested object's keys become "outer.inner" columns."""
    cells: dict[str, str] = {}
    for key, value in record.items():
        column = f"{prefix}{key}"
        if isinstance(value, dict) and value and depth < _MAX_DEPTH:
            cells.update(_flatten(value, f"{column}.", depth + 1))
        else:
            cells[column] = _json_cell(value)
    return cells


def _json_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean(value).replace("\n", " ")
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, list):
        # ["Sở A", "Sở B"] → "Sở A; Sở B"; [{"name": "Sở A"}, …] → each object's values.
        parts = [
            ", ".join(_json_cell(v) for v in item.values() if _json_cell(v))
            if isinstance(item, dict)
            else _json_cell(item)
            for item in value
        ]
        return "; ".join(part for part in parts if part)
    return json.dumps(value, ensure_ascii=False)
