"""Login forms that refuse a locked account or address before checking the password."""

import hmac

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from engine.accounts import throttle
from engine.accounts.two_factor import confirmed_device


def lockout_message() -> str:
    minutes = max(1, round(settings.LOGIN_LOCKOUT_SECONDS / 60))
    return _(
        "Too many wrong passwords: this account is locked for %(minutes)s minutes. "
        "Try again later or ask the administrator to unlock it."
    ) % {"minutes": minutes}


class ThrottledLoginMixin:
    """Check the lock first, count failures, and note a demo password (forced change)."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = throttle.client_address(self.request)
        if throttle.is_locked(username, address):
            raise forms.ValidationError(lockout_message(), code="locked")
        try:
            cleaned = super().clean()
        except forms.ValidationError as error:
            if any(e.code == "invalid_login" for e in error.error_list) and throttle.record_failure(
                username, address
            ):
                raise forms.ValidationError(lockout_message(), code="locked") from None
            raise
        throttle.record_success(username)
        password = self.cleaned_data.get("password") or ""
        demo = settings.DEMO_PASSWORD
        if self.request is not None and demo and hmac.compare_digest(password.encode(), demo.encode()):
            # Read by engine.accounts.signals when login() runs: only the raw password
            # tells, and it exists only here.
            self.request._dondoc_demo_password = True
        return cleaned


class LoginForm(ThrottledLoginMixin, AuthenticationForm):
    pass


class AdminLoginForm(ThrottledLoginMixin, AdminAuthenticationForm):
    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if confirmed_device(user) is not None:
            # The admin's form has no code field: two-step accounts log in on /login/ first.
            raise forms.ValidationError(
                _("This account uses two-step login: log in on the main login page first."),
                code="two_factor",
            )


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from the authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
