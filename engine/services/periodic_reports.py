"""The secretariat's periodic report: open it for a period, edit its prose, audited."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from engine import permissions
from engine.audit import audit_record
from engine.exceptions import InvalidInput
from engine.models import Organisation, PeriodicReport
from engine.scoring.periods import Period, cutoff_window

EDITABLE = ("document_number", "signer_title", "signer_name", "recipients")
MAX_SECTION = 20000


def periodic_report_open(*, organisation: Organisation, actor, period: Period) -> PeriodicReport:
    """The report of a period, created (with the Nghị định 09/2019 window) on first use."""
    permissions.require_org(
        permissions.can_view_periodic_report(actor, organisation.pk),
        _("You may not see the periodic reports of this organisation."),
    )
    report = PeriodicReport.objects.filter(
        organisation=organisation,
        period_kind=period.kind,
        period_year=period.year,
        period_number=period.number,
    ).first()
    if report is not None:
        return report
    start, end = cutoff_window(period)
    try:
        with transaction.atomic():
            return PeriodicReport.objects.create(
                organisation=organisation,
                period_kind=period.kind,
                period_year=period.year,
                period_number=period.number,
                window_start=start,
                window_end=end,
                signer_title=_("DIRECTOR"),
            )
    except IntegrityError:  # opened by someone else at the same moment
        return PeriodicReport.objects.get(
            organisation=organisation,
            period_kind=period.kind,
            period_year=period.year,
            period_number=period.number,
        )


def periodic_report_update(*, report: PeriodicReport, actor, sections: dict, **fields) -> PeriodicReport:
    """The secretariat edits the prose sections and the document's particulars."""
    permissions.require_org(
        permissions.can_edit_periodic_report(actor, report.organisation_id),
        _("Only the secretariat edits the periodic report."),
    )
    unknown = (set(sections) - set(PeriodicReport.SECTION_KEYS)) | (set(fields) - set(EDITABLE))
    if unknown:
        raise InvalidInput(_("These fields cannot be edited: %s") % ", ".join(sorted(unknown)))
    for key, text in sections.items():
        if len(text or "") > MAX_SECTION:
            message = _("This section is longer than %(n)s characters.") % {"n": MAX_SECTION}
            raise InvalidInput(message, field_errors={key: [message]})
    with transaction.atomic():
        report = PeriodicReport.objects.select_for_update().get(pk=report.pk)
        changes = {}
        merged = dict(report.sections)
        for key, text in sections.items():
            text = (text or "").strip()
            if merged.get(key, "") != text:
                changes[key] = True
                merged[key] = text
        report.sections = merged
        for name, value in fields.items():
            value = (value or "").strip()
            if getattr(report, name) != value:
                changes[name] = [getattr(report, name), value]
                setattr(report, name, value)
        report.updated_by = actor
        report.save()
        if changes:
            audit_record(
                organisation_id=report.organisation_id,
                actor=actor,
                verb="periodic_report.update",
                obj=report,
                changes=changes,
            )
    return report
