"""The header bell: the unread count and the last id, rendered with the page (one query)."""

from django import template

from notifications.selectors import unread_and_last_id

register = template.Library()


@register.inclusion_tag("notifications/_bell.html", takes_context=True)
def notification_bell(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"show": False}
    unread, last_id = unread_and_last_id(user)
    return {"show": True, "unread": unread, "last_id": last_id}
