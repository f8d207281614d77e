"""The engine.events subscriber: writes Notification rows inside the emitting transaction.

If the transition commits, the rows exist; if it rolls back, they do not (the
transactional outbox). Pushing waits for the commit (notifications.push); nothing here
talks to the channel layer.
"""

import logging

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from engine.events import DomainEvent
from engine.models import Programme, User, WorkItem
from notifications import registry
from notifications.models import Notification, NotificationPreference
from notifications.push import queue_push, relayed

logger = logging.getLogger(__name__)

# For kinds nobody registered but whose event names its recipients.
UNKNOWN_KIND = registry.Kind(message=gettext_noop("News about “%(item)s”."), recipients=registry._nobody)


def _link(item: WorkItem | None, programme: Programme | None, event: DomainEvent | None = None) -> str:
    named = str((event.data if event is not None else {}).get("link") or "")
    if named.startswith("/"):  # a grouped notice links to the filtered list it counts
        return named
    if item is not None:
        return reverse("work_item_detail", args=[item.pk])
    if programme is not None:
        return reverse("programme_detail", args=[programme.pk])
    return reverse("notification_list")


def _languages(user_ids: set[int]) -> dict[str, list[int]]:
    """Recipients grouped by the language their messages are written in (default: vi)."""
    chosen = dict(
        NotificationPreference.objects.filter(user_id__in=user_ids).values_list("user_id", "language")
    )
    return _group_by_language({user_id: chosen.get(user_id) for user_id in user_ids})


def _group_by_language(languages: dict[int, str | None]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for user_id in sorted(languages):
        groups.setdefault(languages[user_id] or "vi", []).append(user_id)
    return groups


def _event_item(event: DomainEvent) -> WorkItem | None:
    """The item the emitter handed over (saved, programme loaded), else read it."""
    if not event.work_item_id:
        return None
    item = event.item
    if isinstance(item, WorkItem) and item.pk == event.work_item_id and WorkItem.programme.is_cached(item):
        return item
    return WorkItem.objects.select_related("programme").filter(pk=event.work_item_id).first()


def _event_actor(event: DomainEvent) -> User | None:
    if not event.actor_id:
        return None
    if isinstance(event.actor, User) and event.actor.pk == event.actor_id:
        return event.actor
    return User.objects.filter(pk=event.actor_id).first()


def notifications_write(event: DomainEvent) -> list[Notification]:
    """Write one row per recipient of `event`; returns them (with ids)."""
    if event.data.get("grouped"):
        return []  # a publication or bulk action tells each person once, in its own event
    kind = registry.kind_for(event.kind)
    if kind is None:
        if event.data.get("recipient_ids") is None:
            logger.debug("no notification rule for %s", event.kind)
            return []
        kind = UNKNOWN_KIND
    item = _event_item(event)
    programme = item.programme if item is not None else None
    if programme is None and event.programme_id:
        programme = Programme.objects.filter(pk=event.programme_id).first()
    ctx = registry.Context(event=event, item=item, programme=programme)
    # Active members of the organisation among the candidates, each with their language.
    languages = registry.recipient_languages(ctx, kind)
    if not languages:
        return []
    actor = _event_actor(event)
    params = registry.message_params(ctx, actor)
    link = _link(item, programme, event)
    # Pushed by this process after the commit, or left for the relay to claim.
    pushed_at = None if relayed() else timezone.now()
    rows = []
    for language, ids in _group_by_language(languages).items():
        with translation.override(language):
            message = registry.render(kind, params)
        rows += [
            Notification(
                recipient_id=user_id,
                organisation_id=event.organisation_id,
                kind=event.kind,
                work_item=item,
                programme=programme,
                actor=actor,
                message=message,
                link=link,
                pushed_at=pushed_at,
            )
            for user_id in ids
        ]
    return Notification.objects.bulk_create(rows)


def on_domain_event(event: DomainEvent) -> None:
    """Subscriber: rows now, in the event's transaction; the push after it commits."""
    rows = notifications_write(event)
    state_changed = bool(event.work_item_id) and event.data.get("from") != event.data.get("to")
    if rows or state_changed:
        queue_push(
            notification_ids=[row.pk for row in rows],
            item_id=event.work_item_id if state_changed else None,
        )
