"""Session rules: a demo-password session goes to the change page; idle sessions end."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse

from engine.accounts.signals import LAST_SEEN, MUST_CHANGE

# Touch the session (and so push its expiry back) at most this often: a write per request
# would cost every page a query.
TOUCH_EVERY_SECONDS = 60


class AccountSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN)
            if last_seen is not None and now - last_seen > settings.SESSION_IDLE_TIMEOUT_SECONDS:
                logout(request)
                return redirect(f"{reverse('login')}?next={request.path}")
            # A session without the mark (older than this rule) keeps its absolute expiry.
            if last_seen is not None and now - last_seen >= TOUCH_EVERY_SECONDS:
                request.session[LAST_SEEN] = now
            if request.session.get(MUST_CHANGE) and not _exempt(request.path):
                return redirect("password_change")
        return self.get_response(request)


def _exempt(path: str) -> bool:
    allowed = (reverse("password_change"), reverse("password_change_done"), reverse("logout"), "/static/")
    return path.startswith(allowed)
