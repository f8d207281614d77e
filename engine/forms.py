"""Forms of the work-item pages; validation messages come out in the user's language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from engine.evidence import upload_limit_text
from engine.models import Membership, WorkItem


class DateInput(forms.DateInput):
    input_type = "text"

    def __init__(self, **kwargs):
        super().__init__(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", **kwargs.get("attrs", {})})


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if not data:
            return []
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)]


class WorkItemFilterForm(forms.Form):
    SCOPES = [("actionable", _("Waiting on me")), ("all", _("Everything I may see"))]

    scope = forms.ChoiceField(label=_("Show"), choices=SCOPES, required=False)
    state = forms.ChoiceField(
        label=_("State"), choices=[("", _("All states")), *WorkItem.State.choices], required=False
    )
    unit = forms.TypedChoiceField(label=_("Unit"), coerce=int, required=False, empty_value=None)
    month = forms.DateField(
        label=_("Due month"),
        input_formats=["%Y-%m"],
        required=False,
        widget=forms.DateInput(attrs={"type": "month"}),
    )
    q = forms.CharField(label=_("Search"), required=False, max_length=200)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", _("All units")), *[(u.pk, u.label) for u in units]]


class VersionedForm(forms.Form):
    """Every action form carries the version the user saw, to catch stale pages."""

    version = forms.IntegerField(widget=forms.HiddenInput)


class ReasonForm(VersionedForm):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class NoteForm(VersionedForm):
    note = forms.CharField(
        label=_("Comment (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=4000,
    )


class ReportForm(VersionedForm):
    text = forms.CharField(label=_("Result"), widget=forms.Textarea(attrs={"rows": 4}), max_length=20000)
    percent = forms.IntegerField(label=_("Percent complete"), min_value=0, max_value=100, required=False)
    indicator_actual = forms.DecimalField(
        label=_("Indicator actual"), required=False, max_digits=18, decimal_places=4
    )
    files = MultipleFileField(label=_("Evidence files"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _("Up to %(limit)s per file: PDF, Word, Excel, images, ZIP.") % {
            "limit": upload_limit_text()
        }


class DelegateForm(VersionedForm):
    assignee = forms.ModelChoiceField(label=_("Staff member"), queryset=None, required=False)

    def __init__(self, *args, item=None, **kwargs):
        super().__init__(*args, **kwargs)
        from engine.models import User, WorkItemUnit

        lead_units = WorkItemUnit.objects.filter(work_item=item, role=WorkItemUnit.Role.LEAD).values(
            "unit_id"
        )
        members = Membership.objects.active().filter(unit_id__in=lead_units).values("user_id")
        self.fields["assignee"].queryset = User.objects.filter(pk__in=members, is_active=True).order_by(
            "full_name"
        )
        self.fields["assignee"].empty_label = _("— the unit as a whole —")
