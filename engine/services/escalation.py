"""The escalation sweep: fire each ladder step once per deadline, record it, mark and announce.

One sweep, per organisation, in a number of queries that does not depend on how many
items it looks at: the calendar and ladder are loaded once, every step's threshold
becomes one cut-off date (engine.deadlines.ladder), the candidates come out of one
query, the people to notify out of three, and the firings go in with one
INSERT … ON CONFLICT DO NOTHING RETURNING. The unique constraint on EscalationFiring
is the concurrency guard: when two sweeps race, the second one's insert returns
nothing, so it neither audits nor announces. Audit events are appended in bulk
(engine.audit.audit_record_many). Items leave the ladder when reported, accepted or
cancelled (drafted items are not published yet, so they never enter it).

Catching up: when a sweep finds a deadline past several steps that never fired (the
sweep did not run, or the item was just imported), only the latest step fires, plus
the current digest, rather than a burst of stale reminders. A step whose day came
before the item's programme was published does not fire at all (`_before_publication`):
approving late does not escalate the past.
"""

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import connection, transaction
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

from engine.audit import audit_record_many
from engine.deadlines import ladder as L
from engine.deadlines.calendar import WorkingCalendar, calendar_for
from engine.models import (
    EscalationFiring,
    EscalationRule,
    Organisation,
    OrgRole,
    ReportPeriod,
    WorkItem,
    WorkItemUnit,
)
from engine.selectors.people import OrgPeople
from engine.services.escalation_notices import escalation_announce
from engine.services.report_periods import report_periods_ensure

S = WorkItem.State
LADDER_STATES = (S.ASSIGNED, S.IN_PROGRESS)
DEADLINE, PERIOD = EscalationFiring.Subject.DEADLINE, EscalationFiring.Subject.REPORT_PERIOD


@dataclass(frozen=True)
class Fired:
    item: int
    step: int
    recipients: list[int]
    deadline: date
    subject: str = DEADLINE
    occurrence: int = 0
    period: int | None = None
    unit: int | None = None  # the item's first lead unit, for the grouped notice

    def as_dict(self) -> dict:
        """The shape `manage.py escalate --json` prints for one firing."""
        return {"item": self.item, "step": self.step, "recipients": self.recipients}


@dataclass
class SweepResult:
    now: datetime
    fired: list[Fired] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.fired)

    def as_dict(self) -> dict:
        return {"now": self.now.isoformat(), "fired": [f.as_dict() for f in self.fired], "count": self.count}


def ladder_for(organisation_id: int) -> tuple[L.Step, ...]:
    """The organisation's ladder (its EscalationRule rows, or the default when it has none)."""
    return L.ladder_from_rules(list(EscalationRule.objects.filter(organisation_id=organisation_id)))


def escalation_sweep(*, now: datetime | None = None, organisation: Organisation | None = None) -> SweepResult:
    """Run one sweep at `now` (default: the current time) over one or every organisation."""
    now = now or timezone.now()
    if timezone.is_naive(now):
        now = timezone.make_aware(now)
    today = timezone.localdate(now)
    result = SweepResult(now)
    if organisation is not None:
        org_ids = [organisation.pk]
    else:
        org_ids = list(
            WorkItem.objects.filter(state__in=LADDER_STATES)
            .order_by()
            .values_list("organisation_id", flat=True)
            .distinct()
        )
    for org_id in org_ids:
        result.fired += _sweep_organisation(org_id, now, today)
    return result


def escalation_ladder_save(*, organisation: Organisation, actor, steps: list[L.Step]) -> tuple[L.Step, ...]:
    """Replace an organisation's ladder (director or secretariat), audited with before and after."""
    from django.utils.translation import gettext as _

    from engine import permissions
    from engine.exceptions import InvalidInput

    permissions.require_org(
        permissions.can_edit_escalation_ladder(actor, organisation.pk),
        _("Only the director and the secretariat may change the escalation ladder."),
    )
    numbers = [s.step for s in steps]
    if len(set(numbers)) != len(numbers):
        raise InvalidInput(_("Each step number may be used once."))
    known = set(EscalationRule.Recipient.values)
    for s in steps:
        if not 1 <= s.step <= 20 or not -30 <= s.offset <= 60:
            raise InvalidInput(
                _("Step %(step)s: the step is 1–20 and the offset −30 to 60 working days.") % {"step": s.step}
            )
        if not s.recipients or set(s.recipients) - known:
            raise InvalidInput(_("Step %(step)s: choose who is notified.") % {"step": s.step})
        if s.repeat_every_days is not None and not 1 <= s.repeat_every_days <= 90:
            raise InvalidInput(_("Step %(step)s: a digest repeats every 1 to 90 days.") % {"step": s.step})
    with transaction.atomic():
        before = [_step_dict(s) for s in ladder_for(organisation.pk)]
        EscalationRule.objects.filter(organisation=organisation).delete()
        EscalationRule.objects.bulk_create(
            EscalationRule(
                organisation=organisation,
                step=s.step,
                offset_working_days=s.offset,
                recipients=list(s.recipients),
                marks_escalated=s.marks_escalated,
                repeat_every_days=s.repeat_every_days,
            )
            for s in sorted(steps, key=lambda s: s.step)
        )
        from engine.audit import audit_record

        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="escalation_ladder.update",
            obj=organisation,
            changes={"ladder": [before, [_step_dict(s) for s in steps]]},
        )
    return ladder_for(organisation.pk)


def _step_dict(step: L.Step) -> dict:
    return {
        "step": step.step,
        "offset": step.offset,
        "recipients": list(step.recipients),
        "marks_escalated": step.marks_escalated,
        "repeat_every_days": step.repeat_every_days,
    }


# --- one organisation -----------------------------------------------------------------


def _step_case(field_name: str, steps: list[L.Step], calendar: WorkingCalendar, today: date) -> Case | Value:
    """The latest one-off step reached by the deadline in `field_name`, as a CASE over cut-off dates."""
    whens = [
        When(**{f"{field_name}__lte": L.deadline_cutoff(calendar, today, s.offset)}, then=Value(s.step))
        for s in sorted(steps, key=lambda s: (-s.offset, -s.step))
    ]
    if not whens:
        return Value(None, output_field=IntegerField())
    return Case(*whens, default=Value(None), output_field=IntegerField())


def _candidates(
    source, *, item_ref: str, subject: str, steps, calendar: WorkingCalendar, today: date, now: datetime
) -> list[dict]:
    """Rows of `source` (items or report periods) with a step to fire: one query."""
    one_off = [s for s in steps if not s.is_digest]
    digests = [s for s in steps if s.is_digest]
    fired = EscalationFiring.objects.filter(
        work_item_id=OuterRef(item_ref), subject=subject, deadline=OuterRef("due_date")
    )
    rows = source.annotate(
        current_step=_step_case("due_date", one_off, calendar, today),
        current_fired=Exists(fired.filter(step=OuterRef("current_step"), occurrence=0)),
    )
    wanted = Q(current_step__isnull=False, current_fired=False)
    # The latest deadline any step can fire for today: implied by `wanted`, stated so PostgreSQL
    # reads the deadlines up to it by index instead of every open item (at 10⁶ items, most are
    # due later than a sweep looks).
    bounds = [L.deadline_cutoff(calendar, today, s.offset) for s in one_off]
    for digest in digests:
        first_due = L.deadline_cutoff(
            calendar, today - timedelta(days=digest.repeat_every_days), digest.offset
        )
        bounds.append(first_due)
        recent = fired.filter(step=digest.step, fired_at__gt=now - timedelta(days=digest.repeat_every_days))
        flag = f"digest_{digest.step}_recent"
        rows = rows.annotate(**{flag: Exists(recent)})
        wanted |= Q(due_date__lte=first_due, **{flag: False})
    lead = WorkItemUnit.objects.filter(work_item_id=OuterRef(item_ref), role=WorkItemUnit.Role.LEAD).order_by(
        "position", "id"
    )
    prefix = "" if item_ref == "pk" else "work_item__"
    if bounds:
        rows = rows.filter(due_date__lte=max(bounds))
    return list(
        rows.filter(wanted)
        .annotate(
            lead_unit_id=Subquery(lead.values("unit_id")[:1]),
            item_id=F(item_ref),
            who_assignee=F(f"{prefix}assignee_id"),
            who_leader=F(f"{prefix}leader_id"),
            published_at=F(f"{prefix}programme__published_at"),
        )
        .values(
            "pk",
            "item_id",
            "due_date",
            "current_step",
            "lead_unit_id",
            "who_assignee",
            "who_leader",
            "published_at",
            "current_fired",
        )
        .order_by()  # _insert sorts; an ORDER BY here steers PostgreSQL to a primary-key scan
    )


def _resolve(people: OrgPeople, who: tuple[str, ...], row: dict) -> list[int]:
    """The ladder step's recipients for one candidate row (engine.selectors.people's variants)."""
    found: set[int] = set()
    unit_id = row["lead_unit_id"]
    for kind in who:
        if kind == L.ASSIGNEE and row["who_assignee"]:
            found.add(row["who_assignee"])
        elif kind == L.UNIT_HEAD:
            found.update(people.heads_of(unit_id))
        elif kind == L.SUPERVISOR:
            found |= people.supervisors_of(row["who_leader"], unit_id)
        elif kind == L.DIRECTOR:
            found |= people.holders(OrgRole.Role.DIRECTOR)
        elif kind == L.INSPECTORATE:
            found |= people.holders(OrgRole.Role.INSPECTORATE)
    return sorted(found)


def _published_on(row: dict) -> date | None:
    published = row.get("published_at")
    if published is None:
        return None
    if isinstance(published, str):  # raw values on some backends
        published = datetime.fromisoformat(published)
    return timezone.localdate(published) if timezone.is_aware(published) else published.date()


def _before_publication(
    calendar, deadline: date, step: L.Step, occurrence: int, published: date | None
) -> bool:
    """Whether this firing's day came before the programme was published: the past is not escalated.

    A programme approved late publishes items whose deadlines already passed; the director
    saw them counted on the approval page and published them with a note, and the units
    are told once by the publication. The steps (and digest repetitions) whose day fell
    before the publication day are skipped; the ladder goes on from the next one.
    """
    if published is None:
        return False
    day = L.fires_on(calendar, deadline, step)
    if occurrence:
        day += timedelta(days=occurrence * step.repeat_every_days)
    return day < published


def _plan(rows, *, subject, steps, calendar, today, people) -> list[Fired]:
    by_number = {s.step: s for s in steps}
    digests = [s for s in steps if s.is_digest]
    planned = []
    for row in rows:
        period = row["pk"] if subject == PERIOD else None
        published = _published_on(row)
        if row["current_step"] is not None and not row["current_fired"]:
            step = by_number[row["current_step"]]
            if not _before_publication(calendar, row["due_date"], step, 0, published):
                planned.append(
                    Fired(
                        row["item_id"],
                        step.step,
                        _resolve(people, step.recipients, row),
                        row["due_date"],
                        subject,
                        0,
                        period,
                        row["lead_unit_id"],
                    )
                )
        for digest in digests:
            occurrence = L.digest_occurrence(calendar, row["due_date"], digest, today)
            if occurrence >= 1 and not _before_publication(
                calendar, row["due_date"], digest, occurrence, published
            ):
                planned.append(
                    Fired(
                        row["item_id"],
                        digest.step,
                        _resolve(people, digest.recipients, row),
                        row["due_date"],
                        subject,
                        occurrence,
                        period,
                        row["lead_unit_id"],
                    )
                )
    return planned


def _insert(org_id: int, now: datetime, planned: list[Fired]) -> set[tuple]:
    """Insert the planned firings; returns the keys this sweep won (the others already existed)."""
    if not planned:
        return set()
    table = EscalationFiring._meta.db_table
    columns = (
        "organisation_id, work_item_id, subject, report_period_id, step, occurrence, deadline, fired_at, "
        "recipient_ids"
    )
    returning = "RETURNING work_item_id, subject, step, occurrence, deadline"
    won: set[tuple] = set()
    planned = sorted(planned, key=lambda f: (f.item, f.subject, f.step, f.occurrence))
    ops = connection.ops
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One JSON document, not seven arrays: the driver quotes one string instead of every
            # element (≈ 14,000 firings at 10⁶ items).
            document = json.dumps(
                [
                    {
                        "w": f.item,
                        "s": f.subject,
                        "p": f.period,
                        "st": f.step,
                        "o": f.occurrence,
                        "d": f.deadline.isoformat(),
                        "r": f.recipients,
                    }
                    for f in planned
                ]
            )
            cursor.execute(
                f"INSERT INTO {table} ({columns}) "  # noqa: S608 - constant identifiers
                "SELECT %s, w, s, p, st, o, d, %s, r FROM jsonb_to_recordset(%s::jsonb) "
                "AS t(w bigint, s text, p bigint, st int, o int, d date, r jsonb) "
                f"ON CONFLICT DO NOTHING {returning}",
                [org_id, now, document],
            )
            rows = cursor.fetchall()
        else:
            rows = []
            fired_at = ops.adapt_datetimefield_value(now)
            for start in range(0, len(planned), 3000):
                chunk = planned[start : start + 3000]
                params = []
                for f in chunk:
                    params += [
                        org_id,
                        f.item,
                        f.subject,
                        f.period,
                        f.step,
                        f.occurrence,
                        ops.adapt_datefield_value(f.deadline),
                        fired_at,
                        json.dumps(f.recipients),
                    ]
                values = ", ".join(["(%s, %s, %s, %s, %s, %s, %s, %s, %s)"] * len(chunk))
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) VALUES {values} ON CONFLICT DO NOTHING {returning}",  # noqa: S608
                    params,
                )
                rows += cursor.fetchall()
    for item, subject, step, occurrence, deadline in rows:
        if isinstance(deadline, str):
            deadline = date.fromisoformat(deadline)
        won.add((item, subject, step, occurrence, deadline))
    return won


def _sweep_organisation(org_id: int, now: datetime, today: date) -> list[Fired]:
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # The candidate query's cost estimate triggers JIT compilation, which costs seconds
            # for a query that runs in milliseconds: off for this transaction only.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
        return _sweep_organisation_in_transaction(org_id, now, today)


def _sweep_organisation_in_transaction(org_id: int, now: datetime, today: date) -> list[Fired]:
    calendar = calendar_for(org_id)
    steps = ladder_for(org_id)
    if not steps:
        return []
    people = OrgPeople(org_id)
    report_periods_ensure(org_id, calendar)
    items = WorkItem.objects.filter(organisation_id=org_id, state__in=LADDER_STATES, due_date__isnull=False)
    periods = ReportPeriod.objects.filter(
        work_item__organisation_id=org_id, work_item__state__in=LADDER_STATES, submitted_at__isnull=True
    )
    common = {"steps": steps, "calendar": calendar, "today": today}
    planned = _plan(
        _candidates(items, item_ref="pk", subject=DEADLINE, now=now, **common),
        subject=DEADLINE,
        people=people,
        **common,
    )
    planned += _plan(
        _candidates(periods, item_ref="work_item_id", subject=PERIOD, now=now, **common),
        subject=PERIOD,
        people=people,
        **common,
    )
    if not planned:
        return []
    by_number = {s.step: s for s in steps}
    with transaction.atomic():
        won = _insert(org_id, now, planned)
        fired = [f for f in planned if (f.item, f.subject, f.step, f.occurrence, f.deadline) in won]
        escalate = sorted({f.item for f in fired if by_number[f.step].marks_escalated})
        marked = _mark_escalated(escalate, now)
        _audit(org_id, fired, by_number, marked, now)
        escalation_announce(org_id, fired, by_number, today)
    return fired


def _mark_escalated(item_ids: list[int], now: datetime) -> set[int]:
    """Set `escalated_at` on the items a marking step fired for (the only writer of the field)."""
    if not item_ids:
        return set()
    pending = WorkItem.objects.filter(pk__in=item_ids, escalated_at__isnull=True)
    marked = set(pending.order_by().values_list("pk", flat=True))
    pending.update(escalated_at=now)
    return marked


def _audit(org_id: int, fired: list[Fired], by_number, marked: set[int], now: datetime) -> None:
    entries = []
    for f in fired:
        changes = {
            "step": f.step,
            "deadline": f.deadline,
            "recipient_ids": f.recipients,
            "subject": f.subject,
            "fired_at": now,
        }
        if f.occurrence:
            changes["occurrence"] = f.occurrence
        if f.period:
            changes["report_period"] = f.period
        if by_number[f.step].marks_escalated and f.item in marked:
            changes["escalated_at"] = [None, now]
        entries.append(
            {
                "verb": "work_item.escalate",
                "object_type": "engine.workitem",
                "object_id": f.item,
                "object_repr": "",
                "work_item_id": f.item,
                "changes": changes,
            }
        )
    audit_record_many(organisation_id=org_id, actor=None, entries=entries)
