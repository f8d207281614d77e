"""Programmes: read, and the version a caller saw when it publishes one."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from api.serializers import MAX_ID
from engine.models import Programme


class ProgrammeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Programme
        fields = (
            "id",
            "title",
            "kind",
            "state",
            "period_start",
            "period_end",
            "decision_number",
            "decision_date",
            "source_name",
            "version",
            "created_at",
            "published_at",
            "closed_at",
        )
        read_only_fields = fields


class ProgrammePublishSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1, help_text="The programme's version as you read it; 409 if it changed since."
    )


IMPORT_MAX_BYTES = 20 * 1024 * 1024


class ProgrammeImportSerializer(serializers.Serializer):
    file = serializers.FileField(
        allow_empty_file=False, help_text="The programme document: .docx, .xlsx, .txt or PDF (multipart)."
    )
    year = serializers.IntegerField(
        required=False,
        min_value=2000,
        max_value=2100,
        help_text="The programme's year, if the title does not say.",
    )
    replace = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="Id of a draft programme to refill from this file instead of a new one.",
    )
    dry_run = serializers.BooleanField(
        required=False, default=False, help_text="Read and resolve everything, write nothing."
    )

    def validate_file(self, upload):
        if upload.size > IMPORT_MAX_BYTES:
            raise serializers.ValidationError(
                _("The file is larger than %(mb)d MB.") % {"mb": IMPORT_MAX_BYTES >> 20}
            )
        return upload


class ImportWarningSerializer(serializers.Serializer):
    line = serializers.IntegerField(allow_null=True)
    message = serializers.CharField()


class ProgrammeImportResultSerializer(serializers.Serializer):
    programme = ProgrammeSerializer(allow_null=True, help_text="The draft programme; null on a dry run.")
    dry_run = serializers.BooleanField()
    items = serializers.IntegerField(help_text="Work items read from the file.")
    unresolved_units = serializers.ListField(
        child=serializers.CharField(), help_text="Unit names the document uses that match no unit."
    )
    warnings = ImportWarningSerializer(many=True)
