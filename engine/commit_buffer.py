"""One object per transaction that gathers what its commit will act on (pushes, refreshes).

`commit_buffer(name, factory)` gives the current transaction's buffer, made on first use with its
`flush` registered to run once the transaction commits; the next callers in the same transaction
add to it. Once flushed, or when a rolled-back savepoint dropped its callback, the next caller
gets a new one.
"""

from collections.abc import Callable
from typing import TypeVar

from django.db import connection, transaction

B = TypeVar("B")


def commit_buffer(name: str, factory: Callable[[], B], *, robust: bool = False) -> B | None:
    """The transaction's buffer `name` (None outside a transaction: the caller acts at once)."""
    if not connection.in_atomic_block:
        return None
    attribute = f"_dondoc_{name}"
    held = getattr(connection, attribute, None)
    if held is not None and any(callback is held[1] for _sids, callback, _robust in connection.run_on_commit):
        return held[0]
    buffer = factory()

    def flush() -> None:
        if getattr(connection, attribute, None) is held_now:  # flushed: the next change starts anew
            delattr(connection, attribute)
        buffer.flush()

    held_now = (buffer, flush)
    setattr(connection, attribute, held_now)
    transaction.on_commit(flush, robust=robust)
    return buffer
