"""The audit log: a row in the same transaction as each change, hash-chained so that tampering shows."""

import json
import sqlite3

import pytest
from sqlalchemy import select

from app.audit import recent, verify
from app.errors import PermissionDenied, ValidationError
from app.permissions import Role
from app.site import SiteDetails, update_site_details
from app.users import add_user
from db.models import AuditEntry


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


@pytest.mark.parametrize(("tamper", "problem"), [
    ("UPDATE audit_entry SET after = replace(after, 'cashier', 'mallory') WHERE seq = 2", "row 2 was changed"),
    ("UPDATE audit_entry SET username = 'nobody' WHERE seq = 1", "row 1 was changed"),
    ("DELETE FROM audit_entry WHERE seq = 2", "row 2 is missing"),
    ("DELETE FROM audit_entry WHERE seq = 3", "the last rows of the log are missing"),
])
def test_tampering_is_detected(db, admin, tamper, problem):
    add_user(db, admin, "cashier", Role.CASHIER, "cashier-pass")
    update_site_details(db, admin, SiteDetails(company_name="示例物业", site_name="国贸大厦"))
    with sqlite3.connect(db.path) as connection:
        connection.execute(tamper)
    result = verify(db, admin)
    assert not result.ok
    assert any(problem in line for line in result.problems), result.problems
