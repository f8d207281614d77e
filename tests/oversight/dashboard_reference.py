"""The dashboard's figures computed straight from the items, one figure a pass: the reference the
product's grouped counts (`engine.selectors.dashboard`, stored or live) are compared with."""

from datetime import date

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth

from engine.deadlines.calendar import calendar_for
from engine.deadlines.status import StatusClass, status_counts
from engine.models import WorkItem, WorkItemUnit
from engine.selectors.dashboard import LIVE, OPEN, _month_ends, _overdue_by, _programmes

S = WorkItem.State


def dashboard_reference(organisation_id: int, *, today: date, programme_id: int | None = None) -> dict:
    """The dashboard's figures computed from the items now, one figure a pass."""
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
        **{f"m{i}": Count("pk", filter=_overdue_by(end)) for i, end in enumerate(month_ends)}
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
    return {
        "today": today.isoformat(),
        "programme_id": programme_id,
        "programmes": _programmes(organisation_id),
        "completion_by_unit": completion,
        "overdue_trend": trend,
        "by_state": by_state,
        "by_status_class": by_status_class,
        "timeline": timeline,
    }
