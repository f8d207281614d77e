"""Where a work item stands in its completion review: the open step, who holds it, since when.

The engine's state badge says what the item is; this says what the process waits for
(e.g. "the supervising deputy director reviews the report"), read from viewflow's open
Task of the item's running CompletionReviewProcess. It moves no flow itself, but first runs the
steps the item's process still owes (flows.pending), so the page shows the step that is open now.
"""

from django import template
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from flows.models import CompletionReviewProcess
from flows.pending import steps_catch_up

register = template.Library()

OPEN = (STATUS.NEW, STATUS.ASSIGNED)


def open_review_step(work_item_id: int) -> Task | None:
    """The open human step of the item's running completion review, or None.

    Two queries when nothing is pending: is anything owed, and the step.
    """
    steps_catch_up(work_item_id)
    return (
        Task.objects.filter(
            process__in=CompletionReviewProcess.objects.filter(work_item_id=work_item_id, status=PROCESS.NEW),
            status__in=OPEN,
            flow_task_type="HUMAN",
        )
        .select_related("owner")
        .order_by("-created")
        .first()
    )


@register.inclusion_tag("flows/_review_step.html")
def review_step(item):
    task = open_review_step(item.pk)
    if task is None:
        return {"step": None}
    return {"step": task.flow_task.task_title, "since": task.created, "owner": task.owner}
