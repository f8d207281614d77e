"""Delimited text and record exports: CSV (`,` or `;`, sniffed), TSV with a .tsv name, JSON records.

A CSV is one table. A JSON list of records (objects) is one table whose header row is the keys
in first-seen order. The records may sit anywhere inside the file (`{"data": {"items": [...]}}`:
the largest list of records found); a nested object is spread into dotted columns
(`owner.department`), a list of texts is one cell joined with "; ", a list of objects one cell
with each object's values. Anything else returns None and the next reader tries.
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
    if rows:
        builder.table(padded_grid(rows), ref=name, row_refs=[f"{name}:{r}" for r in range(1, len(rows) + 1)])
    return document


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
