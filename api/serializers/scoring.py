"""Evaluations (scoring per period): read-only, for evaluators and the leadership."""

from rest_framework import serializers

from engine.models import Evaluation


class EvaluationSerializer(serializers.ModelSerializer):
    rubric_version = serializers.IntegerField(source="rubric.version", read_only=True)

    class Meta:
        model = Evaluation
        fields = (
            "id",
            "period_kind",
            "period_start",
            "period_end",
            "as_of",
            "state",
            "rubric_version",
            "result_sha256",
            "computed_at",
            "frozen_at",
        )
        read_only_fields = fields


class EvaluationDetailSerializer(EvaluationSerializer):
    result = serializers.JSONField(
        read_only=True, help_text="Scores per unit and per person, with the evidence behind them."
    )

    class Meta(EvaluationSerializer.Meta):
        fields = (*EvaluationSerializer.Meta.fields, "result")
        read_only_fields = fields
