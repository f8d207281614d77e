"""`manage.py escalate [--now ISO8601] [--org SLUG] [--json] [--every SECONDS]`: run the escalation sweep."""

import json
import time
from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from engine.models import Organisation
from engine.services.escalation import escalation_sweep


def parse_now(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--now: {value!r} is not an ISO 8601 date-time (e.g. 2026-03-09T08:00:00+07:00)"
        ) from None
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


class Command(BaseCommand):
    help = "Run one escalation sweep: fire every ladder step that is due and has not fired yet."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="Sweep as of this ISO 8601 time (default: now; naive = local time)."
        )
        parser.add_argument("--org", help="Only this organisation (its slug).")
        parser.add_argument("--json", action="store_true", help="Print what fired as JSON.")
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            help="Keep sweeping every N seconds until stopped (used by `make run`).",
        )

    def handle(self, *args, **options):
        organisation = None
        if options["org"]:
            organisation = Organisation.objects.filter(slug=options["org"]).first()
            if organisation is None:
                raise CommandError(f"--org: no organisation with slug {options['org']!r}")
        now = parse_now(options["now"]) if options["now"] else None
        while True:
            result = escalation_sweep(now=now, organisation=organisation)
            if options["json"]:
                self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
            else:
                self.stdout.write(f"{result.now.isoformat()}: {result.count} escalation step(s) fired.")
            if options["every"] <= 0:
                return
            self.stdout.flush()
            time.sleep(options["every"])
