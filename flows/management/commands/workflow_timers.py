"""`manage.py workflow_timers`: fire the flows' due timers (leader reminders); run from cron.

viewflow ships this command in its base `viewflow` app, which we do not install (its
Material frontend's static files are not ours to serve); the dispatch is viewflow's own.
"""

from django.core.management.base import BaseCommand
from viewflow.workflow.timers import fire_due_conditions, fire_due_timers


class Command(BaseCommand):
    help = "Fire due database-backed workflow timers (the approval flows' reminders)."

    def handle(self, *args, **options):
        fired = fire_due_timers()
        conditions = fire_due_conditions()
        self.stdout.write(f"{fired} timer(s) fired, {conditions} condition(s) fired")
