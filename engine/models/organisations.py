"""Organisations (one tenant each), their units and the spellings documents use for units."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.text import fold, nfc


class Organisation(models.Model):
    """A Sở or an office of a people's committee. Nothing crosses organisations."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    province = models.CharField(_("province"), max_length=100)
    deputy_may_accept = models.BooleanField(
        _("deputy directors may accept completion"),
        default=True,
        help_text=_("If off, only the director accepts; deputies may still return a report."),
    )
    completion_deputy_review = models.BooleanField(
        _("supervising deputy reviews completion reports first"),
        default=False,
        help_text=_(
            "If on, a completion report goes to the supervising deputy director, who forwards it "
            "to the director or returns it."
        ),
    )
    leader_reminder_days = models.PositiveSmallIntegerField(
        _("working days before a waiting leader is reminded"),
        default=3,
        help_text=_(
            "A report, extension or programme waiting this many working days on a leader reminds "
            "the leader; twice as long reminds the director."
        ),
    )
    report_submission_day = models.PositiveSmallIntegerField(
        _("periodic reports due on day"),
        default=20,
        validators=[MinValueValidator(15), MaxValueValidator(28)],
        help_text=_(
            "Day of the month in which a reporting period closes (on the 14th) by which units "
            "submit their periodic report; moved to the next working day when it is a day off."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Unit(models.Model):
    """A division of an organisation: phòng, đơn vị, trung tâm."""

    class Kind(models.TextChoices):
        SECRETARIAT = "secretariat", _("Secretariat")
        INSPECTORATE = "inspectorate", _("Inspectorate")
        DIVISION = "division", _("Division")
        SERVICE_CENTRE = "service_centre", _("Service centre")
        OTHER = "other", _("Other")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="units", verbose_name=_("organisation")
    )
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DIVISION)
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["organisation", "position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="unit_unique_name_per_org")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        return self.short_name or self.name


class UnitAlias(models.Model):
    """A spelling or abbreviation of a unit as documents write it ("QLKH", "Quản lý KH")."""

    class Source(models.TextChoices):
        MANUAL = "manual", _("Entered by hand")
        LEGEND = "legend", _("Document legend")
        IMPORT = "import", _("Chosen during an import")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="unit_aliases")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=255)
    folded = models.CharField(max_length=255, editable=False)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MANUAL)

    class Meta:
        verbose_name = _("unit alias")
        verbose_name_plural = _("unit aliases")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "folded"], name="unit_alias_unique_per_org")
        ]

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs):
        self.alias = nfc(self.alias).strip()
        self.folded = fold(self.alias)
        if self.unit_id and not self.organisation_id:
            self.organisation_id = self.unit.organisation_id
        super().save(*args, **kwargs)
