"""Scoring writes: rubric versions, computing an open evaluation, freezing it.

Each runs in one transaction and is audited. A rubric is saved as a new version; an
evaluation is computed from the evidence (`engine.selectors.scoring_evidence`) with the
organisation's current rubric and stored with a hash of its result, so recomputing with
the same evidence can be seen to give the same result; a frozen evaluation refuses to be
recomputed.
"""

import hashlib
import json
from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from engine import permissions
from engine.audit import audit_record
from engine.exceptions import InvalidInput, InvalidTransition
from engine.models import Evaluation, Organisation, Rubric, Unit, User
from engine.scoring import DEFAULT_RULES, RubricRules
from engine.scoring.evaluation import build_result
from engine.scoring.periods import Period
from engine.selectors.scoring_evidence import evaluation_evidence


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
    canonical = json.dumps(result, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def evaluation_result(organisation: Organisation, period: Period, as_of: date, rubric: Rubric) -> dict:
    evidence = evaluation_evidence(organisation.pk, period.start, period.end, as_of)
    unit_ids = {u for row in evidence for u in row["lead_unit_ids"]}
    person_ids = {row["assignee_id"] for row in evidence if row["assignee_id"]}
    unit_names = dict(Unit.objects.filter(pk__in=unit_ids).values_list("pk", "name"))
    person_names = {
        pk: full_name or username
        for pk, full_name, username in User.objects.filter(pk__in=person_ids).values_list(
            "pk", "full_name", "username"
        )
    }
    result = build_result(evidence, rubric.parsed, unit_names=unit_names, person_names=person_names)
    result["period"] = {
        "kind": period.kind,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "as_of": as_of.isoformat(),
    }
    result["rubric_version"] = rubric.version
    return result


def evaluation_compute(
    *, organisation: Organisation, actor, period: Period, as_of: date | None = None
) -> Evaluation:
    """Compute (or recompute) the open evaluation of a period with the current rubric."""
    permissions.require_org(
        permissions.can_keep_scores(actor, organisation.pk),
        _("Only the evaluators or the director compute an evaluation."),
    )
    if as_of is None:
        as_of = min(period.end, timezone.localdate())
    if as_of < period.start:
        message = _("The evidence cut-off must not be before the period starts.")
        raise InvalidInput(message, field_errors={"as_of": [message]})
    with transaction.atomic():
        evaluation = (
            Evaluation.objects.select_for_update()
            .filter(organisation=organisation, period_kind=period.kind, period_start=period.start)
            .first()
        )
        if evaluation is not None and evaluation.is_frozen:
            raise InvalidTransition(_("This evaluation is frozen; its results no longer change."))
        rubric = rubric_current(organisation)
        result = evaluation_result(organisation, period, as_of, rubric)
        digest = result_hash(result)
        if evaluation is None:
            evaluation = Evaluation(
                organisation=organisation, period_kind=period.kind, period_start=period.start
            )
        previous = evaluation.result_sha256
        evaluation.period_end = period.end
        evaluation.as_of = as_of
        evaluation.rubric = rubric
        evaluation.result = result
        evaluation.result_sha256 = digest
        evaluation.computed_at = timezone.now()
        evaluation.computed_by = actor
        evaluation.save()
        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="evaluation.compute",
            obj=evaluation,
            changes={
                "rubric_version": rubric.version,
                "as_of": as_of.isoformat(),
                "result_sha256": [previous or None, digest],
                "items": result["total"]["counts"]["assigned"],
            },
        )
    return evaluation


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
