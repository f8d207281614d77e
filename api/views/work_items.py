"""Work items: filtered list, detail with reports and history, actions, progress reports.

Every read goes through engine.selectors and engine.permissions.access_work_item, every
write through engine.services; the engine's errors become 403 / 409 / 400 in api.errors.
"""

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from api.serializers import work_items as s
from api.serializers.extensions import ExtensionRequestInputSerializer, ExtensionSerializer
from api.views.common import errors
from engine import permissions
from engine.deadlines.calendar import calendar_for
from engine.deadlines.status import status_of
from engine.exceptions import InvalidInput
from engine.models import User, WorkItem
from engine.selectors.extensions import extension_get, extension_list
from engine.selectors.work_items import work_item_list
from engine.services import extensions as extension_svc
from engine.services import work_items as svc


def _delegate(item, user, d):
    assignee = None
    if d["assignee"] is not None:
        assignee = User.objects.filter(pk=d["assignee"], organisation_id=item.organisation_id).first()
        if assignee is None:
            message = str(s.UNKNOWN_PERSON)
            raise InvalidInput(message, field_errors={"assignee": [message]})
    return svc.work_item_delegate(item=item, actor=user, assignee=assignee, expected_version=d["version"])


# action name -> (input serializer, service call, what it does)
ACTIONS = {
    "assign": (
        s.VersionSerializer,
        lambda item, user, d: svc.work_item_assign(item=item, actor=user, expected_version=d["version"]),
        "drafted → assigned (secretariat, director).",
    ),
    "start": (
        s.VersionSerializer,
        lambda item, user, d: svc.work_item_start(item=item, actor=user, expected_version=d["version"]),
        "assigned → in_progress (a member of the lead unit).",
    ),
    "report": (
        s.CompletionReportSerializer,
        lambda item, user, d: svc.work_item_report(
            item=item,
            actor=user,
            text=d["text"],
            percent=d["percent"],
            indicator_actual=d.get("indicator_actual"),
            files=d.get("files") or [],
            expected_version=d["version"],
        ),
        "in_progress → reported, with the completion report and evidence files "
        "(multipart/form-data for files; head of the lead unit).",
    ),
    "accept": (
        s.AcceptSerializer,
        lambda item, user, d: svc.work_item_accept(
            item=item, actor=user, note=d.get("note", ""), expected_version=d["version"]
        ),
        "reported → accepted (director, supervising deputy director).",
    ),
    "return": (
        s.ReasonSerializer,
        lambda item, user, d: svc.work_item_return(
            item=item, actor=user, reason=d["reason"], expected_version=d["version"]
        ),
        "reported → in_progress with a reason (director, supervising deputy director).",
    ),
    "cancel": (
        s.ReasonSerializer,
        lambda item, user, d: svc.work_item_cancel(
            item=item, actor=user, reason=d["reason"], expected_version=d["version"]
        ),
        "any open state → cancelled with a reason (director).",
    ),
    "reopen": (
        s.ReasonSerializer,
        lambda item, user, d: svc.work_item_reopen(
            item=item, actor=user, reason=d["reason"], expected_version=d["version"]
        ),
        "accepted → in_progress with a reason (director).",
    ),
    "delegate": (
        s.DelegateSerializer,
        _delegate,
        "Hand the item to a member of the lead unit, or take it back with null (head of the lead unit).",
    ),
}

PARSERS = [JSONParser, MultiPartParser, FormParser]


@extend_schema_view(
    list=extend_schema(
        parameters=[s.WorkItemFilterSerializer],
        responses={200: s.WorkItemSerializer(many=True), **errors(400, 404)},
        description="The work items you may see, narrowed by the filters; ordered by due date.",
    ),
    retrieve=extend_schema(responses={200: s.WorkItemDetailSerializer, **errors(404)}),
)
class WorkItemViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = s.WorkItemSerializer
    queryset = WorkItem.objects.none()  # for the schema; get_queryset is what is served
    lookup_value_converter = "int"
    parser_classes = PARSERS

    def get_queryset(self):
        params = s.WorkItemFilterSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        f = params.validated_data
        return work_item_list(
            self.request.user,
            scope=f["scope"],
            state=f.get("state"),
            status=f.get("status"),
            unit_id=f.get("unit"),
            programme_id=f.get("programme"),
            leader_id=f.get("leader"),
            due_from=f.get("due_from"),
            due_to=f.get("due_to"),
            query=f.get("q"),
        ).order_by("due_date", "programme_id", "position", "id")

    def _item(self, pk):
        return permissions.access_work_item(self.request.user, pk)

    def _detail(self, item) -> Response:
        status_of(item, timezone.localdate(), calendar_for(item.organisation_id))
        return Response(s.WorkItemDetailSerializer(item, context=self.get_serializer_context()).data)

    def retrieve(self, request, pk=None):
        return self._detail(self._item(pk))

    def _perform(self, request, pk, name):
        serializer_class, call, _doc = ACTIONS[name]
        item = self._item(pk)
        data = serializer_class(data=request.data)
        data.is_valid(raise_exception=True)
        call(item, request.user, data.validated_data)
        return self._detail(self._item(pk))

    @extend_schema(
        methods=["get"],
        parameters=[OpenApiParameter("kind", str, enum=["progress", "completion", "contribution"])],
        responses={200: s.ProgressReportSerializer(many=True), **errors(404)},
        description="The item's reports, oldest first, with their evidence files.",
    )
    @extend_schema(
        methods=["post"],
        request={
            "multipart/form-data": s.ProgressReportInputSerializer,
            "application/json": s.ProgressReportInputSerializer,
        },
        responses={201: s.ProgressReportSerializer, **errors(400, 403, 404, 409)},
        description="A progress note by the lead unit or a contribution by a coordinating unit; "
        "no change of state. Files go as multipart/form-data.",
    )
    @action(detail=True, methods=["get", "post"])
    def reports(self, request, pk=None):
        item = self._item(pk)
        if request.method == "GET":
            reports = (
                item.reports.select_related("author")
                .prefetch_related("attachments")
                .order_by("created_at", "id")
            )
            kind = request.query_params.get("kind")
            if kind:
                reports = reports.filter(kind=kind)
            page = self.paginate_queryset(reports)
            data = s.ProgressReportSerializer(page, many=True, context=self.get_serializer_context()).data
            return self.get_paginated_response(data)
        data = s.ProgressReportInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        d = data.validated_data
        report = svc.work_item_add_report(
            item=item,
            actor=request.user,
            text=d["text"],
            percent=d.get("percent"),
            indicator_actual=d.get("indicator_actual"),
            files=d.get("files") or [],
            contribution=d["kind"] == "contribution",
        )
        # The report the service wrote, not "the author's latest": two notes may race.
        report = (
            item.reports.filter(pk=report.pk).select_related("author").prefetch_related("attachments").get()
        )
        return Response(s.ProgressReportSerializer(report, context=self.get_serializer_context()).data, 201)

    @extend_schema(
        methods=["get"],
        responses={200: ExtensionSerializer(many=True), **errors(404)},
        description="The item's extension requests, newest first.",
    )
    @extend_schema(
        methods=["post"],
        request=ExtensionRequestInputSerializer,
        responses={201: ExtensionSerializer, **errors(400, 403, 404, 409)},
        description="The head of the lead unit asks for a later deadline, with a reason "
        "(the item assigned or in progress; one waiting request at a time).",
    )
    @action(detail=True, methods=["get", "post"])
    def extensions(self, request, pk=None):
        item = self._item(pk)
        context = self.get_serializer_context()
        if request.method == "GET":
            page = self.paginate_queryset(extension_list(request.user, work_item_id=item.pk))
            return self.get_paginated_response(ExtensionSerializer(page, many=True, context=context).data)
        data = ExtensionRequestInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        extension = extension_svc.extension_request(
            item=item,
            actor=request.user,
            new_due_date=data.validated_data["new_due_date"],
            reason=data.validated_data["reason"],
        )
        extension = extension_get(request.user, extension.pk)
        return Response(ExtensionSerializer(extension, context=context).data, 201)


def _action_view(name: str):
    serializer_class, _call, doc = ACTIONS[name]

    def view(self, request, pk=None):
        return self._perform(request, pk, name)

    view.__name__ = f"action_{name}"
    view.__doc__ = doc
    request_body = serializer_class
    if name == "report":
        request_body = {"multipart/form-data": serializer_class, "application/json": serializer_class}
    view = action(detail=True, methods=["post"], url_path=f"actions/{name}", url_name=f"action-{name}")(view)
    # extend_schema must wrap the action: @action replaces the function's kwargs.
    return extend_schema(
        request=request_body,
        responses={200: s.WorkItemDetailSerializer, **errors(400, 403, 404, 409)},
        description=doc,
        operation_id=f"work_items_action_{name}",
    )(view)


for _name in ACTIONS:
    setattr(WorkItemViewSet, f"action_{_name}", _action_view(_name))
