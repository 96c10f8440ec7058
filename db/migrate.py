"""Where a database's schema stands against this app's migrations, and the upgrade to the newest."""

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


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
    known = any(rev.revision == current for rev in script.walk_revisions())
    return SchemaState(current=current, head=head, known=known, foreign=False)


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
