"""The demo programmes: each seed document imported as a draft into its organisation (idempotent).

`seed_programmes()` is what `seed_demo` calls, and what a later step (publishing the
programmes, moving items through their states) can call to get them. A seed already
imported (same SHA-256 in the same organisation) is not imported again.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from engine.demo_data import ORGANISATIONS
from engine.importing.errors import ImportFailed
from engine.models import Organisation, Programme
from engine.services.programme_import import programme_import, programme_import_preview


@dataclass(frozen=True)
class SeedProgramme:
    seed: str
    organisation: str
    programme: Programme | None
    created: bool
    problem: str = ""


def seed_path(number: str) -> Path:
    return next(Path(settings.SEEDS_DIR).glob(f"{number}_*.txt"))


def seed_programmes() -> list[SeedProgramme]:
    """Import every seed of the demo organisations that is not in yet; report what each became."""
    done = []
    for spec in ORGANISATIONS:
        organisation = Organisation.objects.get(slug=spec.slug)
        for number in spec.seeds:
            path = seed_path(number)
            data = path.read_bytes()
            existing = Programme.objects.filter(
                organisation=organisation, source_sha256=hashlib.sha256(data).hexdigest()
            ).first()
            if existing is not None:
                done.append(SeedProgramme(number, spec.slug, existing, created=False))
                continue
            try:
                result = programme_import_preview(organisation=organisation, data=data, name=path.name)
                programme = programme_import(organisation=organisation, actor=None, result=result)
            except ImportFailed as exc:
                done.append(SeedProgramme(number, spec.slug, None, created=False, problem=exc.message))
                continue
            done.append(SeedProgramme(number, spec.slug, programme, created=True))
    return done
