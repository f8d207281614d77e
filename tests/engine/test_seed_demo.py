"""`manage.py seed_demo`: the seed organisations, a user for every role, idempotent.

Seeding imports and publishes the five seed programmes (several seconds), so one test seeds
once, checks what the first run built, seeds again (JSON, then text) and checks that nothing
changed; each check keeps its own assertion message."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from engine.audit import audit_verify
from engine.demo_data import ORGANISATIONS
from engine.models import (
    AuditEvent,
    EscalationFiring,
    Membership,
    Organisation,
    OrgRole,
    OversightSnapshot,
    Programme,
    Unit,
    User,
    WorkItem,
)

SLUGS = ["nghe-an-skhcn", "ha-tinh-skhcn", "quang-ngai-skhcn", "son-la-vpubnd"]
ROLES = {"director", "deputy_director", "secretariat", "inspectorate", "evaluator", "head", "staff"}


def _seed() -> dict:
    out = StringIO()
    call_command("seed_demo", "--json", stdout=out)
    return json.loads(out.getvalue())


def _counts() -> tuple:
    return (
        User.objects.count(),
        Membership.objects.count(),
        OrgRole.objects.count(),
        AuditEvent.objects.count(),
        Programme.objects.count(),
    )


def _every_role_in_every_organisation(data: dict) -> None:
    assert data["organisations"] == SLUGS
    for slug in SLUGS:
        mine = [u for u in data["users"] if u["organisation"] == slug]
        assert {u["role"] for u in mine} == ROLES, slug
        units = set(Unit.objects.filter(organisation__slug=slug).values_list("name", flat=True))
        for user in mine:
            assert set(user) == {"username", "organisation", "role", "unit"}
            if user["role"] in ("head", "staff"):
                assert user["unit"] in units, user
            else:
                assert user["unit"] is None, user
        heads = {u["unit"] for u in mine if u["role"] == "head"}
        assert heads == units, slug


def _real_units_and_leaders_of_the_documents() -> None:
    nghe_an = Organisation.objects.get(slug="nghe-an-skhcn")
    assert nghe_an.units.filter(short_name="QLKH", aliases__alias="Quản lý KH").exists()
    director = OrgRole.objects.get(organisation=nghe_an, role="director").user
    assert director.full_name == "Nguyễn Quý Linh"
    quang_ngai = Organisation.objects.get(slug="quang-ngai-skhcn")
    hieu = User.objects.get(full_name="Phan Văn Hiếu")
    role = OrgRole.objects.get(user=hieu, role="deputy_director")
    assert role.organisation == quang_ngai
    assert "QLKH&ĐMST" in set(role.supervised_units.values_list("short_name", flat=True))
    assert User.objects.get(username="sonla.director").full_name == "Trần Bình Minh"


def _seed_programmes_imported(data: dict) -> None:
    imported = {p["seed"]: p for p in data["programmes"] if p["programme"]}
    assert set(imported) == {"000", "001", "002", "003", "004"}
    assert not [p for p in data["programmes"] if p.get("problem")]
    assert imported["000"]["items"] == 137 and imported["000"]["organisation"] == "nghe-an-skhcn"
    assert imported["002"]["organisation"] == "quang-ngai-skhcn"
    assert imported["003"]["organisation"] == "quang-ngai-skhcn" and imported["003"]["items"] == 64
    assert imported["004"]["organisation"] == "son-la-vpubnd" and imported["004"]["items"] == 12
    # The demo driver approves, through the flow, every programme whose items all have a lead
    # unit (the current year's after naming the missing leads); past drafts stay drafts for the
    # secretariat to finish, and a past programme is closed after its year.
    states = dict(Programme.objects.values_list("source_name", "state"))
    assert set(states.values()) == {"draft", "published", "closed"}
    by_seed = {name[:3]: state for name, state in states.items()}
    assert by_seed["000"] == "published" and by_seed["002"] == "closed" and by_seed["003"] == "draft"


def _oversight_figures_of_today() -> None:
    """The register and the dashboard a demo user opens first show today's figures."""
    taken = dict(OversightSnapshot.objects.values_list("organisation__slug", "taken_at"))
    assert set(taken) == {spec.slug for spec in ORGANISATIONS}
    assert {timezone.localdate(moment) for moment in taken.values()} == {timezone.localdate()}


def _told_through_the_year_and_reported_with_figures() -> None:
    """What the inspectorate and the evaluators open: warnings dated as the year went (the sweep
    ran weekly among the steps), and every reported item with a target carries its figure."""
    fired = EscalationFiring.objects.all()
    assert fired.count() == AuditEvent.objects.filter(verb="work_item.escalate").count() > 0
    months = {timezone.localtime(at).date().replace(day=1) for at in fired.values_list("fired_at", flat=True)}
    assert len(months) >= 3
    reported = WorkItem.objects.filter(indicator_target__isnull=False, reported_at__isnull=False)
    assert reported.exists() and not reported.filter(indicator_actual__isnull=True).exists()


def _text_lists_every_login_of_every_organisation() -> None:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    text = out.getvalue()
    usernames = list(User.objects.filter(organisation__slug__in=SLUGS).values_list("username", flat=True))
    assert len(usernames) > 6 * len(SLUGS)
    missing = [u for u in usernames if u not in text]
    assert missing == []
    assert "unit heads:" in text and "unit staff:" in text
    assert max(len(line) for line in text.splitlines() if line.startswith("  ")) <= 110


@pytest.mark.django_db
def test_seeded_once_every_role_programme_and_password_then_idempotent_and_audited(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "mat-khau-rieng")
    first = _seed()
    _every_role_in_every_organisation(first)
    _real_units_and_leaders_of_the_documents()
    _seed_programmes_imported(first)
    assert User.objects.get(username="hatinh.director").check_password("mat-khau-rieng")
    _oversight_figures_of_today()
    _told_through_the_year_and_reported_with_figures()

    counts = _counts()
    second = _seed()
    assert first == second
    _text_lists_every_login_of_every_organisation()
    assert counts == _counts()  # the programmes too: imported once
    for organisation in Organisation.objects.all():
        assert audit_verify(organisation.pk).ok
