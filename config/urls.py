"""Top-level URL routes."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from config.health import healthz_view
from notifications.language import language_set_view

urlpatterns = [
    path("healthz", healthz_view, name="healthz"),
    path("admin/", admin.site.urls),
    path("i18n/setlang/", language_set_view, name="set_language"),
    path("api/", include("api.urls")),
    path("", include("engine.urls")),
    path("", include("notifications.urls")),
]
handler404 = "api.errors.not_found_view"
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
