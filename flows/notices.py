"""Notification kinds for the events the approval steps add (registered with notifications)."""

from django.db.models import Q
from django.utils.translation import gettext_noop

from notifications import recipients as r
from notifications.registry import register


def _directors(ctx) -> Q:
    return r.directors_q(ctx.event.organisation_id)


def _reviewers(ctx) -> set[int]:
    return r.reviewers(ctx.item) if ctx.item is not None else set()


def _secretariat(ctx) -> set[int]:
    return r.org_role_holders(ctx.event.organisation_id, ["secretariat"])


def register_kinds() -> None:
    register(
        "work_item.endorsed",
        message=gettext_noop("%(actor)s forwarded the report on “%(item)s” for your acceptance: %(reason)s"),
        recipients=_directors,
    )
    register(
        "extension.withdrawn",
        message=gettext_noop("The extension request on “%(item)s” was withdrawn."),
        recipients=_reviewers,
    )
    register(
        "programme.submitted",
        message=gettext_noop("%(actor)s sent the programme “%(programme)s” for your approval."),
        recipients=_directors,
    )
    register(
        "programme.sent_back",
        message=gettext_noop("%(actor)s sent the programme “%(programme)s” back: %(reason)s"),
        recipients=_secretariat,
    )
