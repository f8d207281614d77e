"""Sharing a work item with a person outside its units (guardian object permissions)."""

from django.db import transaction
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm

from engine import permissions
from engine.audit import audit_record
from engine.exceptions import InvalidInput
from engine.models import WorkItem

SHARE_PERMISSIONS = ("view_workitem", "contribute_workitem")


def _check(item: WorkItem, actor, person, permission: str) -> None:
    if permission not in SHARE_PERMISSIONS:
        raise InvalidInput(_("Unknown permission: %s") % permission)
    if person.organisation_id != item.organisation_id:
        message = _("A work item can only be shared within its organisation.")
        raise InvalidInput(message, field_errors={"user": [message]})
    permissions.require(actor, "share", item)


def work_item_share(*, item: WorkItem, actor, person, permission: str = "view_workitem") -> None:
    _check(item, actor, person, permission)
    with transaction.atomic():
        assign_perm(f"engine.{permission}", person, item)
        if permission == "contribute_workitem":
            assign_perm("engine.view_workitem", person, item)
        audit_record(
            organisation_id=item.organisation_id,
            actor=actor,
            verb="work_item.share",
            obj=item,
            work_item=item,
            changes={"user": person.pk, "permission": permission},
        )


def work_item_unshare(*, item: WorkItem, actor, person, permission: str = "view_workitem") -> None:
    _check(item, actor, person, permission)
    with transaction.atomic():
        remove_perm(f"engine.{permission}", person, item)
        if permission == "view_workitem":
            remove_perm("engine.contribute_workitem", person, item)
        audit_record(
            organisation_id=item.organisation_id,
            actor=actor,
            verb="work_item.unshare",
            obj=item,
            work_item=item,
            changes={"user": person.pk, "permission": permission},
        )
