"""Django app configuration for the flows: subscribes the process mirror to the engine's events."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FlowsConfig(AppConfig):
    name = "flows"
    verbose_name = _("Approval flows")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from engine.events import subscribe
        from flows.notices import register_kinds
        from flows.sync import on_domain_event

        subscribe(on_domain_event)
        register_kinds()
