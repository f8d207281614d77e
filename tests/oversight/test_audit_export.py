"""The audit trail filtered by actor, action and days, and exported as .xlsx and .csv by the
inspectorate and the director (engine.exports.audit_export)."""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from engine.models import AuditEvent
from tests.factories import advance

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def trail(world, time_machine):
    """Items created on 2 March, assigned on 3 March, one reported and accepted on 10 March."""
    time_machine.move_to(datetime(2026, 3, 2, 9, 0, tzinfo=VN), tick=False)
    items = [world.item(content=f"Việc {n}") for n in range(3)]
    time_machine.move_to(datetime(2026, 3, 3, 9, 0, tzinfo=VN), tick=False)
    items = [advance(world, item, "assign") for item in items]
    time_machine.move_to(datetime(2026, 3, 10, 23, 30, tzinfo=VN), tick=False)  # late evening, local
    done = advance(world, advance(world, items[0], "start"), "report")
    advance(world, done, "accept")
    return items


def _csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def _xlsx(response) -> list[tuple]:
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return list(sheet.iter_rows(values_only=True))


def test_director_exports_csv_filtered_by_verb_and_day(client, world, trail):
    client.force_login(world.director)
    url = reverse("audit_export", args=["csv"])
    one_day = {"date_from": "10/03/2026", "date_to": "10/03/2026"}
    response = client.get(url, {"verb": "work_item.accept", **one_day})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _csv(response)
    assert rows[0][:3] == ["Số TT", "Thời gian", "Người thực hiện"]
    assert len(rows) == 2 and rows[1][5] == "work_item.accept" and rows[1][1] == "10/03/2026 23:30:00"
    assert rows[1][12] == AuditEvent.objects.get(verb="work_item.accept").hash


def test_inspectorate_exports_xlsx_filtered_by_actor(client, world, trail):
    client.force_login(world.inspectorate)
    response = client.get(reverse("audit_export", args=["xlsx"]), {"actor": world.secretariat.pk})
    assert response.status_code == 200
    rows = _xlsx(response)
    expected = AuditEvent.objects.filter(organisation=world.org, actor=world.secretariat).count()
    assert len(rows) - 1 == expected and expected >= 6  # 3 created + 3 assigned (+ programme)
    assert {row[3] for row in rows[1:]} == {world.secretariat.username}
    assert isinstance(rows[1][1], datetime)  # a real date-time cell, not text
    seqs = [row[0] for row in rows[1:]]
    assert seqs == sorted(seqs, reverse=True)


def test_date_range_includes_both_local_days(client, world, trail):
    client.force_login(world.director)
    days = {"date_from": "03/03/2026", "date_to": "10/03/2026"}
    rows = _csv(client.get(reverse("audit_export", args=["csv"]), days))
    verbs = {row[5] for row in rows[1:]}
    assert "work_item.assign" in verbs and "work_item.accept" in verbs and "work_item.create" not in verbs


def test_the_page_filters_the_same_way_and_links_the_exports(client, world, trail):
    client.force_login(world.inspectorate)
    html = client.get(reverse("audit_trail"), {"verb": "work_item.assign"}).content.decode()
    assert html.count("data-seq=") == 3
    assert 'data-testid="audit-export"' in html and "export.xlsx?verb=work_item.assign" in html


def test_deputy_sees_the_trail_but_does_not_export(client, world, trail):
    client.force_login(world.deputy)
    assert client.get(reverse("audit_trail")).status_code == 200
    assert 'data-testid="audit-export"' not in client.get(reverse("audit_trail")).content.decode()
    assert client.get(reverse("audit_export", args=["csv"])).status_code == 403


@pytest.mark.parametrize("role", ["staff_a", "head_a", "secretariat", "evaluator"])
def test_others_may_not_export(client, world, trail, role):
    client.force_login(getattr(world, role))
    assert client.get(reverse("audit_export", args=["xlsx"])).status_code == 403


def test_another_organisations_director_gets_only_their_own_trail(client, world, trail):
    client.force_login(world.director_x)
    rows = _csv(client.get(reverse("audit_export", args=["csv"])))
    assert all("Việc" not in row[6] for row in rows[1:])


def test_backwards_date_range_is_said_on_the_page(client, world, trail):
    client.force_login(world.director)
    html = client.get(reverse("audit_trail"), {"date_from": "10/03/2026", "date_to": "01/03/2026"}).content
    assert "Ngày kết thúc trước ngày bắt đầu." in html.decode()


def test_export_reads_in_a_fixed_number_of_queries(client, world, trail, django_assert_max_num_queries):
    client.force_login(world.director)
    client.get(reverse("audit_export", args=["csv"]))
    with django_assert_max_num_queries(8):
        response = client.get(reverse("audit_export", args=["xlsx"]))
        _xlsx(response)
