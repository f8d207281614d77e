"""`manage.py sweep_retention [--dry-run]`: delete orphan evidence files, expire staged import bytes."""

from django.core.management.base import BaseCommand

from engine.services.retention import evidence_orphan_sweep, programme_import_bytes_expire


class Command(BaseCommand):
    help = "Delete evidence files no row names (older than a day) and empty old staged import bytes."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, **options):
        swept = evidence_orphan_sweep(dry_run=options["dry_run"])
        verb = "would delete" if options["dry_run"] else "deleted"
        self.stdout.write(f"evidence: {verb} {swept.deleted} files ({swept.bytes} bytes), kept {swept.kept}")
        if not options["dry_run"]:
            self.stdout.write(
                f"imports: emptied the bytes of {programme_import_bytes_expire()} staged imports"
            )
