"""The evidence behind an evaluation: each item due in a period, as it stood at a cut-off.

The period rule (docs/scoring.md): an item belongs to the period its current deadline
(after approved extensions) falls in; at the cut-off, an item not yet due, or reported in
time and waiting for the leadership, is listed but not scored; an item past its deadline
and not accepted counts as not completed; an item accepted by the cut-off counts as on
time or late by the day it was reported. Its state at the cut-off is rebuilt from the
audit trail and the reports, so an acceptance after the cut-off changes nothing in the
period and is shown as such (`accepted_later`).

One query per kind of row (items, lead units, audit events, reports, attachments,
waivers), whatever the number of items, each filtered by a join on the same item filter
rather than a list of ids. The result is plain dicts (JSON-ready, sorted) that
`engine.scoring.evaluation.build_result` aggregates. Returns and deadline extensions come
from the audit trail (verbs `work_item.return` and `work_item.extend_deadline`), which
records who, when and why for each.
"""

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from django.db.models import QuerySet
from django.utils import timezone

from engine.deadlines.calendar import WorkingCalendar, calendar_for
from engine.deadlines.status import StatusClass
from engine.models import Attachment, AuditEvent, DelayWaiver, ProgressReport, WorkItem, WorkItemUnit

S = WorkItem.State
VERB_ACCEPT = "work_item.accept"
VERB_RETURN = "work_item.return"
VERB_EXTEND = "work_item.extend_deadline"
VERB_REOPEN = "work_item.reopen"
PROGRESS_EVERY = 5000


def end_of(day: date) -> datetime:
    """The first instant after `day`, in the project's time zone."""
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def local_day(moment: datetime | None) -> date | None:
    return timezone.localtime(moment).date() if moment else None


def period_items(organisation_id: int, start: date, end: date) -> QuerySet[WorkItem]:
    """Items whose (current) deadline falls in the period; drafted and cancelled ones excluded."""
    return WorkItem.objects.filter(
        organisation_id=organisation_id, due_date__gte=start, due_date__lte=end
    ).exclude(state__in=[S.DRAFTED, S.CANCELLED])


def _iso(moment: datetime | None) -> str | None:
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def _text(value) -> str | None:
    return None if value is None else str(value)


def _events_by_item(items: QuerySet) -> dict[int, list[dict]]:
    """Every acceptance, return, extension and reopening, before and after the cut-off."""
    events = defaultdict(list)
    for row in (
        AuditEvent.objects.filter(
            work_item__in=items,
            verb__in=[VERB_ACCEPT, VERB_RETURN, VERB_EXTEND, VERB_REOPEN],
        )
        .order_by("seq")
        .values("work_item_id", "seq", "verb", "created_at", "actor_id", "actor_name", "reason", "changes")
    ):
        events[row["work_item_id"]].append(row)
    return events


def _reports_by_item(items: QuerySet, before: datetime) -> dict[int, list[dict]]:
    attachments = defaultdict(list)
    for row in (
        Attachment.objects.filter(report__work_item__in=items, created_at__lt=before)
        .order_by("id")
        .values("id", "report_id", "original_name", "size")
    ):
        attachments[row["report_id"]].append(
            {"id": row["id"], "name": row["original_name"], "size": row["size"]}
        )
    reports = defaultdict(list)
    for row in (
        ProgressReport.objects.filter(work_item__in=items, created_at__lt=before)
        .order_by("id")
        .values("id", "work_item_id", "kind", "created_at", "author__full_name", "author__username", "text")
    ):
        reports[row["work_item_id"]].append(
            {
                "id": row["id"],
                "created_at": row["created_at"],
                "kind": row["kind"],
                "at": _iso(row["created_at"]),
                "author": row["author__full_name"] or row["author__username"],
                "text": row["text"][:300],
                "attachments": attachments.get(row["id"], []),
            }
        )
    return reports


def _waivers_by_item(items: QuerySet) -> dict[int, dict]:
    return {
        row["work_item_id"]: {
            "id": row["id"],
            "reason": row["reason"],
            "at": _iso(row["granted_at"]),
            "by": row["granted_by__full_name"] or row["granted_by__username"],
        }
        for row in DelayWaiver.objects.active()
        .filter(work_item__in=items)
        .values("id", "work_item_id", "reason", "granted_at", "granted_by__full_name", "granted_by__username")
    }


def _extension_delays(extensions: list[dict]) -> int:
    """Extensions granted after the deadline they moved had already passed: each is a delay."""
    missed = 0
    for event in extensions:
        before = (event["changes"].get("due_date") or [None])[0]
        if before and local_day(event["created_at"]) > date.fromisoformat(str(before)[:10]):
            missed += 1
    return missed


def classify(
    item: dict, accepted_at: datetime | None, reported_at: datetime | None, as_of: date, cal: WorkingCalendar
) -> tuple[str, int, str]:
    """(outcome, working days late, status class) of an item as it stood at the cut-off.

    `accepted_at` and `reported_at` are the acceptance and the standing completion report
    at the cut-off (None if none). Outcomes: on_time / late (accepted), overdue (past the
    deadline and not accepted, reported late included), pending (not yet due, or reported
    in time and waiting for the leadership's decision: not scored).
    """
    due = item["due_date"]
    deadline = item["due_date_at_report"] or due
    C = StatusClass
    if accepted_at is not None:
        reported_day = local_day(reported_at) or local_day(accepted_at)
        if reported_day > deadline:
            return "late", cal.working_days_between(deadline, reported_day), C.COMPLETED_LATE
        return "on_time", 0, C.COMPLETED_ON_TIME
    if reported_at is not None:
        if local_day(reported_at) <= deadline:
            return "pending", 0, C.REPORTED_ON_TIME
        return "overdue", cal.working_days_between(due, as_of), C.REPORTED_LATE
    if due < as_of:
        return "overdue", cal.working_days_between(due, as_of), C.IN_PROGRESS_OVERDUE
    started = item["started_at"] is not None and local_day(item["started_at"]) <= as_of
    return "pending", 0, C.IN_PROGRESS_ON_TIME if started else C.NOT_YET_DUE


def _standing_acceptance(history: list[dict]) -> dict | None:
    """The last acceptance in `history` unless a reopening came after it."""
    accepts = [e for e in history if e["verb"] == VERB_ACCEPT]
    reopened = [e for e in history if e["verb"] == VERB_REOPEN]
    if accepts and (not reopened or reopened[-1]["seq"] < accepts[-1]["seq"]):
        return accepts[-1]
    return None


def _standing_report(item: dict, reports: list[dict], history: list[dict], before: datetime):
    """When the completion report standing at the cut-off was filed (None if none).

    The last completion report before the cut-off stands unless it was returned before the
    cut-off; items without report rows (imported as reported) fall back to `reported_at`.
    """
    filed = [r["created_at"] for r in reports if r["kind"] == "completion" and r["created_at"] < before]
    if not filed:
        legacy = item["reported_at"]
        if not reports and legacy and legacy < before and item["state"] in (S.REPORTED, S.ACCEPTED):
            return legacy
        return None
    last = filed[-1]
    if any(e["verb"] == VERB_RETURN and e["created_at"] > last for e in history):
        return None
    return last


ITEM_FIELDS = (
    "id",
    "ref",
    "content",
    "programme_id",
    "assignee_id",
    "leader_id",
    "state",
    "due_date",
    "original_due_date",
    "due_date_at_report",
    "reported_at",
    "accepted_at",
    "started_at",
    "indicator_name",
    "indicator_target",
    "indicator_actual",
)


def evaluation_evidence(
    organisation_id: int, start: date, end: date, as_of: date, *, progress=None
) -> list[dict]:
    """Every item due in [start, end] with what happened to it up to the end of `as_of`.

    `progress(n)`, if given, is told of every PROGRESS_EVERY items read.
    """
    before = end_of(as_of)
    items = period_items(organisation_id, start, end)
    cal = _RememberingCalendar(calendar_for(organisation_id))
    leads = defaultdict(list)
    for work_item_id, unit_id in (
        WorkItemUnit.objects.filter(work_item__in=items, role=WorkItemUnit.Role.LEAD)
        .order_by("work_item_id", "position", "unit_id")
        .values_list("work_item_id", "unit_id")
    ):
        leads[work_item_id].append(unit_id)
    events = _events_by_item(items)
    reports = _reports_by_item(items, before)
    waivers = _waivers_by_item(items)
    rows = []
    for item in items.order_by("id").values(*ITEM_FIELDS):
        everything = events.get(item["id"], [])
        history = [e for e in everything if e["created_at"] < before]
        acceptance = _standing_acceptance(history)
        accepted_at = acceptance["created_at"] if acceptance else None
        imported = item["state"] == S.ACCEPTED and not any(e["verb"] == VERB_ACCEPT for e in everything)
        if imported and item["accepted_at"] and item["accepted_at"] < before:
            accepted_at = item["accepted_at"]  # imported as accepted: the timestamp is the evidence
        item_reports = reports.get(item["id"], [])
        reported_at = _standing_report(item, item_reports, history, before)
        outcome, days_late, status_class = classify(item, accepted_at, reported_at, as_of, cal)
        later = None if accepted_at else _standing_acceptance(everything)
        extensions = [e for e in history if e["verb"] == VERB_EXTEND]
        delays = _extension_delays(extensions) + (1 if outcome in ("late", "overdue") else 0)
        if progress and len(rows) % PROGRESS_EVERY == 0 and rows:
            progress(PROGRESS_EVERY)
        rows.append(
            {
                "id": item["id"],
                "ref": item["ref"],
                "content": item["content"][:300],
                "programme_id": item["programme_id"],
                "lead_unit_ids": leads.get(item["id"], []),
                "assignee_id": item["assignee_id"],
                "leader_id": item["leader_id"],
                "due_date": item["due_date"].isoformat(),
                "original_due_date": _text(item["original_due_date"]),
                "outcome": outcome,
                "status_class": str(status_class),
                "days_late": days_late,
                "delays": delays,
                "acceptance": _event(acceptance) if acceptance else None,
                # Accepted after the cut-off: shown, but the period keeps the state at the cut-off.
                "accepted_later": _event(later) if later else None,
                "returns": [_event(e) for e in history if e["verb"] == VERB_RETURN],
                "extensions": [
                    {
                        **_event(e),
                        "from": _text(e["changes"].get("due_date", [None, None])[0]),
                        "to": _text(e["changes"].get("due_date", [None, None])[1]),
                    }
                    for e in extensions
                ],
                "reports": [{k: v for k, v in r.items() if k != "created_at"} for r in item_reports],
                "waiver": waivers.get(item["id"]),
                "indicator_name": item["indicator_name"],
                "indicator_target": _text(item["indicator_target"]),
                "indicator_actual": _text(item["indicator_actual"]),
            }
        )
    if progress and len(rows) % PROGRESS_EVERY:
        progress(len(rows) % PROGRESS_EVERY)
    return rows


class _RememberingCalendar:
    """The working days between two dates, counted once per pair: items share their deadlines."""

    def __init__(self, calendar: WorkingCalendar):
        self.working_days_between = lru_cache(maxsize=None)(calendar.working_days_between)


def _event(event: dict) -> dict:
    return {
        "seq": event["seq"],
        "at": _iso(event["created_at"]),
        "by": event["actor_name"],
        "reason": event["reason"],
    }
