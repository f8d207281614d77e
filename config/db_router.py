"""Reads on a replica: oversight pages, exports and dashboards read the `replica` alias when one is set.

Routing is opt-in per unit of work, never per model: `reads_from_replica` (a context manager and a
decorator for functions and Celery tasks) and `replica_view` (for views, GET/HEAD only) set a
context variable that `ReplicaRouter.db_for_read` looks at. Everything else — the work-item path,
the inbox, every form, the API, sessions — reads the primary, so a person never sees their own
change missing. Inside the routed block a read still goes to the primary when

- a transaction is open on the primary (what it reads must agree with what it writes), or
- something in the same block already wrote (read-your-writes for the rest of the request).

Why opt-in, not "every read on the replica unless told otherwise": a lagging replica is only
harmless on pages that summarise (a register a few seconds old is still the register); on the
pages where people act, a missing just-made change looks like a lost one. Why a context
variable: it follows the request through sync and async code and into Celery tasks without
threading a `using=` through the selectors, which stay database-agnostic.

With no `DATABASE_REPLICA_URL`, the `replica` alias points at the primary (settings.py) and
`replica_alias()` answers None: nothing is routed and nothing changes. Under tests the alias is a
test mirror of `default` (TEST.MIRROR), so it is again the primary and routed reads see test data.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
# The response header that names where a routed view read from (the cluster test reads it).
READ_HEADER = "X-Read-Database"
SAFE_METHODS = frozenset({"GET", "HEAD"})
# Set on a response to a write (POST, ...): for that long the person's routed views read the primary,
# so the page a form redirects to shows the change it just made (the replica may not have it yet).
PIN_COOKIE = "dondoc_primary"


@dataclass
class ReadScope:
    """One routed unit of work: whether it wrote, and which aliases its reads went to."""

    wrote: bool = False
    read_from: set[str] = field(default_factory=set)


_scope: ContextVar[ReadScope | None] = ContextVar("dondoc_read_scope", default=None)


def _same_database(a: dict, b: dict) -> bool:
    return all(a.get(key) == b.get(key) for key in ("ENGINE", "NAME", "HOST", "PORT"))


def replica_alias() -> str | None:
    """The alias routed reads go to, or None when the replica is absent or is the primary itself."""
    if REPLICA not in connections.settings:
        return None
    replica, primary = connections[REPLICA].settings_dict, connections[DEFAULT_DB_ALIAS].settings_dict
    if replica is primary or _same_database(replica, primary):
        return None
    return REPLICA


def _in_transaction() -> bool:
    """A transaction of the code's own is open on the primary (a test case's wrapper does not count)."""
    connection = connections[DEFAULT_DB_ALIAS]
    if not connection.in_atomic_block:
        return False
    return any(not getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


def current_scope() -> ReadScope | None:
    return _scope.get()


@contextmanager
def reads_from_replica() -> Iterator[ReadScope]:
    """Route the reads of this block to the replica (see the module docstring for the exceptions).

    Also a decorator (`@reads_from_replica()`), e.g. for a Celery task that computes an export.
    Nested blocks share the outer scope, so a write anywhere inside keeps the rest on the primary.
    """
    outer = _scope.get()
    if outer is not None:
        yield outer
        return
    scope = ReadScope()
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


def _streamed_in_scope(chunks, scope: ReadScope):
    """Each chunk of a streaming response is produced with the view's scope set again.

    The scope is set and reset around every `next()`, never across a `yield`: under ASGI each
    chunk may be pulled from a different thread and context.
    """
    iterator = iter(chunks)
    while True:
        token = _scope.set(scope)
        try:
            chunk = next(iterator)
        except StopIteration:
            return
        finally:
            _scope.reset(token)
        yield chunk


def replica_view(view):
    """A view whose GET/HEAD reads go to the replica; other methods (forms that write) use the primary.

    The user is loaded before the scope opens, so the session and the login are always read from
    the primary (a session made a second ago may not have reached the replica). The response says
    where the view read from in `X-Read-Database` when any read was routed.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in SAFE_METHODS or PIN_COOKIE in request.COOKIES:
            return view(request, *args, **kwargs)
        user = getattr(request, "user", None)
        if user is not None:
            user.is_authenticated  # noqa: B018 - resolves the lazy user on the primary
        with reads_from_replica() as scope:
            response = view(request, *args, **kwargs)
        if getattr(response, "streaming", False) and not getattr(response, "is_async", False):
            response.streaming_content = _streamed_in_scope(response.streaming_content, scope)
        if scope.read_from:
            response[READ_HEADER] = ",".join(sorted(scope.read_from))
        return response

    return wrapped


class PinPrimaryAfterWriteMiddleware:
    """After a request that may have written, the person's next pages read the primary for a while."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in SAFE_METHODS and replica_alias() is not None:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.DATABASE_REPLICA_PIN_SECONDS,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response


class ReplicaRouter:
    """Sends routed reads to the replica; every write, and every other read, to the primary."""

    def db_for_read(self, model, **hints):
        scope = _scope.get()
        if scope is None or scope.wrote or _in_transaction():
            return DEFAULT_DB_ALIAS
        alias = replica_alias()
        if alias is None:
            return DEFAULT_DB_ALIAS
        scope.read_from.add(alias)
        return alias

    def db_for_write(self, model, **hints):
        scope = _scope.get()
        if scope is not None:
            scope.wrote = True
        # Explicit: an object read from the replica is saved to the primary, not to its own alias.
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        aliases = {DEFAULT_DB_ALIAS, REPLICA, None}  # None: not saved yet (it will be, to the primary)
        if obj1._state.db in aliases and obj2._state.db in aliases:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica replays the primary's migrations through WAL; it is read-only.
        return False if db == REPLICA else None
