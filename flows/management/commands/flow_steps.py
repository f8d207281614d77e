"""`manage.py flow_steps`: run the pending completion-review steps now (flows.pending).

The notification relay runs them as they commit; this is for a deployment without the relay
running, after an outage, or to retry the steps that gave up (`--failed`, after fixing their cause).
"""

from django.core.management.base import BaseCommand

from flows.models import PendingStep
from flows.pending import STEP_ATTEMPTS, steps_run


class Command(BaseCommand):
    help = "Run the pending completion-review steps of every work item, oldest first."

    def add_arguments(self, parser):
        parser.add_argument(
            "--failed", action="store_true", help=f"also retry steps that failed {STEP_ATTEMPTS} times"
        )

    def handle(self, *args, failed=False, **options):
        total = 0
        while True:
            ran, more = steps_run(failed=failed)
            total += ran
            if not more:
                break
        left = PendingStep.objects.filter(attempts__gte=STEP_ATTEMPTS).count()
        self.stdout.write(f"{total} step(s) run, {left} failed step(s) left")
