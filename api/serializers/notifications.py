"""Notifications: the caller's own rows, and marking them read."""

from rest_framework import serializers

from api.serializers import MAX_ID
from api.serializers.work_items import PersonSerializer
from notifications.models import Notification


class NotificationSerializer(serializers.ModelSerializer):
    actor = PersonSerializer(read_only=True, allow_null=True)
    is_read = serializers.BooleanField(read_only=True)

    class Meta:
        model = Notification
        fields = (
            "id",
            "kind",
            "message",
            "link",
            "work_item",
            "programme",
            "actor",
            "created_at",
            "read_at",
            "is_read",
        )
        read_only_fields = fields


class NotificationFilterSerializer(serializers.Serializer):
    unread = serializers.BooleanField(required=False, default=False, help_text="Only unread ones.")
    kind = serializers.CharField(
        required=False, max_length=60, help_text="Kind prefix, e.g. `work_item` or `work_item.returned`."
    )


class MarkReadSerializer(serializers.Serializer):
    ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        required=False,
        default=list,
        max_length=1000,
    )
    all = serializers.BooleanField(required=False, default=False, help_text="Mark every unread one read.")


class UnreadCountSerializer(serializers.Serializer):
    unread_count = serializers.IntegerField()
