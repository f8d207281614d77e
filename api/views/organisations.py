"""Organisations and units: read-only, the caller's own organisation only."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from api.serializers.organisations import OrganisationSerializer, UnitSerializer
from api.views.common import errors
from engine.models import Organisation, Unit


@extend_schema_view(
    list=extend_schema(responses={200: OrganisationSerializer(many=True), **errors(404)}),
    retrieve=extend_schema(responses={200: OrganisationSerializer, **errors(404)}),
)
class OrganisationViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrganisationSerializer
    queryset = Organisation.objects.none()  # for the schema; get_queryset is what is served
    lookup_value_converter = "int"

    def get_queryset(self):
        return Organisation.objects.filter(pk=self.request.user.organisation_id).order_by("pk")


@extend_schema_view(
    list=extend_schema(responses={200: UnitSerializer(many=True), **errors(404)}),
    retrieve=extend_schema(responses={200: UnitSerializer, **errors(404)}),
)
class UnitViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = UnitSerializer
    queryset = Unit.objects.none()
    lookup_value_converter = "int"

    def get_queryset(self):
        return Unit.objects.filter(organisation_id=self.request.user.organisation_id).order_by(
            "position", "pk"
        )
