"""Chromium: the director opens the dashboard; the four charts are drawn from the JSON."""

from datetime import date, timedelta

import pytest

from tests.browser import login, screenshot
from tests.factories import build_world


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_dashboard_draws_its_charts(asgi_server, chromium):
    world = build_world("dash")
    for n in range(3):
        world.item_in("in_progress", content=f"Nhiệm vụ quá hạn {n}", due=date(2026, 1, 5 + n))
    world.item_in("accepted", content="Nhiệm vụ đã xong", due=date(2026, 2, 10))
    # One item of each other status class, so the status chart's legend has eight entries.
    later, earlier = date.today() + timedelta(days=200), date.today() - timedelta(days=200)
    for state, due in (
        ("assigned", later),
        ("in_progress", later),
        ("reported", later),
        ("reported", earlier),
        ("accepted", later),
        ("assigned", None),
    ):
        world.item_in(state, content=f"Nhiệm vụ {state} {due}", due=due)
    page = login(chromium, asgi_server, world.director.username)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(f"{asgi_server.url}/oversight/dashboard/")
    page.wait_for_selector("#dashboard[data-ready='4']", timeout=15000)
    for chart in ("chart-units", "chart-trend", "chart-status", "chart-timeline"):
        canvas = page.locator(f"#{chart}")
        assert canvas.get_attribute("data-rendered") == "1"
        box = canvas.bounding_box()
        assert box["width"] > 200 and box["height"] > 150
        # Something was painted: the canvas is not blank.
        painted = page.evaluate(
            """id => { const c = document.getElementById(id); const d = c.getContext('2d')
                   .getImageData(0, 0, c.width, c.height).data;
                   for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }""",
            chart,
        )
        assert painted, chart
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    # Every status class in the legend, none cut off below the legend's box.
    legend = page.evaluate(
        """() => { const c = Chart.getChart('chart-status'), l = c.legend;
               return {labels: c.data.labels.length, items: l.legendItems.length,
                       cut: l.legendHitBoxes.filter(b => b.top + b.height > l.bottom + 1).length}; }"""
    )
    assert legend["labels"] >= 7 and legend == {
        "labels": legend["labels"],
        "items": legend["labels"],
        "cut": 0,
    }
    screenshot(page, "dashboard__phone")
    page.context.close()
