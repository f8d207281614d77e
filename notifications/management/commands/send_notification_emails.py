"""send_notification_emails: one run of the email sweep (cron, or Celery beat every minute)."""

from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from notifications.emails import notification_emails_send


class Command(BaseCommand):
    help = "Email notifications per each user's preference (immediately / digest / never)."

    def add_arguments(self, parser):
        parser.add_argument("--now", help="ISO 8601 time to act as now (for replaying a run)")

    def handle(self, *args, now=None, **options):
        at = None
        if now:
            try:
                at = datetime.fromisoformat(now)
            except ValueError:
                raise CommandError(f"--now: not an ISO 8601 time: {now!r}") from None
            if timezone.is_naive(at):
                at = timezone.make_aware(at)
        sent = notification_emails_send(now=at)
        self.stdout.write(
            f"emailed {sent['immediately']} at once, {sent['digest']} in digests; "
            f"{sent['failed_users']} users failed"
        )
