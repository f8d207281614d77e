"""“Việc cần làm”: the inbox selector and its page, per role, in urgency order, bounded queries."""

from datetime import date

import pytest
from django.urls import reverse

from engine.selectors.inbox import inbox_for
from engine.services.extensions import extension_request
from engine.services.work_items import work_item_assign, work_item_delegate, work_item_update


def kinds(user):
    return {(item.content, item.inbox_kind) for item in inbox_for(user)}


@pytest.fixture
def spread(world):
    items = {
        "assigned": world.item_in("assigned", content="Giao", due=date(2026, 6, 30)),
        "progress": world.item_in("in_progress", content="Đang làm", due=date(2026, 4, 30)),
        "reported": world.item_in("reported", content="Đã báo cáo", due=date(2026, 2, 28)),
        "accepted": world.item_in("accepted", content="Xong"),
        "extension": world.item_in("in_progress", content="Xin gia hạn", due=date(2026, 5, 31)),
    }
    drafted = world.item(content="Phòng C", due=date(2026, 1, 31))
    drafted = work_item_update(item=drafted, actor=world.secretariat, data={}, lead_units=[world.unit_c])
    items["other"] = work_item_assign(item=drafted, actor=world.secretariat)
    extension_request(
        item=items["extension"], actor=world.head_a, new_due_date=date(2026, 7, 31), reason="Chờ số liệu."
    )
    return items


@pytest.mark.django_db
def test_head_of_lead_unit_sees_items_to_start_and_reports_to_write(world, spread):
    assert kinds(world.head_a) == {("Giao", "start"), ("Đang làm", "report"), ("Xin gia hạn", "report")}


@pytest.mark.django_db
def test_staff_sees_unassigned_unit_items_and_their_own_not_a_colleagues(world, spread):
    work_item_delegate(item=spread["progress"], actor=world.head_a, assignee=world.deputy_head_a)
    assert kinds(world.staff_a) == {("Giao", "start"), ("Xin gia hạn", "report")}


@pytest.mark.django_db
def test_director_sees_reports_to_approve_and_extensions_to_decide(world, spread):
    assert kinds(world.director) == {("Đã báo cáo", "approve"), ("Xin gia hạn", "decide_extension")}


@pytest.mark.django_db
def test_supervising_deputy_sees_the_same_and_a_non_supervising_deputy_nothing(world, spread):
    assert kinds(world.deputy) == {("Đã báo cáo", "approve"), ("Xin gia hạn", "decide_extension")}
    assert kinds(world.deputy_other) == set()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["inspectorate", "evaluator", "secretariat", "staff_b", "director_x", "head_x"]
)
def test_nothing_waits_on(world, spread, who):
    assert kinds(getattr(world, who)) == set()


@pytest.mark.django_db
def test_another_units_head_sees_only_their_own_unit(world, spread):
    assert kinds(world.head_c) == {("Phòng C", "start")}


@pytest.mark.django_db
def test_the_most_urgent_comes_first(world, spread):
    world.item_in("assigned", content="Không hạn", due=None)
    order = [item.content for item in inbox_for(world.head_a)]
    assert order == ["Đang làm", "Xin gia hạn", "Giao", "Không hạn"]


@pytest.mark.django_db
def test_inbox_page_groups_and_links_the_extension_decision(client, world, spread):
    client.force_login(world.director)
    page = client.get(reverse("inbox")).content.decode()
    assert "Việc cần làm" in page and "Đã báo cáo" in page
    ext = spread["extension"].extension_requests.get()
    assert reverse("extension_decide", args=[ext.pk]) in page
    page = client.get(reverse("inbox"), {"kind": "approve"}).content.decode()
    assert "Đã báo cáo" in page and "Xin gia hạn" not in page


@pytest.mark.django_db
def test_home_goes_to_the_inbox(client, world):
    client.force_login(world.head_a)
    assert client.get("/").url == reverse("inbox")


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["head_a", "director"])
def test_inbox_queries_do_not_grow_with_items(client, world, who, django_assert_max_num_queries):
    client.force_login(getattr(world, who))
    for n in range(3):
        world.item_in("reported", content=f"Báo cáo {n}")
        world.item_in("assigned", content=f"Giao {n}")
    with django_assert_max_num_queries(12):
        small = client.get(reverse("inbox"))
    for n in range(20):
        world.item_in("reported", content=f"Báo cáo thêm {n}")
        world.item_in("in_progress", content=f"Làm thêm {n}")
    with django_assert_max_num_queries(12):
        large = client.get(reverse("inbox"))
    assert large.content.decode().count("inbox-row") > small.content.decode().count("inbox-row")
