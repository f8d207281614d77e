"""What a sweep tells people: each person once — one item's notice, or one grouped summary.

Called by engine.services.escalation with the firings the sweep won, inside its
transaction; it only emits domain events (notifications writes the rows).
"""

from collections import defaultdict
from datetime import date
from urllib.parse import urlencode

from django.urls import reverse

from engine.deadlines import ladder as L
from engine.events import DomainEvent, emit
from engine.models import EscalationFiring

DEADLINE, PERIOD = EscalationFiring.Subject.DEADLINE, EscalationFiring.Subject.REPORT_PERIOD


def _firing_kind(step: L.Step) -> str:
    return "digest" if step.is_digest else ("reminder" if step.offset <= 0 else "overdue")


def escalation_announce(org_id: int, fired: list, by_number, today: date) -> None:
    """Tell each person once per sweep.

    Someone named by one firing reads about that item (its own event, as before); someone
    named by several gets one `work_item.escalated_summary` with the counts and a link to the list
    of the items escalated today. Per-item detail stays in the audit and on each item page.
    """
    per_person: dict[int, list[int]] = defaultdict(list)  # user → indexes into `fired`
    for index, f in enumerate(fired):
        for user_id in f.recipients:
            per_person[user_id].append(index)
    single: dict[int, list[int]] = defaultdict(list)  # index → the users it is all about
    for user_id, theirs in per_person.items():
        if len(theirs) == 1:
            single[theirs[0]].append(user_id)
    for index, f in enumerate(fired):
        if index in single:
            _announce_one(org_id, f, by_number[f.step], sorted(single[index]))
    for user_id, theirs in sorted(per_person.items()):
        if len(theirs) > 1:
            _announce_summary(org_id, user_id, [fired[i] for i in theirs], by_number, today)


def _announce_one(org_id: int, f, step: L.Step, recipient_ids: list[int]) -> None:
    kind = _firing_kind(step)
    if f.subject == PERIOD:
        event_kind = (
            "period_report.due" if step.offset <= 0 and not step.is_digest else "period_report.missed"
        )
        data = {"period_id": f.period, "due_date": f.deadline.isoformat()}
    else:
        event_kind = "work_item.escalated"
        data = {"deadline": f.deadline.isoformat()}
    data |= {"step": f.step, "kind": kind, "recipient_ids": recipient_ids, "occurrence": f.occurrence}
    emit(DomainEvent(event_kind, org_id, None, work_item_id=f.item, data=data))


def _announce_summary(org_id: int, user_id: int, theirs: list, by_number, today: date) -> None:
    items = {f.item for f in theirs}
    overdue = {
        f.item for f in theirs if f.subject == DEADLINE and _firing_kind(by_number[f.step]) != "reminder"
    }
    due_soon = {f.item for f in theirs if f.subject == DEADLINE} - overdue
    reports = {f.item for f in theirs if f.subject == PERIOD}
    units = {f.unit for f in theirs}
    unit_id = units.pop() if len(units) == 1 else None
    query = {"scope": "all", "escalated_on": today.isoformat()}
    if unit_id:
        query["unit"] = unit_id
    data = {
        "recipient_ids": [user_id],
        "count": len(items),
        "overdue": len(overdue),
        "due_soon": len(due_soon),
        "reports": len(reports),
        "unit_id": unit_id,
        "link": reverse("work_item_list") + "?" + urlencode(query),
    }
    emit(DomainEvent("work_item.escalated_summary", org_id, None, data=data))
