"""Where a work item stands in its completion review: the open step, who holds it, since when.

The engine's state badge says what the item is; this says what the process waits for
(e.g. "the supervising deputy director reviews the report"), read from viewflow's open
Task of the item's running CompletionReviewProcess. Read-only: nothing here moves a flow.
"""

from django import template
from viewflow.workflow.models import Task
from viewflow.workflow.status import PROCESS, STATUS

from flows.models import CompletionReviewProcess

register = template.Library()

OPEN = (STATUS.NEW, STATUS.ASSIGNED)


def open_review_step(work_item_id: int) -> Task | None:
    """The open human step of the item's running completion review, or None (one query)."""
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
