"""The period rule of `scoring_evidence`, set-based: one INSERT … SELECT of evaluated items.

`engine.selectors.scoring_evidence.evaluation_evidence` rebuilds each item's state at the
cut-off in Python (the reference, and the path on SQLite). On PostgreSQL the evaluation
is computed by the database instead: `insert_evaluated_items` runs one statement that
groups the item's audit events, reports (with their attachments), active waiver and lead
units per item, finds the standing acceptance and completion report at the cut-off,
classifies the outcome (`classify`, with the working days late counted by
`engine.deadlines.working_days_sql`), and writes one `EvaluationItem` per item with its
evidence document — the same JSON document, key for key, as the Python path builds
(`tests/scoring/test_scoring__sql_evidence.py` compares the two on varied data).

`changed_item_ids_sql` names the items whose evidence may have changed since a previous
run (audit events after its last sequence number; item rows, reports, attachments and
waivers touched after its start, less a safety margin): the incremental recompute
replaces only those rows.
"""

import hashlib
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Max
from django.utils import timezone

from engine.deadlines.calendar import WorkingCalendar
from engine.deadlines.status import StatusClass
from engine.deadlines.working_days_sql import WorkingDays
from engine.models import (
    Attachment,
    AuditEvent,
    DelayWaiver,
    EvaluationItem,
    ProgressReport,
    User,
    WorkItem,
    WorkItemUnit,
)
from engine.selectors.scoring_evidence import VERB_ACCEPT, VERB_EXTEND, VERB_REOPEN, VERB_RETURN, end_of

S = WorkItem.State
C = StatusClass
# A change committed by a transaction that began before a run read the evidence carries a
# timestamp from before that run: look back this far so it is not missed (rows re-read twice
# cost nothing but time).
MARGIN = timedelta(hours=1)


def _t(model) -> str:
    return model._meta.db_table


def _iso(column: str) -> str:
    """`timezone.localtime(x).isoformat(timespec="seconds")` of a timestamptz column, in SQL
    (the statement runs with the session's time zone set to the project's)."""
    return f"to_char({column}, 'YYYY-MM-DD\"T\"HH24:MI:SSTZH:TZM')"


def _day(column: str) -> str:
    """The local calendar day of a timestamptz column (in the session's time zone, the project's)."""
    return f"(({column})::date)"


def _between(days: WorkingDays, start: str, end: str) -> str:
    """`WorkingCalendar.working_days_between(start, end)` of two date columns, in SQL."""
    w = days.lookup_sql
    return (
        f"(CASE WHEN {end} >= {start} THEN {w(end)} - {w(start)} "
        f"ELSE {w(f'({end} - 1)')} - {w(f'({start} - 1)')} END)"
    )


def _event_json(alias: str) -> str:
    return (
        f"jsonb_build_object('seq', {alias}.seq, 'at', {_iso(f'{alias}.created_at')}, "
        f"'by', {alias}.actor_name, 'reason', {alias}.reason)"
    )


def _execute(sql: str, params: dict) -> int:
    """Run one of this module's set-based statements; returns its row count.

    For that statement only: local times in the project's zone, and no nested loops. A
    period's items are thousands of rows joined to tens of thousands; on tables not yet
    analysed (after a bulk import) the planner guesses one row, and a nested loop over them is
    quadratic, where hash joins stay linear whatever the statistics say.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('TimeZone'), current_setting('enable_nestloop'), "
            "set_config('TimeZone', %s, true), set_config('enable_nestloop', 'off', true)",
            [settings.TIME_ZONE],
        )
        zone, nestloop, _zone, _nestloop = cursor.fetchone()
        cursor.execute(sql, params)
        written = cursor.rowcount
        cursor.execute(
            "SELECT set_config('TimeZone', %s, true), set_config('enable_nestloop', %s, true)",
            [zone, nestloop],
        )
    return written


def date_bounds(organisation_id: int, start: date, end: date, as_of: date) -> tuple[date, date]:
    """The earliest and latest day the rule counts working days between (one query)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT MIN(LEAST(due_date, COALESCE(due_date_at_report, due_date))), "  # noqa: S608
            f"MAX(GREATEST(due_date, COALESCE(due_date_at_report, due_date))) FROM {_t(WorkItem)} "
            "WHERE organisation_id = %s AND due_date >= %s AND due_date <= %s",
            [organisation_id, start, end],
        )
        low, high = cursor.fetchone()
    low = min(low or start, start, as_of) - timedelta(days=2)
    high = max(high or end, end, as_of) + timedelta(days=2)
    return low, high


def calendar_fingerprint(calendar: WorkingCalendar) -> str:
    """Changes when the organisation's own exceptions (or the holidays package) change."""
    import holidays

    text = repr((sorted(calendar.extra_days_off), sorted(calendar.extra_working_days), holidays.__version__))
    return hashlib.sha256(text.encode()).hexdigest()


def changed_item_ids_sql(marks: dict) -> tuple[str, dict]:
    """SQL naming the ids of the items whose evidence may differ from the run that left `marks`."""
    since = datetime.fromisoformat(marks["read_at"]) - MARGIN
    sql = (
        f"SELECT work_item_id FROM {_t(AuditEvent)} "  # noqa: S608 -- the models' own table names
        "WHERE organisation_id = %(org)s AND seq > %(since_seq)s AND work_item_id IS NOT NULL "
        f"UNION SELECT id FROM {_t(WorkItem)} WHERE organisation_id = %(org)s AND updated_at >= %(since)s "
        f"UNION SELECT work_item_id FROM {_t(ProgressReport)} WHERE created_at >= %(since)s "
        f"UNION SELECT r.work_item_id FROM {_t(Attachment)} a JOIN {_t(ProgressReport)} r "
        "ON r.id = a.report_id WHERE a.created_at >= %(since)s "
        f"UNION SELECT work_item_id FROM {_t(DelayWaiver)} "
        "WHERE granted_at >= %(since)s OR revoked_at >= %(since)s"
    )
    return sql, {"since_seq": marks["seq"], "since": since}


def read_marks(organisation_id: int) -> dict:
    """Where the evidence stood when a run read it: the audit sequence, and the application's
    clock (the one `updated_at` and `created_at` are written with, not the database's)."""
    seq = AuditEvent.objects.filter(organisation_id=organisation_id).aggregate(seq=Max("seq"))["seq"]
    return {"seq": seq or 0, "read_at": timezone.now().isoformat()}


def insert_evaluated_items(
    evaluation_id: int,
    organisation_id: int,
    start: date,
    end: date,
    as_of: date,
    calendar: WorkingCalendar,
    *,
    missing_only: bool = False,
) -> int:
    """Write an `EvaluationItem` for every item due in [start, end] as it stood at the end of
    `as_of` (with `missing_only`, for those the evaluation has no row for). One statement
    (and one for the range of dates the calendar is needed over); returns the rows written."""
    low, high = date_bounds(organisation_id, start, end, as_of)
    days = WorkingDays(calendar, low, high)
    params = {
        "org": organisation_id,
        "start": start,
        "end": end,
        "as_of": as_of,
        "before": end_of(as_of),
        "evaluation": evaluation_id,
        "accept": VERB_ACCEPT,
        "return": VERB_RETURN,
        "extend": VERB_EXTEND,
        "reopen": VERB_REOPEN,
        "lead": WorkItemUnit.Role.LEAD,
        "completion": ProgressReport.Kind.COMPLETION,
        "drafted": S.DRAFTED,
        "cancelled": S.CANCELLED,
        "accepted": S.ACCEPTED,
        "reported": S.REPORTED,
    }
    restrict = ""
    if missing_only:
        restrict = (
            f" AND NOT EXISTS (SELECT 1 FROM {_t(EvaluationItem)} x "  # noqa: S608
            "WHERE x.evaluation_id = %(evaluation)s AND x.work_item_id = w.id)"
        )
    late = _between(days, "b.deadline", "b.reported_day")
    overdue = _between(days, "b.due_date", "%(as_of)s::date")
    ext_before = "(e.changes->'due_date'->>0)"
    sql = f"""
    WITH items AS MATERIALIZED (
        SELECT w.id, w.ref, w.content, w.programme_id, w.assignee_id, w.leader_id, w.state,
               w.due_date, w.original_due_date, w.due_date_at_report, w.reported_at,
               w.accepted_at, w.started_at, w.indicator_name, w.indicator_target, w.indicator_actual
        FROM {_t(WorkItem)} w
        WHERE w.organisation_id = %(org)s AND w.due_date >= %(start)s AND w.due_date <= %(end)s
          AND w.state NOT IN (%(drafted)s, %(cancelled)s){restrict}
    ),
    ev AS (
        SELECT e.work_item_id,
            MAX(e.seq) FILTER (WHERE e.verb = %(accept)s AND e.created_at < %(before)s) AS acc_seq,
            (ARRAY_AGG(e.created_at ORDER BY e.seq DESC)
                FILTER (WHERE e.verb = %(accept)s AND e.created_at < %(before)s))[1] AS acc_at,
            (ARRAY_AGG({_event_json("e")} ORDER BY e.seq DESC)
                FILTER (WHERE e.verb = %(accept)s AND e.created_at < %(before)s))[1] AS acc_json,
            MAX(e.seq) FILTER (WHERE e.verb = %(reopen)s AND e.created_at < %(before)s) AS reo_seq,
            MAX(e.seq) FILTER (WHERE e.verb = %(accept)s) AS all_acc_seq,
            (ARRAY_AGG({_event_json("e")} ORDER BY e.seq DESC)
                FILTER (WHERE e.verb = %(accept)s))[1] AS all_acc_json,
            MAX(e.seq) FILTER (WHERE e.verb = %(reopen)s) AS all_reo_seq,
            COUNT(*) FILTER (WHERE e.verb = %(return)s AND e.created_at < %(before)s) AS n_returns,
            JSONB_AGG({_event_json("e")} ORDER BY e.seq)
                FILTER (WHERE e.verb = %(return)s AND e.created_at < %(before)s) AS returns,
            MAX(e.created_at) FILTER (WHERE e.verb = %(return)s AND e.created_at < %(before)s)
                AS last_return_at,
            JSONB_AGG({_event_json("e")} || jsonb_build_object(
                    'from', e.changes->'due_date'->>0, 'to', e.changes->'due_date'->>1) ORDER BY e.seq)
                FILTER (WHERE e.verb = %(extend)s AND e.created_at < %(before)s) AS extensions,
            COUNT(*) FILTER (WHERE e.verb = %(extend)s AND e.created_at < %(before)s
                AND COALESCE({ext_before}, '') <> ''
                AND {_day("e.created_at")} > left({ext_before}, 10)::date) AS extension_delays
        FROM {_t(AuditEvent)} e JOIN items i ON i.id = e.work_item_id
        WHERE e.verb IN (%(accept)s, %(return)s, %(extend)s, %(reopen)s)
        GROUP BY e.work_item_id
    ),
    att AS (
        SELECT a.report_id,
            JSONB_AGG(jsonb_build_object('id', a.id, 'name', a.original_name, 'size', a.size) ORDER BY a.id)
                AS list
        FROM {_t(Attachment)} a JOIN {_t(ProgressReport)} r ON r.id = a.report_id
        JOIN items i ON i.id = r.work_item_id
        WHERE a.created_at < %(before)s AND r.created_at < %(before)s
        GROUP BY a.report_id
    ),
    rep AS (
        SELECT r.work_item_id,
            JSONB_AGG(jsonb_build_object(
                'id', r.id, 'kind', r.kind, 'at', {_iso("r.created_at")},
                'author', COALESCE(NULLIF(u.full_name, ''), u.username),
                'text', left(r.text, 300), 'attachments', COALESCE(att.list, '[]'::jsonb)) ORDER BY r.id)
                AS reports,
            (ARRAY_AGG(r.created_at ORDER BY r.id DESC) FILTER (WHERE r.kind = %(completion)s))[1]
                AS completion_at
        FROM {_t(ProgressReport)} r JOIN items i ON i.id = r.work_item_id
        LEFT JOIN {_t(User)} u ON u.id = r.author_id
        LEFT JOIN att ON att.report_id = r.id
        WHERE r.created_at < %(before)s
        GROUP BY r.work_item_id
    ),
    waiver AS (
        SELECT d.work_item_id, jsonb_build_object(
            'id', d.id, 'reason', d.reason, 'at', {_iso("d.granted_at")},
            'by', COALESCE(NULLIF(u.full_name, ''), u.username)) AS doc
        FROM {_t(DelayWaiver)} d JOIN items i ON i.id = d.work_item_id
        LEFT JOIN {_t(User)} u ON u.id = d.granted_by_id
        WHERE d.revoked_at IS NULL
    ),
    leads AS (
        SELECT l.work_item_id, JSONB_AGG(l.unit_id ORDER BY l.position, l.unit_id) AS ids
        FROM {_t(WorkItemUnit)} l JOIN items i ON i.id = l.work_item_id
        WHERE l.role = %(lead)s
        GROUP BY l.work_item_id
    ),
    standing AS (
        SELECT i.*, ev.*, rep.reports, leads.ids AS lead_ids, waiver.doc AS waiver_doc,
            COALESCE(i.due_date_at_report, i.due_date) AS deadline,
            CASE WHEN ev.acc_seq IS NOT NULL AND (ev.reo_seq IS NULL OR ev.reo_seq < ev.acc_seq)
                THEN ev.acc_json END AS acceptance,
            CASE WHEN ev.acc_seq IS NOT NULL AND (ev.reo_seq IS NULL OR ev.reo_seq < ev.acc_seq)
                    THEN ev.acc_at
                WHEN i.state = %(accepted)s AND ev.all_acc_seq IS NULL AND i.accepted_at < %(before)s
                    THEN i.accepted_at END AS accepted_when,
            CASE WHEN rep.completion_at IS NOT NULL THEN
                    CASE WHEN ev.last_return_at > rep.completion_at THEN NULL ELSE rep.completion_at END
                WHEN rep.work_item_id IS NULL AND i.reported_at < %(before)s
                    AND i.state IN (%(reported)s, %(accepted)s) THEN i.reported_at END AS reported_when
        FROM items i
        LEFT JOIN ev ON ev.work_item_id = i.id
        LEFT JOIN rep ON rep.work_item_id = i.id
        LEFT JOIN leads ON leads.work_item_id = i.id
        LEFT JOIN waiver ON waiver.work_item_id = i.id
    ),
    b AS (
        SELECT s.*, {_day("COALESCE(s.reported_when, s.accepted_when)")} AS reported_day
        FROM standing s
    ),
    classified AS (
        SELECT b.*,
            CASE
                WHEN b.accepted_when IS NOT NULL THEN
                    CASE WHEN b.reported_day > b.deadline THEN 'late' ELSE 'on_time' END
                WHEN b.reported_when IS NOT NULL THEN
                    CASE WHEN b.reported_day <= b.deadline THEN 'pending' ELSE 'overdue' END
                WHEN b.due_date < %(as_of)s THEN 'overdue'
                ELSE 'pending' END AS outcome,
            CASE
                WHEN b.accepted_when IS NOT NULL THEN
                    CASE WHEN b.reported_day > b.deadline THEN {late} ELSE 0 END
                WHEN b.reported_when IS NOT NULL THEN
                    CASE WHEN b.reported_day <= b.deadline THEN 0 ELSE {overdue} END
                WHEN b.due_date < %(as_of)s THEN {overdue}
                ELSE 0 END AS days_late,
            CASE
                WHEN b.accepted_when IS NOT NULL THEN
                    CASE WHEN b.reported_day > b.deadline THEN '{C.COMPLETED_LATE}'
                        ELSE '{C.COMPLETED_ON_TIME}' END
                WHEN b.reported_when IS NOT NULL THEN
                    CASE WHEN b.reported_day <= b.deadline THEN '{C.REPORTED_ON_TIME}'
                        ELSE '{C.REPORTED_LATE}' END
                WHEN b.due_date < %(as_of)s THEN '{C.IN_PROGRESS_OVERDUE}'
                WHEN b.started_at IS NOT NULL AND {_day("b.started_at")} <= %(as_of)s
                    THEN '{C.IN_PROGRESS_ON_TIME}'
                ELSE '{C.NOT_YET_DUE}' END AS status_class
        FROM b
    ),
    final AS (
        SELECT c.*,
            COALESCE(c.extension_delays, 0) + CASE WHEN c.outcome IN ('late', 'overdue') THEN 1 ELSE 0 END
                AS delay_count,
            COALESCE(c.n_returns, 0) AS return_count,
            COALESCE(c.indicator_target::text, '') AS target_text,
            COALESCE(c.indicator_actual::text, '') AS actual_text
        FROM classified c
    )
    INSERT INTO {_t(EvaluationItem)} (evaluation_id, work_item_id, assignee_id, outcome, delays, returns,
        waived, indicator_target, indicator_actual, lead_unit_ids, evidence)
    SELECT %(evaluation)s, f.id, f.assignee_id, f.outcome, f.delay_count, f.return_count,
        f.waiver_doc IS NOT NULL, f.target_text, f.actual_text, COALESCE(f.lead_ids, '[]'::jsonb),
        jsonb_build_object(
            'id', f.id, 'ref', f.ref, 'content', left(f.content, 300), 'programme_id', f.programme_id,
            'lead_unit_ids', COALESCE(f.lead_ids, '[]'::jsonb), 'assignee_id', f.assignee_id,
            'leader_id', f.leader_id, 'due_date', to_char(f.due_date, 'YYYY-MM-DD'),
            'original_due_date', to_char(f.original_due_date, 'YYYY-MM-DD'),
            'outcome', f.outcome, 'status_class', f.status_class, 'days_late', f.days_late,
            'delays', f.delay_count, 'acceptance', f.acceptance,
            'accepted_later', CASE WHEN f.accepted_when IS NULL AND f.all_acc_seq IS NOT NULL
                AND (f.all_reo_seq IS NULL OR f.all_reo_seq < f.all_acc_seq) THEN f.all_acc_json END,
            'returns', COALESCE(f.returns, '[]'::jsonb),
            'extensions', COALESCE(f.extensions, '[]'::jsonb),
            'reports', COALESCE(f.reports, '[]'::jsonb),
            'waiver', f.waiver_doc,
            'indicator_name', f.indicator_name,
            'indicator_target', f.indicator_target::text,
            'indicator_actual', f.indicator_actual::text,
            'tags', jsonb_build_array('assigned', f.outcome)
                || CASE WHEN f.return_count > 0 THEN '["returned"]'::jsonb ELSE '[]'::jsonb END
                || CASE WHEN f.waiver_doc IS NOT NULL THEN '["waived"]'::jsonb ELSE '[]'::jsonb END
                || CASE WHEN f.indicator_target IS NOT NULL THEN '["indicator"]'::jsonb ELSE '[]'::jsonb END
        )
    FROM final f
    """  # noqa: S608 -- table names are the models' own; the calendar's CASE holds only integers
    return _execute(sql, params)


def drop_changed_items(evaluation_id: int, organisation_id: int, start: date, end: date, marks: dict) -> int:
    """Delete the evaluated items whose evidence may have changed since the run that left `marks`,
    or that are no longer due in the period. One statement; returns the rows deleted."""
    changed, params = changed_item_ids_sql(marks)
    params.update(
        org=organisation_id,
        start=start,
        end=end,
        evaluation=evaluation_id,
        drafted=S.DRAFTED,
        cancelled=S.CANCELLED,
    )
    items = _t(EvaluationItem)
    sql = f"""
    DELETE FROM {items} x
    WHERE x.evaluation_id = %(evaluation)s AND (x.work_item_id IN ({changed}) OR NOT EXISTS (
        SELECT 1 FROM {_t(WorkItem)} w WHERE w.id = x.work_item_id AND w.organisation_id = %(org)s
          AND w.due_date >= %(start)s AND w.due_date <= %(end)s
          AND w.state NOT IN (%(drafted)s, %(cancelled)s)))
    """  # noqa: S608
    return _execute(sql, params)


def items_digest(evaluation_id: int) -> str:
    """SHA-256 over every stored item, in work item order: its columns and the hash of its evidence
    document (`jsonb_hash_extended`, PostgreSQL's own hash of the value, stable across versions as
    hash partitioning needs; no text conversion of the documents)."""
    row = (
        "concat_ws('|', work_item_id, COALESCE(assignee_id::text, ''), outcome, delays, returns, waived, "
        "indicator_target, indicator_actual, jsonb_hash_extended(evidence, 0))"
    )
    with connection.cursor() as cursor:
        rows = f"COALESCE(string_agg({row}, E'\\n' ORDER BY work_item_id), '')"
        cursor.execute(
            f"SELECT encode(sha256(convert_to({rows}, 'UTF8')), 'hex') "  # noqa: S608
            f"FROM {_t(EvaluationItem)} WHERE evaluation_id = %s",
            [evaluation_id],
        )
        return cursor.fetchone()[0]
