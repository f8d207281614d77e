"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from channels.sessions import SessionMiddlewareStack  # noqa: E402

from notifications.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # Origin checked against ALLOWED_HOSTS (no cross-site WebSocket hijacking), then the
        # session cookie gives scope["session"]; the consumer finds its user there itself, on
        # its own thread pool (notifications.socket_db), and refuses anonymous users.
        "websocket": AllowedHostsOriginValidator(SessionMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)

# The start-up heap out of the collector's full passes (config.heap): a list request no longer pays
# ≈ 130 ms now and then for walking Django's own objects.
from config.heap import freeze_startup_heap  # noqa: E402

freeze_startup_heap()
