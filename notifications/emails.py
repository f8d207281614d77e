"""Email delivery of notifications, per each user's preference.

- immediately: one email per notification not yet emailed (sent at the next run, every minute);
- digest: one email listing what is still unread `NOTIFICATIONS_DIGEST_DELAY_MINUTES` after it
  arrived (newer rows wait for a later run);
- never: nothing.
Read notifications are never emailed. Each user's batch is marked `emailed_at` in the
transaction that sends it, with rows locked (skipped if another worker holds them), so two
workers never send the same notification twice.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from engine.models import User
from notifications.models import Notification, NotificationPreference

logger = logging.getLogger(__name__)
Email = NotificationPreference.Email


def _pending(now: datetime):
    return Notification.objects.filter(emailed_at__isnull=True, read_at__isnull=True, created_at__lte=now)


def _recipients_with(preference: str, rows) -> list[int]:
    """Users with a pending row whose preference is `preference` (no row means digest)."""
    users = rows.exclude(recipient__email="").filter(recipient__is_active=True)
    if preference == Email.DIGEST:
        users = users.exclude(recipient__notification_preference__email__in=[Email.IMMEDIATELY, Email.NEVER])
    else:
        users = users.filter(recipient__notification_preference__email=preference)
    return sorted(set(users.values_list("recipient_id", flat=True)))


def _absolute(link: str) -> str:
    return settings.SITE_URL.rstrip("/") + link if link.startswith("/") else link


def _body(user: User, rows: list[Notification]) -> str:
    lines = [_("Hello %(name)s,") % {"name": user}, ""]
    for row in rows:
        lines.append(f"- {timezone.localtime(row.created_at):%d/%m/%Y %H:%M} {row.message}")
        lines.append(f"  {_absolute(f'/notifications/{row.pk}/open/')}")
    lines += ["", _("All your notifications: %(url)s") % {"url": _absolute("/notifications/")}]
    lines.append(_("You can change how you are emailed on that page."))
    return "\n".join(lines)


def _send_batch(user_id: int, rows_query, *, digest: bool, now: datetime) -> int:
    """Send one user's pending rows (one email, or one each); returns how many were emailed."""
    with transaction.atomic():
        locked = (
            rows_query.filter(recipient_id=user_id)
            .order_by("id")
            .select_for_update(skip_locked=connection.features.has_select_for_update_skip_locked)
        )
        rows = list(locked.select_related("recipient"))
        if not rows:
            return 0
        user = rows[0].recipient
        language = (
            NotificationPreference.objects.filter(user_id=user_id).values_list("language", flat=True).first()
            or settings.LANGUAGE_CODE
        )
        with translation.override(language):
            batches = [rows] if digest else [[row] for row in rows]
            for batch in batches:
                if digest:
                    subject = ngettext(
                        "[Đôn Đốc] %(n)d unread notification",
                        "[Đôn Đốc] %(n)d unread notifications",
                        len(batch),
                    ) % {"n": len(batch)}
                else:
                    subject = "[Đôn Đốc] " + batch[0].message[:150]
                send_mail(subject, _body(user, batch), None, [user.email])
        Notification.objects.filter(pk__in=[row.pk for row in rows]).update(emailed_at=now)
        return len(rows)


def notification_emails_send(*, now: datetime | None = None) -> dict[str, int]:
    """One run of the email sweep; returns how many notifications went out, per kind of email."""
    now = now or timezone.now()
    sent = {"immediately": 0, "digest": 0, "failed_users": 0}
    immediate_rows = _pending(now)
    digest_rows = _pending(now - timedelta(minutes=settings.NOTIFICATIONS_DIGEST_DELAY_MINUTES))
    for preference, rows, digest in (
        (Email.IMMEDIATELY, immediate_rows, False),
        (Email.DIGEST, digest_rows, True),
    ):
        for user_id in _recipients_with(preference, rows):
            try:
                # A digest lists every unread row, also those newer than the delay.
                sent[preference] += _send_batch(
                    user_id, immediate_rows if digest else rows, digest=digest, now=now
                )
            except Exception:
                sent["failed_users"] += 1
                logger.exception("emailing notifications to user %s failed; retried next run", user_id)
    return sent
