"""Evaluations: the scoring of a period, read-only; evaluators and the leadership only."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from api.serializers.scoring import EvaluationDetailSerializer, EvaluationSerializer
from api.views.common import errors
from engine import permissions
from engine.exceptions import ActionNotAllowed
from engine.models import Evaluation


@extend_schema_view(
    list=extend_schema(responses={200: EvaluationSerializer(many=True), **errors(403, 404)}),
    retrieve=extend_schema(responses={200: EvaluationDetailSerializer, **errors(403, 404)}),
)
class EvaluationViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Evaluation.objects.none()
    lookup_value_converter = "int"

    def get_serializer_class(self):
        return EvaluationDetailSerializer if self.action == "retrieve" else EvaluationSerializer

    def get_queryset(self):
        org_id = self.request.user.organisation_id
        if not permissions.can_view_scores(self.request.user, org_id):
            raise ActionNotAllowed(_("Only the evaluators and the leadership see scores."))
        return (
            Evaluation.objects.filter(organisation_id=org_id)
            .select_related("rubric")
            .order_by("-period_start", "period_kind", "pk")
        )
