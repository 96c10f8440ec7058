"""Where a database's schema stands against this app's migrations, and the upgrade to the newest."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, exc, inspect

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revision(revision: str) -> bool:
    """This app's migrations include ``revision``."""
    return any(rev.revision == revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def head_revision() -> str:
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


def schema_state(engine: Engine) -> SchemaState:
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
