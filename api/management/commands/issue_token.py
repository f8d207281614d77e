"""`manage.py issue_token USERNAME [--name N]` prints a new API token; `--revoke PREFIX` revokes."""

from django.core.management.base import BaseCommand, CommandError

from api.models import ApiToken
from engine.models import User


class Command(BaseCommand):
    help = "Issue an API token for a user and print it (it is not stored in clear), or revoke tokens."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="Which system will use the token.")
        parser.add_argument(
            "--revoke",
            metavar="PREFIX",
            help="Revoke the user's tokens starting with PREFIX ('all' revokes every token of the user).",
        )

    def handle(self, *args, username, name, revoke, **options):
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        if revoke:
            tokens = ApiToken.objects.active().filter(user=user)
            if revoke != "all":
                tokens = tokens.filter(prefix__startswith=revoke[:10])
            tokens = list(tokens)
            if not tokens:
                raise CommandError(f"{username} has no active token starting with {revoke!r}.")
            for token in tokens:
                token.revoke()
                self.stdout.write(f"revoked {token.prefix}… ({token.name})")
            return
        if not user.is_active:
            raise CommandError(f"{username} is not active.")
        _token, key = ApiToken.issue(user=user, name=name or "manage.py issue_token")
        self.stdout.write(key)
