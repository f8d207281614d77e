"""Forms of the oversight pages: period choice, register filters, waivers, rubric, report prose."""

from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from engine.scoring.periods import COUNT_IN_YEAR, Period, period_containing, period_of
from engine.scoring.rules import RubricRules

PERIOD_KINDS = [
    ("month", _("Month")),
    ("quarter", _("Quarter")),
    ("half_year", _("Half-year")),
    ("year", _("Year")),
]


class PeriodForm(forms.Form):
    # static/js/nav.js hides the number under "year" (a year has no number) and bounds it by kind.
    kind = forms.ChoiceField(
        label=_("Period"), choices=PERIOD_KINDS, widget=forms.Select(attrs={"data-period-kind": ""})
    )
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    number = forms.IntegerField(
        label=_("Number"),
        min_value=1,
        max_value=12,
        required=False,
        help_text=_("Month 1–12, quarter 1–4, half 1–2."),
        widget=forms.NumberInput(
            attrs={"data-period-number": "", "data-period-max": '{"month": 12, "quarter": 4, "half_year": 2}'}
        ),
    )

    def __init__(self, *args, default_kind: str = "month", default_day: date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        current = period_containing(default_kind, default_day or timezone.localdate())
        self.fields["kind"].initial = default_kind
        self.fields["year"].initial = current.year
        self.fields["number"].initial = current.number

    def clean(self):
        data = super().clean()
        kind, number = data.get("kind"), data.get("number") or 1
        if kind and not 1 <= number <= COUNT_IN_YEAR[kind]:
            self.add_error("number", _("There is no such period."))
        data["number"] = number
        return data

    def period(self) -> Period:
        data = self.cleaned_data
        return period_of(data["kind"], data["year"], data["number"])


def year_being_scored(today: date) -> date:
    """A day of the year a thi đua board scores by default: the year itself, and in January the
    year just ended (its scoring is finished then)."""
    return date(today.year - 1, 12, 31) if today.month == 1 else today


def period_from_request(data, default_kind: str = "month") -> tuple[PeriodForm, Period]:
    """The period asked for in a query string, or the current one when none (or a bad one) is."""
    form = PeriodForm(data if data.get("kind") else None, default_kind=default_kind)
    if form.is_bound and form.is_valid():
        return form, form.period()
    return form, period_containing(default_kind, timezone.localdate())


class RegisterFilterForm(forms.Form):
    SORTS = [
        ("-days_late", _("Most days late first")),
        ("days_late", _("Fewest days late first")),
        ("due_date", _("Earliest deadline first")),
        ("-due_date", _("Latest deadline first")),
    ]
    unit = forms.TypedChoiceField(label=_("Unit"), coerce=int, required=False, empty_value=None)
    leader = forms.TypedChoiceField(label=_("Leader"), coerce=int, required=False, empty_value=None)
    programme = forms.TypedChoiceField(label=_("Programme"), coerce=int, required=False, empty_value=None)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORTS, required=False)

    def __init__(self, *args, units=(), leaders=(), programmes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", _("All units")), *[(u.pk, u.label) for u in units]]
        self.fields["leader"].choices = [("", _("All leaders")), *[(u.pk, str(u)) for u in leaders]]
        self.fields["programme"].choices = [("", _("All programmes")), *[(p.pk, p.title) for p in programmes]]


class WaiverForm(forms.Form):
    reason = forms.CharField(
        label=_("Objective cause"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


class RubricForm(forms.Form):
    weight_quantity = forms.DecimalField(
        label=_("Weight of quantity"), min_value=0, max_digits=6, decimal_places=3
    )
    weight_quality = forms.DecimalField(
        label=_("Weight of quality"), min_value=0, max_digits=6, decimal_places=3
    )
    weight_timeliness = forms.DecimalField(
        label=_("Weight of timeliness"), min_value=0, max_digits=6, decimal_places=3
    )
    delay_deduction = forms.DecimalField(
        label=_("Deduction per delay (share of the item's timeliness)"),
        min_value=0,
        max_value=1,
        decimal_places=4,
    )
    return_deduction = forms.DecimalField(
        label=_("Deduction per returned report (share of the item's quality)"),
        min_value=0,
        max_value=1,
        decimal_places=4,
    )
    excellent_from = forms.DecimalField(label=_("“Excellent” from (points)"), min_value=0, max_value=100)
    good_from = forms.DecimalField(label=_("“Good” from (points)"), min_value=0, max_value=100)
    completed_from = forms.DecimalField(label=_("“Completed” from (points)"), min_value=0, max_value=100)
    excellent_cap_ratio = forms.DecimalField(
        label=_("Cap on “excellent” (share of those graded good or better)"), min_value=0, max_value=1
    )
    basis = forms.CharField(label=_("Legal basis"), max_length=200)
    note = forms.CharField(label=_("What changed"), widget=forms.Textarea(attrs={"rows": 2}), required=False)

    @classmethod
    def for_rules(cls, rules: RubricRules, *args, **kwargs):
        return cls(*args, initial=rules.to_dict(), **kwargs)

    def rules(self) -> dict:
        return {k: str(v) for k, v in self.cleaned_data.items() if k != "note"}


class PeriodicReportForm(forms.Form):
    document_number = forms.CharField(label=_("Document number"), max_length=100, required=False)
    summary = forms.CharField(
        label=_("General assessment"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=20000,
    )
    shortcomings = forms.CharField(
        label=_("Shortcomings and their causes"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=20000,
    )
    next_period = forms.CharField(
        label=_("Key tasks for the next period"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=20000,
    )
    proposals = forms.CharField(
        label=_("Proposals"), widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=20000
    )
    recipients = forms.CharField(
        label=_("Recipients (one per line)"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    signer_title = forms.CharField(label=_("Signer's title"), max_length=255, required=False)
    signer_name = forms.CharField(label=_("Signer"), max_length=255, required=False)


def today() -> date:
    return timezone.localdate()


class AuditFilterForm(forms.Form):
    """The audit trail's filters (page and exports): who, which action, which days."""

    actor = forms.ModelChoiceField(label=_("Actor"), queryset=None, required=False)
    verb = forms.ChoiceField(label=_("Action"), required=False)
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )
    date_to = forms.DateField(
        label=_("To"),
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )

    def __init__(self, *args, organisation_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        from engine.models import User
        from engine.templatetags.engine_extras import VERB_LABELS

        self.fields["actor"].queryset = User.objects.filter(organisation_id=organisation_id).order_by(
            "full_name", "username"
        )
        self.fields["actor"].empty_label = _("Everyone")
        verbs = sorted(VERB_LABELS.items(), key=lambda pair: str(pair[1]))
        self.fields["verb"].choices = [("", _("All actions")), *verbs]

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("The end date is before the start date."))
        return data
