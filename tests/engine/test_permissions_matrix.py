"""The permission matrix of docs/permissions.md: every role × action × unit relation.

Each cell is checked twice: `permissions.can` (what pages use to show buttons) and the
service itself, which must refuse a denied cell without writing anything and carry out
an allowed one.
"""

import pytest
from django.db import transaction

from engine import permissions
from engine.exceptions import ActionNotAllowed
from engine.models import AuditEvent, WorkItem
from engine.services import work_items as svc

S = WorkItem.State

# (role, relation) -> the attribute of the World holding that person.
# Relation of a unit role: own = member of the lead unit A, coordinating = member of B,
# other = member of C, other_org = member of a unit of another organisation.
PEOPLE = {
    ("director", "org"): "director",
    ("director", "other_org"): "director_x",
    ("deputy_director", "supervising"): "deputy",
    ("deputy_director", "not_supervising"): "deputy_other",
    ("deputy_director", "other_org"): "deputy_x",
    ("secretariat", "org"): "secretariat",
    ("secretariat", "other_org"): "secretariat_x",
    ("inspectorate", "org"): "inspectorate",
    ("inspectorate", "other_org"): "inspectorate_x",
    ("evaluator", "org"): "evaluator",
    ("evaluator", "other_org"): "evaluator_x",
    ("head", "own"): "head_a",
    ("head", "coordinating"): "head_b",
    ("head", "other"): "head_c",
    ("head", "other_org"): "head_x",
    ("deputy_head", "own"): "deputy_head_a",
    ("deputy_head", "coordinating"): "deputy_head_b",
    ("deputy_head", "other"): "deputy_head_c",
    ("deputy_head", "other_org"): "deputy_head_x",
    ("staff", "own"): "staff_a",
    ("staff", "coordinating"): "staff_b",
    ("staff", "other"): "staff_c",
    ("staff", "other_org"): "staff_x",
}

UNIT_OWN = {("head", "own"), ("deputy_head", "own"), ("staff", "own")}
UNIT_MANAGER_OWN = {("head", "own"), ("deputy_head", "own")}
UNIT_COORDINATING = {("head", "coordinating"), ("deputy_head", "coordinating"), ("staff", "coordinating")}
LEADERS = {("director", "org"), ("deputy_director", "supervising")}
READERS_IN_ORG = {
    ("director", "org"),
    ("deputy_director", "supervising"),
    ("deputy_director", "not_supervising"),
    ("secretariat", "org"),
    ("inspectorate", "org"),
    ("evaluator", "org"),
}

# action -> (state the item is in, who may)
MATRIX = {
    "view": (S.IN_PROGRESS, READERS_IN_ORG | UNIT_OWN | UNIT_COORDINATING),
    "edit": (S.DRAFTED, {("secretariat", "org")}),
    "assign": (S.DRAFTED, {("director", "org"), ("secretariat", "org")}),
    "start": (S.ASSIGNED, UNIT_OWN),
    "progress": (S.IN_PROGRESS, UNIT_OWN),
    "contribute": (S.IN_PROGRESS, UNIT_COORDINATING),
    "delegate": (S.IN_PROGRESS, UNIT_MANAGER_OWN),
    "report": (S.IN_PROGRESS, UNIT_MANAGER_OWN),
    "accept": (S.REPORTED, LEADERS),
    "return": (S.REPORTED, LEADERS),
    "cancel": (S.IN_PROGRESS, {("director", "org")}),
    "reopen": (S.ACCEPTED, {("director", "org")}),
    "request_extension": (S.IN_PROGRESS, UNIT_MANAGER_OWN),
    "decide_extension": (S.IN_PROGRESS, LEADERS),
    # Off unless the organisation wants the deputy's review: see test_endorse_matrix below.
    "endorse": (S.REPORTED, set()),
}


def perform(world, action, item, user):
    """Carry out `action` through its service, as `user`."""
    if action == "assign":
        return svc.work_item_assign(item=item, actor=user)
    if action == "start":
        return svc.work_item_start(item=item, actor=user)
    if action == "report":
        return svc.work_item_report(item=item, actor=user, text="Hoàn thành.")
    if action == "accept":
        return svc.work_item_accept(item=item, actor=user)
    if action == "return":
        return svc.work_item_return(item=item, actor=user, reason="Bổ sung số liệu.")
    if action == "cancel":
        return svc.work_item_cancel(item=item, actor=user, reason="Không còn phù hợp.")
    if action == "reopen":
        return svc.work_item_reopen(item=item, actor=user, reason="Cần làm lại.")
    if action == "progress":
        return svc.work_item_add_report(item=item, actor=user, text="Đang làm.", percent=50)
    if action == "contribute":
        return svc.work_item_add_report(item=item, actor=user, text="Góp ý.", contribution=True)
    if action == "delegate":
        return svc.work_item_delegate(item=item, actor=user, assignee=world.staff_a)
    if action == "edit":
        return svc.work_item_update(item=item, actor=user, data={"content": "Nội dung mới"})
    if action == "decide_extension":
        from datetime import date

        return svc.work_item_extend_deadline(
            item=item, actor=user, new_due_date=date(2026, 6, 30), reason="Lý do"
        )
    if action == "request_extension":
        from datetime import date

        from engine.services.extensions import extension_request

        return extension_request(item=item, actor=user, new_due_date=date(2026, 6, 30), reason="Lý do")
    if action == "endorse":
        return svc.work_item_endorse(item=item, actor=user, note="Đề nghị nghiệm thu.")
    return None  # view: no service of its own


class Rollback(Exception):
    pass


@pytest.mark.django_db
@pytest.mark.parametrize("action", list(MATRIX))
def test_permission_matrix(world, action):
    _check_matrix(world, action, *MATRIX[action])


@pytest.mark.django_db
def test_endorse_matrix_when_the_supervising_deputy_reviews_first(world):
    world.org.completion_deputy_review = True
    world.org.save()
    _check_matrix(world, "endorse", S.REPORTED, {("deputy_director", "supervising")})


def _check_matrix(world, action, state, allowed):
    item = world.item_in(state)
    for (role, relation), attribute in PEOPLE.items():
        user = getattr(world, attribute)
        expected = (role, relation) in allowed
        assert permissions.can(user, action, item) is expected, (role, relation, action)
        events = AuditEvent.objects.count()
        if expected:
            try:
                with transaction.atomic():
                    perform(world, action, item, user)
                    raise Rollback
            except Rollback:
                pass
        else:
            try:
                with pytest.raises(ActionNotAllowed):
                    result = perform(world, action, item, user)
                    if result is None:  # no service: the check itself is what the pages call
                        permissions.require(user, action, item)
            except pytest.fail.Exception:
                pytest.fail(f"{role}/{relation} was allowed to {action}")
            assert AuditEvent.objects.count() == events
        item.refresh_from_db()
        assert item.state == state


@pytest.mark.django_db
def test_deputy_accepts_only_when_the_organisation_delegates_acceptance(world):
    item = world.item_in("reported")
    world.org.deputy_may_accept = False
    world.org.save()
    permissions.roles_changed()
    assert not permissions.can(world.deputy, "accept", item)
    assert permissions.can(world.deputy, "return", item)
    assert permissions.can(world.director, "accept", item)


@pytest.mark.django_db
def test_deputy_supervises_an_item_naming_them_as_leader(world):
    item = world.item_in("reported")
    from django.db.models import F

    WorkItem.objects.filter(pk=item.pk).update(leader=world.deputy_other, version=F("version"))
    item.refresh_from_db()
    assert permissions.can(world.deputy_other, "accept", item)


@pytest.mark.django_db
def test_drafted_items_are_hidden_from_units(world):
    item = world.item()
    for name in ("head_a", "staff_a", "head_b"):
        assert not permissions.can(getattr(world, name), "view", item)
    assert permissions.can(world.secretariat, "view", item)


@pytest.mark.django_db
def test_shared_item_is_visible_to_the_person_it_is_shared_with(world):
    from engine.selectors.work_items import work_items_visible_to
    from engine.services.sharing import work_item_share, work_item_unshare

    item = world.item_in("in_progress")
    assert not permissions.can(world.staff_c, "view", item)
    work_item_share(item=item, actor=world.head_a, person=world.staff_c, permission="contribute_workitem")
    assert permissions.can(world.staff_c, "view", item)
    assert permissions.can(world.staff_c, "contribute", item)
    assert not permissions.can(world.staff_c, "report", item)
    assert work_items_visible_to(world.staff_c).filter(pk=item.pk).exists()
    work_item_unshare(item=item, actor=world.head_a, person=world.staff_c, permission="view_workitem")
    assert not permissions.can(world.staff_c, "view", item)
    with pytest.raises(ActionNotAllowed):
        work_item_share(item=item, actor=world.staff_b, person=world.staff_c)
