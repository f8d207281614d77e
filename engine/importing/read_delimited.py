"""Delimited text and record exports: CSV (`,` or `;`, sniffed), TSV with a .tsv name, JSON records.

A CSV is one table. A JSON list of records (objects) is one table whose header row is the keys
in first-seen order; nested values are written as compact JSON. Anything else returns None and
the next reader tries.
"""

import csv
import io
import json

from django.utils.translation import gettext as _

from engine.importing.blocks import Cell
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
        width = max(len(row) for row in rows)
        grid = [[Cell(text) for text in row] + [Cell("")] * (width - len(row)) for row in rows]
        builder.table(grid, ref=name, row_refs=[f"{name}:{r}" for r in range(1, len(rows) + 1)])
    return document


def _json(text: str, name: str) -> Document | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict):  # {"tasks": [...]} — the first list of records inside
        data = next((value for value in data.values() if _records(value)), None)
    if not _records(data):
        return None
    keys: list[str] = []
    for record in data:
        for key in record:
            if key not in keys:
                keys.append(key)
    if len(data) * len(keys) > limit("IMPORT_MAX_CELLS"):
        raise _too_many(name)
    rows = [keys] + [[_json_cell(record.get(key)) for key in keys] for record in data]
    return _table_document(rows, name, "json")


def _records(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _json_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean(value).replace("\n", " ")
    if isinstance(value, bool | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)
