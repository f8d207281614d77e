"""Moving a closed year out of the live tables: the audit chain's prefix and what other apps register.

`year_archive(year=…)` runs, per organisation and in one transaction: lock the chain head (no
event is appended meanwhile), verify the chain, copy the events written up to the end of `year`
(a prefix of the chain: seq 1…N) into AuditEventArchive with an INSERT … SELECT that keeps ids
and hashes, delete them from the live table, let each registered archiver (notifications) move
its own rows, and record the move in AuditArchive. A failure anywhere rolls everything back.

On PostgreSQL the live table's trigger lets a row be deleted only once the archive holds the
same row (migration 0013), and the archive refuses every update and delete, so the move cannot
lose or alter an event. verify_audit walks AuditEventRecord (archive then live, by seq).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from engine.audit import _locked_head, audit_verify
from engine.exceptions import InvalidInput
from engine.models import AuditArchive, AuditEvent, AuditEventArchive, Organisation

# (organisation_id, before) → rows moved; called inside the organisation's transaction.
Archiver = Callable[[int, datetime], int]
ARCHIVERS: dict[str, Archiver] = {}


def register_archiver(name: str, archiver: Archiver) -> None:
    """Let an app move its own rows of a closed year with the audit events (idempotent)."""
    ARCHIVERS[name] = archiver


@dataclass
class YearArchived:
    organisation: str
    year: int
    events: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    others: dict[str, int] = field(default_factory=dict)
    skipped: str = ""


def year_end(year: int) -> datetime:
    """The first instant after `year`, local time: everything archived was written before it."""
    return timezone.make_aware(datetime(year + 1, 1, 1))


def move_rows(source_model, target_model, where: str, params: list) -> int:
    """INSERT … SELECT the matching rows (every column of `source_model`) into `target_model`'s
    table, then DELETE them from the source; the count."""
    quote = connection.ops.quote_name
    source, target = source_model._meta.db_table, target_model._meta.db_table
    names = ", ".join(quote(f.column) for f in source_model._meta.concrete_fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(target)} ({names}) SELECT {names} FROM {quote(source)} WHERE {where}",  # noqa: S608
            params,
        )
        copied = cursor.rowcount
        cursor.execute(f"DELETE FROM {quote(source)} WHERE {where}", params)  # noqa: S608
        deleted = cursor.rowcount
    if copied != deleted:
        raise RuntimeError(f"{source}: copied {copied} rows to {target} but deleted {deleted}")
    return deleted


def _archive_organisation(organisation: Organisation, year: int, actor_name: str) -> YearArchived:
    result = YearArchived(organisation.slug, year)
    with transaction.atomic():
        _locked_head(organisation.pk)
        if AuditArchive.objects.filter(organisation=organisation, year=year).exists():
            result.skipped = "already archived"
            return result
        check = audit_verify(organisation.pk)
        if not check.ok:
            raise InvalidInput(
                f"{organisation.slug}: the audit chain does not verify (event #{check.bad_seq}: "
                f"{check.problem}); run verify_audit and investigate before archiving"
            )
        before = year_end(year)
        live = AuditEvent.objects.filter(organisation=organisation)
        last = live.filter(created_at__lt=before).aggregate(last=Max("seq"))["last"]
        if last is not None:
            quote = connection.ops.quote_name
            first = live.order_by("seq").values_list("seq", flat=True).first()
            last_hash = live.filter(seq=last).values_list("hash", flat=True).get()
            # By seq, not by time: the archive stays a prefix of the chain even if a clock stepped back.
            result.events = move_rows(
                AuditEvent,
                AuditEventArchive,
                f"{quote('organisation_id')} = %s AND {quote('seq')} <= %s",
                [organisation.pk, last],
            )
            result.first_seq, result.last_seq = first, last
        else:
            last_hash = ""
        for name, archiver in sorted(ARCHIVERS.items()):
            result.others[name] = archiver(organisation.pk, before)
        if not result.events and not any(result.others.values()):
            result.skipped = "nothing to archive"
            return result
        AuditArchive.objects.create(
            organisation=organisation,
            year=year,
            first_seq=result.first_seq,
            last_seq=result.last_seq,
            last_hash=last_hash,
            events=result.events,
            others=result.others,
            archived_at=timezone.now(),
            archived_by=actor_name[:255],
        )
    return result


def year_archive(
    *, year: int, organisation: Organisation | None = None, actor_name: str = ""
) -> list[YearArchived]:
    """Archive `year` (and anything older still live) for one or every organisation; one result each."""
    if year >= timezone.localdate().year:
        raise InvalidInput(f"{year} is not closed yet: only a past year is archived")
    organisations = [organisation] if organisation else list(Organisation.objects.order_by("slug"))
    return [_archive_organisation(org, year, actor_name) for org in organisations]
