"""The inspectorate's delay register: every item that is or was late in a period.

An item is in the register for a period when one of its deadlines (the original or the
current one) falls in the period, or it was still overdue when the period began, and it
was late: its status class (`engine.deadlines.status`) is "in progress, overdue" or
"completed late", or it was extended after the deadline had already passed (read from
the audit trail). Days late are working days (the organisation's calendar).

Kind and working days late are SQL expressions (`engine.deadlines.working_days_sql`: the
organisation's calendar as a working-day number), so the database filters, sorts by days late
exactly and returns one page (`delay_register_rows` sliced) or streams the rows in chunks for
an export (`register_chunks`); the details shown for a page or a chunk (extensions, returns,
waivers, escalation firings) are one query each. Nothing walks the whole register in Python.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import (
    Case,
    CharField,
    F,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, Greatest, Substr, TruncDate
from django.utils import timezone

from engine.deadlines.calendar import WorkingCalendar, calendar_for
from engine.deadlines.status import LATE, StatusClass, status_label, with_status
from engine.deadlines.working_days_sql import DayNumber, WorkingDays
from engine.models import AuditEvent, DelayWaiver, ExtensionRequest, WorkItem, WorkItemUnit
from engine.selectors.scoring_evidence import VERB_EXTEND, VERB_RETURN, local_day
from engine.selectors.work_items import with_recipient_names

S = WorkItem.State
LATE_CLASSES = LATE


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


def _candidates(organisation_id: int, start: date, end: date, today: date, cal: WorkingCalendar) -> QuerySet:
    """Items of the period that are late by their status class, or were extended (checked later)."""
    in_period = Q(due_date__range=(start, end)) | Q(original_due_date__range=(start, end))
    overdue_into_period = Q(status_class=StatusClass.IN_PROGRESS_OVERDUE, due_date__lt=start)
    late = Q(status_class__in=LATE_CLASSES) | Q(due_date__gt=F("original_due_date"))
    items = WorkItem.objects.filter(organisation_id=organisation_id, due_date__isnull=False).exclude(
        state__in=[S.DRAFTED, S.CANCELLED]
    )
    return with_status(items, today, cal).filter((in_period | overdue_into_period) & late)


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


def _with_lateness(items: QuerySet, today: date, days: WorkingDays) -> QuerySet:
    """`kind` (overdue / late / extended) and `days_late` (working days) as SQL annotations.

    Overdue: from the deadline to today; late: from the deadline in force at report time to
    the local day it was reported (else accepted); extended: kept only when an extension was
    granted after the deadline had passed (days from that deadline to the grant).
    """
    C = StatusClass
    done = TruncDate(Coalesce("reported_at", "accepted_at"), tzinfo=timezone.get_current_timezone())
    deadline = Coalesce("due_date_at_report", "due_date")
    kind = Case(
        When(status_class=C.IN_PROGRESS_OVERDUE, then=Value("overdue")),
        When(status_class__in=[C.REPORTED_LATE, C.COMPLETED_LATE], then=Value("late")),
        default=Value("extended"),
        output_field=CharField(),
    )
    days_late = Case(
        When(
            status_class=C.IN_PROGRESS_OVERDUE,
            then=Greatest(Value(days.number(today)) - days.expression(F("due_date")), Value(0)),
        ),
        When(
            status_class__in=[C.REPORTED_LATE, C.COMPLETED_LATE],
            then=Greatest(days.expression(done) - days.expression(deadline), Value(0)),
        ),
        default=_late_extension_days(days),
        output_field=IntegerField(),
    )
    return (
        items.annotate(kind=kind, days_late=days_late)
        .exclude(kind="extended", days_late__isnull=True)
        .values(*VALUES, "kind", "days_late")
    )


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
    "status_class",
)
SORTS = {
    "-days_late": ("-days_late", "due_date", "id"),
    "days_late": ("days_late", "due_date", "id"),
    "due_date": ("due_date", "id"),
    "-due_date": ("-due_date", "id"),
}


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
) -> QuerySet:
    """The register as a sorted queryset of dicts (kind and days late computed in SQL).

    Slice it for a page (`Paginator`) or read it with `.iterator()` for an export; turn the
    dicts into `RegisterRow`s with `register_row` and fill their details with `register_details`.
    One query before it: the span of deadlines, for the working-day calendar.
    """
    today = today or timezone.localdate()
    cal = calendar_for(organisation_id)
    items = _candidates(organisation_id, start, end, today, cal)
    if unit_id:
        items = items.filter(
            pk__in=WorkItemUnit.objects.filter(unit_id=unit_id, role=WorkItemUnit.Role.LEAD).values(
                "work_item_id"
            )
        )
    if leader_id:
        items = items.filter(leader_id=leader_id)
    if programme_id:
        items = items.filter(programme_id=programme_id)
    span = items.order_by().aggregate(low=Min("due_date"), low_original=Min("original_due_date"))
    low = min(d for d in (span["low"], span["low_original"], start) if d)
    days = WorkingDays(cal, low - timedelta(days=1), max(today, end) + timedelta(days=400))
    return _with_lateness(items, today, days).order_by(*SORTS.get(sort, SORTS["-days_late"]))


def register_row(v: dict) -> RegisterRow:
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
        reported_on=local_day(v["reported_at"]),
        accepted_on=local_day(v["accepted_at"]),
        kind=v["kind"],
        days_late=v["days_late"] or 0,
        status_class=v["status_class"],
    )


def delay_register(organisation_id: int, **filters) -> list[RegisterRow]:
    """Every row of the register, sorted (for small periods and tests; pages and exports read
    `delay_register_rows` in slices or chunks). Call `register_details` on the rows shown."""
    return [register_row(v) for v in delay_register_rows(organisation_id, **filters)]


def register_chunks(rows: QuerySet, size: int = 1000) -> Iterator[list[RegisterRow]]:
    """The rows of `delay_register_rows` in chunks with their details: constant queries per chunk,
    memory bounded by the chunk whatever the register's length."""
    chunk = []
    for v in rows.iterator(chunk_size=size):
        chunk.append(register_row(v))
        if len(chunk) >= size:
            yield register_details(chunk)
            chunk = []
    if chunk:
        yield register_details(chunk)


def register_details(rows: list[RegisterRow]) -> list[RegisterRow]:
    """Fill lead units, extensions, returns, waivers and escalations of these rows (constant queries)."""
    ids = [row.id for row in rows]
    if not ids:
        return rows
    by_id = {row.id: row for row in rows}
    for work_item_id, unit_name in (
        WorkItemUnit.objects.filter(work_item_id__in=ids, role=WorkItemUnit.Role.LEAD)
        .order_by("position", "id")
        .values_list("work_item_id", "unit__name")
    ):
        by_id[work_item_id].lead_units.append(unit_name)
    for event in AuditEvent.objects.filter(
        work_item_id__in=ids, verb__in=[VERB_EXTEND, VERB_RETURN]
    ).order_by("seq"):
        entry = {"at": event.created_at, "by": event.actor_name, "reason": event.reason, "seq": event.seq}
        if event.verb == VERB_RETURN:
            by_id[event.work_item_id].returns.append(entry)
        else:
            before, after = (event.changes.get("due_date") or [None, None])[:2]
            by_id[event.work_item_id].extensions.append(
                {**entry, "from": before, "to": after, "requested_by": "", "requested_at": None}
            )
    _requesters(ids, by_id)
    for waiver in DelayWaiver.objects.filter(work_item_id__in=ids).select_related("granted_by", "revoked_by"):
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
    escalations = _escalations(ids)
    for work_item_id, entries in escalations.items():
        by_id[work_item_id].escalations.extend(entries)
    return rows


def _requesters(ids: list[int], by_id: dict[int, RegisterRow]) -> None:
    """Who asked for each granted extension, and when (one query). A deadline the director
    moved without a request keeps an empty requester."""
    requests = defaultdict(list)
    for request in (
        ExtensionRequest.objects.filter(work_item_id__in=ids, state=ExtensionRequest.State.GRANTED)
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


def _escalations(ids: list[int]) -> dict[int, list[dict]]:
    """Escalation steps fired for these items, from the audit trail (verb `work_item.escalate`),
    with the recipients' names (one query for all)."""
    found = defaultdict(list)
    events = AuditEvent.objects.filter(work_item_id__in=ids, verb__startswith="work_item.escalat").order_by(
        "seq"
    )
    for event in with_recipient_names(events):
        found[event.work_item_id].append(
            {
                "at": event.created_at,
                "step": event.changes.get("step", ""),
                "to": ", ".join(getattr(event, "recipient_names", [])),
            }
        )
    return found
