"""The work-item list sorts by a column header (due, state, unit, ref, updated), either way,
keeping its filters, its pages and its query budget."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from engine.services.programmes import work_item_create
from engine.services.work_items import work_item_start
from tests.factories import advance

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def _order(client, query: str) -> list[str]:
    html = client.get(reverse("work_item_list") + query).content.decode()
    return re.findall(r'data-item-id="\d+">([^<]+)</a>', html) or re.findall(
        r'<td><a href="/work-items/\d+/">([^<]+)</a>', html
    )


@pytest.fixture
def listed(world, client, time_machine):
    """Four items the director sees, made a day apart (so `updated` differs)."""
    specs = [  # content, due, lead unit, final state
        ("Bốn", date(2026, 6, 30), world.unit_a, "reported"),
        ("Một", date(2026, 2, 28), world.unit_c, "assigned"),
        ("Ba", None, world.unit_b, "in_progress"),
        ("Hai", date(2026, 4, 30), world.unit_a, "accepted"),
    ]
    staff = {world.unit_a: world.staff_a, world.unit_b: world.staff_b, world.unit_c: world.staff_c}
    path = ["assign", "start", "report", "accept"]
    upto = {"assigned": 1, "in_progress": 2, "reported": 3, "accepted": 4}
    for day, (content, due, unit, state) in enumerate(specs, 1):
        time_machine.move_to(datetime(2026, 1, day, 9, 0, tzinfo=VN), tick=False)
        item = work_item_create(
            programme=world.programme,
            actor=world.secretariat,
            content=content,
            lead_units=[unit],
            due_date=due,
        )
        for step in path[: upto[state]]:
            if step == "start":  # by a member of the item's own lead unit
                item = work_item_start(item=item, actor=staff[unit])
            else:
                item = advance(world, item, step)
    client.force_login(world.director)
    return client


def test_each_column_sorts_both_ways(listed):
    expected = {
        "due": ["Một", "Hai", "Bốn", "Ba"],  # no deadline last
        "state": ["Một", "Ba", "Bốn", "Hai"],  # assigned, in progress, reported, accepted
        # Phòng Chuyển đổi số, Phòng Quản lý Công nghệ, Phòng Quản lý Khoa học ×2 (programme order)
        "unit": ["Ba", "Một", "Bốn", "Hai"],
        "ref": ["Bốn", "Một", "Ba", "Hai"],  # the programme's order
        "updated": ["Bốn", "Một", "Ba", "Hai"],
    }
    for key, order in expected.items():
        assert _order(listed, f"?scope=all&sort={key}") == order, key
    assert _order(listed, "?scope=all&sort=-due") == ["Bốn", "Hai", "Một", "Ba"]
    assert _order(listed, "?scope=all&sort=-state") == ["Hai", "Bốn", "Ba", "Một"]
    assert _order(listed, "?scope=all&sort=-updated")[0] == "Hai"
    assert _order(listed, "?scope=all&sort=-unit")[:2] == ["Bốn", "Hai"]


def test_unknown_sort_falls_back_to_due(listed):
    assert _order(listed, "?scope=all&sort=drop+table") == _order(listed, "?scope=all")


def test_headers_link_the_other_way_and_keep_filters(listed):
    html = listed.get(reverse("work_item_list") + "?scope=all&sort=due").content.decode()
    assert 'aria-sort="ascending"><a class="sort" data-sort="due" href="?scope=all&amp;sort=-due"' in html
    assert 'data-sort="state" href="?scope=all&amp;sort=state"' in html
    assert 'name="sort" value="due"' in html  # a filter change keeps the order


def test_pages_keep_the_order(listed, world, monkeypatch):
    from engine.views import work_items

    monkeypatch.setattr(work_items, "PAGE_SIZE", 2)
    html = listed.get(reverse("work_item_list") + "?scope=all&sort=-due").content.decode()
    after = re.search(r'href="\?(scope=all&amp;sort=-due&amp;after=[\w-]+)" rel="next"', html)
    assert after, "the next page's link keeps the filters and the sort"
    assert _order(listed, "?" + after.group(1).replace("&amp;", "&")) == ["Một", "Ba"]


def test_sorting_by_unit_keeps_the_query_budget(listed, world, django_assert_max_num_queries):
    for n in range(10):
        world.item_in("assigned", content=f"Thêm {n}")
    with django_assert_max_num_queries(14):
        response = listed.get(reverse("work_item_list") + "?scope=all&sort=unit")
    assert response.status_code == 200
