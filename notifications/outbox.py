"""The engine.events subscriber: writes Notification rows inside the emitting transaction.

If the transition commits, the rows exist; if it rolls back, they do not (the
transactional outbox). Pushing waits for the commit (notifications.push); nothing here
talks to the channel layer.
"""

import functools
import logging

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections, router
from django.db.models import F, QuerySet
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from engine.events import DomainEvent
from engine.models import Programme, User, WorkItem
from notifications import registry
from notifications.models import Notification
from notifications.push import queue_push, relayed

logger = logging.getLogger(__name__)

# For kinds nobody registered but whose event names its recipients.
UNKNOWN_KIND = registry.Kind(message=gettext_noop("News about “%(item)s”."), recipients=registry._nobody)


def _link(item: WorkItem | None, programme: Programme | None, event: DomainEvent | None = None) -> str:
    named = str((event.data if event is not None else {}).get("link") or "")
    if named.startswith("/"):  # a grouped notice links to the filtered list it counts
        return named
    if item is not None:
        return _reverse_id("work_item_detail", item.pk)
    if programme is not None:
        return _reverse_id("programme_detail", programme.pk)
    return reverse("notification_list")


# An id no row will have for a long time: reversed in its place, it shows where an id goes.
_ID_MARK = "918273645546372819"


@functools.lru_cache(maxsize=32)
def _id_url_parts(name: str, urlconf, prefix: str) -> tuple[str, str] | None:
    """(before, after) the id in the URL `name` (None if the mark does not show once)."""
    url = reverse(name, args=[int(_ID_MARK)], urlconf=urlconf)
    before, mark, after = url.partition(_ID_MARK)
    return (before, after) if mark and _ID_MARK not in after else None


def _reverse_id(name: str, pk: int) -> str:
    """reverse(name, args=[pk]) for a URL whose one argument is an `<int:…>` id: the URL is reversed
    once per URLconf and script prefix (what `reverse` reads besides its arguments), the id put in
    its place each time. Every event that notifies links its item, and `reverse` cost more CPU than
    the row's INSERT."""
    parts = _id_url_parts(name, get_urlconf(), get_script_prefix())
    if parts is None:
        return reverse(name, args=[pk])
    return f"{parts[0]}{int(pk)}{parts[1]}"


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


def notifications_write(event: DomainEvent) -> list[int]:
    """Write one row per recipient of `event`; returns their ids (what the push needs).

    Finding the recipients and writing their rows is one statement (`_insert_from`): the message
    is rendered in each of settings.LANGUAGES first, and each row takes its recipient's. No
    Notification instance is built, neither for the row's values nor for the rows written.
    """
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
    db = router.db_for_write(Notification)
    # Active members of the organisation among the candidates, with their language (a SELECT).
    select = _recipients_select(ctx, kind, db)
    if select is None:
        return []
    actor = _event_actor(event)
    params = registry.message_params(ctx, actor)
    messages = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            messages[language] = registry.render(kind, params)
    now = timezone.now()
    values = {
        "organisation_id": event.organisation_id,
        "kind": event.kind,
        "work_item_id": getattr(item, "pk", None),
        "programme_id": getattr(programme, "pk", None),
        "actor_id": getattr(actor, "pk", None),
        "link": _link(item, programme, event),
        "created_at": now,
        # Pushed by this process after the commit, or left for the relay to claim.
        "pushed_at": None if relayed() else now,
    }
    return _insert_from(select, messages, values, db)


def _recipient_rows(members: QuerySet) -> QuerySet:
    return members.order_by().values(recipient=F("pk"), language=F("notification_preference__language"))


def _recipients_select(ctx: registry.Context, kind: registry.Kind, db: str) -> tuple[str, list] | None:
    """The SELECT of (recipient, language) the rows are inserted from; None when nobody is told.

    An event whose recipients follow from its item alone (every work-item transition) reads a
    statement compiled once per shape; the others are compiled by the ORM each time."""
    if registry.item_shaped(ctx, kind):
        return registry.item_recipients_statement(ctx, kind, _recipient_rows, using=db)
    members = registry.recipient_members(ctx, kind)
    return None if members is None else _compiled_select(members, db)


def _compiled_select(members: QuerySet, db: str) -> tuple[str, list] | None:
    try:
        return _recipient_rows(members).query.get_compiler(using=db).as_sql()
    except EmptyResultSet:  # a condition that matches no one (`pk__in=[]`): no row to write
        return None


# The language of a recipient without a preference (as NotificationPreference.language's default).
DEFAULT_LANGUAGE = "vi"
ROW_COLUMNS = ("organisation", "kind", "work_item", "programme", "actor", "link", "created_at", "pushed_at")


def _insert_for(members: QuerySet, messages: dict[str, str], row: Notification) -> list[int]:
    """INSERT … SELECT: one row like `row` per user of `members`, with the message of their language;
    returns the rows' ids.

    `members` is the recipients' query (notifications.recipients.active_members); its languages
    are read by the same statement, so the rows cost one round trip however many recipients.
    """
    db = router.db_for_write(Notification)
    select = _compiled_select(members, db)
    values = {field.attname: getattr(row, field.attname) for field in _row_fields()}
    return [] if select is None else _insert_from(select, messages, values, db)


@functools.cache
def _row_fields() -> tuple:
    return tuple(Notification._meta.get_field(name) for name in ROW_COLUMNS)


def _insert_from(recipients: tuple[str, list], messages: dict[str, str], values: dict, db: str) -> list[int]:
    """`_insert_for` from the SELECT of (recipient, language) already compiled (`_recipients_select`)
    and the rows' other columns by attribute name (`ROW_COLUMNS`)."""
    connection = connections[db]
    select, select_params = recipients
    prepared = [field.get_db_prep_save(values[field.attname], connection) for field in _row_fields()]
    others = [code for code in messages if code != DEFAULT_LANGUAGE]
    head, tail = _insert_text(connection.alias, connection.vendor, tuple(others))
    case_params = [p for code in others for p in (code, messages[code])]
    params = [*case_params, messages[DEFAULT_LANGUAGE], *prepared, *select_params]
    with connection.cursor() as cursor:
        cursor.execute(f"{head}{select}{tail}", params)
        return sorted(pk for (pk,) in cursor.fetchall())


@functools.lru_cache(maxsize=16)
def _insert_text(alias: str, vendor: str, others: tuple) -> tuple[str, str]:
    """The rows' INSERT … SELECT around the recipients' SELECT, for messages in the default language
    and `others`: built once per database and set of languages."""
    connection = connections[alias]
    fields = _row_fields()
    case = " ".join("WHEN %s THEN %s" for _code in others)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(Notification._meta.db_table)
    head = (
        f"INSERT INTO {table} (recipient_id, message, {columns}) "  # noqa: S608
        f"SELECT r.recipient, CASE r.language {case} ELSE %s END, {', '.join(['%s'] * len(fields))} FROM ("
    )
    return head, ") r ORDER BY r.recipient RETURNING id"


def on_domain_event(event: DomainEvent) -> None:
    """Subscriber: rows now, in the event's transaction; the push after it commits."""
    ids = notifications_write(event)
    state_changed = bool(event.work_item_id) and event.data.get("from") != event.data.get("to")
    if ids or state_changed:
        queue_push(
            notification_ids=ids,
            item_id=event.work_item_id if state_changed else None,
        )
