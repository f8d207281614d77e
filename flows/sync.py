"""Keeping the processes in step with the engine: each domain event moves its flow's task.

Engine services are the only way a programme, an item or an extension request changes;
each emits a DomainEvent inside its transaction. This subscriber, running in that same
transaction, finds the open task the event completes and executes it (assigning it to
the actor first), or starts / cancels a process. So whichever door the change came
through — a page, the API, the flow driver, a command — the process follows, and a
rolled-back change rolls its process step back too. No task is left orphaned, and there
is no second path that changes state.
"""

import logging

from django.contrib.auth import get_user_model
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from engine.events import DomainEvent
from engine.models import ExtensionRequest, Programme, WorkItem
from flows.completion_review import CompletionReviewFlow
from flows.extension_request import ExtensionRequestFlow
from flows.models import CompletionReviewProcess, ExtensionRequestProcess, ProgrammeApprovalProcess
from flows.programme_approval import ProgrammeApprovalFlow
from flows.publication import queue_completion_reviews

logger = logging.getLogger(__name__)

OPEN_TASK = (STATUS.NEW, STATUS.ASSIGNED)


def open_tasks(process_class, nodes, **subject):
    processes = process_class.objects.filter(status=PROCESS.NEW, **subject)
    return Task.objects.filter(process__in=processes, flow_task__in=list(nodes), status__in=OPEN_TASK)


def complete_task(task: Task, actor_id: int | None, outcome: str) -> bool:
    """Execute an open View task on behalf of `actor_id`; False if someone already did."""
    actor = get_user_model()(pk=actor_id) if actor_id else None
    with task.activation() as activation:
        if task.status not in OPEN_TASK:
            return False
        if task.status == STATUS.NEW:
            activation.assign(actor)
        elif task.owner_id != actor_id:
            activation.reassign(actor)
        activation.start(None)
        activation.task.data = {**(task.data or {}), "outcome": outcome, "by": actor_id}
        process = activation.process
        process.data = {**(process.data or {}), "outcome": outcome}
        process.save(update_fields=["data"])
        activation.execute()
    return True


def _complete(process_class, nodes, event: DomainEvent, outcome: str, **subject) -> int:
    done = 0
    for task in open_tasks(process_class, nodes, **subject):
        done += complete_task(task, event.actor_id, outcome)
    return done


def _cancel(process_class, flow_class, **subject) -> None:
    for process in process_class.objects.filter(status=PROCESS.NEW, **subject):
        flow_class.instance.cancel(process)


# --- programme approval --------------------------------------------------------------


def _programme_submitted(event: DomainEvent) -> None:
    """A first submission starts the approval; a resubmission completes the revise step."""
    flow = ProgrammeApprovalFlow
    subject = {"programme_id": event.programme_id}
    if _complete(ProgrammeApprovalProcess, [flow.revise], event, "resubmitted", **subject):
        return
    if not ProgrammeApprovalProcess.objects.filter(status=PROCESS.NEW, **subject).exists():
        flow.start.run(programme=Programme.objects.get(pk=event.programme_id))


def _programme_decided(outcome: str):
    def handler(event: DomainEvent) -> None:
        _complete(
            ProgrammeApprovalProcess,
            [ProgrammeApprovalFlow.approve],
            event,
            outcome,
            programme_id=event.programme_id,
        )

    return handler


# --- completion review --------------------------------------------------------------------


def _programme_published(event: DomainEvent) -> None:
    """The approve step is done; the items' reviews start in one job (flows.publication)."""
    _programme_decided("approved")(event)
    queue_completion_reviews(event.programme_id)


def _item_open(event: DomainEvent) -> None:
    if event.data.get("publication"):
        return  # started with the publication's other items, by _programme_published
    if not CompletionReviewProcess.objects.filter(
        status=PROCESS.NEW, work_item_id=event.work_item_id
    ).exists():
        item = (
            event.item if isinstance(event.item, WorkItem) and event.item.pk == event.work_item_id else None
        )
        CompletionReviewFlow.start.run(work_item=item or WorkItem.objects.get(pk=event.work_item_id))


def _item_step(nodes, outcome: str):
    def handler(event: DomainEvent) -> None:
        if not _complete(CompletionReviewProcess, nodes(), event, outcome, work_item_id=event.work_item_id):
            logger.info("No open %s task for work item %s (%s)", outcome, event.work_item_id, event.kind)

    return handler


def _item_cancelled(event: DomainEvent) -> None:
    _cancel(CompletionReviewProcess, CompletionReviewFlow, work_item_id=event.work_item_id)


# --- extension request ----------------------------------------------------------------


def _extension_requested(event: DomainEvent) -> None:
    ExtensionRequestFlow.start.run(extension=ExtensionRequest.objects.get(pk=event.data["extension_id"]))


def _extension_decided(outcome: str):
    def handler(event: DomainEvent) -> None:
        _complete(
            ExtensionRequestProcess,
            [ExtensionRequestFlow.decide],
            event,
            outcome,
            extension_id=event.data["extension_id"],
        )

    return handler


F = CompletionReviewFlow
HANDLERS = {
    "programme.submitted": _programme_submitted,
    "programme.sent_back": _programme_decided("sent_back"),
    "programme.published": _programme_published,
    "work_item.assigned": _item_open,
    "work_item.reopened": _item_open,
    "work_item.reported": _item_step(lambda: [F.carry_out], "reported"),
    "work_item.endorsed": _item_step(lambda: [F.deputy_review], "endorsed"),
    "work_item.returned": _item_step(lambda: [F.deputy_review, F.decide], "returned"),
    "work_item.accepted": _item_step(lambda: [F.deputy_review, F.decide], "accepted"),
    "work_item.cancelled": _item_cancelled,
    "extension.requested": _extension_requested,
    "extension.granted": _extension_decided("granted"),
    "extension.refused": _extension_decided("refused"),
    "extension.withdrawn": _extension_decided("withdrawn"),
}


def on_domain_event(event: DomainEvent) -> None:
    handler = HANDLERS.get(event.kind)
    if handler is not None:
        handler(event)
