"""Forms of the work-item pages; validation messages come out in the user's language."""

from django import forms
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from engine.deadlines.status import StatusClass
from engine.evidence import upload_limit_text
from engine.models import Membership, WorkItem


class DateInput(forms.DateInput):
    input_type = "text"

    def __init__(self, **kwargs):
        super().__init__(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", **kwargs.get("attrs", {})})


def _attrs_html(attrs: dict) -> str:
    """django/forms/widgets/attrs.html in Python: ` name="value"`, a bare ` name` for True, nothing
    for False; values through `stringformat:'s'`, hence always escaped."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


class PlainSelect(forms.Select):
    """A select written out in Python, byte for byte what Django's `select.html` gives (its
    `{% include %}` per option and per attribute list were most of a list page's form rendering:
    the filter form's units and the bulk form's people). tests/engine/test_forms_plain_select.py
    compares the two."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs_html(widget["attrs"])}>']
        for group_name, group_choices, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
            for option in group_choices:
                parts.append(
                    f'\n  <option value="{escape(str(option["value"]))}"{_attrs_html(option["attrs"])}>'
                    f"{conditional_escape(option['label'])}</option>\n"
                )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")  # the renderer strips the template's last newline
        return mark_safe("".join(parts))  # noqa: S308 -- every value escaped above


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

    scope = forms.ChoiceField(label=_("Show"), choices=SCOPES, required=False, widget=PlainSelect)
    state = forms.ChoiceField(
        label=_("State"),
        choices=[("", _("All states")), *WorkItem.State.choices],
        required=False,
        widget=PlainSelect,
    )
    status = forms.ChoiceField(
        label=_("Deadline status"),
        choices=[("", _("All deadline statuses")), *StatusClass.choices],
        required=False,
        widget=PlainSelect,
    )
    unit = forms.TypedChoiceField(
        label=_("Unit"), coerce=int, required=False, empty_value=None, widget=PlainSelect
    )
    month = forms.DateField(
        label=_("Due month"),
        input_formats=["%Y-%m"],
        required=False,
        widget=forms.DateInput(attrs={"type": "month"}),
    )
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    # Set by the column headers; kept here so changing a filter keeps the order.
    sort = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    # Set by the links of grouped notifications (a programme's items, the items escalated on a day).
    programme = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    escalated_on = forms.DateField(required=False, widget=forms.HiddenInput)
    # Set by a bulk action's notice: the items it did, comma-separated (at most MAX_IDS).
    ids = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
    MAX_IDS = 200

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", _("All units")), *[(u.pk, u.label) for u in units]]

    def clean_ids(self) -> list[int] | None:
        text = (self.cleaned_data.get("ids") or "").strip()
        if not text:
            return None
        try:
            ids = [int(part) for part in text.split(",") if part.strip()]
        except ValueError:
            raise forms.ValidationError(_("Enter work item numbers separated by commas.")) from None
        if len(ids) > self.MAX_IDS:
            raise forms.ValidationError(_("At most %(n)d work items at once.") % {"n": self.MAX_IDS})
        return ids


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
    # On a phone this opens the back camera; the photo is one more evidence file.
    photo = MultipleFileField(
        label=_("Photo from the camera"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": "image/*", "capture": "environment"}),
    )

    def __init__(self, *args, item: WorkItem | None = None, completion: bool = False, **kwargs):
        """`item`: the item reported on. The achieved figure is asked for only where the item has a
        numeric target, and named after it; a completion report (`completion`) must give it
        (engine.services.work_items.work_item_report says so too)."""
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _("Up to %(limit)s per file: PDF, Word, Excel, images, ZIP.") % {
            "limit": upload_limit_text()
        }
        if item is None:
            return
        if item.indicator_target is None:
            del self.fields["indicator_actual"]
            return
        field = self.fields["indicator_actual"]
        field.label = _("Result achieved")
        field.help_text = _("Target: %(target)s") % {"target": item.target_text}
        field.required = completion and item.indicator_actual is None

    def clean(self):
        data = super().clean()
        data["files"] = [*(data.get("files") or []), *(data.pop("photo", None) or [])]
        return data


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


class ExtensionRequestForm(VersionedForm):
    new_due_date = forms.DateField(
        label=_("New deadline"), input_formats=["%d/%m/%Y", "%Y-%m-%d"], widget=DateInput()
    )
    reason = forms.CharField(
        label=_("Reason for the extension"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


class ExtensionDecisionForm(forms.Form):
    DECISIONS = [("grant", _("Grant the extension")), ("refuse", _("Refuse the extension"))]

    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Note (required when refusing)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=4000,
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "refuse" and not (data.get("note") or "").strip():
            self.add_error("note", _("Give the reason for refusing the extension."))
        return data


class ApprovalForm(VersionedForm):
    """The leader's one action on a report: accept (comment optional) or return (reason required)."""

    DECISIONS = [("accept", _("Accept")), ("return", _("Return with a reason"))]

    decision = forms.ChoiceField(choices=DECISIONS, widget=forms.HiddenInput, required=False)
    reason = forms.CharField(
        label=_("Comment or reason for returning"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=4000,
    )

    def clean(self):
        data = super().clean()
        decision = self.data.get(self.add_prefix("do")) or data.get("decision")
        if decision not in ("accept", "return"):
            raise forms.ValidationError(_("Choose to accept or to return."))
        data["decision"] = decision
        if decision == "return" and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Give the reason for returning the report."))
        return data


class ProgrammeFilterForm(forms.Form):
    GROUPS = [("month", _("By month")), ("section", _("By section"))]

    group = forms.ChoiceField(label=_("Group"), choices=GROUPS, required=False)
    unit = forms.TypedChoiceField(label=_("Unit"), coerce=int, required=False, empty_value=None)
    state = forms.ChoiceField(
        label=_("State"), choices=[("", _("All states")), *WorkItem.State.choices], required=False
    )
    status = forms.ChoiceField(label=_("Due status"), required=False)
    leader = forms.TypedChoiceField(label=_("Leader"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, units=(), leaders=(), **kwargs):
        from engine.deadlines.status import StatusClass

        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", _("All units")), *[(u.pk, u.label) for u in units]]
        self.fields["leader"].choices = [("", _("All leaders")), *[(u.pk, str(u)) for u in leaders]]
        self.fields["status"].choices = [("", _("Any due status")), *StatusClass.choices]


class ProgrammeDecisionForm(forms.Form):
    notes = forms.CharField(
        label=_("Notes for the secretariat"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class BulkActionForm(forms.Form):
    """The list page's bulk bar: an action, the ticked items, and what the action needs."""

    LABELS = {"delegate": _("Hand to a staff member"), "accept": _("Accept the reports")}

    action = forms.ChoiceField(label=_("With the selected items"), choices=(), widget=PlainSelect)
    items = forms.CharField(required=False, widget=forms.MultipleHiddenInput)
    assignee = forms.ModelChoiceField(
        label=_("Staff member"), queryset=None, required=False, widget=PlainSelect
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=4000)

    def __init__(self, *args, user, offered, **kwargs):
        super().__init__(*args, **kwargs)
        from engine.models import User
        from engine.permissions import UNIT_MANAGERS

        self.fields["action"].choices = [(a, self.LABELS[a]) for a in offered]
        managed = (
            Membership.objects.active().filter(user_id=user.pk, role__in=UNIT_MANAGERS).values("unit_id")
        )
        members = Membership.objects.active().filter(unit_id__in=managed).values("user_id")
        self.fields["assignee"].queryset = User.objects.filter(pk__in=members, is_active=True).order_by(
            "full_name", "username"
        )
        self.fields["assignee"].empty_label = _("— choose —")

    def clean_items(self):
        raw = self.data.getlist(self.add_prefix("items")) if hasattr(self.data, "getlist") else []
        if not raw or not all(str(pk).isdigit() for pk in raw):
            raise forms.ValidationError(_("Select at least one work item."))
        return [int(pk) for pk in raw]
