"""The unit board, the approvals queue and the programme page: content, actions, bounded queries."""

from datetime import date

import pytest
from django.urls import reverse

from engine.models import Programme, WorkItem
from tests.factories import advance


@pytest.mark.django_db
def test_board_shows_the_units_items_by_state_and_hands_over(client, world):
    item = world.item_in("assigned", content="Việc của phòng A")
    world.item_in("in_progress", content="Đang làm ở phòng A")
    client.force_login(world.head_a)
    page = client.get(reverse("my_board"), follow=True).content.decode()
    assert "Việc của phòng A" in page and "Đang làm ở phòng A" in page
    assert 'name="delegate-assignee"' in page
    url = reverse("unit_board", args=[world.unit_a.pk])
    response = client.post(
        reverse("work_item_action", args=[item.pk, "delegate"]),
        {"delegate-version": item.version, "delegate-assignee": world.staff_a.pk, "next": url},
    )
    assert response.status_code == 302 and response.url == url
    assert WorkItem.objects.get(pk=item.pk).assignee == world.staff_a


@pytest.mark.django_db
def test_staff_see_the_board_without_hand_over_and_other_units_not_at_all(client, world):
    world.item_in("assigned", content="Việc của phòng A")
    client.force_login(world.staff_a)
    page = client.get(reverse("unit_board", args=[world.unit_a.pk])).content.decode()
    assert "Việc của phòng A" in page and 'name="delegate-assignee"' not in page
    client.force_login(world.head_c)
    assert client.get(reverse("unit_board", args=[world.unit_a.pk])).status_code == 404


@pytest.mark.django_db
def test_approvals_queue_accepts_and_returns_in_one_action(client, world):
    first = world.item_in("reported", content="Báo cáo thứ nhất")
    second = world.item_in("reported", content="Báo cáo thứ hai")
    client.force_login(world.deputy)
    page = client.get(reverse("approvals")).content.decode()
    assert page.index("Báo cáo thứ nhất") < page.index("Báo cáo thứ hai")
    assert "Đã hoàn thành." in page
    post = lambda item, **data: client.post(  # noqa: E731
        reverse("approval_decide", args=[item.pk]), {f"a{item.pk}-{k}": v for k, v in data.items()}
    )
    response = post(first, version=first.version, do="return", reason="")
    assert WorkItem.objects.get(pk=first.pk).state == "reported"
    assert "Cần nêu lý do trả lại báo cáo." in client.get(response.url).content.decode()
    post(first, version=first.version, do="return", reason="Thiếu minh chứng.")
    post(second, version=second.version, do="accept", reason="")
    assert WorkItem.objects.get(pk=first.pk).state == "in_progress"
    assert WorkItem.objects.get(pk=second.pk).state == "accepted"


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["head_c", "deputy_other", "inspectorate"])
def test_approval_is_refused_for(client, world, who):
    item = world.item_in("reported")
    client.force_login(getattr(world, who))
    assert "Báo cáo" not in client.get(reverse("approvals")).content.decode().split("<main")[1][:20]
    client.post(
        reverse("approval_decide", args=[item.pk]),
        {f"a{item.pk}-version": item.version, f"a{item.pk}-do": "accept"},
    )
    assert WorkItem.objects.get(pk=item.pk).state == "reported"


@pytest.mark.django_db
def test_programme_page_groups_filters_and_shows_unit_progress(client, world):
    world.item_in("accepted", content="Xong tháng 3", due=date(2026, 3, 31))
    world.item_in("in_progress", content="Đang làm tháng 6", due=date(2026, 6, 30))
    client.force_login(world.director)
    url = reverse("programme_detail", args=[world.programme.pk])
    page = client.get(url).content.decode()
    assert "03/2026" in page and "06/2026" in page
    assert 'aria-valuenow="50"' in page
    page = client.get(url, {"state": "accepted"}).content.decode()
    assert "Xong tháng 3" in page and "Đang làm tháng 6" not in page
    page = client.get(url, {"status": "completed_late"}).content.decode()
    assert "Xong tháng 3" in page and "Đang làm tháng 6" not in page


@pytest.mark.django_db
def test_programme_is_submitted_sent_back_and_approved_from_its_page(client, world):
    world.item(content="Nhiệm vụ A")
    url = lambda action: reverse("programme_action", args=[world.programme.pk, action])  # noqa: E731
    client.force_login(world.secretariat)
    client.post(url("submit"))
    client.force_login(world.director)
    client.post(url("send_back"), {"notes": "Bổ sung."})
    client.force_login(world.secretariat)
    client.post(url("submit"))
    client.force_login(world.director)
    unconfirmed = client.post(url("approve"))
    assert unconfirmed.url == reverse("programme_approve", args=[world.programme.pk])
    assert Programme.objects.get(pk=world.programme.pk).state == "submitted"
    client.post(url("approve"), {"confirmed": "1"})
    assert Programme.objects.get(pk=world.programme.pk).state == "published"


def _grow(world, n):
    for i in range(n):
        item = world.item_in("reported", content=f"Báo cáo {i}")
        if i % 2:
            item = advance(world, item, "return")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who,url_name",
    [("head_a", "my_board"), ("director", "approvals"), ("director", "programme"), ("head_a", "inbox")],
)
def test_list_pages_have_a_bounded_number_of_queries(
    client, world, who, url_name, django_assert_max_num_queries
):
    client.force_login(getattr(world, who))
    if url_name == "my_board":
        url = reverse("unit_board", args=[world.unit_a.pk])
    elif url_name == "programme":
        url = reverse("programme_detail", args=[world.programme.pk])
    else:
        url = reverse(url_name)
    _grow(world, 3)
    with django_assert_max_num_queries(16):
        small = client.get(url)
    _grow(world, 15)
    with django_assert_max_num_queries(16):
        large = client.get(url)
    assert small.status_code == large.status_code == 200
    assert len(large.content) > len(small.content)
