"""The escalation ladder page: the organisation's steps, editable by the director's office."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from engine import permissions
from engine.deadlines.ladder import Step
from engine.exceptions import DomainError
from engine.models import EscalationRule, Organisation
from engine.services.escalation import escalation_ladder_save, ladder_for


class StepForm(forms.Form):
    step = forms.IntegerField(label=gettext_lazy("Step"), min_value=1, max_value=20)
    offset = forms.IntegerField(
        label=gettext_lazy("Working days after the deadline"),
        min_value=-30,
        max_value=60,
        help_text=gettext_lazy("Negative: before the deadline; 0: on the deadline."),
    )
    recipients = forms.MultipleChoiceField(
        label=gettext_lazy("Notify"),
        choices=EscalationRule.Recipient.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    marks_escalated = forms.BooleanField(label=gettext_lazy("Marks the item escalated"), required=False)
    repeat_every_days = forms.IntegerField(
        label=gettext_lazy("Repeat every (days)"), min_value=1, max_value=90, required=False
    )


StepFormSet = forms.formset_factory(StepForm, extra=1, can_delete=True)


@login_required
def escalation_ladder_view(request: HttpRequest) -> HttpResponse:
    org_id = request.user.organisation_id
    if not permissions.can_view_escalation_ladder(request.user, org_id):
        raise PermissionDenied(_("You may not see the escalation ladder of this organisation."))
    editable = permissions.can_edit_escalation_ladder(request.user, org_id)
    initial = [
        {
            "step": s.step,
            "offset": s.offset,
            "recipients": list(s.recipients),
            "marks_escalated": s.marks_escalated,
            "repeat_every_days": s.repeat_every_days,
        }
        for s in ladder_for(org_id)
    ]
    formset = StepFormSet(request.POST or None, initial=initial, prefix="steps")
    if request.method == "POST":
        if not editable:
            raise PermissionDenied(
                _("Only the director and the secretariat may change the escalation ladder.")
            )
        if formset.is_valid():
            steps = [
                Step(
                    d["step"],
                    d["offset"],
                    tuple(d["recipients"]),
                    d.get("marks_escalated", False),
                    d.get("repeat_every_days") or None,
                )
                for d in formset.cleaned_data
                if d and not d.get("DELETE")
            ]
            try:
                escalation_ladder_save(
                    organisation=Organisation.objects.get(pk=org_id), actor=request.user, steps=steps
                )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("The escalation ladder was saved."))
                return redirect("escalation_ladder")
    return render(request, "engine/escalation_ladder.html", {"formset": formset, "editable": editable})
