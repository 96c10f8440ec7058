"""Where a database's schema stands against this app's migrations, and the upgrade to the newest."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, exc, inspect, text

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Alembic (and the migration scripts it reads) loads only when a database is not at the newest revision: at
# start-up, a database already there is recognised from its alembic_version row and the newest script's name.


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revision(revision: str) -> bool:
    """This app's migrations include ``revision``."""
    from alembic.script import ScriptDirectory

    return any(rev.revision == revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # the revision the database is at; None before the first migration
    head: str  # the newest revision this app knows
    known: bool  # this app knows the database's revision
    foreign: bool  # tables that are not ours and no revision: some other program's database

    @property
    def needs_upgrade(self) -> bool:
        return self.known and self.current != self.head


def newest_script() -> str:
    """The revision of the newest migration script, from its file name (``0012_unit_search.py``: revisions are
    numbered in order; a test checks that this is Alembic's head)."""
    return max(path.name.split("_", 1)[0] for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def schema_state(engine: Engine) -> SchemaState:
    with engine.execution_options(readonly=True).connect() as connection:
        current = None
        if inspect(connection).has_table("alembic_version"):
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        connection.rollback()
    newest = newest_script()
    if current == newest:
        return SchemaState(current=current, head=newest, known=True, foreign=False)
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.execution_options(readonly=True).connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = MigrationContext.configure(connection).get_current_revision()
        connection.rollback()
    if current is None:
        return SchemaState(current=None, head=head, known=True, foreign=bool(tables))
    return SchemaState(current=current, head=head, known=known_revision(current), foreign=False)


def upgrade_to_head(engine: Engine) -> None:
    upgrade(engine, "head")


def upgrade(engine: Engine, revision: str) -> None:
    """Migrates to ``revision`` in one transaction. On SQLite, where changing a table means rebuilding it,
    foreign keys are off while that runs and every one is checked before the commit, as SQLite's own procedure
    for altering a table says (https://sqlite.org/lang_altertable.html#otheralter): otherwise rebuilding a table
    that other rows point at fails."""
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # outside any transaction: SQLite ignores this pragma inside one
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise exc.IntegrityError("PRAGMA foreign_key_check", None, sqlite3.IntegrityError(
                            f"FOREIGN KEY constraint failed after migrating: {[tuple(row) for row in broken[:5]]}"))
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
