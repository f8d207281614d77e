"""The demo driver: seed programmes approved through the flow, a realistic spread, idempotent."""

from datetime import date

import pytest
from django.core.management import call_command
from viewflow.workflow.status import PROCESS

from engine.demo_drive import drive_demo
from engine.models import ExtensionRequest, Programme, WorkItem
from flows.models import CompletionReviewProcess, ProgrammeApprovalProcess


@pytest.mark.django_db
def test_drive_approves_the_programme_and_spreads_items_across_states(world):
    for month in range(1, 13):
        for n in range(2):
            world.item(content=f"Nhiệm vụ {month}.{n}", due=date(2026, month, 28))
    summary = drive_demo([world.org], today=date(2026, 7, 1))
    assert summary.published == 1
    assert Programme.objects.get(pk=world.programme.pk).state == "published"
    assert ProgrammeApprovalProcess.objects.get(programme=world.programme).status == PROCESS.DONE
    states = set(WorkItem.objects.filter(programme=world.programme).values_list("state", flat=True))
    assert {"assigned", "in_progress", "reported", "accepted"} <= states
    assert set(ExtensionRequest.objects.values_list("state", flat=True)) == {"granted", "refused"}
    assert summary.moves["returned"] >= 1 and summary.moves["overdue"] >= 1
    call_command("flow_steps")  # the items' review steps, pending until the relay (or this) runs them
    open_reviews = CompletionReviewProcess.objects.filter(status=PROCESS.NEW).count()
    assert open_reviews == WorkItem.objects.exclude(state="accepted").count()
    again = drive_demo([world.org], today=date(2026, 7, 1))
    assert again.published == 0 and again.moves == {}


@pytest.mark.django_db
def test_the_demo_year_is_dated_as_it_happened(world):
    from django.utils import timezone

    from engine.models import AuditEvent
    from engine.scoring.periods import period_of
    from engine.services.scoring import evaluation_compute

    for month in range(1, 13):
        for n in range(3):
            world.item(content=f"Nhiệm vụ {month}.{n}", due=date(2026, month, 10 + 5 * n))
    today = date(2026, 12, 3)
    summary = drive_demo([world.org], today=today)
    programme = Programme.objects.get(pk=world.programme.pk)
    assert timezone.localdate(programme.published_at) == date(2026, 1, 6)  # five days into the year
    items = WorkItem.objects.filter(programme=programme)
    reported = [
        timezone.localdate(t) for t in items.exclude(reported_at=None).values_list("reported_at", flat=True)
    ]
    accepted = [
        timezone.localdate(t) for t in items.exclude(accepted_at=None).values_list("accepted_at", flat=True)
    ]
    assert reported and accepted and max(reported + accepted) <= today
    assert len({d.month for d in accepted}) >= 8  # spread across the year, not all in December
    assert all(d.weekday() < 5 for d in reported + accepted)
    assert summary.moves["accepted_late"] >= 1 and summary.moves["overdue"] >= 1
    # The audit trail reads in date order.
    submitted = AuditEvent.objects.get(organisation=world.org, verb="programme.submit").seq
    events = AuditEvent.objects.filter(organisation=world.org, seq__gte=submitted).order_by("seq")
    stamps = list(events.values_list("created_at", flat=True))
    assert stamps == sorted(stamps)
    # The December evaluation of the year finds completed, late and overdue work.
    ev = evaluation_compute(
        organisation=world.org, actor=world.evaluator, period=period_of("year", 2026), as_of=today
    )
    counts = ev.result["total"]["counts"]
    assert counts["on_time"] >= 5 and counts["late"] >= 1 and counts["overdue"] >= 1
    assert ev.result["total"]["score"]["score"] not in (None, "0.00")


@pytest.mark.django_db
def test_a_programme_of_a_past_year_is_closed_after_its_year(world):
    from django.utils import timezone

    from engine.services.programmes import programme_create

    past = programme_create(
        organisation=world.org,
        actor=world.secretariat,
        title="Chương trình công tác năm 2025",
        kind=Programme.Kind.YEAR,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
    )
    from engine.services.programmes import work_item_create

    for month in (3, 9):
        work_item_create(
            programme=past,
            actor=world.secretariat,
            content=f"Việc {month}",
            lead_units=[world.unit_a],
            due_date=date(2025, month, 20),
            due_text="",
        )
    drive_demo([world.org], today=date(2026, 3, 2))
    past = Programme.objects.get(pk=past.pk)
    assert past.state == "closed"
    assert timezone.localdate(past.closed_at) == date(2026, 1, 15)
    assert timezone.localdate(past.published_at) == date(2025, 1, 6)
