"""Email delivery of notifications, per each user's preference.

- immediately: one email per notification not yet emailed (sent at the next run, every minute);
- digest: one email listing what is still unread `NOTIFICATIONS_DIGEST_DELAY_MINUTES` after it
  arrived (newer rows wait for a later run);
- never: nothing.
The choice is per topic (notifications.topics; `NotificationPreference.per_kind`), the
user's default for the topics they did not choose.
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


def _recipients(rows) -> list[int]:
    """Active users with an email address and a pending row (their choices are read per row)."""
    users = rows.exclude(recipient__email="").filter(recipient__is_active=True)
    # Whoever chose "never" for everything is not even looked at.
    users = users.exclude(
        recipient__notification_preference__email=Email.NEVER, recipient__notification_preference__per_kind={}
    )
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


def _send_user(user_id: int, rows_query, *, now: datetime, digest_before: datetime) -> dict[str, int]:
    """Send one user's pending rows, each as its topic's choice says; returns the counts emailed.

    Rows chosen "immediately" go one email each; rows chosen "digest" go together once one
    of them is older than the digest delay; rows chosen "never" stay unsent.
    """
    sent = {"immediately": 0, "digest": 0}
    with transaction.atomic():
        locked = (
            rows_query.filter(recipient_id=user_id)
            .order_by("id")
            .select_for_update(skip_locked=connection.features.has_select_for_update_skip_locked)
        )
        rows = list(locked.select_related("recipient"))
        if not rows:
            return sent
        user = rows[0].recipient
        preference = NotificationPreference.objects.filter(user_id=user_id).first() or NotificationPreference(
            user_id=user_id
        )
        by_mode: dict[str, list[Notification]] = {Email.IMMEDIATELY: [], Email.DIGEST: [], Email.NEVER: []}
        for row in rows:
            by_mode[preference.email_for(row.kind)].append(row)
        batches = [[row] for row in by_mode[Email.IMMEDIATELY]]
        digest = by_mode[Email.DIGEST]
        # A digest lists every unread row of its topics, also those newer than the delay.
        if digest and any(row.created_at <= digest_before for row in digest):
            batches.append(digest)
        else:
            digest = []
        with translation.override(preference.language or settings.LANGUAGE_CODE):
            for batch in batches:
                if batch is digest:
                    subject = ngettext(
                        "[Đôn Đốc] %(n)d unread notification",
                        "[Đôn Đốc] %(n)d unread notifications",
                        len(batch),
                    ) % {"n": len(batch)}
                else:
                    subject = "[Đôn Đốc] " + batch[0].message[:150]
                send_mail(subject, _body(user, batch), None, [user.email])
        done = [row.pk for batch in batches for row in batch]
        Notification.objects.filter(pk__in=done).update(emailed_at=now)
        sent["digest"] = len(digest)
        sent["immediately"] = len(done) - len(digest)
        return sent


def notification_emails_send(*, now: datetime | None = None) -> dict[str, int]:
    """One run of the email sweep; returns how many notifications went out, per kind of email."""
    now = now or timezone.now()
    sent = {"immediately": 0, "digest": 0, "failed_users": 0}
    rows = _pending(now)
    digest_before = now - timedelta(minutes=settings.NOTIFICATIONS_DIGEST_DELAY_MINUTES)
    for user_id in _recipients(rows):
        try:
            counts = _send_user(user_id, rows, now=now, digest_before=digest_before)
        except Exception:
            sent["failed_users"] += 1
            logger.exception("emailing notifications to user %s failed; retried next run", user_id)
            continue
        sent["immediately"] += counts["immediately"]
        sent["digest"] += counts["digest"]
    return sent
