"""`manage.py sweep_orphan_files [--dry-run] [--now ISO8601] [--json]`: delete evidence files no row names."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from engine.management.commands.escalate import parse_now
from engine.services.retention import sweep_orphan_files


class Command(BaseCommand):
    help = (
        "Delete evidence files that no attachment row names and that are older than "
        "EVIDENCE_ORPHAN_AGE_HOURS; finish promotions a killed worker left."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would go; delete nothing.")
        parser.add_argument("--now", help="Sweep as of this ISO 8601 time (default: now).")
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")

    def handle(self, *args, **options):
        now = parse_now(options["now"]) if options["now"] else None
        result = sweep_orphan_files(now=now, dry_run=options["dry_run"])
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict()))
            return
        verb = "would delete" if options["dry_run"] else "deleted"
        for name in result.promoted:
            self.stdout.write(f"promoted {name}")
        for name, size in result.deleted:
            self.stdout.write(f"{verb} {name} ({size} bytes)")
        self.stdout.write(
            f"{len(result.deleted)} files {verb}, {result.bytes_freed} bytes "
            f"({filesizeformat(result.bytes_freed)}) freed"
            f"{' if run' if options['dry_run'] else ''}; age limit "
            f"{settings.EVIDENCE_ORPHAN_AGE_HOURS:g} h."
        )
