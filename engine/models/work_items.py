"""Work items (nhiệm vụ): a programme's task rows and the state machine they move through.

The transition methods are private (`_assign`, `_start`, ...): only the services in
`engine.services.work_items` call them, after checking permission, and write the audit
record and the domain event in the same transaction.
"""

import functools
from datetime import UTC, date, datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django_fsm import ConcurrentTransitionMixin, FSMField, FSMFieldMixin, transition
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from engine.models.organisations import Organisation, Unit
from engine.models.programmes import Programme
from engine.text import fold


@functools.cache
def _state_fields(model: type) -> tuple:
    return tuple(field for field in model._meta.fields if isinstance(field, FSMFieldMixin))


class WorkItem(ConcurrentTransitionMixin, models.Model):
    class State(models.TextChoices):
        DRAFTED = "drafted", _("Drafted")
        ASSIGNED = "assigned", _("Assigned")
        IN_PROGRESS = "in_progress", _("In progress")
        REPORTED = "reported", _("Reported")
        ACCEPTED = "accepted", _("Accepted")
        CANCELLED = "cancelled", _("Cancelled")

    class Recurrence(models.TextChoices):
        NONE = "none", _("None")
        WEEKLY = "weekly", _("Weekly")
        MONTHLY = "monthly", _("Monthly")
        QUARTERLY = "quarterly", _("Quarterly")
        HALF_YEARLY = "half_yearly", _("Half-yearly")
        YEARLY = "yearly", _("Yearly")
        ONGOING = "ongoing", _("Ongoing")

    OPEN_STATES = (State.DRAFTED, State.ASSIGNED, State.IN_PROGRESS, State.REPORTED)

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="work_items", verbose_name=_("organisation")
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="items", verbose_name=_("programme")
    )
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    ref = models.CharField(_("reference"), max_length=50, blank=True)
    section = models.CharField(_("section"), max_length=500, blank=True)
    content = models.TextField(_("content"))
    units = models.ManyToManyField(Unit, through="WorkItemUnit", related_name="work_items")
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supervised_work_items",
        verbose_name=_("supervising leader"),
    )
    leader_text = models.CharField(_("supervising leader (as printed)"), max_length=255, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_work_items",
        verbose_name=_("assignee"),
    )
    due_text = models.CharField(_("due (as printed)"), max_length=255, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    original_due_date = models.DateField(_("original due date"), null=True, blank=True)
    due_date_at_report = models.DateField(_("due date when reported"), null=True, blank=True)
    due_needs_review = models.BooleanField(_("due date needs to be set by a person"), default=False)
    recurrence = models.CharField(
        _("recurrence"), max_length=20, choices=Recurrence.choices, default=Recurrence.NONE
    )
    is_key = models.BooleanField(_("key task"), default=False)
    is_cross_cutting = models.BooleanField(_("cross-cutting task"), default=False)
    indicator_name = models.CharField(_("indicator"), max_length=500, blank=True)
    indicator_measure = models.CharField(_("unit of measure"), max_length=100, blank=True)
    indicator_target = models.DecimalField(
        _("target"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    indicator_actual = models.DecimalField(
        _("actual"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    note = models.TextField(_("note"), blank=True)
    source_line = models.PositiveIntegerField(_("source line"), null=True, blank=True)
    # Accent-folded reference, content and due text: accent-insensitive search on any database.
    search_text = models.TextField(editable=False, blank=True, default="")

    state = FSMField(_("state"), default=State.DRAFTED, choices=State.choices, protected=True)
    version = models.PositiveIntegerField(default=1)

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    assigned_at = models.DateTimeField(_("assigned"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    reported_at = models.DateTimeField(_("reported"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # Set only by engine.services.escalation (ladder step that marks it), cleared by an extension.
    escalated_at = models.DateTimeField(_("escalated"), null=True, blank=True)

    class Meta:
        verbose_name = _("work item")
        verbose_name_plural = _("work items")
        ordering = ["programme", "position", "id"]
        permissions = [
            ("contribute_workitem", "Can add contributions to a shared work item"),
        ]
        indexes = [
            # With the id beside the state, the org-wide roles' totals (a state's items,
            # engine.selectors.work_items._org_wide_ids) count from the index alone.
            models.Index(fields=["organisation", "state"], include=["id"], name="workitem_org_state"),
            models.Index(fields=["programme", "position"]),
            models.Index(fields=["organisation", "due_date"]),
            # The work-item list's default order (engine.selectors.work_items.work_item_keys):
            # a keyset page is one index range, whatever the page.
            models.Index(
                F("organisation"),
                Coalesce(F("due_date"), Value(date(9999, 12, 31)), output_field=models.DateField()),
                F("programme"),
                F("position"),
                F("id"),
                name="workitem_list_due_order",
            ),
            # The inbox's order after "mine first" (engine.selectors.inbox.INBOX_KEYS), over the
            # states an inbox row can be in: each segment of a page is one range of it.
            models.Index(
                F("organisation"),
                Coalesce(F("due_date"), Value(date(9999, 12, 31)), output_field=models.DateField()),
                Coalesce(
                    F("reported_at"),
                    Value(datetime(9999, 12, 31, tzinfo=UTC)),
                    output_field=models.DateTimeField(),
                ),
                Coalesce(
                    F("assigned_at"),
                    Value(datetime(9999, 12, 31, tzinfo=UTC)),
                    output_field=models.DateTimeField(),
                ),
                F("id"),
                name="workitem_inbox_order",
                condition=Q(state__in=["assigned", "in_progress", "reported"]),
            ),
        ]

    def __str__(self) -> str:
        prefix = f"{self.ref} " if self.ref else ""
        text = self.content if len(self.content) <= 80 else self.content[:77] + "…"
        return f"{prefix}{text}"

    def save(self, *args, **kwargs):
        search_text = self.build_search_text(self.ref, self.content, self.due_text)
        changed = search_text != self.search_text
        self.search_text = search_text
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and changed and "search_text" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_text"]
        super().save(*args, **kwargs)

    @property
    def state_fields(self) -> tuple:
        """django-fsm's state fields, which ConcurrentTransitionMixin looks for among all ≈ 70 fields
        each time it loads or saves an item (its `_update_initial_state`): found once per class."""
        return _state_fields(type(self))

    @staticmethod
    def build_search_text(ref: str, content: str, due_text: str) -> str:
        """Set this on rows written with bulk_create, which bypasses save()."""
        return fold(" ".join(part for part in (ref, content, due_text) if part))

    @property
    def target_text(self) -> str:
        """ "5 đề tài": the numeric target as a person reads it ("" without one)."""
        if self.indicator_target is None:
            return ""
        number = f"{self.indicator_target.normalize():f}"
        return " ".join(part for part in (number, self.indicator_measure) if part)

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN_STATES

    # --- transitions: called only by engine.services (work_items; programmes publishes) --
    @transition(field=state, source=State.DRAFTED, target=State.ASSIGNED)
    def _assign(self) -> None:
        pass

    @transition(field=state, source=State.ASSIGNED, target=State.IN_PROGRESS)
    def _start(self) -> None:
        pass

    @transition(field=state, source=State.IN_PROGRESS, target=State.REPORTED)
    def _report(self) -> None:
        pass

    @transition(field=state, source=State.REPORTED, target=State.ACCEPTED)
    def _accept(self) -> None:
        pass

    @transition(field=state, source=State.REPORTED, target=State.IN_PROGRESS)
    def _return(self) -> None:
        pass

    @transition(
        field=state,
        source=[State.DRAFTED, State.ASSIGNED, State.IN_PROGRESS, State.REPORTED],
        target=State.CANCELLED,
    )
    def _cancel(self) -> None:
        pass

    @transition(field=state, source=State.ACCEPTED, target=State.IN_PROGRESS)
    def _reopen(self) -> None:
        pass


class WorkItemUnitQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        """New links take their item's state and deadline (`item_state`, `item_due_date`): from the
        item each link holds when it was built with one, else read in one query."""
        objs = list(objs)
        missing = {o.work_item_id for o in objs if not o.item_state and not o.has_item_cached()}
        found = (
            {
                pk: (state, due)
                for pk, state, due in WorkItem.objects.filter(pk__in=missing).values_list(
                    "pk", "state", "due_date"
                )
            }
            if missing
            else {}
        )
        for obj in objs:
            if not obj.item_state:
                if obj.has_item_cached():
                    obj.item_state, obj.item_due_date = obj.work_item.state, obj.work_item.due_date
                else:
                    obj.item_state, obj.item_due_date = found[obj.work_item_id]
        return super().bulk_create(objs, *args, **kwargs)


class WorkItemUnit(models.Model):
    """A unit's part in a work item: lead (chủ trì) or coordinating (phối hợp).

    `item_state` and `item_due_date` copy the item's state and deadline, so that a unit's lists
    and counts read one range of `workitemunit_copies` instead of fetching every item; they are
    written where the item's state or deadline changes (engine.services.work_items.copy_to_links)
    and when a link is created (from its item).
    """

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead")
        COORDINATING = "coordinating", _("Coordinating")

    work_item = models.ForeignKey(WorkItem, on_delete=models.CASCADE, related_name="unit_links")
    # No index of its own: `workitemunit_copies` starts with the unit.
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="item_links", db_index=False)
    role = models.CharField(max_length=20, choices=Role.choices)
    position = models.PositiveSmallIntegerField(default=0)
    item_state = models.CharField(max_length=20, choices=WorkItem.State.choices, editable=False)
    item_due_date = models.DateField(null=True, editable=False)

    objects = WorkItemUnitQuerySet.as_manager()

    class Meta:
        ordering = ["role", "position"]
        constraints = [models.UniqueConstraint(fields=["work_item", "unit"], name="work_item_unit_unique")]
        indexes = [
            # A unit's items by role and state, in deadline order (the list's due key): its counts
            # are index-only ranges of this. It took the place of `(unit, role, work_item)`.
            models.Index(
                F("unit"),
                F("role"),
                F("item_state"),
                Coalesce(F("item_due_date"), Value(date(9999, 12, 31)), output_field=models.DateField()),
                F("work_item"),
                name="workitemunit_copies",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit} ({self.get_role_display()})"

    def save(self, *args, **kwargs):
        if self._state.adding and not self.item_state:
            item = self.work_item
            self.item_state, self.item_due_date = item.state, item.due_date
        super().save(*args, **kwargs)

    def has_item_cached(self) -> bool:
        return WorkItemUnit.work_item.is_cached(self)


class WorkItemUserObjectPermission(UserObjectPermissionBase):
    """Guardian's direct foreign key: an item shared with a person outside its units."""

    content_object = models.ForeignKey(WorkItem, on_delete=models.CASCADE)


class WorkItemGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(WorkItem, on_delete=models.CASCADE)
