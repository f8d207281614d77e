"""What archiving a closed year of the audit trail costs, and verifying the chain across it.

On a fresh PostgreSQL database (bench_archive): N audit events of one organisation written in
2025 (audit_record_many, the real keyed chain), then: verify_audit's walk of the live table,
`archive_year 2025` (which verifies, then moves the events and the year's notifications in one
transaction), the walk again (archive then live, through the AuditEventRecord view) and the
audit page's first page, newest first, after the move.
    python bench/bench_archive.py [--quick]
"""

import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, print_rows, setup_django

BATCH = 20_000


def _write_year(world, count: int) -> None:
    import time_machine
    from django.utils import timezone

    from engine.audit import audit_record_many

    entry = {"verb": "work_item.progress", "object_type": "engine.workitem", "object_repr": "Nhiệm vụ"}
    with time_machine.travel(timezone.make_aware(datetime(2025, 6, 1, 9, 0)), tick=True):
        for start in range(0, count, BATCH):
            entries = [
                entry | {"object_id": n, "reason": f"Tiến độ {n}", "changes": {"percent": n % 100}}
                for n in range(start, min(start + BATCH, count))
            ]
            audit_record_many(organisation_id=world.org.pk, actor=world.secretariat, entries=entries)


def run(quick: bool = False) -> dict:
    name = setup_django("archive")
    try:
        from django.conf import settings

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        from engine.audit import audit_verify
        from engine.audit_archive import year_archive
        from engine.selectors.audit import audit_event_list
        from tests.factories import build_world

        count = 100_000 if quick else 1_000_000
        world = build_world("bench")
        started = time.perf_counter()
        _write_year(world, count)
        write_s = time.perf_counter() - started
        world.item_in("accepted")  # this year's events stay live

        started = time.perf_counter()
        before = audit_verify(world.org.pk)
        verify_live_s = time.perf_counter() - started
        started = time.perf_counter()
        (moved,) = year_archive(year=2025, organisation=world.org, actor_name="bench")
        archive_s = time.perf_counter() - started
        started = time.perf_counter()
        after = audit_verify(world.org.pk)
        verify_both_s = time.perf_counter() - started
        assert before.ok and after.ok and before.checked == after.checked, (before, after)
        page_ms = []
        for _ in range(5):
            started = time.perf_counter()
            list(audit_event_list(world.org.pk)[:100])
            page_ms.append((time.perf_counter() - started) * 1000)
        return {
            "events": count,
            "write_events_s": round(write_s, 1),
            "verify_live_only_s": round(verify_live_s, 2),
            "archive_year_s": round(archive_s, 2),
            "archived_events": moved.events,
            "verify_archive_and_live_s": round(verify_both_s, 2),
            "audit_page_first_100_ms_median": round(sorted(page_ms)[2], 1),
        }
    finally:
        drop_database(name)


if __name__ == "__main__":
    figures = run(quick="--quick" in sys.argv)
    print_rows("Audit archive (archive_year, verify_audit)", figures)
