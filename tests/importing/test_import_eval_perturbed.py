"""The perturbed import set (engine/importing/perturb.py): seeded, one axis per family, and scored.

No score is asserted: the set is a measurement (`make import-eval SET=perturbed`), like the held-out set.
"""

import json
import random
from dataclasses import asdict
from io import StringIO

from django.core.management import call_command

from engine.importing.evaluation import check_expected, evaluate_bytes
from engine.importing.perturb import BASELINE, generate, item_pool, render_due, unaccented

# The Variant fields each family may move away from the baseline.
AXES = {
    "format": {"fmt"},
    "content_header": {"content_header"},
    "lead_header": {"lead_header"},
    "due_header": {"due_header"},
    "extra_columns": {"extras"},
    "column_order": {"order"},
    "preamble": {"preamble"},
    "numbering": {"numbering"},
    "due_form": {"due_form"},
    "accents": {"accents"},
    "header_style": {"header_style"},
    "prose_labels": {"fmt", "lead_header", "due_header"},
}
TEXT_FORMATS = (".txt", ".csv", ".md", ".html")


def _described(documents):
    return [(one.name, one.variant, one.expected.year, one.expected.items) for one in documents]


def test_the_same_seed_writes_the_same_documents_and_another_seed_others():
    first, again, other = generate(13, only="mixed"), generate(13, only="mixed"), generate(14, only="mixed")
    assert len(first) == 40
    assert _described(first) == _described(again)
    assert [one.data for one in first if one.name.endswith(TEXT_FORMATS)] == [
        one.data for one in again if one.name.endswith(TEXT_FORMATS)
    ]
    assert _described(first) != _described(other)


def test_each_family_moves_only_its_own_axis_from_the_baseline():
    baseline = asdict(BASELINE)
    documents = generate(13, render=False)  # every document's variant and items, no bytes
    families = {one.variant.family for one in documents}
    assert AXES.keys() <= families and {"baseline", "mixed"} <= families
    for one in documents:
        if one.variant.family in AXES:
            moved = {key for key, value in asdict(one.variant).items() if value != baseline[key]}
            assert moved - {"family"} <= AXES[one.variant.family], one.name
        expected = one.expected
        assert 6 <= len(expected.items) <= 10
        problems = [p for p in check_expected(expected) if "not found" not in p and "is named" not in p]
        assert problems == [], one.name


def test_the_item_pool_leaves_out_ocr_sources_and_short_or_unled_items():
    pool = item_pool()
    assert len(pool) > 500
    assert all(item["lead"] and item["due"] != "review" for item in pool)
    assert all(len(item["content"].split()) >= 4 for item in pool)
    assert not any("Huéng dan" in item["content"] for item in pool)  # seed 004's OCR


def test_a_due_is_printed_in_the_form_asked_and_expected_as_that_text_means():
    rng = random.Random(1)
    assert render_due("2026-05-11", "Quý I", 2026, rng) == ("Quý II", "2026-06-30")
    assert render_due("2026-05-11", "Tháng 3/2026", 2026, rng) == ("Tháng 5/2026", "2026-05-31")
    before = ("Trước ngày 11/5/2026", "2026-05-11")
    assert render_due("2026-05-11", "Trước ngày 31/3/2026", 2026, rng) == before
    # A form without a year is used only for a due in the document's own year.
    assert render_due("2027-05-11", "Quý I", 2026, rng) == ("11/5/2027", "2027-05-11")
    assert render_due("none", "Quý I", 2026, rng) == ("", "none")
    assert unaccented("Đơn vị chủ trì") == "Don vi chu tri"


def test_a_generated_document_imports_and_is_scored():
    one = generate(13, only="_baseline")[0]
    result = evaluate_bytes(one.expected, one.data, one.name)
    assert result.expected == len(one.expected.items)
    assert result.error == ""
    assert result.ratio("recall") is not None


def test_the_command_scores_the_perturbed_set_per_family_and_variant():
    out = StringIO()
    call_command("import_eval", "--set", "perturbed", "--doc", "_due_form", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["set"] == "perturbed" and report["seed"] == 13
    assert set(report["families"]) == {"due_form"}
    assert len(report["variants"]) == 12 and all(v["documents"] == 2 for v in report["variants"])
    assert all(document["recall"] is not None for document in report["documents"])
    text = StringIO()
    call_command("import_eval", "--set", "perturbed", "--doc", "_accents", stdout=text)
    printed = text.getvalue()
    assert "per family:" in printed and "worst variants" in printed and "overall" in printed
