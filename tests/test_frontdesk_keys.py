"""The key register and key loans: a key out is not issued again (beyond its copies), it comes back once and
never before it went out, and keys out past their due time stand out."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.clock import format_local
from app.errors import NotFound, PermissionDenied, ValidationError
from app.frontdesk.keys import (
    KeyDraft,
    issue_key,
    list_keys,
    list_loans,
    overdue_loans,
    return_key,
    save_key,
)
from db.models import AuditEntry, KeyLoan
from db.types import utcnow
from tests.conftest import table_count


@pytest.fixture
def keys(db, clerk):
    """K-101 (one copy) opens the plant room; K-102 (two copies) the roof door."""
    return (save_key(db, clerk, KeyDraft(" k-101 ", "B1 水泵房", 1)),
            save_key(db, clerk, KeyDraft("K-102", "屋顶门", 2)))


def hours(count: float) -> timedelta:
    return timedelta(hours=count)


# --- the register ----------------------------------------------------------------------------------------
def test_keys_are_registered_with_their_copies(db, clerk, keys):
    pump, roof = keys
    assert (pump.code, pump.opens, pump.copies, pump.active, pump.out, pump.available, pump.overdue) == \
        ("K-101", "B1 水泵房", 1, True, 0, 1, False)
    assert [k.code for k in list_keys(db, clerk)] == ["K-101", "K-102"]
    assert [k.code for k in list_keys(db, clerk, search="屋顶")] == ["K-102"]
    assert [k.code for k in list_keys(db, clerk, search="k-10")] == ["K-101", "K-102"]
    changed = save_key(db, clerk, KeyDraft("K-102", "屋顶门及天台", 3, active=False), key_id=roof.id)
    assert (changed.id, changed.opens, changed.copies, changed.active) == (roof.id, "屋顶门及天台", 3, False)
    assert [k.code for k in list_keys(db, clerk)] == ["K-101"]
    assert [k.code for k in list_keys(db, clerk, include_inactive=True)] == ["K-101", "K-102"]
    with db.read() as session:
        assert [(e.action, e.entity_id) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "desk_key").order_by(AuditEntry.seq))] == \
            [("add", "K-101"), ("add", "K-102"), ("update", "K-102")]


@pytest.mark.parametrize("draft, field", [
    (KeyDraft("", "门", 1), "code"), (KeyDraft("K" * 21, "门", 1), "code"), (KeyDraft("k-101", "门", 1), "code"),
    (KeyDraft("K-201", "", 1), "opens"), (KeyDraft("K-201", "门" * 101, 1), "opens"),
    (KeyDraft("K-201", "门", 0), "copies"), (KeyDraft("K-201", "门", 21), "copies"),
    (KeyDraft("K-201", "门", True), "copies"),
])
def test_a_bad_key_is_refused_and_nothing_is_saved(db, clerk, keys, draft, field):
    with pytest.raises(ValidationError) as error:
        save_key(db, clerk, draft)
    assert error.value.field == field
    assert table_count(db, "desk_key") == 2


def test_a_key_cannot_take_another_keys_number_or_lose_copies_that_are_out(db, clerk, keys):
    pump, roof = keys
    with pytest.raises(ValidationError, match="There is already a key numbered K-101"):
        save_key(db, clerk, KeyDraft("K-101", "屋顶门", 2), key_id=roof.id)
    issue_key(db, clerk, "K-102", "陈工", utcnow() + hours(2))
    issue_key(db, clerk, "K-102", "刘工", utcnow() + hours(2))
    with pytest.raises(ValidationError) as error:
        save_key(db, clerk, KeyDraft("K-102", "屋顶门", 1), key_id=roof.id)
    assert (error.value.field, str(error.value)) == ("copies", "2 copies of key K-102 are out; it cannot have fewer "
                                                               "copies")
    with pytest.raises(ValidationError) as error:
        save_key(db, clerk, KeyDraft("K-102", "屋顶门", 2, active=False), key_id=roof.id)
    assert error.value.field == "active"
    with pytest.raises(NotFound):
        save_key(db, clerk, KeyDraft("K-103", "门", 1), key_id=9999)
    assert [(k.code, k.copies, k.active) for k in list_keys(db, clerk)] == [("K-101", 1, True), ("K-102", 2, True)]


# --- issue and return ------------------------------------------------------------------------------------
def test_a_key_is_issued_to_a_named_person_with_a_due_time(db, clerk, keys):
    issued, due = utcnow() - hours(1), utcnow() + hours(3)
    loan = issue_key(db, clerk, "k-101", " 陈工 ", due, company="恒泰机电", phone="13700000001", reason="水泵检修",
                     at=issued)
    assert (loan.key_code, loan.opens, loan.person, loan.company, loan.phone, loan.reason) == \
        ("K-101", "B1 水泵房", "陈工", "恒泰机电", "13700000001", "水泵检修")
    assert (loan.issued_at, loan.due_at, loan.returned_at, loan.issued_by, loan.received_by) == \
        (issued, due, None, "李前台", "")
    assert (loan.out, loan.overdue()) == (True, False)
    assert loan.overdue(due + timedelta(minutes=1)) is True
    assert list_keys(db, clerk)[0].out == 1
    with db.read() as session:
        assert session.scalar(select(KeyLoan.person)) == "陈工"


def test_a_key_issued_twice_is_refused_naming_who_has_it(db, clerk, keys):
    issued = utcnow() - hours(1)
    issue_key(db, clerk, "K-101", "陈工", utcnow() + hours(2), at=issued)
    with pytest.raises(ValidationError) as error:
        issue_key(db, clerk, "K-101", "刘工", utcnow() + hours(2))
    assert error.value.field == "code"
    assert str(error.value) == f"Key K-101 is out already: 陈工 has had it since {format_local(issued)}"
    assert table_count(db, "key_loan") == 1


def test_every_copy_of_a_key_can_be_out_but_no_more(db, clerk, keys):
    issue_key(db, clerk, "K-102", "陈工", utcnow() + hours(2))
    issue_key(db, clerk, "K-102", "刘工", utcnow() + hours(2))
    assert (list_keys(db, clerk)[1].out, list_keys(db, clerk)[1].available) == (2, 0)
    with pytest.raises(ValidationError) as error:
        issue_key(db, clerk, "K-102", "周工", utcnow() + hours(2))
    assert str(error.value) == "All 2 copies of key K-102 are out (陈工、刘工)"
    assert table_count(db, "key_loan") == 2


def test_bad_issues_are_refused_and_nothing_is_saved(db, clerk, keys):
    now = utcnow()
    save_key(db, clerk, KeyDraft("K-900", "旧仓库", 1, active=False))
    refused = [
        (lambda: issue_key(db, clerk, "K-101", "陈工", now - hours(1)), "due_at"),
        (lambda: issue_key(db, clerk, "K-101", "陈工", now - hours(1), at=now - hours(1)), "due_at"),
        (lambda: issue_key(db, clerk, "K-101", "陈工", now + hours(1), at=now + timedelta(minutes=10)), "at"),
        (lambda: issue_key(db, clerk, "K-101", "", now + hours(1)), "person"),
        (lambda: issue_key(db, clerk, "K-101", "陈" * 61, now + hours(1)), "person"),
        (lambda: issue_key(db, clerk, "K-101", "陈工", None), "due_at"),
        (lambda: issue_key(db, clerk, "K-900", "陈工", now + hours(1)), "code"),
    ]
    for action, field in refused:
        with pytest.raises(ValidationError) as error:
            action()
        assert error.value.field == field
    with pytest.raises(NotFound) as error:
        issue_key(db, clerk, "K-999", "陈工", now + hours(1))
    assert error.value.field == "code"
    with pytest.raises(ValidationError, match="Give a date and time") as error:
        issue_key(db, clerk, "K-101", "陈工", datetime(2030, 1, 1, 9, 0))  # no zone
    assert error.value.field == "due_at"
    assert table_count(db, "key_loan") == 0


def test_a_key_comes_back_once_and_not_before_it_went_out(db, clerk, keys):
    issued = utcnow() - hours(2)
    loan = issue_key(db, clerk, "K-101", "陈工", issued + hours(1), at=issued)
    with pytest.raises(ValidationError) as error:
        return_key(db, clerk, loan.id, at=issued - hours(1))
    assert error.value.field == "at"
    assert str(error.value) == (f"The key cannot come back ({format_local(issued - hours(1))}) before it was "
                                f"issued ({format_local(issued)})")
    with pytest.raises(ValidationError):
        return_key(db, clerk, loan.id, at=utcnow() + timedelta(minutes=10))
    assert list_loans(db, clerk)[0].returned_at is None
    back = issued + hours(1.5)
    returned = return_key(db, clerk, loan.id, at=back)
    assert (returned.returned_at, returned.received_by, returned.out, returned.overdue()) == \
        (back, "李前台", False, False)
    with pytest.raises(ValidationError) as error:
        return_key(db, clerk, loan.id)
    assert (error.value.field, str(error.value)) == ("loan", f"Key K-101 is not out: 陈工 returned it at "
                                                             f"{format_local(back)}")
    with pytest.raises(NotFound):
        return_key(db, clerk, 9999)
    for typed in (None, True, "K-999"):  # what the return form hands over when the text matches no key out
        with pytest.raises(NotFound) as error:
            return_key(db, clerk, typed)
        assert error.value.field == "loan"
    assert str(error.value) == "K-999 is not a key that is out: choose one from the list"
    assert list_loans(db, clerk) == []
    assert issue_key(db, clerk, "K-101", "刘工", utcnow() + hours(1)).person == "刘工"  # back on the board
    with db.read() as session:
        assert [e.action for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "key_loan").order_by(AuditEntry.seq))] == \
            ["issue", "return", "issue"]


def test_a_return_typed_to_the_minute_of_the_issue_is_the_issue_time(db, clerk, keys):
    issued = utcnow().replace(second=30, microsecond=0) - timedelta(minutes=3)
    loan = issue_key(db, clerk, "K-101", "陈工", issued + hours(1), at=issued)
    assert return_key(db, clerk, loan.id, at=issued.replace(second=0)).returned_at == issued


# --- lists -----------------------------------------------------------------------------------------------
def test_loans_are_listed_newest_first_and_keys_out_past_due_stand_out(db, clerk, keys):
    now = utcnow()
    late = issue_key(db, clerk, "K-101", "陈工", now - hours(1), company="恒泰机电", at=now - hours(3))
    roof = issue_key(db, clerk, "K-102", "刘晓峰", now + hours(4), at=now - hours(2))
    done = issue_key(db, clerk, "K-102", "周工", now - hours(0.5), at=now - hours(1))
    return_key(db, clerk, done.id)
    ids = lambda loans: [loan.id for loan in loans]  # noqa: E731
    assert ids(list_loans(db, clerk)) == [roof.id, late.id]
    assert ids(list_loans(db, clerk, out_only=False)) == [done.id, roof.id, late.id]
    assert ids(list_loans(db, clerk, search="k-101")) == [late.id]
    assert ids(list_loans(db, clerk, search="屋顶")) == [roof.id]
    assert ids(list_loans(db, clerk, search="恒泰")) == [late.id]
    assert ids(list_loans(db, clerk, search="lxf")) == [roof.id]  # 刘晓峰 by pinyin initials
    assert ids(list_loans(db, clerk, search="周工", out_only=False)) == [done.id]
    assert ids(list_loans(db, clerk, search="周工")) == []
    assert ids(overdue_loans(db, clerk)) == [late.id]
    assert ids(overdue_loans(db, clerk, now=now + hours(5))) == [late.id, roof.id]
    assert ids(overdue_loans(db, clerk, now=now - hours(2))) == []
    views = {loan.id: loan for loan in list_loans(db, clerk)}
    assert (views[late.id].overdue(), views[roof.id].overdue()) == (True, False)
    assert [(k.code, k.out, k.overdue) for k in list_keys(db, clerk)] == [("K-101", 1, True), ("K-102", 1, False)]


# --- permissions -----------------------------------------------------------------------------------------
def test_the_cashier_cannot_keep_the_keys(db, clerk, cashier, keys):
    loan = issue_key(db, clerk, "K-101", "陈工", utcnow() + hours(1))
    for action in (lambda: save_key(db, cashier, KeyDraft("K-300", "门", 1)), lambda: list_keys(db, cashier),
                   lambda: issue_key(db, cashier, "K-102", "刘工", utcnow() + hours(1)),
                   lambda: return_key(db, cashier, loan.id), lambda: list_loans(db, cashier),
                   lambda: overdue_loans(db, cashier)):
        with pytest.raises(PermissionDenied):
            action()
    assert (table_count(db, "desk_key"), table_count(db, "key_loan")) == (2, 1)
    assert list_loans(db, clerk)[0].returned_at is None
