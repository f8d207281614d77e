"""The table and week calendar recognisers on the seeds: each answers only the shape it reads."""

from pathlib import Path

import pytest
from django.conf import settings

from engine.importing.layouts import calendar_weeks, tables
from engine.importing.readers import read_document
from engine.importing.recognition import Context


def _document(number: str):
    path = next(Path(settings.SEEDS_DIR).glob(f"{number}_*.txt"))
    return read_document(path.read_bytes(), path.name)


@pytest.mark.parametrize(
    ("number", "rows"), [("000", 137), ("001", None), ("002", None), ("003", None), ("004", None)]
)
def test_the_table_recogniser_reads_only_the_column_table(number, rows):
    found = tables.recognise(Context(_document(number), None))
    assert (len(found.items) if found else None) == rows
    if found:
        assert found.support > 0.9


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_no_seed_is_a_week_calendar(number):
    assert calendar_weeks.recognise(Context(_document(number), None, year=2026)) is None
