"""Extension requests: a lead unit asks for a later deadline; a leader grants or refuses it.

The row keeps the request and its decision for ever. Only `engine.services.extensions`
creates or decides one; a grant moves the item's deadline through
`work_item_extend_deadline` in the same transaction, so the original deadline stays.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation
from engine.models.work_items import WorkItem


class ExtensionRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=ExtensionRequest.State.PENDING)


class ExtensionRequest(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        GRANTED = "granted", _("Granted")
        REFUSED = "refused", _("Refused")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    work_item = models.ForeignKey(
        WorkItem, on_delete=models.PROTECT, related_name="extension_requests", verbose_name=_("work item")
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("requested by")
    )
    requested_at = models.DateTimeField(_("requested"))
    due_date_before = models.DateField(_("deadline when requested"), null=True, blank=True)
    requested_due_date = models.DateField(_("requested deadline"))
    reason = models.TextField(_("reason"))
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_note = models.TextField(_("decision note"), blank=True)

    objects = ExtensionRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("extension request")
        verbose_name_plural = _("extension requests")
        ordering = ["work_item", "requested_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["work_item"], condition=Q(state="pending"), name="extension_one_pending_per_item"
            )
        ]
        indexes = [models.Index(fields=["organisation", "state", "requested_at"])]

    def __str__(self) -> str:
        return f"{self.work_item_id} → {self.requested_due_date:%d/%m/%Y}"

    @property
    def is_pending(self) -> bool:
        return self.state == self.State.PENDING
