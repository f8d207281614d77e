"""`manage.py refresh_oversight [--org SLUG] [--due]`: recompute the stored register and dashboard figures.

Without --due it first re-copies any stale state/deadline copy on the unit links (what the unit
lists count from), so a hand-made SQL change is repaired by the same command run after it."""

from django.core.management.base import BaseCommand

from engine.models import Organisation, OversightSnapshot
from engine.services.oversight_snapshot import oversight_refresh, oversight_refresh_due
from engine.services.work_items import link_copies_repair


class Command(BaseCommand):
    help = (
        "Recompute the delay register's stored rows and the dashboard's counts (every organisation, "
        "one with --org, or with --due only those from an earlier day or older than "
        "OVERSIGHT_MAX_AGE_SECONDS). Without --due, stale copies of an item's state and deadline on its "
        "unit links are repaired first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--org", help="Only this organisation (its slug).")
        parser.add_argument("--due", action="store_true", help="Only the stale ones (what beat runs).")

    def handle(self, *args, **options):
        if options["due"]:
            org_ids = oversight_refresh_due()
        else:
            organisations = Organisation.objects.all()
            if options["org"]:
                organisations = organisations.filter(slug=options["org"])
            org_ids = list(organisations.values_list("pk", flat=True))
            for org_id in org_ids:
                repaired = link_copies_repair(org_id)
                if repaired:
                    self.stdout.write(
                        f"organisation {org_id}: {repaired} unit links re-copied from their items"
                    )
                oversight_refresh(org_id)
        for snapshot in OversightSnapshot.objects.filter(organisation_id__in=org_ids):
            self.stdout.write(
                f"organisation {snapshot.organisation_id}: {snapshot.taken_at:%H:%M} in {snapshot.seconds} s"
            )
