"""Backup and restore round trip, the daily backup with rotation, and refusals that change nothing."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from app import backup
from app.auth import login
from app.errors import PermissionDenied, ValidationError
from app.permissions import Role
from app.progress import Cancelled
from app.users import add_user, list_users
from tests.conftest import ADMIN_PASSWORD, table_count


def usernames(db, actor):
    return [u.username for u in list_users(db, actor)]


def test_backup_and_restore_round_trip(db, admin, tmp_path):
    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass")
    seen = []
    out = backup.backup(db, admin, tmp_path / "monday.sqlite3", progress=lambda done, total: seen.append((done, total)))
    assert out.exists() and seen and seen[-1][0] == seen[-1][1]
    add_user(db, admin, "temp", Role.FRONT_DESK, "temp-pass-1")
    assert usernames(db, admin) == ["admin", "cashier", "temp"]

    safety = backup.restore(db, admin, out)

    admin = login(db, "admin", ADMIN_PASSWORD)
    assert usernames(db, admin) == ["admin", "cashier"]
    with sqlite3.connect(safety) as connection:  # what was there before the restore is kept aside
        names = [row[0] for row in connection.execute("SELECT username FROM user_account ORDER BY username")]
    assert names == ["admin", "cashier", "temp"]
    with db.read() as session:
        last = session.connection().exec_driver_sql(
            "SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 2").scalars().all()
    assert last == ["login", "restore"]


def test_restore_needs_an_administrator(db, admin, clerk, tmp_path):
    out = backup.backup(db, admin, tmp_path / "b.sqlite3")
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
    with pytest.raises(ValidationError, match="not a FrontOffice backup"):
        backup.restore(db, admin, source)
    assert table_count(db, "audit_entry") == before
    assert not (db.path.parent / "backups").exists()


def test_a_backup_to_an_unwritable_place_is_refused(db, admin, tmp_path):
    with pytest.raises(ValidationError, match="Cannot write the backup"):
        backup.backup(db, admin, tmp_path / "no" / "such" / "folder" / "b.sqlite3")
    with pytest.raises(ValidationError, match="Cannot write the backup"):
        backup.backup(db, admin, tmp_path)


def test_a_cancelled_backup_leaves_no_file(db, admin, tmp_path):
    def cancel(_done, _total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        backup.backup(db, admin, tmp_path / "cancelled.sqlite3", progress=cancel)
    assert list(tmp_path.glob("cancelled*")) == []


def test_the_daily_backup_runs_once_a_day_and_keeps_thirty(db, admin):
    start = datetime(2026, 1, 1, 1, 0, tzinfo=UTC)
    assert backup.auto_backup_if_due(db, now=start) is not None
    assert backup.auto_backup_if_due(db, now=start + timedelta(hours=5)) is None  # same day in Shanghai
    for day in range(1, 35):
        assert backup.auto_backup_if_due(db, now=start + timedelta(days=day)) is not None
    files = sorted(p.name for p in (db.path.parent / "backups").glob("auto-*.sqlite3"))
    assert len(files) == backup.KEEP_AUTO
    assert files[0] == "auto-20260106-090000.sqlite3" and files[-1] == "auto-20260204-090000.sqlite3"
    assert backup.last_backup(db).path.name == files[-1]


def test_after_a_restore_the_replaced_timeline_is_set_aside_and_the_log_verifies(db, admin):
    from app.audit import verify

    monday = backup.backup(db, admin)  # in backups/ beside the database
    add_user(db, admin, "tuesday", Role.CASHIER, "tuesday-pass")
    tuesday = backup.backup(db, admin)
    backup.restore(db, admin, monday)
    admin = login(db, "admin", ADMIN_PASSWORD)
    folder = db.path.parent / "backups"
    assert sorted(p.name for p in folder.glob("*.sqlite3")) == [monday.name]
    assert (folder / "replaced" / tuesday.name).exists()
    assert len(list((folder / "replaced").glob("before-restore-*.sqlite3"))) == 1
    result = verify(db, admin)
    assert result.ok and result.anchors == 1


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


def test_a_backup_opens_from_read_only_media(db, admin, tmp_path):
    out = backup.backup(db, admin, tmp_path / "stick.sqlite3")
    assert out.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL: no -shm needed to read it
    with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT COUNT(*) FROM user_account").fetchone() == (1,)
