"""The audit log: one hash-chained row for every change, written in the transaction that makes it."""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit_anchors import Anchor, backup_anchors
from app.database import Database
from app.errors import DatabaseProblem
from app.i18n import _
from app.permissions import Actor, Permission, require
from db.models import AuditEntry, AuditHead
from db.types import utcnow

GENESIS_HASH = "0" * 64
SYSTEM_USER = "system"


def _to_json(data: dict | None) -> str | None:
    if data is None:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def entry_hash(entry: AuditEntry) -> str:
    content = [
        entry.seq, entry.at.isoformat(), entry.user_id, entry.username, entry.action, entry.entity,
        entry.entity_id, entry.before, entry.after, entry.prev_hash,
    ]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object = "",
    before: dict | None = None,
    after: dict | None = None,
) -> AuditEntry:
    """Append one row to the chain, inside the caller's transaction. ``actor`` None means the system."""
    head = session.get(AuditHead, 1, with_for_update=True, populate_existing=True)
    if head is None:
        raise DatabaseProblem(_("The audit log of this database is damaged (its head row is missing); "
                                "restore a backup"))
    entry = AuditEntry(
        seq=head.last_seq + 1,
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else SYSTEM_USER,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=_to_json(before),
        after=_to_json(after),
        prev_hash=head.last_hash,
    )
    entry.hash = entry_hash(entry)
    head.last_seq, head.last_hash = entry.seq, entry.hash
    session.add(entry)
    session.flush()
    return entry


@dataclass
class Verification:
    checked: int = 0
    problems: list[str] = field(default_factory=list)
    anchors: int = 0  # backups whose head was compared

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session, anchors: list[Anchor] = ()) -> Verification:
    """Walks the chain from its first row: an edited, inserted, reordered or deleted row breaks it; and a
    chain cut short or rewritten since a backup no longer holds that backup's head (``anchors``)."""
    result = Verification()
    expected = {anchor.seq: anchor for anchor in anchors}
    expected_seq, previous = 1, GENESIS_HASH
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
        result.checked += 1
        if entry.seq != expected_seq:
            result.problems.append(f"row {expected_seq} is missing (the next row is {entry.seq})")
        if entry.prev_hash != previous:
            result.problems.append(f"row {entry.seq} does not follow the row before it (deleted or reordered)")
        if entry_hash(entry) != entry.hash:
            result.problems.append(f"row {entry.seq} was changed after it was written")
        anchor = expected.pop(entry.seq, None)
        if anchor is not None and anchor.hash != entry.hash:
            result.problems.append(f"row {entry.seq} differs from the backup {anchor.source}: the log was rewritten")
        expected_seq, previous = entry.seq + 1, entry.hash
    head = session.get(AuditHead, 1)
    if head is None or head.last_seq != expected_seq - 1 or head.last_hash != previous:
        result.problems.append("the last rows of the log are missing")
    for anchor in sorted(expected.values(), key=lambda a: a.seq):
        if anchor.seq >= expected_seq:
            result.problems.append(f"the log ends at row {expected_seq - 1} but the backup {anchor.source} "
                                   f"holds {anchor.seq} rows: rows were deleted")
    return result


def verify(db: Database, actor: Actor) -> Verification:
    """The chain checked on its own and against the heads kept in the backups beside the database."""
    require(actor, Permission.VERIFY_AUDIT)
    anchors = backup_anchors(db)
    with db.read(actor) as session:
        result = verify_chain(session, anchors)
    result.anchors = len(anchors)
    return result


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    before: str | None
    after: str | None


def recent(db: Database, actor: Actor, limit: int = 200) -> list[AuditRow]:
    require(actor, Permission.VERIFY_AUDIT)
    with db.read(actor) as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit))
        return [AuditRow(r.seq, r.at, r.username, r.action, r.entity, r.entity_id, r.before, r.after)
                for r in rows]
