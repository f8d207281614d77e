"""A background export: who asked for which file, its progress, the file, and why it failed.

Large exports (the delay register, an evaluation) are written by a Celery task
(`engine.services.exports`) while the page polls the job; the file is downloaded by the
person who asked (`engine.views.exports`) and removed by the retention sweep
(`engine.services.retention.expire_exports`) after EXPORT_RETENTION_HOURS.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation


class ExportJob(models.Model):
    class Kind(models.TextChoices):
        REGISTER_XLSX = "register_xlsx", _("Delay register (.xlsx)")
        EVALUATION_XLSX = "evaluation_xlsx", _("Evaluation evidence (.xlsx)")
        EVALUATION_DOCX = "evaluation_docx", _("Evaluation report (.docx)")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Writing the file")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Removed after the retention time")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="export_jobs")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    # The filters the file was asked with (period, unit, sort …, the site's base URL for links).
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    rows = models.PositiveIntegerField(_("rows written"), default=0)
    file = models.FileField(_("file"), upload_to="exports/", blank=True)
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "finished_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED, self.Status.EXPIRED)
