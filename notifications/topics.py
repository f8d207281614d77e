"""The topics a user filters notifications by and chooses how each is emailed."""

from django.utils.translation import gettext_lazy

# key → (label, kind prefix); the most specific prefix first, so topic_of finds it first.
TOPICS = {
    "escalation": (gettext_lazy("Escalations"), "work_item.escalated"),
    "work_item": (gettext_lazy("Work items"), "work_item."),
    "extension": (gettext_lazy("Extensions"), "extension."),
    "period_report": (gettext_lazy("Periodic reports"), "period_report."),
    "programme": (gettext_lazy("Programmes"), "programme."),
    "flow": (gettext_lazy("Reminders"), "flow."),
}


def topic_of(kind: str) -> str:
    """The topic of a notification kind ("" for a kind outside every topic)."""
    for key, (_label, prefix) in TOPICS.items():
        if kind.startswith(prefix):
            return key
    return ""
