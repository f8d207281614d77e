"""Top-level URL routes."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from config.health import healthz_view
from engine.views.work_items import attachment_media_view

urlpatterns = [
    path("healthz", healthz_view, name="healthz"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
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
