"""The leadership dashboard's figures, in a fixed number of queries whatever the item count.

Completion by unit, overdue items at each month end, items by status class
(`engine.deadlines.status`, one aggregate query) and the
programme's months as a timeline; every figure carries the filter that drills down to
its items on the work-item list.
"""

from datetime import date, timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth

from engine.deadlines.calendar import calendar_for
from engine.deadlines.status import StatusClass, status_counts
from engine.models import Programme, WorkItem, WorkItemUnit
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


def dashboard_data(organisation_id: int, *, today: date, programme_id: int | None = None) -> dict:
    items = WorkItem.objects.filter(LIVE, organisation_id=organisation_id)
    if programme_id:
        items = items.filter(programme_id=programme_id)
    overdue_now = Q(state__in=OPEN, due_date__lt=today)

    by_unit = (
        WorkItemUnit.objects.filter(work_item__in=items, role=WorkItemUnit.Role.LEAD)
        .values("unit_id", "unit__name", "unit__short_name", "unit__position")
        .annotate(
            total=Count("work_item_id"),
            accepted=Count("work_item_id", filter=Q(work_item__state=S.ACCEPTED)),
            overdue=Count("work_item_id", filter=Q(work_item__state__in=OPEN, work_item__due_date__lt=today)),
        )
        .order_by("unit__position", "unit__name")
    )
    completion = [
        {
            "unit_id": row["unit_id"],
            "unit": row["unit__short_name"] or row["unit__name"],
            "total": row["total"],
            "accepted": row["accepted"],
            "overdue": row["overdue"],
            "pct": round(100 * row["accepted"] / row["total"], 1) if row["total"] else 0,
        }
        for row in by_unit
    ]

    month_ends = _month_ends(today, 12)
    trend_counts = items.aggregate(
        **{
            f"m{i}": Count(
                "pk",
                filter=Q(due_date__lt=end)
                & (Q(accepted_at__isnull=True) | Q(accepted_at__gte=end_of(end)))
                & Q(assigned_at__lt=end_of(end)),
            )
            for i, end in enumerate(month_ends)
        }
    )
    trend = [
        {"month": end.strftime("%Y-%m"), "overdue": trend_counts[f"m{i}"]} for i, end in enumerate(month_ends)
    ]

    by_state = {row["state"]: row["n"] for row in items.values("state").annotate(n=Count("pk")).order_by()}
    counts = status_counts(items, today, calendar_for(organisation_id))
    by_status_class = [
        {"code": code, "label": str(label), "count": counts[code], "filter": {"status": code}}
        for code, label in StatusClass.choices
        if counts[code]
    ]

    timeline_rows = (
        items.filter(due_date__isnull=False)
        .annotate(month=TruncMonth("due_date"))
        .values("month")
        .annotate(
            total=Count("pk"),
            accepted=Count("pk", filter=Q(state=S.ACCEPTED)),
            overdue=Count("pk", filter=overdue_now),
        )
        .order_by("month")
    )
    timeline = [
        {
            "month": row["month"].strftime("%Y-%m"),
            "total": row["total"],
            "accepted": row["accepted"],
            "overdue": row["overdue"],
            "open": row["total"] - row["accepted"] - row["overdue"],
        }
        for row in timeline_rows
    ]
    programmes = list(
        Programme.objects.filter(organisation_id=organisation_id)
        .exclude(state__in=Programme.UNPUBLISHED)
        .values("id", "title")
    )
    return {
        "today": today.isoformat(),
        "programme_id": programme_id,
        "programmes": programmes,
        "completion_by_unit": completion,
        "overdue_trend": trend,
        "by_state": by_state,
        "by_status_class": by_status_class,
        "timeline": timeline,
    }
