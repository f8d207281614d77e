"""The dashboard's JSON: the figures, a constant number of queries, who may see it."""

import re
from datetime import date

import pytest
from django.urls import reverse

from tests.oversight.scenario import at, build

pytestmark = pytest.mark.django_db


def test_dashboard_figures(world, client):
    s = build(world)
    client.force_login(world.director)
    with at("2026-03-25"):
        data = client.get(reverse("dashboard_data")).json()
    unit_a = next(u for u in data["completion_by_unit"] if u["unit_id"] == world.unit_a.pk)
    assert (unit_a["total"], unit_a["accepted"], unit_a["overdue"]) == (4, 2, 1)
    assert data["overdue_trend"][-1] == {"month": "2026-03", "overdue": 2}
    assert data["overdue_trend"][-2] == {"month": "2026-02", "overdue": 0}
    march = next(m for m in data["timeline"] if m["month"] == "2026-03")
    assert march["total"] == 5 and march["accepted"] == 2 and march["overdue"] == 2
    assert sum(data["by_state"].values()) == 5
    classes = {c["code"]: c["count"] for c in data["by_status_class"]}
    assert classes == {
        "in_progress_overdue": 2,
        "completed_on_time": 1,
        "completed_late": 1,
        "in_progress_on_time": 1,
    }
    assert next(c for c in data["by_status_class"] if c["code"] == "completed_late")["filter"] == {
        "status": "completed_late"
    }
    assert s.on_time.pk  # the scenario's items all fall in March


def test_dashboard_queries_do_not_grow_with_items(world, client, django_assert_num_queries):
    client.force_login(world.director)
    with at("2026-02-01"):
        for n in range(3):
            world.item_in("in_progress", due=date(2026, 1, 10 + n))
    with at("2026-03-25"):
        client.get(reverse("dashboard_data"))  # warm the session and the actor context
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as few:
            client.get(reverse("dashboard_data"))
    with at("2026-02-01"):
        for n in range(12):
            world.item_in("accepted", due=date(2026, 2, 1 + n))
    with at("2026-03-25"), django_assert_num_queries(len(few)):
        client.get(reverse("dashboard_data"))


@pytest.mark.parametrize("role", ["head_a", "staff_a"])
def test_units_do_not_see_the_dashboard(world, client, role):
    client.force_login(getattr(world, role))
    assert client.get(reverse("dashboard")).status_code == 403
    assert client.get(reverse("dashboard_data")).status_code == 403


def test_dashboard_page_vendors_its_chart_library(world, client):
    client.force_login(world.inspectorate)
    body = client.get(reverse("dashboard")).content.decode()
    # every script and stylesheet is served by us (a random CSRF token may spell "cdn": look at URLs)
    sources = re.findall(r'<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]*)"', body)
    assert "/static/vendor/chart.umd.min.js" in sources
    assert all(source.startswith("/") and not source.startswith("//") for source in sources), sources
