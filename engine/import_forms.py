"""Forms of the import pages: the upload, a row's correction, the unit picker."""

from pathlib import PurePath

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from engine.forms import DateInput
from engine.services.import_staging import EXTENSIONS, MAX_UPLOAD_BYTES


class ProgrammeUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Programme file"),
        allow_empty_file=True,  # clean_file says so, naming the file
        help_text=_(
            "A Word, Excel, PowerPoint or OpenDocument file (.docx, .doc, .xlsx, .xls, .pptx, .ppt, .odt, "
            ".ods, .odp), a PDF (a scan is read by OCR), an image, text (.txt, .html, .md, .csv), a task "
            "export (.json, .xml), an e-mail (.eml) or a task calendar (.ics), at most %(size)s."
        )
        % {"size": filesizeformat(MAX_UPLOAD_BYTES)},
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=2000,
        max_value=2100,
        help_text=_("Only if the title does not say which year the programme covers."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = PurePath(upload.name).name
        if PurePath(name).suffix.lower() not in EXTENSIONS:
            raise forms.ValidationError(
                _("%(file)s: this type of file cannot be imported (accepted: %(types)s).")
                % {"file": name, "types": ", ".join(EXTENSIONS)}
            )
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("%(file)s is %(size)s; the largest file that can be imported is %(limit)s.")
                % {
                    "file": name,
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(MAX_UPLOAD_BYTES),
                }
            )
        if upload.size == 0:
            raise forms.ValidationError(_("%(file)s is empty.") % {"file": name})
        return upload


class ImportRowForm(forms.Form):
    content = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 3}))
    lead_units = forms.ModelMultipleChoiceField(label=_("Lead units"), queryset=None, required=False)
    coordinating_units = forms.ModelMultipleChoiceField(
        label=_("Coordinating units"), queryset=None, required=False
    )
    leader = forms.TypedChoiceField(label=_("Leader"), required=False, coerce=int, empty_value=None)
    due_text = forms.CharField(label=_("Due (as printed)"), required=False, max_length=255)
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=DateInput(), input_formats=["%d/%m/%Y", "%Y-%m-%d"]
    )
    section = forms.CharField(label=_("Section"), required=False, max_length=500)
    indicator_name = forms.CharField(label=_("Indicator"), required=False, max_length=500)
    indicator_measure = forms.CharField(label=_("Unit of measure"), required=False, max_length=100)
    indicator_target = forms.CharField(label=_("Target"), required=False, max_length=50)

    def __init__(self, *args, units, leaders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_units"].queryset = units
        self.fields["coordinating_units"].queryset = units
        self.fields["leader"].choices = [("", "—")] + [(ref.key, ref.full_name) for ref in leaders]
        for name in ("lead_units", "coordinating_units"):
            # Ticks, not a multiple <select>: choosing several needs no Ctrl-click.
            self.fields[name].widget = forms.CheckboxSelectMultiple(attrs={"class": "unit-checks"})
            self.fields[name].widget.choices = self.fields[name].choices


class ImportTitleForm(forms.Form):
    title = forms.CharField(label=_("Programme title"), max_length=500)


class UnitPickForm(forms.Form):
    """A spelling → an existing unit, or (`create`) a new unit named as the document prints it."""

    spelling = forms.CharField(widget=forms.HiddenInput, max_length=255)
    unit = forms.ModelChoiceField(
        label=_("Unit"), queryset=None, empty_label=_("— choose a unit —"), required=False
    )
    create = forms.BooleanField(required=False)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("create") and not cleaned.get("unit"):
            raise forms.ValidationError(_("Choose a unit, or create a new one."))
        return cleaned
