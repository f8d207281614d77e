"""Transitions per second through the service layer, next to a raw-SQL floor doing the same writes.

Both paths take N drafted items through assign → start → report → accept, one transaction per
transition, on the same PostgreSQL database. The service path is engine.services.work_items
(lock, version check, permission, django-fsm-2 transition, audit hash chain, domain event and
whatever its subscribers write). The floor is hand-written SQL for the core writes of each
transition: lock the row, update state/version/timestamp, insert the report (for report), lock
the chain head, insert the hash-chained audit event, move the head. Goal: ratio ≥ 0.5.
    python bench/bench_transitions.py [--quick]
"""

import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, median, print_rows, setup_django

STEPS = [
    # (service action, from state, to state, timestamp column, audit verb)
    ("assign", "drafted", "assigned", "assigned_at", "work_item.assign"),
    ("start", "assigned", "in_progress", "started_at", "work_item.start"),
    ("report", "in_progress", "reported", "reported_at", "work_item.report"),
    ("accept", "reported", "accepted", "accepted_at", "work_item.accept"),
]


def _drafted(world, count: int) -> list:
    return [world.item(content=f"Nhiệm vụ đo hiệu năng {i}") for i in range(count)]


def service_cycle(world, items) -> None:
    from engine.services import work_items as svc

    for item in items:
        item = svc.work_item_assign(item=item, actor=world.secretariat)
        item = svc.work_item_start(item=item, actor=world.staff_a)
        item = svc.work_item_report(item=item, actor=world.head_a, text="Đã hoàn thành.")
        svc.work_item_accept(item=item, actor=world.director)


def raw_cycle(world, item_ids) -> None:
    """The same writes in plain SQL through the same connection: the floor nothing can beat."""
    from django.db import connection, transaction

    org_id = world.org.pk
    actors = {
        "assign": world.secretariat,
        "start": world.staff_a,
        "report": world.head_a,
        "accept": world.director,
    }
    with connection.cursor() as cur:
        for item_id in item_ids:
            for action, before, after, stamp, verb in STEPS:
                actor = actors[action]
                with transaction.atomic():
                    cur.execute(
                        "SELECT version, state FROM engine_workitem WHERE id = %s FOR UPDATE", [item_id]
                    )
                    _version, state = cur.fetchone()
                    assert state == before, (item_id, state, before)
                    cur.execute(
                        f"UPDATE engine_workitem SET state = %s, version = version + 1, {stamp} = now() "
                        "WHERE id = %s AND state = %s",
                        [after, item_id, before],
                    )
                    changes = {}
                    if action == "report":
                        cur.execute(
                            "INSERT INTO engine_progressreport (work_item_id, unit_id, author_id, kind, "
                            "percent, text, created_at) VALUES (%s, %s, %s, 'completion', 100, %s, now()) "
                            "RETURNING id",
                            [item_id, world.unit_a.pk, actor.pk, "Đã hoàn thành."],
                        )
                        changes = {"report": cur.fetchone()[0], "attachments": 0}
                    cur.execute(
                        "SELECT seq, hash FROM engine_auditchainhead WHERE organisation_id = %s FOR UPDATE",
                        [org_id],
                    )
                    seq, prev = cur.fetchone()
                    payload = json.dumps(
                        [org_id, seq + 1, actor.pk, verb, item_id, before, after, changes, prev],
                        sort_keys=True,
                        ensure_ascii=False,
                    )
                    digest = hashlib.sha256(payload.encode()).hexdigest()
                    cur.execute(
                        "INSERT INTO engine_auditevent (organisation_id, seq, created_at, actor_id, "
                        "actor_name, verb, object_type, object_id, object_repr, work_item_id, unit_id, "
                        "from_state, to_state, reason, changes, prev_hash, hash) "
                        "VALUES (%s, %s, now(), %s, %s, %s, 'workitem', "
                        "%s, %s, %s, %s, %s, %s, '', %s, %s, %s)",
                        [
                            org_id,
                            seq + 1,
                            actor.pk,
                            actor.full_name,
                            verb,
                            str(item_id),
                            f"Nhiệm vụ {item_id}",
                            item_id,
                            world.unit_a.pk,
                            before,
                            after,
                            json.dumps(changes),
                            prev,
                            digest,
                        ],
                    )
                    cur.execute(
                        "UPDATE engine_auditchainhead SET seq = %s, hash = %s WHERE organisation_id = %s",
                        [seq + 1, digest, org_id],
                    )


def _statements(fn) -> tuple[int, int]:
    """(all statements, writes) that `fn` sends, counted by Django's query log."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    reset_queries()
    with CaptureQueriesContext(connection) as ctx:
        fn()
    sql = [q["sql"].lstrip().upper() for q in ctx.captured_queries]
    writes = sum(s.startswith(("INSERT", "UPDATE", "DELETE")) for s in sql)
    statements = sum(not s.startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "BEGIN", "COMMIT")) for s in sql)
    return statements, writes


def run(quick: bool = False) -> dict:
    name = setup_django("transitions")
    try:
        from django.conf import settings

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        from tests.factories import build_world

        world = build_world("bench")
        items_per_run, repeats = (100, 3) if quick else (400, 5)
        transitions = items_per_run * len(STEPS)

        # Statements per transition on one warm-up item each, and a warm-up of both paths.
        warm = _drafted(world, 1)
        svc_stmts, svc_writes = _statements(lambda: service_cycle(world, warm))
        raw_items = [i.pk for i in _drafted(world, 1)]
        raw_stmts, raw_writes = _statements(lambda: raw_cycle(world, raw_items))

        service_rates, raw_rates = [], []
        for _ in range(repeats):
            # Alternate so drift (autovacuum, cache) hits both paths alike.
            batch = _drafted(world, items_per_run)
            started = time.perf_counter()
            service_cycle(world, batch)
            service_rates.append(transitions / (time.perf_counter() - started))
            batch = [i.pk for i in _drafted(world, items_per_run)]
            started = time.perf_counter()
            raw_cycle(world, batch)
            raw_rates.append(transitions / (time.perf_counter() - started))

        service, raw = median(service_rates), median(raw_rates)
        return {
            "service_per_s": round(service, 1),
            "raw_sql_per_s": round(raw, 1),
            "ratio": round(service / raw, 3),
            "goal_ratio": 0.5,
            "transitions_per_run": transitions,
            "repeats": repeats,
            "service_statements_per_transition": round(svc_stmts / len(STEPS), 1),
            "service_writes_per_transition": round(svc_writes / len(STEPS), 1),
            "raw_sql_statements_per_transition": round(raw_stmts / len(STEPS), 1),
            "raw_sql_writes_per_transition": round(raw_writes / len(STEPS), 1),
            "channel_layer": settings.CHANNEL_LAYERS["default"]["BACKEND"].rsplit(".", 1)[-1],
        }
    finally:
        drop_database(name)


if __name__ == "__main__":
    print_rows("transitions", run(quick="--quick" in sys.argv))
