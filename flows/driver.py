"""Driving a flow's tasks from code: take a task, then complete it with one engine service.

Viewflow's `activation.assign()` does not check who assigns, so these functions check
the node's `can_assign` / `can_execute` (engine.permissions underneath) first. Completing
a task means calling the engine service named by the action; the service's event makes
flows.sync execute the task, so a task completed here and an action taken on a page are
the same thing. A completion review's steps are written as pending rows (flows.pending), so
every function here first runs what the item's process still owes, and `task_execute` runs the
step its service wrote before it checks the task is done.
"""

from django.utils.translation import gettext as _
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from engine.exceptions import ActionNotAllowed, InvalidInput, InvalidTransition
from flows.models import CompletionReviewProcess
from flows.pending import steps_catch_up


def _node(task: Task):
    return task.flow_task


def _catch_up(process_id: int) -> int | None:
    """Run the pending steps of the item whose completion review `process_id` is (if it is one);
    returns the item's id (None for another process)."""
    item_id = (
        CompletionReviewProcess.objects.filter(pk=process_id).values_list("work_item_id", flat=True).first()
    )
    if item_id is not None:
        steps_catch_up(item_id)
    return item_id


def task_assign(*, task: Task, user) -> Task:
    """`user` takes the task; refused unless the engine's rules let them do its work."""
    _catch_up(task.process_id)
    task.refresh_from_db()
    with task.activation() as activation:
        if not _node(task).can_assign(user, task):
            raise ActionNotAllowed(_("You may not take this step."))
        activation.assign(user)
    task.refresh_from_db()
    return task


def task_unassign(*, task: Task, user) -> Task:
    _catch_up(task.process_id)
    task.refresh_from_db()
    with task.activation() as activation:
        if not _node(task).can_unassign(user, task):
            raise ActionNotAllowed(_("You may not give this step back."))
        activation.unassign()
    task.refresh_from_db()
    return task


def task_execute(*, task: Task, user, action: str, **data):
    """Complete `task` by doing `action` (an engine service); returns what the service returns."""
    node = _node(task)
    flow = node.flow_class.instance
    perform = flow.actions.get(node.name, {}).get(action)
    if perform is None:
        raise InvalidInput(_("This step has no action “%(action)s”.") % {"action": action})
    item_id = _catch_up(task.process_id)
    task.refresh_from_db()
    if task.status not in (STATUS.NEW, STATUS.ASSIGNED):
        raise InvalidTransition(_("This step was already completed."))
    if not node.can_execute(user, task):
        raise ActionNotAllowed(_("Take this step before completing it, or let its owner complete it."))
    process = node.flow_class.process_class.objects.get(pk=task.process_id)
    result = perform(process, user, **data)
    if item_id is not None:
        steps_catch_up(item_id)  # the step the service's event wrote
    task.refresh_from_db()
    if task.status != STATUS.DONE:  # the service's event did not reach this task
        raise InvalidTransition(_("This step could not be completed."))
    return result


def open_task(process, node_name: str | None = None) -> Task | None:
    """The process's open human task (of `node_name`, if given)."""
    if isinstance(process, CompletionReviewProcess):
        steps_catch_up(process.work_item_id)
    tasks = Task.objects.filter(
        process_id=process.pk, status__in=(STATUS.NEW, STATUS.ASSIGNED), flow_task_type="HUMAN"
    )
    if node_name:
        flow_class = process.flow_class
        tasks = tasks.filter(flow_task=getattr(flow_class, node_name))
    return tasks.order_by("created", "pk").first()
