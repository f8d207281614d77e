"""Who may do what to a work item: the rule table of docs/permissions.md, in one place.

The everyday rule is a role plus the relation between the user's units and the item's
units (lead / coordinating / other), with no per-object rows. django-guardian object
permissions are kept for the exceptions: an item shared with a person outside its units
(`view_workitem`, `contribute_workitem`).

- `can(user, action, item)`: for templates deciding which buttons to show (state and role).
- `require(user, action, item)`: for services; raises ActionNotAllowed or InvalidTransition.
- `access_work_item(user, item_id, for_action)`: the only way a view obtains an item it
  will act on; 404 when the user may not even see it.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from engine.exceptions import ActionNotAllowed, InvalidTransition
from engine.models import ExportJob, Membership, Organisation, OrgRole, WorkItem, WorkItemUnit

S = WorkItem.State
R = OrgRole.Role
M = Membership.Role

ORG_WIDE_READERS = frozenset({R.DIRECTOR, R.DEPUTY_DIRECTOR, R.SECRETARIAT, R.INSPECTORATE, R.EVALUATOR})
UNIT_MANAGERS = frozenset({M.HEAD, M.DEPUTY_HEAD})

# Bumped whenever a role or membership changes, so cached contexts are rebuilt.
_generation = 0


def roles_changed() -> None:
    global _generation
    _generation += 1


@dataclass(frozen=True)
class ActorContext:
    """What the rules need to know about a user, loaded once per user object."""

    user_id: int | None
    organisation_id: int | None
    org_roles: frozenset[str] = frozenset()
    unit_roles: Mapping[int, str] = field(default_factory=dict)
    supervised_unit_ids: frozenset[int] = frozenset()
    deputy_may_accept: bool = True
    deputy_reviews: bool = False

    @property
    def unit_ids(self) -> frozenset[int]:
        return frozenset(self.unit_roles)

    def has(self, role: str) -> bool:
        return role in self.org_roles


ANONYMOUS = ActorContext(user_id=None, organisation_id=None)


def actor_context(user) -> ActorContext:
    if user is None or not user.is_authenticated or not user.is_active:
        return ANONYMOUS
    cached = getattr(user, "_dondoc_actor_ctx", None)
    if cached is not None and cached[0] == _generation:
        return cached[1]
    org_id = user.organisation_id
    unit_roles: dict[int, str] = {}
    for unit_id, role in (
        Membership.objects.active()
        .filter(user_id=user.pk, unit__organisation_id=org_id)
        .values_list("unit_id", "role")
    ):
        # A person in two roles of one unit keeps the stronger one.
        if unit_roles.get(unit_id) not in UNIT_MANAGERS:
            unit_roles[unit_id] = role
    roles = list(
        OrgRole.objects.active()
        .filter(user_id=user.pk, organisation_id=org_id)
        .prefetch_related("supervised_units")
    )
    supervised = frozenset(u.pk for r in roles for u in r.supervised_units.all())
    settings_row = (
        Organisation.objects.filter(pk=org_id)
        .values_list("deputy_may_accept", "completion_deputy_review")
        .first()
        if org_id
        else None
    )
    deputy_may_accept, deputy_reviews = settings_row or (True, False)
    ctx = ActorContext(
        user_id=user.pk,
        organisation_id=org_id,
        org_roles=frozenset(r.role for r in roles),
        unit_roles=unit_roles,
        supervised_unit_ids=supervised,
        deputy_may_accept=bool(deputy_may_accept),
        deputy_reviews=bool(deputy_reviews),
    )
    user._dondoc_actor_ctx = (_generation, ctx)
    return ctx


# --- the item side ---------------------------------------------------------------


def item_unit_ids(item: WorkItem) -> tuple[frozenset[int], frozenset[int]]:
    """(lead unit ids, coordinating unit ids), from the prefetch cache when there is one."""
    cached = getattr(item, "_dondoc_unit_ids", None)
    if cached is not None:
        return cached
    prefetched = getattr(item, "_prefetched_objects_cache", {}).get("unit_links")
    if prefetched is not None:
        pairs = [(link.unit_id, link.role) for link in prefetched]
    else:
        pairs = list(WorkItemUnit.objects.filter(work_item_id=item.pk).values_list("unit_id", "role"))
    lead = frozenset(u for u, role in pairs if role == WorkItemUnit.Role.LEAD)
    coordinating = frozenset(u for u, role in pairs if role == WorkItemUnit.Role.COORDINATING)
    item._dondoc_unit_ids = (lead, coordinating)
    return lead, coordinating


def forget_item_units(item: WorkItem) -> None:
    item.__dict__.pop("_dondoc_unit_ids", None)
    getattr(item, "_prefetched_objects_cache", {}).pop("unit_links", None)


def _lead_roles(ctx: ActorContext, item: WorkItem) -> set[str]:
    lead, _coordinating = item_unit_ids(item)
    return {role for unit_id, role in ctx.unit_roles.items() if unit_id in lead}


def _is_lead_member(ctx, item, user) -> bool:
    return bool(_lead_roles(ctx, item)) or (item.assignee_id is not None and item.assignee_id == ctx.user_id)


def _is_lead_manager(ctx, item, user) -> bool:
    return bool(_lead_roles(ctx, item) & UNIT_MANAGERS)


def _is_coordinating_member(ctx, item, user) -> bool:
    _lead, coordinating = item_unit_ids(item)
    return bool(coordinating & ctx.unit_ids)


def _supervises(ctx: ActorContext, item: WorkItem) -> bool:
    if not ctx.has(R.DEPUTY_DIRECTOR):
        return False
    lead, _coordinating = item_unit_ids(item)
    return item.leader_id == ctx.user_id or bool(lead & ctx.supervised_unit_ids)


def _object_perm(user, codename: str, item: WorkItem) -> bool:
    from engine.models import WorkItemUserObjectPermission

    return WorkItemUserObjectPermission.objects.filter(
        user_id=user.pk, content_object_id=item.pk, permission__codename=codename
    ).exists()


def _can_view(ctx, item, user) -> bool:
    if ctx.org_roles & ORG_WIDE_READERS:
        return True
    if item.assignee_id == ctx.user_id or item.leader_id == ctx.user_id:
        return True
    if item.state != S.DRAFTED:
        lead, coordinating = item_unit_ids(item)
        if (lead | coordinating) & ctx.unit_ids:
            return True
    return _object_perm(user, "view_workitem", item)


def _director(ctx, item, user) -> bool:
    return ctx.has(R.DIRECTOR)


def _editor(ctx, item, user) -> bool:
    return ctx.has(R.SECRETARIAT)


def _assigner(ctx, item, user) -> bool:
    return ctx.has(R.SECRETARIAT) or ctx.has(R.DIRECTOR)


def _contributor(ctx, item, user) -> bool:
    return _is_coordinating_member(ctx, item, user) or _object_perm(user, "contribute_workitem", item)


def _acceptor(ctx, item, user) -> bool:
    return ctx.has(R.DIRECTOR) or (ctx.deputy_may_accept and _supervises(ctx, item))


def _endorser(ctx, item, user) -> bool:
    return ctx.deputy_reviews and _supervises(ctx, item)


def _reviewer(ctx, item, user) -> bool:
    return ctx.has(R.DIRECTOR) or _supervises(ctx, item)


def _sharer(ctx, item, user) -> bool:
    return ctx.has(R.DIRECTOR) or ctx.has(R.SECRETARIAT) or _is_lead_manager(ctx, item, user)


Rule = Callable[[ActorContext, WorkItem, object], bool]
OPEN = frozenset(WorkItem.OPEN_STATES)

# action: (who may, in which states, message when the role does not allow it)
RULES: dict[str, tuple[Rule, frozenset[str] | None, str]] = {
    "view": (_can_view, None, gettext_noop("You may not see this work item.")),
    "edit": (
        _editor,
        frozenset({S.DRAFTED}),
        gettext_noop("Only the secretariat edits drafted work items."),
    ),
    "assign": (
        _assigner,
        frozenset({S.DRAFTED}),
        gettext_noop("Only the secretariat or the director assigns work items."),
    ),
    "start": (
        _is_lead_member,
        frozenset({S.ASSIGNED}),
        gettext_noop("Only the lead unit starts this work item."),
    ),
    "progress": (
        _is_lead_member,
        frozenset({S.IN_PROGRESS}),
        gettext_noop("Only the lead unit writes progress on this work item."),
    ),
    "contribute": (
        _contributor,
        frozenset({S.IN_PROGRESS}),
        gettext_noop("Only a coordinating unit adds contributions to this work item."),
    ),
    "delegate": (
        _is_lead_manager,
        frozenset({S.ASSIGNED, S.IN_PROGRESS}),
        gettext_noop("Only the head of the lead unit hands this work item to a staff member."),
    ),
    "report": (
        _is_lead_manager,
        frozenset({S.IN_PROGRESS}),
        gettext_noop("Only the head of the lead unit reports completion."),
    ),
    "accept": (
        _acceptor,
        frozenset({S.REPORTED}),
        gettext_noop("Only the director or the supervising deputy director accepts this work item."),
    ),
    "endorse": (
        _endorser,
        frozenset({S.REPORTED}),
        gettext_noop("Only the supervising deputy director forwards this report to the director."),
    ),
    "return": (
        _reviewer,
        frozenset({S.REPORTED}),
        gettext_noop("Only the director or the supervising deputy director returns this report."),
    ),
    "cancel": (_director, OPEN, gettext_noop("Only the director cancels a work item.")),
    "reopen": (
        _director,
        frozenset({S.ACCEPTED}),
        gettext_noop("Only the director reopens a work item."),
    ),
    "request_extension": (
        _is_lead_manager,
        frozenset({S.ASSIGNED, S.IN_PROGRESS}),
        gettext_noop("Only the head of the lead unit asks for an extension."),
    ),
    "decide_extension": (
        _reviewer,
        frozenset({S.ASSIGNED, S.IN_PROGRESS}),
        gettext_noop("Only the director or the supervising deputy director decides an extension."),
    ),
    "share": (_sharer, None, gettext_noop("You may not share this work item.")),
}

# The order in which a page offers the actions.
ACTIONS_IN_ORDER = (
    "start",
    "progress",
    "contribute",
    "delegate",
    "report",
    "request_extension",
    "accept",
    "endorse",
    "return",
    "edit",
    "assign",
    "cancel",
    "reopen",
)


def explain_denial(user, action: str, item: WorkItem) -> str | None:
    """None if the role allows `action` on `item` (state aside), else the reason to show."""
    rule, _states, message = RULES[action]
    ctx = actor_context(user)
    if ctx.user_id is None:
        return _("Please log in.")
    if ctx.organisation_id != item.organisation_id:
        return _("This work item belongs to another organisation.")
    if action != "view" and not _can_view(ctx, item, user):
        return _(RULES["view"][2])
    return None if rule(ctx, item, user) else _(message)


def state_allows(action: str, item: WorkItem) -> bool:
    states = RULES[action][1]
    return states is None or item.state in states


def can(user, action: str, item: WorkItem) -> bool:
    return state_allows(action, item) and explain_denial(user, action, item) is None


def require(user, action: str, item: WorkItem) -> None:
    reason = explain_denial(user, action, item)
    if reason is not None:
        raise ActionNotAllowed(reason)
    if not state_allows(action, item):
        raise InvalidTransition(
            _("This action is not possible while the work item is “%(state)s”.")
            % {"state": item.get_state_display()}
        )


def available_actions(user, item: WorkItem) -> list[str]:
    return [action for action in ACTIONS_IN_ORDER if can(user, action, item)]


def access_work_item(user, item_id: int, for_action: str = "view") -> WorkItem:
    """Fetch a work item the user may see and check `for_action`; 404 if it is not visible."""
    from engine.selectors.work_items import work_items_visible_to

    try:
        item = work_items_visible_to(user).prefetch_related("unit_links").get(pk=item_id)
    except (WorkItem.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such work item.")) from None
    if for_action != "view":
        require(user, for_action, item)
    return item


# Actions the work-item list offers on several items at once; each item is still checked
# with `require` (through access_work_item) when it is done.
BULK_ACTIONS = ("delegate", "accept")


def bulk_actions_for(user) -> list[str]:
    """The bulk actions worth offering: unit heads hand items over, leaders accept reports."""
    ctx = actor_context(user)
    offered = []
    if any(role in UNIT_MANAGERS for role in ctx.unit_roles.values()):
        offered.append("delegate")
    if ctx.has(R.DIRECTOR) or (ctx.has(R.DEPUTY_DIRECTOR) and ctx.deputy_may_accept):
        offered.append("accept")
    return offered


# --- organisation-level actions -----------------------------------------------------


def can_manage_people(user, organisation_id: int) -> bool:
    if user is None:
        return True  # management commands act as the system
    if user.is_superuser:
        return True
    ctx = actor_context(user)
    return ctx.organisation_id == organisation_id and bool(ctx.org_roles & {R.DIRECTOR, R.SECRETARIAT})


def can_publish_programme(user, programme) -> bool:
    ctx = actor_context(user)
    return ctx.organisation_id == programme.organisation_id and ctx.has(R.DIRECTOR)


def can_edit_programme(user, programme) -> bool:
    ctx = actor_context(user)
    return ctx.organisation_id == programme.organisation_id and ctx.has(R.SECRETARIAT)


def can_import_programmes(user, organisation_id: int) -> bool:
    """The secretariat uploads, corrects and confirms programme imports of its organisation."""
    ctx = actor_context(user)
    return ctx.organisation_id == organisation_id and ctx.has(R.SECRETARIAT)


def can_view_programme(user, programme) -> bool:
    ctx = actor_context(user)
    if ctx.organisation_id != programme.organisation_id:
        return False
    return programme.is_published or bool(ctx.org_roles & ORG_WIDE_READERS)


# --- oversight: waivers, the delay register, scores ---------------------------------

REGISTER_READERS = frozenset({R.INSPECTORATE, R.DIRECTOR, R.DEPUTY_DIRECTOR})
SCORE_READERS = frozenset({R.EVALUATOR, R.DIRECTOR, R.DEPUTY_DIRECTOR})
SCORE_KEEPERS = frozenset({R.EVALUATOR, R.DIRECTOR})
WAIVER_GRANTERS = frozenset({R.DIRECTOR, R.INSPECTORATE})
DASHBOARD_READERS = frozenset({R.DIRECTOR, R.DEPUTY_DIRECTOR, R.SECRETARIAT, R.INSPECTORATE, R.EVALUATOR})
PERIODIC_REPORT_EDITORS = frozenset({R.SECRETARIAT})
PERIODIC_REPORT_READERS = frozenset({R.SECRETARIAT, R.DIRECTOR, R.DEPUTY_DIRECTOR, R.INSPECTORATE})


def _org_role_in(user, organisation_id: int | None, roles: frozenset[str]) -> bool:
    ctx = actor_context(user)
    return (
        organisation_id is not None and ctx.organisation_id == organisation_id and bool(ctx.org_roles & roles)
    )


def can_view_register(user, organisation_id: int) -> bool:
    """The delay register and the audit browser: the inspectorate and the leadership, own organisation."""
    return _org_role_in(user, organisation_id, REGISTER_READERS)


def can_waive_delay(user, organisation_id: int) -> bool:
    return _org_role_in(user, organisation_id, WAIVER_GRANTERS)


def can_view_scores(user, organisation_id: int) -> bool:
    """Scores and grades: evaluators and the leadership only."""
    return _org_role_in(user, organisation_id, SCORE_READERS)


def can_keep_scores(user, organisation_id: int) -> bool:
    """Compute and freeze evaluations, edit the rubric: evaluators and the director."""
    return _org_role_in(user, organisation_id, SCORE_KEEPERS)


def can_view_dashboard(user, organisation_id: int) -> bool:
    return _org_role_in(user, organisation_id, DASHBOARD_READERS)


def can_view_periodic_report(user, organisation_id: int) -> bool:
    return _org_role_in(user, organisation_id, PERIODIC_REPORT_READERS)


def can_edit_periodic_report(user, organisation_id: int) -> bool:
    return _org_role_in(user, organisation_id, PERIODIC_REPORT_EDITORS)


# The audit trail leaves the system as a file only for those who answer for it.
AUDIT_EXPORTERS = frozenset({R.INSPECTORATE, R.DIRECTOR})


def can_export_audit(user, organisation_id: int) -> bool:
    return _org_role_in(user, organisation_id, AUDIT_EXPORTERS)


def can_export(user, kind: str, organisation_id: int) -> bool:
    """Who may ask for (and download) an export job's file: whoever may see the page it comes from."""
    if kind == ExportJob.Kind.REGISTER_XLSX:
        return can_view_register(user, organisation_id)
    if kind in (ExportJob.Kind.EVALUATION_XLSX, ExportJob.Kind.EVALUATION_DOCX):
        return can_view_scores(user, organisation_id)
    return False


LADDER_EDITORS = frozenset({R.DIRECTOR, R.SECRETARIAT})


def can_view_escalation_ladder(user, organisation_id: int) -> bool:
    return _org_role_in(user, organisation_id, ORG_WIDE_READERS)


def can_edit_escalation_ladder(user, organisation_id: int) -> bool:
    """The escalation ladder is the director's office's to set: the director and the secretariat."""
    return _org_role_in(user, organisation_id, LADDER_EDITORS)


def require_org(allowed: bool, message: str) -> None:
    if not allowed:
        raise ActionNotAllowed(message)


# --- accounts ---------------------------------------------------------------------

TWO_FACTOR_ROLES = frozenset({R.DIRECTOR, R.DEPUTY_DIRECTOR, R.INSPECTORATE})


def can_enrol_two_factor(user) -> bool:
    """Two-step login (TOTP) is offered to the leadership and the inspectorate."""
    return bool(user.is_authenticated and actor_context(user).org_roles & TWO_FACTOR_ROLES)
