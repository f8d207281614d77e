"""Programme approval: the secretariat submits a draft programme; the director approves it.

The director approves — every drafted item is assigned to its lead unit and the
programme is published, in one transaction (engine programme_publish) — or sends it back
with notes; the secretariat revises and submits again. A director who leaves a programme
waiting too long is reminded.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import flow, lock

from engine import permissions
from engine.selectors.people import directors
from engine.services import programmes as svc
from flows.models import ProgrammeApprovalProcess
from flows.nodes import EngineFlowMixin, EngineTask


class ProgrammeApprovalFlow(EngineFlowMixin, flow.Flow):
    """Programme approval

    A draft programme, submitted by the secretariat, approved and published by the director.
    """

    process_class = ProgrammeApprovalProcess
    lock_impl = lock.select_for_update_lock

    start = flow.StartHandle(this.start_process).Next(this.approve)
    approve = (
        EngineTask(this.may_approve)
        .Annotation(title=_("The director approves the programme or sends it back"))
        .OnTimeout(this.leader_reminder_at, this.remind_leader, interrupting=False)
        .OnTimeout(this.director_reminder_at, this.remind_director, interrupting=False)
        .Next(this.approved)
    )
    approved = flow.If(this.was_approved).Annotation(title=_("Approved?")).Then(this.end).Else(this.revise)
    revise = (
        EngineTask(this.may_revise)
        .Annotation(title=_("The secretariat revises the programme and submits it again"))
        .Next(this.approve)
    )
    remind_leader = (
        flow.Function(this.send_leader_reminder)
        .Annotation(title=_("Remind the director"))
        .Next(this.reminded)
    )
    remind_director = (
        flow.Function(this.send_director_reminder)
        .Annotation(title=_("Remind the director again"))
        .Next(this.reminded)
    )
    reminded = flow.End()
    end = flow.End()

    actions = {
        "approve": {
            "approve": lambda p, user, **d: svc.programme_publish(programme=p.programme, actor=user, **d),
            "send_back": lambda p, user, **d: svc.programme_send_back(programme=p.programme, actor=user, **d),
        },
        "revise": {
            "resubmit": lambda p, user, **d: svc.programme_submit(programme=p.programme, actor=user, **d),
        },
    }

    def start_process(self, activation, programme):
        activation.process.programme = programme
        return activation.process

    def may_approve(self, user, process) -> bool:
        programme = process.programme
        return programme.state == programme.State.SUBMITTED and permissions.can_publish_programme(
            user, programme
        )

    def may_revise(self, user, process) -> bool:
        programme = process.programme
        return programme.state == programme.State.DRAFT and permissions.can_edit_programme(user, programme)

    def was_approved(self, activation) -> bool:
        return activation.process.data.get("outcome") == "approved"

    def subject(self, process):
        return process.programme

    def subject_url(self, process) -> str:
        return reverse("programme_detail", args=[process.programme_id])

    def leaders(self, process) -> list:
        return list(directors(process.programme.organisation_id))

    def reminder_context(self, process) -> dict:
        programme = process.programme
        return {
            "subject": programme,
            "organisation_id": programme.organisation_id,
            "programme_id": programme.pk,
        }
