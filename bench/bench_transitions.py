"""Transitions per second through the service layer, next to a raw-SQL floor doing the same writes.

Both paths take N drafted items through assign → start → report → accept, one transaction per
transition, on the same PostgreSQL database. The service path is engine.services.work_items
(lock, version check, permission, django-fsm-2 transition, audit hash chain, domain event and
whatever its subscribers write: notification rows, and the viewflow CompletionReviewFlow
mirror of flows.sync). It runs three times per repeat: as deployed (flows subscribed; on
PostgreSQL NOTIFICATIONS_PUSH=relay, so the request only writes the rows and the relay pushes
them), with flows.sync unsubscribed, and with the push in the request after its commit
(NOTIFICATIONS_PUSH=in_process, flows subscribed: what every transition did before the relay).
At the end the relay pushes every row the relayed runs left (in-memory layer) and runs every
completion-review step they left pending (flows.pending: viewflow's activation, which the
relayed requests only wrote as one row each), and both rates are printed, so the work moved off
the request is measured too. The oversight refresh each event queues goes to a broker, as
deployed (one refresh of the organisation per burst, in a worker); one refresh is timed at the end.

The floor is hand-written SQL for the writes of each transition: lock the row, update
state/version/timestamp, insert the report (for report), lock the chain head, insert the
hash-chained audit event, move the head ("raw_sql", the core writes). "raw_sql_full" also
inserts the notification rows the service writes (same recipients, one multi-row INSERT; the
floor does not look the recipients up). Neither floor writes the viewflow rows nor pushes.
Goal: ratio ≥ 0.5.

All of the above is **sequential**: one process, one connection, one transition after another — the
rate one request worker reaches, not the machine's. "concurrent_W" measures the machine: W worker
processes (spawned once, each with its own connection, as a deployed server's W workers) each drive
their own drafted items through the service as deployed (flows, relay) at the same moment; the rate
is all their transitions over the wall time from the common start to the last one's end. They share
one organisation, so one audit chain head: its row lock serialises the appends, as it would for one
organisation's users on a deployed server.
    python bench/bench_transitions.py [--quick] [--items N] [--repeats N] [--workers 2,4]
        [--no-in-process]   (skip the slow push-in-the-request path: a loaded machine's comparisons)
"""

import hashlib
import json
import os
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


def raw_cycle(world, item_ids, notices: dict | None = None) -> None:
    """The same writes in plain SQL through the same connection: the floor nothing can beat.

    `notices` ({action: [recipient ids]}): also insert those notification rows (raw_sql_full).
    """
    from django.db import connection, transaction

    org_id = world.org.pk
    programme_id = world.programme.pk
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
                    recipients = (notices or {}).get(action)
                    if recipients:
                        message = f"{actor.full_name}: {verb} Nhiệm vụ {item_id}"
                        link = f"/work-items/{item_id}/"
                        rows = ", ".join(["(%s, %s, %s, %s, %s, %s, %s, %s, now())"] * len(recipients))
                        params = []
                        for user_id in recipients:
                            params += [
                                user_id,
                                org_id,
                                f"work_item.{action}ed",
                                item_id,
                                programme_id,
                                actor.pk,
                                message,
                                link,
                            ]
                        cur.execute(
                            "INSERT INTO notifications_notification (recipient_id, organisation_id, kind, "
                            "work_item_id, programme_id, actor_id, message, link, created_at) "
                            f"VALUES {rows}",
                            params,
                        )


# engine.audit._one_trip: on PostgreSQL the event's INSERT and the head's UPDATE share a round trip.
HEAD_MOVE = "; UPDATE ENGINE_AUDITCHAINHEAD"


def _notices(item_id: int) -> dict:
    """{action: recipient ids} of the notification rows the service wrote for one item's cycle."""
    from notifications.models import Notification

    kinds = {f"work_item.{a}": a for a in ("assigned", "started", "reported", "accepted")}
    found: dict = {}
    for kind, recipient in Notification.objects.filter(work_item_id=item_id).values_list(
        "kind", "recipient_id"
    ):
        action = {"assigned": "assign", "started": "start", "reported": "report", "accepted": "accept"}[
            kinds[kind]
        ]
        found.setdefault(action, []).append(recipient)
    return found


def _statements(fn) -> tuple[int, int]:
    """(all statements, writes) that `fn` sends, counted by Django's query log (a round trip that
    carries the audit event's INSERT and the chain head's UPDATE counts as its two statements)."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    reset_queries()
    with CaptureQueriesContext(connection) as ctx:
        fn()
    sql = []
    for text in (q["sql"].lstrip().upper() for q in ctx.captured_queries):
        first, move, rest = text.partition(HEAD_MOVE)
        sql += [first, move[2:] + rest] if move else [first]
    writes = sum(s.startswith(("INSERT", "UPDATE", "DELETE")) for s in sql)
    statements = sum(not s.startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "BEGIN", "COMMIT")) for s in sql)
    return statements, writes


def _per_step(world) -> dict:
    """Statements of each transition kind, on one fresh item (BEGIN/COMMIT/savepoints not counted)."""
    from engine.services import work_items as svc

    calls = {
        "assign": lambda i: svc.work_item_assign(item=i, actor=world.secretariat),
        "start": lambda i: svc.work_item_start(item=i, actor=world.staff_a),
        "report": lambda i: svc.work_item_report(item=i, actor=world.head_a, text="Đã hoàn thành."),
        "accept": lambda i: svc.work_item_accept(item=i, actor=world.director),
    }
    item = _drafted(world, 1)[0]
    counts = {}
    for action, _before, _after, _stamp, _verb in STEPS:
        box = {}
        counts[action] = _statements(
            lambda action=action, box=box, item=item: box.setdefault("item", calls[action](item))
        )[0]
        item = box["item"]
    return counts


def _worker_init(database_url: str) -> None:
    """A concurrent worker: Django on the bench's database, configured as the bench's own process."""
    os.environ["DATABASE_URL"] = database_url
    setup_django(None, migrate=False)
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from config.celery import app as celery_app

    celery_app.conf.task_always_eager = False


def _worker_drive(job: tuple) -> float:
    """Take `item_ids` through the cycle from `start_at` (time.time()); returns when it ended."""
    from types import SimpleNamespace

    from engine.events import subscribe, unsubscribe
    from engine.models import User, WorkItem
    from flows.sync import on_domain_event as flows_sync

    people, item_ids, flows, start_at = job
    users = User.objects.in_bulk(list(people.values()))
    world = SimpleNamespace(**{role: users[pk] for role, pk in people.items()})
    items = list(WorkItem.objects.filter(pk__in=item_ids).order_by("pk"))
    if not flows:
        unsubscribe(flows_sync)
    try:
        time.sleep(max(0.0, start_at - time.time()))
        service_cycle(world, items)
    finally:
        if not flows:
            subscribe(flows_sync)
    return time.time()


class Concurrent:
    """W spawned worker processes driving transitions at once (the machine's rate, not one worker's)."""

    def __init__(self, workers: int):
        import multiprocessing

        self.workers = workers
        self.pool = multiprocessing.get_context("spawn").Pool(
            workers, initializer=_worker_init, initargs=(os.environ["DATABASE_URL"],)
        )

    def rate(self, world, items_per_worker: int, flows: bool = True) -> float:
        people = {role: getattr(world, role).pk for role in ("secretariat", "staff_a", "head_a", "director")}
        shares = [[item.pk for item in _drafted(world, items_per_worker)] for _ in range(self.workers)]
        start_at = time.time() + 1.0  # every worker has loaded its items by then
        jobs = [(people, ids, flows, start_at) for ids in shares]
        ended = self.pool.map(_worker_drive, jobs, chunksize=1)
        return self.workers * items_per_worker * len(STEPS) / (max(ended) - start_at)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


def _relay_drain() -> tuple[int, float, int, float]:
    """What the relay does with what the relayed runs left: (rows pushed, s, flow steps run, s)."""
    from flows.pending import steps_run
    from notifications.relay import Relay

    relay = Relay()
    started = time.perf_counter()
    try:
        rows = relay.drain()
    finally:
        relay.close()
    pushed = time.perf_counter() - started
    started, steps = time.perf_counter(), 0
    while True:
        ran, more = steps_run()
        steps += ran
        if not more:
            break
    return rows, pushed, steps, time.perf_counter() - started


def run(
    quick: bool = False,
    items: int | None = None,
    repeats: int | None = None,
    workers: tuple = (2, 4),
    in_process_path: bool = True,
) -> dict:
    name = setup_django("transitions")
    pools: list[Concurrent] = []
    try:
        from django.conf import settings

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        from config.celery import app as celery_app
        from engine.events import subscribe, unsubscribe
        from flows.sync import on_domain_event as flows_sync
        from tests.factories import build_world

        # As deployed (a broker and a worker): the oversight refresh an event queues after its commit
        # (engine.services.oversight_snapshot) runs in a worker OVERSIGHT_REFRESH_DELAY_SECONDS later,
        # once per burst. Without a broker Celery runs it eagerly in the request, after every
        # transition: queue to the in-memory broker instead, and time one refresh at the end.
        celery_app.conf.task_always_eager = False
        world = build_world("bench")
        items_per_run, default_repeats = (50, 3) if quick else (400, 5)
        items_per_run, repeats = items or items_per_run, repeats or default_repeats
        transitions = items_per_run * len(STEPS)

        relayed = settings.NOTIFICATIONS_PUSH == "relay"

        def in_process(fn):
            settings.NOTIFICATIONS_PUSH = "in_process"
            try:
                return fn()
            finally:
                settings.NOTIFICATIONS_PUSH = "relay" if relayed else "in_process"

        def without_flows(fn):
            unsubscribe(flows_sync)
            try:
                return fn()
            finally:
                subscribe(flows_sync)

        # Warm-up of every path, statements per transition kind, and the recipients of each kind.
        warm = _drafted(world, 1)
        service_cycle(world, warm)
        notices = _notices(warm[0].pk)
        steps_flows = _per_step(world)
        steps_plain = without_flows(lambda: _per_step(world))
        one = _drafted(world, 1)
        svc_stmts, svc_writes = _statements(lambda: service_cycle(world, one))
        other = _drafted(world, 1)
        plain_stmts, plain_writes = without_flows(lambda: _statements(lambda: service_cycle(world, other)))
        raw_items = [i.pk for i in _drafted(world, 1)]
        raw_stmts, raw_writes = _statements(lambda: raw_cycle(world, raw_items))
        raw_items = [i.pk for i in _drafted(world, 1)]
        full_stmts, full_writes = _statements(lambda: raw_cycle(world, raw_items, notices))

        def timed(fn, batch) -> float:
            started = time.perf_counter()
            fn(batch)
            return transitions / (time.perf_counter() - started)

        steps_in_process = in_process(lambda: _per_step(world))
        rates: dict[str, list[float]] = {
            "service": [],
            "service_no_flows": [],
            "service_in_process": [],
            "raw": [],
            "raw_full": [],
        }
        for count in workers:
            pools.append(Concurrent(count))
            rates[f"concurrent_{count}"] = []
            rates[f"concurrent_{count}_no_flows"] = []
        # Each worker takes a share of one run's items (the same transitions in all, split W ways).
        per_worker = {pool.workers: max(1, items_per_run // pool.workers) for pool in pools}
        for pool in pools:  # warm-up: imports, compiled queries, connections
            pool.rate(world, 2)
            pool.rate(world, 2, flows=False)
        for _ in range(repeats):
            for pool in pools:
                rates[f"concurrent_{pool.workers}"].append(pool.rate(world, per_worker[pool.workers]))
                rates[f"concurrent_{pool.workers}_no_flows"].append(
                    pool.rate(world, per_worker[pool.workers], flows=False)
                )
            # Alternate so drift (autovacuum, cache, the machine's other load) hits all paths alike.
            rates["service"].append(timed(lambda b: service_cycle(world, b), _drafted(world, items_per_run)))
            rates["raw"].append(
                timed(lambda b: raw_cycle(world, b), [i.pk for i in _drafted(world, items_per_run)])
            )
            batch = _drafted(world, items_per_run)
            rates["service_no_flows"].append(
                without_flows(lambda batch=batch: timed(lambda b: service_cycle(world, b), batch))
            )
            rates["raw_full"].append(
                timed(lambda b: raw_cycle(world, b, notices), [i.pk for i in _drafted(world, items_per_run)])
            )
            if not in_process_path:
                continue
            batch = _drafted(world, items_per_run)
            rates["service_in_process"].append(
                in_process(lambda batch=batch: timed(lambda b: service_cycle(world, b), batch))
            )
        relay_rows, relay_seconds, relay_steps, relay_steps_seconds = _relay_drain()
        from engine.services.oversight_snapshot import oversight_refresh

        started = time.perf_counter()
        oversight_refresh(world.org.pk)
        refresh_seconds = time.perf_counter() - started

        med = {key: median(values) for key, values in rates.items() if values}
        n = len(STEPS)
        concurrent = {}
        for count in workers:
            for suffix in ("", "_no_flows"):
                key = f"concurrent_{count}{suffix}"
                concurrent[f"{key}_per_s"] = round(med[key], 1)
                concurrent[f"{key}_full_floor"] = round(med[key] / med["raw_full"], 3)
        return {
            "sequential": "service_* and raw_* rates: one process, one transition after another",
            **concurrent,
            "goal_per_s_with_flows": 180,
            "service_per_s": round(med["service"], 1),
            "raw_sql_per_s": round(med["raw"], 1),
            "ratio": round(med["service"] / med["raw"], 3),
            "goal_ratio": 0.5,
            "service_no_flows_per_s": round(med["service_no_flows"], 1),
            "ratio_no_flows": round(med["service_no_flows"] / med["raw"], 3),
            "raw_sql_full_per_s": round(med["raw_full"], 1),
            "ratio_full_floor": round(med["service"] / med["raw_full"], 3),
            "ratio_no_flows_full_floor": round(med["service_no_flows"] / med["raw_full"], 3),
            "push": settings.NOTIFICATIONS_PUSH,
            "service_in_process_per_s": (round(med["service_in_process"], 1) if in_process_path else None),
            "ratio_in_process_full_floor": (
                round(med["service_in_process"] / med["raw_full"], 3) if in_process_path else None
            ),
            "relay_rows": relay_rows,
            "relay_rows_per_s": round(relay_rows / relay_seconds, 1) if relay_seconds else None,
            "relay_flow_steps": relay_steps,
            "relay_flow_steps_per_s": (
                round(relay_steps / relay_steps_seconds, 1) if relay_steps_seconds else None
            ),
            "oversight_refresh_s": round(refresh_seconds, 3),
            "transitions_per_run": transitions,
            "repeats": repeats,
            "rates": {key: [round(v, 1) for v in values] for key, values in rates.items()},
            "service_statements_per_transition": round(svc_stmts / n, 2),
            "service_writes_per_transition": round(svc_writes / n, 2),
            "service_no_flows_statements_per_transition": round(plain_stmts / n, 2),
            "service_no_flows_writes_per_transition": round(plain_writes / n, 2),
            "raw_sql_statements_per_transition": round(raw_stmts / n, 2),
            "raw_sql_writes_per_transition": round(raw_writes / n, 2),
            "raw_sql_full_statements_per_transition": round(full_stmts / n, 2),
            "raw_sql_full_writes_per_transition": round(full_writes / n, 2),
            "statements_by_kind": {
                "flows": steps_flows,
                "no_flows": steps_plain,
                "in_process": steps_in_process,
            },
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "channel_layer": settings.CHANNEL_LAYERS["default"]["BACKEND"].rsplit(".", 1)[-1],
        }
    finally:
        for pool in pools:
            pool.close()
        drop_database(name)


def _option(name: str) -> int | None:
    if name in sys.argv:
        return int(sys.argv[sys.argv.index(name) + 1])
    return None


def _workers() -> tuple:
    if "--workers" not in sys.argv:
        return (2, 4)
    text = sys.argv[sys.argv.index("--workers") + 1]
    return tuple(int(w) for w in text.split(",") if w.strip() and int(w) > 0)


if __name__ == "__main__":
    if "-h" in sys.argv or "--help" in sys.argv:
        print(__doc__)
        sys.exit(0)
    print_rows(
        "transitions",
        run(
            quick="--quick" in sys.argv,
            items=_option("--items"),
            repeats=_option("--repeats"),
            workers=_workers(),
            in_process_path="--no-in-process" not in sys.argv,
        ),
    )
