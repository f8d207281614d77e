"""docs/examples/report_overdue.py, the example of docs/api.md, run against a live server."""

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from api.models import ApiToken
from engine.models import Attachment, WorkItem

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "examples" / "report_overdue.py"


@pytest.mark.django_db(transaction=True)
def test_example_lists_overdue_items_and_reports_one(live_server, capsys, tmp_path):
    from tests.factories import build_world

    world = build_world("ex")
    late = world.item_in("assigned", content="Báo cáo quá hạn", due=date(2025, 1, 15))
    world.item_in("in_progress", content="Chưa đến hạn", due=date(2099, 1, 1))
    _token, key = ApiToken.issue(user=world.head_a, name="example")
    evidence = tmp_path / "bien-ban.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")

    spec = importlib.util.spec_from_file_location("report_overdue", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.BASE, script.TOKEN = live_server.url, key
    script.main("QLKH", [str(evidence)])

    out = capsys.readouterr().out
    assert "Báo cáo quá hạn" in out and "Chưa đến hạn" not in out
    assert f"reported #{late.pk}: now reported" in out
    assert WorkItem.objects.get(pk=late.pk).state == "reported"
    assert Attachment.objects.get().original_name == "bien-ban.pdf"
