"""`manage.py verify_audit [--org SLUG] [--checkpoints FILE]`: check the audit chains; exit 1 on a break."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from engine.audit import audit_verify
from engine.audit_checkpoint import checkpoint_mismatches
from engine.models import Organisation


class Command(BaseCommand):
    help = (
        "Verify each organisation's keyed audit chain (and, against a checkpoint file, that it was "
        "not rewritten since); exit 1 naming what is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("--org", metavar="SLUG", help="Only this organisation.")
        parser.add_argument(
            "--checkpoints",
            metavar="FILE",
            help="A checkpoint file (default: AUDIT_CHECKPOINT_FILE when set).",
        )

    def handle(self, *args, **options):
        organisations = Organisation.objects.order_by("slug")
        if options["org"]:
            organisations = organisations.filter(slug=options["org"])
            if not organisations.exists():
                raise CommandError(f"No organisation with slug {options['org']!r}.")
        checkpoints = options["checkpoints"] or settings.AUDIT_CHECKPOINT_FILE
        broken = []
        for organisation in organisations:
            check = audit_verify(organisation.pk)
            problems = []
            if not check.ok:
                where = f"event #{check.bad_seq}" if check.bad_seq else "the chain"
                if check.bad_id:
                    where += f" (id {check.bad_id})"
                problems.append(f"{where}: {check.problem}")
            if checkpoints:
                try:
                    problems += checkpoint_mismatches(checkpoints, organisation.slug)
                except (OSError, ValueError) as error:
                    raise CommandError(f"Cannot read the checkpoint file: {error}") from None
            if problems:
                self.stdout.write(f"{organisation.slug}: BROKEN at " + "; ".join(problems))
                broken.append(organisation.slug)
            else:
                self.stdout.write(f"{organisation.slug}: OK, {check.checked} events")
        if broken:
            raise CommandError(f"Audit chain broken in: {', '.join(broken)}", returncode=1)
