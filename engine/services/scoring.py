"""Scoring writes: rubric versions, computing an open evaluation, freezing it.

Each runs in one transaction and is audited. A rubric is saved as a new version; an
evaluation is computed from the evidence with the organisation's current rubric and stored
with a hash of its result, so recomputing with the same evidence can be seen to give the
same result; a frozen evaluation refuses to be recomputed.

On PostgreSQL the evaluated items are written by the database in one INSERT … SELECT
(`engine.selectors.scoring_evidence_sql`); a recompute with the same cut-off and calendar
replaces only the items whose evidence changed since the last run (incremental), unless
asked for a full one. Elsewhere (SQLite) the evidence is built item by item in Python
(`engine.selectors.scoring_evidence`, the reference) and written in batches.
"""

import hashlib
import json
from datetime import date

from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from engine import permissions
from engine.audit import audit_record
from engine.deadlines.calendar import calendar_for
from engine.exceptions import InvalidInput, InvalidTransition
from engine.models import (
    Evaluation,
    EvaluationItem,
    Organisation,
    Rubric,
    ScoreFact,
    Unit,
    User,
)
from engine.scoring import DEFAULT_RULES, RubricRules
from engine.scoring.evaluation import build_result, cap_check, item_tags
from engine.scoring.periods import Period
from engine.selectors import scoring_evidence_sql as set_based
from engine.selectors.scoring_evidence import evaluation_evidence
from engine.selectors.scoring_facts import aggregate_facts, shapes_of

BATCH = 2000  # evaluated items written per statement


def rubric_save(*, organisation: Organisation, actor, rules: dict, note: str = "") -> Rubric:
    """Save the organisation's rubric as its next version (the old versions stay)."""
    if actor is not None:
        permissions.require_org(
            permissions.can_keep_scores(actor, organisation.pk),
            _("Only the evaluators or the director edit the scoring rubric."),
        )
    parsed = RubricRules.from_dict(rules)
    with transaction.atomic():
        Organisation.objects.select_for_update().get(pk=organisation.pk)
        last = Rubric.objects.filter(organisation=organisation).aggregate(v=Max("version"))["v"] or 0
        rubric = Rubric.objects.create(
            organisation=organisation,
            version=last + 1,
            rules=parsed.to_dict(),
            note=(note or "").strip(),
            created_by=actor,
        )
        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="rubric.save",
            obj=rubric,
            reason=rubric.note,
            changes={"version": rubric.version, "rules": rubric.rules},
        )
    return rubric


def rubric_current(organisation: Organisation, actor=None) -> Rubric:
    """The latest version; the first use of scoring saves the default as version 1."""
    rubric = Rubric.objects.filter(organisation=organisation).order_by("-version").first()
    if rubric is None:
        rubric = rubric_save(
            organisation=organisation,
            actor=None,
            rules=DEFAULT_RULES.to_dict(),
            note=_("Default rubric (Nghị định 335/2025/NĐ-CP)."),
        )
    return rubric


def result_hash(result: dict) -> str:
    return hashlib.sha256(_canonical(result)).hexdigest()


def _canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def _names(unit_ids, person_ids) -> tuple[dict[int, str], dict[int, str]]:
    unit_names = dict(Unit.objects.filter(pk__in=list(unit_ids)).values_list("pk", "name"))
    person_names = {
        pk: full_name or username
        for pk, full_name, username in User.objects.filter(pk__in=list(person_ids)).values_list(
            "pk", "full_name", "username"
        )
    }
    return unit_names, person_names


def _period(period: Period, as_of: date) -> dict:
    return {
        "kind": period.kind,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "as_of": as_of.isoformat(),
    }


def evaluation_result(organisation: Organisation, period: Period, as_of: date, rubric: Rubric) -> dict:
    """The result computed item by item in Python (`build_result`): the reference the stored
    facts are compared against in the tests; the service stores facts aggregated in SQL."""
    evidence = evaluation_evidence(organisation.pk, period.start, period.end, as_of)
    unit_names, person_names = _names(
        {u for row in evidence for u in row["lead_unit_ids"]},
        {row["assignee_id"] for row in evidence if row["assignee_id"]},
    )
    result = build_result(evidence, rubric.parsed, unit_names=unit_names, person_names=person_names)
    result["period"] = _period(period, as_of)
    result["rubric_version"] = rubric.version
    return result


def _clear_facts(evaluation: Evaluation) -> None:
    """Drop an open evaluation's facts: two statements, not a row-by-row cascade."""
    ScoreFact.objects.filter(evaluation=evaluation).delete()
    # QuerySet.delete() would load every item (evidence included) to look for cascades. The
    # table name is the model's own, not input.
    table = EvaluationItem._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE evaluation_id = %s", [evaluation.pk])  # noqa: S608


def _store_facts(
    evaluation: Evaluation, evidence: list[dict], rules: RubricRules, progress=None
) -> tuple[dict, "hashlib._Hash"]:
    """Write the items (with their lead units), aggregate the groups in SQL, store them.

    Returns the summary (rules, period, version, cap) and the hash of everything stored.
    """
    rows = sorted(({**e, "tags": item_tags(e)} for e in evidence), key=lambda r: r["id"])
    _clear_facts(evaluation)
    digest = hashlib.sha256()
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        digest.update(_insert_items(evaluation, batch))
        if progress:
            progress(len(batch))
    return _store_groups(evaluation, rules, digest), digest


def _store_facts_set_based(
    evaluation: Evaluation, period: Period, as_of: date, rules: RubricRules, *, full: bool, progress=None
) -> tuple[dict, "hashlib._Hash", int]:
    """The items written by the database (`scoring_evidence_sql`), then the groups as above.

    Incremental when the last computation was set-based with the same cut-off, period and
    calendar (and `full` is not asked): the items whose evidence changed since are replaced,
    the others kept. Returns the summary, the hash of everything stored and the item count.
    """
    org_id = evaluation.organisation_id
    calendar = calendar_for(org_id)
    marks = set_based.read_marks(org_id)
    marks.update(
        as_of=as_of.isoformat(),
        period_end=period.end.isoformat(),
        calendar=set_based.calendar_fingerprint(calendar),
    )
    previous = evaluation.recompute_marks or {}
    incremental = not full and all(previous.get(k) == marks[k] for k in ("as_of", "period_end", "calendar"))
    if incremental:
        # The items stored so far are the last run's total (its "assigned" count covers every item):
        # one row read rather than a count over the evaluation's items.
        stored = ScoreFact.objects.filter(evaluation=evaluation, kind=ScoreFact.Kind.TOTAL).first()
        ScoreFact.objects.filter(evaluation=evaluation).delete()
        dropped = set_based.drop_changed_items(evaluation.pk, org_id, period.start, period.end, previous)
        if stored is not None and "assigned" in stored.counts:
            kept = stored.counts["assigned"] - dropped
        else:
            kept = EvaluationItem.objects.filter(evaluation=evaluation).count()
    else:
        _clear_facts(evaluation)
        kept = 0
    written = set_based.insert_evaluated_items(
        evaluation.pk, org_id, period.start, period.end, as_of, calendar, missing_only=incremental
    )
    count = kept + written
    if progress:
        progress(count)  # read
    digest = hashlib.sha256(set_based.items_digest(evaluation.pk).encode())
    summary = _store_groups(evaluation, rules, digest)
    if progress:
        progress(count)  # written
    evaluation.recompute_marks = {**marks, "incremental": incremental, "items_written": written}
    return summary, digest, count


def _store_groups(evaluation: Evaluation, rules: RubricRules, digest: "hashlib._Hash") -> dict:
    """Aggregate the stored items in SQL into one `ScoreFact` per group; the summary (rules, cap)."""
    facts = aggregate_facts(evaluation, rules)
    unit_names, person_names = _names(facts["units"], facts["people"])

    def ordered(groups: dict, names: dict) -> list[dict]:
        keys = sorted(groups, key=lambda k: (names.get(k, ""), k))
        return [{"id": k, "name": names.get(k, str(k)), **groups[k]} for k in keys]

    units, people = ordered(facts["units"], unit_names), ordered(facts["people"], person_names)
    ScoreFact.objects.bulk_create(
        [
            _fact(evaluation, ScoreFact.Kind.TOTAL, 0, {"id": None, "name": "", **facts["total"]}),
            *(_fact(evaluation, ScoreFact.Kind.UNIT, n, g) for n, g in enumerate(units)),
            *(_fact(evaluation, ScoreFact.Kind.PERSON, n, g) for n, g in enumerate(people)),
        ]
    )
    summary = {"rules": rules.to_dict(), "cap": cap_check(units, people, rules)}
    digest.update(_canonical({**summary, "total": facts["total"], "units": units, "people": people}))
    return summary


ITEM_COLUMNS = (
    "work_item_id",
    "assignee_id",
    "outcome",
    "delays",
    "returns",
    "waived",
    "indicator_target",
    "indicator_actual",
    "lead_unit_ids",
)


def _insert_items(evaluation: Evaluation, batch: list[dict]) -> bytes:
    """Write a batch of evaluated items; returns their canonical JSON, which the hash covers.

    One statement per batch. On PostgreSQL the batch is one JSON parameter unpacked by the
    server: Django's bulk_create would quote every evidence document into an array in Python.
    """
    rows = [{**shapes_of(row), "evidence": row} for row in batch]
    payload = _canonical(rows)
    if connection.vendor != "postgresql":
        EvaluationItem.objects.bulk_create(EvaluationItem(evaluation=evaluation, **row) for row in rows)
        return payload
    table = EvaluationItem._meta.db_table
    casts = {"work_item_id": "bigint", "assignee_id": "bigint", "delays": "integer", "returns": "integer"}
    special = {"waived": "(r->>'waived')::boolean", "lead_unit_ids": "r->'lead_unit_ids'"}
    selected = ", ".join(
        f"(r->>'{c}')::{casts[c]}" if c in casts else special.get(c, f"r->>'{c}'") for c in ITEM_COLUMNS
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (evaluation_id, {', '.join(ITEM_COLUMNS)}, evidence) "  # noqa: S608
            f"SELECT %s, {selected}, r->'evidence' FROM jsonb_array_elements(%s::jsonb) AS r",
            [evaluation.pk, payload.decode()],
        )
    return payload


def _fact(evaluation: Evaluation, kind: str, position: int, group: dict) -> ScoreFact:
    score = group["score"]
    return ScoreFact(
        evaluation=evaluation,
        kind=kind,
        subject_id=group["id"],
        name=group["name"][:255],
        position=position,
        counts=group["counts"],
        returns_total=group["returns_total"],
        attainment_items=group["attainment"]["items"],
        attainment_pct=group["attainment"]["pct"],
        assigned=score["assigned"],
        completed=score["completed"],
        quantity_pct=score["quantity_pct"],
        quality_pct=score["quality_pct"],
        timeliness_pct=score["timeliness_pct"],
        score=score["score"],
        grade=score["grade"] or "",
    )


def evaluation_compute(
    *,
    organisation: Organisation,
    actor,
    period: Period,
    as_of: date | None = None,
    progress=None,
    full: bool = False,
) -> Evaluation:
    """Compute (or recompute) the open evaluation of a period with the current rubric.

    The facts are replaced in one transaction that refuses a frozen evaluation. On
    PostgreSQL the database reads the evidence and writes the items in that transaction
    (incrementally where it can, unless `full`); `progress(n)` is told of the items read,
    then of the items written. Elsewhere the evidence is read first, item by item, and
    `progress` is told every batch read and every batch written.
    """
    permissions.require_org(
        permissions.can_keep_scores(actor, organisation.pk),
        _("Only the evaluators or the director compute an evaluation."),
    )
    if as_of is None:
        as_of = min(period.end, timezone.localdate())
    if as_of < period.start:
        message = _("The evidence cut-off must not be before the period starts.")
        raise InvalidInput(message, field_errors={"as_of": [message]})
    if _frozen(organisation, period):
        raise InvalidTransition(_("This evaluation is frozen; its results no longer change."))
    rubric = rubric_current(organisation)
    in_sql = connection.vendor == "postgresql"
    evidence = None
    if not in_sql:
        evidence = evaluation_evidence(organisation.pk, period.start, period.end, as_of, progress=progress)
    with transaction.atomic():
        evaluation = (
            Evaluation.objects.select_for_update()
            .filter(organisation=organisation, period_kind=period.kind, period_start=period.start)
            .first()
        )
        if evaluation is not None and evaluation.is_frozen:
            raise InvalidTransition(_("This evaluation is frozen; its results no longer change."))
        if evaluation is None:
            evaluation = Evaluation(
                organisation=organisation, period_kind=period.kind, period_start=period.start
            )
        previous = evaluation.result_sha256
        evaluation.period_end = period.end
        evaluation.as_of = as_of
        evaluation.rubric = rubric
        evaluation.save()
        if in_sql:
            summary, digest, count = _store_facts_set_based(
                evaluation, period, as_of, rubric.parsed, full=full, progress=progress
            )
        else:
            summary, digest = _store_facts(evaluation, evidence, rubric.parsed, progress)
            count, evaluation.recompute_marks = len(evidence), {}
        summary.update(period=_period(period, as_of), rubric_version=rubric.version)
        digest.update(_canonical(summary))
        evaluation.summary = summary
        evaluation.result_sha256 = digest.hexdigest()
        evaluation.computed_at = timezone.now()
        evaluation.computed_by = actor
        evaluation._result_cache = None
        evaluation.save(
            update_fields=["summary", "result_sha256", "computed_at", "computed_by", "recompute_marks"]
        )
        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="evaluation.compute",
            obj=evaluation,
            changes={
                "rubric_version": rubric.version,
                "as_of": as_of.isoformat(),
                "result_sha256": [previous or None, evaluation.result_sha256],
                "items": count,
            },
        )
    return evaluation


def _frozen(organisation: Organisation, period: Period) -> bool:
    return Evaluation.objects.filter(
        organisation=organisation,
        period_kind=period.kind,
        period_start=period.start,
        state=Evaluation.State.FROZEN,
    ).exists()


def evaluation_freeze(*, evaluation: Evaluation, actor) -> Evaluation:
    """The board closes the evaluation: its stored result becomes the record."""
    permissions.require_org(
        permissions.can_keep_scores(actor, evaluation.organisation_id),
        _("Only the evaluators or the director close an evaluation."),
    )
    with transaction.atomic():
        evaluation = Evaluation.objects.select_for_update().get(pk=evaluation.pk)
        if evaluation.is_frozen:
            raise InvalidTransition(_("This evaluation is already frozen."))
        evaluation.state = Evaluation.State.FROZEN
        evaluation.frozen_at = timezone.now()
        evaluation.frozen_by = actor
        evaluation.save(update_fields=["state", "frozen_at", "frozen_by"])
        audit_record(
            organisation_id=evaluation.organisation_id,
            actor=actor,
            verb="evaluation.freeze",
            obj=evaluation,
            changes={"result_sha256": evaluation.result_sha256, "rubric_version": evaluation.rubric.version},
        )
    return evaluation
