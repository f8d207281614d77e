"""Writes on notifications that users make: marking read, choosing how to be emailed."""

from django.db import transaction
from django.utils import timezone

from notifications.models import Notification, NotificationPreference
from notifications.push import queue_push
from notifications.selectors import unread_count


def notification_mark_read(*, user, ids=None, all_unread: bool = False) -> int:
    """Mark the user's own notifications read (`ids`, or every unread one); returns the unread count.

    Ids of other users' notifications are ignored, not an error: the filter is by recipient.
    """
    with transaction.atomic():
        rows = Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True)
        if not all_unread:
            clean = [int(pk) for pk in (ids or []) if str(pk).isdigit()]
            rows = rows.filter(pk__in=clean)
        changed = rows.update(read_at=timezone.now())
        if changed:
            queue_push(unread_user_id=user.pk)  # every open tab shows the new count
    return unread_count(user)


def notification_preference_get(user) -> NotificationPreference:
    preference, _created = NotificationPreference.objects.get_or_create(user=user)
    return preference


def notification_preference_set(
    *, user, email: str, language: str, per_kind: dict[str, str] | None = None
) -> NotificationPreference:
    """Save the default email, the language and (when given) each topic's email choice."""
    preference = notification_preference_get(user)
    preference.email = email
    preference.language = language
    if per_kind is not None:
        preference.per_kind = per_kind
    preference.full_clean()
    preference.save()
    return preference


def preference_language_set(*, user, language: str, only_if_unset: bool = False) -> NotificationPreference:
    """The person's language for pages, notifications and emails (notifications.language).

    `only_if_unset` keeps a choice already stored (a login page's cookie must not override it).
    """
    preference, created = NotificationPreference.objects.get_or_create(
        user=user, defaults={"language": language}
    )
    if not created and not only_if_unset and preference.language != language:
        preference.language = language
        preference.full_clean()
        preference.save(update_fields=["language"])
    return preference
