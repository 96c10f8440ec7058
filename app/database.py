"""Opening the site's database: checked, backed up and migrated before use; units of work on it."""

import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import exc
from sqlalchemy.orm import Session

from app import config
from app.errors import DatabaseProblem
from app.i18n import _
from app.permissions import Actor, confirm
from app.watchdog import Watchdog
from db.engine import DEFAULT_BUSY_TIMEOUT_S, create_db_engine, session_factory, sqlite_path, url_for, use_wal
from db.migrate import schema_state, upgrade_to_head

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
WRITE_ATTEMPTS = 3  # each waits up to the busy timeout for the write lock
LOCK_WAIT_STATES = {"55P03", "40001", "40P01"}  # PostgreSQL: lock not available, serialisation failure, deadlock


class Database:
    """One database: its engine and the units of work services run in.

    ``write()`` is one short transaction that takes the database's write lock at its start (``db.engine``)
    and commits on success or rolls back on any error. Taking the lock is the only step that waits for
    another desk, so it is the one that is retried, here, when the wait runs out: once a unit holds the
    lock, nothing another desk does can make it fail. ``read()`` reads a consistent snapshot and writes
    nothing.
    """

    def __init__(self, url_or_path: str | Path, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S):
        self.url = url_for(url_or_path)
        self.path = sqlite_path(self.url)
        self.engine = create_db_engine(self.url, busy_timeout_s)
        self._writer = session_factory(self.engine)
        self._reader = session_factory(self.engine, readonly=True)
        self.watchdog: Watchdog | None = None

    def watch(self, watchdog: Watchdog) -> None:
        """Debug mode: long units of work on the GUI thread are logged (``app.watchdog``)."""
        watchdog.attach(self.engine)
        self.watchdog = watchdog

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def schema_revision(self) -> str:
        """The schema revision the database is at (the newest migration applied), as Help -> About shows it."""
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() or ""

    @contextmanager
    def write(self, actor: Actor | None = None) -> Iterator[Session]:
        """A unit of work that writes, on behalf of ``actor`` (confirmed still enabled, same role)."""
        with self._watched("write"), self._translated_errors(), self._writer() as session, self._locked(session):
            if actor is not None:
                confirm(session, actor)
            yield session

    @contextmanager
    def read(self, actor: Actor | None = None) -> Iterator[Session]:
        with self._watched("read"), self._translated_errors(), self._reader() as session, session.begin():
            if actor is not None:
                confirm(session, actor)
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    def _watched(self, kind: str):
        return self.watchdog.unit(kind) if self.watchdog is not None else nullcontext()

    def _locked(self, session: Session):
        """The session's transaction, begun and holding the write lock; tried again while another desk holds
        the lock longer than the busy timeout."""
        attempt = 1
        while True:
            transaction = session.begin()
            try:
                session.connection()  # begins: takes the lock
                return transaction
            except exc.OperationalError as error:
                transaction.rollback()
                if attempt == WRITE_ATTEMPTS or not lock_wait(error):
                    raise
            time.sleep(0.05 * attempt)
            attempt += 1

    @contextmanager
    def _translated_errors(self) -> Iterator[None]:
        try:
            yield
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise database_problem(self.display_name, error) from error


def lock_wait(error: Exception) -> bool:
    """The error says another connection held a lock too long (or, on a server, a conflict to try again)."""
    cause = getattr(error, "orig", error)
    if getattr(cause, "sqlstate", None) in LOCK_WAIT_STATES:
        return True
    text = str(cause).lower()
    return isinstance(cause, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def database_problem(name: str, error: Exception) -> DatabaseProblem:
    text = str(getattr(error, "orig", error) or error).lower()
    if lock_wait(error) or "locked" in text or "busy" in text:
        return DatabaseProblem(_("The database {name} is locked by another program; try again later"), name=name)
    if "not a database" in text or "malformed" in text:
        return DatabaseProblem(_("{name} is not a FrontOffice database, or it is damaged"), name=name)
    if "unable to open" in text or "readonly" in text or "permission" in text:
        return DatabaseProblem(_("Cannot open the database {name}: check the path and its permissions"), name=name)
    return DatabaseProblem(_("The database {name} cannot be used: {reason}"), name=name, reason=one_line(error))


def open_database(url_or_path: str | Path, create: bool = False,
                  busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Database:
    """The database, its schema upgraded (after a backup) if older than this app; with ``create``, an
    SQLite file that does not exist yet is made (a mistyped path is otherwise refused, not created).

    Refuses, changing nothing: a missing file (without ``create``), a file that is not readable or not
    SQLite, another program's database, a schema newer than this app, a database locked by another program.
    """
    try:
        url = url_for(url_or_path)
        path = sqlite_path(url)
    except Exception as error:  # a URL SQLAlchemy cannot read
        raise DatabaseProblem(_("Cannot use the database {name}: {reason}"), name=str(url_or_path),
                              reason=one_line(error)) from error
    if path is not None:
        _check_sqlite_file(path, create)
    try:
        database = Database(url, busy_timeout_s)
    except Exception as error:  # an unknown driver, a malformed port...
        raise DatabaseProblem(_("Cannot use the database {name}: {reason}"), name=str(url_or_path),
                              reason=one_line(error)) from error
    try:
        try:
            state = schema_state(database.engine)
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise database_problem(database.display_name, error) from error
        if state.foreign:
            raise DatabaseProblem(_("{name} is another program's database, not FrontOffice's"),
                                  name=database.display_name)
        if not state.known:
            raise DatabaseProblem(
                _("The database {name} was made by a newer FrontOffice (schema {found}); "
                  "this version knows schemas up to {head}. Install the newer version"),
                name=database.display_name, found=state.current, head=state.head)
        if state.needs_upgrade:
            if path is not None and state.current is not None:
                backup_before_migration(path, state.current)
            elif state.current is not None:
                dump_before_migration(database, state.current)
            try:
                upgrade_to_head(database.engine)
            except (exc.OperationalError, exc.DatabaseError) as error:
                raise database_problem(database.display_name, error) from error
        if path is not None:
            use_wal(database.engine)
    except BaseException:
        database.close()
        raise
    return database


def backups_dir_for(path: Path) -> Path:
    """Backups of an SQLite file live in ``backups/`` beside it."""
    return path.parent / "backups"


def backups_folder(db: Database) -> Path:
    """Where this PC keeps the database's backups: beside an SQLite file, or for a server database a folder
    of this PC's data folder named for the server and the database."""
    if db.path is not None:
        return backups_dir_for(db.path)
    url = db.engine.url
    name = "-".join(str(part) for part in (url.host or "localhost", url.port or 5432, url.database) if part)
    return config.backup_dir() / re.sub(r"[^\w.-]", "_", name)


def copy_sqlite(source: Path, target: Path, progress=None, pages: int = 256) -> None:
    """A consistent copy through SQLite's online backup API, safe while others use the source."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=pages, progress=progress)
    finally:
        dst.close()
        src.close()


def backup_before_migration(path: Path, revision: str) -> Path:
    target_dir = backups_dir_for(path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"before-migrate-{revision}-{stamp}.sqlite3"
    copy_sqlite(path, target)
    return target


def dump_before_migration(db: "Database", revision: str) -> Path | None:
    """A server database's archive (pg_dump) before a newer FrontOffice migrates it, in this PC's backups
    folder for it; None on a PC without PostgreSQL's client programs, where the migration, one transaction
    on PostgreSQL, goes ahead without one (it changes all or nothing)."""
    from app import server_backup

    if not server_backup.available():
        logger.warning("pg_dump is not installed: %s is migrated from schema %s without a backup first",
                       db.display_name, revision)
        return None
    folder = backups_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"before-migrate-{revision}-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.dump"
    part = target.with_name(target.name + ".part")
    server_backup.dump(db.url, part)
    part.replace(target)
    return target


def one_line(error: BaseException) -> str:
    """A driver's message on one line (psycopg's span several)."""
    return " ".join(str(getattr(error, "orig", None) or error).split())


def _check_sqlite_file(path: Path, create: bool) -> None:
    name = str(path)
    if not path.exists() and not create:
        raise DatabaseProblem(_("There is no database at {name}; check the path, or create one with "
                                "'frontoffice-admin init --db {name}'"), name=name)
    if path.exists():
        if path.is_dir():
            raise DatabaseProblem(_("{name} is a folder, not a database file"), name=name)
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise DatabaseProblem(_("Cannot read the database {name}: {reason}"), name=name,
                                  reason=error.strerror or str(error)) from error
        if header and header != SQLITE_HEADER:
            raise DatabaseProblem(_("{name} is not a FrontOffice database, or it is damaged"), name=name)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseProblem(_("Cannot create the database {name}: {reason}"), name=name,
                                  reason=error.strerror or str(error)) from error
