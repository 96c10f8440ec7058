"""Which database this PC uses, set once in Settings: the embedded SQLite file, or a PostgreSQL server that
several desks share. A connection is tried before it is saved; the saved one is the ``url`` line of
``database.ini`` in this PC's config folder (``app.config``), used from the next start.
"""

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc
from sqlalchemy.engine import URL, make_url

from app import config
from app.database import database_problem, one_line
from app.errors import DatabaseProblem, ValidationError
from app.i18n import _
from app.text import text_field
from db.engine import create_db_engine, is_postgresql, sqlite_path, url_for
from db.migrate import schema_state

DEFAULT_PORT = 5432
TEST_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class ServerDetails:
    host: str
    port: int
    database: str
    user: str
    password: str = ""


@dataclass(frozen=True)
class ConnectionCheck:
    """What trying a connection found: the server, and where the database's schema stands."""

    server: str  # e.g. "PostgreSQL 15.18" or "SQLite 3.40.1"
    current: str | None  # the schema revision in the database; None for a new, empty one
    head: str  # the newest this version knows
    known: bool  # this version knows the database's revision (False: made by a newer FrontOffice)

    @property
    def ready(self) -> bool:
        return self.known and self.current == self.head

    @property
    def empty(self) -> bool:
        return self.current is None


def server_url(details: ServerDetails) -> str:
    """The URL of a PostgreSQL database from what the dialog asks; each part checked."""
    host = text_field(details.host, "host", 253, _("Type the server's name or address (at most {count} characters)"))
    database = text_field(details.database, "database", 63, _("Type the database's name (at most {count} characters)"))
    user = text_field(details.user, "user", 63, _("Type the user name on the server (at most {count} characters)"))
    try:
        port = int(details.port)
    except (TypeError, ValueError):
        port = 0
    if not 1 <= port <= 65535:
        raise ValidationError(_("The port is a number from 1 to 65535"), field="port")
    if any(char.isspace() for char in host):
        raise ValidationError(_("The server's name or address has no spaces"), field="host")
    return URL.create("postgresql+psycopg", username=user, password=details.password or None, host=host,
                      port=port, database=database).render_as_string(hide_password=False)


def server_details(url: str) -> ServerDetails | None:
    """The parts of a saved server URL, for the dialog to show; None for an SQLite file."""
    if "://" not in url or not is_postgresql(url):
        return None
    parsed = make_url(url)
    return ServerDetails(parsed.host or "", parsed.port or DEFAULT_PORT, parsed.database or "", parsed.username or "",
                         parsed.password or "")


def check_connection(url_or_path: str, timeout_s: float = TEST_TIMEOUT_S) -> ConnectionCheck:
    """Connects, reads the server's version and the schema's revision, and disconnects; changes nothing.
    Raises ``DatabaseProblem`` with the reason when it cannot connect."""
    try:
        url = url_for(url_or_path)
        path = sqlite_path(url)
    except Exception as error:
        raise DatabaseProblem(_("Cannot use the database {name}: {reason}"), name=str(url_or_path),
                              reason=one_line(error)) from error
    if path is not None and not path.is_file():
        raise DatabaseProblem(_("There is no database at {name}; check the path, or create one with "
                                "'frontoffice-admin init --db {name}'"), name=str(path))
    name = str(path) if path else make_url(url).render_as_string(hide_password=True)
    try:
        engine = create_db_engine(url, busy_timeout_s=timeout_s)
    except Exception as error:
        raise DatabaseProblem(_("Cannot use the database {name}: {reason}"), name=name, reason=one_line(error)) from error
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                server = "SQLite " + connection.exec_driver_sql("SELECT sqlite_version()").scalar_one()
            else:
                server = "PostgreSQL " + connection.exec_driver_sql("SHOW server_version").scalar_one().split()[0]
            connection.rollback()
        state = schema_state(engine)
    except (exc.OperationalError, exc.DatabaseError, exc.InterfaceError) as error:
        raise database_problem(name, error) from error
    finally:
        engine.dispose()
    if state.foreign:
        raise DatabaseProblem(_("{name} is another program's database, not FrontOffice's"), name=name)
    return ConnectionCheck(server=server, current=state.current, head=state.head, known=state.known)


def saved_connection() -> str:
    """The URL or path saved on this PC; empty for the embedded default."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(config.settings_file(), encoding="utf-8")
    return parser.get("database", "url", fallback="")


def save_connection(url_or_path: str) -> Path:
    """Saves the database this PC uses from its next start (empty: the embedded default). The file holds a
    server's password, so only this PC's user may read it."""
    path = config.settings_file()
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    if not parser.has_section("database"):
        parser.add_section("database")
    parser.set("database", "url", str(url_or_path).strip())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        with open(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as handle:
            parser.write(handle)
        os.replace(part, path)
    except OSError as error:
        raise ValidationError(_("Cannot save the connection in {path}: {reason}"), path=str(path),
                              reason=error.strerror or str(error)) from error
    return path


def overridden() -> str | None:
    """What wins over the saved connection on this PC, if anything: the environment variable."""
    return config.ENV_DB_URL if os.environ.get(config.ENV_DB_URL) else None
