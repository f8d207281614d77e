"""Several work items at once (the list page's bulk bar): one service call per item, each judged alone.

Per item, not all-or-nothing: every item is its own decision with its own version, audit event
and notifications, exactly as if done on its page. If one of twenty was returned or accepted by
someone else meanwhile, undoing the other nineteen would make the leader redo them for nothing;
instead each item reports its own outcome and the page lists them, so nothing fails silently.
"""

from dataclasses import dataclass

from django.http import Http404
from django.utils.translation import gettext as _

from engine import permissions
from engine.exceptions import DomainError, InvalidInput
from engine.services import work_items as svc

MAX_ITEMS = 200


@dataclass(frozen=True)
class BulkOutcome:
    item_id: int
    label: str
    done: bool
    message: str


def _label(item) -> str:
    text = item.content if len(item.content) <= 80 else item.content[:79] + "…"
    return f"{item.ref} {text}".strip() if item.ref else text


def work_items_bulk(*, actor, action: str, item_ids, assignee=None, note: str = "") -> list[BulkOutcome]:
    """Do `action` ("delegate" to `assignee`, or "accept") on each item; one outcome per item."""
    if action not in permissions.BULK_ACTIONS:
        raise InvalidInput(_("Unknown action."), field_errors={"action": [_("Unknown action.")]})
    ids = list(dict.fromkeys(int(pk) for pk in item_ids))
    if not ids:
        message = _("Select at least one work item.")
        raise InvalidInput(message, field_errors={"items": [message]})
    if len(ids) > MAX_ITEMS:
        message = _("At most %(n)d work items at once.") % {"n": MAX_ITEMS}
        raise InvalidInput(message, field_errors={"items": [message]})
    if action == "delegate" and assignee is None:
        message = _("Choose the staff member.")
        raise InvalidInput(message, field_errors={"assignee": [message]})
    outcomes = []
    for item_id in ids:
        try:
            item = permissions.access_work_item(actor, item_id)
        except Http404:
            outcomes.append(BulkOutcome(item_id, f"#{item_id}", False, _("No such work item.")))
            continue
        outcomes.append(_one(actor, action, item, assignee, note))
    return outcomes


def _one(actor, action: str, item, assignee, note: str) -> BulkOutcome:
    try:
        permissions.require(actor, action, item)  # the service checks again, on the locked row
        if action == "delegate":
            svc.work_item_delegate(item=item, actor=actor, assignee=assignee, expected_version=item.version)
            done = _("Handed to %(name)s.") % {"name": assignee}
        else:
            svc.work_item_accept(item=item, actor=actor, note=note, expected_version=item.version)
            done = _("Accepted.")
    except DomainError as error:
        return BulkOutcome(item.pk, _label(item), False, error.message)
    return BulkOutcome(item.pk, _label(item), True, done)
