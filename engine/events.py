"""Domain events: what the engine announces after a state change.

Services call `emit` inside their transaction. Subscribers (notifications, escalation)
run in that same transaction, so what they write commits or rolls back with the change
(the transactional outbox); anything that leaves the process must wait for
`transaction.on_commit`. The engine imports no subscriber: they register themselves.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DomainEvent:
    kind: str
    organisation_id: int
    actor_id: int | None
    work_item_id: int | None = None
    programme_id: int | None = None
    data: dict[str, Any] = field(default_factory=dict)
    # The instances the emitter already holds, so in-process subscribers need not read them
    # again: the work item as saved (its programme and unit links loaded), the acting user.
    # Optional, never compared or printed; subscribers fall back to the ids.
    item: Any = field(default=None, compare=False, repr=False)
    actor: Any = field(default=None, compare=False, repr=False)


Subscriber = Callable[[DomainEvent], None]
_subscribers: list[Subscriber] = []


def subscribe(handler: Subscriber) -> Subscriber:
    """Register `handler` for every event; usable as a decorator. Registering twice is a no-op."""
    if handler not in _subscribers:
        _subscribers.append(handler)
    return handler


def unsubscribe(handler: Subscriber) -> None:
    if handler in _subscribers:
        _subscribers.remove(handler)


def emit(event: DomainEvent) -> None:
    for handler in list(_subscribers):
        handler(event)
