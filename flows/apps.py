"""Django app configuration for the flows: subscribes the process mirror to the engine's events,
and hands the notification relay the pending completion-review steps (flows.pending)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FlowsConfig(AppConfig):
    name = "flows"
    verbose_name = _("Approval flows")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from engine.events import subscribe
        from flows.notices import register_kinds
        from flows.pending import RELAY_PAYLOAD, relay_job
        from flows.sync import on_domain_event
        from notifications.relay import relay_job as relay_register

        subscribe(on_domain_event)
        register_kinds()
        relay_register(RELAY_PAYLOAD, relay_job)
