"""The inspectorate's delay register: every item that is or was late in a period.

An item is in the register for a period when one of its deadlines (the original or the
current one) falls in the period, or it was still overdue when the period began, and it
was late: its status class (`engine.deadlines.status`) is "in progress, overdue" or
"completed late", or it was extended after the deadline had already passed (read from
the audit trail). Days late are working days (the organisation's calendar).

The candidate rows come from one query; working days are counted in Python against a
prefix table (`WorkingDayIndex`), so sorting by days late is exact; the details shown for
a page of rows (extensions, returns, waivers, escalation firings) are one query each.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from engine.deadlines.calendar import WorkingCalendar, WorkingDayIndex, calendar_for
from engine.deadlines.status import LATE, StatusClass, status_label, with_status
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


def _lateness(row: dict, today: date, index: WorkingDayIndex) -> tuple[str, int]:
    """(kind, working days late): overdue until today, late until reported, or extended."""
    if row["status_class"] == StatusClass.IN_PROGRESS_OVERDUE:
        return "overdue", index.between(row["due_date"], today)
    if row["status_class"] in (StatusClass.REPORTED_LATE, StatusClass.COMPLETED_LATE):
        deadline = row["due_date_at_report"] or row["due_date"]
        done = local_day(row["reported_at"]) or local_day(row["accepted_at"])
        return "late", index.between(deadline, done)
    return "extended", 0  # kept only if an extension came after the deadline (checked below)


def delay_register(
    organisation_id: int,
    *,
    start: date,
    end: date,
    today: date | None = None,
    unit_id: int | None = None,
    leader_id: int | None = None,
    programme_id: int | None = None,
    sort: str = "-days_late",
) -> list[RegisterRow]:
    """The register's rows, sorted; call `register_details` on the rows a page shows."""
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
    values = list(
        items.values(
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
            "due_date_at_report",
            "reported_at",
            "accepted_at",
            "status_class",
        )
    )
    if not values:
        return []
    low = min(min(v["due_date"], v["original_due_date"] or v["due_date"]) for v in values)
    index = WorkingDayIndex(
        calendar_for(organisation_id), low - timedelta(days=1), max(today, end) + timedelta(days=400)
    )
    rows, extended = [], []
    for v in values:
        lateness = _lateness(v, today, index)
        row = RegisterRow(
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
            kind=lateness[0],
            days_late=lateness[1],
            status_class=v["status_class"],
        )
        rows.append(row)
        if row.kind == "extended":
            extended.append(row)
    if extended:
        rows = _keep_late_extensions(rows, extended, index)
    return sort_rows(rows, sort)


def _keep_late_extensions(rows, extended, index) -> list[RegisterRow]:
    """An extended item stays only if an extension was granted after its deadline had passed."""
    late_by: dict[int, int] = {}
    ids = [row.id for row in extended]
    for work_item_id, created_at, changes in AuditEvent.objects.filter(
        work_item_id__in=ids, verb=VERB_EXTEND
    ).values_list("work_item_id", "created_at", "changes"):
        before = (changes.get("due_date") or [None])[0]
        if not before:
            continue
        deadline, granted = date.fromisoformat(str(before)[:10]), local_day(created_at)
        if granted > deadline:
            late_by[work_item_id] = max(late_by.get(work_item_id, 0), index.between(deadline, granted))
    kept = []
    for row in rows:
        if row.kind != "extended":
            kept.append(row)
        elif row.id in late_by:
            row.days_late = late_by[row.id]
            kept.append(row)
    return kept


SORTS = {
    "-days_late": (lambda r: (-r.days_late, r.due_date, r.id)),
    "days_late": (lambda r: (r.days_late, r.due_date, r.id)),
    "due_date": (lambda r: (r.due_date, r.id)),
    "-due_date": (lambda r: (-r.due_date.toordinal(), r.id)),
}


def sort_rows(rows: list[RegisterRow], sort: str) -> list[RegisterRow]:
    return sorted(rows, key=SORTS.get(sort, SORTS["-days_late"]))


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
