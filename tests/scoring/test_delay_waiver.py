"""Waivers: who may record an objective cause, that a reason is required, that it stays visible."""

import pytest

from engine.audit import audit_verify
from engine.exceptions import ActionNotAllowed, InvalidInput, InvalidTransition
from engine.models import AuditEvent, DelayWaiver
from engine.services.waivers import delay_waiver_grant, delay_waiver_revoke

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["director", "inspectorate"])
def test_director_and_inspectorate_may_waive_a_delay(world, role):
    item = world.item_in("in_progress")
    waiver = delay_waiver_grant(item=item, actor=getattr(world, role), reason="Mưa lũ kéo dài.")
    assert waiver.is_active and waiver.granted_by == getattr(world, role)
    event = AuditEvent.objects.get(verb="delay_waiver.grant")
    assert event.work_item_id == item.pk and event.reason == "Mưa lũ kéo dài."
    assert audit_verify(world.org.pk).ok


@pytest.mark.parametrize(
    "role", ["deputy", "secretariat", "evaluator", "head_a", "staff_a", "director_x", "inspectorate_x"]
)
def test_others_may_not_waive_a_delay(world, role):
    item = world.item_in("in_progress")
    with pytest.raises(ActionNotAllowed):
        delay_waiver_grant(item=item, actor=getattr(world, role), reason="Lý do.")
    assert not DelayWaiver.objects.exists()


def test_a_waiver_needs_a_reason(world):
    item = world.item_in("in_progress")
    with pytest.raises(InvalidInput) as error:
        delay_waiver_grant(item=item, actor=world.director, reason="  ")
    assert "reason" in error.value.field_errors


def test_revoked_waiver_stays_visible_and_a_new_one_may_follow(world):
    item = world.item_in("in_progress")
    first = delay_waiver_grant(item=item, actor=world.inspectorate, reason="Thiên tai.")
    with pytest.raises(InvalidTransition):
        delay_waiver_grant(item=item, actor=world.director, reason="Lần hai.")
    delay_waiver_revoke(waiver=first, actor=world.director, reason="Không đủ căn cứ.")
    first.refresh_from_db()
    assert not first.is_active and first.revoke_reason == "Không đủ căn cứ."
    with pytest.raises(InvalidTransition):
        delay_waiver_revoke(waiver=first, actor=world.director, reason="Lại.")
    delay_waiver_grant(item=item, actor=world.director, reason="Có văn bản xác nhận.")
    assert DelayWaiver.objects.filter(work_item=item).count() == 2
    assert DelayWaiver.objects.active().filter(work_item=item).count() == 1
    assert list(
        AuditEvent.objects.filter(work_item=item, verb__startswith="delay_waiver").values_list(
            "verb", flat=True
        )
    ) == [
        "delay_waiver.grant",
        "delay_waiver.revoke",
        "delay_waiver.grant",
    ]
