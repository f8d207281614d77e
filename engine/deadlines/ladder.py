"""The escalation ladder as pure rules: its steps, when each fires, and the default ladder.

A step fires `offset` working days after a deadline (before it when negative). For a
whole sweep the question "which deadlines have reached step s today?" becomes one date
per step (`deadline_cutoff`): every deadline on or before it has reached the step. That
is what lets the sweep select candidates in SQL instead of looping over items.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from engine.deadlines.calendar import WorkingCalendar

ASSIGNEE, UNIT_HEAD, SUPERVISOR, DIRECTOR, INSPECTORATE = (
    "assignee",
    "unit_head",
    "supervisor",
    "director",
    "inspectorate",
)


@dataclass(frozen=True)
class Step:
    step: int
    offset: int  # working days after the deadline; negative = before
    recipients: tuple[str, ...]
    marks_escalated: bool = False
    repeat_every_days: int | None = None  # a digest repeating after its first date

    @property
    def is_digest(self) -> bool:
        return bool(self.repeat_every_days)


DEFAULT_LADDER: tuple[Step, ...] = (
    Step(1, -3, (ASSIGNEE, UNIT_HEAD)),
    Step(2, 0, (ASSIGNEE, UNIT_HEAD)),
    Step(3, 1, (UNIT_HEAD, SUPERVISOR)),
    Step(4, 5, (DIRECTOR, INSPECTORATE), marks_escalated=True),
    Step(5, 5, (UNIT_HEAD,), repeat_every_days=7),
)


def fires_on(calendar: WorkingCalendar, deadline: date, step: Step) -> date:
    """The first day `step` is due for `deadline` (a working day)."""
    return calendar.add_working_days(deadline, step.offset)


def deadline_cutoff(calendar: WorkingCalendar, today: date, offset: int) -> date:
    """The latest deadline D with add_working_days(D, offset) <= today.

    add_working_days is non-decreasing in D, so scan back from the first candidate; the
    loop runs over calendar days (a handful), never over items.
    """
    day = today + timedelta(days=max(0, -offset) * 3 + 30)  # safely past the answer (Tết included)
    while calendar.add_working_days(day, offset) > today:
        day -= timedelta(days=1)
    return day


def digest_occurrence(calendar: WorkingCalendar, deadline: date, step: Step, today: date) -> int:
    """Which repetition of a digest is due today (0: none yet; 1: the first, one period after its start)."""
    start = fires_on(calendar, deadline, step)
    if today < start:
        return 0
    return (today - start).days // step.repeat_every_days


def ladder_from_rules(rules) -> tuple[Step, ...]:
    """Steps from an organisation's EscalationRule rows (active only), or the default ladder."""
    steps = tuple(
        Step(
            r.step,
            r.offset_working_days,
            tuple(r.recipients),
            r.marks_escalated,
            r.repeat_every_days or None,
        )
        for r in rules
        if r.is_active
    )
    return steps if rules else DEFAULT_LADDER
