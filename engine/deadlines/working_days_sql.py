"""Working days counted in SQL: `working_day_number(expr)` for an organisation's calendar.

A date's working-day number W(d) is the count of working days from 01/01/1900 (a Monday)
through d, so the working days in (a, b] are W(b) − W(a), exactly as
`WorkingCalendar.working_days_between` counts them. W is the weekdays through d (plain
arithmetic on the day number) plus a CASE over the calendar's exceptions in a bounded range
(weekday holidays −1, make-up working weekends +1), built once in Python from the
organisation's `WorkingCalendar`. Used where a list is sorted by days late (the delay
register) so the database sorts and pages instead of Python walking every row.
"""

from datetime import date, timedelta

from django.db.models import Expression, IntegerField

from engine.deadlines.calendar import WorkingCalendar

EPOCH = date(1900, 1, 1)  # a Monday
SQLITE_EPOCH_JULIAN = 2415020.5  # julianday('1900-01-01')


def day_number_python(day: date) -> int:
    return (day - EPOCH).days


def weekdays_through(n: int) -> int:
    return 5 * (n // 7) + min(n % 7 + 1, 5)


class WorkingDays:
    """The calendar's exceptions in [low, high] as (day number, cumulative adjustment) steps."""

    def __init__(self, calendar: WorkingCalendar, low: date, high: date):
        self.low, self.high = low, high
        steps, total = [], 0
        day = low
        while day <= high:
            weekday = day.weekday() < 5
            working = calendar.is_working_day(day)
            if weekday != working:
                total += 1 if working else -1
                steps.append((day_number_python(day), total))
            day += timedelta(days=1)
        self.steps = steps

    def number(self, day: date) -> int:
        """W(day) in Python, equal to what `working_day_number` gives in SQL (within [low, high])."""
        n = day_number_python(day)
        adjustment = 0
        for step, total in self.steps:
            if n < step:
                break
            adjustment = total
        return weekdays_through(n) + adjustment

    def expression(self, expr) -> "WorkingDayNumber":
        return WorkingDayNumber(expr, self.steps)

    def sql(self, column_sql: str, vendor: str) -> str:
        """W of a column of a derived table (no parameters), for hand-written SQL."""
        return working_day_sql(column_sql, vendor, self.steps)[0]

    def lookup_sql(self, column_sql: str) -> str:
        """W of a date column, as `sql` gives it, on PostgreSQL with the exceptions' adjustment read
        from an array indexed by the day (one subscript per row instead of a CASE that tests each
        exception in turn: the CASE was about half of a year's evaluation statement at 10⁴ items).
        Outside [low, high] the adjustment is the CASE's: 0 before, the last step's after."""
        if not self.steps:
            return self.sql(column_sql, "postgresql")
        n = day_number_sql(column_sql, "postgresql")
        first = day_number_python(self.low)
        adjustments, previous, steps = [], 0, iter(self.steps)
        step = next(steps, None)
        for number in range(first, day_number_python(self.high) + 1):
            while step is not None and step[0] <= number:
                previous = step[1]
                step = next(steps, None)
            adjustments.append(previous)
        array = "'{" + ",".join(str(int(a)) for a in adjustments) + "}'::integer[]"
        last = int(self.steps[-1][1])
        return (
            f"(5 * ({n} / 7) + LEAST(({n} - 7 * ({n} / 7)) + 1, 5) + COALESCE(({array})[{n} - {first - 1}], "
            f"CASE WHEN {n} < {first} THEN 0 ELSE {last} END))"
        )


def day_number_sql(sql: str, vendor: str) -> str:
    """Days since 01/01/1900 of the date (or ISO date text) `sql`, as integer SQL."""
    if vendor == "sqlite":
        return f"CAST(julianday({sql}) - {SQLITE_EPOCH_JULIAN} AS INTEGER)"
    return f"((({sql})::date) - DATE '{EPOCH.isoformat()}')"


def working_day_sql(sql: str, vendor: str, steps: list[tuple[int, int]]) -> tuple[str, int]:
    """W(d) of the date `sql` as SQL, and how many times `sql` appears in it (to repeat its params)."""
    n = day_number_sql(sql, vendor)
    least = "MIN" if vendor == "sqlite" else "LEAST"
    text = f"(5 * ({n} / 7) + {least}(({n} - 7 * ({n} / 7)) + 1, 5)"
    uses = 3
    if steps:
        whens, previous = [], 0
        for step, total in steps:
            whens.append(f"WHEN {n} < {int(step)} THEN {int(previous)}")
            previous = total
        text += f" + (CASE {' '.join(whens)} ELSE {int(previous)} END)"
        uses += len(steps)
    return text + ")", uses


class DayNumber(Expression):
    """Days since 01/01/1900 of a date (or ISO date text) expression, as an integer."""

    output_field = IntegerField()

    def __init__(self, expr):
        super().__init__()
        self.expr = expr

    def get_source_expressions(self):
        return [self.expr]

    def set_source_expressions(self, exprs):
        (self.expr,) = exprs

    def resolve_expression(self, *args, **kwargs):
        clone = self.copy()
        clone.expr = self.expr.resolve_expression(*args, **kwargs)
        return clone

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.expr)
        return day_number_sql(sql, connection.vendor), params


class WorkingDayNumber(DayNumber):
    """W(d) in SQL: weekdays through d plus the calendar's step adjustments (see the module doc)."""

    def __init__(self, expr, steps: list[tuple[int, int]]):
        super().__init__(expr)
        self.steps = steps

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.expr)
        text, uses = working_day_sql(sql, connection.vendor, self.steps)
        return text, [*params] * uses
