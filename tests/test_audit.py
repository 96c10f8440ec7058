"""The audit log: a row in the same transaction as each change, hash-chained so that tampering shows."""

import json

import pytest
from sqlalchemy import exc, select, text

from app.audit import recent, verify
from app.errors import PermissionDenied, ValidationError
from app.permissions import Role
from app.site import SiteDetails, update_site_details
from app.users import add_user
from db.models import AuditEntry
from tests.backends import behind_the_apps_back, drop_trigger


def actions(db):
    with db.read() as session:
        return [(e.username, e.action, e.entity) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


def test_changes_leave_rows_with_who_what_before_and_after(db, admin):
    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass", "张收费")
    update_site_details(db, admin, SiteDetails(company_name="示例物业管理有限公司", site_name="国贸大厦"))
    update_site_details(db, admin, SiteDetails(company_name="示例物业管理有限公司", site_name="国贸中心"))
    assert actions(db) == [("admin", "create", "user"), ("admin", "create", "user"),
                           ("admin", "update", "site"), ("admin", "update", "site")]
    last = recent(db, admin, limit=1)[0]
    assert json.loads(last.before) == {"site_name": "国贸大厦"}
    assert json.loads(last.after) == {"site_name": "国贸中心"}
    assert last.at.tzinfo is not None


def test_a_refused_change_leaves_no_row(db, admin):
    before = actions(db)
    with pytest.raises(ValidationError):
        update_site_details(db, admin, SiteDetails(company_name="", site_name="国贸大厦"))
    assert actions(db) == before


def test_an_intact_chain_verifies(db, admin):
    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass")
    result = verify(db, admin)
    assert result.ok and result.checked == 2


def test_a_clerk_may_not_verify(db, admin, clerk):
    with pytest.raises(PermissionDenied):
        verify(db, clerk)


TRIGGERS = (("audit_entry_no_update", "audit_entry"), ("audit_entry_no_delete", "audit_entry"),
            ("audit_head_no_delete", "audit_head"), ("audit_head_forward", "audit_head"))


def tamper(db, *statements):
    """What someone who can write the database could do: drop the refusing triggers, then change rows."""
    with behind_the_apps_back(db) as connection:
        for trigger, table in TRIGGERS:
            drop_trigger(connection, trigger, table)
        for statement in statements:
            connection.exec_driver_sql(statement)


def test_the_database_refuses_to_change_or_delete_audit_rows(db, admin):
    with behind_the_apps_back(db) as connection:
        for statement, message in (("UPDATE audit_entry SET username = 'x'", "never changed"),
                                   ("DELETE FROM audit_entry", "never deleted"),
                                   ("DELETE FROM audit_head", "never deleted"),
                                   ("UPDATE audit_head SET last_seq = 0", "only moves to the next row")):
            with pytest.raises(exc.DBAPIError, match=message):
                connection.exec_driver_sql(statement)
    assert verify(db, admin).ok


@pytest.mark.parametrize(("statements", "problem"), [
    (["UPDATE audit_entry SET after = replace(after, 'cashier', 'mallory') WHERE seq = 2"], "row 2 was changed"),
    (["UPDATE audit_entry SET username = 'nobody' WHERE seq = 1"], "row 1 was changed"),
    (["DELETE FROM audit_entry WHERE seq = 2"], "row 2 is missing"),
    (["DELETE FROM audit_entry WHERE seq = 3"], "the last rows of the log are missing"),
    (["UPDATE audit_entry SET seq = 9 WHERE seq = 2", "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
      "UPDATE audit_entry SET seq = 3 WHERE seq = 9"], "does not follow the row before it"),
    (["INSERT INTO audit_entry SELECT seq + 100, at, user_id, username, action, entity, entity_id, before, after,"
      " prev_hash, hash FROM audit_entry WHERE seq = 2"], "is missing"),
])
def test_tampering_is_detected(db, admin, statements, problem):
    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass")
    update_site_details(db, admin, SiteDetails(company_name="示例物业", site_name="国贸大厦"))
    tamper(db, *statements)
    result = verify(db, admin)
    assert not result.ok
    assert any(problem in line for line in result.problems), result.problems


def test_a_cut_short_log_with_its_head_moved_back_is_caught_by_the_backups(db, admin, tmp_path):
    from app.backup import backup

    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass")
    backup(db, admin)  # into backups/ beside the database: its head is the anchor
    add_user(db, admin, "cat", Role.CASHIER, "cat-pass-12")
    with db.read() as session:
        keep = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == 1))
    tamper(db, "DELETE FROM audit_entry WHERE seq > 1", f"UPDATE audit_head SET last_seq = 1, last_hash = '{keep}'")
    from app.audit import verify_chain

    with db.read() as session:
        assert verify_chain(session).ok  # the chain alone cannot tell
    result = verify(db, admin)
    assert result.anchors == 1
    assert any("rows were deleted" in line for line in result.problems), result.problems


def test_a_rewritten_log_with_recomputed_hashes_is_caught_by_the_backups(db, admin):
    from app.audit import GENESIS_HASH, entry_hash, verify_chain
    from app.backup import backup

    add_user(db, admin, "amy", Role.CASHIER, "amy-pass-123")
    backup(db, admin)
    tamper(db)
    with db.read() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        session.expunge_all()
    previous, statements = GENESIS_HASH, []
    for entry in entries:
        entry.prev_hash = previous
        if entry.after and "amy" in entry.after:
            entry.after = entry.after.replace("amy", "zed")
        entry.hash = entry_hash(entry)
        statements.append({"after": entry.after, "prev": entry.prev_hash, "hash": entry.hash, "seq": entry.seq})
        previous = entry.hash
    with behind_the_apps_back(db) as connection:
        connection.execute(text("UPDATE audit_entry SET after = :after, prev_hash = :prev, hash = :hash WHERE seq = :seq"),
                           statements)
        connection.execute(text("UPDATE audit_head SET last_hash = :hash"), {"hash": previous})
    with db.read() as session:
        assert verify_chain(session).ok  # the chain alone cannot tell
    assert any("the log was rewritten" in line for line in verify(db, admin).problems)
