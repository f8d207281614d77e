"""`manage.py seed_demo [--json]`: the demo organisations of ../shared/seeds and their people."""

import json
import os
import textwrap

from django.core.management.base import BaseCommand

from engine.demo import DEFAULT_PASSWORD, seed_demo
from engine.demo_data import ORGANISATIONS
from engine.demo_drive import drive_demo
from engine.demo_programmes import seed_programmes
from engine.services.oversight_snapshot import oversight_refresh


class Command(BaseCommand):
    help = "Create (or bring up to date) the demo organisations, units, leaders and users."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print organisations and users as JSON.")

    def handle(self, *args, **options):
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        organisations, people = seed_demo(password)
        programmes = seed_programmes()
        drive = drive_demo(organisations)
        # The drive wrote the year under its own clock; the register and dashboard a demo user
        # opens first must be today's figures, not the last step's (nor missing).
        for organisation in organisations:
            oversight_refresh(organisation.pk)
        if options["json"]:
            payload = {
                "organisations": [spec.slug for spec in ORGANISATIONS],
                "users": [person.as_json() for person in people],
                "programmes": [
                    {
                        "seed": seed.seed,
                        "organisation": seed.organisation,
                        "programme": seed.programme.pk if seed.programme else None,
                        "items": seed.programme.items.count() if seed.programme else 0,
                        "problem": seed.problem or None,
                    }
                    for seed in programmes
                ],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {len(people)} users."))
        for seed in programmes:
            if seed.programme is not None:
                self.stdout.write(
                    f"Seed {seed.seed} → {seed.organisation}: draft programme “{seed.programme}”"
                )
            else:
                self.stdout.write(self.style.WARNING(f"Seed {seed.seed} not imported: {seed.problem}"))
        moves = ", ".join(f"{what} {n}" for what, n in sorted(drive.moves.items())) or "none"
        self.stdout.write(f"Programmes approved: {drive.published}; work items moved: {moves}")
        shown = "(from DEMO_PASSWORD)" if os.environ.get("DEMO_PASSWORD") else DEFAULT_PASSWORD
        self.stdout.write(f"Password for every demo user: {shown}")
        for spec in ORGANISATIONS:
            mine = [p for p in people if p.organisation == spec.slug]
            self.stdout.write(f"\n{spec.name} ({spec.slug})")
            for line in login_lines(mine):
                self.stdout.write(line)


# The groups `make run` prints, each on one wrapped line: every login, no full names.
GROUPS = (
    ("leaders", ("director", "deputy_director")),
    ("offices", ("secretariat", "inspectorate", "evaluator")),
    ("unit heads", ("head",)),
    ("unit staff", ("staff",)),
)


def login_lines(people, width: int = 110) -> list[str]:
    """Every login of one organisation, grouped by role, wrapped to `width` columns."""
    lines = []
    for label, roles in GROUPS:
        names = [p.username for p in people if p.role in roles]
        if not names:
            continue
        lines += textwrap.wrap(
            ", ".join(names),
            width=width,
            initial_indent=f"  {label + ':':<12}",
            subsequent_indent=" " * 14,
            break_on_hyphens=False,
        )
    return lines
