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
    target = Path(out) if out else backups_dir_for(source) / f"manual-{_stamp()}{SUFFIX}"
    _copy_atomically(source, target, progress, create_parent=out is None)
    with db.write() as session:
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
    target = folder / f"{AUTO_PREFIX}{_stamp(now)}{SUFFIX}"
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
    source = Path(source)
    _check_backup_file(source)
    if source.resolve() == target.resolve():
        raise ValidationError(_("Choose a backup file, not the database itself"), field="file")
    safety = backups_dir_for(target) / f"before-restore-{_stamp()}{SUFFIX}"
    _copy_atomically(target, safety, None, create_parent=True)
    db.close()
    try:
        copy_sqlite(source, target, progress=_sqlite_progress(progress))
    except sqlite3.Error as error:
        raise database_problem(db.display_name, error) from error
    upgrade_to_head(db.engine)
    with db.write() as session:
        audit.record(session, actor, "restore", "database", after={"file": str(source), "safety_copy": str(safety)})
    return safety


def _check_backup_file(source: Path) -> None:
    try:
        with source.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ValidationError(_("Cannot read the backup {name}: {reason}"), field="file", name=str(source),
                              reason=error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise ValidationError(_("{name} is not a FrontOffice backup"), field="file", name=str(source))
    engine = create_db_engine(f"sqlite:///file:{source.resolve()}?mode=ro&uri=true")
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
        os.replace(part, target)
    except (OSError, sqlite3.Error) as error:
        part.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise ValidationError(_("Cannot write the backup to {name}: {reason}"), field="file", name=str(target),
                              reason=reason) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _sqlite_progress(progress: ProgressCallback | None):
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _backups(folder: Path, prefix: str = "") -> list[BackupFile]:
    """Backups in ``folder`` whose name starts with ``prefix``, newest first."""
    if not folder.is_dir():
        return []
    found = [BackupFile(p, _taken_at(p)) for p in folder.glob(f"{prefix}*{SUFFIX}")]
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


STAMP_FORMAT = "%Y%m%d-%H%M%S"
STAMP_PATTERN = re.compile(r"(\d{8}-\d{6})$")


def _stamp(now: datetime | None = None) -> str:
    return local(now or utcnow()).strftime(STAMP_FORMAT)


def _taken_at(path: Path) -> datetime:
    """When a backup was taken: the site-time stamp in its name, else the file's modification time."""
    match = STAMP_PATTERN.search(path.name.removesuffix(SUFFIX))
    if match:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=SITE_ZONE)
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
