"""Notifications: list the caller's own, mark them read (notifications.selectors / services)."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api.serializers.notifications import (
    MarkReadSerializer,
    NotificationFilterSerializer,
    NotificationSerializer,
    UnreadCountSerializer,
)
from api.views.common import errors
from notifications.models import Notification
from notifications.selectors import notification_list, unread_count
from notifications.services import notification_mark_read


class NotificationViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = NotificationSerializer
    queryset = Notification.objects.none()

    def get_queryset(self):
        params = NotificationFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        f = params.validated_data
        return notification_list(self.request.user, unread_only=f["unread"], kind=f.get("kind"))

    @extend_schema(
        parameters=[NotificationFilterSerializer],
        responses={200: NotificationSerializer(many=True), **errors(400, 404)},
        description="Your notifications, newest first.",
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(responses={200: UnreadCountSerializer, **errors()})
    @action(detail=False, methods=["get"], url_path="unread-count")
    def unread_count(self, request):
        return Response({"unread_count": unread_count(request.user)})

    @extend_schema(
        request=MarkReadSerializer,
        responses={200: UnreadCountSerializer, **errors(400)},
        description="Mark `ids` (your own; others' are ignored) or `all` unread ones read; "
        "answers how many stay unread.",
    )
    @action(detail=False, methods=["post"], url_path="mark-read")
    def mark_read(self, request):
        data = MarkReadSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        left = notification_mark_read(
            user=request.user, ids=data.validated_data["ids"], all_unread=data.validated_data["all"]
        )
        return Response({"unread_count": left})
