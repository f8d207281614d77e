"""`manage.py expire_staged_imports [--dry-run] [--now ISO8601] [--json]`: clear old staged import bytes."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from engine.management.commands.escalate import parse_now
from engine.services.retention import expire_staged_imports


class Command(BaseCommand):
    help = (
        "Clear the uploaded file bytes of programme imports (ready, failed or confirmed) last "
        "changed more than IMPORT_STAGED_RETENTION_DAYS ago; their rows and history stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would go; clear nothing.")
        parser.add_argument("--now", help="As of this ISO 8601 time (default: now).")
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")

    def handle(self, *args, **options):
        now = parse_now(options["now"]) if options["now"] else None
        result = expire_staged_imports(now=now, dry_run=options["dry_run"])
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict()))
            return
        verb = "would clear" if options["dry_run"] else "cleared"
        self.stdout.write(
            f"{verb} the file bytes of {len(result.imports)} imports {result.imports}: "
            f"{result.bytes_freed} bytes ({filesizeformat(result.bytes_freed)}); retention "
            f"{settings.IMPORT_STAGED_RETENTION_DAYS:g} days."
        )
