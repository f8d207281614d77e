"""notification_relay: push committed notification rows and item states (notifications.relay)."""

import signal

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from notifications.relay import Relay


class Command(BaseCommand):
    help = (
        "Push committed notification rows and work-item state changes to the WebSocket groups, "
        "woken by PostgreSQL NOTIFY (run one per deployment, with NOTIFICATIONS_PUSH=relay)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="push every row not pushed yet, then exit (no LISTEN)"
        )

    def handle(self, *args, once=False, **options):
        if not once and connection.vendor != "postgresql":
            raise CommandError(
                "The notification relay listens to PostgreSQL (LISTEN/NOTIFY); this database is "
                f"{connection.vendor}. Without PostgreSQL, set NOTIFICATIONS_PUSH=in_process "
                "(the default there) or use --once."
            )
        stopping = []
        if not once:
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stopping.append(True))
            self.stdout.write("notification relay: listening")
            self.stdout.flush()
        relay = Relay()
        try:
            relay.run(once=once, stop=lambda: bool(stopping))
        finally:
            relay.close()
        self.stdout.write(f"notification relay: pushed {relay.pushed} rows")
