"""An item with a numeric target is reported with the figure achieved, and asked for it by name."""

from decimal import Decimal

import pytest
from django.urls import reverse

from engine.exceptions import InvalidInput
from engine.models import WorkItem
from engine.services import work_items as svc
from tests.factories import advance


def _with_target(world, state: str) -> WorkItem:
    item = world.item_in(state)
    WorkItem.objects.filter(pk=item.pk).update(
        indicator_name="Số cuộc tập huấn", indicator_measure="cuộc", indicator_target=Decimal("5")
    )
    item.refresh_from_db()
    return item


@pytest.mark.django_db
def test_a_target_item_is_not_reported_without_the_figure_achieved(world):
    item = _with_target(world, "in_progress")
    with pytest.raises(InvalidInput) as error:
        svc.work_item_report(item=item, actor=world.head_a, text="Đã tổ chức.")
    assert "5 cuộc" in error.value.field_errors["indicator_actual"][0]
    item.refresh_from_db()
    assert item.state == WorkItem.State.IN_PROGRESS and not item.reports.exists()

    item = svc.work_item_report(item=item, actor=world.head_a, text="Đã tổ chức.", indicator_actual="4")
    assert item.state == WorkItem.State.REPORTED and item.indicator_actual == Decimal("4")


@pytest.mark.django_db
def test_a_returned_report_is_reported_again_on_the_figure_given(world):
    item = _with_target(world, "in_progress")
    item = svc.work_item_report(item=item, actor=world.head_a, text="Lần 1.", indicator_actual="3")
    item = advance(world, item, "return")
    item = svc.work_item_report(item=item, actor=world.head_a, text="Lần 2, bổ sung biên bản.")
    assert item.state == WorkItem.State.REPORTED and item.indicator_actual == Decimal("3")


@pytest.mark.django_db
def test_an_item_without_a_target_is_reported_as_before(world):
    item = svc.work_item_report(item=world.item_in("in_progress"), actor=world.head_a, text="Xong.")
    assert item.state == WorkItem.State.REPORTED and item.indicator_actual is None


@pytest.mark.django_db
def test_the_report_form_asks_for_the_figure_only_where_there_is_a_target(world, client):
    client.force_login(world.head_a)
    plain = world.item_in("in_progress")
    page = client.get(reverse("work_item_detail", args=[plain.pk])).content.decode()
    assert 'name="report-text"' in page and 'name="report-indicator_actual"' not in page

    target = _with_target(world, "in_progress")
    page = client.get(reverse("work_item_detail", args=[target.pk])).content.decode()
    assert 'name="report-indicator_actual"' in page and "Chỉ tiêu: 5 cuộc" in page
    response = client.post(
        reverse("work_item_action", args=[target.pk, "report"]),
        {"report-version": target.version, "report-text": "Đã tổ chức."},
    )
    assert response.status_code == 400
    target.refresh_from_db()
    assert target.state == WorkItem.State.IN_PROGRESS
    response = client.post(
        reverse("work_item_action", args=[target.pk, "report"]),
        {"report-version": target.version, "report-text": "Đã tổ chức.", "report-indicator_actual": "5"},
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.state, target.indicator_actual) == (WorkItem.State.REPORTED, Decimal("5"))


@pytest.mark.django_db
def test_the_approvals_queue_shows_the_target_beside_the_figure_reported(world, client):
    item = _with_target(world, "in_progress")
    svc.work_item_report(item=item, actor=world.head_a, text="Đã tổ chức.", indicator_actual="4")
    client.force_login(world.director)
    page = client.get(reverse("approvals")).content.decode()
    card = page.split(f'id="item-{item.pk}"')[1].split("</article>")[0]
    assert "Chỉ tiêu: 5 cuộc" in card and "<strong>4</strong>" in card
