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
