"""`manage.py import_programme PATH --org SLUG [--year YYYY] [--create-units] [--dry-run] [--json]`."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from engine.importing.errors import ImportFailed
from engine.importing.readers import read_document
from engine.models import Organisation
from engine.services.programme_import import programme_import, programme_import_preview


class Command(BaseCommand):
    help = "Import a work programme (.txt, .docx, .xlsx, PDF) as a draft programme of an organisation."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--org", required=True, help="Slug of the organisation.")
        parser.add_argument("--year", type=int, help="Year of the programme, if the title does not say.")
        parser.add_argument(
            "--create-units",
            action="store_true",
            help="Create the organisation and the units the document names.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Read and resolve; write nothing.")
        parser.add_argument("--json", action="store_true", help="Print the result as one JSON object.")

    def handle(self, *args, **options):
        path = Path(options["path"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror or exc}") from None
        try:
            document = read_document(data, path.name)  # a bad file fails before any database work
            with transaction.atomic():
                organisation = self._organisation(options)
                result = programme_import_preview(
                    organisation=organisation,
                    data=data,
                    name=path.name,
                    year=options["year"],
                    document=document,
                )
                if options["create_units"] and result.unresolved_units:
                    from engine.services.unit_proposals import units_create_from_import

                    units_create_from_import(organisation=organisation, actor=None, result=result)
                    result = programme_import_preview(
                        organisation=organisation, data=data, name=path.name, year=options["year"]
                    )
                programme = None
                if not options["dry_run"]:
                    programme = programme_import(organisation=organisation, actor=None, result=result)
                if options["dry_run"]:
                    transaction.set_rollback(True)
        except ImportFailed as exc:
            raise CommandError(exc.message) from None
        if options["json"]:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
            return
        self.stdout.write(
            f"{result.title}: {len(result.items)} items, "
            f"{result.period_start:%d/%m/%Y}–{result.period_end:%d/%m/%Y}"
        )
        for warning in result.warnings:
            self.stdout.write(f"  {path.name}:{warning.line or '-'}: {warning.message}")
        if result.unresolved_units:
            self.stdout.write("Unresolved units: " + "; ".join(result.unresolved_units))
        if programme is not None:
            self.stdout.write(self.style.SUCCESS(f"Draft programme #{programme.pk} written."))
        else:
            self.stdout.write("Dry run: nothing written.")

    def _organisation(self, options) -> Organisation:
        slug = options["org"]
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is not None:
            return organisation
        if not options["create_units"]:
            raise CommandError(f"No organisation with slug “{slug}” (use --create-units to create it).")
        return Organisation.objects.create(slug=slug, name=slug, province="")
