"""Extension request: the supervising leader or the director decides a unit's request for time.

The head of the lead unit asks for a new deadline with a reason (engine
extension_request); the supervising deputy director or the director grants it — the
deadline moves through the engine, the original kept — or refuses it with a reason. A
request left waiting reminds the leader, and later the director.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import flow, lock

from engine import permissions
from engine.selectors.people import deciding_leaders
from engine.services import extensions as svc
from flows.models import ExtensionRequestProcess
from flows.nodes import EngineFlowMixin, EngineTask


class ExtensionRequestFlow(EngineFlowMixin, flow.Flow):
    """Extension request

    A lead unit's request for a later deadline, decided by a leader.
    """

    process_class = ExtensionRequestProcess
    lock_impl = lock.select_for_update_lock

    start = flow.StartHandle(this.start_process).Next(this.decide)
    decide = (
        EngineTask(this.may_decide)
        .Annotation(title=_("The leader grants or refuses the extension"))
        .OnTimeout(this.leader_reminder_at, this.remind_leader, interrupting=False)
        .OnTimeout(this.director_reminder_at, this.remind_director, interrupting=False)
        .Next(this.end)
    )
    remind_leader = (
        flow.Function(this.send_leader_reminder)
        .Annotation(title=_("Remind the supervising leader"))
        .Next(this.reminded)
    )
    remind_director = (
        flow.Function(this.send_director_reminder)
        .Annotation(title=_("Remind the director"))
        .Next(this.reminded)
    )
    reminded = flow.End()
    end = flow.End()

    actions = {
        "decide": {
            "grant": lambda p, user, **d: svc.extension_grant(extension=p.extension, actor=user, **d),
            "refuse": lambda p, user, **d: svc.extension_refuse(extension=p.extension, actor=user, **d),
        },
    }

    def start_process(self, activation, extension):
        activation.process.extension = extension
        return activation.process

    def may_decide(self, user, process) -> bool:
        return process.extension.is_pending and permissions.can(
            user, "decide_extension", process.extension.work_item
        )

    def subject(self, process):
        return process.extension

    def subject_url(self, process) -> str:
        return reverse("extension_decide", args=[process.extension_id])

    def reminder_organisation(self, process):
        return process.extension.work_item.organisation

    def leaders(self, process) -> list:
        return deciding_leaders(process.extension.work_item)

    def reminder_context(self, process) -> dict:
        item = process.extension.work_item
        return {
            "subject": process.extension,
            "work_item": item,
            "organisation_id": item.organisation_id,
            "programme_id": item.programme_id,
        }
