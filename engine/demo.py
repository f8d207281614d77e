"""Creating the demo organisations, units and people; idempotent, so it can run on every start."""

from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils.text import slugify

from engine.demo_data import ORGANISATIONS, DemoOrganisation
from engine.models import Membership, Organisation, OrgRole, Unit, UnitAlias, User
from engine.services.people import membership_grant, org_role_grant
from engine.text import fold

DEFAULT_PASSWORD = "dondoc-demo"


@dataclass(frozen=True)
class DemoUser:
    username: str
    organisation: str
    role: str
    unit: str | None
    full_name: str

    def as_json(self) -> dict:
        return {
            "username": self.username,
            "organisation": self.organisation,
            "role": self.role,
            "unit": self.unit,
        }


def unit_slug(unit: Unit) -> str:
    return slugify(fold(unit.short_name or unit.name)).replace("-", "") or f"u{unit.pk}"


def _user(username: str, full_name: str, organisation: Organisation, password_hash: str) -> User:
    user, _created = User.objects.get_or_create(
        username=username, defaults={"full_name": full_name, "organisation": organisation}
    )
    user.full_name = full_name
    user.organisation = organisation
    user.is_active = True
    user.password = password_hash
    user.save()
    return user


def _org_role(user, organisation, role, **kwargs) -> None:
    if not OrgRole.objects.active().filter(user=user, organisation=organisation, role=role).exists():
        org_role_grant(actor=None, user=user, organisation=organisation, role=role, **kwargs)


def seed_organisation(spec: DemoOrganisation, password_hash: str) -> list[DemoUser]:
    organisation, _created = Organisation.objects.update_or_create(
        slug=spec.slug,
        defaults={"name": spec.name, "short_name": spec.short_name, "province": spec.province},
    )
    units: dict[str, Unit] = {}
    for position, demo_unit in enumerate(spec.units):
        unit, _created = Unit.objects.update_or_create(
            organisation=organisation,
            name=demo_unit.name,
            defaults={"short_name": demo_unit.short_name, "kind": demo_unit.kind, "position": position},
        )
        units[demo_unit.short_name] = unit
        for alias in demo_unit.aliases:
            if not UnitAlias.objects.filter(organisation=organisation, folded=fold(alias)).exists():
                UnitAlias.objects.create(organisation=organisation, unit=unit, alias=alias)

    people: list[DemoUser] = []

    def add(username, full_name, role, unit=None, **role_kwargs):
        user = _user(username, full_name, organisation, password_hash)
        if unit is None:
            _org_role(user, organisation, role, **role_kwargs)
        else:
            membership_grant(actor=None, user=user, unit=unit, role=role)
        people.append(DemoUser(username, spec.slug, role, unit.name if unit else None, full_name))
        return user

    p = spec.prefix
    add(f"{p}.director", spec.director.full_name, OrgRole.Role.DIRECTOR, title=spec.director.title)
    for number, deputy in enumerate(spec.deputies, start=1):
        add(
            f"{p}.deputy{number}",
            deputy.full_name,
            OrgRole.Role.DEPUTY_DIRECTOR,
            title=deputy.title,
            fields=deputy.fields,
            supervised_units=[units[short] for short in deputy.supervises],
        )
    secretariat_unit = next(u for u in units.values() if u.kind == Unit.Kind.SECRETARIAT)
    inspectorate_unit = next((u for u in units.values() if u.kind == Unit.Kind.INSPECTORATE), None)
    secretary = add(
        f"{p}.secretariat", f"Chuyên viên Văn phòng ({spec.short_name})", OrgRole.Role.SECRETARIAT
    )
    membership_grant(actor=None, user=secretary, unit=secretariat_unit, role=Membership.Role.STAFF)
    inspector = add(f"{p}.inspectorate", f"Thanh tra viên ({spec.short_name})", OrgRole.Role.INSPECTORATE)
    if inspectorate_unit is not None:
        membership_grant(actor=None, user=inspector, unit=inspectorate_unit, role=Membership.Role.STAFF)
    add(f"{p}.evaluator", f"Thành viên Hội đồng Thi đua ({spec.short_name})", OrgRole.Role.EVALUATOR)
    for unit in units.values():
        slug = unit_slug(unit)
        add(f"{p}.head.{slug}", f"Trưởng {unit.name}", Membership.Role.HEAD, unit)
        add(f"{p}.staff.{slug}", f"Chuyên viên {unit.name}", Membership.Role.STAFF, unit)
    return people


def seed_demo(password: str = DEFAULT_PASSWORD) -> tuple[list[Organisation], list[DemoUser]]:
    people: list[DemoUser] = []
    # One hash for every demo user: hashing a hundred passwords would take half a minute.
    password_hash = make_password(password)
    with transaction.atomic():
        for spec in ORGANISATIONS:
            people += seed_organisation(spec, password_hash)
    organisations = list(Organisation.objects.filter(slug__in=[spec.slug for spec in ORGANISATIONS]))
    return organisations, people
