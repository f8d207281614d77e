"""Programmes: a Sở's plan for a period, the container of its work items."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from engine.models.organisations import Organisation


class Programme(models.Model):
    class Kind(models.TextChoices):
        YEAR = "year", _("Year")
        HALF_YEAR = "half_year", _("Half-year")
        QUARTER = "quarter", _("Quarter")
        MONTH = "month", _("Month")
        WEEK = "week", _("Week")
        MULTI_YEAR = "multi_year", _("Multi-year")
        CALENDAR = "calendar", _("Calendar")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Awaiting approval")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="programmes", verbose_name=_("organisation")
    )
    title = models.CharField(_("title"), max_length=500)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.YEAR)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    decision_number = models.CharField(_("decision number"), max_length=100, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    source_file = models.FileField(_("source file"), upload_to="programmes/%Y/", blank=True)
    source_name = models.CharField(_("source file name"), max_length=255, blank=True)
    source_sha256 = models.CharField(_("source file SHA-256"), max_length=64, blank=True, db_index=True)
    state = FSMField(_("state"), default=State.DRAFT, choices=State.choices, protected=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("sent for approval"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["-period_start", "title"]
        indexes = [models.Index(fields=["organisation", "state"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        """Published or closed: its items are out of the secretariat's hands."""
        return self.state not in UNPUBLISHED

    # Transitions are called only by engine.services.programmes.
    @transition(field=state, source=State.DRAFT, target=State.SUBMITTED)
    def _submit(self) -> None:
        pass

    @transition(field=state, source=State.SUBMITTED, target=State.DRAFT)
    def _send_back(self) -> None:
        pass

    # A draft may be published directly (the API, management commands); the approval flow
    # publishes what was submitted.
    @transition(field=state, source=[State.DRAFT, State.SUBMITTED], target=State.PUBLISHED)
    def _publish(self) -> None:
        pass

    @transition(field=state, source=State.PUBLISHED, target=State.CLOSED)
    def _close(self) -> None:
        pass


# Not yet published: only the org-wide readers see such a programme.
UNPUBLISHED = (Programme.State.DRAFT, Programme.State.SUBMITTED)
Programme.UNPUBLISHED = UNPUBLISHED
