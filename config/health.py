"""`/healthz`: is this worker able to serve — database and Redis reachable (JSON, 503 when not)."""

import time

from django.conf import settings
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from config.db_router import REPLICA, replica_alias


def _timed(check) -> dict:
    started = time.perf_counter()
    try:
        detail = check()
    except Exception as exc:  # any failure is "down"; the message says why
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    result = {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}
    if detail:
        result.update(detail)
    return result


def check_database() -> dict | None:
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connections["default"].vendor}


def check_replica() -> dict | None:
    """How far the replica's replay is behind the primary, in bytes of WAL, and whether it is paused."""
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()")
        primary_lsn = cursor.fetchone()[0]
    with connections[REPLICA].cursor() as cursor:
        cursor.execute(
            "SELECT pg_is_in_recovery(), pg_is_wal_replay_paused(),"
            " pg_wal_lsn_diff(%s, pg_last_wal_replay_lsn())",
            [primary_lsn],
        )
        in_recovery, paused, behind = cursor.fetchone()
    return {"in_recovery": in_recovery, "replay_paused": paused, "behind_bytes": max(int(behind or 0), 0)}


def check_redis() -> dict | None:
    import redis

    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    finally:
        client.close()
    return None


@never_cache
@require_GET
def healthz_view(request):
    """200 when every dependency answers, 503 naming the one that does not."""
    checks = {"database": _timed(check_database)}
    if settings.REDIS_URL:
        checks["redis"] = _timed(check_redis)
    else:
        checks["redis"] = {"ok": True, "skipped": "REDIS_URL unset (in-memory channel layer)"}
    ok = all(check["ok"] for check in checks.values())
    if replica_alias() is not None:
        # Reported, not required: the work-item path does not need the replica, so a lagging or
        # absent one must not take the worker out of the load balancer.
        checks["replica"] = _timed(check_replica)
    return JsonResponse(
        {"status": "ok" if ok else "unavailable", "checks": checks}, status=200 if ok else 503
    )
