"""What the periodic report says per unit, compiled from the items and the units' reports.

For the data window (Nghị định 09/2019 cut-off): per lead unit, the items completed
(accepted in the window), in progress (open, with their latest progress note), slipped
(open at the cut-off past their deadline, or completed late, with the reason the
record gives: the last progress note, the extension's reason or the objective cause),
and indicator attainment. A fixed number of queries, whatever the number of items.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q

from engine.models import AuditEvent, DelayWaiver, ProgressReport, Unit, WorkItem, WorkItemUnit
from engine.selectors.scoring_evidence import VERB_EXTEND, end_of, local_day

S = WorkItem.State
OPEN = [S.ASSIGNED, S.IN_PROGRESS, S.REPORTED]


@dataclass
class ReportLine:
    id: int
    ref: str
    content: str
    due_date: date | None
    state: str
    note: str = ""
    attainment_pct: Decimal | None = None
    indicator: str = ""


@dataclass
class UnitSection:
    unit_id: int
    name: str
    completed: list[ReportLine] = field(default_factory=list)
    in_progress: list[ReportLine] = field(default_factory=list)
    slipped: list[ReportLine] = field(default_factory=list)
    indicators: list[ReportLine] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.completed or self.in_progress or self.slipped)


@dataclass
class PeriodicReportData:
    start: date
    end: date
    units: list[UnitSection]

    def total(self, part: str) -> int:
        return sum(len(getattr(u, part)) for u in self.units)


def _attainment(item: dict) -> Decimal | None:
    target, actual = item["indicator_target"], item["indicator_actual"]
    if target in (None, 0) or actual is None:
        return None
    return (Decimal(actual) * 100 / Decimal(target)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _open_at(item: dict, before) -> bool:
    assigned, accepted, cancelled = item["assigned_at"], item["accepted_at"], item["cancelled_at"]
    return bool(assigned and assigned < before and not (accepted and accepted < before)) and not (
        cancelled and cancelled < before
    )


def periodic_report_data(organisation_id: int, start: date, end: date) -> PeriodicReportData:
    since, before = end_of(start - timedelta(days=1)), end_of(end)
    # Open at the cut-off: assigned before it, neither accepted nor cancelled before it.
    open_then = (
        Q(assigned_at__lt=before)
        & (Q(accepted_at__isnull=True) | Q(accepted_at__gte=before))
        & (Q(cancelled_at__isnull=True) | Q(cancelled_at__gte=before))
    )
    items = WorkItem.objects.filter(organisation_id=organisation_id).filter(
        Q(accepted_at__gte=since, accepted_at__lt=before)
        | (open_then & Q(due_date__lte=end))
        | (open_then & Q(reports__created_at__gte=since, reports__created_at__lt=before))
    )
    items = WorkItem.objects.filter(pk__in=items.values("pk"))
    notes: dict[int, str] = {}
    for work_item_id, text in (
        ProgressReport.objects.filter(work_item__in=items, created_at__lt=before)
        .order_by("work_item_id", "created_at", "id")
        .values_list("work_item_id", "text")
    ):
        notes[work_item_id] = text  # the latest wins
    extension_reasons: dict[int, str] = {}
    for work_item_id, reason in (
        AuditEvent.objects.filter(work_item__in=items, verb=VERB_EXTEND, created_at__lt=before)
        .order_by("seq")
        .values_list("work_item_id", "reason")
    ):
        extension_reasons[work_item_id] = reason
    waivers = dict(
        DelayWaiver.objects.active().filter(work_item__in=items).values_list("work_item_id", "reason")
    )
    leads = defaultdict(list)
    for work_item_id, unit_id in (
        WorkItemUnit.objects.filter(work_item__in=items, role=WorkItemUnit.Role.LEAD)
        .order_by("position")
        .values_list("work_item_id", "unit_id")
    ):
        leads[work_item_id].append(unit_id)
    units = {
        u.pk: UnitSection(u.pk, u.name)
        for u in Unit.objects.filter(organisation_id=organisation_id).order_by("position", "name")
    }
    fields = (
        "id",
        "ref",
        "content",
        "due_date",
        "state",
        "reported_at",
        "accepted_at",
        "due_date_at_report",
        "assigned_at",
        "cancelled_at",
    )
    for item in items.order_by("due_date", "id").values(
        *fields, "indicator_name", "indicator_target", "indicator_actual"
    ):
        line = ReportLine(item["id"], item["ref"], item["content"], item["due_date"], item["state"])
        accepted = local_day(item["accepted_at"])
        reported = local_day(item["reported_at"])
        late_done = (
            accepted and reported and item["due_date_at_report"] and reported > item["due_date_at_report"]
        )
        parts = []
        if accepted and start <= accepted <= end:
            parts.append("completed")
            if late_done:
                parts.append("slipped")
        elif _open_at(item, before):
            overdue = item["due_date"] is not None and item["due_date"] < end
            parts.append("slipped" if overdue else "in_progress")
        if item["indicator_target"] is not None:
            line.indicator = item["indicator_name"]
            line.attainment_pct = _attainment(item)
            parts.append("indicators")
        line.note = waivers.get(item["id"]) or extension_reasons.get(item["id"]) or notes.get(item["id"], "")
        for unit_id in leads.get(item["id"], []):
            for part in parts:
                getattr(units[unit_id], part).append(line)
    return PeriodicReportData(start, end, [u for u in units.values() if not u.is_empty])
