"""Progress and completion reports on work items, with their evidence files."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Unit
from engine.models.work_items import WorkItem


class ProgressReport(models.Model):
    """What a unit says about an item: progress, the completion report, or a contribution."""

    class Kind(models.TextChoices):
        PROGRESS = "progress", _("Progress")
        COMPLETION = "completion", _("Completion report")
        CONTRIBUTION = "contribution", _("Contribution of a coordinating unit")

    work_item = models.ForeignKey(WorkItem, on_delete=models.PROTECT, related_name="reports")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    percent = models.PositiveSmallIntegerField(_("percent complete"), null=True, blank=True)
    text = models.TextField(_("text"))
    indicator_actual = models.DecimalField(
        _("indicator actual"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["work_item", "created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.work_item_id}"


def attachment_path(instance: "Attachment", filename: str) -> str:
    # The stored name is the content hash: no user-chosen path ever reaches the disk.
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"evidence/{instance.sha256[:2]}/{instance.sha256}.{suffix}"


class Attachment(models.Model):
    """An evidence file (minh chứng) attached to a report."""

    report = models.ForeignKey(ProgressReport, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    content_type = models.CharField(_("content type"), max_length=100)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["report", "id"]

    def __str__(self) -> str:
        return self.original_name
