"""Chromium: the secretariat uploads seed 002, fixes an unrecognised unit with the picker, confirms."""

from pathlib import Path

import pytest
from django.conf import settings

from engine.demo import seed_demo
from engine.models import Programme, Unit, UnitAlias
from tests.browser import htmx_ready, login, screenshot

RENAMED = "Trung tâm Số hoá tỉnh"


@pytest.fixture
def eager():
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True  # no worker in the test: the parse runs in the request
    yield
    app.conf.task_always_eager = before


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_secretariat_imports_seed_002_fixing_a_unit_in_the_browser(asgi_server, chromium, eager):
    seed_demo("pw")
    # The centre under a name the document does not use: its rows come in with no lead unit.
    centre = Unit.objects.get(organisation__slug="quang-ngai-skhcn", short_name="CĐS&ĐMST")
    UnitAlias.objects.filter(unit=centre).delete()
    Unit.objects.filter(pk=centre.pk).update(name=RENAMED, short_name="TTSH")
    seed = next(Path(settings.SEEDS_DIR).glob("002_*.txt"))

    page = login(chromium, asgi_server, "quangngai.secretariat")
    page.goto(f"{asgi_server.url}/programmes/")
    page.click("[data-testid=import-link]")
    page.set_input_files("#id_file", str(seed))
    page.click("[data-testid=upload-form] button[type=submit]")
    page.wait_for_selector("[data-testid=import-summary]")
    assert page.inner_text("[data-testid=problem-count]") == "7"
    assert page.locator("tr.import-problem").count() == 7
    assert "8.(1)" in page.inner_text("tr.import-problem >> nth=0")
    screenshot(page, "programme_import__1_preview")

    # the document's legend spells the short form out; the preview shows both spellings
    picker = page.locator(
        "li[data-spelling='Trung tâm Chuyển đổi số và Đổi mới sáng tạo (Trung tâm CĐS&ĐMST)']"
    )
    picker.locator("select").select_option(label=RENAMED)
    picker.locator("button[type=submit]:not([name=create])").click()
    page.wait_for_selector(".msg-success")
    assert page.inner_text("[data-testid=problem-count]") == "0"
    htmx_ready(page)

    # One inline edit: the first row's content, through htmx.
    first = page.locator("tr[data-row-id='1']")
    first.locator("[data-action=edit]").click()
    page.fill("tr[data-row-id='1'] textarea[name=content]", "Kế hoạch triển khai Nghị quyết 57 (đã sửa)")
    page.click("tr[data-row-id='1'] button[type=submit]")
    page.wait_for_selector("tr[data-row-id='1'] >> text=Kế hoạch triển khai Nghị quyết 57 (đã sửa)")
    screenshot(page, "programme_import__2_fixed")

    page.click("[data-testid=confirm]")
    page.wait_for_url(f"{asgi_server.url}/programmes/*/")
    programme = Programme.objects.get(organisation__slug="quang-ngai-skhcn", source_name=seed.name)
    assert page.url == f"{asgi_server.url}/programmes/{programme.pk}/"
    assert "37" in page.inner_text(".msg-success")
    screenshot(page, "programme_import__3_programme")
    assert programme.items.count() == 37
    assert programme.items.filter(ref__startswith="8.", unit_links__unit__name=RENAMED).count() == 7
    assert programme.items.get(position=1).content == "Kế hoạch triển khai Nghị quyết 57 (đã sửa)"
    page.context.close()
