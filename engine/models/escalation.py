"""Escalation: each organisation's ladder, the record of every step that fired, report periods."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation
from engine.models.reports import ProgressReport
from engine.models.work_items import WorkItem


class EscalationRule(models.Model):
    """One step of an organisation's ladder: when it fires (in working days from the deadline) and to whom."""

    class Recipient(models.TextChoices):
        ASSIGNEE = "assignee", _("Assignee")
        UNIT_HEAD = "unit_head", _("Head of the lead unit")
        SUPERVISOR = "supervisor", _("Supervising deputy director")
        DIRECTOR = "director", _("Director")
        INSPECTORATE = "inspectorate", _("Inspectorate")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="escalation_rules",
        verbose_name=_("organisation"),
    )
    step = models.PositiveSmallIntegerField(_("step"))
    offset_working_days = models.SmallIntegerField(
        _("working days after the deadline"),
        help_text=_("Negative: before the deadline; 0: on the deadline."),
    )
    recipients = models.JSONField(_("recipients"), default=list)
    marks_escalated = models.BooleanField(_("marks the work item escalated"), default=False)
    repeat_every_days = models.PositiveSmallIntegerField(
        _("repeat every (days)"),
        null=True,
        blank=True,
        help_text=_("Set for a digest that repeats (e.g. 7: weekly) until the item is reported."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("escalation step")
        verbose_name_plural = _("escalation ladder")
        ordering = ["organisation", "step"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "step"], name="escalation_rule_one_per_step")
        ]

    def __str__(self) -> str:
        return _("Step %(step)s (%(offset)+d working days)") % {
            "step": self.step,
            "offset": self.offset_working_days,
        }


class ReportPeriod(models.Model):
    """One reporting period of a recurring item (Nghị định 09/2019 cut-offs) and its due date."""

    work_item = models.ForeignKey(
        WorkItem, on_delete=models.CASCADE, related_name="report_periods", verbose_name=_("work item")
    )
    period_start = models.DateField(_("data from"))
    period_end = models.DateField(_("data up to"))
    due_date = models.DateField(_("report due"))
    submitted_report = models.ForeignKey(
        ProgressReport,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted report"),
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("report period")
        verbose_name_plural = _("report periods")
        ordering = ["work_item", "period_start"]
        constraints = [
            models.UniqueConstraint(fields=["work_item", "period_start"], name="report_period_unique_start")
        ]
        indexes = [models.Index(fields=["due_date", "submitted_at"])]

    def __str__(self) -> str:
        return f"{self.period_start:%d/%m/%Y}–{self.period_end:%d/%m/%Y}"


class EscalationFiring(models.Model):
    """A ladder step that fired for one deadline of one item (or one of its report periods).

    The unique constraint is what makes a step fire once per deadline, even when two
    sweeps run at the same moment: the loser's insert does nothing.
    """

    class Subject(models.TextChoices):
        DEADLINE = "deadline", _("Deadline")
        REPORT_PERIOD = "report_period", _("Periodic report")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    work_item = models.ForeignKey(
        WorkItem, on_delete=models.CASCADE, related_name="escalation_firings", verbose_name=_("work item")
    )
    subject = models.CharField(_("subject"), max_length=20, choices=Subject.choices, default=Subject.DEADLINE)
    report_period = models.ForeignKey(
        ReportPeriod, on_delete=models.CASCADE, null=True, blank=True, related_name="firings"
    )
    step = models.PositiveSmallIntegerField(_("step"))
    occurrence = models.PositiveIntegerField(
        _("occurrence"), default=0, help_text=_("0 for a one-off step; 1, 2, … for a repeating digest.")
    )
    deadline = models.DateField(_("deadline it was computed from"))
    fired_at = models.DateTimeField(_("fired"))
    recipient_ids = models.JSONField(_("recipients"), default=list)

    class Meta:
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        ordering = ["work_item", "fired_at", "step"]
        constraints = [
            models.UniqueConstraint(
                fields=["work_item", "subject", "deadline", "step", "occurrence"],
                name="escalation_fires_once_per_deadline",
            )
        ]
        indexes = [models.Index(fields=["organisation", "fired_at"])]

    def __str__(self) -> str:
        return f"{self.work_item_id} step {self.step} ({self.deadline:%d/%m/%Y})"
