"""Scoring rows: an organisation's versioned rubric and its evaluations per period.

A rubric is never edited in place: saving creates the next version, so every frozen
evaluation keeps pointing at the rules it was scored with. An evaluation is open while
the board works on it (recomputing gives the same result for the same evidence) and
frozen when the board closes it: its stored facts are a snapshot that later edits of
items, reports or the rubric do not change.

An evaluation's result is stored as facts the pages read (docs/scoring.md, "Stored
facts"): one `EvaluationItem` per item due in the period (its outcome at the cut-off and
its lead units and its evidence), and one `ScoreFact` per group
(the organisation, each unit, each person) aggregated from them in SQL. `summary` keeps
the rest (rules, period, the cap on "excellent"). An `EvaluationRun` is one background
recompute with its progress.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.models.organisations import Organisation


class Rubric(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="rubrics")
    version = models.PositiveIntegerField(_("version"))
    rules = models.JSONField(_("rules"))
    note = models.TextField(_("what changed"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("scoring rubric")
        verbose_name_plural = _("scoring rubrics")
        ordering = ["organisation", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "version"], name="rubric_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} v{self.version}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("A rubric version is never changed; save a new version.")
        super().save(*args, **kwargs)

    @property
    def parsed(self):
        from engine.scoring import RubricRules

        return RubricRules.from_dict(self.rules)


class Evaluation(models.Model):
    class PeriodKind(models.TextChoices):
        MONTH = "month", _("Month")
        QUARTER = "quarter", _("Quarter")
        HALF_YEAR = "half_year", _("Half-year")
        YEAR = "year", _("Year")

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        FROZEN = "frozen", _("Frozen")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="evaluations")
    period_kind = models.CharField(_("period"), max_length=20, choices=PeriodKind.choices)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    # Evidence up to the end of this day counts; fixed when computed, kept when frozen.
    as_of = models.DateField(_("evidence up to"))
    rubric = models.ForeignKey(Rubric, on_delete=models.PROTECT, related_name="evaluations")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)
    # Rules, period, rubric version and the cap check; the groups and items are fact rows.
    summary = models.JSONField(_("summary"), default=dict)
    result_sha256 = models.CharField(max_length=64, blank=True)
    computed_at = models.DateTimeField(_("computed"), null=True, blank=True)
    computed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    frozen_at = models.DateTimeField(_("frozen"), null=True, blank=True)
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Where the evidence stood when the facts were last computed in SQL (audit sequence, clock,
    # cut-off, calendar): what an incremental recompute starts from; {} means "recompute all".
    recompute_marks = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["organisation", "-period_start", "period_kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "period_kind", "period_start"], name="evaluation_one_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_period_kind_display()} {self.period_start:%d/%m/%Y}–{self.period_end:%d/%m/%Y}"

    @property
    def is_frozen(self) -> bool:
        return self.state == self.State.FROZEN

    @property
    def result(self) -> dict:
        """The whole result (groups with their item ids, every item), rebuilt from the facts.

        Reads every item of the evaluation: for exports and tests, not for pages (they read
        `engine.selectors.scoring_facts.evaluation_summary`).
        """
        cached = getattr(self, "_result_cache", None)
        if cached is None:
            from engine.selectors.scoring_facts import evaluation_result_from_facts

            cached = self._result_cache = evaluation_result_from_facts(self)
        return cached

    def refresh_from_db(self, *args, **kwargs):
        self._result_cache = None
        super().refresh_from_db(*args, **kwargs)


class EvaluationItem(models.Model):
    """One item due in the evaluation's period, as it stood at the cut-off (a snapshot)."""

    class Outcome(models.TextChoices):
        ON_TIME = "on_time", _("Completed on time")
        LATE = "late", _("Completed late")
        OVERDUE = "overdue", _("Overdue")
        PENDING = "pending", _("Not yet due / awaiting decision")

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="items")
    # Plain ids, not foreign keys: a frozen snapshot does not follow later edits or deletions.
    work_item_id = models.BigIntegerField()
    assignee_id = models.BigIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    delays = models.PositiveIntegerField(default=0)
    returns = models.PositiveIntegerField(default=0)
    waived = models.BooleanField(default=False)
    # As text, so the attainment is the same Decimal arithmetic on every database.
    indicator_target = models.CharField(max_length=40, blank=True)
    indicator_actual = models.CharField(max_length=40, blank=True)
    # Its lead units at the cut-off, in order (the evidence's `lead_unit_ids`): what the per-unit
    # facts group by. A column of the item rather than a row per unit: a recompute writes 10⁵
    # rows fewer, and PostgreSQL checks 10⁵ foreign keys fewer when it commits.
    lead_unit_ids = models.JSONField(default=list, blank=True)
    evidence = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("evaluated item")
        verbose_name_plural = _("evaluated items")
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "work_item_id"], name="evaluation_item_once")
        ]

    def __str__(self) -> str:
        return f"{self.evaluation_id}/{self.work_item_id}"


class ScoreFact(models.Model):
    """One group's counts, score and grade in an evaluation: the organisation, a unit, a person."""

    class Kind(models.TextChoices):
        TOTAL = "total", _("Whole organisation")
        UNIT = "unit", _("Unit")
        PERSON = "person", _("Person")

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="facts")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    subject_id = models.BigIntegerField(null=True, blank=True)  # the unit's or the person's id
    name = models.CharField(max_length=255, blank=True)
    position = models.PositiveIntegerField(default=0)  # the order the pages list the groups in
    counts = models.JSONField(default=dict)  # {tag: number of items}, engine.scoring.evaluation.TAGS
    returns_total = models.PositiveIntegerField(default=0)
    attainment_items = models.PositiveIntegerField(default=0)
    attainment_pct = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    assigned = models.PositiveIntegerField(default=0)  # scored items (pending ones are not)
    completed = models.PositiveIntegerField(default=0)
    quantity_pct = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    quality_pct = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    timeliness_pct = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    score = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    grade = models.CharField(max_length=20, blank=True)

    class Meta:
        verbose_name = _("score fact")
        verbose_name_plural = _("score facts")
        ordering = ["evaluation", "kind", "position"]
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "kind", "subject_id"], name="score_fact_once")
        ]

    def __str__(self) -> str:
        return f"{self.evaluation_id} {self.kind}:{self.subject_id}"


class EvaluationRun(models.Model):
    """One (re)computation of an evaluation, run in the background, with its progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Computing")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="runs")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    as_of = models.DateField(_("evidence up to"))
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("evaluation run")
        verbose_name_plural = _("evaluation runs")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.evaluation_id} {self.status} {self.done}/{self.total}"

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0
