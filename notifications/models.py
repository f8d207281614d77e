"""Notification rows (one per recipient and event) and each user's delivery preference."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """What one person is told about one event, rendered in their language when written."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    organisation = models.ForeignKey("engine.Organisation", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=60)
    work_item = models.ForeignKey(
        "engine.WorkItem", on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    programme = models.ForeignKey(
        "engine.Programme", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.TextField(_("message"))
    link = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)
    # When the row was handed to the channel layer (notifications.relay claims rows where it
    # is null; the in-process push sets it as the row is written). Null: not pushed yet.
    pushed_at = models.DateTimeField(_("pushed"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-id"]
        indexes = [
            # The unread count and the replay after reconnect.
            models.Index(fields=["recipient", "read_at", "id"], name="notif_recipient_unread"),
            models.Index(fields=["recipient", "id"], name="notif_recipient_id"),
            # The email sweep: not yet emailed, oldest first.
            models.Index(
                fields=["created_at"],
                condition=models.Q(emailed_at__isnull=True, read_at__isnull=True),
                name="notif_email_pending",
            ),
            # The relay: rows not pushed yet, oldest first (small: drained within seconds).
            models.Index(
                fields=["id"], condition=models.Q(pushed_at__isnull=True), name="notif_push_pending"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_id} · {self.kind} · {self.message[:60]}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationArchive(models.Model):
    """Notifications of a closed year, moved out of the live table by `archive_year` (read or not, kept).

    The live table stays the size of the current years, so the unread counts and the replay
    read only it; this one answers "who was told what, when" about an archived year.
    """

    id = models.BigIntegerField(primary_key=True)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey("engine.Organisation", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=60)
    work_item = models.ForeignKey(
        "engine.WorkItem", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    programme = models.ForeignKey(
        "engine.Programme", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.TextField(_("message"))
    link = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"))
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)
    pushed_at = models.DateTimeField(_("pushed"), null=True, blank=True)

    class Meta:
        verbose_name = _("archived notification")
        verbose_name_plural = _("archived notifications")
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["recipient", "id"], name="notif_archive_recipient_id"),
            models.Index(fields=["work_item", "created_at"], name="notif_archive_item_time"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_id} · {self.kind} · {self.message[:60]}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationPreference(models.Model):
    """How a user wants to be emailed; the bell and the page show everything regardless."""

    class Email(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately, one email each")
        DIGEST = "digest", _("A digest of what I have not read")
        NEVER = "never", _("Never")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    email = models.CharField(_("email"), max_length=20, choices=Email.choices, default=Email.DIGEST)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    # topic (notifications.topics) → an Email value, overriding `email` for that topic.
    per_kind = models.JSONField(_("email per topic"), default=dict, blank=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.email}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        from notifications.topics import TOPICS

        for topic, choice in (self.per_kind or {}).items():
            if topic not in TOPICS or choice not in self.Email.values:
                raise ValidationError({"per_kind": _("Choose one of the options offered.")})

    def email_for(self, kind: str) -> str:
        """How a notification of `kind` is emailed: its topic's choice, else the default."""
        from notifications.topics import topic_of

        return (self.per_kind or {}).get(topic_of(kind)) or self.email
