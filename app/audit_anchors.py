"""Anchors for the audit chain outside the database: the chain's head as each backup file saw it.

Someone who can write the database could delete the newest audit rows and move the head back, or
rewrite rows and recompute every hash; the chain alone would not show it. Each backup keeps the head of
its day, so the live chain must still hold, at each backup's last row, the very same hash. (A restore
moves the backups of the timeline it replaces into ``backups/replaced/``, where they anchor nothing.)
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import server_backup
from app.database import Database, backups_folder


@dataclass(frozen=True)
class Anchor:
    source: str  # the backup file's name
    seq: int
    hash: str


def backup_anchors(db: Database, folders: tuple[Path, ...] = ()) -> list[Anchor]:
    """The audit heads recorded in the backups in the database's backups folder (and in ``folders``)."""
    if db.path is None and not server_backup.available():
        return []
    anchors = []
    suffix, head_of = ("*.sqlite3", _head_of) if db.path is not None else ("*.dump", _dump_head_of)
    for folder in (backups_folder(db), *folders):
        for path in sorted(folder.glob(suffix)) if folder.is_dir() else ():
            head = head_of(path)
            if head is not None and head[0] > 0:
                anchors.append(Anchor(path.name, *head))
    return anchors


def divergent(session, anchors: list[Anchor]) -> list[Anchor]:
    """The anchors the live chain does not hold: after a restore, the backups of the timeline it replaced."""
    from db.models import AuditEntry

    hashes = dict(session.execute(select(AuditEntry.seq, AuditEntry.hash)
                                  .where(AuditEntry.seq.in_([a.seq for a in anchors]))).all())
    return [anchor for anchor in anchors if hashes.get(anchor.seq) != anchor.hash]


def _head_of(path: Path) -> tuple[int, str] | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            return connection.execute("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None  # not a backup of ours, or damaged: it anchors nothing


def _dump_head_of(path: Path) -> tuple[int, str] | None:
    rows = server_backup.table_rows(path, "audit_head")
    if not rows:
        return None
    return int(rows[0]["last_seq"]), rows[0]["last_hash"]
