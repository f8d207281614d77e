"""The demo's clock: run engine services as of a chosen moment, for `seed_demo` only.

The services, the audit trail and Django's `auto_now_add` fields all take the time from
`django.utils.timezone.now`; `clock_at(moment)` makes that return `moment` for the block,
so a demo year is written with the dates it would have had (approved in January, reported
in March, accepted in April), through the same services people use. It swaps a module
attribute for the whole process: the seed command is single-threaded and runs before the
server starts; nothing that serves requests may use it.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time

from django.utils import timezone


@contextmanager
def clock_at(moment: datetime) -> Iterator[datetime]:
    real_now = timezone.now
    timezone.now = lambda: moment
    try:
        yield moment
    finally:
        timezone.now = real_now


def moment_on(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """`day` at `hour:minute` local time, as an aware datetime."""
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))
