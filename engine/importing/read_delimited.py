"""Delimited text and record exports: CSV (`,` or `;`, sniffed), TSV with a .tsv name, JSON and XML records.

A CSV is one table. A cell that a hand-made CSV left unquoted because its delimiter stands inside
typographic quotes (`Phong trào “Xanh, sạch, đẹp”`) is joined again where its row has more fields
than the table's usual count (`_quoted_delimiters_joined`).

A JSON list of records (objects) is one table whose header row is the keys in first-seen order.
The records may sit anywhere inside the file (`{"data": {"items": [...]}}`: the largest list of
records found); a nested object is spread into dotted columns
(`owner.department`), a list of texts is one cell joined with "; ", a list of objects one cell
with each object's values. Anything else returns None and the next reader tries.

An XML export (a .xml name, or text opening `<?xml`) takes the same path: each element becomes a
record of its attributes and child elements (local names, namespaces dropped), a child tag that
repeats under its parent anywhere in the file a list, a wrapper holding only such a list the list
itself, a leaf's text its value (the attributes of a leaf with text, codes such as `ma="…"`, left
out). It is parsed by expat with entity declarations refused (no internal or external entities:
no "billion laughs", no file or network read), `_xml_tree`.

A record holding records shaped like itself (a sub-task, an object or list sharing most of its
keys with its parent) is no cell of its parent: each is a row of its own after it (`_record_rows`).
A value written as a code (`ThuongXuyen`, `DA_HUY`) is read as its words (`Thuong Xuyen`).

A table in long form (entity, field, value: `ma_nhiem_vu,truong,gia_tri`, one row per field of a
task, fields in any order) is pivoted into one row per entity, its fields as columns (`_pivot_long`).
"""

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from xml.parsers import expat

from django.utils.translation import gettext as _

from engine.importing.blocks import padded_grid
from engine.importing.errors import ImportFailed
from engine.importing.limits import limit, refuse
from engine.importing.readers import Builder, Document, _clean


def read(text: str, name: str, lower: str) -> Document | None:
    if lower.endswith(".json") or text.lstrip()[:1] in ("[", "{"):
        document = _json(text, name)
        if document is not None or lower.endswith(".json"):
            return document
    if lower.endswith(".xml") or text.lstrip("\ufeff \t\r\n").startswith("<?xml"):
        document = _xml(text, name)
        if document is not None or lower.endswith(".xml"):
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
        rows.append(row)
    rows = [
        [_clean(cell).replace("\n", " ") for cell in row]
        for row in _quoted_delimiters_joined(rows, delimiter)
    ]
    return _table_document(rows, name, "csv")


# Typographic quotes, which a hand-made CSV does not wrap in `"`: a delimiter between an opening
# one and its closing one is the text's own (`Số ấp đạt chuẩn “An toàn, trật tự”`), not a column's.
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("‘", "’"))


def _opens_quote(cell: str) -> bool:
    return any(cell.count(opening) > cell.count(closing) for opening, closing in _QUOTE_PAIRS)


def _quoted_delimiters_joined(rows: list[list[str]], delimiter: str) -> list[list[str]]:
    """Rows with more fields than the table's usual count, each cell split at a delimiter inside
    typographic quotes joined again: a cell opening a quote with the next ones up to the cell that
    closes it, where the row keeps at least the usual count."""
    counts = Counter(len(row) for row in rows if sum(bool(cell.strip()) for cell in row) >= 2)
    if len(counts) < 2:
        return rows
    width = counts.most_common(1)[0][0]
    joined = []
    for row in rows:
        at = 0
        while len(row) > width and at < len(row) - 1:
            end = _closing_cell(row, at, delimiter, len(row) - width) if _opens_quote(row[at]) else None
            if end is None:
                at += 1
                continue
            row = [*row[:at], delimiter.join(row[at : end + 1]), *row[end + 1 :]]
        joined.append(row)
    return joined


def _closing_cell(row: list[str], at: int, delimiter: str, spare: int) -> int | None:
    """The index of the cell that closes the quote `row[at]` opens, at most `spare` cells on."""
    for end in range(at + 1, min(len(row), at + spare + 1)):
        if not _opens_quote(delimiter.join(row[at : end + 1])):
            return end
    return None


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
        table = builder.table(padded_grid(rows), ref=name, row_refs=[f"{name}:{r}" for r in numbers])
        table.records = kind in ("json", "xml")
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
    return _records_document(data, name, "json")


def _records_document(data, name: str, kind: str) -> Document | None:
    """The largest list of records in `data` (parsed JSON, or XML turned into the same shape) as a
    table: code lists resolved into names, sub-records as rows after their parent."""
    codes = _code_lists(data)
    data = _largest_records(data, skip={id(found.records) for found in codes})
    if data is None:
        return None
    flat = _resolve_codes([row for record in data for row in _record_rows(record)], codes)
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
    return _table_document(rows, name, kind)


class _Refused(ValueError):
    """An XML file declaring entities: refused before any is expanded."""


def _refuse_entity(*_args) -> None:
    raise _Refused


def _xml_tree(text: str) -> ElementTree.Element | None:
    """The parsed root, or None where the text is no well-formed XML. Expat directly (ElementTree's
    parser hides its handlers): declaring an entity is refused (ImportFailed by the caller), so
    none is expanded, no external one loaded, no bomb built."""
    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_entity
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    # A declaration naming another encoding: the text is already decoded.
    text = re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        parser.Parse(text, True)
        return builder.close()
    except _Refused:
        raise
    except (expat.ExpatError, ValueError, RecursionError, AssertionError):
        return None


def _xml(text: str, name: str) -> Document | None:
    try:
        root = _xml_tree(text)
    except _Refused:
        raise ImportFailed(
            _("The XML file declares entities; they are not read, for safety."), source=name
        ) from None
    if root is None:
        return None
    elements = sum(1 for _element in root.iter())
    if elements > limit("IMPORT_MAX_CELLS"):
        raise _too_many(name)
    repeated = _repeated_tags(root)
    return _records_document(_xml_value(root, repeated, 0), name, "xml")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_XSI = "http://www.w3.org/2001/XMLSchema-instance}"  # expat's "uri}name"


def _repeated_tags(root: ElementTree.Element) -> set[tuple[str, str]]:
    """(parent, child) tag pairs where some parent holds the child tag more than once: lists."""
    pairs: set[tuple[str, str]] = set()
    for parent in root.iter():
        seen: set[str] = set()
        for child in parent:
            tag = _local(child.tag)
            if tag in seen:
                pairs.add((_local(parent.tag), tag))
            seen.add(tag)
    return pairs


_MAX_XML_DEPTH = 24


def _xml_value(element: ElementTree.Element, repeated: set[tuple[str, str]], depth: int):
    """An element as JSON would hold it: a text, a record (dict) or a list of them."""
    children = [child for child in element if isinstance(child.tag, str)]
    text = _clean(" ".join("".join(element.itertext()).split())) if not children else ""
    attributes = {
        _local(key): _clean(value) for key, value in element.attrib.items() if not key.startswith(_XSI)
    }
    if not children:
        return text if text or not attributes else attributes
    if depth >= _MAX_XML_DEPTH:
        return _clean(" ".join("".join(element.itertext()).split()))
    tag = _local(element.tag)
    tags = {_local(child.tag) for child in children}
    if not attributes and len(tags) == 1 and (tag, next(iter(tags))) in repeated:
        return [_xml_value(child, repeated, depth + 1) for child in children]  # a wrapper of a list
    record: dict = dict(attributes)
    for child in children:
        key = _local(child.tag)
        value = _xml_value(child, repeated, depth + 1)
        if (tag, key) in repeated:
            record.setdefault(key, []).append(value)
        else:
            record[key] = value
    return record


# A sub-record shares at least this share of its keys with its parent (and two or more).
_NESTED_SHARE = 0.5


def _shaped_like(child: dict, parent: dict) -> bool:
    shared = sum(1 for key in child if key in parent)
    return shared >= 2 and shared >= _NESTED_SHARE * len(child)


_MAX_DEPTH = 6


def _largest_records(value, depth: int = 0, skip=frozenset()) -> list[dict] | None:
    """The largest list of records in `value` (itself, or inside objects and lists); the first on a tie.
    A list in `skip` (a code list, `_code_lists`) is none."""
    if _records(value) and id(value) not in skip:
        return value
    if depth >= _MAX_DEPTH:
        return None
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    best = None
    for child in children:
        found = _largest_records(child, depth + 1, skip) if isinstance(child, dict | list) else None
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


# A value written as a code: `ThuongXuyen`, `DaHuy` (camel case), `THUONG_XUYEN`, `da_huy` (snake).
_CAMEL_CODE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_SNAKE_CODE = re.compile(r"[A-Za-z]+(?:_[A-Za-z]+)+")


def _json_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if _CAMEL_CODE.fullmatch(value):
            return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value)
        if _SNAKE_CODE.fullmatch(value):
            return value.replace("_", " ")
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


# A code in a code list: a short token with a letter and no space ("DK", "QLCL", "P.KHTC", "VP-01").
_CODE = re.compile(r"^(?=[^\s]*[A-Za-z])[\w.&/-]{1,16}$")


def _code_lists(data) -> list[dict[str, str]]:
    """Lists of records that name codes the other records use (an e-office export's `don_vi`: `{"ma":
    "DK", "ten": "Phòng Đăng ký thuốc"}` beside tasks led by `"ma_don_vi": "DK"`): each as a mapping
    code → name, the list itself kept out of the choice of the records (`_largest_records`).

    A code list's records have a key whose values are distinct codes and a key whose values are
    names (texts of two words or more); at least one of its codes is a whole value somewhere else in
    the file, outside the list."""
    lists = _all_record_lists(data)
    found = []
    for records in lists:
        mapping = _code_mapping(records)
        if mapping is None:
            continue
        elsewhere = {leaf for other in lists if other is not records for leaf in _leaves(other)}
        if elsewhere & set(mapping):
            found.append(_CodeList(records, mapping))
    return found


class _CodeList(dict):
    """code → name, and the list it came from (kept out of the choice of the records)."""

    def __init__(self, records: list, mapping: dict[str, str]):
        super().__init__(mapping)
        self.records = records


def _code_mapping(records: list[dict]) -> dict[str, str] | None:
    if len(records) < 2:
        return None
    keys = [key for key in records[0] if all(isinstance(record.get(key), str) for record in records)]
    code_key = next(
        (
            key
            for key in keys
            if all(_CODE.match(record[key]) for record in records)
            and len({record[key] for record in records}) == len(records)
        ),
        None,
    )
    name_key = next(
        (key for key in keys if key != code_key and all(len(record[key].split()) >= 2 for record in records)),
        None,
    )
    if code_key is None or name_key is None:
        return None
    return {record[code_key]: _clean(record[name_key]) for record in records}


def _all_record_lists(value, depth: int = 0) -> list[list[dict]]:
    if depth > _MAX_DEPTH:
        return []
    found = [value] if _records(value) else []
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        if isinstance(child, dict | list):
            found.extend(_all_record_lists(child, depth + 1))
    return found


def _leaves(value, depth: int = 0):
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        yield value
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        yield from _leaves(child, depth + 1)


def _resolve_codes(rows: list[dict[str, str]], codes: list[dict[str, str]]) -> list[dict[str, str]]:
    """A column whose values are mostly codes of a code list (`xu_ly.chu_tri.ma_don_vi`: "DK") gets
    their names ("Phòng Đăng ký thuốc"); a cell of several ("TTTT; VP") each part's."""
    if not codes:
        return rows
    columns = {key for row in rows for key in row}
    for column in columns:
        values = [row[column] for row in rows if row.get(column)]
        if not values:
            continue
        for mapping in codes:
            hits = sum(all(part in mapping for part in value.split("; ")) for value in values)
            if 2 * hits > len(values):
                for row in rows:
                    if row.get(column):
                        row[column] = "; ".join(mapping.get(part, part) for part in row[column].split("; "))
                break
    return rows


def _record_rows(record: dict, depth: int = 0) -> list[dict[str, str]]:
    """A record's row, then the rows of its sub-records: records under a key (a list of them, or one
    object) shaped like their parent (`nhiem_vu_con`: sub-tasks with their own `trich_yeu`, `xu_ly`,
    `thoi_han`; an XML task's one nested task) are rows of their own, after it, not cells of it."""
    children: list[dict] = []
    own = {}
    for key, value in record.items():
        nested = [value] if isinstance(value, dict) else value if _records(value) else []
        if nested and depth < _MAX_DEPTH and all(_shaped_like(child, record) for child in nested):
            children.extend(nested)
        else:
            own[key] = value
    rows = [_flatten(own)]
    for child in children:
        rows.extend(_record_rows(child, depth + 1))
    return rows
