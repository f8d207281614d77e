"""`manage.py import_eval [--set main|heldout|perturbed] [--doc NAME] [--exclude REGEX] [--json]`: scores.

`--set perturbed` imports main-corpus items re-rendered as new documents (engine/importing/perturb.py)
and prints its scores per variant and per family, then the worst variants.
"""

import json
import re

from django.core.management.base import BaseCommand, CommandError

from engine.importing.evaluation import (
    CORPUS_SETS,
    DOCUMENT_GOAL,
    METRICS,
    OVERALL_GOAL,
    evaluate,
    evaluate_bytes,
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
            choices=sorted([*CORPUS_SETS, "perturbed"]),
            default="main",
            help=(
                "Which corpus to score: main (tuned on), heldout (never tuned on) or perturbed (main-corpus "
                "items re-rendered as new documents, engine/importing/perturb.py). Default main."
            ),
        )
        parser.add_argument("--seed", type=int, default=None, help="perturbed: the seed (default 13).")
        parser.add_argument(
            "--worst", type=int, default=12, help="perturbed: how many worst variants to list."
        )
        parser.add_argument("--doc", help="Only the document whose file name contains this text.")
        parser.add_argument(
            "--exclude",
            metavar="REGEX",
            help=(
                "Skip the documents whose file name matches this regular expression (a sample not to be "
                "seen yet, e.g. '^h7(1[3-9]|2[0-9]|3[0-2])_')."
            ),
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument("--verbose", action="store_true", help="List missed items and wrong leads/dues.")

    def handle(self, *args, **options):
        if options["corpus_set"] == "perturbed":
            return self.perturbed(options)
        files = set_files(options["corpus_set"])
        if options["doc"]:
            files = [path for path in files if options["doc"] in path.name]
        if options["exclude"]:
            try:
                skip = re.compile(options["exclude"])
            except re.error as error:
                raise CommandError(f"--exclude: not a regular expression ({error})") from error
            files = [path for path in files if not skip.search(path.name)]
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

    def perturbed(self, options):
        from engine.importing.perturb import DEFAULT_SEED, generate

        seed = DEFAULT_SEED if options["seed"] is None else options["seed"]
        documents = generate(seed, only=options["doc"])
        results = [(one, evaluate_bytes(one.expected, one.data, one.name)) for one in documents]
        by_variant: dict[tuple[str, str], list] = {}
        by_family: dict[str, list] = {}
        for one, result in results:
            by_variant.setdefault((one.variant.family, one.variant.describe()), []).append(result)
            by_family.setdefault(one.variant.family, []).append(result)
        pooled = total([result for _, result in results])
        if options["json"]:
            report = {
                "set": "perturbed",
                "seed": seed,
                "families": {name: {m: total(s).ratio(m) for m in METRICS} for name, s in by_family.items()},
                "variants": [
                    {
                        "family": family,
                        "variant": value,
                        "documents": len(s),
                        **{m: total(s).ratio(m) for m in METRICS},
                    }
                    for (family, value), s in by_variant.items()
                ],
                "documents": [{"variant": one.variant.describe(), **r.as_json()} for one, r in results],
                "overall": {metric: pooled.ratio(metric) for metric in METRICS},
            }
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        self.stdout.write(
            f"Perturbed set (seed {seed}): {len(results)} documents re-rendered from main-corpus items, "
            "one axis away from the baseline per family (mixed: every axis drawn at random)."
        )
        head = f"{'family':<15} {'variant':<44} {'docs':>4} {'exp':>4} {'got':>4} {'match':>5} "
        head += f"{'recall':>6} {'prec':>6} {'lead':>6} {'due':>6}"
        self.stdout.write(head)

        def line(family: str, label: str, scores: list) -> str:
            one = total(scores)
            return (
                f"{family[:15]:<15} {label[:44]:<44} {len(scores):>4} {one.expected:>4} {one.produced:>4} "
                f"{one.matched:>5} " + " ".join(_pct(one.ratio(metric)) for metric in METRICS)
            )

        show_all = options["verbose"]
        for (family, value), scores in by_variant.items():
            if family != "mixed" or show_all:
                self.stdout.write(line(family, value, scores))
        self.stdout.write("per family:")
        for family, scores in by_family.items():
            self.stdout.write(line(family, "(all its variants)", scores))
        self.stdout.write(line("overall", "(pooled items)", [result for _, result in results]))

        def worst(scores) -> float:
            values = [value for m in METRICS if (value := total(scores).ratio(m)) is not None]
            return min(values, default=1.0)

        ranked = sorted(by_variant.items(), key=lambda entry: worst(entry[1]))
        ranked = [entry for entry in ranked if worst(entry[1]) < 1.0][: options["worst"]]
        self.stdout.write(f"worst variants ({len(ranked)} shown, by their lowest measure):")
        for (family, value), scores in ranked:
            self.stdout.write(f"  {worst(scores):.2f}  {family}: {value}")
        empty = [one.name for one, result in results if not result.produced]
        self.stdout.write(
            f"{len(empty)} documents yielded no item" + (f": {', '.join(empty)}" if empty else ".")
        )
        if show_all:
            for one, result in results:
                lines = [*(("missed", x) for x in result.missed), *(("lead", x) for x in result.wrong_lead)]
                lines += [("due", x) for x in result.wrong_due]
                if result.error:
                    lines.insert(0, ("error", result.error[:300]))
                if lines:
                    self.stdout.write(f"  {one.name} [{one.variant.describe()}] layout {result.layout}")
                    for label, text in lines:
                        self.stdout.write(f"    {label}: {text[:160]}")
