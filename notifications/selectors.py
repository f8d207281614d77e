"""Read paths: a user's notifications, their unread count, what they missed since an id."""

from django.db.models import Count, Max, Q, QuerySet

from notifications.models import Notification

REPLAY_LIMIT = 100


def notification_list(user, *, unread_only: bool = False, kind: str | None = None) -> QuerySet[Notification]:
    rows = Notification.objects.filter(recipient_id=user.pk).select_related("actor", "work_item")
    if unread_only:
        rows = rows.filter(read_at__isnull=True)
    if kind:
        rows = rows.filter(kind__startswith=kind)
    return rows.order_by("-id")


def unread_count(user) -> int:
    return Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()


def last_id(user) -> int:
    ids = Notification.objects.filter(recipient_id=user.pk).order_by("-id").values_list("id", flat=True)
    return ids.first() or 0


def unread_and_last_id(user) -> tuple[int, int]:
    """The unread count and the newest id, in one query (what a connecting socket needs)."""
    figures = Notification.objects.filter(recipient_id=user.pk).aggregate(
        unread=Count("id", filter=Q(read_at__isnull=True)), last_id=Max("id")
    )
    return figures["unread"], figures["last_id"] or 0


def notifications_since(user, after_id: int, limit: int = REPLAY_LIMIT) -> tuple[list[Notification], bool]:
    """The user's notifications with id > after_id, oldest first, and whether more were left off."""
    rows = list(
        Notification.objects.filter(recipient_id=user.pk, id__gt=after_id)
        .select_related("actor")
        .order_by("-id")[: limit + 1]
    )
    more = len(rows) > limit
    return list(reversed(rows[:limit])), more
