"""Extension request flow: granted and refused through the driver; denials; withdrawal."""

from datetime import date

import pytest
from viewflow.workflow.status import PROCESS

from engine.exceptions import ActionNotAllowed
from engine.services.extensions import extension_request
from flows.driver import task_assign, task_execute
from tests.factories import advance


@pytest.fixture
def asked(world):
    item = world.item_in("in_progress")
    return extension_request(item=item, actor=world.head_a, new_due_date=date(2026, 5, 15), reason="Chờ Bộ.")


@pytest.mark.django_db
def test_granted_through_the_flow_moves_the_deadline(world, asked, extension_process_of, task_of):
    process = extension_process_of(asked)
    task = task_assign(task=task_of(process, "decide"), user=world.deputy)
    task_execute(task=task, user=world.deputy, action="grant", note="Đồng ý.")
    asked.refresh_from_db()
    asked.work_item.refresh_from_db()
    process.refresh_from_db()
    assert asked.state == "granted" and asked.work_item.due_date == date(2026, 5, 15)
    assert process.status == PROCESS.DONE


@pytest.mark.django_db
def test_refused_through_the_flow_keeps_the_deadline(world, asked, extension_process_of, task_of):
    process = extension_process_of(asked)
    task = task_assign(task=task_of(process, "decide"), user=world.director)
    task_execute(task=task, user=world.director, action="refuse", note="Không đủ căn cứ.")
    asked.refresh_from_db()
    asked.work_item.refresh_from_db()
    process.refresh_from_db()
    assert asked.state == "refused" and asked.work_item.due_date == date(2026, 3, 31)
    assert process.status == PROCESS.DONE
    assert process.task_set.get(flow_task_type="HUMAN").data["outcome"] == "refused"


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["head_c", "head_a", "deputy_other", "inspectorate", "evaluator", "deputy_x"])
def test_deciding_step_is_denied_for(world, asked, extension_process_of, task_of, who):
    with pytest.raises(ActionNotAllowed):
        task_assign(task=task_of(extension_process_of(asked), "decide"), user=getattr(world, who))


@pytest.mark.django_db
def test_the_process_ends_when_the_item_ends(world, asked, extension_process_of):
    item = advance(world, asked.work_item, "report")
    advance(world, item, "accept")
    process = extension_process_of(asked)
    assert process.status == PROCESS.DONE
