"""“Việc cần làm”: the page of everything waiting on the logged-in user (programmes to approve first)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from engine.selectors.inbox import (
    INBOX_KEYS,
    KINDS,
    inbox_candidates,
    inbox_conditions,
    inbox_counts,
    inbox_for,
    inbox_kind_filters,
    inbox_segments,
)
from engine.selectors.keyset import Key, Total, keyset_page
from engine.selectors.programmes import programmes_awaiting_approval_of
from engine.views import pk_url
from engine.views.work_items import day_label, list_rows

PAGE_SIZE = 50

KIND_LABELS = {
    "decide_extension": _("Extension to decide"),
    "approve": _("Report to approve"),
    "report": _("Report to write"),
    "start": _("To start"),
}


def inbox_rows(rows) -> None:
    """`list_rows` for the inbox (programme titles at 60 characters), each row's kind label
    (`kind_label`) and its next report's day (`next_report_label`); an extension waiting for a
    decision links to its form instead of the item."""
    list_rows(rows, title_chars=60)
    decide_url = pk_url("extension_decide")
    days = {}
    for item in rows:
        item.kind_label = KIND_LABELS.get(item.inbox_kind, "")
        item.next_report_label = day_label(item.next_report_due, days)
        if item.inbox_kind == "decide_extension" and item.pending_extension_id:
            item.url = decide_url(item.pending_extension_id)


@login_required
def inbox_view(request: HttpRequest) -> HttpResponse:
    # The rules as filters once a request: the page, its segments and its counts share them.
    conditions = inbox_conditions(request.user)
    candidates = inbox_candidates(request.user, conditions)
    items = inbox_for(request.user, candidates=candidates, conditions=conditions)
    kind = request.GET.get("kind")
    counts = inbox_counts(request.user, conditions)
    if kind in KINDS:
        kind_filter = inbox_kind_filters(request.user, conditions)[kind]
        items, candidates = items.filter(kind_filter), candidates.filter(kind_filter)
    # The counts per kind already hold the total: no second COUNT over the same filter.
    everything = Total(sum(t.count for t in counts.values()), exact=all(t.exact for t in counts.values()))
    page = keyset_page(
        items,
        [Key(k.name) for k in INBOX_KEYS],  # inbox_for annotated them
        after=request.GET.get("after"),
        before=request.GET.get("before"),
        size=PAGE_SIZE,
        total=counts[kind] if kind in KINDS else everything,
        segments=inbox_segments(request.user),
        segment_rows=candidates,
    )
    inbox_rows(page.rows)
    # Programmes are not work items: they wait beside the items' one query, in one of their own.
    programmes = list(programmes_awaiting_approval_of(request.user)) if not kind else []
    return render(
        request,
        "engine/inbox.html",
        {
            "page": page,
            "kind": kind if kind in KINDS else "",
            "kinds": [(k, KIND_LABELS[k], counts[k]) for k in KINDS],
            "total": Total(everything.count + len(programmes), exact=everything.exact),
            "programmes": programmes,
            "querystring": f"kind={kind}" if kind in KINDS else "",
        },
    )
