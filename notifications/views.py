"""Notification pages: the list (filter, mark read, mark all read), open-one, and preferences."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from notifications import selectors
from notifications.models import Notification, NotificationPreference
from notifications.services import (
    notification_mark_read,
    notification_preference_get,
    notification_preference_set,
)
from notifications.topics import TOPICS

PAGE_SIZE = 30


class NotificationFilterForm(forms.Form):
    show = forms.ChoiceField(
        label=gettext_lazy("Show"),
        required=False,
        choices=[("", gettext_lazy("All")), ("unread", gettext_lazy("Unread only"))],
    )
    topic = forms.ChoiceField(
        label=gettext_lazy("Topic"),
        required=False,
        choices=[("", gettext_lazy("All topics"))] + [(key, label) for key, (label, _p) in TOPICS.items()],
    )


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email", "language"]
        labels = {
            "email": gettext_lazy("Email me"),
            "language": gettext_lazy("Language"),
        }


class PerKindForm(forms.Form):
    """Per topic: immediately, in the digest, never, or as the default above ("")."""

    def __init__(self, *args, per_kind: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", gettext_lazy("As my default")), *NotificationPreference.Email.choices]
        for key, (label, _prefix) in TOPICS.items():
            self.fields[f"kind_{key}"] = forms.ChoiceField(
                label=label, choices=choices, required=False, initial=(per_kind or {}).get(key, "")
            )

    def per_kind(self) -> dict[str, str]:
        return {
            key: self.cleaned_data[f"kind_{key}"] for key in TOPICS if self.cleaned_data.get(f"kind_{key}")
        }


@login_required
def notification_list_view(request: HttpRequest) -> HttpResponse:
    form = NotificationFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    topic = TOPICS.get(filters.get("topic") or "")
    rows = selectors.notification_list(
        request.user, unread_only=filters.get("show") == "unread", kind=topic[1] if topic else None
    )
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "notifications/notification_list.html",
        {
            "form": form,
            "page": page,
            "querystring": query.urlencode(),
            "preference_form": PreferenceForm(instance=notification_preference_get(request.user)),
            "digest_delay": settings.NOTIFICATIONS_DIGEST_DELAY_MINUTES,
        },
    )


@login_required
@require_POST
def notification_mark_all_read_view(request: HttpRequest) -> HttpResponse:
    notification_mark_read(user=request.user, all_unread=True)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notification_list")


@login_required
@require_POST
def notification_mark_read_view(request: HttpRequest, pk: int) -> HttpResponse:
    notification_mark_read(user=request.user, ids=[pk])
    next_url = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("notification_list")


@login_required
def notification_open_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Follow a notification's link and mark it read (a GET: links in toasts and emails)."""
    row = get_object_or_404(Notification, pk=pk, recipient_id=request.user.pk)
    notification_mark_read(user=request.user, ids=[row.pk])
    return redirect(row.link or "notification_list")


@login_required
def notification_preference_view(request: HttpRequest) -> HttpResponse:
    """The preferences page: the default email, the language, and each topic's email."""
    preference = notification_preference_get(request.user)
    if request.method != "POST":
        return render(
            request,
            "notifications/preferences.html",
            {
                "form": PreferenceForm(instance=preference),
                "per_kind_form": PerKindForm(per_kind=preference.per_kind),
                "digest_delay": settings.NOTIFICATIONS_DIGEST_DELAY_MINUTES,
            },
        )
    form = PreferenceForm(request.POST, instance=preference)
    # The notification list's short form posts only the default and the language.
    kinds = PerKindForm(request.POST) if "per_kind" in request.POST else None
    if form.is_valid() and (kinds is None or kinds.is_valid()):
        notification_preference_set(
            user=request.user,
            email=form.cleaned_data["email"],
            language=form.cleaned_data["language"],
            per_kind=kinds.per_kind() if kinds is not None else None,
        )
        messages.success(request, _("Your notification settings are saved."))
    else:
        messages.error(request, _("Choose one of the options offered."))
    return redirect("notification_preference" if kinds is not None else "notification_list")
