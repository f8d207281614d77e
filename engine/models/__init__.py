"""Engine models, one module per entity group; imported here so Django finds them."""

from engine.models.audit import AuditChainHead, AuditEvent
from engine.models.calendar import CalendarException
from engine.models.organisations import Organisation, Unit, UnitAlias
from engine.models.people import Membership, OrgRole, User
from engine.models.programmes import Programme
from engine.models.reports import Attachment, ProgressReport
from engine.models.work_items import (
    WorkItem,
    WorkItemGroupObjectPermission,
    WorkItemUnit,
    WorkItemUserObjectPermission,
)

__all__ = [
    "Attachment",
    "AuditChainHead",
    "AuditEvent",
    "CalendarException",
    "Membership",
    "OrgRole",
    "Organisation",
    "Programme",
    "ProgressReport",
    "Unit",
    "UnitAlias",
    "User",
    "WorkItem",
    "WorkItemGroupObjectPermission",
    "WorkItemUnit",
    "WorkItemUserObjectPermission",
]
