"""The database the tests run on: SQLite files, or a PostgreSQL server named by ``FRONTOFFICE_TEST_PG_URL``.

On the server each test gets a database of its own: an empty one, or a copy of a template migrated once
per run (``CREATE DATABASE ... TEMPLATE``), which takes milliseconds where migrating takes a second.
"""

import os
import uuid
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRESQL = "postgresql"
BACKEND = os.environ.get("FRONTOFFICE_TEST_BACKEND", "sqlite")
PG_URL = os.environ.get("FRONTOFFICE_TEST_PG_URL", "")

if BACKEND not in ("sqlite", POSTGRESQL):
    raise SystemExit(f"FRONTOFFICE_TEST_BACKEND is sqlite or postgresql, not {BACKEND!r}")
if BACKEND == POSTGRESQL and not PG_URL:
    raise SystemExit("FRONTOFFICE_TEST_BACKEND=postgresql needs FRONTOFFICE_TEST_PG_URL "
                     "(scripts/test_server.sh start makes one)")


class TestServer:
    """Databases of this run on the PostgreSQL server, named for the run so that parallel runs never meet."""

    def __init__(self, url: str):
        self.url = make_url(url)
        self.display = self.url.render_as_string(hide_password=True)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = f"fo_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template: str | None = None

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create_database(self, migrated: bool = False) -> str:
        name = f"{self.prefix}_{uuid.uuid4().hex[:10]}"
        source = f" TEMPLATE {self._template()}" if migrated else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{source}'))
        return self.url_of(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _template(self) -> str:
        if self.template is None:
            from app.database import open_database

            name = f"{self.prefix}_template"
            with self.admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            open_database(self.url_of(name)).close()
            self.template = name
        return self.template

    def drop_all(self) -> None:
        with self.admin.connect() as connection:
            names = connection.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                       {"p": f"{self.prefix}_%"}).scalars().all()
            for name in sorted(names, key=lambda n: n.endswith("_template")):
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@contextmanager
def new_database(folder):
    """A new database at the newest schema, open, and gone afterwards: an SQLite file in ``folder``, or a
    database of its own on the test server."""
    from app.database import open_database

    if BACKEND != POSTGRESQL:
        database = open_database(Path(folder) / "frontoffice.sqlite3", create=True)
        try:
            yield database
        finally:
            database.close()
        return
    url = server().create_database(migrated=True)
    database = open_database(url)
    try:
        yield database
    finally:
        database.close()
        server().drop_database(url)


@cache
def server() -> TestServer:
    import atexit

    found = TestServer(PG_URL)
    atexit.register(found.drop_all)
    return found


@contextmanager
def behind_the_apps_back(db):
    """A connection of another program to the app's database (a ``Database``, a path or a URL), with none of
    the app's settings or locks: what someone with the database's password could do. Each statement
    commits on its own."""
    from db.engine import url_for

    engine = create_engine(url_for(getattr(db, "url", db)), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def drop_trigger(connection, name: str, table: str) -> None:
    on = f" ON {table}" if connection.dialect.name == "postgresql" else ""
    connection.exec_driver_sql(f"DROP TRIGGER {name}{on}")
