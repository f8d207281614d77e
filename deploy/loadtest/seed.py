"""Seed the load test's world into DATABASE_URL: people with every role, 20,000 work items,
and 1,000 unit staff with a session each (the socket clients; their login is not under test).

    python deploy/loadtest/seed.py OUT.json [ITEMS] [SOCKET_USERS]
Writes the usernames (password "pw"), session keys and the items to work on to OUT.json.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def socket_sessions(world, count: int) -> list[str]:
    """`count` staff spread over the units, each with a logged-in session (bulk fixture rows)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from engine.models import Membership, Unit, User

    password = User.objects.get(pk=world.director.pk).password
    users = User.objects.bulk_create(
        User(
            username=f"lt.socket{i}", full_name=f"Chuyên viên {i}", organisation=world.org, password=password
        )
        for i in range(count)
    )
    units = list(Unit.objects.filter(organisation=world.org))
    Membership.objects.bulk_create(
        Membership(user=user, unit=units[i % len(units)], role=Membership.Role.STAFF)
        for i, user in enumerate(users)
    )
    keys = []
    for user in users:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "notifications.language.UserWithLanguageBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        keys.append(session.session_key)
    return keys


def main(out: Path, items: int, sockets: int) -> None:
    import django

    django.setup()
    from bench_pages import populate
    from django.contrib.auth.hashers import make_password

    from engine.models import User, WorkItem, WorkItemUnit
    from tests.factories import build_world

    hashed = make_password("pw")  # one hash for every seeded user, as seed_demo does
    User.set_password = lambda self, raw: setattr(self, "password", hashed)
    world = build_world("lt")
    populate(world, items)
    in_unit_a = WorkItemUnit.objects.filter(unit=world.unit_a, role="lead").values("work_item_id")
    progressing = list(
        WorkItem.objects.filter(pk__in=in_unit_a, state="in_progress").values_list("pk", flat=True)[:500]
    )
    data = {
        "staff": [world.staff_a.username, world.head_a.username],
        "leaders": [world.director.username],
        "listeners": [
            u.username
            for u in (world.director, world.deputy, world.head_a, world.staff_a, world.head_b, world.staff_b)
        ],
        "progress_items": progressing,
        "socket_sessions": socket_sessions(world, sockets),
        "items": items,
    }
    out.write_text(json.dumps(data))
    print(f"seeded {items} items; {len(progressing)} in progress in unit A")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        int(sys.argv[2]) if len(sys.argv) > 2 else 20_000,
        int(sys.argv[3]) if len(sys.argv) > 3 else 1_000,
    )
