"""Backup and restore round trip, the daily backup with rotation, and refusals that change nothing: of an SQLite
file, and of a PostgreSQL database through pg_dump and pg_restore."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from app import backup, server_backup
from app.auth import login
from app.database import backups_folder
from app.errors import PermissionDenied, ValidationError
from app.permissions import Role
from app.progress import Cancelled
from app.users import add_user, list_users
from tests.conftest import ADMIN_PASSWORD, table_count


def usernames(db, actor):
    return [u.username for u in list_users(db, actor)]


def named(db, tmp_path, stem):
    """A backup file's name as this database's backups are named."""
    return tmp_path / f"{stem}{backup.suffix_of(db)}"


def usernames_in(path):
    """The users in a backup file, read without restoring it."""
    if server_backup.is_dump(path):
        return sorted(row["username"] for row in server_backup.table_rows(path, "user_account"))
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT username FROM user_account ORDER BY username")]


def test_backup_and_restore_round_trip(db, admin, tmp_path):
    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass")
    seen = []
    out = backup.backup(db, admin, named(db, tmp_path, "monday"), progress=lambda done, total: seen.append((done, total)))
    assert out.exists() and seen and seen[-1][0] == seen[-1][1]
    add_user(db, admin, "temp", Role.FRONT_DESK, "temp-pass-1")
    assert usernames(db, admin) == ["admin", "cashier", "temp"]

    safety = backup.restore(db, admin, out)

    admin = login(db, "admin", ADMIN_PASSWORD)
    assert usernames(db, admin) == ["admin", "cashier"]
    assert usernames_in(safety) == ["admin", "cashier", "temp"]  # what was there before is kept aside
    with db.read() as session:
        last = session.connection().exec_driver_sql(
            "SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 2").scalars().all()
    assert last == ["login", "restore"]


def test_restore_needs_an_administrator(db, admin, clerk, tmp_path):
    out = backup.backup(db, admin, named(db, tmp_path, "b"))
    with pytest.raises(PermissionDenied, match="may not restore"):
        backup.restore(db, clerk, out)


@pytest.mark.parametrize("content", [b"", b"hello, not a database", None])
def test_restoring_something_that_is_not_a_backup_changes_nothing(db, admin, tmp_path, content):
    source = tmp_path / "bogus.sqlite3"
    if content is None:
        with sqlite3.connect(source) as connection:
            connection.execute("CREATE TABLE other (x)")
    else:
        source.write_bytes(content)
    before = table_count(db, "audit_entry")
    expected = "copy it into this server database" if db.path is None and content is None else "not a FrontOffice backup"
    with pytest.raises(ValidationError, match=expected):
        backup.restore(db, admin, source)
    assert table_count(db, "audit_entry") == before
    assert not backups_folder(db).exists()


def test_a_backup_to_an_unwritable_place_is_refused(db, admin, tmp_path):
    with pytest.raises(ValidationError, match="Cannot write the backup"):
        backup.backup(db, admin, tmp_path / "no" / "such" / "folder" / named(db, tmp_path, "b").name)
    with pytest.raises(ValidationError, match="Cannot write the backup"):
        backup.backup(db, admin, tmp_path)


def test_a_cancelled_backup_leaves_no_file(db, admin, tmp_path):
    def cancel(_done, _total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        backup.backup(db, admin, named(db, tmp_path, "cancelled"), progress=cancel)
    assert list(tmp_path.glob("cancelled*")) == []


def test_the_daily_backup_runs_once_a_day_and_keeps_thirty(db, admin):
    start = datetime(2026, 1, 1, 1, 0, tzinfo=UTC)
    assert backup.auto_backup_if_due(db, now=start) is not None
    assert backup.auto_backup_if_due(db, now=start + timedelta(hours=5)) is None  # same day in Shanghai
    for day in range(1, 35):
        assert backup.auto_backup_if_due(db, now=start + timedelta(days=day)) is not None
    suffix = backup.suffix_of(db)
    files = sorted(p.name for p in backups_folder(db).glob(f"auto-*{suffix}"))
    assert len(files) == backup.KEEP_AUTO
    assert files[0] == f"auto-20260106-090000{suffix}" and files[-1] == f"auto-20260204-090000{suffix}"
    assert backup.last_backup(db).path.name == files[-1]


def test_after_a_restore_the_replaced_timeline_is_set_aside_and_the_log_verifies(db, admin):
    from app.audit import verify

    monday = backup.backup(db, admin)  # in the backups folder: beside the file, or this PC's for a server
    add_user(db, admin, "tuesday", Role.CASHIER, "tuesday-pass")
    tuesday = backup.backup(db, admin)
    backup.restore(db, admin, monday)
    admin = login(db, "admin", ADMIN_PASSWORD)
    folder, suffix = backups_folder(db), backup.suffix_of(db)
    assert sorted(p.name for p in folder.glob(f"*{suffix}")) == [monday.name]
    assert (folder / "replaced" / tuesday.name).exists()
    assert len(list((folder / "replaced").glob(f"before-restore-*{suffix}"))) == 1
    result = verify(db, admin)
    assert result.ok and result.anchors == 1


@pytest.mark.sqlite_only("damages the pages of an SQLite file; the server's archive is damaged in "
                        "test_a_cut_short_server_backup_is_refused")
def test_a_damaged_backup_is_refused_and_nothing_changes(db, admin, tmp_path):
    for index in range(40):
        add_user(db, admin, f"user{index:02d}", Role.CASHIER, "long-enough-1", "某" * 90)
    good = backup.backup(db, admin, tmp_path / "good.sqlite3")
    data = bytearray(good.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page:5 * page] = bytes(range(256)) * (2 * page // 256)
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    before = table_count(db, "audit_entry")
    with pytest.raises(ValidationError, match="is damaged"):
        backup.restore(db, admin, damaged)
    assert table_count(db, "audit_entry") == before


@pytest.mark.sqlite_only("about the journal mode of an SQLite file")
def test_a_backup_opens_from_read_only_media(db, admin, tmp_path):
    out = backup.backup(db, admin, tmp_path / "stick.sqlite3")
    assert out.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL: no -shm needed to read it
    with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT COUNT(*) FROM user_account").fetchone() == (1,)


@pytest.mark.postgresql_only("pg_dump archives are backups of a server database")
def test_a_cut_short_server_backup_is_refused(db, admin, tmp_path):
    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass")
    good = backup.backup(db, admin, tmp_path / "good.dump")
    cut = tmp_path / "cut.dump"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = table_count(db, "audit_entry")
    with pytest.raises(ValidationError, match="not a FrontOffice backup, or it is damaged"):
        backup.restore(db, admin, cut)
    assert table_count(db, "audit_entry") == before
    with pytest.raises(ValidationError, match="is a backup of a server database"):
        backup._check_backup_file(good)  # the other way round: an SQLite database is not restored from it


@pytest.mark.postgresql_only("pg_dump is what backs up a server database")
def test_without_pg_dump_a_server_backup_says_what_to_install(db, admin, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PC without PostgreSQL's client programs
    with pytest.raises(ValidationError, match="pg_dump is not installed on this PC.*postgresql-client"):
        backup.backup(db, admin, tmp_path / "b.dump")
    assert backup.auto_backup_if_due(db) is None  # the daily one is simply not taken
    assert list(tmp_path.iterdir()) == []


@pytest.mark.postgresql_only("a server database is archived with pg_dump before a newer FrontOffice migrates it")
def test_a_server_database_is_archived_before_a_newer_frontoffice_migrates_it():
    from alembic import command

    from app.database import open_database
    from db.engine import create_db_engine
    from db.migrate import alembic_config, head_revision
    from tests.backends import server

    url = server().create_database()
    engine = create_db_engine(url)
    with engine.begin() as connection:  # as the previous version left it
        command.upgrade(alembic_config(connection), "0012")
        connection.exec_driver_sql("INSERT INTO site_setting (key, value) VALUES ('company_name', '旧公司')")
    engine.dispose()
    try:
        db = open_database(url)
        try:
            archives = list(backups_folder(db).glob("before-migrate-0012-*.dump"))
            assert len(archives) == 1 and not list(backups_folder(db).glob("*.part"))
            assert server_backup.table_rows(archives[0], "alembic_version") == [{"version_num": "0012"}]
            assert {"key": "company_name", "value": "旧公司"} in server_backup.table_rows(archives[0], "site_setting")
            with db.read() as session:
                assert session.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar() \
                    == head_revision()
        finally:
            db.close()
    finally:
        server().drop_database(url)
