"""`manage.py archive_year YEAR [--org SLUG]`: move a closed year's audit events and notifications out."""

from django.core.management.base import BaseCommand, CommandError

from engine.audit_archive import year_archive
from engine.exceptions import DomainError
from engine.models import Organisation


class Command(BaseCommand):
    help = (
        "Move the audit events and notifications written up to the end of YEAR (a closed year) to the "
        "archive tables, one transaction per organisation; verify_audit and the audit page read both."
    )

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The last year to archive, e.g. 2025.")
        parser.add_argument("--org", metavar="SLUG", help="Only this organisation.")

    def handle(self, *args, **options):
        organisation = None
        if options["org"]:
            organisation = Organisation.objects.filter(slug=options["org"]).first()
            if organisation is None:
                raise CommandError(f"No organisation with slug {options['org']!r}.")
        try:
            results = year_archive(year=options["year"], organisation=organisation, actor_name="archive_year")
        except DomainError as error:
            raise CommandError(error.message) from None
        for result in results:
            if result.skipped:
                self.stdout.write(f"{result.organisation}: {result.year} {result.skipped}")
                continue
            span = f" (#{result.first_seq}–#{result.last_seq})" if result.events else ""
            others = "".join(f", {n} {name}" for name, n in sorted(result.others.items()))
            self.stdout.write(
                f"{result.organisation}: {result.year} archived, {result.events} events{span}{others}"
            )
