"""Bringing the demo organisations to life: approve the seed programmes, then move their items.

Everything goes through the engine's services (so the approval flows follow through
their events, exactly as when people click): a draft programme is submitted by the
secretariat and approved by the director (publishing assigns every item); then, as of
today (the demo date), a deterministic spread of items is started, reported on time or
late, returned, accepted, left overdue, and one extension is granted and one refused.
Running it again changes nothing: only draft programmes and untouched items are driven.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from engine.models import Membership, Organisation, OrgRole, Programme, User, WorkItem, WorkItemUnit
from engine.services import extensions as ext_svc
from engine.services import programmes as prog_svc
from engine.services import work_items as svc

S = WorkItem.State
R = OrgRole.Role

# What happens to the n-th untouched item (cycled): past-due items and future ones differ.
PAST_DUE = ["accept", "overdue", "report", "accept", "start", "return", "overdue", "accept"]
AHEAD = ["start", "accept", "report", "assigned", "return", "accept", "extend", "start", "refuse", "assigned"]


@dataclass
class DriveSummary:
    published: int = 0
    moves: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.moves[what] = self.moves.get(what, 0) + 1


def _holder(organisation: Organisation, role: str) -> User | None:
    row = OrgRole.objects.active().filter(organisation=organisation, role=role).select_related("user").first()
    return row.user if row else None


def _heads(organisation: Organisation) -> dict[int, User]:
    heads: dict[int, User] = {}
    for membership in (
        Membership.objects.active()
        .filter(unit__organisation=organisation, role=Membership.Role.HEAD)
        .select_related("user")
    ):
        heads.setdefault(membership.unit_id, membership.user)
    return heads


def _staff(organisation: Organisation) -> dict[int, User]:
    staff: dict[int, User] = {}
    for membership in (
        Membership.objects.active()
        .filter(unit__organisation=organisation, role=Membership.Role.STAFF)
        .select_related("user")
    ):
        staff.setdefault(membership.unit_id, membership.user)
    return staff


def _approve_programmes(organisation: Organisation, summary: DriveSummary) -> None:
    secretary, director = _holder(organisation, R.SECRETARIAT), _holder(organisation, R.DIRECTOR)
    if secretary is None or director is None:
        return
    for programme in Programme.objects.filter(organisation=organisation, state=Programme.State.DRAFT):
        if not programme.items.exists():
            continue
        programme_ready = (
            not programme.items.filter(state=S.DRAFTED)
            .exclude(unit_links__role=WorkItemUnit.Role.LEAD)
            .exists()
        )
        if not programme_ready:
            continue  # the secretariat still has lead units to choose
        programme = prog_svc.programme_submit(
            programme=programme, actor=secretary, note="Kính trình Giám đốc phê duyệt."
        )
        prog_svc.programme_publish(programme=programme, actor=director)
        summary.published += 1


def _move(item: WorkItem, plan: str, head: User, staff: User | None, director: User, today: date) -> str:
    """Apply `plan` to an assigned item through the services; returns what it became."""
    if plan == "assigned":
        return "assigned"
    if staff is not None:
        item = svc.work_item_delegate(item=item, actor=head, assignee=staff)
    item = svc.work_item_start(item=item, actor=staff or head)
    if plan in ("start", "overdue"):
        svc.work_item_add_report(
            item=item, actor=staff or head, text="Đang triển khai, đạt khoảng 40%.", percent=40
        )
        return plan
    if plan in ("extend", "refuse"):
        due = item.due_date or today
        request = ext_svc.extension_request(
            item=item,
            actor=head,
            new_due_date=max(due, today) + timedelta(days=30),
            reason="Chờ ý kiến thẩm định của Bộ Khoa học và Công nghệ.",
        )
        if plan == "extend":
            ext_svc.extension_grant(extension=request, actor=director, note="Đồng ý gia hạn.")
            return "extension_granted"
        ext_svc.extension_refuse(extension=request, actor=director, note="Đề nghị hoàn thành đúng hạn.")
        return "extension_refused"
    item = svc.work_item_report(
        item=item, actor=head, text="Đã hoàn thành nhiệm vụ; báo cáo kết quả kèm theo."
    )
    if plan == "report":
        return "reported"
    if plan == "return":
        item = svc.work_item_return(
            item=item, actor=director, reason="Đề nghị bổ sung số liệu và minh chứng."
        )
        return "returned"
    svc.work_item_accept(item=item, actor=director, note="Đạt yêu cầu.")
    return "accepted"


def drive_demo(organisations, *, today: date | None = None, limit: int = 40) -> DriveSummary:
    """Approve the draft programmes of `organisations` and move up to `limit` items of each."""
    today = today or timezone.localdate()
    summary = DriveSummary()
    for organisation in organisations:
        with transaction.atomic():
            _approve_programmes(organisation, summary)
            director = _holder(organisation, R.DIRECTOR)
            heads, staff = _heads(organisation), _staff(organisation)
            untouched = (
                WorkItem.objects.filter(organisation=organisation, state=S.ASSIGNED, started_at__isnull=True)
                .exclude(extension_requests__isnull=False)
                .prefetch_related("unit_links")
                .order_by("due_date", "position", "id")
            )
            driven = WorkItem.objects.filter(organisation=organisation, started_at__isnull=False).exists()
            if director is None or driven:
                continue  # already driven: running seed_demo again changes nothing
            past = ahead = 0
            for item in untouched[:limit]:
                lead = [link.unit_id for link in item.unit_links.all() if link.role == WorkItemUnit.Role.LEAD]
                head = next((heads[u] for u in lead if u in heads), None)
                if head is None:
                    continue
                if item.due_date is not None and item.due_date < today:
                    plan, past = PAST_DUE[past % len(PAST_DUE)], past + 1
                else:
                    plan, ahead = AHEAD[ahead % len(AHEAD)], ahead + 1
                summary.count(_move(item, plan, head, staff.get(lead[0]), director, today))
    return summary
