"""Work items: list rows, the detail with reports and history, and each action's input."""

from datetime import date

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers import MAX_ID
from engine import permissions
from engine.deadlines.status import StatusClass
from engine.models import Attachment, AuditEvent, ProgressReport, User, WorkItem, WorkItemUnit
from engine.selectors.work_items import work_item_history


class PersonSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="display_name", read_only=True)

    class Meta:
        model = User
        fields = ("id", "username", "name")


class UnitLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="unit.id")
    name = serializers.CharField(source="unit.name")
    short_name = serializers.CharField(source="unit.short_name")


def _links(item: WorkItem, role: str) -> list:
    # unit_links__unit is prefetched by the selectors; filtering in Python keeps it one query.
    return [link for link in item.unit_links.all() if link.role == role]


class WorkItemSerializer(serializers.ModelSerializer):
    lead_units = serializers.SerializerMethodField()
    coordinating_units = serializers.SerializerMethodField()
    leader = PersonSerializer(read_only=True, allow_null=True)
    assignee = PersonSerializer(read_only=True, allow_null=True)
    programme_title = serializers.CharField(source="programme.title", read_only=True)
    status_class = serializers.SerializerMethodField(
        help_text="Deadline status as of today (engine.deadlines.status); null when cancelled."
    )
    next_report_due = serializers.SerializerMethodField(
        help_text="A recurring item's next report date (its earliest unsubmitted report period)."
    )

    class Meta:
        model = WorkItem
        fields = (
            "id",
            "programme",
            "programme_title",
            "ref",
            "section",
            "content",
            "state",
            "status_class",
            "version",
            "lead_units",
            "coordinating_units",
            "leader",
            "leader_text",
            "assignee",
            "due_text",
            "due_date",
            "original_due_date",
            "next_report_due",
            "recurrence",
            "is_key",
            "is_cross_cutting",
            "indicator_name",
            "indicator_measure",
            "indicator_target",
            "indicator_actual",
            "assigned_at",
            "started_at",
            "reported_at",
            "accepted_at",
            "cancelled_at",
            "updated_at",
        )
        read_only_fields = fields

    @extend_schema_field(serializers.ChoiceField(choices=StatusClass.choices, allow_null=True))
    def get_status_class(self, item) -> str | None:
        return getattr(item, "status_class", None)

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_next_report_due(self, item) -> date | None:
        return getattr(item, "next_report_due", None)

    @extend_schema_field(UnitLinkSerializer(many=True))
    def get_lead_units(self, item) -> list:
        return UnitLinkSerializer(_links(item, WorkItemUnit.Role.LEAD), many=True).data

    @extend_schema_field(UnitLinkSerializer(many=True))
    def get_coordinating_units(self, item) -> list:
        return UnitLinkSerializer(_links(item, WorkItemUnit.Role.COORDINATING), many=True).data


class AttachmentSerializer(serializers.ModelSerializer):
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ("id", "original_name", "size", "content_type", "sha256", "created_at", "download_url")

    @extend_schema_field(OpenApiTypes.URI)
    def get_download_url(self, attachment) -> str:
        url = reverse("attachment_download", args=[attachment.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class ProgressReportSerializer(serializers.ModelSerializer):
    author = PersonSerializer(read_only=True)
    unit = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = ProgressReport
        fields = (
            "id",
            "kind",
            "unit",
            "author",
            "percent",
            "text",
            "indicator_actual",
            "created_at",
            "attachments",
        )


class HistoryEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = AuditEvent
        fields = (
            "seq",
            "created_at",
            "actor",
            "actor_name",
            "verb",
            "from_state",
            "to_state",
            "reason",
            "changes",
        )


class WorkItemDetailSerializer(WorkItemSerializer):
    """The list row plus what the item page shows: note, actions open to you, reports, history."""

    available_actions = serializers.SerializerMethodField()
    reports = serializers.SerializerMethodField()
    history = serializers.SerializerMethodField()

    class Meta(WorkItemSerializer.Meta):
        fields = (*WorkItemSerializer.Meta.fields, "note", "available_actions", "reports", "history")
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_available_actions(self, item) -> list[str]:
        return permissions.available_actions(self.context["request"].user, item)

    @extend_schema_field(ProgressReportSerializer(many=True))
    def get_reports(self, item) -> list:
        reports = item.reports.select_related("author").prefetch_related("attachments")
        return ProgressReportSerializer(reports, many=True, context=self.context).data

    @extend_schema_field(HistoryEventSerializer(many=True))
    def get_history(self, item) -> list:
        return HistoryEventSerializer(work_item_history(item), many=True).data


# --- input ----------------------------------------------------------------------------

VERSION_HELP = "The item's `version` as you read it; 409 if someone changed the item since."


class VersionSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text=VERSION_HELP)


class AcceptSerializer(VersionSerializer):
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)


class ReasonSerializer(VersionSerializer):
    reason = serializers.CharField(max_length=5000, help_text="Shown to the unit and kept in the history.")


class _ReportFields(serializers.Serializer):
    text = serializers.CharField(max_length=20000)
    indicator_actual = serializers.DecimalField(
        max_digits=18, decimal_places=4, required=False, allow_null=True, default=None
    )
    files = serializers.ListField(
        child=serializers.FileField(allow_empty_file=False),
        required=False,
        default=list,
        max_length=20,
        help_text="Evidence files (multipart/form-data): PDF, Word, Excel, images, ZIP.",
    )


class CompletionReportSerializer(VersionSerializer, _ReportFields):
    percent = serializers.IntegerField(min_value=0, max_value=100, default=100)


class ProgressReportInputSerializer(_ReportFields):
    kind = serializers.ChoiceField(
        choices=[ProgressReport.Kind.PROGRESS, ProgressReport.Kind.CONTRIBUTION],
        default=ProgressReport.Kind.PROGRESS,
        help_text="progress: by the lead unit; contribution: by a coordinating unit.",
    )
    percent = serializers.IntegerField(
        min_value=0, max_value=100, required=False, allow_null=True, default=None
    )


class DelegateSerializer(VersionSerializer):
    assignee = serializers.IntegerField(
        allow_null=True,
        min_value=1,
        max_value=MAX_ID,
        help_text="A member of the lead unit; null takes the item back.",
    )


class WorkItemFilterSerializer(serializers.Serializer):
    """The list's query parameters."""

    scope = serializers.ChoiceField(
        choices=["all", "actionable"], default="all", help_text="actionable: items waiting on you."
    )
    state = serializers.ChoiceField(choices=WorkItem.State.choices, required=False)
    status = serializers.ChoiceField(
        choices=StatusClass.choices,
        required=False,
        help_text="Deadline status class, e.g. in_progress_overdue.",
    )
    unit = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="Lead or coordinating unit id."
    )
    leader = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="Supervising leader's user id."
    )
    programme = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    due_from = serializers.DateField(required=False, help_text="Due on or after (YYYY-MM-DD).")
    due_to = serializers.DateField(required=False, help_text="Due on or before (YYYY-MM-DD).")
    q = serializers.CharField(required=False, max_length=200, help_text="Words, with or without accents.")

    def validate(self, data):
        if data.get("due_from") and data.get("due_to") and data["due_from"] > data["due_to"]:
            raise serializers.ValidationError(
                {"due_to": [_("The end of the due range is before its start.")]}
            )
        return data


UNKNOWN_PERSON = _("No such person in this organisation.")
