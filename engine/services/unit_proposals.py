"""Units and aliases born from an import: `--create-units` for a new organisation, the picker's choices
(an existing unit, or a new one named as the document prints it)."""

from django.db import transaction
from django.utils.translation import gettext as _

from engine.audit import audit_record
from engine.exceptions import InvalidInput
from engine.importing.model import ImportResult
from engine.importing.units import propose_units
from engine.models import Organisation, Unit, UnitAlias
from engine.services.programmes import _require_editor
from engine.text import fold


def units_create_from_import(*, organisation: Organisation, actor, result: ImportResult) -> list[Unit]:
    """One unit per cluster of unresolved spellings; every spelling becomes an alias."""
    _require_editor(actor, organisation.pk)
    created = []
    with transaction.atomic():
        taken = set(UnitAlias.objects.filter(organisation=organisation).values_list("folded", flat=True))
        position = Unit.objects.filter(organisation=organisation).count()
        for proposal in propose_units(result.unresolved_units):
            unit, made = Unit.objects.get_or_create(
                organisation=organisation,
                name=proposal.name[:255],
                defaults={"kind": proposal.kind, "position": position},
            )
            position += 1
            for spelling in proposal.spellings:
                if fold(spelling) not in taken:
                    UnitAlias.objects.create(
                        organisation=organisation,
                        unit=unit,
                        alias=spelling[:255],
                        source=UnitAlias.Source.IMPORT,
                    )
                    taken.add(fold(spelling))
            if made:
                created.append(unit)
                audit_record(
                    organisation_id=organisation.pk,
                    actor=actor,
                    verb="unit.create",
                    obj=unit,
                    changes={
                        "name": unit.name,
                        "spellings": proposal.spellings,
                        "source": result.source_name,
                    },
                )
    return created


def unit_alias_remember(*, organisation: Organisation, actor, unit: Unit, spelling: str) -> UnitAlias:
    """The secretariat's choice in the import preview, kept for the next import."""
    _require_editor(actor, organisation.pk)
    if unit.organisation_id != organisation.pk:
        raise InvalidInput(_("A unit of another organisation cannot be chosen."))
    with transaction.atomic():
        alias = UnitAlias.objects.filter(organisation=organisation, folded=fold(spelling)).first()
        if alias is None:
            alias = UnitAlias.objects.create(
                organisation=organisation, unit=unit, alias=spelling[:255], source=UnitAlias.Source.IMPORT
            )
        elif alias.unit_id != unit.pk:
            alias.unit = unit
            alias.source = UnitAlias.Source.IMPORT
            alias.save()
        audit_record(
            organisation_id=organisation.pk,
            actor=actor,
            verb="unit_alias.remember",
            obj=alias,
            unit=unit,
            changes={"alias": alias.alias, "unit": unit.name},
        )
    return alias


def unit_create_for_spelling(*, organisation: Organisation, actor, spelling: str, source: str = "") -> Unit:
    """The import preview's "new unit" choice: a unit named as the document prints it (its kind guessed
    from the name as `--create-units` does), audited; the spelling itself becomes its alias by the
    caller's pick. An existing unit of that name is returned as it is."""
    _require_editor(actor, organisation.pk)
    name = " ".join(spelling.split()).strip(" .,;:-")[:255]
    if not name:
        raise InvalidInput(_("A unit needs a name."))
    proposal = propose_units([name])[0]
    with transaction.atomic():
        unit = Unit.objects.filter(organisation=organisation, name__iexact=name).first()
        if unit is None:
            position = Unit.objects.filter(organisation=organisation).count()
            unit = Unit.objects.create(
                organisation=organisation, name=name, kind=proposal.kind, position=position
            )
            audit_record(
                organisation_id=organisation.pk,
                actor=actor,
                verb="unit.create",
                obj=unit,
                changes={"name": unit.name, "spellings": [spelling], "source": source},
            )
    return unit
