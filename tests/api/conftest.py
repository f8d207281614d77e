"""API test fixtures: a client that authenticates as a given user with a fresh token."""

import pytest
from rest_framework.test import APIClient

from api.models import ApiToken


@pytest.fixture
def api_as():
    def client_for(user) -> APIClient:
        _token, key = ApiToken.issue(user=user, name="tests")
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
        return client

    return client_for
