"""Reads on a replica: which alias a read picks inside and outside the routed scope, in a transaction,
after a write; the view decorator, streamed responses, the pin cookie; and nothing routed without one.

A fake replica: `replica_alias` answers "replica" as if DATABASE_REPLICA_URL pointed elsewhere. The
alias itself is the test mirror of default, so the few tests that run a routed query (transactional
ones, whose data is committed) read the same test database through a second connection.
"""

import pytest
from django.db import transaction
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.urls import reverse

from config import db_router
from config.db_router import READ_HEADER, REPLICA, reads_from_replica, replica_alias, replica_view
from engine.models import Organisation, Unit, WorkItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake_replica(monkeypatch):
    monkeypatch.setattr(db_router, "replica_alias", lambda: REPLICA)


def _read_alias() -> str:
    return WorkItem.objects.all().db


def test_a_read_outside_the_scope_goes_to_the_primary(fake_replica):
    assert _read_alias() == "default"


def test_a_read_inside_the_scope_goes_to_the_replica(fake_replica):
    with reads_from_replica() as scope:
        assert _read_alias() == REPLICA
        assert Unit.objects.filter(pk=1).db == REPLICA
    assert scope.read_from == {REPLICA}
    assert _read_alias() == "default"


def test_a_read_inside_a_transaction_goes_to_the_primary(fake_replica):
    with reads_from_replica():
        with transaction.atomic():
            assert _read_alias() == "default"
        # The transaction wrote nothing: once it is closed, reads go back to the replica.
        assert _read_alias() == REPLICA


def test_after_a_write_the_rest_of_the_scope_reads_the_primary(fake_replica):
    with reads_from_replica() as scope:
        assert _read_alias() == REPLICA
        Organisation.objects.create(slug="written", name="Written")
        assert scope.wrote
        assert _read_alias() == "default"
    with reads_from_replica():  # a new request starts on the replica again
        assert _read_alias() == REPLICA


def test_writes_go_to_the_primary_even_for_an_object_read_from_the_replica(fake_replica):
    org = Organisation.objects.create(slug="o", name="O")
    org._state.db = REPLICA  # as if it had been read inside the scope
    router = db_router.ReplicaRouter()
    assert router.db_for_write(Organisation, instance=org) == "default"
    assert router.allow_relation(org, Unit(organisation_id=org.pk)) is True
    assert router.allow_migrate(REPLICA, "engine") is False
    assert router.allow_migrate("default", "engine") is None


def test_nested_scopes_share_one_scope(fake_replica):
    with reads_from_replica() as outer:
        with reads_from_replica() as inner:
            assert inner is outer
            Organisation.objects.create(slug="n", name="N")
        assert _read_alias() == "default"


def test_the_decorator_routes_a_function_such_as_a_celery_task(fake_replica):
    @reads_from_replica()
    def task():
        return _read_alias()

    assert task() == REPLICA
    assert task() == REPLICA  # a fresh scope on every call
    assert _read_alias() == "default"


def test_without_a_replica_nothing_is_routed():
    """The test settings: `replica` is a mirror of default, so it is the primary itself."""
    assert replica_alias() is None
    with reads_from_replica() as scope:
        assert _read_alias() == "default"
    assert scope.read_from == set()


def _view(request):
    return HttpResponse(_read_alias())


def test_replica_view_routes_get_and_names_the_alias(fake_replica):
    response = replica_view(_view)(RequestFactory().get("/"))
    assert response.content == b"replica"
    assert response[READ_HEADER] == REPLICA


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_replica_view_leaves_writes_on_the_primary(fake_replica, method):
    response = replica_view(_view)(getattr(RequestFactory(), method)("/"))
    assert response.content == b"default"
    assert READ_HEADER not in response


def test_replica_view_reads_the_primary_for_a_person_who_just_wrote(fake_replica):
    request = RequestFactory().get("/")
    request.COOKIES[db_router.PIN_COOKIE] = "1"
    assert replica_view(_view)(request).content == b"default"


def test_replica_view_without_a_replica_adds_no_header():
    response = replica_view(_view)(RequestFactory().get("/"))
    assert response.content == b"default"
    assert READ_HEADER not in response


def test_a_streamed_response_reads_the_replica_chunk_by_chunk(fake_replica):
    def stream(request):
        return StreamingHttpResponse(_read_alias() for _ in range(2))

    response = replica_view(stream)(RequestFactory().get("/"))
    assert b"".join(response.streaming_content) == b"replicareplica"
    assert _read_alias() == "default"


def test_a_post_pins_the_person_to_the_primary(fake_replica, settings):
    settings.DATABASE_REPLICA_PIN_SECONDS = 15
    middleware = db_router.PinPrimaryAfterWriteMiddleware(lambda request: HttpResponse())
    assert db_router.PIN_COOKIE not in middleware(RequestFactory().get("/")).cookies
    cookie = middleware(RequestFactory().post("/")).cookies[db_router.PIN_COOKIE]
    assert cookie["max-age"] == 15 and cookie["httponly"]


def test_no_pin_cookie_without_a_replica():
    middleware = db_router.PinPrimaryAfterWriteMiddleware(lambda request: HttpResponse())
    assert db_router.PIN_COOKIE not in middleware(RequestFactory().post("/")).cookies


@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_the_register_page_is_served_from_the_replica(fake_replica, client):
    """A routed page end to end: its queries run on the replica connection, its data is there."""
    from tests.factories import build_world

    world = build_world("rr")
    world.item_in("in_progress", content="Nhiệm vụ trên bản sao")
    client.force_login(world.inspectorate)
    response = client.get(reverse("delay_register"))
    assert response.status_code == 200
    assert response[READ_HEADER] == REPLICA
    dashboard = client.get(reverse("dashboard_data"))
    assert dashboard.status_code == 200 and dashboard[READ_HEADER] == REPLICA
    # The work-item path is not routed.
    page = client.get(reverse("work_item_list"))
    assert page.status_code == 200 and READ_HEADER not in page
