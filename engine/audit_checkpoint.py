"""Checkpoints of the audit chains: each head's hash written outside the database.

`audit_checkpoint` logs one line per organisation (seq and hash of its head) and, when
AUDIT_CHECKPOINT_FILE is set, appends the same as a JSON line to that file, which the
inspectorate keeps. `checkpoint_mismatches` compares such a file with the chains: a chain
rewritten after a checkpoint (even by someone holding the key) no longer has that hash at
that sequence number.
"""

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from engine.audit import key_id
from engine.models import AuditChainHead, AuditEventRecord

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Checkpoint:
    organisation: str
    seq: int
    hash: str


def audit_checkpoint() -> list[Checkpoint]:
    heads = AuditChainHead.objects.select_related("organisation").order_by("organisation__slug")
    taken_at = timezone.now().isoformat(timespec="seconds")
    points = [Checkpoint(h.organisation.slug, h.seq, h.hash) for h in heads]
    lines = []
    for point in points:
        logger.info(
            "audit checkpoint %s #%s %s",
            point.organisation,
            point.seq,
            point.hash,
            extra={"audit_org": point.organisation, "audit_seq": point.seq, "audit_hash": point.hash},
        )
        record = {"at": taken_at, "org": point.organisation, "seq": point.seq, "hash": point.hash}
        lines.append(json.dumps(record | {"key": key_id()}, ensure_ascii=False))
    if settings.AUDIT_CHECKPOINT_FILE and lines:
        with Path(settings.AUDIT_CHECKPOINT_FILE).open("a", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    return points


def read_checkpoints(path: str | Path) -> list[tuple[int, Checkpoint]]:
    """(line number, checkpoint) for every line of a checkpoint file."""
    points = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            points.append((number, Checkpoint(record["org"], int(record["seq"]), record["hash"])))
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}, line {number}: not a checkpoint ({error})") from None
    return points


def checkpoint_mismatches(path: str | Path, organisation_slug: str) -> list[str]:
    """What in the chain disagrees with the checkpoints of one organisation in the file."""
    problems = []
    for number, point in read_checkpoints(path):
        if point.organisation != organisation_slug or point.seq == 0:
            continue
        stored = (
            AuditEventRecord.objects.filter(organisation__slug=organisation_slug, seq=point.seq)
            .values_list("hash", flat=True)
            .first()
        )
        if stored is None:
            problems.append(f"checkpoint line {number}: event #{point.seq} no longer exists")
        elif stored != point.hash:
            problems.append(
                f"checkpoint line {number}: event #{point.seq} hashed {point.hash[:12]}… "
                f"then, {stored[:12]}… now: the chain was rewritten after the checkpoint"
            )
    return problems
