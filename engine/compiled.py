"""Queries compiled once per shape: the ORM builds and compiles a query the first time, later calls
send the same SQL with their own values.

A transition's reads have a fixed shape (lock this item; the recipients of this kind of event on
an item with n lead units…), and compiling them in Django's ORM cost more CPU than the database
spent answering them. `statement(key, build, *values)` calls `build` once per shape with stand-in
values (distinct negative integers no id can take), compiles the query, and remembers where each
stand-in landed among the parameters; the next call with the same shape fills those places with its
own values and skips the ORM. The shape is the key, the database and, for each value, whether it is
None or how many ids a collection holds: so `build` may branch on those, never on the values
themselves (a condition like `if step >= 3` does not belong in a compiled query). A stand-in that
the compiler put into the SQL text itself, rather than among the parameters, is refused.

`objects(key, build, *values)` runs such a query and returns model instances as the queryset would
(select_related and annotations included), through the compiler kept from the first call.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import get_related_populators

# Stand-ins: far below any id (ids are positive), distinct per place.
_FIRST_MARK = -(1 << 60)
_LIMIT = 512  # shapes kept per process (unit counts vary a little; this is never reached in practice)


@dataclass
class _Compiled:
    sql: str | None  # None: the query matches nothing (EmptyResultSet)
    places: list  # per parameter: (value index, element index or None) of a stand-in, or ("const", value)
    compiler: object = None
    extra: dict = field(default_factory=dict)


_CACHE: dict[tuple, _Compiled] = {}


def _shape(value) -> object:
    if value is None:
        return None
    if isinstance(value, int):
        return int
    return len(value)


def _stand_ins(values: tuple) -> tuple[tuple, dict[int, tuple]]:
    """The values with every id replaced by a stand-in, and stand-in → (value index, element index)."""
    marks: dict[int, tuple] = {}
    marked = []
    mark = _FIRST_MARK
    for index, value in enumerate(values):
        if value is None:
            marked.append(None)
        elif isinstance(value, int):
            marks[mark] = (index, None)
            marked.append(mark)
            mark += 1
        else:
            elements = []
            for position in range(len(value)):
                marks[mark] = (index, position)
                elements.append(mark)
                mark += 1
            marked.append(frozenset(elements) if isinstance(value, frozenset | set) else tuple(elements))
    return tuple(marked), marks


def _compile(key: str, build: Callable[..., QuerySet], values: tuple, using: str) -> _Compiled:
    marked, marks = _stand_ins(values)
    queryset = build(*marked).using(using)
    compiler = queryset.query.get_compiler(using=using)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return _Compiled(sql=None, places=[])
    places = []
    for param in params:
        if type(param) is int and param in marks:
            places.append(marks[param])
        else:
            places.append(("const", param))
    for mark in marks:
        if str(mark) in sql:
            raise ValueError(f"compiled query {key!r}: a value was written into the SQL text")
    compiled = _Compiled(sql=sql, places=places, compiler=compiler)
    if compiler.klass_info is not None:  # a model query: what `objects` needs, worked out once
        select, klass_info = compiler.select, compiler.klass_info
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        compiled.extra = {
            "model": klass_info["model"],
            "span": (start, end),
            "names": [column[0].target.attname for column in select[start:end]],
            "converters": compiler.get_converters([s[0] for s in select[0 : compiler.col_count]]),
            "annotations": list((compiler.annotation_col_map or {}).items()),
        }
    return compiled


def _entry(key: str, build: Callable[..., QuerySet], values: tuple, using: str) -> _Compiled:
    connection = connections[using]
    cache_key = (key, using, connection.vendor, *map(_shape, values))
    entry = _CACHE.get(cache_key)
    if entry is None:
        if len(_CACHE) >= _LIMIT:
            _CACHE.clear()
        entry = _CACHE[cache_key] = _compile(key, build, values, using)
    return entry


def _params(entry: _Compiled, values: tuple) -> list:
    # A set's elements in its iteration order (the same on every pass over one unchanged set).
    listed = [v if v is None or isinstance(v, int | tuple | list) else list(v) for v in values]
    params = []
    for place in entry.places:
        if place[0] == "const":
            params.append(place[1])
        else:
            index, position = place
            params.append(listed[index] if position is None else listed[index][position])
    return params


def statement(key: str, build: Callable[..., QuerySet], *values, using: str = "default"):
    """(sql, params) of `build(*values)`'s query, compiled once per shape; None if it matches nothing.

    `values`: ints (ids), None, or collections of ids (a set's elements fill the IN list in its
    iteration order). `key` names the query; `build` must depend on the values' shape only.
    """
    entry = _entry(key, build, values, using)
    if entry.sql is None:
        return None
    return entry.sql, _params(entry, values)


def objects(key: str, build: Callable[..., QuerySet], *values, using: str = "default") -> list:
    """The model instances `build(*values)` would give (its select_related and annotations too),
    the SQL compiled once per shape."""
    entry = _entry(key, build, values, using)
    if entry.sql is None:
        return []
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(entry.sql, _params(entry, values))
        rows = cursor.fetchall()
    if not rows:
        return []
    # As django.db.models.query.ModelIterable, with what the first call's compiler worked out.
    compiler, extra = entry.compiler, entry.extra
    model, (start, end), names = extra["model"], extra["span"], extra["names"]
    if extra["converters"]:
        rows = compiler.apply_converters(rows, extra["converters"])
    populators = extra.get("populators")
    if populators is None:  # what they work out depends on the compiled query alone: once
        populators = extra["populators"] = get_related_populators(compiler.klass_info, compiler.select, using)
    found = []
    for row in rows:
        obj = model.from_db(using, names, row[start:end])
        for populator in populators:
            populator.populate(row, obj)
        for name, position in extra["annotations"]:
            setattr(obj, name, row[position])
        found.append(obj)
    return found
