"""Factories for tests. States that depend on history are reached through the services."""

from dataclasses import dataclass
from datetime import date

import factory

from engine.models import Membership, Organisation, Programme, Unit, User, WorkItem
from engine.services import work_items as svc
from engine.services.people import membership_grant, org_role_grant
from engine.services.programmes import programme_create, work_item_create


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"org-{n}")
    name = factory.Sequence(lambda n: f"Sở Thử nghiệm {n}")
    province = "Nghệ An"


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Phòng Thử nghiệm {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")
    kind = Unit.Kind.DIVISION


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"Người dùng {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    password = factory.PostGenerationMethodCall("set_password", "pw")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


@dataclass
class World:
    """One organisation with units A (lead), B (coordinating), C (unrelated), and a second one."""

    org: Organisation
    other_org: Organisation
    unit_a: Unit
    unit_b: Unit
    unit_c: Unit
    unit_x: Unit
    director: User
    deputy: User  # supervises A
    deputy_other: User  # supervises C only
    secretariat: User
    inspectorate: User
    evaluator: User
    head_a: User
    deputy_head_a: User
    staff_a: User
    head_b: User
    deputy_head_b: User
    staff_b: User
    head_c: User
    deputy_head_c: User
    staff_c: User
    director_x: User
    secretariat_x: User
    head_x: User
    deputy_head_x: User
    staff_x: User
    deputy_x: User
    inspectorate_x: User
    evaluator_x: User
    programme: Programme

    def item(self, *, content="Tổ chức hội đồng nghiệm thu", due=date(2026, 3, 31), **fields) -> WorkItem:
        """A drafted item led by A with B coordinating."""
        return work_item_create(
            programme=self.programme,
            actor=self.secretariat,
            content=content,
            lead_units=[self.unit_a],
            coordinating_units=[self.unit_b],
            due_date=due,
            due_text="Tháng 03",
            **fields,
        )

    def item_in(self, state: str, **fields) -> WorkItem:
        """An item brought to `state` through the services, as users would."""
        item = self.item(**fields)
        path = {
            "drafted": [],
            "assigned": ["assign"],
            "in_progress": ["assign", "start"],
            "reported": ["assign", "start", "report"],
            "accepted": ["assign", "start", "report", "accept"],
            "cancelled": ["cancel"],
        }[state]
        for step in path:
            item = advance(self, item, step)
        return item


def advance(world: World, item: WorkItem, step: str) -> WorkItem:
    if step == "assign":
        return svc.work_item_assign(item=item, actor=world.secretariat)
    if step == "start":
        return svc.work_item_start(item=item, actor=world.staff_a)
    if step == "report":
        return svc.work_item_report(item=item, actor=world.head_a, text="Đã hoàn thành.")
    if step == "accept":
        return svc.work_item_accept(item=item, actor=world.director)
    if step == "return":
        return svc.work_item_return(item=item, actor=world.director, reason="Thiếu minh chứng.")
    if step == "cancel":
        return svc.work_item_cancel(item=item, actor=world.director, reason="Không còn phù hợp.")
    if step == "reopen":
        return svc.work_item_reopen(item=item, actor=world.director, reason="Cần bổ sung.")
    raise ValueError(step)


def _person(org, username, *, unit=None, unit_role=None, org_role=None, supervises=()) -> User:
    user = UserFactory(username=username, organisation=org)
    if unit is not None:
        membership_grant(actor=None, user=user, unit=unit, role=unit_role)
    if org_role is not None:
        org_role_grant(
            actor=None, user=user, organisation=org, role=org_role, supervised_units=list(supervises)
        )
    return user


def build_world(prefix: str = "w") -> World:
    org = OrganisationFactory(slug=f"{prefix}-org", name="Sở KH&CN Thử nghiệm")
    other = OrganisationFactory(slug=f"{prefix}-other", name="Sở KH&CN Khác")
    a = UnitFactory(organisation=org, name="Phòng Quản lý Khoa học", short_name="QLKH")
    b = UnitFactory(organisation=org, name="Phòng Chuyển đổi số", short_name="CĐS")
    c = UnitFactory(organisation=org, name="Phòng Quản lý Công nghệ", short_name="QLCN")
    x = UnitFactory(organisation=other, name="Phòng Quản lý Khoa học", short_name="QLKH")
    H, D, S = Membership.Role.HEAD, Membership.Role.DEPUTY_HEAD, Membership.Role.STAFF
    p = prefix
    people = {
        "director": _person(org, f"{p}.director", org_role="director"),
        "deputy": _person(org, f"{p}.deputy", org_role="deputy_director", supervises=[a]),
        "deputy_other": _person(org, f"{p}.deputy_other", org_role="deputy_director", supervises=[c]),
        "secretariat": _person(org, f"{p}.secretariat", org_role="secretariat"),
        "inspectorate": _person(org, f"{p}.inspectorate", org_role="inspectorate"),
        "evaluator": _person(org, f"{p}.evaluator", org_role="evaluator"),
        "director_x": _person(other, f"{p}.director_x", org_role="director"),
        "secretariat_x": _person(other, f"{p}.secretariat_x", org_role="secretariat"),
        "deputy_x": _person(other, f"{p}.deputy_x", org_role="deputy_director", supervises=[x]),
        "inspectorate_x": _person(other, f"{p}.inspectorate_x", org_role="inspectorate"),
        "evaluator_x": _person(other, f"{p}.evaluator_x", org_role="evaluator"),
    }
    for unit, suffix in ((a, "a"), (b, "b"), (c, "c"), (x, "x")):
        owner = org if unit is not x else other
        people[f"head_{suffix}"] = _person(owner, f"{p}.head_{suffix}", unit=unit, unit_role=H)
        people[f"deputy_head_{suffix}"] = _person(owner, f"{p}.deputy_head_{suffix}", unit=unit, unit_role=D)
        people[f"staff_{suffix}"] = _person(owner, f"{p}.staff_{suffix}", unit=unit, unit_role=S)
    programme = programme_create(
        organisation=org,
        actor=people["secretariat"],
        title="Chương trình công tác năm 2026",
        kind=Programme.Kind.YEAR,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    return World(
        org=org, other_org=other, unit_a=a, unit_b=b, unit_c=c, unit_x=x, programme=programme, **people
    )


def run_queued_evaluations() -> None:
    """Do what the Celery worker does for queued evaluation runs (eager runs are done already)."""
    from engine.models import EvaluationRun
    from engine.services.scoring_runs import evaluation_run

    for run_id in EvaluationRun.objects.filter(status=EvaluationRun.Status.QUEUED).values_list(
        "pk", flat=True
    ):
        evaluation_run(run_id=run_id)
