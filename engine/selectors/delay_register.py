"""The inspectorate's delay register: every item that is or was late in a period.

An item is in the register for a period when one of its deadlines (the original or the
current one) falls in the period, or it was still overdue when the period began, and it
was late: its status class (`engine.deadlines.status`) is "in progress, overdue" or
"completed late", or it was extended after the deadline had already passed (read from
the audit trail). Days late are working days (the organisation's calendar).

Kind and working days late are SQL expressions (`engine.deadlines.working_days_sql`: the
organisation's calendar as a working-day number), so the database filters, sorts by days late
exactly and returns one page (`delay_register_rows` sliced) or streams the rows in chunks for
an export (`register_chunks`); the details shown for a page or a chunk (lead units; extensions,
returns and escalation firings from the audit trail; requesters; waivers) are a few queries that
bind the chunk's ids as one array (`AnyOf`). Nothing walks the whole register in Python.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import connections, router
from django.db.models import (
    Case,
    F,
    IntegerField,
    Lookup,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, Substr, TruncDate
from django.utils import timezone

from engine.deadlines.calendar import calendar_for
from engine.deadlines.status import LATE, StatusClass, status_label, with_status
from engine.deadlines.working_days_sql import DayNumber, WorkingDays
from engine.models import (
    AuditEvent,
    DelayWaiver,
    ExtensionRequest,
    OversightSnapshot,
    RegisterEntry,
    WorkItem,
    WorkItemUnit,
)
from engine.selectors.scoring_evidence import VERB_EXTEND, VERB_RETURN
from engine.selectors.work_items import with_recipient_names

S = WorkItem.State
LATE_CLASSES = LATE
ESCALATION_VERBS = ("work_item.escalate", "work_item.escalated")


@dataclass
class RegisterRow:
    id: int
    ref: str
    content: str
    state: str
    programme_id: int
    leader_id: int | None
    leader_name: str
    original_due_date: date | None
    due_date: date
    reported_on: date | None
    accepted_on: date | None
    kind: str  # overdue / late / extended
    days_late: int
    status_class: str = ""
    lead_units: list[str] = field(default_factory=list)
    extensions: list[dict] = field(default_factory=list)
    returns: list[dict] = field(default_factory=list)
    escalations: list[dict] = field(default_factory=list)
    waivers: list[dict] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return status_label(self.status_class)

    @property
    def waived(self) -> bool:
        return any(w["active"] for w in self.waivers)

    @property
    def escalation_lines(self) -> list[dict]:
        """The escalations as a reader wants them: a repeating digest (a weekly reminder to the
        same people for months) is one line with its count and its first and last date, not one
        line per week. Each firing stays in the audit trail."""
        lines: list[dict] = []
        for e in self.escalations:
            last = lines[-1] if lines else None
            if last and last["step"] == e["step"] and last["to"] == e["to"]:
                last["count"] += 1
                last["last"] = e["at"]
            else:
                lines.append({"at": e["at"], "step": e["step"], "to": e["to"], "count": 1, "last": e["at"]})
        return lines


def _candidates(organisation_id: int, start: date, end: date) -> QuerySet:
    """Items that may be in the register: a deadline in the period, or due before it (still overdue?).

    Plain indexed columns only; the status class decides in `RegisterQuery`.
    """
    # Before the period only items open today can still be overdue: closed ones are not read at all.
    still_open = Q(due_date__lt=start, state__in=[S.ASSIGNED, S.IN_PROGRESS])
    in_period = Q(due_date__range=(start, end)) | Q(original_due_date__range=(start, end)) | still_open
    return (
        WorkItem.objects.filter(organisation_id=organisation_id, due_date__isnull=False)
        .exclude(state__in=[S.DRAFTED, S.CANCELLED])
        .filter(in_period)
    )


def _filtered(
    rows: QuerySet, item: str, unit_id: int | None, leader_id: int | None, programme_id: int | None
) -> QuerySet:
    """`rows` (items, or stored entries whose item is the field `item`) narrowed to the register's
    filters: an item led by the unit, of the leader, of the programme."""
    if unit_id:
        lead = WorkItemUnit.objects.filter(unit_id=unit_id, role=WorkItemUnit.Role.LEAD)
        rows = rows.filter(**{f"{item}__in": lead.values("work_item_id")})
    if leader_id:
        rows = rows.filter(leader_id=leader_id)
    if programme_id:
        rows = rows.filter(programme_id=programme_id)
    return rows


def _late_extension_days(days: WorkingDays) -> Subquery:
    """Working days between the deadline an extension replaced and the day it was granted, for the
    latest-granted extension after its deadline (NULL when every extension came in time)."""
    before = Substr(KT("changes__due_date__0"), 1, 10)
    granted = TruncDate("created_at", tzinfo=timezone.get_current_timezone())
    events = (
        AuditEvent.objects.filter(work_item_id=OuterRef("pk"), verb=VERB_EXTEND)
        .annotate(_before=DayNumber(before), _granted=DayNumber(granted))
        .filter(_granted__gt=F("_before"))
        .annotate(_late=days.expression(granted) - days.expression(before))
        .order_by("-_late")
        .values("_late")[:1]
    )
    return Subquery(events, output_field=IntegerField())


VALUES = (
    "id",
    "ref",
    "content",
    "state",
    "programme_id",
    "leader_id",
    "leader__full_name",
    "leader_text",
    "original_due_date",
    "due_date",
    "reported_at",
    "accepted_at",
)
SORTS = {
    "-days_late": "days_late DESC, due_date, id",
    "days_late": "days_late, due_date, id",
    "due_date": "due_date, id",
    "-due_date": "due_date DESC, id",
}


class AnyOf(Lookup):
    """`AnyOf(F("work_item_id"), ids)` in a `filter()`: the column is one of `ids`, bound on
    PostgreSQL as one array parameter (`= ANY(%s)`) instead of an `IN` list of one parameter per id.

    A chunk of the register is 1,000 ids read by six queries; as `__in` lists Django prepared each
    value (`get_prep_value`, `get_normalized_value`) and psycopg split a query string of 1,000
    placeholders, more time than the database took (docs/performance.md, "Exports and the delay
    register at scale"). SQLite has no arrays: there it is the same `IN` list.
    """

    lookup_name = "any_of"
    prepare_rhs = False

    def get_prep_lookup(self):
        return [int(value) for value in self.rhs]

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        # The array's text form, one string: psycopg dumps a list of ints element by element.
        return f"{lhs} = ANY(%s::bigint[])", [*params, "{" + ",".join(map(str, self.rhs)) + "}"]

    def as_sqlite(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        if not self.rhs:
            return "1 = 0", params
        return f"{lhs} IN ({', '.join(['%s'] * len(self.rhs))})", [*params, *self.rhs]


def _rows(keys: list[tuple]) -> list[dict]:
    """Full rows for (id, status_class, kind, days_late) keys, in their order (one query)."""
    found = {
        v["id"]: v for v in WorkItem.objects.filter(AnyOf(F("pk"), [k[0] for k in keys])).values(*VALUES)
    }
    rows = []
    for pk, status, kind, days_late in keys:
        if (row := found.get(pk)) is not None:
            row["status_class"], row["kind"], row["days_late"] = status, kind, days_late
            rows.append(row)
    return rows


class RegisterQuery:
    """The register's rows, sorted, as SQL the database pages: `count()`, `[a:b]` (what `Paginator`
    needs) and `iterator(chunk_size)` for an export; each row a dict of `VALUES` plus
    `status_class`, `kind` and `days_late`.

    Two levels, so the status class (one CASE with a subquery) is computed once per item: the
    candidates with their status class, the local day they were reported and the late-extension
    days (a CTE, materialised on PostgreSQL so it is not inlined back into every reference);
    then kind and working days late from those columns, the register's filter and the order.
    A page or a chunk then reads its items' columns by id (one query).
    """

    def __init__(self, items: QuerySet, *, start: date, end: date, today: date, days: WorkingDays, sort: str):
        self.items, self.start, self.end, self.today, self.days = items, start, end, today, days
        self.order = SORTS.get(sort, SORTS["-days_late"])
        self.alias = router.db_for_read(WorkItem) or "default"
        self._count = None

    def _sql(self) -> tuple[str, list]:
        C = StatusClass
        connection = connections[self.alias]
        vendor = connection.vendor
        inner, params = self.items.order_by().query.get_compiler(self.alias).as_sql()
        late = ", ".join(f"'{value}'" for value in (C.REPORTED_LATE, C.COMPLETED_LATE))
        classes = ", ".join(f"'{value}'" for value in LATE_CLASSES)
        overdue = f"'{C.IN_PROGRESS_OVERDUE}'"
        w = self.days.sql
        today = self.days.number(self.today)
        greatest = "MAX" if vendor == "sqlite" else "GREATEST"
        materialized = "" if vendor == "sqlite" else "MATERIALIZED "
        # Only constants, integers and Django's own compiled SQL are interpolated; values are params.
        sql = (
            f"WITH c AS {materialized}({inner}), r AS ("  # noqa: S608
            " SELECT c.id, c.status_class, c.due_date, c.original_due_date, c.programme_id, c.leader_id,"
            f" CASE WHEN c.status_class = {overdue} THEN 'overdue'"
            f" WHEN c.status_class IN ({late}) THEN 'late' ELSE 'extended' END AS kind,"
            f" CASE WHEN c.status_class = {overdue} THEN {greatest}({today} - {w('c.due_date', vendor)}, 0)"
            f" WHEN c.status_class IN ({late})"
            f" THEN {greatest}({w('c.done_day', vendor)} - {w('c.deadline_in_force', vendor)}, 0)"
            " ELSE c.late_extension END AS days_late"
            " FROM c WHERE (c.due_date BETWEEN %s AND %s OR c.original_due_date BETWEEN %s AND %s"
            f" OR (c.status_class = {overdue} AND c.due_date < %s))"
            f" AND (c.status_class IN ({classes}) OR c.due_date > c.original_due_date))"
            " SELECT {select} FROM r WHERE r.kind <> 'extended' OR r.days_late IS NOT NULL"
        )
        params = [*params, self.start, self.end, self.start, self.end, self.start]
        return sql, params

    def count(self) -> int:
        if self._count is None:
            sql, params = self._sql()
            with connections[self.alias].cursor() as cursor:
                cursor.execute(sql.replace("{select}", "COUNT(*)"), params)
                self._count = cursor.fetchone()[0]
        return self._count

    def __len__(self) -> int:
        return self.count()

    def _keys(self, cursor_rows) -> list[tuple]:
        return [tuple(row) for row in cursor_rows]

    def _rows(self, keys: list[tuple]) -> list[dict]:
        return _rows(keys)

    def __getitem__(self, index: slice) -> list[dict]:
        if not isinstance(index, slice) or index.step:
            raise TypeError("the register is read by slices")
        offset = index.start or 0
        limit = (index.stop - offset) if index.stop is not None else -1
        sql, params = self._sql()
        select = "id, status_class, kind, days_late"
        with connections[self.alias].cursor() as cursor:
            cursor.execute(
                sql.replace("{select}", select) + f" ORDER BY {self.order} LIMIT %s OFFSET %s",
                [*params, max(limit, 0) if limit >= 0 else 2**62, offset],
            )
            keys = self._keys(cursor.fetchall())
        return self._rows(keys)

    def page(self, number: int, size: int) -> tuple[list[dict], int]:
        """One page of rows and the register's length, in one pass (a window count); a number past
        the end gives the last page (a second query)."""
        sql, params = self._sql()
        select = "id, status_class, kind, days_late, COUNT(*) OVER () AS total"
        with connections[self.alias].cursor() as cursor:
            cursor.execute(
                sql.replace("{select}", select) + f" ORDER BY {self.order} LIMIT %s OFFSET %s",
                [*params, size, (max(number, 1) - 1) * size],
            )
            fetched = cursor.fetchall()
        if not fetched:
            total = self.count()
            last = max(1, -(-total // size))
            return self.page(last, size) if total and number > last else ([], total)
        self._count = fetched[0][4]
        return self._rows([row[:4] for row in fetched]), self._count

    def iterator(self, chunk_size: int = 1000) -> Iterator[list[dict]]:
        """The rows in chunks of `chunk_size` (a server-side cursor on PostgreSQL). The register's
        length comes with the rows (a window count: the sort reads every row before the first
        anyway), so `count()` after the first chunk costs no second pass over the items."""
        sql, params = self._sql()
        connection = connections[self.alias]
        select = "id, status_class, kind, days_late, COUNT(*) OVER () AS total"
        with connection.chunked_cursor() as cursor:
            cursor.execute(sql.replace("{select}", select) + f" ORDER BY {self.order}", params)
            while True:
                fetched = cursor.fetchmany(chunk_size)
                if not fetched:
                    if self._count is None:
                        self._count = 0
                    return
                self._count = fetched[0][4]
                yield self._rows(self._keys(row[:4] for row in fetched))


def delay_register_rows(
    organisation_id: int,
    *,
    start: date,
    end: date,
    today: date | None = None,
    unit_id: int | None = None,
    leader_id: int | None = None,
    programme_id: int | None = None,
    sort: str = "-days_late",
) -> RegisterQuery:
    """The register, sorted, for pages (`Paginator` slices it) and exports (`register_chunks`).

    One query before it: the span of deadlines, for the working-day calendar.
    """
    today = today or timezone.localdate()
    cal = calendar_for(organisation_id)
    items = _filtered(_candidates(organisation_id, start, end), "pk", unit_id, leader_id, programme_id)
    span = items.order_by().aggregate(low=Min("due_date"), low_original=Min("original_due_date"))
    low = min(d for d in (span["low"], span["low_original"], start) if d)
    days = WorkingDays(cal, low - timedelta(days=1), max(today, end) + timedelta(days=400))
    tz = timezone.get_current_timezone()
    candidates = with_status(items, today, cal).annotate(
        deadline_in_force=Coalesce("due_date_at_report", "due_date"),
        done_day=TruncDate(Coalesce("reported_at", "accepted_at"), tzinfo=tz),
        late_extension=Case(
            When(due_date__gt=F("original_due_date"), then=_late_extension_days(days)),
            default=None,
            output_field=IntegerField(),
        ),
    )
    columns = (
        "id",
        "status_class",
        "due_date",
        "original_due_date",
        "programme_id",
        "leader_id",
        "deadline_in_force",
        "done_day",
    )
    return RegisterQuery(
        candidates.values(*columns, "late_extension"), start=start, end=end, today=today, days=days, sort=sort
    )


def register_span(organisation_id: int) -> tuple[date, date] | None:
    """The earliest and latest deadline (current or original) of the organisation's items: a
    period that holds the whole register (one query; None without any deadline)."""
    span = WorkItem.objects.filter(organisation_id=organisation_id, due_date__isnull=False).aggregate(
        low=Min("due_date"),
        low_original=Min("original_due_date"),
        high=Max("due_date"),
        high_original=Max("original_due_date"),
    )
    if span["low"] is None:
        return None
    low = min(d for d in (span["low"], span["low_original"]) if d)
    return low, max(d for d in (span["high"], span["high_original"]) if d)


ENTRY_COLUMNS = (
    "work_item_id",
    "organisation_id",
    "programme_id",
    "leader_id",
    "status_class",
    "kind",
    "days_late",
    "due_date",
    "original_due_date",
)


def register_entries_select(organisation_id: int, *, today: date) -> tuple[str, list] | None:
    """The SQL and params of a SELECT of the whole register of `today` as `RegisterEntry` rows
    (`ENTRY_COLUMNS`; the period is the span of the organisation's deadlines, so every period's rows
    are there), from the live query; None when no item has a deadline. Building it reads the span
    of deadlines; the SELECT itself runs where it is inserted from (`oversight_refresh`)."""
    span = register_span(organisation_id)
    if span is None:
        return None
    rows = delay_register_rows(organisation_id, start=span[0], end=span[1], today=today)
    sql, params = rows._sql()
    select = (
        f"id AS work_item_id, {int(organisation_id)} AS organisation_id, programme_id, leader_id,"
        " status_class, kind, days_late, due_date, original_due_date"
    )
    return sql.replace("{select}", select), params


STORED_SORTS = {
    "-days_late": ("-days_late", "due_date", "work_item_id"),
    "days_late": ("days_late", "due_date", "work_item_id"),
    "due_date": ("due_date", "work_item_id"),
    "-due_date": ("-due_date", "work_item_id"),
}


class StoredRegister:
    """The register read from `RegisterEntry` (as of the organisation's `OversightSnapshot`):
    the same rows, order and days late as `delay_register_rows` gave on the snapshot's day, from
    indexed columns: `page()` is a count and an index range, whatever the item count."""

    def __init__(self, entries: QuerySet, *, sort: str, snapshot: OversightSnapshot):
        self.entries = entries
        self.order = STORED_SORTS.get(sort, STORED_SORTS["-days_late"])
        self.snapshot = snapshot
        self._count = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.entries.count()
        return self._count

    def __len__(self) -> int:
        return self.count()

    def keys(self, offset: int, limit: int) -> list[tuple]:
        return list(
            self.entries.order_by(*self.order).values_list(
                "work_item_id", "status_class", "kind", "days_late"
            )[offset : offset + limit]
        )

    def page(self, number: int, size: int) -> tuple[list[dict], int]:
        """One page of rows and the register's length; a number past the end gives the last page."""
        total = self.count()
        last = max(1, -(-total // size))
        number = min(max(number, 1), last)
        return _rows(self.keys((number - 1) * size, size)), total


def stored_register_rows(
    organisation_id: int,
    *,
    start: date,
    end: date,
    unit_id: int | None = None,
    leader_id: int | None = None,
    programme_id: int | None = None,
    sort: str = "-days_late",
) -> StoredRegister | None:
    """The register of the period from the stored rows, or None when the organisation has no
    snapshot yet (then read `delay_register_rows`). Same filters and sorts as the live register."""
    snapshot = OversightSnapshot.objects.filter(organisation_id=organisation_id).first()
    if snapshot is None:
        return None
    entries = RegisterEntry.objects.filter(organisation_id=organisation_id).filter(
        Q(due_date__range=(start, end))
        | Q(original_due_date__range=(start, end))
        | Q(status_class=StatusClass.IN_PROGRESS_OVERDUE, due_date__lt=start)
    )
    entries = _filtered(entries, "work_item_id", unit_id, leader_id, programme_id)
    return StoredRegister(entries, sort=sort, snapshot=snapshot)


def register_row(v: dict, tz=None) -> RegisterRow:
    """A row from `RegisterQuery`'s dict; `tz` the current time zone, looked up once by a caller
    building many rows (`timezone.localtime` per date was a tenth of reading an export)."""
    tz = tz or timezone.get_current_timezone()
    return RegisterRow(
        id=v["id"],
        ref=v["ref"],
        content=v["content"],
        state=v["state"],
        programme_id=v["programme_id"],
        leader_id=v["leader_id"],
        leader_name=v["leader__full_name"] or v["leader_text"],
        original_due_date=v["original_due_date"],
        due_date=v["due_date"],
        reported_on=v["reported_at"].astimezone(tz).date() if v["reported_at"] else None,
        accepted_on=v["accepted_at"].astimezone(tz).date() if v["accepted_at"] else None,
        kind=v["kind"],
        days_late=v["days_late"] or 0,
        status_class=v["status_class"],
    )


def delay_register(organisation_id: int, **filters) -> list[RegisterRow]:
    """Every row of the register, sorted (for small periods and tests; pages and exports read
    `delay_register_rows` in slices or chunks). Call `register_details` on the rows shown."""
    return [register_row(v) for v in delay_register_rows(organisation_id, **filters)[0:None]]


def register_chunks(rows: RegisterQuery, size: int = 1000) -> Iterator[list[RegisterRow]]:
    """The register's rows in chunks with their details: constant queries per chunk, memory
    bounded by the chunk whatever the register's length."""
    tz = timezone.get_current_timezone()
    for chunk in rows.iterator(size):
        yield register_details([register_row(v, tz) for v in chunk])


def register_details(rows: list[RegisterRow]) -> list[RegisterRow]:
    """Fill lead units, extensions, returns, waivers and escalations of these rows (constant queries)."""
    ids = [row.id for row in rows]
    if not ids:
        return rows
    by_id = {row.id: row for row in rows}
    for work_item_id, unit_name in (
        WorkItemUnit.objects.filter(AnyOf(F("work_item_id"), ids), role=WorkItemUnit.Role.LEAD)
        .order_by("position", "id")
        .values_list("work_item_id", "unit__name")
    ):
        by_id[work_item_id].lead_units.append(unit_name)
    # Extensions, returns and escalation firings: one read of the audit trail. Exact verbs, not a
    # LIKE prefix: PostgreSQL then reads the rows of these items by index instead of scanning the
    # whole audit trail (a seq scan, growing with it).
    escalated = []
    for event in AuditEvent.objects.filter(
        AnyOf(F("work_item_id"), ids), verb__in=[VERB_EXTEND, VERB_RETURN, *ESCALATION_VERBS]
    ).order_by("seq"):
        if event.verb in ESCALATION_VERBS:
            escalated.append(event)
            continue
        entry = {"at": event.created_at, "by": event.actor_name, "reason": event.reason, "seq": event.seq}
        if event.verb == VERB_RETURN:
            by_id[event.work_item_id].returns.append(entry)
        else:
            before, after = (event.changes.get("due_date") or [None, None])[:2]
            by_id[event.work_item_id].extensions.append(
                {**entry, "from": before, "to": after, "requested_by": "", "requested_at": None}
            )
    _requesters(ids, by_id)
    # Ordered within each item (the model's ordering by item would join the items and programmes).
    waivers = DelayWaiver.objects.filter(AnyOf(F("work_item_id"), ids)).select_related(
        "granted_by", "revoked_by"
    )
    for waiver in waivers.order_by("granted_at", "pk"):
        by_id[waiver.work_item_id].waivers.append(
            {
                "id": waiver.pk,
                "active": waiver.is_active,
                "reason": waiver.reason,
                "at": waiver.granted_at,
                "by": str(waiver.granted_by),
                "revoked_at": waiver.revoked_at,
                "revoked_by": str(waiver.revoked_by) if waiver.revoked_by else "",
                "revoke_reason": waiver.revoke_reason,
            }
        )
    for event in with_recipient_names(escalated):
        by_id[event.work_item_id].escalations.append(
            {
                "at": event.created_at,
                "step": event.changes.get("step", ""),
                "to": ", ".join(getattr(event, "recipient_names", [])),
            }
        )
    return rows


def _requesters(ids: list[int], by_id: dict[int, RegisterRow]) -> None:
    """Who asked for each granted extension, and when (one query). A deadline the director
    moved without a request keeps an empty requester."""
    requests = defaultdict(list)
    for request in (
        ExtensionRequest.objects.filter(AnyOf(F("work_item_id"), ids), state=ExtensionRequest.State.GRANTED)
        .select_related("requested_by")
        .order_by("decided_at", "pk")
    ):
        requests[(request.work_item_id, request.requested_due_date.isoformat())].append(request)
    for row in by_id.values():
        for entry in row.extensions:
            matching = requests.get((row.id, str(entry["to"])[:10]))
            if matching:
                request = matching.pop(0)
                entry["requested_by"] = str(request.requested_by)
                entry["requested_at"] = request.requested_at
