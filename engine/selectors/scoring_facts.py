"""An evaluation's stored facts: aggregated in SQL when computed, read by the pages and exports.

`aggregate_facts` groups the evaluated items (`EvaluationItem`, one per item due in the
period) per unit (its `lead_unit_ids`), per person and for the whole organisation in the
database, in one statement that reads the items once: a GROUP BY per group kind over the
item's shape (outcome, returns, delays, waived, has an indicator) and one over the indicator
figures, so the number of rows Python reads grows with
the number of groups and shapes, not with the number of items. The pure
`engine.scoring.evaluation.group_from_counts` turns those counts into the same counts,
score and grade as the item-by-item reference (`build_result`).

The pages read `evaluation_summary` (one query over `ScoreFact`, whatever the number of
items) and `evaluation_items` (the items behind one number); the API and the .docx report read
`evaluation_result_from_facts`, the whole result in the shape `build_result` gives; the .xlsx
export streams the evidence rows unit by unit (`units_evidence`) and never holds them all.
"""

import json
from collections import defaultdict
from collections.abc import Iterator, Mapping

from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

from engine.models import Evaluation, EvaluationItem, EvaluationRun, ScoreFact
from engine.scoring.evaluation import TAGS, group_from_counts
from engine.scoring.rules import RubricRules

SHAPE = ("outcome", "returns", "delays", "waived", "has_indicator")
INDICATOR = ("indicator_target", "indicator_actual")


def lead_units_sql(alias: str = "i") -> tuple[str, str, str]:
    """(FROM item, the item's lead units as rows; the unit id; its position) for hand-written SQL
    over `EvaluationItem` aliased `alias`: the JSON functions of the database in use."""
    table = EvaluationItem._meta.db_table
    if connection.vendor == "postgresql":
        source = f"jsonb_array_elements_text({alias}.lead_unit_ids) WITH ORDINALITY AS u(value, n)"
        return f"{table} {alias} CROSS JOIN {source}", "CAST(u.value AS bigint)", "u.n"
    return f"{table} {alias}, json_each({alias}.lead_unit_ids) AS u", "CAST(u.value AS integer)", "u.key"


def _aggregates_sql() -> str:
    """One statement for every group's shapes and indicator figures: the evaluation's items read
    once (the CTE; the evidence is not read), each group kind a GROUP BY of a UNION ALL."""
    table = EvaluationItem._meta.db_table
    if connection.vendor == "postgresql":
        leads, unit = "jsonb_array_elements_text(x.lead_unit_ids) AS u(value)", "CAST(u.value AS bigint)"
    else:
        leads, unit = "json_each(x.lead_unit_ids) AS u", "CAST(u.value AS integer)"
    shape = "outcome, returns, delays, waived, has_indicator"
    indicator = "indicator_target, indicator_actual"
    sources = (
        ("total", "CAST(NULL AS bigint)", "x", ""),
        ("people", "assignee_id", "x", "assignee_id IS NOT NULL"),
        ("units", "unit_id", "leads", ""),
    )
    parts = []
    for kind, key, source, where in sources:
        shape_where = f" WHERE {where}" if where else ""
        target_where = " AND ".join(w for w in (where, "indicator_target <> ''", "outcome <> 'pending'") if w)
        by = "" if kind == "total" else f"{key}, "
        parts.append(
            f"SELECT '{kind}', {key}, 'shape', {shape}, NULL, NULL, COUNT(*) "  # noqa: S608
            f"FROM {source}{shape_where} GROUP BY {by}{shape}"
        )
        parts.append(
            f"SELECT '{kind}', {key}, 'indicator', NULL, NULL, NULL, NULL, NULL, {indicator}, COUNT(*) "  # noqa: S608
            f"FROM {source} WHERE {target_where} GROUP BY {by}{indicator}"
        )
    return (
        f"WITH x AS (SELECT assignee_id, lead_unit_ids, outcome, returns, delays, waived, "  # noqa: S608
        f"CASE WHEN indicator_target = '' THEN 0 ELSE 1 END AS has_indicator, {indicator} "
        f"FROM {table} WHERE evaluation_id = %s), "
        f"leads AS (SELECT {unit} AS unit_id, x.* FROM x, {leads}) " + " UNION ALL ".join(parts)
    )


def aggregate_facts(evaluation: Evaluation, rules: RubricRules) -> dict:
    """{"total": group, "units": {unit id: group}, "people": {person id: group}}, in SQL.

    One query whatever the number of items: the item shapes (SHAPE) and the indicator figures
    (INDICATOR), each grouped for the organisation, per lead unit (the items' `lead_unit_ids`,
    unnested) and per assignee, over one read of the items.
    """
    grouped = {kind: (defaultdict(list), defaultdict(list)) for kind in ("total", "people", "units")}
    with connection.cursor() as cursor:
        cursor.execute(_aggregates_sql(), [evaluation.pk])
        rows = cursor.fetchall()
    for kind, key, part, *shape, target, actual, n in rows:
        shapes, indicators = grouped[kind]
        if part == "shape":
            row = dict(zip(SHAPE, shape, strict=True))
            row["waived"], row["has_indicator"] = bool(row["waived"]), bool(row["has_indicator"])
            shapes[key].append(row | {"n": n})
        else:
            indicators[key].append({"indicator_target": target, "indicator_actual": actual, "n": n})
    facts = {}
    for kind, (shapes, indicators) in grouped.items():
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


def _leads(unit_id: int) -> RawSQL:
    """True where the evaluated item's lead units include `unit_id` (the model's own column;
    the id is a bound parameter)."""
    column = f'"{EvaluationItem._meta.db_table}"."lead_unit_ids"'
    if connection.vendor == "postgresql":
        sql, param = f"{column} @> %s::jsonb", json.dumps([unit_id])
    else:
        sql, param = f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = %s)", unit_id  # noqa: S608
    return RawSQL(sql, [param], output_field=BooleanField())  # noqa: S611


def evaluation_items(evaluation: Evaluation, group: str, tag: str) -> list[dict]:
    """The evidence rows behind one number: `group` is "total", "unit:ID" or "person:ID"."""
    items = EvaluationItem.objects.filter(evaluation=evaluation).filter(tag_filter(tag))
    kind, _sep, raw_id = group.partition(":")
    if kind == "unit":
        items = items.alias(led=_leads(int(raw_id))).filter(led=True)
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
    items = {}
    for lead_unit_ids, row in (
        EvaluationItem.objects.filter(evaluation=evaluation)
        .order_by("work_item_id")
        .values_list("lead_unit_ids", "evidence")
    ):
        items[str(row["id"])] = row
        groups = [total, *(units[u] for u in lead_unit_ids if u in units)]
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

    One query whatever the number of items and units (the items' `lead_unit_ids` unnested), read
    in chunks (a server-side cursor on PostgreSQL). One query for all units, not one a unit: a
    cursor is planned for its first rows, and with the item table's statistics not yet gathered
    after a recompute, a per-unit query was planned as a nested loop over every item of the
    evaluation for each unit.
    """
    if not unit_ids:
        return
    source, unit, position = lead_units_sql()
    order = " ".join(f"WHEN {unit} = %s THEN {n}" for n in range(len(unit_ids)))
    placeholders = ", ".join(["%s"] * len(unit_ids))
    sql = (
        f"SELECT {unit}, i.evidence FROM {source} "  # noqa: S608 -- the model's own table
        f"WHERE i.evaluation_id = %s AND {unit} IN ({placeholders}) "
        f"ORDER BY CASE {order} END, i.work_item_id, i.id, {position}"
    )
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, [evaluation.pk, *unit_ids, *unit_ids])
        while rows := cursor.fetchmany(chunk_size):
            for unit_id, evidence in rows:
                yield unit_id, json.loads(evidence) if isinstance(evidence, str) else evidence


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
        "lead_unit_ids": list(evidence.get("lead_unit_ids") or []),
    }
