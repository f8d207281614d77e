"""A printed due outside the programme's period: warned and flagged; before the period, a person sets it."""

from datetime import date

from engine.importing.build import build_items
from engine.importing.model import RawItem, RawProgramme
from engine.importing.units import UnitResolver


def _built(*dues):
    raw = RawProgramme(
        layout="columns",
        title="Lịch phổ biến thông tin thống kê năm 2026",
        kind="year",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        items=[RawItem(content=f"Nhiệm vụ {n}", line=n, due=due) for n, due in enumerate(dues, start=1)],
    )
    return build_items(raw, UnitResolver([]), [])[0]


def test_a_due_before_the_period_is_kept_as_read_and_left_for_a_person_to_set():
    before, inside, after = _built("Tháng 6/2025", "Tháng 6/2026", "15/01/2027")
    assert before.due_date == date(2025, 6, 30) and before.due_needs_review
    assert "due_outside" in before.reasons and before.confidence == 0.7
    assert inside.due_date == date(2026, 6, 30) and not inside.due_needs_review
    assert "due_outside" not in inside.reasons
    # After the period a due may be meant (a task running into next year): warned, not left to set.
    assert after.due_date == date(2027, 1, 15) and not after.due_needs_review
    assert "due_outside" in after.reasons
