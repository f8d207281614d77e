"""Scoring rows: an organisation's versioned rubric and its evaluations per period.

A rubric is never edited in place: saving creates the next version, so every frozen
evaluation keeps pointing at the rules it was scored with. An evaluation is open while
the board works on it (recomputing gives the same result for the same evidence) and
frozen when the board closes it: its stored result is a snapshot that later edits of
items, reports or the rubric do not change.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation


class Rubric(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="rubrics")
    version = models.PositiveIntegerField(_("version"))
    rules = models.JSONField(_("rules"))
    note = models.TextField(_("what changed"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("scoring rubric")
        verbose_name_plural = _("scoring rubrics")
        ordering = ["organisation", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "version"], name="rubric_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} v{self.version}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("A rubric version is never changed; save a new version.")
        super().save(*args, **kwargs)

    @property
    def parsed(self):
        from engine.scoring import RubricRules

        return RubricRules.from_dict(self.rules)


class Evaluation(models.Model):
    class PeriodKind(models.TextChoices):
        MONTH = "month", _("Month")
        QUARTER = "quarter", _("Quarter")
        HALF_YEAR = "half_year", _("Half-year")
        YEAR = "year", _("Year")

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        FROZEN = "frozen", _("Frozen")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="evaluations")
    period_kind = models.CharField(_("period"), max_length=20, choices=PeriodKind.choices)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    # Evidence up to the end of this day counts; fixed when computed, kept when frozen.
    as_of = models.DateField(_("evidence up to"))
    rubric = models.ForeignKey(Rubric, on_delete=models.PROTECT, related_name="evaluations")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)
    result = models.JSONField(_("result"), default=dict)
    result_sha256 = models.CharField(max_length=64, blank=True)
    computed_at = models.DateTimeField(_("computed"), null=True, blank=True)
    computed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    frozen_at = models.DateTimeField(_("frozen"), null=True, blank=True)
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["organisation", "-period_start", "period_kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "period_kind", "period_start"], name="evaluation_one_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_period_kind_display()} {self.period_start:%d/%m/%Y}–{self.period_end:%d/%m/%Y}"

    @property
    def is_frozen(self) -> bool:
        return self.state == self.State.FROZEN
