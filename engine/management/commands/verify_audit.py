"""`manage.py verify_audit [--org SLUG]`: check the audit hash chain; non-zero exit on a break."""

from django.core.management.base import BaseCommand, CommandError

from engine.audit import audit_verify
from engine.models import Organisation


class Command(BaseCommand):
    help = "Verify each organisation's audit hash chain; exit 1 naming the first bad event."

    def add_arguments(self, parser):
        parser.add_argument("--org", metavar="SLUG", help="Only this organisation.")

    def handle(self, *args, **options):
        organisations = Organisation.objects.order_by("slug")
        if options["org"]:
            organisations = organisations.filter(slug=options["org"])
            if not organisations.exists():
                raise CommandError(f"No organisation with slug {options['org']!r}.")
        broken = []
        for organisation in organisations:
            check = audit_verify(organisation.pk)
            if check.ok:
                self.stdout.write(f"{organisation.slug}: OK, {check.checked} events")
            else:
                where = f"event #{check.bad_seq}" + (f" (id {check.bad_id})" if check.bad_id else "")
                self.stdout.write(f"{organisation.slug}: BROKEN at {where}: {check.problem}")
                broken.append(organisation.slug)
        if broken:
            raise CommandError(f"Audit chain broken in: {', '.join(broken)}", returncode=1)
