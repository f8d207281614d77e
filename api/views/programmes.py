"""Programmes: list and detail of the visible ones, and the director's publish."""

from django.db import transaction
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from api.serializers.programmes import (
    ProgrammeImportResultSerializer,
    ProgrammeImportSerializer,
    ProgrammePublishSerializer,
    ProgrammeSerializer,
)
from api.views.common import errors
from engine.exceptions import InvalidInput
from engine.models import Organisation
from engine.selectors.programmes import programmes_visible_to
from engine.services.programme_import import programme_import, programme_import_preview
from engine.services.programmes import programme_publish


@extend_schema_view(
    list=extend_schema(responses={200: ProgrammeSerializer(many=True), **errors(404)}),
    retrieve=extend_schema(responses={200: ProgrammeSerializer, **errors(404)}),
)
class ProgrammeViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ProgrammeSerializer
    lookup_value_converter = "int"

    def get_queryset(self):
        return programmes_visible_to(self.request.user).order_by("-period_start", "pk")

    @extend_schema(
        request=ProgrammePublishSerializer,
        responses={200: ProgrammeSerializer, **errors(400, 403, 404, 409)},
        description="The director approves a draft programme: every drafted item is assigned.",
    )
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        programme = self.get_object()
        data = ProgrammePublishSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        programme = programme_publish(
            programme=programme, actor=request.user, expected_version=data.validated_data["version"]
        )
        return Response(ProgrammeSerializer(programme).data)

    @extend_schema(
        request={"multipart/form-data": ProgrammeImportSerializer},
        responses={
            201: ProgrammeImportResultSerializer,
            200: ProgrammeImportResultSerializer,
            **errors(400, 403, 409),
        },
        description="The secretariat imports a programme document as a draft programme with drafted "
        "work items (the importer of `manage.py import_programme`). Nothing is written when the "
        "document cannot be read (400 naming the file, line or cell) or with `dry_run` (200).",
    )
    @action(detail=False, methods=["post"], url_path="import", parser_classes=[MultiPartParser, FormParser])
    def import_file(self, request):
        data = ProgrammeImportSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        d = data.validated_data
        upload = d["file"]
        organisation = Organisation.objects.filter(pk=request.user.organisation_id).first()
        if organisation is None:
            raise InvalidInput(_("Your account belongs to no organisation."))
        replace = None
        if d.get("replace"):
            replace = programmes_visible_to(request.user).filter(pk=d["replace"]).first()
            if replace is None:
                message = _("No such programme.")
                raise InvalidInput(message, field_errors={"replace": [message]})
        with transaction.atomic():
            result = programme_import_preview(
                organisation=organisation,
                data=upload.read(),
                name=upload.name,
                year=d.get("year"),
                isolated=True,
            )
            # The import itself checks the permission, so a dry run is refused to whoever may not import.
            programme = programme_import(
                organisation=organisation, actor=request.user, result=result, replace=replace
            )
            if d["dry_run"]:
                transaction.set_rollback(True)
        body = {
            "programme": None if d["dry_run"] else ProgrammeSerializer(programme).data,
            "dry_run": d["dry_run"],
            "items": len(result.items),
            "unresolved_units": result.unresolved_units,
            "warnings": [warning.as_json() for warning in result.warnings],
        }
        return Response(body, status=status.HTTP_200_OK if d["dry_run"] else status.HTTP_201_CREATED)
