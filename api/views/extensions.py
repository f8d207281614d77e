"""Extension requests: list and detail, ask for one on a work item, grant, refuse, withdraw.

Reads go through engine.selectors.extensions, writes through engine.services.extensions,
which check the same rules as the pages; their errors become 403 / 409 / 400 in api.errors.
"""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.serializers import extensions as s
from api.views.common import errors
from engine.exceptions import InvalidInput
from engine.models import ExtensionRequest
from engine.selectors.extensions import extension_get, extension_list
from engine.services import extensions as svc


@extend_schema_view(
    list=extend_schema(
        parameters=[s.ExtensionFilterSerializer],
        responses={200: s.ExtensionSerializer(many=True), **errors(400, 404)},
        description="Extension requests of the work items you may see, newest first.",
    ),
    retrieve=extend_schema(responses={200: s.ExtensionSerializer, **errors(404)}),
)
class ExtensionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = s.ExtensionSerializer
    queryset = ExtensionRequest.objects.none()  # for the schema; get_queryset is what is served
    lookup_value_converter = "int"

    def get_queryset(self):
        params = s.ExtensionFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        f = params.validated_data
        return extension_list(
            self.request.user, state=f.get("state"), unit_id=f.get("unit"), programme_id=f.get("programme")
        )

    def get_object(self):
        return extension_get(self.request.user, self.kwargs["pk"])

    def _decide(self, request, pk, input_class, call) -> Response:
        extension = extension_get(request.user, pk)
        data = input_class(data=request.data)
        data.is_valid(raise_exception=True)
        call(extension, request.user, data.validated_data)
        return Response(self.get_serializer(extension_get(request.user, pk)).data)

    @extend_schema(
        request=s.GrantSerializer,
        responses={200: s.ExtensionSerializer, **errors(400, 403, 404, 409)},
        description="The director or the supervising deputy director grants: the item's deadline "
        "moves to the requested date (the original is kept).",
    )
    @action(detail=True, methods=["post"])
    def grant(self, request, pk=None):
        return self._decide(
            request,
            pk,
            s.GrantSerializer,
            lambda ext, user, d: svc.extension_grant(extension=ext, actor=user, note=d["note"]),
        )

    @extend_schema(
        request=s.RefuseSerializer,
        responses={200: s.ExtensionSerializer, **errors(400, 403, 404, 409)},
        description="The director or the supervising deputy director refuses, with a reason; "
        "the deadline stays.",
    )
    @action(detail=True, methods=["post"])
    def refuse(self, request, pk=None):
        return self._decide(request, pk, s.RefuseSerializer, _refuse)

    @extend_schema(
        request=s.WithdrawSerializer,
        responses={200: s.ExtensionSerializer, **errors(400, 403, 404, 409)},
        description="The head of the lead unit takes a waiting request back.",
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        return self._decide(
            request,
            pk,
            s.WithdrawSerializer,
            lambda ext, user, d: svc.extension_withdraw(extension=ext, actor=user, note=d["note"]),
        )


def _refuse(extension, user, d) -> None:
    try:
        svc.extension_refuse(extension=extension, actor=user, note=d["reason"])
    except InvalidInput as error:
        # The service names its field `note`; this endpoint calls it `reason`.
        fields = {"reason" if k == "note" else k: v for k, v in error.field_errors.items()}
        raise InvalidInput(error.message, field_errors=fields) from error
