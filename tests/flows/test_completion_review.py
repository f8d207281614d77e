"""Completion review driven from code: start, assign, execute; the return loop; denials."""

import pytest
from viewflow.workflow.status import PROCESS, STATUS

from engine.exceptions import ActionNotAllowed
from engine.models import WorkItem
from flows.completion_review import CompletionReviewFlow
from flows.driver import task_assign, task_execute
from tests.factories import advance

S = WorkItem.State


def node_names(process):
    return [t.flow_task.name for t in process.task_set.order_by("created", "pk")]


@pytest.mark.django_db
def test_assigning_an_item_starts_its_review_waiting_on_the_lead_unit(world, review_of, task_of):
    item = world.item_in("assigned")
    process = review_of(item)
    assert process is not None and process.flow_class is CompletionReviewFlow
    assert task_of(process).flow_task.name == "carry_out"


@pytest.mark.django_db
def test_report_return_report_accept_loop_through_the_driver(world, review_of, task_of):
    item = world.item_in("in_progress")
    process = review_of(item)
    task = task_assign(task=task_of(process, "carry_out"), user=world.head_a)
    task_execute(task=task, user=world.head_a, action="report", text="Đã xong, kèm minh chứng.")
    decide = task_assign(task=task_of(process, "decide"), user=world.director)
    task_execute(task=decide, user=world.director, action="return", reason="Thiếu biên bản.")
    item.refresh_from_db()
    assert item.state == S.IN_PROGRESS
    again = task_of(process)
    assert again.flow_task.name == "carry_out"
    task_assign(task=again, user=world.head_a)
    task_execute(task=again, user=world.head_a, action="report", text="Đã bổ sung biên bản.")
    decide = task_assign(task=task_of(process, "decide"), user=world.deputy)
    task_execute(task=decide, user=world.deputy, action="accept", note="Đạt.")
    item.refresh_from_db()
    process.refresh_from_db()
    assert item.state == S.ACCEPTED
    assert process.status == PROCESS.DONE and process.finished
    assert node_names(process) == [
        "start",
        "carry_out",
        "needs_deputy_review",
        "decide",
        "decide__timeout",
        "decide__timeout_2",
        "after_decision",
        "carry_out",
        "needs_deputy_review",
        "decide",
        "decide__timeout",
        "decide__timeout_2",
        "after_decision",
        "end",
    ]
    timers = process.task_set.filter(flow_task_type="TIMER")
    assert set(timers.values_list("status", flat=True)) == {STATUS.CANCELED}


@pytest.mark.django_db
def test_page_actions_move_the_process_the_same_way(world, review_of, task_of, caught_up):
    item = world.item_in("reported")
    process = review_of(item)
    assert task_of(process).flow_task.name == "decide"
    advance(world, item, "return")
    assert task_of(process).flow_task.name == "carry_out"
    item = advance(world, WorkItem.objects.get(pk=item.pk), "report")
    advance(world, item, "accept")
    caught_up(process)
    assert process.status == PROCESS.DONE
    decide = process.task_set.filter(flow_task=CompletionReviewFlow.decide).order_by("-pk").first()
    assert decide.owner_id == world.director.pk and decide.data["outcome"] == "accepted"


@pytest.mark.django_db
def test_deputy_review_step_when_the_organisation_wants_it(world, review_of, task_of):
    world.org.completion_deputy_review = True
    world.org.save()
    item = world.item_in("reported")
    process = review_of(item)
    review = task_of(process)
    assert review.flow_task.name == "deputy_review"
    with pytest.raises(ActionNotAllowed):
        task_assign(task=review, user=world.head_a)
    review = task_assign(task=review, user=world.deputy)
    task_execute(task=review, user=world.deputy, action="endorse", note="Đề nghị nghiệm thu.")
    decide = task_of(process)
    assert decide.flow_task.name == "decide"
    task_assign(task=decide, user=world.director)
    task_execute(task=decide, user=world.director, action="accept")
    process.refresh_from_db()
    assert process.status == PROCESS.DONE


@pytest.mark.django_db
def test_a_deputy_review_can_return_straight_to_the_unit(world, review_of, task_of):
    world.org.completion_deputy_review = True
    world.org.save()
    item = world.item_in("reported")
    process = review_of(item)
    review = task_assign(task=task_of(process), user=world.deputy)
    task_execute(task=review, user=world.deputy, action="return", reason="Chưa đủ số liệu.")
    assert task_of(process).flow_task.name == "carry_out"


@pytest.mark.django_db
def test_cancelling_the_item_cancels_its_process(world, review_of, caught_up):
    item = world.item_in("in_progress")
    process = review_of(item)
    advance(world, item, "cancel")
    caught_up(process)
    assert process.status == PROCESS.CANCELED


@pytest.mark.django_db
def test_reopening_starts_a_new_review(world, review_of, task_of):
    item = world.item_in("accepted")
    advance(world, item, "reopen")
    process = review_of(item)
    assert process is not None and task_of(process).flow_task.name == "carry_out"


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["head_c", "deputy_other", "inspectorate", "staff_a", "director", "head_x"])
def test_carry_out_step_is_denied_for(world, review_of, task_of, who):
    item = world.item_in("in_progress")
    task = task_of(review_of(item))
    with pytest.raises(ActionNotAllowed):
        task_assign(task=task, user=getattr(world, who))
    task.refresh_from_db()
    assert task.owner_id is None and task.status == STATUS.NEW


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["head_c", "deputy_other", "inspectorate", "head_a", "secretariat", "director_x"]
)
def test_decide_step_is_denied_for(world, review_of, task_of, who):
    item = world.item_in("reported")
    task = task_of(review_of(item))
    with pytest.raises(ActionNotAllowed):
        task_assign(task=task, user=getattr(world, who))


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["head_c", "deputy_other", "inspectorate", "head_a"])
def test_deputy_review_step_is_denied_for(world, review_of, task_of, who):
    world.org.completion_deputy_review = True
    world.org.save()
    item = world.item_in("reported")
    task = task_of(review_of(item))
    with pytest.raises(ActionNotAllowed):
        task_assign(task=task, user=getattr(world, who))


@pytest.mark.django_db
def test_someone_elses_task_cannot_be_executed(world, review_of, task_of):
    item = world.item_in("reported")
    task = task_assign(task=task_of(review_of(item)), user=world.deputy)
    with pytest.raises(ActionNotAllowed):
        task_execute(task=task, user=world.director, action="accept")
    item.refresh_from_db()
    assert item.state == S.REPORTED


@pytest.mark.django_db
def test_a_bulk_accept_finishes_each_items_review_though_it_notifies_once(world, review_of, caught_up):
    from engine.services.work_items_bulk import work_items_bulk

    items = [world.item_in("reported"), world.item_in("reported")]
    processes = [review_of(item) for item in items]
    assert all(p is not None for p in processes)
    outcomes = work_items_bulk(actor=world.director, action="accept", item_ids=[i.pk for i in items])
    assert all(o.done for o in outcomes)
    for process in processes:
        caught_up(process)
        assert process.status == PROCESS.DONE
