"""Aggregating item evidence into an evaluation: counts and scores per unit and per person.

Pure: takes the evidence rows the selector built (`engine.selectors.scoring_evidence`)
and the rubric, returns the JSON-ready result. `build_result` walks the items (the
reference, and what the tests compare against); the stored facts are aggregated in the
database (`engine.selectors.scoring_facts`) and scored from their counts by
`group_from_counts`, which gives the same numbers. Every count is
backed by the ids of the items behind it (`tags` on each item), so a page can show the
evidence of any number.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from engine.scoring.compute import ItemFacts, excellent_cap, score_counts, score_items
from engine.scoring.rules import RubricRules

# Item tags, in the order the pages show the counts.
TAGS = ("assigned", "on_time", "late", "overdue", "pending", "returned", "waived", "indicator")


def item_tags(evidence: Mapping) -> list[str]:
    tags = ["assigned"]
    outcome = evidence["outcome"]
    if outcome == "on_time":
        tags.append("on_time")
    elif outcome == "late":
        tags.append("late")
    elif outcome == "overdue":
        tags.append("overdue")
    else:
        tags.append("pending")
    if evidence["returns"]:
        tags.append("returned")
    if evidence.get("waiver"):
        tags.append("waived")
    if evidence.get("indicator_target") not in (None, ""):
        tags.append("indicator")
    return tags


def item_facts(evidence: Mapping) -> ItemFacts:
    return ItemFacts(
        item_id=evidence["id"],
        completed=evidence["outcome"] in ("on_time", "late"),
        delays=evidence["delays"],
        returns=len(evidence["returns"]),
        waived=bool(evidence.get("waiver")),
    )


def _attainment(rows: list[Mapping]) -> dict:
    """The mean of actual / target over the items with a target that are scored: an item not yet
    due at the cut-off (`pending`) has no result to count yet; one due, without a figure, counts 0."""
    ratios = []
    for row in rows:
        if row["outcome"] == "pending":
            continue
        target, actual = row.get("indicator_target"), row.get("indicator_actual")
        if target in (None, "") or Decimal(target) == 0:
            continue
        ratios.append(Decimal(actual or 0) / Decimal(target))
    if not ratios:
        return {"items": 0, "pct": None}
    pct = (sum(ratios) * 100 / len(ratios)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {"items": len(ratios), "pct": str(pct)}


def _group(rows: list[Mapping], rules: RubricRules) -> dict:
    counts = dict.fromkeys(TAGS, 0)
    ids = {tag: [] for tag in TAGS}
    for row in rows:
        for tag in row["tags"]:
            counts[tag] += 1
            ids[tag].append(row["id"])
    return {
        "counts": counts,
        "returns_total": sum(len(row["returns"]) for row in rows),
        "item_ids": ids,
        "attainment": _attainment(rows),
        # Items not yet due at the cut-off (or reported in time, awaiting the leadership's
        # decision) are listed but not scored: nobody is marked down for them yet.
        "score": score_items(
            (item_facts(row) for row in rows if row["outcome"] != "pending"), rules
        ).to_dict(),
    }


def group_from_counts(shapes: Iterable[Mapping], indicators: Iterable[Mapping], rules: RubricRules) -> dict:
    """`_group` without the item ids, from counts: what the database aggregates per group.

    `shapes`: rows of (outcome, returns, delays, waived, has_indicator, n), n items of that
    shape; `indicators`: rows of (indicator_target, indicator_actual, n) for the scored items
    (outcome not `pending`) with a target. Gives the same counts, returns, attainment and score
    as `_group` over the items.
    """
    counts = dict.fromkeys(TAGS, 0)
    returns_total = 0
    scored: dict[tuple, int] = defaultdict(int)
    for row in shapes:
        n = row["n"]
        counts["assigned"] += n
        counts[row["outcome"]] += n
        counts["returned"] += n if row["returns"] else 0
        counts["waived"] += n if row["waived"] else 0
        counts["indicator"] += n if row["has_indicator"] else 0
        returns_total += row["returns"] * n
        if row["outcome"] != "pending":
            completed = row["outcome"] in ("on_time", "late")
            scored[(completed, row["returns"], 0 if row["waived"] else row["delays"])] += n
    ratios, total = 0, Decimal(0)
    for row in indicators:
        target = Decimal(row["indicator_target"])
        if target == 0:
            continue
        total += Decimal(row["indicator_actual"] or 0) / target * row["n"]
        ratios += row["n"]
    attainment = {"items": 0, "pct": None}
    if ratios:
        pct = (total * 100 / ratios).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        attainment = {"items": ratios, "pct": str(pct)}
    return {
        "counts": counts,
        "returns_total": returns_total,
        "attainment": attainment,
        "score": score_counts(scored.items(), rules).to_dict(),
    }


def cap_check(units: list[Mapping], people: list[Mapping], rules: RubricRules) -> dict:
    """The cap on "excellent" among the units and among the people (it only warns)."""
    checks = {}
    for name, groups in (("units", units), ("people", people)):
        cap = excellent_cap([g["score"]["grade"] for g in groups], rules)
        checks[name] = {"excellent": cap.excellent, "allowed": cap.allowed, "exceeded": cap.exceeded}
    return checks


def build_result(
    evidence: Iterable[Mapping],
    rules: RubricRules,
    *,
    unit_names: Mapping[int, str],
    person_names: Mapping[int, str],
) -> dict:
    """The evaluation result: organisation total, units, people, the cap check and the items."""
    rows = sorted(({**e, "tags": item_tags(e)} for e in evidence), key=lambda r: r["id"])
    by_unit: dict[int, list] = defaultdict(list)
    by_person: dict[int, list] = defaultdict(list)
    for row in rows:
        for unit_id in row["lead_unit_ids"]:
            by_unit[unit_id].append(row)
        if row.get("assignee_id"):
            by_person[row["assignee_id"]].append(row)
    units = [
        {"id": unit_id, "name": unit_names.get(unit_id, str(unit_id)), **_group(by_unit[unit_id], rules)}
        for unit_id in sorted(by_unit, key=lambda u: (unit_names.get(u, ""), u))
    ]
    people = [
        {"id": user_id, "name": person_names.get(user_id, str(user_id)), **_group(by_person[user_id], rules)}
        for user_id in sorted(by_person, key=lambda u: (person_names.get(u, ""), u))
    ]
    return {
        "rules": rules.to_dict(),
        "total": _group(rows, rules),
        "units": units,
        "people": people,
        "cap": cap_check(units, people, rules),
        "items": {str(row["id"]): row for row in rows},
    }
