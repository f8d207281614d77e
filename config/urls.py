"""Top-level URL routes."""

from django.conf import settings
from django.contrib import admin
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.generic import RedirectView

from config.health import healthz_view
from engine.views.work_items import attachment_media_view
from notifications.language import language_set_view


class FaviconView(RedirectView):
    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static_url("favicon.ico")  # at request time: the hashed name in production


urlpatterns = [
    path("healthz", healthz_view, name="healthz"),
    # Browsers and tools ask for /favicon.ico whatever the page links: send them to the static file.
    path("favicon.ico", FaviconView.as_view(), name="favicon"),
    path("admin/", admin.site.urls),
    path("i18n/setlang/", language_set_view, name="set_language"),
    path("api/", include("api.urls")),
    path("", include("engine.urls")),
    path("", include("notifications.urls")),
]
handler404 = "api.errors.not_found_view"
if settings.DEBUG:
    # Never a bare static serve: media holds evidence, which only its item's readers may fetch
    # (in production nginx serves nothing from MEDIA_ROOT; downloads go through the view).
    urlpatterns.append(
        path(f"{settings.MEDIA_URL.lstrip('/')}<path:name>", attachment_media_view, name="media")
    )
