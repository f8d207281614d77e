"""Routes: /api/v1/ resources, /api/schema/ (OpenAPI 3) and /api/docs/ (Swagger UI from local files)."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from api.views.extensions import ExtensionViewSet
from api.views.notifications import NotificationViewSet
from api.views.organisations import OrganisationViewSet, UnitViewSet
from api.views.programmes import ProgrammeViewSet
from api.views.scoring import EvaluationViewSet
from api.views.work_items import WorkItemViewSet

router = DefaultRouter(use_regex_path=False)
router.include_format_suffixes = False
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("units", UnitViewSet, basename="unit")
router.register("programmes", ProgrammeViewSet, basename="programme")
router.register("work-items", WorkItemViewSet, basename="work-item")
router.register("extensions", ExtensionViewSet, basename="extension")
router.register("notifications", NotificationViewSet, basename="notification")
router.register("evaluations", EvaluationViewSet, basename="evaluation")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
]
