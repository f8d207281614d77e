"""`manage.py expire_exports [--dry-run] [--now ISO8601] [--json]`: delete old background export files."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from engine.management.commands.escalate import parse_now
from engine.services.retention import expire_exports


class Command(BaseCommand):
    help = "Delete the files of exports finished more than EXPORT_RETENTION_HOURS ago; the job rows stay."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would go; delete nothing.")
        parser.add_argument("--now", help="As of this ISO 8601 time (default: now).")
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")

    def handle(self, *args, **options):
        now = parse_now(options["now"]) if options["now"] else None
        result = expire_exports(now=now, dry_run=options["dry_run"])
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict()))
            return
        verb = "would delete" if options["dry_run"] else "deleted"
        self.stdout.write(
            f"{verb} the files of {len(result.jobs)} exports {result.jobs}: "
            f"{result.bytes_freed} bytes ({filesizeformat(result.bytes_freed)}); retention "
            f"{settings.EXPORT_RETENTION_HOURS:g} hours."
        )
