"""`manage.py seed_demo [--json]`: the demo organisations of ../shared/seeds and their people."""

import json
import os

from django.core.management.base import BaseCommand

from engine.demo import DEFAULT_PASSWORD, seed_demo
from engine.demo_data import ORGANISATIONS


class Command(BaseCommand):
    help = "Create (or bring up to date) the demo organisations, units, leaders and users."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print organisations and users as JSON.")

    def handle(self, *args, **options):
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        _organisations, people = seed_demo(password)
        if options["json"]:
            payload = {
                "organisations": [spec.slug for spec in ORGANISATIONS],
                "users": [person.as_json() for person in people],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {len(people)} users."))
        shown = "(from DEMO_PASSWORD)" if os.environ.get("DEMO_PASSWORD") else DEFAULT_PASSWORD
        self.stdout.write(f"Password for every demo user: {shown}")
        for spec in ORGANISATIONS:
            mine = [p for p in people if p.organisation == spec.slug]
            self.stdout.write(f"\n{spec.name} ({spec.slug})")
            for person in mine[:6]:
                self.stdout.write(f"  {person.username:<34} {person.role:<16} {person.full_name}")
            self.stdout.write(
                f"  … and {len(mine) - 6} unit heads and staff ({spec.prefix}.head.*, {spec.prefix}.staff.*)"
            )
