"""Extension requests a user may see: those of the work items they see, with their filters."""

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from engine.models import ExtensionRequest, WorkItem
from engine.selectors.work_items import _in_units, work_items_visible_to


def extensions_visible_to(user) -> QuerySet[ExtensionRequest]:
    """Whoever sees a work item sees its extension requests (the item page lists them)."""
    return ExtensionRequest.objects.filter(work_item__in=work_items_visible_to(user))


def extension_list(
    user,
    *,
    state: str | None = None,
    unit_id: int | None = None,
    programme_id: int | None = None,
    work_item_id: int | None = None,
) -> QuerySet[ExtensionRequest]:
    """Visible requests narrowed by the filters, newest first, ready to render in constant queries.

    `unit_id` matches the item's lead or coordinating unit, as the work-item list does.
    """
    extensions = extensions_visible_to(user)
    if state:
        extensions = extensions.filter(state=state)
    if programme_id:
        extensions = extensions.filter(work_item__programme_id=programme_id)
    if work_item_id:
        extensions = extensions.filter(work_item_id=work_item_id)
    if unit_id:
        extensions = extensions.filter(work_item__in=WorkItem.objects.filter(_in_units([unit_id])))
    return (
        extensions.select_related("work_item__programme", "work_item__leader", "requested_by", "decided_by")
        .prefetch_related("work_item__unit_links")
        .order_by("-requested_at", "-id")
    )


def extension_get(user, pk) -> ExtensionRequest:
    """One request the user may see, or 404 (another organisation's does not exist for them)."""
    try:
        return extension_list(user).get(pk=pk)
    except (ExtensionRequest.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such extension request.")) from None
