"""The notification relay: committed rows pushed once, never rolled-back ones, caught up after a restart."""

import threading
import time
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from notifications import push, relay
from notifications.models import Notification
from tests.factories import advance


@pytest.fixture
def relayed(settings):
    settings.NOTIFICATIONS_PUSH = "relay"


class Sent:
    """Stands in for the channel layer's send: records each batch of (group, message) pairs."""

    def __init__(self):
        self.batches: list[list[tuple[str, dict]]] = []

    async def __call__(self, messages):
        self.batches.append(list(messages))

    def of_type(self, kind: str) -> list[tuple[str, dict]]:
        return [(group, m) for batch in self.batches for group, m in batch if m["type"] == kind]

    def notification_ids(self) -> list[int]:
        return [m["notification"]["id"] for _group, m in self.of_type(push.MESSAGE_NEW)]


@pytest.fixture
def sent():
    recorder = Sent()
    with mock.patch.object(relay, "send_async", recorder):
        yield recorder


def _drain(**kwargs) -> int:
    one = relay.Relay()
    try:
        return one.drain(**kwargs)
    finally:
        one.close()


@pytest.mark.django_db
def test_with_the_relay_the_request_writes_rows_and_pushes_nothing(
    world, relayed, django_capture_on_commit_callbacks
):
    item = world.item_in("in_progress")
    with (
        mock.patch.object(push, "send") as sent_by_request,
        django_capture_on_commit_callbacks(execute=True) as hooks,
    ):
        advance(world, item, "report")
    rows = Notification.objects.filter(kind="work_item.reported")
    assert rows.exists()
    assert not rows.filter(pushed_at__isnull=False).exists()
    assert not any(getattr(hook, "__self__", None).__class__ is push.PendingPush for hook in hooks)
    sent_by_request.assert_not_called()


@pytest.mark.django_db
def test_in_process_rows_are_written_pushed_so_a_relay_never_repeats_them(world, sent):
    item = world.item_in("in_progress")
    with mock.patch.object(push, "send") as sent_by_request:
        advance(world, item, "report")
    assert not Notification.objects.filter(pushed_at__isnull=True).exists()
    assert _drain() == 0
    assert sent.batches == []
    assert sent_by_request.called is False  # the test's transaction never commits


@pytest.mark.django_db(transaction=True)
def test_relay_pushes_each_committed_row_exactly_once_with_unread_counts(world, relayed, sent):
    item = world.item_in("in_progress")
    _drain()
    sent.batches.clear()
    item = advance(world, item, "report")
    rows = list(Notification.objects.filter(pushed_at__isnull=True).order_by("pk"))
    assert rows

    assert _drain(item_ids=[item.pk]) == len(rows)

    assert sorted(sent.notification_ids()) == [row.pk for row in rows]
    groups = {group for group, _m in sent.of_type(push.MESSAGE_NEW)}
    assert groups == {push.user_group(row.recipient_id) for row in rows}
    unread = {group: m["unread"] for group, m in sent.of_type(push.MESSAGE_UNREAD)}
    for row in rows:
        expected = Notification.objects.filter(recipient_id=row.recipient_id, read_at__isnull=True).count()
        assert unread[push.user_group(row.recipient_id)] == expected
    states = {m["state"] for _group, m in sent.of_type(push.MESSAGE_ITEM_STATE)}
    assert states == {"reported"}
    assert not Notification.objects.filter(pushed_at__isnull=True).exists()

    # Marked pushed: a second round (or a second relay) finds nothing to claim.
    sent.batches.clear()
    assert _drain() == 0
    assert sent.batches == []


@pytest.mark.django_db(transaction=True)
def test_relay_never_pushes_a_rolled_back_transition(world, relayed, sent):
    item = world.item_in("reported")
    _drain()  # the rows of reaching "reported"
    sent.batches.clear()
    with pytest.raises(RuntimeError), transaction.atomic():
        advance(world, item, "return")
        assert Notification.objects.filter(kind="work_item.returned").exists()
        raise RuntimeError("something later in the request failed")
    assert _drain() == 0
    assert sent.batches == []
    advance(world, item, "accept")
    assert _drain() > 0
    kinds = {m["notification"]["kind"] for _group, m in sent.of_type(push.MESSAGE_NEW)}
    assert kinds == {"work_item.accepted"}


@pytest.mark.django_db(transaction=True)
def test_relay_catches_up_on_start_with_rows_committed_while_it_was_down(world, relayed, sent, capsys):
    item = world.item_in("assigned")
    _drain()
    sent.batches.clear()
    item = advance(world, item, "start")
    item = advance(world, item, "report")
    advance(world, item, "accept")
    waiting = set(Notification.objects.filter(pushed_at__isnull=True).values_list("pk", flat=True))
    assert waiting

    call_command("notification_relay", "--once")

    assert f"pushed {len(waiting)} rows" in capsys.readouterr().out
    assert set(sent.notification_ids()) == waiting
    assert len(sent.notification_ids()) == len(waiting)  # each once


@pytest.mark.django_db(transaction=True)
def test_relay_claims_in_batches_oldest_first(world, relayed, sent, settings):
    item = world.item_in("in_progress")
    _drain()
    sent.batches.clear()
    item = advance(world, item, "report")
    advance(world, item, "accept")
    ids = sorted(Notification.objects.filter(pushed_at__isnull=True).values_list("pk", flat=True))
    assert len(ids) >= 3
    assert relay.relay_claim(limit=2) == ids[:2]
    settings.NOTIFICATIONS_RELAY_BATCH = 1
    assert _drain() == len(ids) - 2
    assert sent.notification_ids() == ids[2:]


@pytest.mark.django_db
def test_without_postgres_the_listening_relay_refuses_with_a_clear_error(relayed):
    from django.core.management.base import CommandError

    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL can listen")
    with pytest.raises(CommandError, match="NOTIFICATIONS_PUSH=in_process"):
        call_command("notification_relay")


# --- PostgreSQL: the triggers and LISTEN ---------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_commit_notifies_the_listener_and_a_rollback_does_not(world, relayed):
    item = world.item_in("reported")
    listener = relay.Relay()
    listener.listen()
    try:
        with pytest.raises(RuntimeError), transaction.atomic():
            advance(world, item, "return")
            raise RuntimeError
        assert listener.wait(0.3) == (False, set())
        advance(world, item, "accept")
        assert listener.wait(5) == (True, {item.pk})
    finally:
        listener.close()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_running_relay_pushes_a_transition_committed_after_it_started(world, relayed, sent):
    item = world.item_in("in_progress")
    _drain()
    sent.batches.clear()
    stop = threading.Event()
    listening = threading.Event()
    errors = []

    def serve():
        running = relay.Relay()
        listen = running.listen

        def listen_then_say_so():  # a NOTIFY sent before LISTEN is not heard: wait for it
            listen()
            listening.set()

        running.listen = listen_then_say_so
        try:
            running.run(stop=stop.is_set)
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            running.close()
            connection.close()

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        assert listening.wait(10), errors
        advance(world, item, "report")
        rows = set(Notification.objects.filter(kind="work_item.reported").values_list("pk", flat=True))
        deadline = time.monotonic() + 10

        def pushed() -> bool:  # the rows and the item's state may go in separate sends
            return set(sent.notification_ids()) == rows and bool(sent.of_type(push.MESSAGE_ITEM_STATE))

        while not pushed() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not errors
    assert set(sent.notification_ids()) == rows
    assert {m["item_id"] for _g, m in sent.of_type(push.MESSAGE_ITEM_STATE)} == {item.pk}
    assert not Notification.objects.filter(pushed_at__isnull=True).exists()


@pytest.mark.django_db(transaction=True)
def test_a_large_batch_counts_each_persons_unread_once(world, relayed, sent, django_assert_max_num_queries):
    from engine.events import DomainEvent, emit

    _drain()
    sent.batches.clear()
    people = [world.head_a.pk, world.head_b.pk, world.director.pk]
    for n in range(push.BATCH_COUNTS_FROM + 5):
        emit(
            DomainEvent(
                kind="flow.reminder",
                organisation_id=world.org.pk,
                actor_id=None,
                data={"recipient_ids": people, "task": f"T{n}"},
            )
        )
    waiting = Notification.objects.filter(pushed_at__isnull=True).count()
    # PostgreSQL: the claim, the rows with their actors, the unread counts (3); SQLite claims
    # with a SELECT and an UPDATE in a savepoint (6). Never one count per row.
    with django_assert_max_num_queries(6):
        ids = relay.relay_claim()
        messages = relay.relay_messages(ids)
    assert len(ids) == waiting
    unread = {group: m["unread"] for group, m in messages if m["type"] == push.MESSAGE_UNREAD}
    for user_id in people:
        expected = Notification.objects.filter(recipient_id=user_id, read_at__isnull=True).count()
        assert unread[push.user_group(user_id)] == expected
