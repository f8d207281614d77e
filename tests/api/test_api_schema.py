"""schemathesis against the live schema, in-process: no 500 and no response outside the schema."""

import json
from datetime import date

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.models import ApiToken
from engine.models import ExtensionRequest
from engine.services.extensions import extension_request

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


def _load_schema():
    """The schema /api/schema/ serves, generated in-process, called against the WSGI app."""
    generated = SchemaGenerator().get_schema(request=None, public=True)
    # The coverage phase alone sends hundreds of requests per operation; the fuzzing phase,
    # bounded by max_examples below, keeps the suite's time in check.
    config = schemathesis.Config.from_dict({"phases": {"coverage": {"enabled": False}}})
    loaded = schemathesis.openapi.from_dict(
        json.loads(OpenApiJsonRenderer().render(generated)), config=config
    )
    loaded.app = get_wsgi_application()
    return loaded


schema = _load_schema()


@pytest.fixture
def keep_connection(db):
    # As Django's test client does: the WSGI handler must not close the test's connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_world(world, keep_connection):
    """Items in every state, so generated ids sometimes hit a real item."""
    items = [world.item_in(state) for state in ("drafted", "assigned", "in_progress", "reported", "accepted")]
    extension_request(item=items[2], actor=world.head_a, new_due_date=date(2026, 6, 30), reason="Chờ Bộ.")
    _token, key = ApiToken.issue(user=world.director, name="schemathesis")
    return world, items, {"Authorization": f"Bearer {key}"}


REAL_IDS = {
    "/api/v1/organisations/{id}/": lambda w, items: w.org.pk,
    "/api/v1/units/{id}/": lambda w, items: w.unit_a.pk,
    "/api/v1/programmes/{id}/": lambda w, items: w.programme.pk,
    "/api/v1/extensions/{id}/": lambda w, items: ExtensionRequest.objects.get(work_item=items[2]).pk,
}


def _real_id(path: str, world, items) -> int | None:
    for prefix, pick in REAL_IDS.items():
        if path.startswith(prefix.removesuffix("{id}/")):
            return pick(world, items)
    if path.startswith("/api/v1/work-items/{id}"):
        return items[hash(path) % len(items)].pk
    return None


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_api_conforms_to_its_schema(case, api_world):
    world, items, headers = api_world
    case.call_and_validate(headers=headers, checks=CHECKS)
    if "id" in (case.path_parameters or {}):
        real = _real_id(case.path, world, items)
        if real is not None:
            case.path_parameters = {**case.path_parameters, "id": real}
            case.call_and_validate(headers=headers, checks=CHECKS)
