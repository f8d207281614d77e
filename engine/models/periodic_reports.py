"""The secretariat's periodic report on the programme (báo cáo kết quả thực hiện chương trình).

The figures and item lists are compiled from the units' reports when the page or the
.docx is produced (`engine.selectors.periodic_report`); this row keeps what people write:
the prose sections the secretariat edits, the document number and the signer.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation


class PeriodicReport(models.Model):
    class PeriodKind(models.TextChoices):
        MONTH = "month", _("Month")
        QUARTER = "quarter", _("Quarter")
        HALF_YEAR = "half_year", _("Half-year")
        YEAR = "year", _("Year")

    # The prose sections, in document order; their headings are in engine.exports.
    SECTION_KEYS = ("summary", "shortcomings", "next_period", "proposals")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="periodic_reports")
    period_kind = models.CharField(_("period"), max_length=20, choices=PeriodKind.choices)
    period_year = models.PositiveSmallIntegerField(_("year"))
    period_number = models.PositiveSmallIntegerField(_("number"))
    window_start = models.DateField(_("data from"))
    window_end = models.DateField(_("data up to"))
    sections = models.JSONField(_("sections"), default=dict)
    document_number = models.CharField(_("document number"), max_length=100, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=255, blank=True)
    signer_name = models.CharField(_("signer"), max_length=255, blank=True)
    recipients = models.TextField(_("recipients"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("periodic report")
        verbose_name_plural = _("periodic reports")
        ordering = ["organisation", "-period_year", "period_kind", "-period_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "period_kind", "period_year", "period_number"],
                name="periodic_report_one_per_period",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_period_kind_display()} {self.period_number}/{self.period_year}"
