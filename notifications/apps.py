"""App config: subscribes the outbox writer to the engine's domain events, registers the year archiver."""

from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from engine.audit_archive import register_archiver
        from engine.events import subscribe
        from notifications import language  # noqa: F401  (its login receiver)
        from notifications.archive import notifications_archive
        from notifications.outbox import on_domain_event

        subscribe(on_domain_event)
        register_archiver("notifications", notifications_archive)
