"""Account pages: login (with the second step), password change and reset, TOTP enrolment."""

import time

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from engine.accounts import throttle, two_factor
from engine.accounts.forms import LoginForm, TokenForm
from engine.accounts.signals import MUST_CHANGE
from engine.permissions import can_enrol_two_factor

PENDING = "_dondoc_otp_pending"  # (user id, backend, next, started) between the two steps
PENDING_SECONDS = 300


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        if form.is_bound and form.has_error("__all__", code="locked"):
            context["locked"] = form.non_field_errors()[0]
        return context

    def form_valid(self, form):
        user = form.get_user()
        if two_factor.confirmed_device(user) is None:
            return super().form_valid(form)
        # Right password, second step pending: nobody is logged in until the code matches.
        self.request.session[PENDING] = {
            "user": user.pk,
            "backend": user.backend,
            "next": self.get_success_url(),
            "started": time.time(),
            "demo": bool(getattr(self.request, "_dondoc_demo_password", False)),
        }
        return redirect("login_otp")


@require_http_methods(["GET", "POST"])
def login_otp_view(request):
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["started"] > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        return redirect("login")
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    device = two_factor.confirmed_device(user)
    if device is None:
        request.session.pop(PENDING, None)
        return redirect("login")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if two_factor.verify(device, form.cleaned_data["token"]):
            del request.session[PENDING]
            request._dondoc_demo_password = pending["demo"]
            auth_login(request, user, backend=pending["backend"])
            django_otp.login(request, device)
            target = pending["next"]
            if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                target = reverse(settings.LOGIN_REDIRECT_URL)
            return HttpResponseRedirect(target)
        form.add_error("token", _("The code is wrong or has expired. Enter the newest code."))
    return render(request, "accounts/login_otp.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_view(request):
    """Enrol (scan the key, confirm with a code) or switch two-step login off."""
    if not can_enrol_two_factor(request.user):
        raise PermissionDenied(_("Two-step login is offered to the leadership and the inspectorate."))
    device = two_factor.confirmed_device(request.user)
    form = TokenForm(request.POST or None)
    if device is not None:
        if request.method == "POST" and request.POST.get("action") == "disable" and form.is_valid():
            if two_factor.verify(device, form.cleaned_data["token"]):
                device.delete()
                messages.success(request, _("Two-step login is off."))
                return redirect("two_factor")
            form.add_error("token", _("The code is wrong or has expired. Enter the newest code."))
        return render(request, "accounts/two_factor.html", {"device": device, "form": form})
    pending = two_factor.pending_device(request.user)
    if request.method == "POST" and form.is_valid():
        if two_factor.verify(pending, form.cleaned_data["token"]):
            pending.confirmed = True
            pending.save(update_fields=["confirmed"])
            django_otp.login(request, pending)
            messages.success(request, _("Two-step login is on: each login now asks for a code."))
            return redirect("two_factor")
        form.add_error("token", _("The code is wrong or has expired. Enter the newest code."))
    return render(
        request,
        "accounts/two_factor.html",
        {"device": None, "pending": pending, "secret": _base32(pending), "form": form},
    )


def _base32(device) -> str:
    from base64 import b32encode

    key = b32encode(device.bin_key).decode("ascii")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("password_change_done")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **kwargs,
            can_two_factor=can_enrol_two_factor(self.request.user),
            must_change=bool(self.request.session.get(MUST_CHANGE)),
        )

    def form_valid(self, form):
        response = super().form_valid(form)
        self.request.session.pop(MUST_CHANGE, None)
        return response


password_change_done_view = auth_views.PasswordChangeDoneView.as_view(
    template_name="accounts/password_change_done.html"
)
password_reset_view = auth_views.PasswordResetView.as_view(
    template_name="accounts/password_reset.html",
    email_template_name="accounts/password_reset_email.txt",
    subject_template_name="accounts/password_reset_subject.txt",
    success_url=reverse_lazy("password_reset_done"),
)
password_reset_done_view = auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_done.html"
)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        # Proving the mailbox lifts a lockout: the owner need not wait out the attacker's.
        throttle.unlock(self.user.get_username())
        return super().form_valid(form)


password_reset_complete_view = auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"
)
