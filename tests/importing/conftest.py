"""Fixtures for import tests: the demo organisations and a helper that runs the command."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from engine.demo import seed_demo


def seed_path(number: str) -> Path:
    return next(Path(settings.SEEDS_DIR).glob(f"{number}_*.txt"))


@pytest.fixture
def demo(db):
    seed_demo("x")


def import_once(django_db_blocker, *args) -> dict:
    """A dry-run import into the demo organisations, rolled back: for module-scoped fixtures."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        seed_demo("x")
        result = run_import(*args)
        transaction.set_rollback(True)
    return result


def run_import(*args) -> dict:
    out = StringIO()
    call_command("import_programme", *[str(a) for a in args], "--json", stdout=out)
    return json.loads(out.getvalue())
