"""Bringing the demo organisations to life: approve the seed programmes, then move their items.

Everything goes through the engine's services (so the approval flows follow through
their events, exactly as when people click), each step run as of the date it would have
happened (`engine.demo_clock`): a draft programme is submitted by the secretariat and
approved by the director a few days into its period (publishing assigns every item);
then a deterministic spread of items, chosen across the whole period, is started,
reported on time or late, returned, accepted, left overdue, and extensions are granted
and refused — each step dated around the item's deadline, and only the steps dated up to
today happen. The steps run in date order, so the audit trail reads as the year went.
A programme whose period ended more than a fortnight ago is closed. Running it again
changes nothing: only draft programmes and untouched items are driven.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from engine.deadlines.calendar import calendar_for
from engine.demo_clock import clock_at, moment_on
from engine.exceptions import DomainError
from engine.models import (
    ExtensionRequest,
    Membership,
    Organisation,
    OrgRole,
    Programme,
    Unit,
    User,
    WorkItem,
    WorkItemUnit,
)
from engine.services import extensions as ext_svc
from engine.services import programmes as prog_svc
from engine.services import work_items as svc
from engine.services.escalation import escalation_sweep

S = WorkItem.State
R = OrgRole.Role

# What happens to the n-th untouched item (cycled): past-due items and future ones differ.
# Mostly done, some late, a few overdue, returned or extended: a department's ordinary year.
PAST_DUE = [
    "accept",
    "accept",
    "late",
    "refuse",
    "accept",
    "overdue",
    "extend",
    "accept",
    "report",
    "return",
    "accept",
    "late",
    "accept",
    "accept",
]
AHEAD = ["start", "accept", "report", "assigned", "return", "accept", "extend", "start", "refuse", "assigned"]


@dataclass
class DriveSummary:
    published: int = 0
    moves: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.moves[what] = self.moves.get(what, 0) + 1


def _holder(organisation: Organisation, role: str) -> User | None:
    row = OrgRole.objects.active().filter(organisation=organisation, role=role).select_related("user").first()
    return row.user if row else None


def _heads(organisation: Organisation) -> dict[int, User]:
    heads: dict[int, User] = {}
    for membership in (
        Membership.objects.active()
        .filter(unit__organisation=organisation, role=Membership.Role.HEAD)
        .select_related("user")
    ):
        heads.setdefault(membership.unit_id, membership.user)
    return heads


def _staff(organisation: Organisation) -> dict[int, User]:
    staff: dict[int, User] = {}
    for membership in (
        Membership.objects.active()
        .filter(unit__organisation=organisation, role=Membership.Role.STAFF)
        .select_related("user")
    ):
        staff.setdefault(membership.unit_id, membership.user)
    return staff


def _working_day(day: date) -> date:
    """`day`, or the Monday after it when it falls on a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _approval_day(programme: Programme, today: date) -> date:
    return min(_working_day(programme.period_start + timedelta(days=5)), today)


def _choose_lead(item: WorkItem, office: Unit, secretary: User) -> None:
    """As the secretariat would: the first coordinating unit leads, else the office."""
    coordinating = [link.unit for link in item.unit_links.select_related("unit").order_by("position")]
    lead = coordinating[0] if coordinating else office
    if coordinating:  # a unit is linked once: free it from coordinating before it leads
        item = svc.work_item_update(item=item, actor=secretary, data={}, coordinating_units=coordinating[1:])
    svc.work_item_update(item=item, actor=secretary, data={}, lead_units=[lead])


def _approve_programmes(organisation: Organisation, summary: DriveSummary, today: date) -> dict[int, date]:
    """Submit and publish the ready draft programmes, dated early in their period; {id: approval day}."""
    secretary, director = _holder(organisation, R.SECRETARIAT), _holder(organisation, R.DIRECTOR)
    approved: dict[int, date] = {}
    if secretary is None or director is None:
        return approved
    for programme in Programme.objects.filter(organisation=organisation, state=Programme.State.DRAFT):
        if not programme.items.exists():
            continue
        day = _approval_day(programme, today)
        orphans = programme.items.filter(state=S.DRAFTED).exclude(unit_links__role=WorkItemUnit.Role.LEAD)
        current = programme.period_start <= today <= programme.period_end
        office = Unit.objects.filter(organisation=organisation, kind=Unit.Kind.SECRETARIAT).first()
        if orphans.exists():
            if not current or office is None:
                continue  # a past draft stays a draft: the secretariat still has lead units to choose
            with clock_at(moment_on(day - timedelta(days=1), 14)):
                for item in orphans:
                    _choose_lead(item, office, secretary)
        with clock_at(moment_on(day - timedelta(days=1), 15)):
            try:
                programme = prog_svc.programme_submit(
                    programme=programme, actor=secretary, note="Kính trình Giám đốc phê duyệt."
                )
            except DomainError:
                continue  # e.g. a row the office cannot lead: left for the secretariat to finish
        with clock_at(moment_on(day, 10)):
            prog_svc.programme_publish(programme=programme, actor=director)
        approved[programme.pk] = day
        summary.published += 1
    return approved


def _close_past_programmes(organisation: Organisation, today: date) -> None:
    """Close the published programmes whose period ended more than a fortnight before today."""
    director = _holder(organisation, R.DIRECTOR)
    if director is None:
        return
    for programme in Programme.objects.filter(
        organisation=organisation, state=Programme.State.PUBLISHED, period_end__lt=today - timedelta(days=15)
    ):
        with clock_at(moment_on(_working_day(programme.period_end + timedelta(days=15)), 16)):
            prog_svc.programme_close(programme=programme, actor=director)


@dataclass
class _Plan:
    """One item's steps, each with the day it happens; only the steps up to today are run."""

    item_id: int
    plan: str
    head: User
    staff: User | None
    steps: list[tuple[date, str]]
    done: int = 0
    outcome: str = "assigned"


def _steps(plan: str, due: date, start_after: date) -> list[tuple[date, str]]:
    """The dated steps of `plan` for an item due on `due`, started after `start_after`."""
    if plan == "assigned":
        return []
    start = _working_day(max(start_after + timedelta(days=1), due - timedelta(days=25)))
    steps = [(start, "start")]
    if plan in ("start", "overdue"):
        return [*steps, (_working_day(start + timedelta(days=6)), "progress")]
    if plan in ("extend", "refuse"):
        asked = _working_day(max(start + timedelta(days=1), due - timedelta(days=6)))
        return [*steps, (asked, "ask"), (_working_day(asked + timedelta(days=2)), plan)]
    if plan == "late":
        reported = _working_day(max(start, due) + timedelta(days=6))
    else:
        reported = _working_day(max(start + timedelta(days=1), due - timedelta(days=3)))
        if reported > due:  # a weekend pushed it past the deadline: report the Friday before
            reported = max(start, reported - timedelta(days=3))
    steps.append((reported, "report"))
    if plan == "report":
        return steps
    decided = _working_day(reported + timedelta(days=2))
    if plan == "return":  # returned once, reported again and accepted
        again = _working_day(decided + timedelta(days=3))
        return [
            *steps,
            (decided, "return"),
            (again, "report"),
            (_working_day(again + timedelta(days=2)), "accept"),
        ]
    return [*steps, (decided, "accept")]


def _step(state: _Plan, action: str, director: User, today: date) -> None:
    """Run one dated step through the services (under the clock the caller set)."""
    item = WorkItem.objects.get(pk=state.item_id)
    actor = state.staff or state.head
    if action == "start":
        if state.staff is not None:
            item = svc.work_item_delegate(item=item, actor=state.head, assignee=state.staff)
        svc.work_item_start(item=item, actor=actor)
        state.outcome = state.plan if state.plan in ("start", "overdue") else "start"
    elif action == "progress":
        svc.work_item_add_report(item=item, actor=actor, text="Đang triển khai, đạt khoảng 40%.", percent=40)
    elif action == "ask":
        ext_svc.extension_request(
            item=item,
            actor=state.head,
            new_due_date=(item.due_date or today) + timedelta(days=30),
            reason="Chờ ý kiến thẩm định của Bộ Khoa học và Công nghệ.",
        )
    elif action in ("extend", "refuse"):
        request = item.extension_requests.filter(state=ExtensionRequest.State.PENDING).order_by("-pk").first()
        if action == "extend":
            ext_svc.extension_grant(extension=request, actor=director, note="Đồng ý gia hạn.")
            state.outcome = "extension_granted"
        else:
            ext_svc.extension_refuse(extension=request, actor=director, note="Đề nghị hoàn thành đúng hạn.")
            state.outcome = "extension_refused"
    elif action == "report":
        svc.work_item_report(
            item=item,
            actor=state.head,
            text="Đã hoàn thành nhiệm vụ; báo cáo kết quả kèm theo.",
            indicator_actual=_achieved(item),
        )
        state.outcome = "reported"
    elif action == "return":
        svc.work_item_return(item=item, actor=director, reason="Đề nghị bổ sung số liệu và minh chứng.")
        state.outcome = "returned"
    elif action == "accept":
        svc.work_item_accept(item=item, actor=director, note="Đạt yêu cầu.")
        state.outcome = {"late": "accepted_late", "return": "returned"}.get(state.plan, "accepted")


def _achieved(item) -> Decimal | None:
    """A figure achieved for an item with a target: 80–110 % of it, whole, the same every run."""
    if item.indicator_target is None:
        return None
    return (item.indicator_target * (80 + item.pk * 7 % 31) / 100).quantize(Decimal("1"))


SWEEP = "sweep"


def _sweep_days(organisation: Organisation, first: date, today: date) -> list[tuple]:
    """A sweep entry (before that day's steps) on the first working day of every week from
    `first` to `today`, and on `today`."""
    calendar = calendar_for(organisation.pk)
    days, monday = set(), first - timedelta(days=first.weekday())
    while monday <= today:
        day = calendar.next_working_day(monday)
        if first <= day <= today:
            days.add(day)
        monday += timedelta(days=7)
    days.add(today)
    return [(day, -1, -1, SWEEP) for day in sorted(days)]


def _spread(items: list, limit: int) -> list:
    """Up to `limit` of `items` (ordered by deadline), evenly spaced so every month has some."""
    if len(items) <= limit:
        return items
    return [items[i * len(items) // limit] for i in range(limit)]


def drive_demo(organisations, *, today: date | None = None, limit: int = 150) -> DriveSummary:
    """Approve the draft programmes of `organisations` and move up to `limit` items of each."""
    today = today or timezone.localdate()
    summary = DriveSummary()
    for organisation in organisations:
        approved = _approve_programmes(organisation, summary, today)
        director = _holder(organisation, R.DIRECTOR)
        heads, staff = _heads(organisation), _staff(organisation)
        driven = WorkItem.objects.filter(organisation=organisation, started_at__isnull=False).exists()
        if director is None or driven:
            _close_past_programmes(organisation, today)
            continue  # already driven: running seed_demo again changes nothing
        untouched = list(
            WorkItem.objects.filter(organisation=organisation, state=S.ASSIGNED, started_at__isnull=True)
            .exclude(extension_requests__isnull=False)
            .prefetch_related("unit_links")
            .select_related("programme")
            .order_by("due_date", "position", "id")
        )
        plans: list[_Plan] = []
        past = ahead = 0
        for item in _spread(untouched, limit):
            lead = [link.unit_id for link in item.unit_links.all() if link.role == WorkItemUnit.Role.LEAD]
            head = next((heads[u] for u in lead if u in heads), None)
            if head is None:
                continue
            due = item.due_date or item.programme.period_end
            if due < today:
                plan, past = PAST_DUE[past % len(PAST_DUE)], past + 1
            else:
                plan, ahead = AHEAD[ahead % len(AHEAD)], ahead + 1
            published = approved.get(item.programme_id) or _approval_day(item.programme, today)
            plans.append(_Plan(item.pk, plan, head, staff.get(lead[0]), _steps(plan, due, published)))
        # Every step of every item, in date order: the audit trail reads as the year went. The
        # escalation sweep runs at 07:00 of the first working day of each week (beat runs it every
        # quarter of an hour; weekly keeps seeding quick, and a sweep that finds steps it missed
        # fires the latest), so the reminders and warnings (who was told what, when) stand among
        # the steps.
        timeline = sorted(
            [
                (day, n, index, action)
                for index, state in enumerate(plans)
                for n, (day, action) in enumerate(state.steps)
                if day <= today
            ]
            + _sweep_days(organisation, min(approved.values(), default=today), today)
        )
        previous, minutes = None, 0
        for day, _n, index, action in timeline:
            if action == SWEEP:
                with clock_at(moment_on(day, 7)):
                    escalation_sweep(now=timezone.now(), organisation=organisation)
                continue
            minutes = minutes + 1 if day == previous else 0
            previous = day
            with clock_at(moment_on(day, 8) + timedelta(minutes=minutes)):
                _step(plans[index], action, director, today)
        for state in plans:
            summary.count(state.outcome)
        _close_past_programmes(organisation, today)
    return summary
