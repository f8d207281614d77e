"""Background work: queue a Celery task once the transaction commits, or do it here when no broker answers.

Every long job (a programme's parse, an export, an evaluation's recompute, an oversight refresh)
is queued the same way, so a broker that is down slows a request but never loses the job. The
task is named by its dotted path and imported when queued: task modules import the services, so
the services cannot import them at load time.
"""

import logging
from collections.abc import Callable

from celery.result import EagerResult
from django.db import transaction
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


def queue_on_commit(task_path: str, *args, fallback: Callable[[], object], what: str) -> None:
    """After the current transaction commits, `task.delay(*args)`; `fallback()` in this process
    when the broker cannot be reached. `what` names the job in the warning ("export 12")."""
    transaction.on_commit(lambda: queue_now(task_path, *args, fallback=fallback, what=what))


def queue_now(
    task_path: str, *args, fallback: Callable[[], object], what: str, countdown: float | None = None
) -> bool:
    """`task.delay(*args)` now (`countdown` seconds later when given); `fallback()` when no broker answers.

    Returns True when the task went to a broker (a worker runs it later), False when it ran here:
    eagerly (no broker configured) or through `fallback`.
    """
    try:
        task = import_string(task_path)
        result = task.apply_async(args=args, countdown=countdown) if countdown else task.delay(*args)
    except Exception:
        log.warning("%s: queue unreachable, running it in this process", what, exc_info=True)
        fallback()
        return False
    return not isinstance(result, EagerResult)
