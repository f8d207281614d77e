"""The escalation ladder: each step at its boundary, once per deadline, set-based, race-safe."""

import json
import threading
from datetime import date, datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import connection

from engine import events
from engine.models import AuditEvent, EscalationFiring, EscalationRule, WorkItem
from engine.services import work_items as svc
from engine.services.escalation import escalation_sweep

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DUE = date(2026, 3, 11)  # a Wednesday
# step 1: Fri 6/3 (3 working days before); 2: Wed 11/3; 3: Thu 12/3; 4: Wed 18/3; digest: 25/3, 1/4, …


def at(day: date, hour: int = 8) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=VN)


def sweep(world, day: date, hour: int = 8):
    return escalation_sweep(now=at(day, hour), organisation=world.org)


@pytest.fixture
def recorded():
    seen: list[events.DomainEvent] = []
    events.subscribe(seen.append)
    yield seen
    events.unsubscribe(seen.append)


@pytest.fixture
def item(world):
    item = world.item_in("in_progress", due=DUE)
    return svc.work_item_delegate(item=item, actor=world.head_a, assignee=world.staff_a)


def steps(result):
    return [(f.item, f.step) for f in result.fired]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "before,on,step",
    [
        (date(2026, 3, 5), date(2026, 3, 6), 1),
        (date(2026, 3, 10), date(2026, 3, 11), 2),
        (date(2026, 3, 11), date(2026, 3, 12), 3),
        (date(2026, 3, 17), date(2026, 3, 18), 4),
    ],
)
def test_each_step_fires_on_its_first_day_and_not_the_day_before(world, item, before, on, step):
    fired_before = steps(sweep(world, before))
    assert (item.pk, step) not in fired_before
    assert steps(sweep(world, on)) == [(item.pk, step)]


@pytest.mark.django_db
def test_recipients_follow_the_default_ladder(world, item):
    def recipients(day):
        (fired,) = sweep(world, day).fired
        return set(fired.recipients)

    assert recipients(date(2026, 3, 6)) == {world.staff_a.pk, world.head_a.pk}
    assert recipients(date(2026, 3, 11)) == {world.staff_a.pk, world.head_a.pk}
    assert recipients(date(2026, 3, 12)) == {world.head_a.pk, world.deputy.pk}
    assert recipients(date(2026, 3, 18)) == {world.director.pk, world.inspectorate.pk}
    assert recipients(date(2026, 3, 25)) == {world.head_a.pk}


@pytest.mark.django_db
def test_step_four_marks_the_item_escalated_and_the_digest_repeats_weekly(world, item):
    for day in (date(2026, 3, 6), date(2026, 3, 11), date(2026, 3, 12)):
        sweep(world, day)
    assert WorkItem.objects.get(pk=item.pk).escalated_at is None
    sweep(world, date(2026, 3, 18))
    assert WorkItem.objects.get(pk=item.pk).escalated_at == at(date(2026, 3, 18))
    assert steps(sweep(world, date(2026, 3, 24))) == []
    first = sweep(world, date(2026, 3, 25)).fired
    assert [(f.step, f.occurrence) for f in first] == [(5, 1)]
    assert steps(sweep(world, date(2026, 3, 31))) == []
    assert [(f.step, f.occurrence) for f in sweep(world, date(2026, 4, 1)).fired] == [(5, 2)]


@pytest.mark.django_db
def test_a_second_sweep_at_the_same_moment_fires_nothing(world, item):
    world.item_in("in_progress", due=date(2026, 3, 1))
    assert sweep(world, date(2026, 3, 11)).count == 2
    assert sweep(world, date(2026, 3, 11)).count == 0
    assert sweep(world, date(2026, 3, 11), hour=17).count == 0


@pytest.mark.django_db
def test_catching_up_fires_only_the_latest_step_and_the_current_digest(world, item):
    fired = sweep(world, date(2026, 3, 26)).fired
    assert [(f.step, f.occurrence) for f in fired] == [(4, 0), (5, 1)]
    assert sweep(world, date(2026, 3, 26)).count == 0


@pytest.mark.django_db
def test_an_extension_starts_the_ladder_afresh(world, item):
    for day in (date(2026, 3, 6), date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 18)):
        sweep(world, day)
    item = WorkItem.objects.get(pk=item.pk)
    assert item.escalated_at is not None
    item = svc.work_item_extend_deadline(
        item=item, actor=world.director, new_due_date=date(2026, 4, 15), reason="Chờ ý kiến Bộ."
    )
    assert item.escalated_at is None and item.original_due_date == DUE
    assert sweep(world, date(2026, 3, 19)).count == 0  # nothing for the old date any more
    fired = sweep(world, date(2026, 4, 10)).fired  # 3 working days before 15/4
    assert [(f.step, f.deadline) for f in fired] == [(1, date(2026, 4, 15))]
    assert EscalationFiring.objects.filter(work_item=item).count() == 5


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["reported", "accepted", "cancelled", "drafted"])
def test_reported_accepted_cancelled_and_drafted_items_do_not_escalate(world, state):
    world.item_in(state, due=DUE)
    assert sweep(world, date(2026, 3, 18)).count == 0


@pytest.mark.django_db
def test_reporting_stops_the_ladder_and_a_return_resumes_it_without_repeats(world, item):
    sweep(world, date(2026, 3, 12))
    item = svc.work_item_report(item=item, actor=world.head_a, text="Đã xong.")
    assert sweep(world, date(2026, 3, 18)).count == 0
    svc.work_item_return(item=item, actor=world.director, reason="Thiếu minh chứng.")
    assert steps(sweep(world, date(2026, 3, 18))) == [(item.pk, 4)]


@pytest.mark.django_db
def test_each_firing_is_audited_announced_and_shown_in_the_history(client, world, item, recorded):
    sweep(world, date(2026, 3, 12))
    firing = EscalationFiring.objects.get(work_item=item)
    assert (firing.step, firing.deadline, firing.fired_at) == (3, DUE, at(date(2026, 3, 12)))
    assert sorted(firing.recipient_ids) == sorted([world.head_a.pk, world.deputy.pk])
    audit = AuditEvent.objects.get(work_item=item, verb="work_item.escalate")
    assert audit.changes["step"] == 3 and audit.changes["deadline"] == "2026-03-11"
    (event,) = [e for e in recorded if e.kind == "work_item.escalated"]
    assert event.work_item_id == item.pk
    assert event.data["step"] == 3 and event.data["deadline"] == "2026-03-11"
    assert sorted(event.data["recipient_ids"]) == sorted(firing.recipient_ids)
    from engine.audit import audit_verify

    assert audit_verify(world.org.pk).ok
    client.force_login(world.head_a)
    from django.urls import reverse

    page = client.get(reverse("work_item_detail", args=[item.pk])).content.decode()
    assert 'data-escalation-step="3"' in page
    assert "11/03/2026" in page and world.deputy.full_name in page


@pytest.mark.django_db
def test_the_ladder_is_per_organisation_and_editable(world, item):
    EscalationRule.objects.create(
        organisation=world.org, step=1, offset_working_days=2, recipients=["director"], marks_escalated=True
    )
    assert sweep(world, date(2026, 3, 12)).count == 0  # the default steps no longer apply
    (fired,) = sweep(world, date(2026, 3, 13)).fired
    assert fired.recipients == [world.director.pk]
    assert WorkItem.objects.get(pk=item.pk).escalated_at is not None
    other = world.other_org
    assert escalation_sweep(now=at(date(2026, 3, 13)), organisation=other).count == 0


@pytest.mark.django_db
def test_the_sweep_does_not_query_per_item(world, django_assert_max_num_queries, monkeypatch):
    # Only the sweep's own queries: subscribers (notifications) are not part of this budget.
    monkeypatch.setattr(events, "_subscribers", [])
    for n in range(3):
        world.item_in("in_progress", due=date(2026, 3, 2 + n), content=f"Việc {n}")
    with django_assert_max_num_queries(20) as small:
        assert sweep(world, date(2026, 3, 20)).count == 6
    # 24 more items (kept under SQLite's 999-parameter batch of the bulk audit insert).
    for n in range(24):
        world.item_in("in_progress", due=date(2026, 3, 2 + n % 9), content=f"Việc thêm {n}")
    with django_assert_max_num_queries(20) as large:
        assert sweep(world, date(2026, 3, 30)).count >= 24
    assert len(large.captured_queries) == len(small.captured_queries)


@pytest.mark.django_db
def test_escalate_command_prints_json(world, item):
    out = StringIO()
    call_command(
        "escalate", "--now", "2026-03-12T08:00:00+07:00", "--org", world.org.slug, "--json", stdout=out
    )
    payload = json.loads(out.getvalue())
    assert payload["now"] == "2026-03-12T08:00:00+07:00"
    assert payload["count"] == 1
    assert payload["fired"] == [
        {"item": item.pk, "step": 3, "recipients": sorted([world.head_a.pk, world.deputy.pk])}
    ]
    out = StringIO()
    call_command("escalate", "--now", "2026-03-12T08:00:00+07:00", "--json", stdout=out)
    assert json.loads(out.getvalue())["count"] == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_fire_each_step_once():
    from tests.factories import build_world

    world = build_world("race")
    items = [
        world.item_in("in_progress", due=date(2026, 3, 2 + n % 5), content=f"Việc {n}") for n in range(20)
    ]
    barrier = threading.Barrier(2)
    results = []

    def run():
        try:
            barrier.wait()
            results.append(escalation_sweep(now=at(date(2026, 3, 20))))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r.count for r in results) == 40  # step 4 and the first digest, once each
    assert EscalationFiring.objects.filter(work_item__in=items).count() == 40
    assert AuditEvent.objects.filter(verb="work_item.escalate").count() == 40
    from engine.audit import audit_verify

    assert audit_verify(world.org.pk).ok


@pytest.mark.django_db
def test_the_celery_task_runs_the_sweep_and_beat_schedules_it(world, item, settings):
    from engine.tasks import escalation_sweep_task

    assert "engine.escalation_sweep" in {e["task"] for e in settings.CELERY_BEAT_SCHEDULE.values()}
    result = escalation_sweep_task.apply(args=["2026-03-12T08:00:00+07:00"]).get()
    assert result["count"] == 1 and result["fired"][0]["item"] == item.pk


@pytest.mark.django_db
def test_the_directors_office_edits_the_ladder_on_its_page(client, world, item):
    from django.urls import reverse

    url = reverse("escalation_ladder")
    client.force_login(world.head_a)
    assert client.get(url).status_code == 403
    client.force_login(world.secretariat)
    page = client.get(url).content.decode()
    assert 'name="steps-4-repeat_every_days" value="7"' in page  # the default ladder, step 5
    data = {"steps-TOTAL_FORMS": "1", "steps-INITIAL_FORMS": "0"}
    data |= {"steps-0-step": "1", "steps-0-offset": "2", "steps-0-recipients": ["director", "unit_head"]}
    response = client.post(url, data)
    assert response.status_code == 302
    (rule,) = EscalationRule.objects.filter(organisation=world.org)
    assert (rule.step, rule.offset_working_days, sorted(rule.recipients)) == (1, 2, ["director", "unit_head"])
    assert AuditEvent.objects.filter(verb="escalation_ladder.update", organisation=world.org).exists()
    assert sweep(world, date(2026, 3, 12)).count == 0
    assert [f.step for f in sweep(world, date(2026, 3, 13)).fired] == [1]
    client.force_login(world.deputy)
    assert client.post(url, data).status_code == 403


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_candidates_are_read_up_to_the_latest_deadline_a_step_can_fire_for(world, item):
    """Items due later than any step's cut-off are not read: the candidate query bounds the
    deadline (the latest one a step can fire for today), so at scale PostgreSQL takes the
    deadlines up to it from the (organisation, due_date) index instead of reading every open item
    of the organisation (at 10⁶ items most are due later; docs/performance.md)."""
    from django.test.utils import CaptureQueriesContext

    world.item_in("in_progress", due=date(2026, 12, 1), content="Việc cuối năm")
    with CaptureQueriesContext(connection) as captured:
        result = sweep(world, date(2026, 3, 12))
    assert [f.item for f in result.fired] == [item.pk]
    candidates = [
        q["sql"] for q in captured if '"current_step"' in q["sql"] and "engine_workitem" in q["sql"]
    ]
    assert candidates
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE engine_workitem")
        cursor.execute("SET enable_seqscan = off")
        try:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {candidates[0]}")
            plan = cursor.fetchone()[0]
        finally:
            cursor.execute("RESET enable_seqscan")
    if isinstance(plan, str):
        plan = json.loads(plan)

    def nodes(node):
        yield node
        for child in node.get("Plans", []):
            yield from nodes(child)

    # An index range on the items' deadline (the sub-plans' CASE of the steps compares it too).
    scans = [n for n in nodes(plan[0]["Plan"]) if n.get("Relation Name") == "engine_workitem"]
    conditions = [n.get("Index Cond", "") for s in scans for n in nodes(s)]
    assert any("(due_date <= '2026-03-17'::date)" in c for c in conditions), conditions
