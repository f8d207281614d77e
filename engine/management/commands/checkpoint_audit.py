"""`manage.py checkpoint_audit`: log each audit chain's head (and append it to AUDIT_CHECKPOINT_FILE)."""

from django.core.management.base import BaseCommand

from engine.audit_checkpoint import audit_checkpoint


class Command(BaseCommand):
    help = "Write each organisation's audit chain head (seq, hash) to the log and the checkpoint file."

    def handle(self, *args, **options):
        for point in audit_checkpoint():
            self.stdout.write(f"{point.organisation}: #{point.seq} {point.hash}")
