"""The rules of docs/architecture.md, kept true by reading the source."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["config", "engine", "flows", "notifications"]
TRANSITION_CALL = re.compile(
    r"\._(assign|start|report|accept|return|cancel|reopen|publish|close|submit|send_back)\(\)"
)
STATE_WRITE = re.compile(
    r"\.state\s*=[^=]|state\s*=\s*WorkItem\.State|update\([^)]*\bstate=|\bSET\s+(\w+\.)?state\s*="
)
# In SQL, `i.state = %(x)s` after WHEN/WHERE/AND/OR/ON is a comparison, not a write.
SQL_COMPARISON = re.compile(r"\b(WHEN|WHERE|AND|OR|ON)\s+(NOT\s+)?\w+\.state\s*=")


def _sources():
    for package in PACKAGES:
        base = ROOT / package
        if base.exists():
            yield from (p for p in base.rglob("*.py") if "migrations" not in p.parts)


def test_only_engine_services_call_transition_methods():
    offenders = []
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("engine/services/"):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            writes_state = STATE_WRITE.search(line) and not SQL_COMPARISON.search(line)
            if TRANSITION_CALL.search(line) or writes_state:
                offenders.append(f"{rel}:{number}: {line.strip()}")
    assert offenders == [], "state written outside engine/services:\n" + "\n".join(offenders)


def test_engine_does_not_import_flows_or_notifications():
    pattern = re.compile(r"^\s*(from|import)\s+(flows|notifications)\b", re.MULTILINE)
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "engine").rglob("*.py")
        if pattern.search(p.read_text())
    ]
    assert offenders == []


def test_every_module_starts_with_a_docstring():
    missing = []
    for path in _sources():
        text = path.read_text().lstrip()
        if path.name == "__init__.py" and not text:
            continue
        if not (text.startswith('"""') or text.startswith("'''")):
            missing.append(path.relative_to(ROOT).as_posix())
    assert missing == []
