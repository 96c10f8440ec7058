"""The engine and session factory: SQLite by default (WAL, foreign keys, busy timeout), or PostgreSQL.

On both, a transaction that writes takes the database's one write lock at its start and holds it to its
end, so writers from every desk take turns and a unit of work never fails half-way on a conflict: SQLite's
``BEGIN IMMEDIATE``, PostgreSQL's transaction-level advisory lock ``WRITE_LOCK``. A transaction that only
reads sees one consistent snapshot and waits for nobody.
"""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_BUSY_TIMEOUT_S = 10.0
WRITE_LOCK = 0x46_524F_4E54  # "FRONT": the advisory lock every writing transaction holds on PostgreSQL


def url_for(url_or_path: str | Path) -> str:
    """An SQLAlchemy URL for a URL or a plain file path (which means an SQLite file)."""
    text = str(url_or_path)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for a server database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def create_db_engine(url: str, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Engine:
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": busy_timeout_s})
        _configure_sqlite(engine, busy_timeout_s)
        return engine
    if not is_postgresql(url):
        return create_engine(url, pool_pre_ping=True)
    # A server that does not answer is reported after the busy timeout, not after minutes.
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": max(1, round(busy_timeout_s))})
    _configure_postgresql(engine, busy_timeout_s)
    return engine


def _configure_sqlite(engine: Engine, busy_timeout_s: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # A writing transaction takes SQLite's write lock at its start, so that two desks or two
        # processes that read-then-write (a document number, the audit chain) take turns instead of
        # failing half-way. Reads begin deferred.
        if connection.get_execution_options().get("readonly"):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def _configure_postgresql(engine: Engine, busy_timeout_s: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Waiting for a lock has a limit, as SQLite's busy timeout; past it the unit of work tries again.
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = '{int(busy_timeout_s * 1000)}ms'")
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if connection.get_execution_options().get("readonly"):
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def use_wal(engine: Engine) -> None:
    """Write-ahead logging: readers never wait for the writer. Kept in the file once set."""
    connection = engine.raw_connection()  # outside any transaction, which this pragma needs
    try:
        connection.driver_connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def session_factory(engine: Engine, readonly: bool = False) -> sessionmaker[Session]:
    bind = engine.execution_options(readonly=True) if readonly else engine
    return sessionmaker(bind=bind, expire_on_commit=False)
