"""Tokens (issue_token, admin, revocation), session auth, and the locally served docs."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from api.models import ApiToken

pytestmark = pytest.mark.django_db


def _issue(username: str) -> str:
    out = StringIO()
    call_command("issue_token", username, "--name", "e-office", stdout=out)
    return out.getvalue().strip()


def test_issue_token_prints_a_token_that_authenticates_as_its_user(world):
    key = _issue(world.head_a.username)
    token = ApiToken.objects.get(user=world.head_a)
    assert key.startswith("dd_") and token.key_hash != key and key.startswith(token.prefix)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    response = client.get("/api/v1/organisations/")
    assert response.status_code == 200
    assert [o["id"] for o in response.json()["results"]] == [world.org.pk]
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/units/").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_revoked_token_is_refused_with_401(world):
    key = _issue(world.head_a.username)
    call_command("issue_token", world.head_a.username, "--revoke", key[:10], stdout=StringIO())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    response = client.get("/api/v1/work-items/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_token_of_a_deactivated_user_is_refused(world):
    key = _issue(world.staff_a.username)
    world.staff_a.is_active = False
    world.staff_a.save()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert client.get("/api/v1/work-items/").status_code == 401


def test_issue_token_for_unknown_user_fails(db):
    with pytest.raises(CommandError):
        call_command("issue_token", "nobody", stdout=StringIO())


def test_anonymous_request_is_401_with_json_body(db):
    response = APIClient().get("/api/v1/work-items/")
    assert response.status_code == 401
    assert set(response.json()) == {"code", "detail", "field_errors"}


def test_wrong_token_is_401(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer dd_not-a-token")
    assert client.get("/api/v1/work-items/").status_code == 401


def test_session_login_works_for_the_browser_and_enforces_csrf(world):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(world.director)
    assert client.get("/api/v1/programmes/").status_code == 200
    response = client.post(f"/api/v1/programmes/{world.programme.pk}/publish/", {"version": 1}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_admin_issues_a_token_once_and_revokes_it(world, client):
    from engine.models import User

    admin = User.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    response = client.post(
        "/admin/api/apitoken/add/", {"user": world.head_a.pk, "name": "e-office"}, follow=True
    )
    assert response.status_code == 200
    token = ApiToken.objects.get(user=world.head_a)
    shown = [str(m) for m in response.context["messages"]]
    key = next(word for m in shown for word in m.split() if word.startswith("dd_"))
    assert key.startswith(token.prefix)
    client.post(
        "/admin/api/apitoken/",
        {"action": "revoke_tokens", "_selected_action": [token.pk]},
        follow=True,
    )
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_schema_and_docs_are_served_without_a_cdn(db, client):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/work-items/{id}/actions/return/" in schema.content
    docs = client.get("/api/docs/")
    html = docs.content.decode()
    assert docs.status_code == 200
    assert "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    # every script and stylesheet is served by us (a random token may spell "cdn": look at URLs)
    sources = re.findall(r'<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]*)"', html)
    assert sources and all(source.startswith("/") and not source.startswith("//") for source in sources), (
        sources
    )
    assert "unpkg" not in html.lower() and "cdn.jsdelivr" not in html.lower()
