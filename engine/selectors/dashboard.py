"""The leadership dashboard's figures, in a fixed number of queries whatever the item count.

Completion by unit, overdue items at each month end, items by status class
(`engine.deadlines.status`) and the
programme's months as a timeline; every figure carries the filter that drills down to
its items on the work-item list.

One computation, two sources: `dashboard_counts` groups the items into `DashboardCount` rows
(three passes over every item), which `engine.services.oversight_snapshot` stores as of a
snapshot; `dashboard_stored` sums the stored rows — a few hundred per programme, whatever the
item count — and `dashboard_data` (the live figures, before an organisation's first snapshot)
sums the rows just computed, both through `_figures`. The page reads the stored figures and
shows when they were taken.
"""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from django.db.models import BooleanField, Case, Count, Q, Value, When
from django.db.models.functions import TruncMonth
from django.utils import timezone

from engine.deadlines.calendar import calendar_for
from engine.deadlines.status import StatusClass, next_report_due, status_expression
from engine.models import DashboardCount, OversightSnapshot, Programme, Unit, WorkItem, WorkItemUnit
from engine.selectors.scoring_evidence import end_of

S = WorkItem.State
OPEN = [S.ASSIGNED, S.IN_PROGRESS, S.REPORTED]
LIVE = Q(state__in=[*OPEN, S.ACCEPTED])


def _month_ends(today: date, months: int) -> list[date]:
    ends, cursor = [], today.replace(day=1) - timedelta(days=1)
    ends.append(today)
    for _ in range(months - 1):
        ends.append(cursor)
        cursor = cursor.replace(day=1) - timedelta(days=1)
    return list(reversed(ends))


def _overdue_by(end: date, prefix: str = "") -> Q:
    """Items overdue at the end of day `end`: due before it, assigned by then, not accepted by then."""
    return (
        Q(**{f"{prefix}due_date__lt": end})
        & (Q(**{f"{prefix}accepted_at__isnull": True}) | Q(**{f"{prefix}accepted_at__gte": end_of(end)}))
        & Q(**{f"{prefix}assigned_at__lt": end_of(end)})
    )


def _programmes(organisation_id: int) -> list[dict]:
    return list(
        Programme.objects.filter(organisation_id=organisation_id)
        .exclude(state__in=Programme.UNPUBLISHED)
        .values("id", "title")
    )


def dashboard_data(organisation_id: int, *, today: date, programme_id: int | None = None) -> dict:
    """The dashboard's figures computed from the items now (the live computation, before an
    organisation's first snapshot): `dashboard_counts` summed as `dashboard_stored` sums the stored rows."""
    counts = (
        (row.figure, row.unit_id, row.state, row.status_class, row.month, row.overdue, row.n)
        for row in dashboard_counts(organisation_id, today=today)
        if not programme_id or row.programme_id == programme_id
    )
    return _figures(organisation_id, counts, today=today, programme_id=programme_id)


def dashboard_counts(organisation_id: int, *, today: date) -> list[DashboardCount]:
    """The rows `dashboard_stored` sums, per programme, as of `today` (unsaved; three queries).

    `item`: live items by state, status class, due month and "overdue now"; `unit`: lead-unit links
    by unit, accepted and "overdue now"; `trend`: overdue items at each of the twelve month ends.
    """
    items = WorkItem.objects.filter(LIVE, organisation_id=organisation_id).order_by()
    overdue_now = Case(
        When(Q(state__in=OPEN, due_date__lt=today), then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    org = {"organisation_id": organisation_id}
    rows = [
        DashboardCount(
            **org,
            figure=DashboardCount.ITEM,
            programme_id=row["programme_id"],
            state=row["state"],
            status_class=row["_status"] or "",
            month=row["_month"],
            overdue=row["_overdue"],
            n=row["n"],
        )
        for row in items.annotate(next_report_due=next_report_due())
        .annotate(
            _status=status_expression(today, calendar_for(organisation_id)),
            _month=TruncMonth("due_date"),
            _overdue=overdue_now,
        )
        .values("programme_id", "state", "_status", "_month", "_overdue")
        .annotate(n=Count("pk"))
    ]
    rows += [
        DashboardCount(
            **org,
            figure=DashboardCount.UNIT,
            programme_id=row["work_item__programme_id"],
            unit_id=row["unit_id"],
            state=row["work_item__state"] if row["work_item__state"] == S.ACCEPTED else "",
            overdue=row["_overdue"],
            n=row["n"],
        )
        for row in WorkItemUnit.objects.filter(work_item__in=items, role=WorkItemUnit.Role.LEAD)
        .annotate(
            _overdue=Case(
                When(Q(work_item__state__in=OPEN, work_item__due_date__lt=today), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .values("work_item__programme_id", "unit_id", "work_item__state", "_overdue")
        .annotate(n=Count("work_item_id"))
        .order_by()
    ]
    month_ends = _month_ends(today, 12)
    for row in items.values("programme_id").annotate(
        **{f"m{i}": Count("pk", filter=_overdue_by(end)) for i, end in enumerate(month_ends)}
    ):
        rows += [
            DashboardCount(
                **org,
                figure=DashboardCount.TREND,
                programme_id=row["programme_id"],
                month=end,
                n=row[f"m{i}"],
            )
            for i, end in enumerate(month_ends)
        ]
    return rows


def dashboard_stored(organisation_id: int, *, programme_id: int | None = None) -> dict | None:
    """The dashboard's figures summed from the stored counts (as of `as_of`), or None when the
    organisation has no snapshot yet. Equal to the figures computed from the items on the snapshot's
    day, as they were then (tests/oversight/test_oversight_snapshot.py compares them)."""
    snapshot = OversightSnapshot.objects.filter(organisation_id=organisation_id).first()
    if snapshot is None:
        return None
    counts = DashboardCount.objects.filter(organisation_id=organisation_id)
    if programme_id:
        counts = counts.filter(programme_id=programme_id)
    rows = counts.values_list("figure", "unit_id", "state", "status_class", "month", "overdue", "n")
    data = _figures(organisation_id, rows, today=snapshot.day, programme_id=programme_id)
    data["as_of"] = timezone.localtime(snapshot.taken_at).isoformat()
    return data


def _figures(organisation_id: int, counts: Iterable[tuple], *, today: date, programme_id: int | None) -> dict:
    """The dashboard's figures as of `today`, summed from `DashboardCount` values (figure, unit,
    state, status class, month, overdue, n), stored or just computed."""
    units: dict[int, dict] = defaultdict(lambda: {"total": 0, "accepted": 0, "overdue": 0})
    trend: dict[date, int] = defaultdict(int)
    by_state: dict[str, int] = defaultdict(int)
    by_class: dict[str, int] = defaultdict(int)
    months: dict[date, dict] = defaultdict(lambda: {"total": 0, "accepted": 0, "overdue": 0})
    for figure, unit_id, state, status_class, month, overdue, n in counts:
        if figure == DashboardCount.UNIT:
            unit = units[unit_id]
            unit["total"] += n
            unit["accepted"] += n if state == S.ACCEPTED else 0
            unit["overdue"] += n if overdue else 0
        elif figure == DashboardCount.TREND:
            trend[month] += n
        else:
            by_state[state] += n
            by_class[status_class] += n
            if month is not None:
                timeline = months[month]
                timeline["total"] += n
                timeline["accepted"] += n if state == S.ACCEPTED else 0
                timeline["overdue"] += n if overdue else 0
    names = (
        Unit.objects.filter(pk__in=list(units))
        .order_by("position", "name")
        .values("id", "name", "short_name")
    )
    completion = [
        {
            "unit_id": u["id"],
            "unit": u["short_name"] or u["name"],
            **units[u["id"]],
            "pct": round(100 * units[u["id"]]["accepted"] / units[u["id"]]["total"], 1),
        }
        for u in names
    ]
    return {
        "today": today.isoformat(),
        "programme_id": programme_id,
        "programmes": _programmes(organisation_id),
        "completion_by_unit": completion,
        "overdue_trend": [
            {"month": end.strftime("%Y-%m"), "overdue": trend.get(end, 0)} for end in _month_ends(today, 12)
        ],
        "by_state": dict(by_state),
        "by_status_class": [
            {"code": code, "label": str(label), "count": by_class[code], "filter": {"status": code}}
            for code, label in StatusClass.choices
            if by_class.get(code)
        ],
        "timeline": [
            {"month": month.strftime("%Y-%m"), **row, "open": row["total"] - row["accepted"] - row["overdue"]}
            for month, row in sorted(months.items())
        ],
    }
