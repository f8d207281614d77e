"""The append-only audit trail, hash-chained per organisation.

Each event stores the hash of the previous event of its organisation, so any edit or
deletion of a stored event breaks the chain and `manage.py verify_audit` names it.
The ORM refuses updates and deletes; on PostgreSQL a trigger refuses them as well
(migration 0002), and another lets the chain head only advance to the event just appended
(migration 0012). Events are written only by `engine.audit.audit_record`; closed years move to
AuditEventArchive (engine.audit_archive) and AuditEventRecord reads both.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation


class AuditImmutable(Exception):
    """Raised on any attempt to change or delete a stored audit event."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditImmutable("Audit events are append-only.")

    def delete(self):
        raise AuditImmutable("Audit events are append-only.")

    _raw_delete = delete


class AuditEventFields(models.Model):
    """The columns of an audit event: shared by the live table, its archive and the view of both."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    seq = models.PositiveBigIntegerField(_("sequence"))
    created_at = models.DateTimeField(_("time"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(_("actor"), max_length=255, blank=True)
    verb = models.CharField(_("action"), max_length=50)
    object_type = models.CharField(_("object type"), max_length=50)
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("object"), max_length=255, blank=True)
    work_item = models.ForeignKey(
        "engine.WorkItem", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    unit = models.ForeignKey("engine.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    from_state = models.CharField(_("from state"), max_length=30, blank=True)
    to_state = models.CharField(_("to state"), max_length=30, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    changes = models.JSONField(_("changed fields"), default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"#{self.seq} {self.verb} {self.object_repr}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditImmutable("Audit events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditImmutable("Audit events are append-only.")


class AuditEvent(AuditEventFields):
    work_item = models.ForeignKey(
        "engine.WorkItem", on_delete=models.PROTECT, null=True, blank=True, related_name="audit_events"
    )
    unit = models.ForeignKey(
        "engine.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="audit_events"
    )

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["organisation", "seq"]
        constraints = [models.UniqueConstraint(fields=["organisation", "seq"], name="audit_event_seq_unique")]
        indexes = [
            models.Index(fields=["work_item", "seq"]),
            models.Index(fields=["unit", "seq"]),
            models.Index(fields=["organisation", "verb"]),
        ]


class AuditEventArchive(AuditEventFields):
    """The events of closed years, moved out of the live table by `archive_year` (ids and hashes kept).

    Append-only as the live table is (the ORM, and on PostgreSQL a trigger, migration 0013);
    rows arrive only by engine.audit_archive's INSERT … SELECT from the live table.
    """

    id = models.BigIntegerField(primary_key=True)

    class Meta:
        verbose_name = _("archived audit event")
        verbose_name_plural = _("archived audit events")
        ordering = ["organisation", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "seq"], name="audit_archive_seq_unique")
        ]
        indexes = [
            models.Index(fields=["work_item", "seq"], name="audit_archive_item_seq"),
            models.Index(fields=["unit", "seq"], name="audit_archive_unit_seq"),
            models.Index(fields=["organisation", "verb"], name="audit_archive_org_verb"),
        ]


class AuditEventRecord(AuditEventFields):
    """Every event, archived or live: a read-only database view (UNION ALL of the two tables).

    What the audit page, the exports, a work item's history and verify_audit read, so an
    archived year is found as before. `archived` tells which table a row lives in.
    """

    id = models.BigIntegerField(primary_key=True)
    archived = models.BooleanField(_("archived"))

    class Meta:
        managed = False
        db_table = "engine_auditevent_all"
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["organisation", "seq"]


class AuditArchive(models.Model):
    """One organisation's year moved to the archive: which events (a prefix of its chain) and when."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    first_seq = models.PositiveBigIntegerField(null=True)
    last_seq = models.PositiveBigIntegerField(null=True)
    last_hash = models.CharField(max_length=64, blank=True)
    events = models.PositiveIntegerField(default=0)
    # app label → rows that app moved to its own archive (notifications, engine.audit_archive.ARCHIVERS).
    others = models.JSONField(default=dict, blank=True)
    archived_at = models.DateTimeField(_("archived"))
    archived_by = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = _("archived year")
        verbose_name_plural = _("archived years")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="audit_archive_org_year_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id}: {self.year} (#{self.first_seq}–#{self.last_seq})"


class AuditChainHead(models.Model):
    """The last sequence number and hash of an organisation's chain; locked to append."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.PROTECT, primary_key=True, related_name="+"
    )
    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)
    # engine.audit.key_id of the HMAC key the chain is written with (a fingerprint, not the key).
    key_id = models.CharField(max_length=12, blank=True)

    def __str__(self) -> str:
        return f"{self.organisation_id}: #{self.seq}"
