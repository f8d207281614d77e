"""The process rows of our flows: viewflow's Process, with the domain row it is about.

Viewflow's Process and Task rows track where a process stands; the engine's state machine
stays the single truth of the programme, item or extension request each process is for.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from viewflow.workflow.models import Process

from engine.models import ExtensionRequest, Programme, WorkItem


class ProgrammeApprovalProcess(Process):
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="approval_processes", verbose_name=_("programme")
    )

    class Meta:
        verbose_name = _("programme approval")
        verbose_name_plural = _("programme approvals")


class CompletionReviewProcess(Process):
    work_item = models.ForeignKey(
        WorkItem, on_delete=models.PROTECT, related_name="review_processes", verbose_name=_("work item")
    )

    class Meta:
        verbose_name = _("completion review")
        verbose_name_plural = _("completion reviews")


class ExtensionRequestProcess(Process):
    extension = models.OneToOneField(
        ExtensionRequest,
        on_delete=models.PROTECT,
        related_name="process",
        verbose_name=_("extension request"),
    )

    class Meta:
        verbose_name = _("extension decision")
        verbose_name_plural = _("extension decisions")


class PendingStep(models.Model):
    """A completion-review step a transition owes its process, written in the transition's transaction.

    flows.sync writes one row (one INSERT) instead of executing viewflow's activation in the
    request; flows.pending runs an item's rows in id order — in the notification relay, right
    after the commit without one, or before anything reads the item's process — and deletes
    each once done. A row that keeps failing stays, with its error, for an operator.
    """

    work_item = models.ForeignKey(
        WorkItem, on_delete=models.CASCADE, related_name="pending_steps", verbose_name=_("work item")
    )
    kind = models.CharField(_("event"), max_length=40)
    actor_id = models.BigIntegerField(_("actor"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("pending flow step")
        verbose_name_plural = _("pending flow steps")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.work_item_id}"
