"""Oversight benchmark: the delay register, scoring an organisation-year, the exports, the dashboard.

Builds one organisation-year of work items (10⁵, or 10⁴ with --quick) in its own
PostgreSQL database `bench_oversight` (bench/common.py), with completion reports, evidence rows, returns,
extensions and acceptances written as a valid audit chain, then times:

- register: the first page of the delay register for the year (Django test client), p95 and queries;
- register_xlsx: the whole year's register exported;
- audit_xlsx / audit_csv: the organisation's whole audit trail exported (engine.exports.audit_export);
- scoring: recomputing the year's evaluation in full (the background run's work: on
  PostgreSQL one INSERT … SELECT of the evaluated items, the groups aggregated in SQL);
- scoring_python: the same with the Python reference path (the evidence rebuilt item by item,
  written in batches): what a recompute cost before it was set-based, in the same run;
- scoring_incremental: a recompute after 100 items were accepted (only their rows replaced),
  and scoring_unchanged: a recompute with nothing changed;
- scoring_page: the evaluation page reading the stored facts, p95 and queries;
- scoring_evidence: the items behind one unit's "late" number;
- evaluation_xlsx / evaluation_docx: the evaluation's exports;
- dashboard: the dashboard's JSON, p95 and queries.

Run: .venv/bin/python bench/bench_oversight.py [--quick] [--scoring-only]; `run(quick)` returns
the figures for the "pages" section of bench/results.json.
"""

import random
import resource
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
YEAR = 2026


def _aware(day: date, hour: int = 9) -> datetime:
    # 02:00 UTC is 09:00 in Asia/Ho_Chi_Minh.
    return datetime(day.year, day.month, day.day, hour - 7, tzinfo=UTC)


def build(n_items: int, seed: int = 7) -> dict:
    """One organisation, 12 units, 60 staff, and `n_items` items across the year, with history."""
    from engine.audit import GENESIS_HASH, compute_hash, key_id
    from engine.models import (
        Attachment,
        AuditChainHead,
        AuditEvent,
        Membership,
        Organisation,
        OrgRole,
        Programme,
        ProgressReport,
        Unit,
        User,
        WorkItem,
        WorkItemUnit,
    )

    rng = random.Random(seed)
    S = WorkItem.State
    org = Organisation.objects.create(slug="bench", name="Sở Khoa học và Công nghệ", province="Nghệ An")
    units = Unit.objects.bulk_create(
        Unit(organisation=org, name=f"Phòng {i:02d}", short_name=f"P{i:02d}", position=i) for i in range(12)
    )
    people = {
        role: User.objects.create(username=f"bench.{role}", organisation=org, full_name=role.title())
        for role in ("director", "inspectorate", "evaluator", "secretariat")
    }
    for role, user in people.items():
        OrgRole.objects.create(user=user, organisation=org, role=role)
    staff = User.objects.bulk_create(
        User(username=f"bench.staff{i}", organisation=org, full_name=f"Chuyên viên {i}") for i in range(60)
    )
    Membership.objects.bulk_create(
        Membership(user=user, unit=units[i % 12], role=Membership.Role.STAFF) for i, user in enumerate(staff)
    )
    programme = Programme.objects.create(
        organisation=org,
        title=f"Chương trình công tác năm {YEAR}",
        period_start=date(YEAR, 1, 1),
        period_end=date(YEAR, 12, 31),
    )
    today = date(YEAR, 12, 20)
    items, plans = [], []
    for i in range(n_items):
        due = date(YEAR, 1, 1) + timedelta(days=rng.randrange(0, 355))
        unit_index = rng.randrange(12)
        person = staff[unit_index + 12 * rng.randrange(5)]
        roll = rng.random()
        if due > today:
            state = S.IN_PROGRESS
        elif roll < 0.55:
            state = S.ACCEPTED
        elif roll < 0.65:
            state = S.REPORTED
        else:
            state = S.IN_PROGRESS
        late_by = rng.choice([0, 0, 0, 0, 2, 5, 12]) if state != S.IN_PROGRESS else 0
        reported = due + timedelta(days=late_by - rng.randrange(0, 3)) if state != S.IN_PROGRESS else None
        reported = min(reported, today) if reported else None
        extended = rng.random() < 0.05
        returns = 1 if state != S.IN_PROGRESS and rng.random() < 0.08 else 0
        fields = {
            "organisation": org,
            "programme": programme,
            "position": i,
            "ref": f"{i + 1}",
            "content": f"Nhiệm vụ số {i + 1} của chương trình công tác",
            "assignee": person,
            "leader": people["director"],
            "due_date": due + timedelta(days=20) if extended else due,
            "original_due_date": due,
            "due_date_at_report": (due + timedelta(days=20) if extended else due) if reported else None,
            "assigned_at": _aware(date(YEAR, 1, 2)),
            "started_at": _aware(date(YEAR, 1, 3)),
            "reported_at": _aware(reported) if reported else None,
            "accepted_at": _aware(reported + timedelta(days=1), 15) if state == S.ACCEPTED else None,
            "indicator_target": 100 if i % 10 == 0 else None,
            "indicator_actual": rng.randrange(60, 120) if i % 10 == 0 and state == S.ACCEPTED else None,
        }
        # Bench data is written directly, as a fixture would be: the services are not under test here.
        item = WorkItem(**fields, state=state)
        item.search_text = WorkItem.build_search_text(item.ref, item.content, "")
        items.append(item)
        plans.append((unit_index, reported, state, returns, extended, due))
    WorkItem.objects.bulk_create(items, batch_size=5000)
    WorkItemUnit.objects.bulk_create(
        (
            WorkItemUnit(work_item=item, unit=units[plan[0]], role=WorkItemUnit.Role.LEAD)
            for item, plan in zip(items, plans, strict=True)
        ),
        batch_size=5000,
    )
    reports = []
    for item, (unit_index, reported, _state, _returns, _ext, _due) in zip(items, plans, strict=True):
        if reported:
            reports.append(
                ProgressReport(
                    work_item=item,
                    unit=units[unit_index],
                    author=item.assignee,
                    kind=ProgressReport.Kind.COMPLETION,
                    percent=100,
                    text="Đã hoàn thành, gửi kèm biên bản.",
                )
            )
    ProgressReport.objects.bulk_create(reports, batch_size=5000)
    ProgressReport.objects.filter(work_item__organisation=org).update(created_at=_aware(date(YEAR, 6, 1)))
    Attachment.objects.bulk_create(
        (
            Attachment(
                report=report,
                file=f"evidence/00/{i:064d}.pdf",
                original_name=f"bien-ban-{i}.pdf",
                size=120_000,
                sha256=f"{i:064d}",
                content_type="application/pdf",
                uploaded_by=report.author,
                created_at=_aware(date(YEAR, 6, 1)),
            )
            for i, report in enumerate(reports)
            if i % 4 == 0
        ),
        batch_size=5000,
    )
    # The history the register and scoring read, as a valid hash chain.
    events, prev, seq = [], GENESIS_HASH, 0
    director = people["director"]

    def add(item, verb, moment, reason="", changes=None, unit=None):
        nonlocal prev, seq
        seq += 1
        event = AuditEvent(
            organisation_id=org.pk,
            seq=seq,
            created_at=moment,
            actor=director,
            actor_name=str(director),
            verb=verb,
            object_type="engine.workitem",
            object_id=str(item.pk),
            object_repr=str(item)[:255],
            work_item=item,
            unit=unit,
            reason=reason,
            changes=changes or {},
            prev_hash=prev,
        )
        event.hash = compute_hash(event)
        prev = event.hash
        events.append(event)

    for item, (unit_index, reported, state, returns, extended, due) in zip(items, plans, strict=True):
        if extended:
            new_due = (due + timedelta(days=20)).isoformat()
            add(
                item,
                "work_item.extend_deadline",
                _aware(due + timedelta(days=3)),
                "Chờ ý kiến của Bộ.",
                {"due_date": [due.isoformat(), new_due]},
                units[unit_index],
            )
        if returns and reported:
            add(item, "work_item.return", _aware(reported, 11), "Thiếu minh chứng.", unit=units[unit_index])
        if state == S.ACCEPTED:
            add(item, "work_item.accept", item.accepted_at, unit=units[unit_index])
    events.sort(key=lambda e: e.created_at)
    prev = GENESIS_HASH
    for number, event in enumerate(events, 1):  # re-chain in time order
        event.seq, event.prev_hash = number, prev
        event.hash = compute_hash(event)
        prev = event.hash
    AuditEvent.objects.bulk_create(events, batch_size=5000)
    # A head starts at the genesis and only advances (the database's trigger, migration 0012).
    head = AuditChainHead.objects.create(organisation=org, seq=0, hash=GENESIS_HASH, key_id=key_id())
    AuditChainHead.objects.filter(pk=head.pk).update(seq=len(events), hash=prev)
    return {"org": org, "people": people, "today": today, "items": n_items, "events": len(events)}


def _timed(fn, repeat: int):
    """(p95 ms, median ms, queries of one run, result); the first run also warms caches."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, result, queries = [], None, 0
    for _ in range(repeat):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            result = fn()
        times.append((time.perf_counter() - started) * 1000)
        queries = len(captured)
    times.sort()
    p95 = times[min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))]
    return round(p95, 1), round(statistics.median(times), 1), queries, result


def _row(n_items, timed, **extra) -> dict:
    p95, median, queries, _result = timed
    return {"items": n_items, "p95_ms": p95, "median_ms": median, "queries": queries, **extra}


def _scoring_python(org, actor, period):
    """The recompute as it was before it was set-based: evidence in Python, items in batches."""
    from django.db import transaction

    from engine.models import Evaluation
    from engine.selectors.scoring_evidence import evaluation_evidence
    from engine.services.scoring import _store_facts, rubric_current

    as_of = period.end
    evidence = evaluation_evidence(org.pk, period.start, period.end, as_of)
    with transaction.atomic():
        evaluation = Evaluation.objects.select_for_update().get(
            organisation=org, period_kind=period.kind, period_start=period.start
        )
        _store_facts(evaluation, evidence, rubric_current(org).parsed)
        transaction.set_rollback(True)  # leave the set-based facts in place
    return len(evidence)


def _accept_some(org, director, n: int) -> int:
    """Accept `n` reported items through the service (each audited, as in use)."""
    from engine.models import WorkItem
    from engine.services.work_items import work_item_accept

    items = WorkItem.objects.filter(organisation=org, state=WorkItem.State.REPORTED).order_by("id")[:n]
    for item in items:
        work_item_accept(item=item, actor=director)
    return len(items)


def run(quick: bool = False, scoring_only: bool = False) -> dict:
    from common import drop_database, setup_django

    database = setup_django("oversight")
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
    import time_machine
    from django.test import Client
    from django.urls import reverse

    from engine.scoring.periods import period_of
    from engine.selectors.delay_register import delay_register
    from engine.selectors.scoring_facts import evaluation_summary
    from engine.services.scoring import evaluation_compute

    n_items = 10_000 if quick else 100_000
    started = time.perf_counter()
    world = build(n_items)
    build_s = time.perf_counter() - started
    org, people = world["org"], world["people"]
    repeat, heavy = (5, 2) if quick else (5, 1)
    pages: dict = {}
    now = datetime(YEAR, 12, 20, 3, tzinfo=UTC)
    year = {"kind": "year", "year": YEAR, "number": 1}
    with time_machine.travel(now, tick=True):
        inspector, evaluator, director = Client(), Client(), Client()
        inspector.force_login(people["inspectorate"])
        evaluator.force_login(people["evaluator"])
        director.force_login(people["director"])

        def get(client, url, params=None):
            response = client.get(url, params or {})
            assert response.status_code == 200, (url, response.status_code)
            return response

        if not scoring_only:
            timed = _timed(lambda: get(inspector, reverse("delay_register"), year), repeat)
            late = delay_register(
                org.pk, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31), today=world["today"]
            )
            pages["register"] = _row(n_items, timed, rows=len(late))
            timed = _timed(
                lambda: len(get(inspector, reverse("delay_register"), {**year, "format": "xlsx"}).getvalue()),
                heavy,
            )
            pages["register_xlsx"] = _row(n_items, timed, bytes=timed[3])
            for fmt in ("xlsx", "csv"):  # the whole audit trail, unfiltered: the worst case
                url = reverse("audit_export", args=[fmt])
                timed = _timed(lambda url=url: len(b"".join(get(inspector, url).streaming_content)), heavy)
                pages[f"audit_{fmt}"] = _row(n_items, timed, events=world["events"], bytes=timed[3])

        def scoring(full=True):
            return evaluation_compute(
                organisation=org, actor=people["evaluator"], period=period_of("year", YEAR), full=full
            )

        timed = _timed(scoring, heavy)
        evaluation = timed[3]
        summary = evaluation_summary(evaluation)
        pages["scoring"] = _row(n_items, timed, units=len(summary["units"]), people=len(summary["people"]))
        timed = _timed(lambda: _scoring_python(org, people["evaluator"], period_of("year", YEAR)), 1)
        pages["scoring_python"] = _row(n_items, timed)
        timed = _timed(lambda: scoring(full=False), 1)
        pages["scoring_unchanged"] = _row(n_items, timed, written=timed[3].recompute_marks["items_written"])
        accepted = _accept_some(org, people["director"], 100)
        timed = _timed(lambda: scoring(full=False), 1)
        marks = timed[3].recompute_marks
        assert marks["incremental"], marks
        pages["scoring_incremental"] = _row(n_items, timed, changed=accepted, written=marks["items_written"])
        evaluation = timed[3]
        summary = evaluation_summary(evaluation)
        url = reverse("evaluation_detail", args=[evaluation.pk])
        timed = _timed(lambda: get(evaluator, url), 4 * repeat)
        pages["scoring_page"] = _row(n_items, timed)
        unit = summary["units"][0]["id"]
        url = reverse("evaluation_evidence", args=[evaluation.pk])
        timed = _timed(lambda: get(evaluator, url, {"group": f"unit:{unit}", "tag": "late"}), repeat)
        pages["scoring_evidence"] = _row(n_items, timed, rows=summary["units"][0]["counts"]["late"])
        for fmt in () if scoring_only else ("xlsx", "docx"):
            url = reverse("evaluation_export", args=[evaluation.pk, fmt])
            timed = _timed(lambda url=url: len(get(evaluator, url).getvalue()), heavy)
            pages[f"evaluation_{fmt}"] = _row(n_items, timed, bytes=timed[3])
        if not scoring_only:
            timed = _timed(lambda: get(director, reverse("dashboard_data")), repeat)
            pages["dashboard"] = _row(n_items, timed)
    drop_database(database)
    return {
        "database": "postgresql",
        "build_seconds": round(build_s, 1),
        "audit_events": world["events"],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "pages": pages,
    }


def main() -> None:
    quick = "--quick" in sys.argv
    print(f"load average before: {Path('/proc/loadavg').read_text().strip()}")
    figures = run(quick=quick, scoring_only="--scoring-only" in sys.argv)
    print(
        f"oversight bench ({figures['database']}, data built in {figures['build_seconds']} s, "
        f"{figures['audit_events']} audit events, peak RSS {figures['peak_rss_mb']} MB)"
    )
    print(f"{'page':<18}{'items':>8}{'p95 ms':>10}{'median ms':>11}{'queries':>9}")
    for name, row in figures["pages"].items():
        print(f"{name:<18}{row['items']:>8}{row['p95_ms']:>10}{row['median_ms']:>11}{row['queries']:>9}")
    print(f"load average: {Path('/proc/loadavg').read_text().strip()}")


if __name__ == "__main__":
    main()
