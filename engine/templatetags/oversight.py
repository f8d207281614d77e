"""Template tags of the oversight pages: the menu links a user may follow, an item's waivers."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from engine import permissions
from engine.models import DelayWaiver
from engine.oversight_forms import WaiverForm

register = template.Library()


@register.inclusion_tag("engine/oversight/_nav.html", takes_context=True)
def oversight_nav(context):
    user = context["request"].user
    org_id = getattr(user, "organisation_id", None)
    links = []
    if permissions.can_view_dashboard(user, org_id):
        links.append((reverse("dashboard"), _("Dashboard")))
    if permissions.can_view_register(user, org_id):
        links.append((reverse("delay_register"), _("Delay register")))
    if permissions.can_view_scores(user, org_id):
        links.append((reverse("evaluation_list"), _("Evaluations")))
    if permissions.can_view_periodic_report(user, org_id):
        links.append((reverse("periodic_report_index"), _("Periodic reports")))
    if permissions.can_view_escalation_ladder(user, org_id):
        links.append((reverse("escalation_ladder"), _("Escalation ladder")))
    return {"links": links}


@register.inclusion_tag("engine/oversight/_item_waivers.html", takes_context=True)
def item_waivers(context, item):
    """The objective causes recorded for an item, and the form to record one (director, inspectorate)."""
    user = context["request"].user
    waivers = list(
        DelayWaiver.objects.filter(work_item_id=item.pk).select_related("granted_by", "revoked_by")
    )
    can_waive = permissions.can_waive_delay(user, item.organisation_id)
    return {
        "item": item,
        "waivers": waivers,
        "can_waive": can_waive,
        "has_active": any(w.is_active for w in waivers),
        "form": WaiverForm() if can_waive else None,
        "csrf_token": context.get("csrf_token"),
        "next": context["request"].get_full_path(),
        "audit_url": reverse("audit_trail") + f"?item={item.pk}"
        if permissions.can_view_register(user, item.organisation_id)
        else "",
    }


@register.filter
def get_item(mapping, key):
    """`mapping[key]` in a template (None when absent)."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def iso_date(text):
    """An ISO date (as stored in an evaluation snapshot) shown as dd/mm/yyyy."""
    if not text:
        return ""
    text = str(text)
    return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"


@register.filter
def iso_datetime(text):
    """An ISO date-time (local, as stored in a snapshot) shown as HH:MM dd/mm/yyyy."""
    if not text:
        return ""
    text = str(text)
    return f"{text[11:16]} {text[8:10]}/{text[5:7]}/{text[0:4]}"
