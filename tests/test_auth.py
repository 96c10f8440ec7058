"""Login, lockout and permissions, checked in the services themselves."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth import LOCK_DURATION, MAX_FAILED_LOGINS, login
from app.errors import AuthenticationError, PermissionDenied, ValidationError
from app.permissions import Role
from app.users import add_user, change_password, create_first_admin, list_users, set_active
from db.models import User
from db.types import utcnow
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD, table_count


@pytest.mark.sqlite_only("reads the bytes of the SQLite file; a server's files are the server's")
def test_passwords_are_stored_as_scrypt_hashes_only(db, admin):
    with db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("scrypt$16384$8$1$")
    assert ADMIN_PASSWORD not in stored
    raw = db.path.read_bytes() + db.path.with_name(db.path.name + "-wal").read_bytes()
    assert ADMIN_PASSWORD.encode() not in raw


def test_the_right_password_logs_in_and_is_audited(db, admin):
    actor = login(db, "admin", ADMIN_PASSWORD)
    assert (actor.username, actor.role, actor.full_name) == ("admin", Role.ADMIN, "王经理")
    with db.read() as session:
        assert session.scalar(select(User.last_login_at).where(User.username == "admin")) is not None
    assert table_count(db, "audit_entry") == 2  # the admin created, the login


def test_an_unknown_user_is_refused_and_nothing_is_written(db, admin):
    rows = table_count(db, "audit_entry")
    with pytest.raises(AuthenticationError, match="no user named ghost"):
        login(db, "ghost", "whatever-1")
    assert table_count(db, "audit_entry") == rows


def test_five_wrong_passwords_lock_the_account_for_a_while(db, admin):
    now = utcnow()
    for attempt in range(1, MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError, match=f"{MAX_FAILED_LOGINS - attempt} tries left"):
            login(db, "admin", "wrong-password", now=now)
    with pytest.raises(AuthenticationError, match="now locked for 15 minutes"):
        login(db, "admin", "wrong-password", now=now)
    # Locked: even the right password is refused until the lock runs out.
    with pytest.raises(AuthenticationError, match="locked after 5 failed logins"):
        login(db, "admin", ADMIN_PASSWORD, now=now + LOCK_DURATION - timedelta(seconds=1))
    actor = login(db, "admin", ADMIN_PASSWORD, now=now + LOCK_DURATION + timedelta(seconds=1))
    assert actor.username == "admin"
    with db.read() as session:
        user = session.scalar(select(User).where(User.username == "admin"))
        assert (user.failed_logins, user.locked_until) == (0, None)


def test_a_good_login_resets_the_count_of_failures(db, admin):
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError):
            login(db, "admin", "wrong-password")
    login(db, "admin", ADMIN_PASSWORD)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError, match="tries left"):
            login(db, "admin", "wrong-password")


def test_a_disabled_account_cannot_log_in(db, admin, clerk):
    set_active(db, admin, "clerk", False)
    with pytest.raises(AuthenticationError, match="disabled"):
        login(db, "clerk", USER_PASSWORD)


def test_there_is_only_one_first_administrator(db, admin):
    with pytest.raises(PermissionDenied):
        create_first_admin(db, "intruder", "intruder-pass")
    assert [u.username for u in list_users(db, admin)] == ["admin"]


def test_a_clerk_may_not_add_users_and_nothing_is_written(db, admin, clerk):
    users, rows = table_count(db, "user_account"), table_count(db, "audit_entry")
    with pytest.raises(PermissionDenied, match=r"clerk \(Front-desk clerk\) may not manage users"):
        add_user(db, clerk, "mallory", Role.ADMIN, "mallory-pass")
    with pytest.raises(PermissionDenied):
        list_users(db, clerk)
    with pytest.raises(PermissionDenied):
        change_password(db, clerk, "admin", "taken-over-1")
    assert (table_count(db, "user_account"), table_count(db, "audit_entry")) == (users, rows)
    login(db, "admin", ADMIN_PASSWORD)


@pytest.mark.parametrize(("username", "role", "password", "field"), [
    ("a", Role.CASHIER, "long-enough", "username"),
    ("has space", Role.CASHIER, "long-enough", "username"),
    ("cashier1", "janitor", "long-enough", "role"),
    ("cashier1", Role.CASHIER, "short", "password"),
    ("clerk", Role.CASHIER, "long-enough", "username"),  # taken
])
def test_bad_user_input_is_refused_and_nothing_is_written(db, admin, clerk, username, role, password, field):
    users = table_count(db, "user_account")
    with pytest.raises(ValidationError) as caught:
        add_user(db, admin, username, role, password)
    assert caught.value.field == field
    assert table_count(db, "user_account") == users


def test_users_change_their_own_password_with_the_old_one(db, admin, clerk):
    with pytest.raises(ValidationError, match="current password is wrong"):
        change_password(db, clerk, "clerk", "new-pass-123", old_password="not-it")
    change_password(db, clerk, "clerk", "new-pass-123", old_password=USER_PASSWORD)
    with pytest.raises(AuthenticationError):
        login(db, "clerk", USER_PASSWORD)
    assert login(db, "clerk", "new-pass-123").username == "clerk"


def test_an_administrator_resets_a_password_and_unlocks(db, admin, clerk):
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            login(db, "clerk", "wrong-password")
    change_password(db, admin, "clerk", "fresh-pass-1")
    assert login(db, "clerk", "fresh-pass-1").username == "clerk"


def test_a_user_disabled_at_another_desk_loses_their_rights_at_once(db, admin):
    other = add_user(db, admin, "eve", Role.ADMIN, "eve-pass-12")
    eve = login(db, other.username, "eve-pass-12")
    set_active(db, admin, "eve", False)
    users = table_count(db, "user_account")
    with pytest.raises(PermissionDenied, match="eve was disabled or its role changed"):
        add_user(db, eve, "eve2", Role.ADMIN, "eve2-pass-1")
    with pytest.raises(PermissionDenied):
        set_active(db, eve, "admin", False)
    with pytest.raises(PermissionDenied):
        list_users(db, eve)
    assert table_count(db, "user_account") == users
    assert [u.active for u in list_users(db, admin) if u.username == "admin"] == [True]


def test_a_locked_account_records_the_attempts_made_during_the_lock(db, admin):
    now = utcnow()
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            login(db, "admin", "wrong-password", now=now)
    rows = table_count(db, "audit_entry")
    with pytest.raises(AuthenticationError, match="locked"):
        login(db, "admin", "guess-number-6", now=now + timedelta(minutes=1))
    assert table_count(db, "audit_entry") == rows + 1


def test_a_disabled_account_is_not_revealed_to_a_wrong_password(db, admin, clerk):
    set_active(db, admin, "clerk", False)
    with pytest.raises(AuthenticationError, match="Wrong password"):
        login(db, "clerk", "not-the-password")
