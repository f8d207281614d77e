"""Evaluation pages and exports: numbers link to evidence, .xlsx and .docx checked cell by cell, access."""

import io

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from engine.models import Evaluation
from tests.factories import run_queued_evaluations
from tests.oversight.scenario import at, build

pytestmark = pytest.mark.django_db
MARCH = {"kind": "month", "year": 2026, "number": 3}


@pytest.fixture
def evaluation(world, client, django_capture_on_commit_callbacks):
    s = build(world)
    client.force_login(world.evaluator)
    # The computation is queued on commit (and runs in-process: no broker in the tests).
    with at("2026-04-03"), django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("evaluation_list"), MARCH)
        run_queued_evaluations()  # the worker, where a broker is configured
    assert response.status_code == 302
    return s, Evaluation.objects.get()


def test_evaluator_computes_and_every_number_links_to_its_items(world, client, evaluation):
    _s, ev = evaluation
    page = client.get(reverse("evaluation_detail", args=[ev.pk])).content.decode()
    late_link = f"{reverse('evaluation_evidence', args=[ev.pk])}?group=unit:{world.unit_a.pk}&tag=late"
    assert late_link in page
    evidence_url = reverse("evaluation_evidence", args=[ev.pk])
    evidence = client.get(evidence_url, {"group": f"unit:{world.unit_a.pk}", "tag": "late"})
    body = evidence.content.decode()
    assert "Trễ hạn có lý do" in body and "Quá hạn chưa xong" not in body
    assert "Thiếu minh chứng." in body and str(world.director) in body  # the return, its reason and actor
    assert "bien-ban.pdf" in body and "Mưa lũ kéo dài." in body
    returned = client.get(reverse("evaluation_evidence", args=[ev.pk]), {"group": "total", "tag": "returned"})
    assert "Trễ hạn có lý do" in returned.content.decode()


def test_evidence_page_queries_are_constant(world, client, evaluation, django_assert_max_num_queries):
    _s, ev = evaluation
    # The items are rows of their own (EvaluationItem), read in one query: 9 in all.
    with django_assert_max_num_queries(9):
        client.get(reverse("evaluation_evidence", args=[ev.pk]), {"group": "total", "tag": "assigned"})


def test_evaluation_xlsx_has_a_sheet_per_unit_with_evidence_rows(world, client, evaluation):
    s, ev = evaluation
    response = client.get(reverse("evaluation_export", args=[ev.pk, "xlsx"]))
    book = load_workbook(io.BytesIO(response.getvalue()))
    assert book.sheetnames[0] == "Tổng hợp"
    unit_names = [u["name"] for u in ev.result["units"]]
    assert book.sheetnames[1:] == [n[:31] for n in unit_names]
    summary = book["Tổng hợp"]
    rows = {summary.cell(row=r, column=1).value: r for r in range(4, summary.max_row + 1)}
    r = rows[world.unit_a.name]
    unit_a = next(u for u in ev.result["units"] if u["id"] == world.unit_a.pk)
    assert summary.cell(row=r, column=2).value == unit_a["counts"]["assigned"] == 4
    assert summary.cell(row=r, column=12).value == float(unit_a["score"]["score"])
    sheet = book[world.unit_a.name[:31]]
    by_content = {sheet.cell(row=r, column=2).value: r for r in range(5, sheet.max_row + 1)}
    r = by_content["Trễ hạn có lý do"]
    assert sheet.cell(row=r, column=4).value == "Hoàn thành quá hạn"
    assert sheet.cell(row=r, column=5).value == 6
    assert "Thiếu minh chứng." in sheet.cell(row=r, column=7).value
    assert str(world.director) in sheet.cell(row=r, column=8).value
    assert "Mưa lũ kéo dài." in sheet.cell(row=r, column=10).value
    item_url = reverse("work_item_detail", args=[s.late.pk])
    assert sheet.cell(row=r, column=13).hyperlink.target.endswith(item_url)
    file_row = r + 1
    assert sheet.cell(row=file_row, column=2).value == "Tệp minh chứng"
    assert sheet.cell(row=file_row, column=13).value == "bien-ban.pdf"
    assert "/attachments/" in sheet.cell(row=file_row, column=13).hyperlink.target


def test_evaluation_docx_follows_the_administrative_layout(world, client, evaluation):
    _s, ev = evaluation
    response = client.get(reverse("evaluation_export", args=[ev.pk, "docx"]))
    doc = Document(io.BytesIO(response.getvalue()))
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 1) == 3.0 and round(section.top_margin.cm, 1) == 2.0
    assert doc.styles["Normal"].font.name == "Times New Roman"
    head = doc.tables[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head.cell(0, 1).text
    assert "Độc lập - Tự do - Hạnh phúc" in head.cell(0, 1).text
    assert world.org.name.upper() in head.cell(0, 0).text
    texts = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in texts
    assert any(t.startswith("I. CĂN CỨ") for t in texts)
    assert any(t.startswith("III. KẾT QUẢ THEO ĐƠN VỊ") for t in texts)
    assert "PHỤ LỤC" in texts
    sizes = {run.font.size.pt for p in doc.paragraphs for run in p.runs if run.font.size}
    assert sizes <= {11, 12, 13, 14}
    appendix = doc.tables[-1]
    assert [c.text for c in appendix.rows[0].cells][:3] == ["STT", "Đơn vị / cá nhân", "Giao"]
    unit_row = next(row for row in appendix.rows if row.cells[1].text == world.unit_a.name)
    assert unit_row.cells[2].text == "4"
    unit_a = next(u for u in ev.result["units"] if u["id"] == world.unit_a.pk)
    assert unit_row.cells[7].text == unit_a["score"]["score"]


def test_evaluation_docx_writes_out_the_longest_delays_and_counts_the_rest(
    world, client, evaluation, monkeypatch
):
    from engine.exports import reports_docx

    _s, ev = evaluation
    unit_a = next(u for u in ev.result["units"] if u["id"] == world.unit_a.pk)
    slipped = [ev.result["items"][str(i)] for i in unit_a["item_ids"]["late"] + unit_a["item_ids"]["overdue"]]
    assert len(slipped) >= 2
    longest = max(slipped, key=lambda item: item["days_late"])
    monkeypatch.setattr(reports_docx, "LISTED_PER_UNIT", 1)
    response = client.get(reverse("evaluation_export", args=[ev.pk, "docx"]))
    texts = [p.text for p in Document(io.BytesIO(response.getvalue())).paragraphs]
    listed = [item for item in slipped if any(item["content"] in t and "ngày làm việc" in t for t in texts)]
    assert listed == [longest]
    assert f"Và {len(slipped) - 1} nhiệm vụ chậm tiến độ khác của đơn vị" in " ".join(texts)


@pytest.mark.parametrize("role", ["inspectorate", "secretariat", "head_a", "staff_a"])
def test_scores_are_hidden_from_everyone_but_evaluators_and_leaders(world, client, evaluation, role):
    _s, ev = evaluation
    client.force_login(getattr(world, role))
    for url in (
        reverse("evaluation_list"),
        reverse("evaluation_detail", args=[ev.pk]),
        reverse("evaluation_evidence", args=[ev.pk]),
        reverse("evaluation_export", args=[ev.pk, "xlsx"]),
        reverse("evaluation_export", args=[ev.pk, "docx"]),
        reverse("rubric"),
    ):
        assert client.get(url).status_code == 403, url


@pytest.mark.parametrize("role", ["director", "deputy", "evaluator"])
def test_evaluators_and_leaders_see_scores(world, client, evaluation, role):
    _s, ev = evaluation
    client.force_login(getattr(world, role))
    assert client.get(reverse("evaluation_detail", args=[ev.pk])).status_code == 200


def test_deputy_sees_but_does_not_freeze_and_other_org_gets_404(world, client, evaluation):
    _s, ev = evaluation
    client.force_login(world.deputy)
    client.post(reverse("evaluation_freeze", args=[ev.pk]))
    ev.refresh_from_db()
    assert not ev.is_frozen
    client.force_login(world.evaluator_x)
    assert client.get(reverse("evaluation_detail", args=[ev.pk])).status_code == 404
    client.force_login(world.evaluator)
    client.post(reverse("evaluation_freeze", args=[ev.pk]))
    ev.refresh_from_db()
    assert ev.is_frozen


def test_rubric_page_saves_a_new_version(world, client):
    client.force_login(world.evaluator)
    form = client.get(reverse("rubric")).context["form"]
    data = {**form.initial, "good_from": "72", "note": "Theo quy chế mới."}
    response = client.post(reverse("rubric"), data)
    assert response.status_code == 302
    versions = [(r.version, r.rules["good_from"]) for r in world.org.rubrics.all()]
    assert versions == [(2, "72"), (1, "70")]


def _write_evaluation_xlsx(ev) -> tuple[bytes, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from engine.exports.evaluation_xlsx import evaluation_xlsx_write

    out = io.BytesIO()
    with CaptureQueriesContext(connection) as captured:
        rows = evaluation_xlsx_write(
            ev, out, title="T", item_url=lambda pk: f"/w/{pk}", attachment_url=lambda pk: f"/a/{pk}"
        )
    return out.getvalue(), rows, len(captured)


def _more_evaluated_items(ev, unit_ids: list[int], n: int) -> None:
    """`n` more evaluated items led by each of `unit_ids` (copies of a stored item's evidence)."""
    from engine.models import EvaluationItem

    template = EvaluationItem.objects.filter(evaluation=ev).order_by("work_item_id").first()
    start = EvaluationItem.objects.filter(evaluation=ev).order_by("-work_item_id").first().work_item_id
    for k in range(1, n + 1):
        pk = start + k
        evidence = {
            **template.evidence,
            "id": pk,
            "ref": f"X.{k}",
            "content": f"Thêm {k}",
            "lead_unit_ids": unit_ids,
        }
        EvaluationItem.objects.create(
            evaluation=ev,
            work_item_id=pk,
            outcome=template.outcome,
            delays=template.delays,
            returns=template.returns,
            waived=template.waived,
            lead_unit_ids=unit_ids,
            evidence=evidence,
        )


def test_evaluation_xlsx_queries_are_constant_in_the_number_of_items(world, evaluation):
    _s, ev = evaluation
    units = ev.result["units"]
    assert len(units) >= 2
    _bytes, few_rows, few = _write_evaluation_xlsx(ev)
    _more_evaluated_items(ev, [units[1]["id"], units[0]["id"]], 25)
    data, many_rows, many = _write_evaluation_xlsx(ev)
    assert many_rows == few_rows + 50  # each new item in two unit sheets
    assert many == few <= 3  # the facts, the evidence rows (one cursor) and nothing per row or unit
    sheet = load_workbook(io.BytesIO(data))[units[1]["name"][:31]]
    assert "Thêm 25" in [sheet.cell(row=r, column=2).value for r in range(5, sheet.max_row + 1)]


def test_evaluation_xlsx_rows_are_the_whole_result_s_items_in_order(world, evaluation):
    """The streamed workbook holds what the whole result (`evaluation_result_from_facts`) lists."""
    from engine.selectors.scoring_facts import evaluation_result_from_facts

    _s, ev = evaluation
    units = ev.result["units"]
    _more_evaluated_items(ev, [units[-1]["id"], units[0]["id"]], 3)
    result = evaluation_result_from_facts(ev)
    book = load_workbook(io.BytesIO(_write_evaluation_xlsx(ev)[0]))
    assert book.sheetnames[1:] == [u["name"][:31] for u in result["units"]]
    for unit in result["units"]:
        sheet = book[unit["name"][:31]]
        item_rows = [r for r in range(5, sheet.max_row + 1) if sheet.cell(row=r, column=13).value == "Mở"]
        expected = [result["items"][str(i)] for i in unit["item_ids"]["assigned"]]
        assert len(item_rows) == len(expected)  # the added items too (the facts are not recomputed)
        for r, item in zip(item_rows, expected, strict=True):
            assert (sheet.cell(row=r, column=1).value or "") == item["ref"]  # empty text: no cell
            assert sheet.cell(row=r, column=2).value == item["content"]
            due = sheet.cell(row=r, column=3).value
            assert (due.date().isoformat() if due else None) == item["due_date"]
            assert sheet.cell(row=r, column=5).value == item["days_late"]
            assert sheet.cell(row=r, column=9).value == len(item["reports"])
            assert sheet.cell(row=r, column=13).hyperlink.target == f"/w/{item['id']}"
            files = [a["name"] for report in item["reports"] for a in report["attachments"]]
            assert [sheet.cell(row=r + 1 + k, column=13).value for k in range(len(files))] == files


@pytest.mark.parametrize(
    ("today", "year"), [("2026-12-10", 2026), ("2027-01-12", 2026), ("2027-02-01", 2027)]
)
def test_the_evaluation_page_offers_the_year_being_scored(world, client, today, year):
    """A thi đua board scores the year: in December the current one, in January the one just ended."""
    with at(today):
        client.force_login(world.evaluator)
        form = client.get(reverse("evaluation_list")).context["form"]
    assert (form["kind"].value(), form["year"].value(), form["number"].value()) == ("year", year, 1)
