"""People: users, their unit memberships and their organisation-wide roles.

Grants and revocations are rows with a time and an actor, never deleted, so the
inspectorate can see who made whom a unit head and when. Only the services in
`engine.services.people` create or revoke them.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation, Unit


class User(AbstractUser):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("organisation"),
    )
    full_name = models.CharField(_("full name"), max_length=255, blank=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.full_name or self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        return str(self)


class ActiveQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class Membership(models.Model):
    """A user's place in a unit: head (trưởng), deputy head (phó) or staff (chuyên viên)."""

    class Role(models.TextChoices):
        HEAD = "head", _("Head of unit")
        DEPUTY_HEAD = "deputy_head", _("Deputy head of unit")
        STAFF = "staff", _("Staff")

    user = models.ForeignKey(User, on_delete=models.PROTECT, related_name="memberships")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)
    granted_by = models.ForeignKey(User, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(User, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    objects = ActiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("unit membership")
        verbose_name_plural = _("unit memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "unit"],
                condition=Q(revoked_at__isnull=True),
                name="membership_one_active_per_unit",
            )
        ]
        indexes = [models.Index(fields=["unit", "role"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.unit}"


class OrgRole(models.Model):
    """An organisation-wide role: leadership (director, deputy director) or a function."""

    class Role(models.TextChoices):
        DIRECTOR = "director", _("Director")
        DEPUTY_DIRECTOR = "deputy_director", _("Deputy director")
        SECRETARIAT = "secretariat", _("Secretariat (programme editor)")
        INSPECTORATE = "inspectorate", _("Inspectorate")
        EVALUATOR = "evaluator", _("Evaluator")

    user = models.ForeignKey(User, on_delete=models.PROTECT, related_name="org_roles")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="roles")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    title = models.CharField(_("title"), max_length=255, blank=True)
    fields = models.TextField(_("supervised fields"), blank=True)
    supervised_units = models.ManyToManyField(
        Unit, blank=True, related_name="supervisors", verbose_name=_("supervised units")
    )
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)
    granted_by = models.ForeignKey(User, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(User, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    objects = ActiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation role")
        verbose_name_plural = _("organisation roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"],
                condition=Q(revoked_at__isnull=True),
                name="org_role_one_active",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}"
