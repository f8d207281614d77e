"""Login throttling: wrong passwords lock an account, and an address, for a while.

Counts live in Django's cache (Redis when REDIS_URL is set, so every worker sees the same
counts; the process's memory on the embedded default). A count starts at the first failure and
is forgotten LOGIN_FAILURE_WINDOW_SECONDS later; reaching the limit locks for
LOGIN_LOCKOUT_SECONDS. The account's lock is written to the audit trail once. A right
password does not get through a lock, so guessing on does not help.
"""

import hashlib
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode("utf-8")).hexdigest()[:32]
    return f"login-throttle:{kind}:{digest}"


def client_address(request) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is the client's to write unless a proxy rewrites it,
    # and deploy/ puts the proxy's address there via uvicorn's --proxy-headers.
    return (request.META.get("REMOTE_ADDR") or "") if request is not None else ""


def is_locked(username: str, address: str) -> bool:
    keys = [_key("lock-user", username)] if username else []
    if address:
        keys.append(_key("lock-addr", address))
    return bool(keys) and any(cache.get_many(keys).values())


def _bump(kind: str, value: str, limit: int) -> bool:
    """Count one failure; True when this one reached the limit (and locked)."""
    key = _key(kind, value)
    if cache.add(key, 1, timeout=settings.LOGIN_FAILURE_WINDOW_SECONDS):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=settings.LOGIN_FAILURE_WINDOW_SECONDS)
            count = 1
    if count >= limit:
        cache.set(_key(f"lock-{kind}", value), 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)
        cache.delete(key)
        return True
    return False


def record_failure(username: str, address: str) -> bool:
    """Count a wrong password; True when it locked the account or the address."""
    locked = False
    if address and _bump("addr", address, settings.LOGIN_ADDRESS_FAILURE_LIMIT):
        logger.warning(
            "login: address %s locked after %s failures", address, settings.LOGIN_ADDRESS_FAILURE_LIMIT
        )
        locked = True
    if username and _bump("user", username, settings.LOGIN_FAILURE_LIMIT):
        logger.warning("login: account %r locked after %s failures", username, settings.LOGIN_FAILURE_LIMIT)
        _audit_lock(username, address)
        locked = True
    return locked


def record_success(username: str) -> None:
    cache.delete(_key("user", username))


def unlock(username: str) -> None:
    """For the admin (and `manage.py unlock_account`): lift an account's lock at once."""
    cache.delete_many([_key("user", username), _key("lock-user", username)])


def _audit_lock(username: str, address: str) -> None:
    from engine.audit import audit_record

    user = get_user_model().objects.filter(username__iexact=username).first()
    if user is None or user.organisation_id is None:
        return  # no account (or no organisation's chain) to write it to
    with transaction.atomic():
        audit_record(
            organisation_id=user.organisation_id,
            actor=None,
            verb="account_locked",
            obj=user,
            reason=f"{settings.LOGIN_FAILURE_LIMIT} wrong passwords",
            changes={"address": address, "locked_seconds": settings.LOGIN_LOCKOUT_SECONDS},
        )
