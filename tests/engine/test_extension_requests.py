"""Extension requests: asked by the lead unit's head, granted or refused by the supervising leader."""

from datetime import date

import pytest

from engine.events import subscribe, unsubscribe
from engine.exceptions import ActionNotAllowed, InvalidInput, InvalidTransition
from engine.models import AuditEvent, ExtensionRequest
from engine.services.extensions import (
    extension_grant,
    extension_refuse,
    extension_request,
    extension_withdraw,
)
from tests.factories import advance

NEW = date(2026, 5, 15)


@pytest.fixture
def events():
    seen = []
    subscribe(seen.append)
    yield seen
    unsubscribe(seen.append)


@pytest.fixture
def asked(world):
    item = world.item_in("in_progress")
    return extension_request(item=item, actor=world.head_a, new_due_date=NEW, reason="Chờ ý kiến Bộ.")


@pytest.mark.django_db
def test_head_of_lead_unit_asks_and_the_event_and_audit_are_written(world, events):
    item = world.item_in("assigned")
    events.clear()
    ext = extension_request(item=item, actor=world.head_a, new_due_date=NEW, reason="Chờ ý kiến Bộ.")
    assert ext.state == "pending" and ext.due_date_before == date(2026, 3, 31)
    assert [e.kind for e in events] == ["extension.requested"]
    assert events[0].data == {
        "extension_id": ext.pk,
        "new_due_date": "2026-05-15",
        "reason": "Chờ ý kiến Bộ.",
    }
    assert AuditEvent.objects.filter(verb="extension.request", work_item=item).count() == 1


@pytest.mark.django_db
def test_director_grants_and_the_deadline_moves_keeping_the_original(world, asked, events):
    events.clear()
    extension_grant(extension=asked, actor=world.director, note="Đồng ý.")
    item = asked.work_item
    item.refresh_from_db()
    asked.refresh_from_db()
    assert (item.due_date, item.original_due_date) == (NEW, date(2026, 3, 31))
    assert asked.state == "granted" and asked.decided_by == world.director and asked.decided_at
    assert [e.kind for e in events] == ["work_item.deadline_extended", "extension.granted"]
    verbs = list(AuditEvent.objects.filter(work_item=item).values_list("verb", flat=True).order_by("seq"))
    assert verbs[-3:] == ["extension.request", "work_item.extend_deadline", "extension.grant"]


@pytest.mark.django_db
def test_supervising_deputy_refuses_with_a_reason_and_the_deadline_stays(world, asked, events):
    events.clear()
    with pytest.raises(InvalidInput):
        extension_refuse(extension=asked, actor=world.deputy, note="  ")
    extension_refuse(extension=asked, actor=world.deputy, note="Không đủ căn cứ.")
    asked.refresh_from_db()
    asked.work_item.refresh_from_db()
    assert asked.state == "refused" and asked.decision_note == "Không đủ căn cứ."
    assert asked.work_item.due_date == date(2026, 3, 31)
    assert [e.kind for e in events] == ["extension.refused"]


@pytest.mark.django_db
def test_a_decided_request_cannot_be_decided_again(world, asked):
    extension_refuse(extension=asked, actor=world.director, note="Không.")
    with pytest.raises(InvalidTransition):
        extension_grant(extension=asked, actor=world.director)


@pytest.mark.django_db
def test_one_pending_request_per_item_and_the_date_must_be_later(world, asked):
    with pytest.raises(InvalidTransition):
        extension_request(item=asked.work_item, actor=world.head_a, new_due_date=date(2026, 6, 1), reason="x")
    extension_withdraw(extension=asked, actor=world.head_a)
    with pytest.raises(InvalidInput) as error:
        extension_request(item=asked.work_item, actor=world.head_a, new_due_date=date(2026, 3, 1), reason="x")
    assert "new_due_date" in error.value.field_errors
    with pytest.raises(InvalidInput):
        extension_request(item=asked.work_item, actor=world.head_a, new_due_date=NEW, reason=" ")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["head_c", "staff_a", "head_b", "deputy", "director", "inspectorate", "head_x"]
)
def test_only_the_lead_head_asks__denied_for(world, who):
    item = world.item_in("in_progress")
    with pytest.raises(ActionNotAllowed):
        extension_request(item=item, actor=getattr(world, who), new_due_date=NEW, reason="x")
    assert not ExtensionRequest.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["head_c", "head_a", "deputy_other", "inspectorate", "secretariat", "evaluator", "director_x"]
)
@pytest.mark.parametrize("decision", ["grant", "refuse"])
def test_deciding_is_denied_for_other_unit_head_non_supervising_deputy_inspectorate(
    world, asked, who, decision
):
    actor = getattr(world, who)
    with pytest.raises(ActionNotAllowed):
        if decision == "grant":
            extension_grant(extension=asked, actor=actor)
        else:
            extension_refuse(extension=asked, actor=actor, note="Không.")
    asked.refresh_from_db()
    asked.work_item.refresh_from_db()
    assert asked.state == "pending" and asked.work_item.due_date == date(2026, 3, 31)


@pytest.mark.django_db
def test_a_pending_request_is_withdrawn_when_the_item_is_accepted(world, asked):
    item = advance(world, asked.work_item, "report")
    advance(world, item, "accept")
    asked.refresh_from_db()
    assert asked.state == "withdrawn" and asked.decided_by is None


@pytest.mark.django_db
def test_a_deputy_who_may_not_accept_still_decides_extensions(world, asked):
    world.org.deputy_may_accept = False
    world.org.save()
    extension_grant(extension=asked, actor=world.deputy)
    asked.refresh_from_db()
    assert asked.state == "granted"
