"""Filters that turn stored codes (audit verbs, states, deadline statuses) into words for the pages."""

from django import template
from django.utils.translation import gettext_lazy as _

from engine.deadlines.status import StatusClass
from engine.models import Evaluation, ExtensionRequest, Programme, WorkItem

register = template.Library()

VERB_LABELS = {
    "work_item.create": _("created the work item"),
    "work_item.update": _("edited the work item"),
    "work_item.assign": _("assigned to the lead unit"),
    "work_item.start": _("started the work"),
    "work_item.report": _("reported completion"),
    "work_item.accept": _("accepted the result"),
    "work_item.return": _("returned the report"),
    "work_item.cancel": _("cancelled the work item"),
    "work_item.reopen": _("reopened the work item"),
    "work_item.delegate": _("handed over to a staff member"),
    "work_item.progress": _("wrote a progress note"),
    "work_item.contribution": _("added a contribution"),
    "work_item.extend_deadline": _("extended the deadline"),
    "work_item.share": _("shared the work item"),
    "work_item.escalate": _("escalation reminder sent"),
    "escalation_ladder.update": _("changed the escalation ladder"),
    "work_item.unshare": _("stopped sharing the work item"),
    "work_item.endorse": _("forwarded the report to the director"),
    "flow.reminder": _("reminder sent"),
    "programme.submit": _("sent the programme for approval"),
    "programme.send_back": _("sent the programme back"),
    "extension.request": _("asked for an extension"),
    "extension.grant": _("granted the extension"),
    "extension.refuse": _("refused the extension"),
    "extension.withdraw": _("withdrew the extension request"),
    "programme.create": _("created the programme"),
    "programme.publish": _("published the programme"),
    "programme.close": _("closed the programme"),
    "membership.grant": _("granted a unit role"),
    "membership.revoke": _("revoked a unit role"),
    "org_role.grant": _("granted an organisation role"),
    "org_role.revoke": _("revoked an organisation role"),
    "delay_waiver.grant": _("recorded an objective cause for the delay"),
    "delay_waiver.revoke": _("withdrew the objective cause"),
    "rubric.save": _("saved a new version of the scoring rubric"),
    "evaluation.compute": _("computed the evaluation"),
    "evaluation.freeze": _("froze the evaluation"),
    "periodic_report.update": _("edited the periodic report"),
}

ACTION_LABELS = {
    "start": _("Start"),
    "assign": _("Assign to the lead unit"),
    "report": _("Report completion"),
    "progress": _("Write progress"),
    "contribute": _("Add a contribution"),
    "accept": _("Accept"),
    "endorse": _("Forward to the director"),
    "return": _("Return with a reason"),
    "cancel": _("Cancel the work item"),
    "reopen": _("Reopen"),
    "delegate": _("Hand over to a staff member"),
    "request_extension": _("Ask for an extension"),
    "edit": _("Edit"),
}

# Audit events carry the states of work items, programmes, extension requests and evaluations;
# their codes do not overlap, so one table labels them all.
_STATES = {
    **dict(Programme.State.choices),
    **dict(ExtensionRequest.State.choices),
    **dict(Evaluation.State.choices),
    **dict(WorkItem.State.choices),
}


@register.filter
def verb_label(verb: str) -> str:
    return VERB_LABELS.get(verb, verb)


@register.filter
def event_label(event) -> str:
    """verb_label, naming the assignee when a head hands an item to a staff member."""
    name = (
        (getattr(event, "changes", None) or {}).get("assignee_name")
        if event.verb == "work_item.delegate"
        else ""
    )
    if name:
        return _("assigned the work to %(name)s") % {"name": name}
    return verb_label(event.verb)


@register.filter
def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


@register.filter
def state_label(state: str) -> str:
    return _STATES.get(state, state)


_STATUSES = dict(StatusClass.choices)


@register.filter
def status_label(status: str | None) -> str:
    return _STATUSES.get(status, status or "")


@register.filter
def iso_date(value: str):
    """A date stored as ISO text (audit changes) back to a date, for the |date filter."""
    from datetime import date

    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return value


@register.filter
def grouped(value):
    """A count with the language's thousands separator (10.000 in Vietnamese, 10,000 in English)."""
    from django.utils.formats import number_format

    return number_format(value, force_grouping=True) if value is not None else ""
