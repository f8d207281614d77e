"""Login signals: mark a session that must change the demo password; start the idle clock."""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

MUST_CHANGE = "_dondoc_must_change_password"
LAST_SEEN = "_dondoc_last_seen"


@receiver(user_logged_in, dispatch_uid="dondoc_accounts_logged_in")
def on_logged_in(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    request.session[LAST_SEEN] = int(time.time())
    # In production the published demo password is everyone's: its holder changes it first.
    if not settings.DEBUG and getattr(request, "_dondoc_demo_password", False):
        request.session[MUST_CHANGE] = True
