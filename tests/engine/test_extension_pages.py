"""Extension pages: the request form on the item page and the leader's decision page."""

from datetime import date

import pytest
from django.urls import reverse

from engine.models import ExtensionRequest


@pytest.fixture
def item(world):
    return world.item_in("in_progress")


def ask(client, item, **data):
    payload = {
        "request_extension-version": item.version,
        "request_extension-new_due_date": "15/05/2026",
        "request_extension-reason": "Chờ ý kiến Bộ.",
    }
    payload.update({f"request_extension-{k}": v for k, v in data.items()})
    return client.post(reverse("work_item_action", args=[item.pk, "request_extension"]), payload)


@pytest.mark.django_db
def test_head_asks_with_a_ddmmyyyy_date_and_the_director_grants(client, world, item):
    client.force_login(world.head_a)
    page = client.get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert "Đề nghị gia hạn" in page
    assert ask(client, item).status_code == 302
    ext = ExtensionRequest.objects.get()
    assert ext.requested_due_date == date(2026, 5, 15)
    client.force_login(world.director)
    url = reverse("extension_decide", args=[ext.pk])
    assert "15/05/2026" in client.get(url).content.decode()
    assert client.post(url, {"decision": "grant"}).status_code == 302
    item.refresh_from_db()
    assert item.due_date == date(2026, 5, 15)
    # The history names the request's states in Vietnamese, not by their codes.
    history = client.get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert "(Chờ quyết định → Đã đồng ý)" in history.replace("&rarr;", "→")
    assert "(pending" not in history and "granted)" not in history


@pytest.mark.django_db
def test_refusing_without_a_reason_is_a_vietnamese_form_error(client, world, item):
    client.force_login(world.head_a)
    ask(client, item)
    ext = ExtensionRequest.objects.get()
    client.force_login(world.deputy)
    response = client.post(reverse("extension_decide", args=[ext.pk]), {"decision": "refuse", "note": ""})
    assert response.status_code == 400
    assert "Nêu lý do từ chối gia hạn." in response.content.decode()
    ext.refresh_from_db()
    assert ext.state == "pending"


@pytest.mark.django_db
def test_bad_date_is_refused_with_a_message(client, world, item):
    client.force_login(world.head_a)
    response = ask(client, item, new_due_date="31/02/2026")
    assert response.status_code == 400 and not ExtensionRequest.objects.exists()


@pytest.mark.django_db
def test_a_non_supervising_deputy_sees_no_form_and_cannot_post(client, world, item):
    client.force_login(world.head_a)
    ask(client, item)
    ext = ExtensionRequest.objects.get()
    client.force_login(world.deputy_other)
    url = reverse("extension_decide", args=[ext.pk])
    assert 'name="decision"' not in client.get(url).content.decode()
    assert client.post(url, {"decision": "grant"}).status_code == 403
    client.force_login(world.head_c)
    assert client.get(url).status_code == 404
