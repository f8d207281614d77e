"""Moving a closed year's notifications to NotificationArchive (registered with engine.audit_archive)."""

from datetime import datetime

from django.db import connection

from notifications.models import Notification, NotificationArchive


def notifications_archive(organisation_id: int, before: datetime) -> int:
    """Move the organisation's notifications written before `before`, read or unread, as they are."""
    from engine.audit_archive import move_rows

    quote = connection.ops.quote_name
    return move_rows(
        Notification,
        NotificationArchive,
        f"{quote('organisation_id')} = %s AND {quote('created_at')} < %s",
        [organisation_id, before],
    )
