"""Keeping the processes in step with the engine: each domain event moves its flow's task.

Engine services are the only way a programme, an item or an extension request changes;
each emits a DomainEvent inside its transaction. This subscriber, running in that same
transaction, finds the open task the event completes and executes it (assigning it to
the actor first), or starts / cancels a process. So whichever door the change came
through — a page, the API, the flow driver, a command — the process follows, and a
rolled-back change rolls its process step back too. No task is left orphaned, and there
is no second path that changes state.

A work item's events (its CompletionReviewFlow) are the many: for them the transaction only
writes a pending step (flows.pending, one INSERT), and `item_step_run` executes it later, in
order — in the relay, after the commit, or before anything reads the process. Programme and
extension events, a few a day, move their process in the transaction itself.
"""

import logging

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from engine.events import DomainEvent
from engine.models import ExtensionRequest, Programme, WorkItem
from flows.completion_review import CompletionReviewFlow
from flows.extension_request import ExtensionRequestFlow
from flows.models import CompletionReviewProcess, ExtensionRequestProcess, ProgrammeApprovalProcess
from flows.pending import steps_write
from flows.programme_approval import ProgrammeApprovalFlow
from flows.publication import publication_steps_write

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


def _complete(process_class, nodes, actor_id: int | None, outcome: str, **subject) -> int:
    done = 0
    for task in open_tasks(process_class, nodes, **subject):
        done += complete_task(task, actor_id, outcome)
    return done


def _cancel(process_class, flow_class, **subject) -> None:
    for process in process_class.objects.filter(status=PROCESS.NEW, **subject):
        flow_class.instance.cancel(process)


# --- programme approval --------------------------------------------------------------


def _programme_submitted(event: DomainEvent) -> None:
    """A first submission starts the approval; a resubmission completes the revise step."""
    flow = ProgrammeApprovalFlow
    subject = {"programme_id": event.programme_id}
    if _complete(ProgrammeApprovalProcess, [flow.revise], event.actor_id, "resubmitted", **subject):
        return
    if not ProgrammeApprovalProcess.objects.filter(status=PROCESS.NEW, **subject).exists():
        flow.start.run(programme=Programme.objects.get(pk=event.programme_id))


def _programme_decided(outcome: str):
    def handler(event: DomainEvent) -> None:
        _complete(
            ProgrammeApprovalProcess,
            [ProgrammeApprovalFlow.approve],
            event.actor_id,
            outcome,
            programme_id=event.programme_id,
        )

    return handler


# --- completion review: executed from the item's pending steps (flows.pending) -------------


def _programme_published(event: DomainEvent) -> None:
    """The approve step is done; the items' reviews start from pending steps (flows.publication)."""
    _programme_decided("approved")(event)
    publication_steps_write(event.programme_id, event.actor_id)


def _item_open(work_item_id: int, actor_id: int | None) -> None:
    # The item, unless its review is open already (one query). Started as it would have been
    # then, even if the item has moved on since: the steps after this one replay what happened
    # to it (a cancellation cancels it again).
    review = CompletionReviewProcess.objects.filter(status=PROCESS.NEW, work_item_id=OuterRef("pk"))
    item = WorkItem.objects.select_related("programme").filter(~Exists(review), pk=work_item_id).first()
    if item is not None:
        CompletionReviewFlow.start.run(work_item=item)


def _item_step(nodes, outcome: str):
    def step(work_item_id: int, actor_id: int | None) -> None:
        if not _complete(CompletionReviewProcess, nodes(), actor_id, outcome, work_item_id=work_item_id):
            logger.info("No open %s task for work item %s", outcome, work_item_id)

    return step


def _item_cancelled(work_item_id: int, actor_id: int | None) -> None:
    _cancel(CompletionReviewProcess, CompletionReviewFlow, work_item_id=work_item_id)


# --- extension request ----------------------------------------------------------------


def _extension_requested(event: DomainEvent) -> None:
    ExtensionRequestFlow.start.run(extension=ExtensionRequest.objects.get(pk=event.data["extension_id"]))


def _extension_decided(outcome: str):
    def handler(event: DomainEvent) -> None:
        _complete(
            ExtensionRequestProcess,
            [ExtensionRequestFlow.decide],
            event.actor_id,
            outcome,
            extension_id=event.data["extension_id"],
        )

    return handler


F = CompletionReviewFlow
# A work item's event kind -> its step, run later from the pending row (flows.pending).
ITEM_STEPS = {
    "work_item.assigned": _item_open,
    "work_item.reopened": _item_open,
    "work_item.reported": _item_step(lambda: [F.carry_out], "reported"),
    "work_item.endorsed": _item_step(lambda: [F.deputy_review], "endorsed"),
    "work_item.returned": _item_step(lambda: [F.deputy_review, F.decide], "returned"),
    "work_item.accepted": _item_step(lambda: [F.deputy_review, F.decide], "accepted"),
    "work_item.cancelled": _item_cancelled,
}
# Everything else, run in the event's transaction.
HANDLERS = {
    "programme.submitted": _programme_submitted,
    "programme.sent_back": _programme_decided("sent_back"),
    "programme.published": _programme_published,
    "extension.requested": _extension_requested,
    "extension.granted": _extension_decided("granted"),
    "extension.refused": _extension_decided("refused"),
    "extension.withdrawn": _extension_decided("withdrawn"),
}


def item_step_run(kind: str, work_item_id: int, actor_id: int | None) -> None:
    """Execute one pending step of an item's review (flows.pending calls this, in id order)."""
    ITEM_STEPS[kind](work_item_id, actor_id)


def on_domain_event(event: DomainEvent) -> None:
    if event.kind in ITEM_STEPS:
        if not event.data.get("publication"):  # a publication writes its items' steps at once
            steps_write(event.kind, [event.work_item_id], event.actor_id)
        return
    handler = HANDLERS.get(event.kind)
    if handler is not None:
        handler(event)
