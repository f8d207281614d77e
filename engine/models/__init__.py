"""Engine models, one module per entity group; imported here so Django finds them."""

from engine.models.audit import AuditArchive, AuditChainHead, AuditEvent, AuditEventArchive, AuditEventRecord
from engine.models.calendar import CalendarException
from engine.models.escalation import EscalationFiring, EscalationRule, ReportPeriod
from engine.models.exports import ExportJob
from engine.models.extensions import ExtensionRequest
from engine.models.imports import ProgrammeImport
from engine.models.organisations import Organisation, Unit, UnitAlias
from engine.models.oversight import DashboardCount, OversightSnapshot, RegisterEntry
from engine.models.people import Membership, OrgRole, User
from engine.models.periodic_reports import PeriodicReport
from engine.models.programmes import Programme
from engine.models.reports import Attachment, ProgressReport
from engine.models.scoring import (
    Evaluation,
    EvaluationItem,
    EvaluationRun,
    Rubric,
    ScoreFact,
)
from engine.models.waivers import DelayWaiver
from engine.models.work_items import (
    WorkItem,
    WorkItemGroupObjectPermission,
    WorkItemUnit,
    WorkItemUserObjectPermission,
)

__all__ = [
    "Attachment",
    "AuditArchive",
    "AuditChainHead",
    "AuditEvent",
    "AuditEventArchive",
    "AuditEventRecord",
    "CalendarException",
    "DashboardCount",
    "DelayWaiver",
    "EscalationFiring",
    "EscalationRule",
    "Evaluation",
    "EvaluationItem",
    "EvaluationRun",
    "ExportJob",
    "ExtensionRequest",
    "Membership",
    "OrgRole",
    "Organisation",
    "OversightSnapshot",
    "PeriodicReport",
    "Programme",
    "ProgrammeImport",
    "ProgressReport",
    "RegisterEntry",
    "ReportPeriod",
    "Rubric",
    "ScoreFact",
    "Unit",
    "UnitAlias",
    "User",
    "WorkItem",
    "WorkItemGroupObjectPermission",
    "WorkItemUnit",
    "WorkItemUserObjectPermission",
]
