"""Extension requests: rows, the request's input, the decisions' input and the list's filters."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers import MAX_ID
from api.serializers.work_items import PersonSerializer
from engine import permissions
from engine.models import ExtensionRequest, WorkItem

ACTIONS = ("grant", "refuse", "withdraw")


class ExtensionWorkItemSerializer(serializers.ModelSerializer):
    programme_title = serializers.CharField(source="programme.title", read_only=True)

    class Meta:
        model = WorkItem
        fields = ("id", "programme", "programme_title", "ref", "content", "state", "due_date", "version")
        read_only_fields = fields


class ExtensionSerializer(serializers.ModelSerializer):
    work_item = ExtensionWorkItemSerializer(read_only=True)
    requested_by = PersonSerializer(read_only=True)
    decided_by = PersonSerializer(read_only=True, allow_null=True)
    available_actions = serializers.SerializerMethodField()

    class Meta:
        model = ExtensionRequest
        fields = (
            "id",
            "work_item",
            "state",
            "requested_by",
            "requested_at",
            "due_date_before",
            "requested_due_date",
            "reason",
            "decided_by",
            "decided_at",
            "decision_note",
            "available_actions",
        )
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=ACTIONS)))
    def get_available_actions(self, extension) -> list[str]:
        """What the caller may do now: the rules of engine.permissions, as the pages apply them."""
        if not extension.is_pending:
            return []
        user = self.context["request"].user
        item = extension.work_item
        actions = []
        if permissions.can(user, "decide_extension", item):
            actions += ["grant", "refuse"]
        if permissions.explain_denial(user, "request_extension", item) is None:
            actions.append("withdraw")
        return actions


class ExtensionRequestInputSerializer(serializers.Serializer):
    new_due_date = serializers.DateField(
        help_text="The deadline asked for (YYYY-MM-DD), after the current one."
    )
    reason = serializers.CharField(max_length=4000, help_text="Why the unit needs more time.")


class GrantSerializer(serializers.Serializer):
    note = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=4000, help_text="Optional note."
    )


class RefuseSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, help_text="Why not; shown to the unit.")


class WithdrawSerializer(GrantSerializer):
    pass


class ExtensionFilterSerializer(serializers.Serializer):
    """The list's query parameters."""

    state = serializers.ChoiceField(choices=ExtensionRequest.State.choices, required=False)
    unit = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="The item's lead or coordinating unit id."
    )
    programme = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
