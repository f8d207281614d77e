"""Completion review: a work item's way from its lead unit's report to the leader's decision.

The lead unit carries the item out (its head may hand it to a staff member; staff write
progress; coordinating units add contributions) and its head reports completion with
evidence. If the organisation wants it, the supervising deputy director reviews the report
first and forwards it or returns it. The director — or the supervising deputy, if the
organisation lets deputies accept — accepts or returns it with a reason; a return sends
the item back to the unit with the reason shown, and the loop repeats. A leader who leaves
a report waiting too long is reminded, and later the director.

Every step is an engine service (work_item_report / endorse / accept / return); this
process only follows them (flows.sync), so the page, the API and this flow cannot disagree.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import flow, lock

from engine import permissions
from engine.models import WorkItem
from engine.selectors.people import deciding_leaders
from engine.services import work_items as svc
from flows.models import CompletionReviewProcess
from flows.nodes import EngineFlowMixin, EngineTask


class CompletionReviewFlow(EngineFlowMixin, flow.Flow):
    """Completion review

    From the lead unit's completion report to acceptance, through returns if any.
    """

    process_class = CompletionReviewProcess
    lock_impl = lock.select_for_update_lock

    start = flow.StartHandle(this.start_process).Next(this.carry_out)
    carry_out = (
        EngineTask(this.may_report)
        .Annotation(title=_("The lead unit carries out the item and reports completion"))
        .Next(this.needs_deputy_review)
    )
    needs_deputy_review = (
        flow.If(this.deputy_reviews)
        .Annotation(title=_("Does the supervising deputy review first?"))
        .Then(this.deputy_review)
        .Else(this.decide)
    )
    deputy_review = (
        EngineTask(this.may_review)
        .Annotation(title=_("The supervising deputy director reviews the report"))
        .OnTimeout(this.leader_reminder_at, this.remind_leader, interrupting=False)
        .OnTimeout(this.director_reminder_at, this.remind_director, interrupting=False)
        .Next(this.after_review)
    )
    after_review = (
        flow.Switch()
        .Annotation(title=_("Forwarded, returned or accepted?"))
        .Case(this.carry_out, this.was_returned)
        .Case(this.end, this.was_accepted)
        .Default(this.decide)
    )
    decide = (
        EngineTask(this.may_decide)
        .Annotation(title=_("The leader accepts the result or returns it with a reason"))
        .OnTimeout(this.leader_reminder_at, this.remind_leader, interrupting=False)
        .OnTimeout(this.director_reminder_at, this.remind_director, interrupting=False)
        .Next(this.after_decision)
    )
    after_decision = (
        flow.If(this.was_returned).Annotation(title=_("Returned?")).Then(this.carry_out).Else(this.end)
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
        "carry_out": {
            "report": lambda p, user, **d: svc.work_item_report(item=p.work_item, actor=user, **d),
        },
        "deputy_review": {
            "endorse": lambda p, user, **d: svc.work_item_endorse(item=p.work_item, actor=user, **d),
            "return": lambda p, user, **d: svc.work_item_return(item=p.work_item, actor=user, **d),
            "accept": lambda p, user, **d: svc.work_item_accept(item=p.work_item, actor=user, **d),
        },
        "decide": {
            "accept": lambda p, user, **d: svc.work_item_accept(item=p.work_item, actor=user, **d),
            "return": lambda p, user, **d: svc.work_item_return(item=p.work_item, actor=user, **d),
        },
    }

    def start_process(self, activation, work_item):
        activation.process.work_item = work_item
        return activation.process

    # --- who may take each step: the engine's rules -----------------------------------
    def may_report(self, user, process) -> bool:
        return permissions.can(user, "report", process.work_item)

    def may_review(self, user, process) -> bool:
        item = process.work_item
        return permissions.can(user, "endorse", item) or permissions.can(user, "return", item)

    def may_decide(self, user, process) -> bool:
        item = process.work_item
        return permissions.can(user, "accept", item) or permissions.can(user, "return", item)

    # --- routing ------------------------------------------------------------------------
    def deputy_reviews(self, activation) -> bool:
        # The item and its organisation in one query, kept on the process for the next call.
        process = activation.process
        if not CompletionReviewProcess.work_item.is_cached(process):
            process.work_item = WorkItem.objects.select_related("organisation").get(pk=process.work_item_id)
        return process.work_item.organisation.completion_deputy_review

    def was_returned(self, activation) -> bool:
        return activation.process.data.get("outcome") == "returned"

    def was_accepted(self, activation) -> bool:
        return activation.process.data.get("outcome") == "accepted"

    # --- subject and reminders ----------------------------------------------------------
    def subject(self, process):
        return process.work_item

    def subject_url(self, process) -> str:
        return reverse("work_item_detail", args=[process.work_item_id])

    def leaders(self, process) -> list:
        return deciding_leaders(process.work_item)

    def reminder_context(self, process) -> dict:
        item = process.work_item
        return {
            "subject": item,
            "work_item": item,
            "organisation_id": item.organisation_id,
            "programme_id": item.programme_id,
        }
