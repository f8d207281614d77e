"""Django app configuration for the engine."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngineConfig(AppConfig):
    name = "engine"
    verbose_name = _("Work programme engine")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from engine.accounts import signals  # noqa: F401  (connects the login receivers)
        from engine.events import subscribe
        from engine.services.extensions import withdraw_when_item_ends
        from engine.services.oversight_snapshot import refresh_after_event

        subscribe(withdraw_when_item_ends)
        subscribe(refresh_after_event)
