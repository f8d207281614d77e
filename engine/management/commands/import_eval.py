"""`manage.py import_eval [--set main|heldout] [--doc NAME] [--json] [--verbose]`: score the importer."""

import json

from django.core.management.base import BaseCommand

from engine.importing.evaluation import (
    CORPUS_SETS,
    DOCUMENT_GOAL,
    METRICS,
    OVERALL_GOAL,
    evaluate,
    load_expected,
    macro,
    set_files,
    total,
)


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.2f}"


class Command(BaseCommand):
    help = (
        "Import every corpus document (tests/importing/corpus/expected/, or with --set heldout the held-out "
        "documents nobody tunes on, tests/importing/corpus/heldout/expected/) and print recall, precision, "
        "lead-unit and due accuracy per document and overall. A measurement: exits 0."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--set",
            dest="corpus_set",
            choices=sorted(CORPUS_SETS),
            default="main",
            help="Which corpus to score: main (tuned on) or heldout (never tuned on). Default main.",
        )
        parser.add_argument("--doc", help="Only the document whose file name contains this text.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument("--verbose", action="store_true", help="List missed items and wrong leads/dues.")

    def handle(self, *args, **options):
        files = set_files(options["corpus_set"])
        if options["doc"]:
            files = [path for path in files if options["doc"] in path.name]
        scores = [evaluate(load_expected(path)) for path in files]
        pooled = total(scores)
        below = {one.name: failing for one in scores if (failing := one.below(DOCUMENT_GOAL))}
        overall_met = not pooled.below(OVERALL_GOAL) and not below
        if options["json"]:
            report = {
                "set": options["corpus_set"],
                "documents": [one.as_json() for one in scores],
                "overall": {metric: pooled.ratio(metric) for metric in METRICS},
                "macro": {metric: macro(scores, metric) for metric in METRICS},
                "below_document_goal": below,
                "goal_met": overall_met,
            }
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        if options["corpus_set"] == "heldout":
            self.stdout.write("Held-out set: documents no recogniser was tuned on (do not tune on them).")
        self.stdout.write(
            f"{'document':<48} {'exp':>4} {'got':>4} {'match':>5} "
            f"{'recall':>6} {'prec':>6} {'lead':>6} {'due':>6}"
        )
        for one in scores:
            flag = " <" if one.name in below else ""
            self.stdout.write(
                f"{one.name[:48]:<48} {one.expected:>4} {one.produced:>4} {one.matched:>5} "
                + " ".join(_pct(one.ratio(metric)) for metric in METRICS)
                + flag
            )
            if one.error:
                self.stdout.write(f"    error: {one.error[:300]}")
            elif not one.produced:
                self.stdout.write(f"    no item and no error (layout {one.layout})")
            if options["verbose"]:
                for label, lines in (
                    ("missed", one.missed),
                    ("lead", one.wrong_lead),
                    ("due", one.wrong_due),
                ):
                    for line in lines:
                        self.stdout.write(f"    {label}: {line[:160]}")
        self.stdout.write(
            f"{'overall (pooled items)':<48} {pooled.expected:>4} {pooled.produced:>4} {pooled.matched:>5} "
            + " ".join(_pct(pooled.ratio(metric)) for metric in METRICS)
        )
        self.stdout.write(
            f"{'mean of documents':<65} " + " ".join(_pct(macro(scores, metric)) for metric in METRICS)
        )
        self.stdout.write(
            f"{len(below)} of {len(scores)} documents below {DOCUMENT_GOAL:.2f} on a measure"
            + (f": {', '.join(sorted(below))}" if below else ".")
        )
        self.stdout.write(
            f"Goal (overall ≥ {OVERALL_GOAL:.2f} and every document ≥ {DOCUMENT_GOAL:.2f}): "
            + ("met." if overall_met else "not met.")
        )
