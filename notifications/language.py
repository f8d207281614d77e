"""The person's language: their stored choice, else the switcher's cookie, else Vietnamese.

The product's language is Vietnamese; most officials' browsers ask for English, so a page's
language never follows `Accept-Language` alone (only the API honours it: a system sends it
on purpose, docs/api.md). The choice lives on the person's NotificationPreference (the same
language their notifications and emails are written in); the user row is read with it in
one query (UserWithLanguageBackend), so resolving it costs no query of its own.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import ObjectDoesNotExist
from django.dispatch import receiver
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from notifications.services import preference_language_set


def _offered(code: str | None) -> str | None:
    return code if code in dict(settings.LANGUAGES) else None


def stored_language(user) -> str | None:
    """The language the person chose (None: never chose); no query when the backend joined it."""
    try:
        return _offered(user.notification_preference.language)
    except ObjectDoesNotExist:
        return None


def request_language(request) -> str:
    if request.path_info.startswith("/api/"):
        return translation.get_language_from_request(request)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        chosen = stored_language(user)
        if chosen:
            return chosen
    return _offered(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)) or settings.LANGUAGE_CODE


class PersonLanguageMiddleware(MiddlewareMixin):
    """Replaces LocaleMiddleware (after AuthenticationMiddleware: it needs request.user)."""

    def process_request(self, request):
        translation.activate(request_language(request))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        # The language depends on the session and the cookie, never on Accept-Language (but
        # under /api/, where it does).
        patch_vary_headers(response, ("Cookie",))
        if request.path_info.startswith("/api/"):
            patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class UserWithLanguageBackend(ModelBackend):
    """Django's model backend, reading the session's user with their language in one query."""

    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related("notification_preference")
        user = users.filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None


@require_POST
def language_set_view(request):
    """The switcher: Django's set_language (cookie, redirect) and, when signed in, the stored choice."""
    response = set_language(request)
    language = _offered(request.POST.get("language"))
    if language and request.user.is_authenticated:
        preference_language_set(user=request.user, language=language)
    return response


@receiver(user_logged_in)
def _keep_choice_made_before_login(sender, request, user, **kwargs):
    """A language picked on the login page (a cookie) becomes the person's, unless they chose before."""
    cookie = _offered(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)) if request else None
    if cookie and stored_language(user) is None:
        preference_language_set(user=user, language=cookie, only_if_unset=True)
