"""Backups of the database: on demand, once a day automatically (30 kept), and restore.

An SQLite file is copied through SQLite's online backup API into ``backups/`` beside it; a PostgreSQL
database is dumped with ``pg_dump`` (``app.server_backup``) into this PC's data folder. Either way desks
may keep working while a backup is taken, and a backup is written to a ``.part`` file and renamed when
complete, so a cancelled or failed one leaves nothing.
"""

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import audit, server_backup
from app.audit_anchors import backup_anchors, divergent
from app.clock import SITE_ZONE, local
from app.database import SQLITE_HEADER, Database, backups_folder, copy_sqlite, database_problem
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback
from db.engine import create_db_engine
from db.migrate import known_revision, schema_state, upgrade_to_head
from db.types import utcnow

AUTO_PREFIX = "auto-"
REPLACED = "replaced"
KEEP_AUTO = 30
SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"
DAY = timedelta(days=1)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: datetime


def backup(db: Database, actor: Actor, out: Path | None = None,
           progress: ProgressCallback | None = None) -> Path:
    require(actor, Permission.BACKUP)
    with db.read(actor):
        pass  # the user is still enabled, with the same role
    target = Path(out) if out else _free_name(backups_folder(db), f"manual-{_stamp()}", suffix_of(db))
    _copy_atomically(db, target, progress, create_parent=out is None)
    with db.write(actor) as session:
        audit.record(session, actor, "backup", "database", after={"file": str(target)})
    return target


def auto_backup_if_due(db: Database, now: datetime | None = None) -> Path | None:
    """Once a day (site calendar) a backup into the backups folder, keeping the newest ``KEEP_AUTO``. For a
    server database, only on a PC that has ``pg_dump`` (each desk that has it keeps its own copies)."""
    if db.path is None and not server_backup.available():
        return None
    now = now or utcnow()
    folder, suffix = backups_folder(db), suffix_of(db)
    autos = _backups(folder, suffix, AUTO_PREFIX)
    if autos and local(autos[0].at).date() == local(now).date():
        return None
    target = _free_name(folder, f"{AUTO_PREFIX}{_stamp(now)}", suffix)
    _copy_atomically(db, target, None, create_parent=True)
    with db.write() as session:
        audit.record(session, None, "backup", "database", after={"file": str(target)})
    for old in _backups(folder, suffix, AUTO_PREFIX)[KEEP_AUTO:]:
        old.path.unlink(missing_ok=True)
    return target


def last_backup(db: Database) -> BackupFile | None:
    found = _backups(backups_folder(db), suffix_of(db))
    return found[0] if found else None


def suffix_of(db: Database) -> str:
    return SUFFIX if db.path is not None else DUMP_SUFFIX


def restore(db: Database, actor: Actor, source: Path, progress: ProgressCallback | None = None) -> Path:
    """Replaces the database with a backup, after a safety copy of the current one (returned)."""
    require(actor, Permission.RESTORE)
    with db.read(actor):
        pass  # the user is still enabled, with the same role
    source = Path(source)
    if db.path is not None:
        _check_backup_file(source)
        if source.resolve() == db.path.resolve():
            raise ValidationError(_("Choose a backup file, not the database itself"), field="file")
    else:
        _check_dump(source)
    replaced = backups_folder(db) / REPLACED
    safety = _free_name(replaced, f"before-restore-{_stamp()}", suffix_of(db))
    _copy_atomically(db, safety, None, create_parent=True)
    db.close()
    try:
        if db.path is not None:
            copy_sqlite(source, db.path, progress=_sqlite_progress(progress))
        else:
            server_backup.restore(db.url, source)
    except sqlite3.Error as error:
        safety.unlink(missing_ok=True)  # nothing was replaced: the live database is as it was
        raise database_problem(db.display_name, error) from error
    except BaseException:
        safety.unlink(missing_ok=True)  # pg_restore works in one transaction: nothing was replaced either
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
        os.replace(backups_folder(db) / anchor.source, replaced / anchor.source)
        moved.append(anchor.source)
    return moved


def _check_backup_file(source: Path) -> None:
    if server_backup.is_dump(source):
        raise ValidationError(_("{name} is a backup of a server database; this database is an SQLite file"),
                              field="file", name=str(source))
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


def _check_dump(source: Path) -> None:
    """A ``pg_dump`` archive of a FrontOffice database at a schema this version knows."""
    name = str(source)
    if not source.is_file():
        raise ValidationError(_("Cannot read the backup {name}: {reason}"), field="file", name=name,
                              reason=_("no such file"))
    if _starts_with(source, SQLITE_HEADER):
        raise ValidationError(_("{name} is a backup of an SQLite file; copy it into this server database with "
                                "'frontoffice-admin migrate-data'"), field="file", name=name)
    if not server_backup.is_dump(source):
        raise ValidationError(_("{name} is not a FrontOffice backup"), field="file", name=name)
    server_backup.tool("pg_restore")
    revisions = server_backup.table_rows(source, "alembic_version")
    if not revisions or server_backup.table_rows(source, "audit_head") is None:
        raise ValidationError(_("{name} is not a FrontOffice backup, or it is damaged"), field="file", name=name)
    if not known_revision(revisions[0]["version_num"]):
        raise ValidationError(_("The backup {name} was made by a newer FrontOffice; install the newer version"),
                              field="file", name=name)


def _starts_with(path: Path, header: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(header)) == header
    except OSError:
        return False


def _copy_atomically(db: Database, target: Path, progress: ProgressCallback | None, create_parent: bool) -> None:
    part = target.with_name(target.name + ".part")
    try:
        if create_parent:
            target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():
            raise IsADirectoryError(21, "is a folder", str(target))
        if not target.parent.is_dir():
            raise FileNotFoundError(2, "No such file or directory", str(target.parent))
        part.unlink(missing_ok=True)
        if db.path is not None:
            copy_sqlite(db.path, part, progress=_sqlite_progress(progress))
            _seal(part)
        else:
            if progress:
                progress(0, 1)
            server_backup.dump(db.url, part)
            if progress:
                progress(1, 1)
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


def _backups(folder: Path, suffix: str, prefix: str = "") -> list[BackupFile]:
    """Backups in ``folder`` whose name starts with ``prefix``, newest first."""
    if not folder.is_dir():
        return []
    found = [BackupFile(p, _taken_at(p, suffix)) for p in folder.glob(f"{prefix}*{suffix}")]
    return sorted(found, key=lambda b: (b.at, b.path.stat().st_mtime_ns), reverse=True)


STAMP_FORMAT = "%Y%m%d-%H%M%S"
STAMP_PATTERN = re.compile(r"(\d{8}-\d{6})(-\d+)?$")


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.sqlite3``, or ``stem-2``, ``stem-3``... when two backups fall in the same second."""
    candidate, count = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        count += 1
        candidate = folder / f"{stem}-{count}{suffix}"
    return candidate


def _stamp(now: datetime | None = None) -> str:
    return local(now or utcnow()).strftime(STAMP_FORMAT)


def _taken_at(path: Path, suffix: str) -> datetime:
    """When a backup was taken: the site-time stamp in its name, else the file's modification time."""
    match = STAMP_PATTERN.search(path.name.removesuffix(suffix))
    if match:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=SITE_ZONE)
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
