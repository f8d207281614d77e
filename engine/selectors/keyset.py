"""Keyset pagination for the long lists: a page is "the rows after (or before) this row's sort key".

OFFSET pagination reads and throws away every row before the page and needs a COUNT(*) of
the whole filter; at 10⁵–10⁶ items both cost more than the page itself. Here a page is
asked for by a cursor, the sort-key values of the row it continues from, so the database
walks the order (an index, where one matches) from that row and stops after a page.

A sort is a list of `Key`s, the last one unique (the primary key), each ascending or
descending over a never-NULL expression (NULLs are given a sentinel, or a leading
`IS NULL` key, by the caller: see engine.selectors.work_items.work_item_keys). "After the
cursor" is the lexicographic comparison of the keys: one row-value comparison
`(k1, k2, …) > (v1, v2, …)` when every key runs the same way (PostgreSQL uses it as an
index condition), else the expanded OR with a leading range on the first key.

The total is counted only up to `COUNT_CAP` (`SELECT count(*) FROM (… LIMIT cap + 1)`):
below it the page shows the exact number, above it "more than 10,000" with PostgreSQL's
row estimate for the filter (`engine_plan_rows`, its `EXPLAIN`, asked for in the count's own
statement), or none on SQLite. One statement either way, so a page's queries do not grow with
the data.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import BooleanField, Expression, F, Q, QuerySet, Value

COUNT_CAP = 10_000


@dataclass(frozen=True)
class Key:
    """One sort key: an annotation name (or field) and its expression (None: a plain field)."""

    name: str
    expression: Expression | None = None
    descending: bool = False

    def ref(self):
        return F(self.name)

    def order(self, *, reverse: bool = False):
        descending = self.descending != reverse
        return F(self.name).desc() if descending else F(self.name).asc()


class RowCompare(Expression):
    """`(a, b, …) > (x, y, …)` (or `<`): the row-value comparison, indexable on PostgreSQL."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, lhs: list, values: list, operator: str):
        super().__init__()
        self.lhs = lhs
        self.values = [Value(v) for v in values]
        self.operator = operator

    def get_source_expressions(self):
        return [*self.lhs, *self.values]

    def set_source_expressions(self, exprs):
        self.lhs, self.values = exprs[: len(self.lhs)], exprs[len(self.lhs) :]

    def as_sql(self, compiler, connection):
        left, right, params = [], [], []
        for expression in self.lhs:
            sql, p = compiler.compile(expression)
            left.append(sql)
            params += p
        for expression in self.values:
            sql, p = compiler.compile(expression)
            right.append(sql)
            params += p
        return f"({', '.join(left)}) {self.operator} ({', '.join(right)})", params


def _after(keys: list[Key], values: list, *, reverse: bool) -> Q:
    """Rows strictly after `values` in the order of `keys` (before them when `reverse`)."""

    def later(key: Key) -> str:
        return "lt" if key.descending != reverse else "gt"

    directions = {later(k) for k in keys}
    if len(directions) == 1:
        operator = ">" if directions == {"gt"} else "<"
        return Q(RowCompare([k.ref() for k in keys], values, operator))
    condition = Q(pk__in=[])
    for i, key in enumerate(keys):
        step = Q(**{f"{key.name}__{later(key)}": values[i]})
        for previous, value in zip(keys[:i], values[:i], strict=False):
            step &= Q(**{previous.name: value})
        condition |= step
    first = keys[0]
    leading = Q(**{f"{first.name}__{later(first)}e": values[0]})  # gte / lte: an index range
    return leading & condition


# --- cursors --------------------------------------------------------------------------


def _encode_value(value):
    if isinstance(value, datetime):
        return {"t": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decode_value(value):
    if isinstance(value, dict):
        if "t" in value:
            return datetime.fromisoformat(value["t"])
        if "d" in value:
            return date.fromisoformat(value["d"])
        raise ValueError("unknown cursor value")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise ValueError("unknown cursor value")


def encode_cursor(values: list) -> str:
    raw = json.dumps([_encode_value(v) for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(text: str | None, length: int) -> list | None:
    """The key values in a cursor, or None when there is none or it does not fit this sort."""
    if not text:
        return None
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        values = [_decode_value(v) for v in json.loads(raw)]
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        return None
    return values if len(values) == length else None


# --- counting -------------------------------------------------------------------------


@dataclass
class Total:
    """How many rows the filter holds: exact up to COUNT_CAP, else capped with an estimate."""

    count: int
    exact: bool = True
    estimate: int | None = None


def capped_count(queryset: QuerySet, cap: int | None = None) -> Total:
    """The exact count when it is at most `cap`; else `cap` and PostgreSQL's plan estimate.

    One statement whatever the count: on PostgreSQL the estimate is a second column of the same
    `SELECT`, `CASE WHEN n > cap THEN engine_plan_rows(<the filter's SQL>) END` (migration
    0024_engine_plan_rows), which plans the filter only when the count passed the cap.
    """
    cap = COUNT_CAP if cap is None else cap
    ids = _ids(queryset)
    connection = connections[ids.db]
    if connection.vendor == "postgresql":
        try:  # compiled once: the count appends its LIMIT, the function is given the filter as text
            rows_sql, rows_params = ids.query.get_compiler(using=ids.db).as_sql()
        except EmptyResultSet:
            return Total(0)
        sql = (
            "SELECT n, CASE WHEN n > %s THEN engine_plan_rows(%s) END"  # noqa: S608 -- compiled, with params
            f" FROM (SELECT COUNT(*) FROM ({rows_sql} LIMIT %s) AS capped) AS counted(n)"
        )
        params = [cap, connection.ops.compose_sql(rows_sql, rows_params), *rows_params, cap + 1]
    else:
        counted = _capped_sql(ids, cap)
        if counted is None:
            return Total(0)
        sql, params = counted
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found, *estimate = cursor.fetchone()
    if found <= cap:
        return Total(found)
    rows = estimate[0] if estimate else None
    return Total(cap, exact=False, estimate=rows if rows is not None and rows > cap else None)


def _ids(queryset: QuerySet) -> QuerySet:
    """The rows' keys: `pk` of a model's queryset; a `UNION` of id columns (one column each, e.g.
    engine.selectors.work_items.linked_ids) is counted as it is."""
    if queryset.query.combinator or queryset.query.distinct:
        return queryset.order_by()
    return queryset.order_by().values("pk")


def _capped_sql(ids: QuerySet, cap: int) -> tuple[str, list] | None:
    """`SELECT COUNT(*) FROM (… LIMIT cap + 1)` of the keys `ids` and its parameters; None when the
    filter can match nothing (`pk__in=[]`: Django compiles no SQL for it)."""
    sliced = ids[: cap + 1]
    try:
        sql, params = sliced.query.get_compiler(using=sliced.db).as_sql()
    except EmptyResultSet:
        return None
    return f"SELECT COUNT(*) FROM ({sql}) AS capped", list(params)  # noqa: S608 -- compiled, with params


def capped_counts(querysets: dict, cap: int | None = None) -> dict[str, Total]:
    """Several capped counts in one statement: `SELECT (SELECT count(*) FROM (… LIMIT cap + 1)), …`.

    Each count is exact up to `cap`, else `cap` with `exact=False` (no estimate: one statement
    whatever the numbers). Every queryset must read the same database.
    """
    cap = COUNT_CAP if cap is None else cap
    if not querysets:
        return {}
    counted, parts, params, db = [], [], [], None
    for name, queryset in querysets.items():
        ids = _ids(queryset)
        db = ids.db
        compiled = _capped_sql(ids, cap)
        if compiled is None:  # a filter that can match nothing: no SQL to run
            continue
        counted.append(name)
        parts.append(f"({compiled[0]})")
        params.extend(compiled[1])
    found = dict.fromkeys(querysets, 0)
    if parts:
        with connections[db].cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(parts), params)
            found.update(zip(counted, cursor.fetchone(), strict=True))
    return {name: Total(n) if n <= cap else Total(cap, exact=False) for name, n in found.items()}


# --- a page ---------------------------------------------------------------------------


@dataclass
class KeysetPage:
    """One page of rows, the cursors of its neighbours, and the total (see `Total`)."""

    rows: list
    total: Total
    next_cursor: str | None = None
    previous_cursor: str | None = None

    @property
    def object_list(self) -> list:
        """The rows, under the name Django's Page gives them."""
        return self.rows

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None

    @property
    def has_previous(self) -> bool:
        return self.previous_cursor is not None

    @property
    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous


def keyset_page(
    queryset: QuerySet,
    keys: list[Key],
    *,
    after: str | None = None,
    before: str | None = None,
    size: int = 50,
    total: Total | None = None,
    segments: list[tuple] | None = None,
    segment_rows: QuerySet | None = None,
) -> KeysetPage:
    """The page after the cursor `after` (or before `before`; neither: the first page).

    Reads `size + 1` rows to know whether another page follows; `total` is counted with
    `capped_count` unless the caller already knows it. `segments`: see `_segment_ids`, which reads
    the ids from `segment_rows` when given: the same rows and keys as `queryset` without what only
    the page shows (its annotations, related objects), which Django would otherwise copy and
    relabel into each segment's subquery for nothing.
    """
    annotations = {k.name: k.expression for k in keys if k.expression is not None}
    ordered = queryset.annotate(**annotations) if annotations else queryset
    if total is None:
        total = capped_count(queryset)
    backwards = before is not None and decode_cursor(before, len(keys)) is not None
    cursor = decode_cursor(before if backwards else after, len(keys))
    if segments and connections[queryset.db].features.supports_slicing_ordering_in_compound:
        source = ordered if segment_rows is None else segment_rows
        if segment_rows is not None and annotations:
            source = source.annotate(**annotations)
        ordered = ordered.filter(pk__in=_segment_ids(source, keys, segments, cursor, backwards, size))
    if cursor is not None:
        ordered = ordered.filter(_after(keys, cursor, reverse=backwards))
    ordered = ordered.order_by(*[k.order(reverse=backwards) for k in keys])
    rows = list(ordered[: size + 1])
    more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()
    page = KeysetPage(rows, total)
    if rows:
        first_values = [getattr(rows[0], k.name) for k in keys]
        last_values = [getattr(rows[-1], k.name) for k in keys]
        if backwards:
            page.next_cursor = encode_cursor(last_values)
            page.previous_cursor = encode_cursor(first_values) if more else None
        else:
            page.next_cursor = encode_cursor(last_values) if more else None
            page.previous_cursor = encode_cursor(first_values) if cursor is not None else None
    return page


def _segment_ids(queryset: QuerySet, keys: list[Key], segments, cursor, backwards: bool, size: int):
    """The ids a page can hold when the first key takes a few values, each a filter.

    `segments` is `[(value, Q), …]` in the first key's ascending order (the inbox: the user's
    own items, 0, then the others, 1). No index follows such an order, but each segment alone
    runs in the order of the other keys, which one can: each segment from the cursor on is
    read for at most a page (`(…ORDER BY … LIMIT n) UNION ALL (…)`), and the page is the
    first rows of those. Needs a backend that orders and limits inside a UNION (PostgreSQL).
    """
    first, rest = keys[0], keys[1:]
    forwards_up = first.descending == backwards  # walking the first key upwards
    order = [k.order(reverse=backwards) for k in rest]
    parts = []
    for value, condition in sorted(segments, key=lambda s: s[0], reverse=not forwards_up):
        part = queryset.filter(condition)
        if cursor is not None:
            if value == cursor[0]:
                part = part.filter(_after(rest, cursor[1:], reverse=backwards))
            elif (value < cursor[0]) == forwards_up:
                continue  # the whole segment lies before the cursor
        parts.append(part.order_by(*order).values("pk")[: size + 1])
    if not parts:
        return queryset.none().values("pk")
    return parts[0] if len(parts) == 1 else parts[0].union(*parts[1:], all=True)
