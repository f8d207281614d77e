"""A socket's database work: a bounded thread pool of its own, and the connect in one query.

Why not channels' plain `database_sync_to_async`: in thread-sensitive mode (its default)
every call of every socket in a worker process runs on **one** shared thread, so a burst of
connects (a worker restart: every open page reconnects) queues behind itself and behind
nothing else that could help; handshakes time out (docs/performance.md, "Sockets"). Socket
calls touch no thread-bound state — each opens or reuses its own thread's connection and
runs its own short transaction — so they run with `thread_sensitive=False` on the pool
below, sized by NOTIFICATIONS_SOCKET_DB_THREADS (default 8, which also bounds the
PostgreSQL connections a worker's sockets hold). `database_sync_to_async` still calls
`close_old_connections()` before and after each call on the pool's threads, so
DB_CONN_MAX_AGE and broken connections are honoured there as in a request.

Authentication reads the session (one query with database sessions, none with
cached_db) and then the user with their notification language in one more query; the
session checks are Django's own (`django.contrib.auth.get_user`), applied to that row.
"""

import asyncio
import contextlib
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, load_backend
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import OuterRef, Subquery
from django.utils.crypto import constant_time_compare

from engine.models import User
from notifications.models import NotificationPreference

_executor: ThreadPoolExecutor | None = None


def executor() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(
            max_workers=getattr(settings, "NOTIFICATIONS_SOCKET_DB_THREADS", 8),
            thread_name_prefix="socket-db",
        )
    return _executor


_admissions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]" = (
    weakref.WeakKeyDictionary()
)


def connect_admission() -> asyncio.Semaphore:
    """At most NOTIFICATIONS_SOCKET_CONNECTS connects of this worker in progress at once.

    A burst of a thousand handshakes otherwise advances in lockstep — each a few steps, all
    interleaved — so none finishes until nearly all do, and past the server's handshake
    timeout (10 s in uvicorn) they fail together. Admitted a few dozen at a time, they
    finish in arrival order and the early ones within milliseconds.
    """
    loop = asyncio.get_running_loop()
    admission = _admissions.get(loop)
    if admission is None:
        admission = _admissions[loop] = asyncio.Semaphore(
            getattr(settings, "NOTIFICATIONS_SOCKET_CONNECTS", 32)
        )
    return admission


def shutdown() -> None:
    """Close the pool threads' database connections and stop them (tests' teardown)."""
    global _executor
    pool, _executor = _executor, None
    if pool is None:
        return
    size = pool._max_workers
    # One task per thread: the barrier keeps each task on a thread of its own.
    barrier = threading.Barrier(size, timeout=5)

    def close() -> None:
        connections.close_all()
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()

    for future in [pool.submit(close) for _ in range(size)]:
        future.result()
    pool.shutdown(wait=True)


def socket_db(func):
    """`database_sync_to_async` on the sockets' own pool (see the module's docstring)."""

    async def call(*args, **kwargs):
        run = database_sync_to_async(func, thread_sensitive=False, executor=executor())
        return await run(*args, **kwargs)

    return call


def with_language(users):
    """Users annotated with `socket_language`, their notification language (None if unset)."""
    chosen = NotificationPreference.objects.filter(user_id=OuterRef("pk")).values("language")[:1]
    return users.annotate(socket_language=Subquery(chosen))


def session_user(session) -> User | None:
    """The session's active user (with `socket_language`), or None; Django's get_user checks.

    As `django.contrib.auth.get_user`: the backend must still be configured, the user able
    to authenticate, and the session's hash match the user's (a changed password logs the
    socket out) or one made with a SECRET_KEY_FALLBACKS key. Unlike a request, a socket
    cannot rotate or flush the cookie's session: it only refuses; the next page does the rest.
    """
    try:
        user_id = User._meta.pk.to_python(session[SESSION_KEY])
        backend_path = session[BACKEND_SESSION_KEY]
    except (KeyError, ValidationError):
        return None
    if backend_path not in settings.AUTHENTICATION_BACKENDS:
        return None
    backend = load_backend(backend_path)
    if isinstance(backend, ModelBackend):
        user = with_language(User._default_manager.filter(pk=user_id)).first()
        if user is None or not backend.user_can_authenticate(user):
            return None
    else:  # a backend of another kind finds its users its own way
        user = backend.get_user(user_id) if hasattr(backend, "get_user") else None
        if user is None:
            return None
        user = with_language(User._default_manager.filter(pk=user.pk)).first()
    session_hash = session.get(HASH_SESSION_KEY)
    if not session_hash:
        return None
    if constant_time_compare(session_hash, user.get_session_auth_hash()):
        return user
    if any(constant_time_compare(session_hash, h) for h in user.get_session_auth_fallback_hash()):
        return user
    return None
