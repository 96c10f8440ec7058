"""Opening a database: created and migrated on first start, backed up before a migration, refused when unusable."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from app.database import open_database
from app.errors import DatabaseProblem
from db.engine import create_db_engine
from db.migrate import MIGRATIONS_DIR, alembic_config, head_revision, newest_script


def revision_of(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_new_database_is_created_at_the_newest_schema(tmp_path):
    path = tmp_path / "new" / "frontoffice.sqlite3"
    db = open_database(path, create=True)
    try:
        assert path.exists()
        newest = sorted(p.name[:4] for p in MIGRATIONS_DIR.glob("versions/0*.py"))[-1]
        assert revision_of(path) == head_revision() == newest
        tables = set(inspect(db.engine).get_table_names())
        assert {"user_account", "audit_entry", "audit_head", "document_sequence", "site_setting"} <= tables
        with db.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert session.connection().exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    finally:
        db.close()
    assert not (path.parent / "backups").exists(), "a brand-new database needs no backup"


def test_the_newest_script_by_its_name_is_alembics_head():
    """Start-up recognises a database at the newest revision from the newest script's file name, without
    loading Alembic: revisions are numbered in order, and each script's revision is its number."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert newest_script() == head_revision()
    for revision in script.walk_revisions():
        assert Path(revision.path).name.startswith(f"{revision.revision}_"), revision.path


def test_an_older_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.exec_driver_sql("INSERT INTO site_setting (key, value) VALUES ('company_name', '旧公司')")
    engine.dispose()

    db = open_database(path)
    db.close()

    assert revision_of(path) == head_revision()
    backups = list((tmp_path / "backups").glob("before-migrate-0001-*.sqlite3"))
    assert len(backups) == 1
    assert revision_of(backups[0]) == "0001"
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT value FROM site_setting").fetchone()[0] == "旧公司"
    with sqlite3.connect(path) as connection:
        indexes = {row[1] for row in connection.execute("PRAGMA index_list('audit_entry')")}
    assert "ix_audit_entry_at" in indexes


def test_migrations_go_down_and_up_again(tmp_path):
    path = tmp_path / "roundtrip.sqlite3"
    open_database(path, create=True).close()
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
        assert inspect(connection).get_table_names() == ["alembic_version"]
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    assert revision_of(path) == head_revision()


def test_a_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path, create=True).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="newer FrontOffice"):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_another_programs_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="another program's database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库 - just some notes\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="not a FrontOffice database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseProblem, match="folder"):
        open_database(tmp_path)


def test_a_locked_database_gets_a_clear_message(tmp_path, db_path):
    open_database(db_path, create=True).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        db = open_database(db_path, busy_timeout_s=0.2)
        with pytest.raises(DatabaseProblem, match="locked by another program"):
            with db.write() as session:
                session.connection()
        db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_mistyped_path_is_refused_and_nothing_is_created(tmp_path):
    path = tmp_path / "no" / "such" / "site.sqlite3"
    with pytest.raises(DatabaseProblem, match="There is no database at"):
        open_database(path)
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("url", ["foo://bar", "postgresql+psycopg://x:y@h:notaport/z", "mysql://u:p@localhost/x"])
def test_a_url_that_cannot_be_used_is_one_clear_message(url):
    with pytest.raises(DatabaseProblem, match="Cannot use the database") as caught:
        open_database(url)
    assert "\n" not in str(caught.value)


def test_the_migrations_build_exactly_the_schema_the_models_declare(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.base import Base

    db = open_database(tmp_path / "schema.sqlite3", create=True)
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                       Base.metadata)
    db.close()
    assert differences == []
