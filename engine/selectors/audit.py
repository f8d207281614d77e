"""The audit trail of an organisation narrowed by subject, actor, verb and date range (page and exports).

It reads AuditEventRecord, the view of the live and the archive tables, so archived years are found too.
"""

from datetime import date, datetime, time, timedelta

from django.db.models import QuerySet
from django.utils import timezone

from engine.models import AuditEventRecord


def _local_midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def audit_event_list(
    organisation_id: int,
    *,
    item_id: int | None = None,
    unit_id: int | None = None,
    actor_id: int | None = None,
    verb: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> QuerySet[AuditEventRecord]:
    """Newest first; dates are local days, both ends included."""
    events = AuditEventRecord.objects.filter(organisation_id=organisation_id)
    if item_id:
        events = events.filter(work_item_id=item_id)
    elif unit_id:
        events = events.filter(unit_id=unit_id)
    if actor_id:
        events = events.filter(actor_id=actor_id)
    if verb:
        events = events.filter(verb=verb)
    if date_from:
        events = events.filter(created_at__gte=_local_midnight(date_from))
    if date_to:
        events = events.filter(created_at__lt=_local_midnight(date_to + timedelta(days=1)))
    return events.select_related("work_item", "unit").order_by("-seq")
