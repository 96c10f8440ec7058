"""Backups of the SQLite database: on demand, once a day automatically (30 kept), and restore.

Copies go through SQLite's online backup API, so desks may keep working while a backup is taken. A
backup is written to a ``.part`` file and renamed when complete, so a cancelled one leaves nothing.
"""

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import audit
from app.audit_anchors import backup_anchors, divergent
from app.clock import SITE_ZONE, local
from app.database import SQLITE_HEADER, Database, backups_dir_for, copy_sqlite, database_problem
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback
from db.engine import create_db_engine
from db.migrate import schema_state, upgrade_to_head
from db.types import utcnow

AUTO_PREFIX = "auto-"
REPLACED = "replaced"
KEEP_AUTO = 30
SUFFIX = ".sqlite3"
DAY = timedelta(days=1)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: datetime


def backup(db: Database, actor: Actor, out: Path | None = None,
           progress: ProgressCallback | None = None) -> Path:
    require(actor, Permission.BACKUP)
    source = _sqlite_file(db)
    with db.read(actor):
        pass  # the user is still enabled, with the same role
    target = Path(out) if out else _free_name(backups_dir_for(source), f"manual-{_stamp()}")
    _copy_atomically(source, target, progress, create_parent=out is None)
    with db.write(actor) as session:
        audit.record(session, actor, "backup", "database", after={"file": str(target)})
    return target


def auto_backup_if_due(db: Database, now: datetime | None = None) -> Path | None:
    """Once a day (site calendar) a backup into ``backups/``, keeping the newest ``KEEP_AUTO``."""
    if db.path is None:
        return None
    now = now or utcnow()
    folder = backups_dir_for(db.path)
    autos = _backups(folder, AUTO_PREFIX)
    if autos and local(autos[0].at).date() == local(now).date():
        return None
    target = _free_name(folder, f"{AUTO_PREFIX}{_stamp(now)}")
    _copy_atomically(db.path, target, None, create_parent=True)
    with db.write() as session:
        audit.record(session, None, "backup", "database", after={"file": str(target)})
    for old in _backups(folder, AUTO_PREFIX)[KEEP_AUTO:]:
        old.path.unlink(missing_ok=True)
    return target


def last_backup(db: Database) -> BackupFile | None:
    if db.path is None:
        return None
    found = _backups(backups_dir_for(db.path))
    return found[0] if found else None


def restore(db: Database, actor: Actor, source: Path, progress: ProgressCallback | None = None) -> Path:
    """Replaces the database with a backup, after a safety copy of the current one (returned)."""
    require(actor, Permission.RESTORE)
    target = _sqlite_file(db)
    with db.read(actor):
        pass  # the user is still enabled, with the same role
    source = Path(source)
    _check_backup_file(source)
    if source.resolve() == target.resolve():
        raise ValidationError(_("Choose a backup file, not the database itself"), field="file")
    replaced = backups_dir_for(target) / REPLACED
    safety = _free_name(replaced, f"before-restore-{_stamp()}")
    _copy_atomically(target, safety, None, create_parent=True)
    db.close()
    try:
        copy_sqlite(source, target, progress=_sqlite_progress(progress))
    except sqlite3.Error as error:
        safety.unlink(missing_ok=True)  # nothing was replaced: the live database is as it was
        raise database_problem(db.display_name, error) from error
    except BaseException:
        safety.unlink(missing_ok=True)
        raise
    upgrade_to_head(db.engine)
    with db.write() as session:
        moved = _set_aside_replaced_timeline(db, session, replaced)
        audit.record(session, actor, "restore", "database",
                     after={"file": str(source), "safety_copy": str(safety), "set_aside": moved})
    return safety


def _set_aside_replaced_timeline(db: Database, session, replaced: Path) -> list[str]:
    """Backups taken after the restored one hold a history the restore discarded: moved to ``replaced/``."""
    moved = []
    for anchor in divergent(session, backup_anchors(db)):
        os.replace(backups_dir_for(db.path) / anchor.source, replaced / anchor.source)
        moved.append(anchor.source)
    return moved


def _check_backup_file(source: Path) -> None:
    try:
        with source.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ValidationError(_("Cannot read the backup {name}: {reason}"), field="file", name=str(source),
                              reason=error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise ValidationError(_("{name} is not a FrontOffice backup"), field="file", name=str(source))
    if not _intact(source):
        raise ValidationError(_("The backup {name} is damaged; choose another"), field="file", name=str(source))
    engine = create_db_engine(f"sqlite:///file:{source.resolve()}?mode=ro&immutable=1&uri=true")
    try:
        state = schema_state(engine)
    except Exception as error:
        raise ValidationError(_("{name} is not a FrontOffice backup"), field="file", name=str(source)) from error
    finally:
        engine.dispose()
    if state.current is None:
        raise ValidationError(_("{name} is not a FrontOffice backup"), field="file", name=str(source))
    if not state.known:
        raise ValidationError(_("The backup {name} was made by a newer FrontOffice; install the newer version"),
                              field="file", name=str(source))


def _sqlite_file(db: Database) -> Path:
    if db.path is None:
        raise ValidationError(_("Backups here are of an SQLite file; back up a server database on the server "
                                "(for PostgreSQL, with pg_dump)"))
    return db.path


def _copy_atomically(source: Path, target: Path, progress: ProgressCallback | None, create_parent: bool) -> None:
    part = target.with_name(target.name + ".part")
    try:
        if create_parent:
            target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            raise IsADirectoryError(21, "is a folder", str(target))
        part.unlink(missing_ok=True)
        copy_sqlite(source, part, progress=_sqlite_progress(progress))
        _seal(part)
        os.replace(part, target)
    except (OSError, sqlite3.Error) as error:
        part.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise ValidationError(_("Cannot write the backup to {name}: {reason}"), field="file", name=str(target),
                              reason=reason) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _seal(path: Path) -> None:
    """A finished copy: checked page by page, and in rollback-journal mode so that it opens read-only
    (from a USB stick or a CD) without SQLite needing to create a ``-shm`` file beside it."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        connection.close()
    if result != "ok":
        raise sqlite3.DatabaseError(f"the copy failed its check: {result}")


def _intact(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def _sqlite_progress(progress: ProgressCallback | None):
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _backups(folder: Path, prefix: str = "") -> list[BackupFile]:
    """Backups in ``folder`` whose name starts with ``prefix``, newest first."""
    if not folder.is_dir():
        return []
    found = [BackupFile(p, _taken_at(p)) for p in folder.glob(f"{prefix}*{SUFFIX}")]
    return sorted(found, key=lambda b: (b.at, b.path.stat().st_mtime_ns), reverse=True)


STAMP_FORMAT = "%Y%m%d-%H%M%S"
STAMP_PATTERN = re.compile(r"(\d{8}-\d{6})(-\d+)?$")


def _free_name(folder: Path, stem: str) -> Path:
    """``folder/stem.sqlite3``, or ``stem-2``, ``stem-3``... when two backups fall in the same second."""
    candidate, count = folder / f"{stem}{SUFFIX}", 1
    while candidate.exists():
        count += 1
        candidate = folder / f"{stem}-{count}{SUFFIX}"
    return candidate


def _stamp(now: datetime | None = None) -> str:
    return local(now or utcnow()).strftime(STAMP_FORMAT)


def _taken_at(path: Path) -> datetime:
    """When a backup was taken: the site-time stamp in its name, else the file's modification time."""
    match = STAMP_PATTERN.search(path.name.removesuffix(SUFFIX))
    if match:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=SITE_ZONE)
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
