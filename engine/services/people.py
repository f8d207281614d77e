"""Granting and revoking unit memberships and organisation roles, each one audited.

Who made whom a unit head, and when, is evidence for the inspectorate: rows are never
deleted, a revocation stamps `revoked_at` and `revoked_by`.
"""

from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engine import permissions
from engine.audit import audit_record
from engine.exceptions import ActionNotAllowed, InvalidInput
from engine.models import Membership, Organisation, OrgRole, Unit, User


def _require_manager(actor, organisation_id: int) -> None:
    if not permissions.can_manage_people(actor, organisation_id):
        raise ActionNotAllowed(_("Only the director or the secretariat manages roles."))


def _require_same_org(user: User, organisation_id: int) -> None:
    if user.organisation_id != organisation_id:
        message = _("%(user)s does not belong to this organisation.") % {"user": user}
        raise InvalidInput(message, field_errors={"user": [message]})


def membership_grant(*, actor, user: User, unit: Unit, role: str) -> Membership:
    _require_manager(actor, unit.organisation_id)
    _require_same_org(user, unit.organisation_id)
    if role not in Membership.Role.values:
        raise InvalidInput(_("Unknown role: %s") % role, field_errors={"role": [_("Unknown role.")]})
    with transaction.atomic():
        current = Membership.objects.active().select_for_update().filter(user=user, unit=unit).first()
        if current and current.role == role:
            return current
        if current:
            _revoke(actor, current)
        membership = Membership.objects.create(user=user, unit=unit, role=role, granted_by=actor)
        audit_record(
            organisation_id=unit.organisation_id,
            actor=actor,
            verb="membership.grant",
            obj=membership,
            unit=unit,
            changes={"user": user.pk, "username": user.username, "role": role},
        )
    permissions.roles_changed()
    return membership


def _revoke(actor, membership: Membership) -> None:
    membership.revoked_at = timezone.now()
    membership.revoked_by = actor
    membership.save(update_fields=["revoked_at", "revoked_by"])
    audit_record(
        organisation_id=membership.unit.organisation_id,
        actor=actor,
        verb="membership.revoke",
        obj=membership,
        unit=membership.unit,
        changes={"user": membership.user_id, "role": membership.role},
    )


def membership_revoke(*, actor, membership: Membership) -> None:
    _require_manager(actor, membership.unit.organisation_id)
    if membership.revoked_at is not None:
        return
    with transaction.atomic():
        _revoke(actor, membership)
    permissions.roles_changed()


def org_role_grant(
    *,
    actor,
    user: User,
    organisation: Organisation,
    role: str,
    title: str = "",
    supervised_units: Sequence[Unit] = (),
    fields: str = "",
) -> OrgRole:
    _require_manager(actor, organisation.pk)
    _require_same_org(user, organisation.pk)
    if role not in OrgRole.Role.values:
        raise InvalidInput(_("Unknown role: %s") % role, field_errors={"role": [_("Unknown role.")]})
    if any(unit.organisation_id != organisation.pk for unit in supervised_units):
        raise InvalidInput(_("A supervised unit belongs to another organisation."))
    with transaction.atomic():
        current = (
            OrgRole.objects.active()
            .select_for_update()
            .filter(user=user, organisation=organisation, role=role)
            .first()
        )
        if current:
            _revoke_role(actor, current)
        org_role = OrgRole.objects.create(
            user=user, organisation=organisation, role=role, title=title, fields=fields, granted_by=actor
        )
        org_role.supervised_units.set(supervised_units)
        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="org_role.grant",
            obj=org_role,
            changes={
                "user": user.pk,
                "username": user.username,
                "role": role,
                "supervised_units": sorted(unit.pk for unit in supervised_units),
            },
        )
    permissions.roles_changed()
    return org_role


def _revoke_role(actor, org_role: OrgRole) -> None:
    org_role.revoked_at = timezone.now()
    org_role.revoked_by = actor
    org_role.save(update_fields=["revoked_at", "revoked_by"])
    audit_record(
        organisation_id=org_role.organisation_id,
        actor=actor,
        verb="org_role.revoke",
        obj=org_role,
        changes={"user": org_role.user_id, "role": org_role.role},
    )


def org_role_revoke(*, actor, org_role: OrgRole) -> None:
    _require_manager(actor, org_role.organisation_id)
    if org_role.revoked_at is not None:
        return
    with transaction.atomic():
        _revoke_role(actor, org_role)
    permissions.roles_changed()
