"""Writing and verifying the keyed, hash-chained audit trail.

`audit_record` is the only writer of AuditEvent rows. It must run inside the caller's
transaction: it locks the organisation's chain head, so events of one organisation are
appended one at a time and their sequence has no gaps.

Each event's hash is an HMAC-SHA256 under settings.AUDIT_HMAC_KEY, a key kept outside the
database: someone who can rewrite the tables but does not hold the key cannot recompute a
chain that verifies. The checkpoints (engine.audit_checkpoint) anchor the head outside the
database as well, against a re-hash by someone who does hold the key.
"""

import functools
import hashlib
import hmac
import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from typing import Any, NamedTuple

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connection, connections, models, router, transaction
from django.utils import timezone

from engine.models import AuditChainHead, AuditEvent, AuditEventRecord

GENESIS_HASH = "0" * 64


# Values a JSON round trip gives back unchanged (bool is an int, but named for clarity).
_JSON_PLAIN = frozenset({str, int, bool, type(None)})


def _normalise(value: Any) -> Any:
    """The JSON form the database hands back, so the hash survives a round trip."""
    if type(value) is dict and all(
        type(k) is str and type(v) in _JSON_PLAIN for k, v in value.items()
    ):  # most changes ({}, {"report": 12, "attachments": 0}): the round trip would copy them
        return dict(value)
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


def audit_key() -> bytes:
    key = settings.AUDIT_HMAC_KEY
    return key.encode("utf-8") if isinstance(key, str) else key


def key_id(key: bytes | None = None) -> str:
    """A short public fingerprint of the key: tells which key a chain was written with."""
    return hmac.new(key or audit_key(), b"dondoc-audit-key-id", hashlib.sha256).hexdigest()[:12]


def _canonical(event) -> bytes:
    payload = {
        "organisation": event.organisation_id,
        "seq": event.seq,
        "created_at": event.created_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": event.actor_id,
        "actor_name": event.actor_name,
        "verb": event.verb,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "object_repr": event.object_repr,
        "work_item": event.work_item_id,
        "unit": event.unit_id,
        "from_state": event.from_state,
        "to_state": event.to_state,
        "reason": event.reason,
        "changes": event.changes,
        "prev_hash": event.prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return canonical.encode("utf-8")


@functools.lru_cache(maxsize=4)
def _keyed(key: bytes) -> "hmac.HMAC":
    """An HMAC-SHA256 with the key taken in and nothing hashed yet, copied for each event."""
    return hmac.new(key, digestmod=hashlib.sha256)


def compute_hash(event, key: bytes | None = None) -> str:
    """The event's HMAC-SHA256 under the audit key (any object with AuditEvent's fields)."""
    mac = _keyed(key or audit_key()).copy()
    mac.update(_canonical(event))
    return mac.hexdigest()


def legacy_hash(event) -> str:
    """The unkeyed SHA-256 chains used before the key (migration 0010 re-keys them)."""
    return hashlib.sha256(_canonical(event)).hexdigest()


class _Head(NamedTuple):
    """An organisation's chain head as read under its row lock (what an append moves on from)."""

    organisation_id: int
    seq: int
    hash: str


def _locked_head(organisation_id: int, cursor=None) -> _Head:
    """The organisation's chain head, its row locked (created at the first event), read in plain
    SQL: this runs in every change, and the ORM's compilation of the query cost more than its trip.
    `cursor`: one of the default connection's, when the caller holds one open (the append's)."""
    if cursor is None:
        with connection.cursor() as cursor:
            return _locked_head(organisation_id, cursor)
    db = cursor.db
    table = AuditChainHead._meta.db_table
    lock = " FOR UPDATE" if db.features.has_select_for_update else ""
    cursor.execute(f"SELECT seq, hash FROM {table} WHERE organisation_id = %s{lock}", [organisation_id])  # noqa: S608
    row = cursor.fetchone()
    if row is None:
        AuditChainHead.objects.get_or_create(organisation_id=organisation_id, defaults={"key_id": key_id()})
        head = AuditChainHead.objects.select_for_update().get(organisation_id=organisation_id)
        row = (head.seq, head.hash)
    return _Head(organisation_id, row[0], row[1])


_INSERTS: dict[tuple[str, str], tuple[str, list]] = {}
# Python types whose values the event's plain columns (text, integers, ids) take as they are: the
# field's get_db_prep_save would hand them back unchanged. Other values (the time, the changes'
# JSON, anything unexpected, such as a lazy translation) go through it.
_AS_IS = frozenset({str, int, type(None)})
_PREPARED = frozenset({"created_at", "changes"})


def _insert_statement(db) -> tuple[str, list]:
    """The event's INSERT for this connection's database and its fields, built once per process:
    (sql, [(attname, field, whether the field always prepares the value)])."""
    key = (db.alias, db.vendor)
    found = _INSERTS.get(key)
    if found is None:
        fields = [AuditEvent._meta.get_field(name) for name in AUDIT_COLUMNS]
        columns = ", ".join(db.ops.quote_name(f.column) for f in fields)
        places = ", ".join(["%s"] * len(fields))
        sql = f"INSERT INTO {AuditEvent._meta.db_table} ({columns}) VALUES ({places})"  # noqa: S608
        if db.features.can_return_columns_from_insert:
            sql += " RETURNING id"
        found = _INSERTS[key] = (sql, [(f.attname, f, f.attname in _PREPARED) for f in fields])
    return found


def _values(event, fields: list, db) -> list:
    values = []
    for attname, field, prepared in fields:
        value = getattr(event, attname)
        values.append(value if not prepared and type(value) in _AS_IS else field.get_db_prep_save(value, db))
    return values


def _append(events: list[AuditEvent], head: _Head, cursor) -> None:
    """Chain `events` onto `head` (locked) in order, INSERT them and move the head to the last, in
    plain SQL (what event.save() and the head's UPDATE would send, without the ORM's per-call
    compilation), through `cursor` (the default connection's). The head's trigger (PostgreSQL) still
    checks that it names the event just written."""
    seq, prev_hash = head.seq, head.hash
    for event in events:
        seq += 1
        event.seq, event.prev_hash = seq, prev_hash
        event.hash = prev_hash = compute_hash(event)
    db = cursor.db
    sql, fields = _insert_statement(db)
    returning = sql.endswith(" RETURNING id")
    move = f"UPDATE {AuditChainHead._meta.db_table} SET seq = %s, hash = %s WHERE organisation_id = %s"  # noqa: S608
    move_params = [seq, prev_hash, head.organisation_id]
    together = _one_trip(db)
    last = events[-1]
    for event in events:
        if together and event is last:  # the head moves in the same round trip, as its own statement
            cursor.execute(f"{sql}; {move}", [*_values(event, fields, db), *move_params])
        else:
            cursor.execute(sql, _values(event, fields, db))
        event.pk = cursor.fetchone()[0] if returning else cursor.lastrowid
        event._state.adding, event._state.db = False, db.alias
    if not together:
        cursor.execute(move, move_params)


def _one_trip(db) -> bool:
    """Whether the last event's INSERT and the head's UPDATE go to the database in one round trip:
    two statements in one string, which PostgreSQL runs one after the other (the head's trigger sees
    the event the first wrote) and stops at the first that fails. psycopg sends that by the simple
    query protocol with client-side binding, Django's default (`server_side_binding` off); SQLite
    takes one statement per call."""
    return db.vendor == "postgresql" and not db.settings_dict.get("OPTIONS", {}).get("server_side_binding")


class _Queue:
    """The events recorded in an `appended_last` block, waiting for its end, and the savepoints
    open where the block began."""

    __slots__ = ("depth", "events")

    def __init__(self, depth: tuple):
        self.depth, self.events = depth, []


def _queue_here() -> "_Queue | None":
    """The waiting queue an audit_record here joins: only at the depth it was opened at (inside a
    savepoint of its own an event is appended at once, so a rolled-back savepoint takes it along)."""
    queue = getattr(connection, "_dondoc_audit_queue", None)
    if queue is not None and connection.in_atomic_block and _savepoints() == queue.depth:
        return queue
    return None


def _savepoints() -> tuple:
    """The connection's open savepoints (an `atomic(savepoint=False)` inside a transaction stacks a
    None: no savepoint, a failure fails the whole transaction)."""
    return tuple(sid for sid in connection.savepoint_ids if sid is not None)


def _flush(queue: _Queue) -> None:
    events, queue.events = queue.events, []
    by_organisation: dict[int, list[AuditEvent]] = {}
    for event in events:
        by_organisation.setdefault(event.organisation_id, []).append(event)
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        for organisation_id, chained in by_organisation.items():
            _append(chained, _locked_head(organisation_id, cursor), cursor)


@contextmanager
def appended_last():
    """Within the caller's transaction: the audit events recorded inside are appended to their
    chains when the block ends, in the order recorded, instead of one by one.

    The chain head's row lock is what one organisation's changes queue behind, and it is held from
    the append to the commit. A change (engine.services.work_items._change) records its event
    first and then lets the event's subscribers write (notification rows, the flow mirror);
    appending at the end takes the lock after those writes, so it is held for the append and the
    commit only. The events are the same, in the same order, in the same transaction, and a block
    that fails appends nothing. An audit_record inside a savepoint opened within the block (a
    nested `atomic()` that is not `savepoint=False`) does not wait but appends at once, so that a
    savepoint rolled back takes its event along; it then comes before the block's own events in
    the chain. A nested block at the same depth joins the enclosing one.
    """
    if not connection.in_atomic_block:
        raise transaction.TransactionManagementError("appended_last() runs inside the caller's transaction")
    outer = getattr(connection, "_dondoc_audit_queue", None)
    depth = _savepoints()
    if outer is not None and outer.depth == depth:
        yield  # the enclosing block at this depth appends
        return
    queue = _Queue(depth)
    connection._dondoc_audit_queue = queue
    try:
        yield
    finally:
        connection._dondoc_audit_queue = outer
    if queue.events and not connection.needs_rollback:
        _flush(queue)


def audit_record(
    *,
    organisation_id: int,
    actor,
    verb: str,
    obj: models.Model,
    work_item=None,
    unit=None,
    unit_id: int | None = None,
    from_state: str = "",
    to_state: str = "",
    reason: str = "",
    changes: dict | None = None,
) -> AuditEvent:
    """Append one event to the organisation's chain; returns it. Inside `appended_last` (at its
    depth) the event waits for the block's end, which sets its seq, hash and id.

    `unit` (a Unit) or `unit_id`: the unit the event is about, if any. The event is built from ids
    (the related instances given are kept as its cached relations): its ForeignKey descriptors
    would check each instance against the database routers, in every change.
    """
    event = AuditEvent(
        organisation_id=organisation_id,
        created_at=timezone.now(),
        actor_id=_pk(actor, "actor"),
        actor_name=str(actor)[:255] if actor is not None else "",
        verb=verb,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:255],
        work_item_id=_pk(work_item, "work_item"),
        unit_id=_pk(unit, "unit") if unit is not None else unit_id,
        from_state=from_state or "",
        to_state=to_state or "",
        reason=reason or "",
        changes=_normalise(changes or {}),
    )
    for name, related in (("actor", actor), ("work_item", work_item), ("unit", unit)):
        if related is not None:
            _RELATIONS[name].set_cached_value(event, related)
    queue = _queue_here()
    if queue is not None:
        queue.events.append(event)
        return event
    # No savepoint of its own: a failed audit write must fail the caller's whole change, and
    # the head is read once, locked (the first event of an organisation creates it).
    with transaction.atomic(savepoint=False), connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        _append([event], _locked_head(organisation_id, cursor), cursor)
    return event


_RELATIONS = {name: AuditEvent._meta.get_field(name) for name in ("actor", "work_item", "unit")}


def _pk(related, name: str) -> int | None:
    """The id of a related instance given to audit_record (None for None), refusing what its
    ForeignKey would refuse: an instance of another model."""
    if related is None:
        return None
    model = _RELATIONS[name].related_model
    if not isinstance(related, model):
        raise ValueError(f"audit_record: {name} must be a {model.__name__} instance, not {related!r}")
    return related.pk


# An event's columns (the id aside): what `audit_record_many` writes and `compute_hash` reads.
AUDIT_COLUMNS = tuple(f.attname for f in AuditEvent._meta.concrete_fields if not f.primary_key)
BATCH = 5000


def audit_record_many(*, organisation_id: int, actor, entries: list[dict]) -> int:
    """Append many events of one organisation in a constant number of queries (sweeps,
    publications); returns how many.

    Each entry holds audit_record's keyword arguments other than organisation and actor
    (`obj` may be replaced by `object_type`, `object_id`, `object_repr`). The events are hashed
    here, as `audit_record` hashes one, from plain rows rather than model instances; on
    PostgreSQL each batch of 5,000 goes in as one JSON document (`jsonb_populate_recordset`):
    one string to send instead of 17 quoted parameters a row (a sweep at 10⁶ items appends
    ≈ 14,000 events, and building and binding them was most of its time).
    """
    if not entries:
        return 0
    actor_id = actor.pk if actor is not None else None
    actor_name = str(actor)[:255] if actor is not None else ""
    with transaction.atomic(savepoint=False):
        if (queue := _queue_here()) is not None and queue.events:
            _flush(queue)  # what was recorded before these comes before them
        head = _locked_head(organisation_id)
        seq, prev_hash, now = head.seq, head.hash, timezone.now()
        rows = []
        for entry in entries:
            obj = entry.get("obj")
            seq += 1
            row = _Row(
                organisation_id=organisation_id,
                seq=seq,
                created_at=now,
                actor_id=actor_id,
                actor_name=actor_name,
                verb=entry["verb"],
                object_type=obj._meta.label_lower if obj is not None else entry["object_type"],
                object_id=str(obj.pk) if obj is not None else str(entry["object_id"]),
                object_repr=(str(obj) if obj is not None else entry.get("object_repr", ""))[:255],
                work_item_id=entry.get("work_item_id"),
                unit_id=entry.get("unit_id"),
                from_state=entry.get("from_state") or "",
                to_state=entry.get("to_state") or "",
                reason=entry.get("reason") or "",
                changes=_normalise(entry.get("changes") or {}),
                prev_hash=prev_hash,
            )
            row.hash = prev_hash = compute_hash(row)
            rows.append(row)
        for start in range(0, len(rows), BATCH):
            _insert_events(rows[start : start + BATCH])
        AuditChainHead.objects.filter(pk=organisation_id).update(seq=seq, hash=prev_hash)
    return len(rows)


class _Row:
    """An event's columns as attributes (what `compute_hash` reads), without a model instance."""

    __slots__ = AUDIT_COLUMNS

    def __init__(self, **columns):
        for name, value in columns.items():
            setattr(self, name, value)


def _insert_events(rows: list[_Row]) -> None:
    connection = connections[router.db_for_write(AuditEvent)]
    if connection.vendor != "postgresql":
        events = [AuditEvent(**{c: getattr(row, c) for c in AUDIT_COLUMNS}) for row in rows]
        AuditEvent.objects.bulk_create(events)
        return
    created_at = rows[0].created_at.isoformat()  # one `now` for the whole call
    document = json.dumps(
        [{**{c: getattr(row, c) for c in AUDIT_COLUMNS}, "created_at": created_at} for row in rows],
        ensure_ascii=False,
    )
    columns = ", ".join(AUDIT_COLUMNS)
    table = AuditEvent._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) "  # noqa: S608 - constant identifiers
            f"SELECT {columns} FROM jsonb_populate_recordset(NULL::{table}, %s::jsonb)",
            [document],
        )


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    bad_seq: int | None = None
    bad_id: int | None = None
    problem: str = ""


def _short(value: str) -> str:
    return value[:12] + "…"


def audit_verify(organisation_id: int) -> ChainCheck:
    """Walk an organisation's chain from the first event, archived then live; report the first broken link."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    key = audit_key()
    head = AuditChainHead.objects.filter(organisation_id=organisation_id).first()
    if head is not None and head.key_id and head.key_id != key_id(key):
        # Said first: with the wrong key every event would look edited.
        return ChainCheck(
            False,
            0,
            None,
            None,
            f"the chain was written with audit key {head.key_id}, this server's AUDIT_HMAC_KEY is "
            f"{key_id(key)}: set the key the chain was written with",
        )
    # The view of both tables, by seq: the archive holds a prefix of the chain, the live table the rest.
    events = AuditEventRecord.objects.filter(organisation_id=organisation_id).order_by("seq")
    for event in events.iterator(chunk_size=2000):
        if event.seq != expected_seq:
            return ChainCheck(
                False, checked, event.seq, event.pk, f"sequence gap: event #{expected_seq} is missing"
            )
        if event.prev_hash != expected_prev:
            return ChainCheck(
                False,
                checked,
                event.seq,
                event.pk,
                f"previous-hash link broken: it names {_short(event.prev_hash)}, "
                f"event #{event.seq - 1} hashes to {_short(expected_prev)}",
            )
        if not hmac.compare_digest(compute_hash(event, key), event.hash):
            problem = "content does not match its HMAC (edited, or re-hashed without the audit key)"
            if hmac.compare_digest(legacy_hash(event), event.hash):
                problem = "hashed without the audit key (unkeyed SHA-256): the chain was re-hashed"
            return ChainCheck(False, checked, event.seq, event.pk, problem)
        expected_prev = event.hash
        expected_seq += 1
        checked += 1
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS_HASH)
    if head_seq > checked:
        return ChainCheck(
            False,
            checked,
            checked + 1,
            None,
            f"the head records {head_seq} events but the chain stops at #{checked}: "
            f"events #{checked + 1}–#{head_seq} are missing",
        )
    if head_seq < checked:
        return ChainCheck(
            False,
            checked,
            head_seq + 1,
            None,
            f"the chain has {checked} events but the head records {head_seq}: "
            f"events #{head_seq + 1}–#{checked} were appended behind the head",
        )
    if head_hash != expected_prev:
        return ChainCheck(
            False,
            checked,
            checked,
            None,
            f"the head's hash {_short(head_hash)} is not the hash of event #{checked} "
            f"({_short(expected_prev)})",
        )
    return ChainCheck(True, checked)
