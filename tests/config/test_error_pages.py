"""Error pages are the site's own, in Vietnamese for an English browser; the favicon is served."""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from django.urls import reverse
from django.views.defaults import server_error

ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}


def _page(response) -> str:
    html = response.content.decode()
    assert '<html lang="vi">' in html and 'data-testid="error-page"' in html, html[:300]
    return html


@pytest.mark.django_db
def test_404_is_vietnamese(client, world):
    client.force_login(world.staff_a)
    response = client.get("/khong-co-trang-nay/", **ENGLISH_BROWSER)
    assert response.status_code == 404
    html = _page(response)
    assert "Không tìm thấy trang" in html and "Not Found" not in html
    assert 'class="mainnav"' in html  # the site's look, menu included


@pytest.mark.django_db
def test_api_404_stays_json(client):
    response = client.get("/api/v1/khong-co/")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


@pytest.mark.django_db
def test_403_is_vietnamese_and_says_why(client, world):
    client.force_login(world.staff_a)
    response = client.get(reverse("escalation_ladder"), **ENGLISH_BROWSER)
    assert response.status_code == 403
    html = _page(response)
    assert "Không có quyền truy cập" in html and "Forbidden" not in html


@pytest.mark.django_db
def test_csrf_failure_is_vietnamese(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.staff_a)
    response = client.post(reverse("logout"), **ENGLISH_BROWSER)
    assert response.status_code == 403
    html = _page(response)
    assert "Biểu mẫu đã hết hạn" in html and "CSRF verification failed" not in html


@pytest.mark.django_db
def test_400_is_vietnamese(client):
    response = client.get(reverse("login"), HTTP_HOST="la.example", **ENGLISH_BROWSER)
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in _page(response)


def test_500_is_vietnamese_without_a_database():
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = _page(response)
    assert "Đã xảy ra lỗi" in html and "Server Error" not in html


@pytest.mark.django_db
def test_favicon_is_served_and_linked(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.ico")
    assert (Path(settings.BASE_DIR) / "static" / "favicon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert 'rel="icon"' in client.get(reverse("login")).content.decode()
