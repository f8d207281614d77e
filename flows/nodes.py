"""What our flows share: the human step backed by an engine service, and the reminder timing.

An `EngineTask` is a viewflow View node whose work is done by calling an engine service
(report, accept, return, publish, grant …). Who may take and execute it is decided by
engine.permissions, through the `may` callable each node is given; viewflow's own
owner-permission strings are not used.
"""

from datetime import datetime, timedelta

from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from viewflow import this
from viewflow.workflow import flow
from viewflow.workflow.status import STATUS

from engine.deadlines.calendar import calendar_for


def task_page(request, **kwargs):
    """Viewflow's route for a task (unused by our UI): go to the page of the task's subject."""
    task = getattr(request, "activation", None)
    url = task and task.flow_task.flow_class.instance.subject_url(task.process)
    if not url:
        raise Http404
    return HttpResponseRedirect(url)


class EngineTask(flow.View):
    """A step a person completes by calling an engine service; `may(user, process)` says who."""

    def __init__(self, may, **kwargs):
        super().__init__(task_page, **kwargs)
        self._may = may

    def _resolve(self, instance):
        super()._resolve(instance)
        self._may = this.resolve(instance, self._may)

    def _process(self, task):
        process = task.process
        if not isinstance(process, self.flow_class.process_class):
            process = process.coerced
        return process

    def may(self, user, task) -> bool:
        if user is None or not user.is_authenticated:
            return False
        return bool(self._may(user, self._process(task)))

    def can_assign(self, user, task) -> bool:
        return task.owner_id is None and task.status == STATUS.NEW and self.may(user, task)

    def can_execute(self, user, task) -> bool:
        return (
            task.owner_id is not None
            and user is not None
            and task.owner_id == user.pk
            and task.status == STATUS.ASSIGNED
            and self.may(user, task)
        )

    def can_unassign(self, user, task) -> bool:
        return task.owner_id is not None and user is not None and task.owner_id == user.pk


def after_working_days(organisation, multiple: int = 1, *, now: datetime | None = None) -> datetime:
    """The moment `leader_reminder_days` × `multiple` working days from now, same time of day."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    days = max(1, organisation.leader_reminder_days) * multiple
    day = calendar_for(organisation.pk).add_working_days(local.date(), days)
    return local + timedelta(days=(day - local.date()).days)


class EngineFlowMixin:
    """What every flow of ours offers the sync, the driver and the pages."""

    #: node name -> {action: callable(process, user, **data)} calling one engine service
    actions: dict = {}

    def subject(self, process):
        raise NotImplementedError

    def subject_url(self, process) -> str:
        raise NotImplementedError

    def leaders(self, process) -> list:
        """Whom the first reminder goes to."""
        raise NotImplementedError

    def reminder_context(self, process) -> dict:
        """reminder_send keyword arguments naming the subject."""
        raise NotImplementedError

    def send_leader_reminder(self, activation) -> None:
        self._remind(activation, "leader")

    def send_director_reminder(self, activation) -> None:
        self._remind(activation, "director")

    def _remind(self, activation, step: str) -> None:
        from engine.selectors.people import directors
        from engine.services.reminders import reminder_send

        process = activation.process
        boundary = activation.task.previous.first()
        host = getattr(getattr(boundary, "flow_task", None), "_attached_to", None)
        context = self.reminder_context(process)
        recipients = (
            self.leaders(process) if step == "leader" else list(directors(context["organisation_id"]))
        )
        title = str(getattr(host, "task_title", "") or getattr(host, "name", ""))
        reminder_send(recipients=recipients, task=title, step=step, **context)

    def leader_reminder_at(self, activation):
        return after_working_days(self.reminder_organisation(activation.process), 1)

    def director_reminder_at(self, activation):
        return after_working_days(self.reminder_organisation(activation.process), 2)

    def reminder_organisation(self, process):
        return self.subject(process).organisation
