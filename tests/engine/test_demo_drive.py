"""The demo driver: seed programmes approved through the flow, a realistic spread, idempotent."""

from datetime import date

import pytest
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
    open_reviews = CompletionReviewProcess.objects.filter(status=PROCESS.NEW).count()
    assert open_reviews == WorkItem.objects.exclude(state="accepted").count()
    again = drive_demo([world.org], today=date(2026, 7, 1))
    assert again.published == 0 and again.moves == {}
