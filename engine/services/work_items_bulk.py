"""Several work items at once (the list page's bulk bar): one service call per item, each judged alone.

Per item, not all-or-nothing: every item is its own decision with its own version, audit event
exactly as if done on its page. If one of twenty was returned or accepted by
someone else meanwhile, undoing the other nineteen would make the leader redo them for nothing;
instead each item reports its own outcome and the page lists them, so nothing fails silently.

Notifications are the exception: an action on several items tells each person once, in one
summary event (`work_item.bulk_delegated` / `work_item.bulk_accepted`) counting the items
that succeeded and linking to the list of them; the items' own events still fire (flows,
live state) but write no notification. An action on one item notifies as on its page.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from engine import permissions
from engine.events import DomainEvent, emit
from engine.exceptions import DomainError, InvalidInput
from engine.models import WorkItemUnit
from engine.services import work_items as svc

MAX_ITEMS = 200
SUMMARY_KINDS = {"delegate": "work_item.bulk_delegated", "accept": "work_item.bulk_accepted"}
MAX_LINK = 500  # Notification.link's length; a longer list of ids falls back to the unfiltered list


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
    grouped = len(ids) > 1
    outcomes = []
    for item_id in ids:
        try:
            item = permissions.access_work_item(actor, item_id)
        except Http404:
            outcomes.append(BulkOutcome(item_id, f"#{item_id}", False, _("No such work item.")))
            continue
        outcomes.append(_one(actor, action, item, assignee, note, grouped))
    succeeded = [o.item_id for o in outcomes if o.done]
    if grouped and succeeded:
        # Its own transaction: each item has committed already, and the summary counts only those.
        with transaction.atomic():
            _announce(actor, action, succeeded, assignee)
    return outcomes


def _announce(actor, action: str, item_ids: list[int], assignee) -> None:
    """One summary event: notifications tells each person the per-item notices would have told, once."""
    units = set(
        WorkItemUnit.objects.filter(work_item_id__in=item_ids, role=WorkItemUnit.Role.LEAD).values_list(
            "unit_id", flat=True
        )
    )
    unit_id = units.pop() if len(units) == 1 else None
    link = reverse("work_item_list") + "?" + urlencode({"scope": "all", "ids": ",".join(map(str, item_ids))})
    if len(link) > MAX_LINK:
        query = {"scope": "all", **({"unit": unit_id} if unit_id else {})}
        link = reverse("work_item_list") + "?" + urlencode(query)
    data = {"item_ids": item_ids, "count": len(item_ids), "unit_id": unit_id, "link": link}
    if action == "delegate":
        data["assignee_id"] = getattr(assignee, "pk", None)
    emit(DomainEvent(SUMMARY_KINDS[action], actor.organisation_id, actor.pk, data=data, actor=actor))


def _one(actor, action: str, item, assignee, note: str, grouped: bool) -> BulkOutcome:
    try:
        permissions.require(actor, action, item)  # the service checks again, on the locked row
        if action == "delegate":
            svc.work_item_delegate(
                item=item, actor=actor, assignee=assignee, expected_version=item.version, grouped=grouped
            )
            done = _("Handed to %(name)s.") % {"name": assignee}
        else:
            svc.work_item_accept(
                item=item, actor=actor, note=note, expected_version=item.version, grouped=grouped
            )
            done = _("Accepted.")
    except DomainError as error:
        return BulkOutcome(item.pk, _label(item), False, error.message)
    return BulkOutcome(item.pk, _label(item), True, done)
