"""Delay waivers: a delay recognised as having an objective cause (nguyên nhân khách quan).

A waiver is granted by the director or the inspectorate with a reason, through
`engine.services.waivers`; it is never deleted. Revoking it keeps the row (with who and
why), so the register shows every waiver there ever was.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation
from engine.models.work_items import WorkItem


class DelayWaiverQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class DelayWaiver(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    work_item = models.ForeignKey(WorkItem, on_delete=models.PROTECT, related_name="delay_waivers")
    reason = models.TextField(_("objective cause"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("granted by")
    )
    granted_at = models.DateTimeField(_("granted"))
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoke_reason = models.TextField(_("reason for revoking"), blank=True)

    objects = DelayWaiverQuerySet.as_manager()

    class Meta:
        verbose_name = _("delay waiver")
        verbose_name_plural = _("delay waivers")
        ordering = ["work_item", "granted_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["work_item"], condition=Q(revoked_at__isnull=True), name="delay_waiver_one_active"
            )
        ]
        indexes = [models.Index(fields=["organisation", "granted_at"])]

    def __str__(self) -> str:
        return f"{self.work_item_id}: {self.reason[:60]}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
