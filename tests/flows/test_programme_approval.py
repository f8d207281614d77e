"""Programme approval: submit, send back with notes, resubmit, approve (publish); denials."""

import pytest
from viewflow.workflow.status import PROCESS

from engine.exceptions import ActionNotAllowed, InvalidInput
from engine.models import Programme, WorkItem
from engine.services.programmes import programme_submit
from flows.driver import task_assign, task_execute
from flows.models import CompletionReviewProcess
from flows.pending import steps_run


@pytest.fixture
def draft(world):
    for n in range(3):
        world.item(content=f"Nhiệm vụ {n}")
    return world.programme


@pytest.mark.django_db
def test_send_back_then_approve_publishes_and_assigns_every_item(world, draft, approval_of, task_of):
    programme_submit(programme=draft, actor=world.secretariat)
    process = approval_of(draft)
    approve = task_assign(task=task_of(process, "approve"), user=world.director)
    task_execute(task=approve, user=world.director, action="send_back", notes="Bổ sung chỉ tiêu.")
    revise = task_assign(task=task_of(process, "revise"), user=world.secretariat)
    task_execute(task=revise, user=world.secretariat, action="resubmit", note="Đã bổ sung.")
    approve = task_assign(task=task_of(process, "approve"), user=world.director)
    task_execute(task=approve, user=world.director, action="approve")
    draft = Programme.objects.get(pk=draft.pk)
    process.refresh_from_db()
    assert draft.state == Programme.State.PUBLISHED and process.status == PROCESS.DONE
    assert set(draft.items.values_list("state", flat=True)) == {WorkItem.State.ASSIGNED}
    steps_run()  # the items' review starts, pending since the publication (the relay's job)
    assert CompletionReviewProcess.objects.filter(work_item__programme=draft, status=PROCESS.NEW).count() == 3


@pytest.mark.django_db
def test_sending_back_needs_notes(world, draft, approval_of, task_of):
    programme_submit(programme=draft, actor=world.secretariat)
    approve = task_assign(task=task_of(approval_of(draft), "approve"), user=world.director)
    with pytest.raises(InvalidInput):
        task_execute(task=approve, user=world.director, action="send_back", notes=" ")


@pytest.mark.django_db
def test_an_empty_programme_cannot_be_submitted(world):
    with pytest.raises(InvalidInput):
        programme_submit(programme=world.programme, actor=world.secretariat)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["deputy", "deputy_other", "inspectorate", "secretariat", "head_a", "director_x"]
)
def test_approve_step_is_denied_for(world, draft, approval_of, task_of, who):
    programme_submit(programme=draft, actor=world.secretariat)
    with pytest.raises(ActionNotAllowed):
        task_assign(task=task_of(approval_of(draft), "approve"), user=getattr(world, who))


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["director", "inspectorate", "head_a", "secretariat_x"])
def test_submit_and_revise_are_denied_for(world, draft, approval_of, task_of, who):
    with pytest.raises(ActionNotAllowed):
        programme_submit(programme=draft, actor=getattr(world, who))
    programme_submit(programme=draft, actor=world.secretariat)
    approve = task_assign(task=task_of(approval_of(draft), "approve"), user=world.director)
    task_execute(task=approve, user=world.director, action="send_back", notes="Sửa lại.")
    with pytest.raises(ActionNotAllowed):
        task_assign(task=task_of(approval_of(draft), "revise"), user=getattr(world, who))


@pytest.mark.django_db
def test_submitting_and_sending_back_notify_the_director_and_the_secretariat(world, draft):
    from notifications.models import Notification

    programme_submit(programme=draft, actor=world.secretariat)
    assert Notification.objects.filter(recipient=world.director).exists()
    from engine.services.programmes import programme_send_back

    programme_send_back(programme=draft, actor=world.director, notes="Bổ sung chỉ tiêu.")
    assert Notification.objects.filter(recipient=world.secretariat, message__contains="Bổ sung").exists()
