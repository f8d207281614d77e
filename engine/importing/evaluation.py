"""The import corpus's measuring stick: hand-read expected items against what import_document proposes.

An expected file (tests/importing/corpus/expected/<document>.json) names its document and lists
its tasks as a person finds them: where each stands, its first words, its lead unit(s) as
printed and its due (an ISO date, or a kind: ongoing, recurring, none, review). This module
matches those to the imported items by first words (accent-, case-, punctuation-insensitive,
one-to-one; on an item read by OCR a letter misread in twenty is tolerated, `OCR_SLACK`, since the
preview flags that row for a person to check its words) and scores recall, precision, lead-unit and
due accuracy. No database.

Two sets are kept apart (CORPUS_SETS): `main`, the corpus the recognisers are tuned on, and
`heldout` (tests/importing/corpus/heldout/), documents nobody tunes on, which measure how the
importer does on shapes it was not fitted to (see that folder's README for the rule).
"""

import difflib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings

from engine.text import fold

CORPUS_DIR = Path(settings.BASE_DIR) / "tests" / "importing" / "corpus"
EXPECTED_DIR = CORPUS_DIR / "expected"
HELDOUT_EXPECTED_DIR = CORPUS_DIR / "heldout" / "expected"
CORPUS_SETS = {"main": EXPECTED_DIR, "heldout": HELDOUT_EXPECTED_DIR}
DUE_KINDS = ("ongoing", "recurring", "none", "review")
DOCUMENT_GOAL = 0.90
OVERALL_GOAL = 0.95
METRICS = ("recall", "precision", "lead", "due")

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Numbering a reader or a recogniser may keep or drop before the content: "1.", "a)", "(3)", "II.", "-".
_LEADING_REF = re.compile(r"^\s*(?:[(\[]?(?:[0-9]+(?:[.][0-9]+)*|[a-zđ]|[ivxlc]+)[.)\]:]+\s*|[-+*•–—]+\s*)+")


def words(text: str) -> str:
    """`text` folded to lower-case unaccented words separated by single spaces."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def content_key(text: str) -> str:
    return words(_LEADING_REF.sub("", fold(text or "")))


def resolve_path(relative: str) -> Path:
    """A document's path as the expected file gives it, relative to the repository root.

    `../shared/…` is the shared folder beside the main checkout; a worktree elsewhere finds it in
    an ancestor. CORPUS_SHARED_DIR (the folder holding corpus/ and seeds/) is tried first, and a
    seed falls back to the repository's copy (SEEDS_DIR).
    """
    base = Path(settings.BASE_DIR)
    if not relative.startswith("../shared/"):
        return base / relative
    rest = relative.removeprefix("../shared/")
    candidates = [Path(override) / rest] if (override := os.environ.get("CORPUS_SHARED_DIR")) else []
    candidates += [folder / "shared" / rest for folder in (base, *base.parents)]
    if rest.startswith("seeds/"):
        candidates.append(Path(settings.SEEDS_DIR) / rest.removeprefix("seeds/"))  # the repository's copy
    return next((path for path in candidates if path.exists()), base.parent / "shared" / rest)


@dataclass
class Expected:
    name: str
    path: str
    items: list[dict]
    year: int | None = None
    has_lead: bool = True
    has_due: bool = True


def load_expected(path: Path) -> Expected:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Expected(
        name=path.name.removesuffix(".json"),
        path=data["document"],
        items=data["items"],
        year=data.get("year"),
        has_lead=data.get("has_lead", True),
        has_due=data.get("has_due", True),
    )


def expected_files(directory: Path = EXPECTED_DIR) -> list[Path]:
    return sorted(directory.glob("*.json"))


def set_files(name: str) -> list[Path]:
    """The expected files of one corpus set (`main` or `heldout`); an unknown name is an error."""
    if name not in CORPUS_SETS:
        raise ValueError(f"unknown corpus set {name!r}: choose one of {', '.join(CORPUS_SETS)}")
    return expected_files(CORPUS_SETS[name])


def check_expected(expected: Expected) -> list[str]:
    """What is wrong with an expected file (empty when it is well-formed)."""
    problems = []
    if not resolve_path(expected.path).is_file():
        problems.append(f"document {expected.path} not found")
    if expected.path.rsplit("/", 1)[-1] != expected.name:
        problems.append(f"file is named {expected.name} but names {expected.path}")
    if not expected.items:
        problems.append("no items")
    for number, item in enumerate(expected.items, start=1):
        if not item.get("where") or len(content_key(item.get("first_words", "")).split()) < 2:
            problems.append(f"item {number}: needs `where` and at least two first words")
        lead = item.get("lead")
        if lead is not None and not (isinstance(lead, list) and all(isinstance(u, str) for u in lead)):
            problems.append(f"item {number}: lead must be a list of printed unit names")
        due = item.get("due")
        if due is not None and due not in DUE_KINDS:
            try:
                date.fromisoformat(due)
            except (TypeError, ValueError):
                problems.append(f"item {number}: due {due!r} is neither an ISO date nor one of {DUE_KINDS}")
    return problems


# The share of characters an OCR'd item's first words may differ by (a misread letter, `xuấ` for
# `xuất`), over a key of at least OCR_SLACK_LENGTH characters.
OCR_SLACK = 0.05
OCR_SLACK_LENGTH = 20


def _matches(expected_key: str, produced_key: str, ocr: bool = False) -> bool:
    if not expected_key or not produced_key:
        return False
    if produced_key.startswith(expected_key):
        return True
    # A recogniser may keep a lead-in ("Giao Sở Nội vụ chủ trì") or drop a few words; a short slack.
    if expected_key in produced_key[: len(expected_key) + 60]:
        return True
    if ocr and len(expected_key) >= OCR_SLACK_LENGTH:
        head = produced_key[: len(expected_key) + 2]
        matcher = difflib.SequenceMatcher(None, expected_key, head, autojunk=False)
        if len(expected_key) - sum(block.size for block in matcher.get_matching_blocks()) <= OCR_SLACK * len(
            expected_key
        ):
            return True
    return len(produced_key) >= 20 and expected_key.startswith(produced_key)


# A request's verb before the bodies it asks, a run-in label with no colon (`3. Đề nghị Hội Cựu chiến
# binh, Hội Nông dân và Đoàn Thanh niên xã vận động …`), as a content key.
_REQUEST_LABEL = re.compile(r"^(?:de nghi|yeu cau) ")


def after_lead_label(item) -> str:
    """An item's content after a run-in label that only names its lead (`Ban Quản lý dự án …: Khẩn
    trương …`), which expected first words leave out whatever its length; "" where it has none. So
    is a request's label naming the bodies asked, printed with no colon (`request_label_rest`, matched
    without slack)."""
    lead = (getattr(item, "lead_text", "") or "").strip(" :")
    head, colon, rest = (item.content or "").partition(":")
    if lead and colon and content_key(head) == content_key(lead) and rest.strip():
        return rest
    return ""


def request_label_rest(item) -> str:
    """The content key after a request's label that names the item's whole lead (`Đề nghị <lead> …`,
    no colon); "" where the content opens otherwise. The expected first words must open it: no
    slack, for a lead read short of the label (`Ủy ban nhân dân các xã` of `Đề nghị Ủy ban nhân dân
    các xã vùng đệm (…) Chỉ đạo …`) leaves the rest of the name there, not the task."""
    lead = (getattr(item, "lead_text", "") or "").strip(" :")
    key, lead_key = content_key(item.content), content_key(lead)
    if (
        lead_key
        and (request := _REQUEST_LABEL.match(key))
        and key[request.end() :].startswith(lead_key + " ")
    ):
        return key[request.end() + len(lead_key) :].strip()
    return ""


def match_items(expected: list[dict], produced: list) -> list[tuple[int, int]]:
    """One-to-one pairs (expected index, produced index), taken in document order. An item's first
    words are matched with its run-in lead label and without it (older files kept the label)."""
    keys = [
        [key for key in (content_key(item.content), content_key(after_lead_label(item))) if key]
        for item in produced
    ]
    # (after a request's label naming the whole lead, the first words open the rest: no slack)
    rests = [request_label_rest(item) for item in produced]
    used: set[int] = set()
    pairs = []
    cursor = 0
    for index, item in enumerate(expected):
        wanted = content_key(item["first_words"])
        order = [*range(cursor, len(keys)), *range(cursor)]
        found = next(
            (
                p
                for p in order
                if p not in used
                and (
                    any(_matches(wanted, key, "ocr" in produced[p].reasons) for key in keys[p])
                    or bool(wanted and rests[p].startswith(wanted))
                )
            ),
            None,
        )
        if found is not None:
            used.add(found)
            pairs.append((index, found))
            cursor = found + 1
    return pairs


def lead_correct(expected_lead: list[str], item) -> bool:
    names = [item.lead_text or ""]
    for unit in item.lead_units:
        names += [unit.name, unit.short_name, *unit.aliases]
    produced = " | ".join(words(name) for name in names if name)
    if not expected_lead:
        return not produced.replace("|", "").strip()
    return all(words(unit) in produced for unit in expected_lead)


def due_correct(expected_due: str, item) -> bool:
    if expected_due == "none":
        return not item.due_text
    if expected_due == "ongoing":
        return item.recurrence == "ongoing"
    if expected_due == "recurring":
        return item.recurrence not in (None, "ongoing")
    if expected_due == "review":
        return bool(item.due_text) and (item.due_needs_review or item.due_date is None)
    return item.due_date is not None and item.due_date.isoformat() == expected_due


@dataclass
class Score:
    name: str
    expected: int = 0
    produced: int = 0
    matched: int = 0
    lead_scored: int = 0
    lead_right: int = 0
    due_scored: int = 0
    due_right: int = 0
    error: str = ""
    layout: str = ""
    missed: list[str] = field(default_factory=list)
    wrong_lead: list[str] = field(default_factory=list)
    wrong_due: list[str] = field(default_factory=list)

    def ratio(self, metric: str) -> float | None:
        numerator, denominator = {
            "recall": (self.matched, self.expected),
            "precision": (self.matched, self.produced),
            "lead": (self.lead_right, self.lead_scored),
            "due": (self.due_right, self.due_scored),
        }[metric]
        if metric == "precision" and self.produced == 0:
            return 0.0 if self.expected else None
        return numerator / denominator if denominator else None

    def below(self, goal: float) -> list[str]:
        return [m for m in METRICS if (value := self.ratio(m)) is not None and value < goal]

    def as_json(self) -> dict:
        return {
            "document": self.name,
            "layout": self.layout,
            "error": self.error,
            "expected": self.expected,
            "produced": self.produced,
            "matched": self.matched,
            **{metric: self.ratio(metric) for metric in METRICS},
            "lead_scored": self.lead_scored,
            "lead_right": self.lead_right,
            "due_scored": self.due_scored,
            "due_right": self.due_right,
            "missed": self.missed,
            "wrong_lead": self.wrong_lead,
            "wrong_due": self.wrong_due,
        }


def score(expected: Expected, produced: list, *, layout: str = "", error: str = "") -> Score:
    result = Score(
        expected.name, expected=len(expected.items), produced=len(produced), layout=layout, error=error
    )
    pairs = match_items(expected.items, produced)
    matched = {e for e, _ in pairs}
    result.matched = len(pairs)
    result.missed = [
        f"{item['where']}: {item['first_words']}" for i, item in enumerate(expected.items) if i not in matched
    ]
    for e, p in pairs:
        item, got = expected.items[e], produced[p]
        if expected.has_lead and item.get("lead") is not None:
            result.lead_scored += 1
            if lead_correct(item["lead"], got):
                result.lead_right += 1
            else:
                result.wrong_lead.append(f"{item['where']}: want {item['lead']}, got {got.lead_text!r}")
        if expected.has_due and item.get("due") is not None:
            result.due_scored += 1
            if due_correct(item["due"], got):
                result.due_right += 1
            else:
                shown = got.due_date.isoformat() if got.due_date else got.recurrence
                result.wrong_due.append(
                    f"{item['where']}: want {item['due']}, got {got.due_text!r} → {shown}"
                )
    return result


def evaluate(expected: Expected) -> Score:
    """Import the expected file's document (no units, no database) and score it; a failure scores 0."""
    path = resolve_path(expected.path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return score(expected, [], error=f"{type(exc).__name__}: {exc}")
    return evaluate_bytes(expected, data, path.name)


def evaluate_bytes(expected: Expected, data: bytes, name: str) -> Score:
    """Import a document given as bytes (no units, no database) and score it; a failure scores 0."""
    from engine.importing.build import import_document

    try:
        imported = import_document(data, name, units=[], year=expected.year)
    except Exception as exc:  # any failure is a 0 for this document, shown with its reason
        return score(expected, [], error=f"{type(exc).__name__}: {exc}")
    return score(expected, imported.items, layout=imported.layout)


def total(scores: list[Score]) -> Score:
    """All documents pooled: every expected item and every produced item counts once."""
    pooled = Score("overall")
    for one in scores:
        for name in (
            "expected",
            "produced",
            "matched",
            "lead_scored",
            "lead_right",
            "due_scored",
            "due_right",
        ):
            setattr(pooled, name, getattr(pooled, name) + getattr(one, name))
    return pooled


def macro(scores: list[Score], metric: str) -> float | None:
    values = [value for one in scores if (value := one.ratio(metric)) is not None]
    return sum(values) / len(values) if values else None
