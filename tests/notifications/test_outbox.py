"""The outbox: rows written with the transition, to the right people, or not at all."""

import logging
import re
from pathlib import Path
from unittest import mock

import pytest
from django.db import transaction
from django.utils import timezone

from engine.events import DomainEvent, emit
from notifications import push, registry
from notifications.models import Notification, NotificationPreference
from tests.factories import advance

DOCS = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"


def _recipients(kind: str) -> set[str]:
    return set(Notification.objects.filter(kind=kind).values_list("recipient__username", flat=True))


@pytest.mark.django_db
def test_returned_report_notifies_the_lead_unit_heads_in_vietnamese_not_the_director(world):
    item = world.item_in("reported")
    advance(world, item, "return")
    assert _recipients("work_item.returned") == {
        world.head_a.username,
        world.deputy_head_a.username,
        world.deputy.username,  # supervises unit A
    }
    row = Notification.objects.get(kind="work_item.returned", recipient=world.head_a)
    assert row.message.startswith(str(world.director))
    assert "đã trả lại báo cáo" in row.message
    assert "Thiếu minh chứng." in row.message
    assert row.link == f"/work-items/{item.pk}/"
    assert row.actor == world.director and row.work_item_id == item.pk and row.read_at is None


@pytest.mark.django_db
def test_message_is_written_in_the_recipients_language(world):
    NotificationPreference.objects.create(user=world.head_a, language="en")
    item = world.item_in("reported")
    advance(world, item, "return")
    english = Notification.objects.get(kind="work_item.returned", recipient=world.head_a).message
    vietnamese = Notification.objects.get(kind="work_item.returned", recipient=world.deputy_head_a).message
    assert "returned the report" in english
    assert "đã trả lại báo cáo" in vietnamese


@pytest.mark.django_db
def test_reported_item_waits_for_the_director_and_supervising_deputy_only(world):
    world.item_in("reported")
    told = _recipients("work_item.reported")
    assert {world.director.username, world.deputy.username} <= told
    assert world.deputy_other.username not in told  # supervises C, not the lead unit A
    assert world.head_c.username not in told
    assert world.head_a.username not in told  # the actor is never told of their own action


@pytest.mark.django_db
def test_nothing_crosses_organisations(world):
    world.item_in("reported")
    other_org_users = set(
        Notification.objects.filter(recipient__organisation=world.other_org).values_list("pk", flat=True)
    )
    assert other_org_users == set()


@pytest.mark.django_db
def test_events_naming_recipients_go_to_them_only(world):
    item = world.item_in("in_progress")
    emit(
        DomainEvent(
            kind="flow.reminder",
            organisation_id=world.org.pk,
            actor_id=None,
            work_item_id=item.pk,
            data={"recipient_ids": [world.head_b.pk, world.director_x.pk], "task": "Duyệt gia hạn"},
        )
    )
    assert _recipients("flow.reminder") == {world.head_b.username}  # director_x: another organisation


@pytest.mark.django_db
def test_escalation_past_step_four_reaches_the_inspectorate(world):
    item = world.item_in("in_progress")
    for step in (2, 5):
        emit(
            DomainEvent(
                kind="work_item.escalated",
                organisation_id=world.org.pk,
                actor_id=None,
                work_item_id=item.pk,
                data={"step": step, "deadline": "2026-03-31"},
            )
        )
    rows = Notification.objects.filter(kind="work_item.escalated", recipient=world.inspectorate)
    assert rows.count() == 1
    assert "31/03/2026" in rows.get().message


@pytest.mark.django_db
def test_every_kind_of_the_event_contract_has_a_rule():
    table = DOCS.read_text().split("## Domain events", 1)[1]
    kinds = set()
    for row in re.findall(r"^\| `([^|]+)\|", table, re.MULTILINE):
        names = re.findall(r"`([^`]+)`", "`" + row)
        prefix = names[0].split(".")[0]
        kinds |= {name if "." in name else f"{prefix}.{name}" for name in names}
    assert len(kinds) >= 20
    assert kinds - set(registry.KINDS) == set()


@pytest.mark.django_db(transaction=True)
def test_rolled_back_transition_leaves_no_row_and_pushes_nothing(world):
    item = world.item_in("reported")
    with mock.patch.object(push, "send") as sent:
        with pytest.raises(RuntimeError), transaction.atomic():
            advance(world, item, "return")
            assert Notification.objects.filter(kind="work_item.returned").exists()
            raise RuntimeError("something later in the request failed")
        assert not Notification.objects.filter(kind="work_item.returned").exists()
        sent.assert_not_called()
        advance(world, item, "accept")  # the next transaction pushes only its own rows
    (messages,) = sent.call_args.args
    kinds = {message["notification"]["kind"] for _group, message in messages if "notification" in message}
    assert kinds == {"work_item.accepted"}


@pytest.mark.django_db(transaction=True)
def test_rows_of_a_rolled_back_savepoint_are_not_pushed(world):
    item = world.item_in("reported")
    with mock.patch.object(push, "send") as sent, transaction.atomic():
        emit(
            DomainEvent(
                kind="flow.reminder",
                organisation_id=world.org.pk,
                actor_id=None,
                work_item_id=item.pk,
                data={"recipient_ids": [world.head_a.pk], "task": "A"},
            )
        )
        try:
            with transaction.atomic():
                emit(
                    DomainEvent(
                        kind="flow.reminder",
                        organisation_id=world.org.pk,
                        actor_id=None,
                        work_item_id=item.pk,
                        data={"recipient_ids": [world.head_b.pk], "task": "B"},
                    )
                )
                raise ValueError
        except ValueError:
            pass
    (messages,) = sent.call_args.args
    groups = {group for group, message in messages if message["type"] == push.MESSAGE_NEW}
    assert groups == {push.user_group(world.head_a.pk)}


class BrokenLayer:
    async def group_send(self, group, message):
        raise ConnectionError("Redis is down")


@pytest.mark.django_db(transaction=True)
def test_a_failing_channel_layer_does_not_fail_the_transition(world, caplog):
    item = world.item_in("reported")
    with (
        mock.patch.object(push, "get_channel_layer", return_value=BrokenLayer()),
        caplog.at_level(logging.ERROR, logger="notifications.push"),
    ):
        returned = advance(world, item, "return")
    assert returned.state == "in_progress"
    assert Notification.objects.filter(kind="work_item.returned", recipient=world.head_a).exists()
    assert "Redis is down" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_a_crashing_push_does_not_fail_the_transition(world, caplog):
    item = world.item_in("reported")
    with mock.patch.object(push, "build_messages", side_effect=RuntimeError("boom")):
        returned = advance(world, item, "return")
    assert returned.state == "in_progress"
    assert "push failed" in caplog.text


@pytest.mark.django_db
def test_a_recipients_query_that_matches_no_one_writes_no_row(world):
    """`pk__in=[]` cannot be compiled into the INSERT … SELECT (Django raises EmptyResultSet): no
    row, no error (found by tests/engine/test_unit_link_copies.py's random histories)."""
    from engine.models import User
    from notifications import outbox

    row = Notification(organisation=world.org, kind="work_item.updated", link="/", created_at=timezone.now())
    assert outbox._insert_for(User.objects.filter(pk__in=[]), {"vi": "x", "en": "x"}, row) == []
    assert not Notification.objects.exists()
