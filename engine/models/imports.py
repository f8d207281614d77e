"""A staged programme import: the uploaded file, its background parse, the rows the secretariat edits.

Nothing of the programme exists until the secretariat confirms: the rows live here as JSON
(one dict per proposed work item, see `engine.selectors.programme_imports.row_from_item`), and
confirming writes them through `engine.services.programme_import.programme_import`.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation
from engine.models.programmes import Programme


class ProgrammeImport(models.Model):
    class Status(models.TextChoices):
        PARSING = "parsing", _("Reading the file")
        READY = "ready", _("Ready to check")
        FAILED = "failed", _("Failed")
        CONFIRMED = "confirmed", _("Confirmed")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="programme_imports")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    file_name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    # The bytes in the row, not in MEDIA_ROOT: the Celery worker that parses them may run on
    # another machine than the web worker that received them, and the size is capped at upload.
    data = models.BinaryField(_("file content"))
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PARSING)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    # title, kind, period_start, period_end, decision_number, layout, encoding, legend
    meta = models.JSONField(_("programme"), default=dict, blank=True)
    rows = models.JSONField(_("rows"), default=list, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    unresolved_units = models.JSONField(_("unresolved units"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)
    # The same file imported before as this programme: confirming updates it instead of duplicating.
    duplicate_of = models.ForeignKey(
        Programme, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.SET_NULL, null=True, blank=True, related_name="imports"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("programme import")
        verbose_name_plural = _("programme imports")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["organisation", "sha256"])]

    def __str__(self) -> str:
        return self.file_name
