"""The work-item page says which step of the completion review is open, and who holds it."""

import pytest
from django.urls import reverse

from flows.driver import task_assign
from flows.templatetags.flow_steps import open_review_step

pytestmark = pytest.mark.django_db


def _step_text(client, user, item) -> str:
    client.force_login(user)
    page = client.get(reverse("work_item_detail", args=[item.pk])).content.decode()
    if 'data-testid="review-step"' not in page:
        return ""
    return page.split('data-testid="review-step">', 1)[1].split("</dd>", 1)[0]


def test_the_page_follows_the_review_from_unit_to_leader(world, client, review_of, task_of):
    world.org.completion_deputy_review = True
    world.org.save()
    item = world.item_in("in_progress")
    carry_out = _step_text(client, world.head_a, item)
    assert carry_out  # the lead unit carries the item out

    item = world.item_in("reported")
    review = task_of(review_of(item))
    assert open_review_step(item.pk).pk == review.pk
    waiting = _step_text(client, world.director, item)
    assert waiting and waiting != carry_out
    assert "·" in waiting and waiting.count("·") == 1  # "since …" only: nobody has taken it

    task_assign(task=review, user=world.deputy)
    taken = _step_text(client, world.director, item)
    assert world.deputy.get_full_name() in taken or world.deputy.username in taken


def test_no_step_once_the_item_is_accepted_or_before_it_is_assigned(world, client):
    assert _step_text(client, world.director, world.item_in("accepted")) == ""
    assert _step_text(client, world.director, world.item_in("drafted")) == ""
