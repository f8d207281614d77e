"""Abuse: NUL bytes, tokens and evidence downloads, CSRF on the API, headers, 403 logging."""

import logging
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import clear_url_caches, reverse
from rest_framework.test import APIClient

from engine.models import Attachment
from engine.services import work_items as svc

pytestmark = pytest.mark.django_db


def _token(username: str) -> str:
    out = StringIO()
    call_command("issue_token", username, "--name", "test", stdout=out)
    return out.getvalue().strip()


@pytest.fixture
def evidence(world):
    item = world.item_in("in_progress", content="Có minh chứng")
    pdf = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 bien ban", content_type="application/pdf")
    svc.work_item_report(item=item, actor=world.head_a, text="Xong.", files=[pdf])
    return Attachment.objects.get()


@pytest.mark.parametrize("query", ["kind=%00", "kind=a%00b", "q=%00&page=1"])
def test_a_nul_in_the_query_string_is_a_400_in_the_api_error_shape(world, evidence, query):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {_token(world.head_a.username)}")
    response = client.get(f"/api/v1/work-items/{evidence.report.work_item_id}/reports/?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_input" and "NUL" in body["detail"] and body["field_errors"] == {}


def test_a_nul_on_a_page_is_a_plain_400(client, world):
    client.force_login(world.head_a)
    assert client.get("/work-items/?q=%00").status_code == 400


def test_the_download_url_works_with_an_api_token(world, evidence):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {_token(world.head_a.username)}")
    reports = client.get(f"/api/v1/work-items/{evidence.report.work_item_id}/reports/").json()
    url = reports["results"][0]["attachments"][0]["download_url"]
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 bien ban"
    # A token of someone who may not read the item: 404, as for a session.
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {_token(world.head_c.username)}")
    assert client.get(url).status_code == 404
    client.credentials(HTTP_AUTHORIZATION="Bearer dd_wrong")
    response = client.get(url)
    assert response.status_code == 401 and response.json()["code"] == "authentication_failed"
    assert Client().get(url).status_code == 302  # no session, no token: the login page


@pytest.fixture
def debug_urls(settings):
    settings.DEBUG = True
    import importlib

    import config.urls

    importlib.reload(config.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(config.urls)
    clear_url_caches()


def test_with_debug_media_serves_evidence_only_to_its_readers(world, evidence, debug_urls):
    url = f"/media/{evidence.file.name}"
    assert Client().get(url).status_code == 302  # anonymous: to the login page, not the file
    reader, stranger = Client(), Client()
    reader.force_login(world.head_a)
    stranger.force_login(world.head_c)
    assert reader.get(url).status_code == 200
    assert stranger.get(url).status_code == 404
    assert reader.get("/media/evidence/not-a-row.pdf").status_code == 404


def test_a_csrf_failure_on_the_api_answers_forbidden(world):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(world.head_a)
    response = client.post("/api/v1/work-items/1/actions/start/", {}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden" and "CSRF" in response.json()["detail"]


def test_pages_carry_csp_and_permissions_policy(client, world):
    client.force_login(world.head_a)
    response = client.get(reverse("inbox"))
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert "camera=()" in response["Permissions-Policy"]
    assert "Content-Security-Policy" in client.get("/api/v1/organisations/")


def test_a_403_is_logged_as_one_line(client, world, evidence, caplog):
    client.force_login(world.head_c)
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(reverse("two_factor"))
    assert response.status_code == 403
    records = [r for r in caplog.records if r.name == "django.request"]
    assert records and all(r.exc_info is None for r in records)
