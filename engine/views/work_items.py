"""Work-item pages: "Nhiệm vụ của tôi", the item page, and the actions a user may take."""

from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from engine import permissions
from engine.deadlines.calendar import calendar_for
from engine.deadlines.status import StatusClass, status_of
from engine.exceptions import DomainError
from engine.forms import (
    BulkActionForm,
    DelegateForm,
    ExtensionRequestForm,
    NoteForm,
    ReasonForm,
    ReportForm,
    WorkItemFilterForm,
)
from engine.models import Attachment, Unit, WorkItemUnit
from engine.selectors.keyset import keyset_page
from engine.selectors.work_items import (
    SORT_KEYS,
    with_recipient_names,
    work_item_history,
    work_item_keys,
    work_item_list,
    work_item_total,
    work_items_visible_to,
)
from engine.services import extensions as extension_svc
from engine.services import work_items as svc
from engine.services.work_items_bulk import work_items_bulk
from engine.views import pk_url

PAGE_SIZE = 50


SORT_LABELS = {
    "ref": gettext_lazy("Ref."),
    "unit": gettext_lazy("Lead unit"),
    "due": gettext_lazy("Due"),
    "state": gettext_lazy("State"),
    "updated": gettext_lazy("Updated"),
}


def _sort_columns(current: str, querystring: str) -> dict:
    """Per sortable column: its label, the link that sorts by it (again: the other way), its aria-sort."""
    current = current if current.lstrip("-") in SORT_KEYS else "due"
    prefix = f"?{querystring}&sort=" if querystring else "?sort="
    columns = {}
    for key in SORT_KEYS:
        active = current.lstrip("-") == key
        descending = active and current.startswith("-")
        columns[key] = {
            "label": SORT_LABELS[key],
            "url": prefix + (key if descending or not active else f"-{key}"),
            "aria": ("descending" if descending else "ascending") if active else "none",
            "arrow": ("▼" if descending else "▲") if active else "",
        }
    return columns


STATUS_LABELS = dict(StatusClass.choices)


def list_rows(rows, *, title_chars: int = 80) -> None:
    """What each row of a work-item page repeats, worked out in one pass before rendering: its link
    (`url`: one reverse for the page), its lead units' labels (`lead_labels`, from the prefetched
    links), its deadline status label (`status_label`). An `{% include %}`, a `{% url %}` and a
    filter per row were most of a 50-row page's rendering.

    Also the texts the rows' filters made (`truncatechars`, `date:"d/m/Y"`, `get_FOO_display`), the
    same strings: `content_label` (160 characters), `programme_label` (`title_chars`, once per
    programme), `state_label` (once per state), `due_label` and `updated_label` (once per day; a
    page sorted by deadline repeats its days)."""
    item_url = pk_url("work_item_detail")
    lead = WorkItemUnit.Role.LEAD
    titles, states, days = {}, {}, {}
    for item in rows:
        item.url = item_url(item.pk)
        item.lead_labels = [link.unit.label for link in item.unit_links.all() if link.role == lead]
        item.status_label = STATUS_LABELS.get(item.status_class, item.status_class or "")
        item.content_label = Truncator(item.content).chars(160)
        if (title := titles.get(item.programme_id)) is None:
            title = titles[item.programme_id] = Truncator(item.programme.title).chars(title_chars)
        item.programme_label = title
        if (state := states.get(item.state)) is None:
            state = states[item.state] = item.get_state_display()
        item.state_label = state
        item.due_label = day_label(item.due_date, days)
        item.updated_label = day_label(item.updated_at, days)


def day_label(value, seen: dict) -> str:
    """`value|date:"d/m/Y"` (a datetime in the current time zone first, as the template does), each
    day worked out once in `seen`; "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = template_localtime(value).date()
    if (label := seen.get(value)) is None:
        label = seen[value] = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return label


@login_required
def work_item_list_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    units = Unit.objects.filter(organisation_id=user.organisation_id, is_active=True)
    form = WorkItemFilterForm(request.GET or None, units=units)
    filters = form.cleaned_data if form.is_valid() else {}
    wanted = {
        "scope": filters.get("scope") or "actionable",
        "state": filters.get("state") or None,
        "status": filters.get("status") or None,
        "unit_id": filters.get("unit"),
        "month": filters.get("month"),
        "query": filters.get("q") or None,
        "programme_id": filters.get("programme"),
        "escalated_on": filters.get("escalated_on"),
        "ids": filters.get("ids"),
        "calendar": calendar_for(user.organisation_id),
    }
    # The page walks the sort's index; the total starts from the user's units (same rows): from
    # the links' copies of the items' state when nothing but the scope and the state narrow it.
    page = keyset_page(
        work_item_list(user, **wanted),
        work_item_keys(filters.get("sort")),
        after=request.GET.get("after"),
        before=request.GET.get("before"),
        size=PAGE_SIZE,
        total=work_item_total(user, **wanted),
    )
    list_rows(page.rows)
    query = request.GET.copy()
    for name in ("page", "after", "before"):
        query.pop(name, None)
    unsorted = query.copy()
    unsorted.pop("sort", None)
    offered = permissions.bulk_actions_for(user)
    return render(
        request,
        "engine/work_item_list.html",
        {
            "form": form,
            "page": page,
            "querystring": query.urlencode(),
            "columns": _sort_columns(filters.get("sort") or "due", unsorted.urlencode()),
            "bulk_form": BulkActionForm(user=user, offered=offered) if offered else None,
        },
    )


@login_required
@require_POST
def work_item_bulk_view(request: HttpRequest) -> HttpResponse:
    """Several items at once; the page lists each item's outcome (engine.services.work_items_bulk)."""
    offered = permissions.bulk_actions_for(request.user)
    form = BulkActionForm(request.POST, user=request.user, offered=offered)
    back = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("work_item_list")
    outcomes = []
    if form.is_valid():
        try:
            outcomes = work_items_bulk(
                actor=request.user,
                action=form.cleaned_data["action"],
                item_ids=form.cleaned_data["items"],
                assignee=form.cleaned_data.get("assignee"),
                note=form.cleaned_data.get("note") or "",
            )
        except DomainError as error:
            for field, errors in error.field_errors.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
    status = 200 if outcomes else 400
    return render(
        request,
        "engine/work_item_bulk_result.html",
        {
            "form": form,
            "outcomes": outcomes,
            "done": sum(o.done for o in outcomes),
            "failed": sum(not o.done for o in outcomes),
            "back": back,
        },
        status=status,
    )


# action -> (form class, function calling the service with the cleaned data)
ACTION_FORMS = {
    "start": (
        NoteForm,
        lambda item, user, d: svc.work_item_start(item=item, actor=user, expected_version=d["version"]),
    ),
    "assign": (
        NoteForm,
        lambda item, user, d: svc.work_item_assign(item=item, actor=user, expected_version=d["version"]),
    ),
    "report": (
        ReportForm,
        lambda item, user, d: svc.work_item_report(
            item=item,
            actor=user,
            text=d["text"],
            percent=100 if d.get("percent") is None else d["percent"],
            indicator_actual=d.get("indicator_actual"),
            files=d.get("files") or [],
            expected_version=d["version"],
        ),
    ),
    "progress": (
        ReportForm,
        lambda item, user, d: svc.work_item_add_report(
            item=item,
            actor=user,
            text=d["text"],
            percent=d.get("percent"),
            indicator_actual=d.get("indicator_actual"),
            files=d.get("files") or [],
        ),
    ),
    "contribute": (
        ReportForm,
        lambda item, user, d: svc.work_item_add_report(
            item=item, actor=user, text=d["text"], files=d.get("files") or [], contribution=True
        ),
    ),
    "accept": (
        NoteForm,
        lambda item, user, d: svc.work_item_accept(
            item=item, actor=user, note=d.get("note", ""), expected_version=d["version"]
        ),
    ),
    "endorse": (
        NoteForm,
        lambda item, user, d: svc.work_item_endorse(
            item=item, actor=user, note=d.get("note", ""), expected_version=d["version"]
        ),
    ),
    "return": (
        ReasonForm,
        lambda item, user, d: svc.work_item_return(
            item=item, actor=user, reason=d["reason"], expected_version=d["version"]
        ),
    ),
    "cancel": (
        ReasonForm,
        lambda item, user, d: svc.work_item_cancel(
            item=item, actor=user, reason=d["reason"], expected_version=d["version"]
        ),
    ),
    "reopen": (
        ReasonForm,
        lambda item, user, d: svc.work_item_reopen(
            item=item, actor=user, reason=d["reason"], expected_version=d["version"]
        ),
    ),
    "delegate": (
        DelegateForm,
        lambda item, user, d: svc.work_item_delegate(
            item=item, actor=user, assignee=d.get("assignee"), expected_version=d["version"]
        ),
    ),
    "request_extension": (
        ExtensionRequestForm,
        lambda item, user, d: extension_svc.extension_request(
            item=item, actor=user, new_due_date=d["new_due_date"], reason=d["reason"]
        ),
    ),
}

SUCCESS_MESSAGES = {
    "start": gettext_lazy("The work item is now in progress."),
    "assign": gettext_lazy("The work item was assigned to its lead unit."),
    "report": gettext_lazy("The completion report was sent for approval."),
    "progress": gettext_lazy("The progress note was saved."),
    "contribute": gettext_lazy("Your contribution was saved."),
    "accept": gettext_lazy("The result was accepted."),
    "return": gettext_lazy("The report was returned to the unit."),
    "endorse": gettext_lazy("The report was forwarded to the director."),
    "cancel": gettext_lazy("The work item was cancelled."),
    "reopen": gettext_lazy("The work item was reopened."),
    "delegate": gettext_lazy("The work item was handed over."),
    "request_extension": gettext_lazy("Your extension request was sent to the leader."),
}


def _action_forms(item, actions) -> dict:
    forms = {}
    for action in actions:
        if action not in ACTION_FORMS:
            continue
        form_class = ACTION_FORMS[action][0]
        kwargs = _form_kwargs(form_class, item, action)
        forms[action] = form_class(initial={"version": item.version}, prefix=action, **kwargs)
    return forms


def _form_kwargs(form_class, item, action: str) -> dict:
    """The item for the forms that ask about it: the delegate's people, the report's target."""
    if form_class is DelegateForm:
        return {"item": item}
    if form_class is ReportForm:
        return {"item": item, "completion": action == "report"}
    return {}


def _render_detail(request, item, forms=None, status=200) -> HttpResponse:
    status_of(item, timezone.localdate(), calendar_for(item.organisation_id))
    actions = permissions.available_actions(request.user, item)
    action_forms = _action_forms(item, actions)
    action_forms.update(forms or {})
    reports = item.reports.select_related("author", "unit").prefetch_related("attachments")
    return render(
        request,
        "engine/work_item_detail.html",
        {
            "item": item,
            "action_forms": action_forms,
            "reports": reports,
            "history": with_recipient_names(work_item_history(item)),
            "units": item.unit_links.select_related("unit"),
            "extensions": item.extension_requests.select_related("requested_by", "decided_by"),
        },
        status=status,
    )


@login_required
def work_item_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    item = permissions.access_work_item(request.user, pk)
    return _render_detail(request, item)


@login_required
@require_POST
def work_item_action_view(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in ACTION_FORMS:
        raise Http404(_("Unknown action."))
    # Visibility only here: the service checks the action itself, on the locked row.
    item = permissions.access_work_item(request.user, pk)
    form_class, perform = ACTION_FORMS[action]
    kwargs = _form_kwargs(form_class, item, action)
    form = form_class(request.POST, request.FILES, prefix=action, **kwargs)
    if not form.is_valid():
        messages.error(request, _("Please correct the errors below."))
        return _render_detail(request, item, {action: form}, status=400)
    try:
        perform(item, request.user, form.cleaned_data)
    except DomainError as error:
        for field, errors in error.field_errors.items():
            if field in form.fields:
                for message in errors:
                    form.add_error(field, message)
        messages.error(request, error.message)
        item = permissions.access_work_item(request.user, pk)
        return _render_detail(request, item, {action: form}, status=error.status)
    messages.success(request, SUCCESS_MESSAGES[action])
    back = request.POST.get("next")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect(reverse("work_item_detail", args=[pk]))


def attachment_download_view(request: HttpRequest, pk: int) -> HttpResponse:
    """An evidence file, for a browser session or an API token (the API's `download_url`)."""
    user, refusal = _session_or_token_user(request)
    if refusal is not None:
        return refusal
    attachment = Attachment.objects.select_related("report").filter(pk=pk).first()
    return _attachment_response(user, attachment)


def attachment_media_view(request: HttpRequest, name: str) -> HttpResponse:
    """DEBUG only: /media/<name> for an evidence file, to those who may read its item."""
    user, refusal = _session_or_token_user(request)
    if refusal is not None:
        return refusal
    attachment = Attachment.objects.select_related("report").filter(file=name).first()
    return _attachment_response(user, attachment)


def _session_or_token_user(request: HttpRequest):
    from rest_framework.exceptions import AuthenticationFailed

    from api.authentication import ApiTokenAuthentication

    if request.user.is_authenticated:
        return request.user, None
    try:
        found = ApiTokenAuthentication().authenticate(request)
    except AuthenticationFailed as error:
        body = {"code": "authentication_failed", "detail": str(error.detail), "field_errors": {}}
        return None, JsonResponse(body, status=401, headers={"WWW-Authenticate": 'Bearer realm="api"'})
    if found is None:
        return None, redirect_to_login(request.get_full_path())
    return found[0], None


def _attachment_response(user, attachment) -> HttpResponse:
    if (
        attachment is None
        or not work_items_visible_to(user).filter(pk=attachment.report.work_item_id).exists()
    ):
        raise Http404
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
