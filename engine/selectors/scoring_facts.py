"""An evaluation's stored facts: aggregated in SQL when computed, read by the pages and exports.

`aggregate_facts` groups the evaluated items (`EvaluationItem`, one per item due in the
period) per unit, per person and for the whole organisation in the database: one
GROUP BY per group kind over the item's shape (outcome, returns, delays, waived, has an
indicator), one over the indicator figures, so the number of rows Python reads grows with
the number of groups and shapes, not with the number of items. The pure
`engine.scoring.evaluation.group_from_counts` turns those counts into the same counts,
score and grade as the item-by-item reference (`build_result`).

The pages read `evaluation_summary` (one query over `ScoreFact`, whatever the number of
items) and `evaluation_items` (the items behind one number); the API and the .docx report read
`evaluation_result_from_facts`, the whole result in the shape `build_result` gives; the .xlsx
export streams the evidence rows unit by unit (`units_evidence`) and never holds them all.
"""

from collections import defaultdict
from collections.abc import Iterator, Mapping

from django.db.models import BooleanField, Case, Count, F, IntegerField, Q, QuerySet, Value, When

from engine.models import Evaluation, EvaluationItem, EvaluationItemUnit, EvaluationRun, ScoreFact
from engine.scoring.evaluation import TAGS, group_from_counts
from engine.scoring.rules import RubricRules

SHAPE = ("outcome", "returns", "delays", "waived", "has_indicator")
INDICATOR = ("indicator_target", "indicator_actual")


def _has_indicator(prefix: str = "") -> Case:
    return Case(
        When(**{f"{prefix}indicator_target": ""}, then=Value(False)),
        default=Value(True),
        output_field=BooleanField(),
    )


def _grouped(qs: QuerySet, key: str | None, prefix: str, fields: tuple[str, ...]) -> dict:
    """{group key: [rows of `fields` with n]} from one GROUP BY."""
    names = {f"_{name}": f"{prefix}{name}" for name in fields if name != "has_indicator"}
    values = [*([key] if key else []), *names]
    annotations = {alias: F(path) for alias, path in names.items()}
    if "has_indicator" in fields:
        annotations["_has_indicator"] = _has_indicator(prefix)
        values.append("_has_indicator")
    rows = qs.annotate(**annotations).values(*values).annotate(n=Count("pk")).order_by()
    grouped = defaultdict(list)
    for row in rows:
        grouped[row[key] if key else None].append(
            {name: row[f"_{name}"] for name in fields} | {"n": row["n"]}
        )
    return grouped


def aggregate_facts(evaluation: Evaluation, rules: RubricRules) -> dict:
    """{"total": group, "units": {unit id: group}, "people": {person id: group}}, in SQL.

    Six queries whatever the number of items: the item shapes and the indicator figures,
    each grouped for the organisation, per lead unit and per assignee.
    """
    items = EvaluationItem.objects.filter(evaluation=evaluation)
    leads = EvaluationItemUnit.objects.filter(item__evaluation=evaluation)
    with_target = ~Q(indicator_target="")
    sources = {
        "total": (items, None, ""),
        "people": (items.filter(assignee_id__isnull=False), "assignee_id", ""),
        "units": (leads, "unit_id", "item__"),
    }
    facts = {}
    for kind, (qs, key, prefix) in sources.items():
        shapes = _grouped(qs, key, prefix, SHAPE)
        target_filter = with_target if not prefix else ~Q(item__indicator_target="")
        indicators = _grouped(qs.filter(target_filter), key, prefix, INDICATOR)
        groups = {
            group: group_from_counts(rows, indicators.get(group, []), rules) for group, rows in shapes.items()
        }
        facts[kind] = groups.get(None, group_from_counts([], [], rules)) if kind == "total" else groups
    return facts


def _text(value) -> str | None:
    return None if value is None else str(value)


def fact_group(fact: ScoreFact) -> dict:
    """A stored fact in the shape of a `build_result` group (without the item ids)."""
    return {
        "id": fact.subject_id,
        "name": fact.name,
        "counts": {tag: fact.counts.get(tag, 0) for tag in TAGS},
        "returns_total": fact.returns_total,
        "attainment": {"items": fact.attainment_items, "pct": _text(fact.attainment_pct)},
        "score": {
            "assigned": fact.assigned,
            "completed": fact.completed,
            "quantity_pct": _text(fact.quantity_pct),
            "quality_pct": _text(fact.quality_pct),
            "timeliness_pct": _text(fact.timeliness_pct),
            "score": _text(fact.score),
            "grade": fact.grade or None,
        },
    }


def evaluation_summary(evaluation: Evaluation) -> dict:
    """What the evaluation page shows, from the stored facts in one query.

    {"total", "units", "people"} groups as `build_result` gives them but without item ids,
    plus the stored summary (rules, period, rubric version, the cap check).
    """
    summary = {**evaluation.summary, "total": None, "units": [], "people": []}
    for fact in ScoreFact.objects.filter(evaluation=evaluation).order_by("kind", "position"):
        group = fact_group(fact)
        if fact.kind == ScoreFact.Kind.TOTAL:
            summary["total"] = {k: v for k, v in group.items() if k not in ("id", "name")}
        else:
            summary["units" if fact.kind == ScoreFact.Kind.UNIT else "people"].append(group)
    return summary


def latest_run(evaluation: Evaluation) -> EvaluationRun | None:
    return EvaluationRun.objects.filter(evaluation=evaluation).order_by("-created_at", "-id").first()


def tag_filter(tag: str) -> Q:
    """The evaluated items that carry `tag` (engine.scoring.evaluation.item_tags)."""
    if tag == "assigned":
        return Q()
    if tag in ("on_time", "late", "overdue", "pending"):
        return Q(outcome=tag)
    if tag == "returned":
        return Q(returns__gt=0)
    if tag == "waived":
        return Q(waived=True)
    if tag == "indicator":
        return ~Q(indicator_target="")
    raise ValueError(tag)


def evaluation_items(evaluation: Evaluation, group: str, tag: str) -> list[dict]:
    """The evidence rows behind one number: `group` is "total", "unit:ID" or "person:ID"."""
    items = EvaluationItem.objects.filter(evaluation=evaluation).filter(tag_filter(tag))
    kind, _sep, raw_id = group.partition(":")
    if kind == "unit":
        items = items.filter(lead_units__unit_id=int(raw_id))
    elif kind == "person":
        items = items.filter(assignee_id=int(raw_id))
    return [row for (row,) in items.order_by("work_item_id").values_list("evidence")]


def evaluation_result_from_facts(evaluation: Evaluation) -> dict:
    """The whole result as `build_result` shapes it (groups with item ids, every item).

    Reads every evaluated item: for the exports, the API and the tests.
    """
    summary = evaluation_summary(evaluation)
    total = summary["total"] or group_from_counts([], [], RubricRules.from_dict(summary.get("rules", {})))
    units = {g["id"]: {**g, "item_ids": {tag: [] for tag in TAGS}} for g in summary["units"]}
    people = {g["id"]: {**g, "item_ids": {tag: [] for tag in TAGS}} for g in summary["people"]}
    total = {**total, "item_ids": {tag: [] for tag in TAGS}}
    leads = defaultdict(list)
    for item_id, unit_id in (
        EvaluationItemUnit.objects.filter(item__evaluation=evaluation)
        .order_by("item_id", "position", "id")
        .values_list("item_id", "unit_id")
    ):
        leads[item_id].append(unit_id)
    items = {}
    for pk, row in (
        EvaluationItem.objects.filter(evaluation=evaluation)
        .order_by("work_item_id")
        .values_list("pk", "evidence")
    ):
        items[str(row["id"])] = row
        groups = [total, *(units[u] for u in leads.get(pk, []) if u in units)]
        if row.get("assignee_id") in people:
            groups.append(people[row["assignee_id"]])
        for group in groups:
            for tag in row["tags"]:
                group["item_ids"][tag].append(row["id"])
    return {
        **{k: v for k, v in summary.items() if k not in ("total", "units", "people")},
        "total": total,
        "units": list(units.values()),
        "people": list(people.values()),
        "items": items,
    }


def units_evidence(evaluation: Evaluation, unit_ids: list[int], chunk_size: int = 1000) -> Iterator[tuple]:
    """(unit id, evidence row) for the items each unit leads: the units in the order given, each
    unit's items by work item (the order of `evaluation_result_from_facts`).

    One query whatever the number of items and units, read in chunks (a server-side cursor on
    PostgreSQL). One query for all units, not one a unit: a cursor is planned for its first rows,
    and with the item table's statistics not yet gathered after a recompute, the per-unit join
    was planned as a nested loop over every item of the evaluation for each unit.
    """
    if not unit_ids:
        return iter(())
    order = Case(
        *(When(unit_id=unit_id, then=Value(n)) for n, unit_id in enumerate(unit_ids)),
        output_field=IntegerField(),
    )
    rows = (
        EvaluationItemUnit.objects.filter(item__evaluation=evaluation, unit_id__in=unit_ids)
        .annotate(unit_order=order)
        .order_by("unit_order", "item__work_item_id", "item_id", "position", "id")
        .values_list("unit_id", "item__evidence")
    )
    return rows.iterator(chunk_size=chunk_size)


def shapes_of(evidence: Mapping) -> dict:
    """The columns of an `EvaluationItem` taken from one evidence row."""
    return {
        "work_item_id": evidence["id"],
        "assignee_id": evidence.get("assignee_id"),
        "outcome": evidence["outcome"],
        "delays": evidence["delays"],
        "returns": len(evidence["returns"]),
        "waived": bool(evidence.get("waiver")),
        "indicator_target": evidence.get("indicator_target") or "",
        "indicator_actual": evidence.get("indicator_actual") or "",
    }
