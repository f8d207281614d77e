"""An organisation's exceptions to the public-holiday calendar."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation


class CalendarException(models.Model):
    """A day off the Government announced, or a make-up working Saturday."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Extra day off")
        WORKING_DAY = "working_day", _("Make-up working day")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="calendar_exceptions",
        verbose_name=_("organisation"),
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("calendar exception")
        verbose_name_plural = _("calendar exceptions")
        ordering = ["organisation", "date"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "date"], name="calendar_exception_one_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.get_kind_display()}"
