"""Luggage storage: the system gives the numbered tag, luggage is released once against its tag to a named
person and never before it was stored, a tag that does not exist is named in the refusal, and a view says how long
the luggage has been stored."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.clock import format_local, today
from app.errors import NotFound, PermissionDenied, ValidationError
from app.frontdesk.luggage import LuggageDraft, get_luggage, list_luggage, release, store
from db.models import AuditEntry, Luggage
from db.types import utcnow
from tests.conftest import Soon, resolved, table_count


def tag(count: int) -> str:
    return f"XL{today().year}{count:06d}"


def luggage(**changes) -> LuggageDraft:
    values = dict(owner=" 张三 ", items=" 行李箱 1 个，纸箱 1 个 ", pieces=2, unit="a-1201", phone="13800000001")
    values.update(changes)
    return LuggageDraft(**values)


def hours(count: float) -> timedelta:
    return timedelta(hours=count)


def test_luggage_is_stored_against_a_numbered_tag(db, estate, clerk):
    stored = utcnow() - hours(2)
    view = store(db, clerk, luggage(stored_at=stored))
    assert (view.tag, view.owner, view.unit, view.phone, view.items, view.pieces) == \
        (tag(1), "张三", "A-1201", "13800000001", "行李箱 1 个，纸箱 1 个", 2)
    assert (view.stored_at, view.stored_by, view.released_at, view.released_to, view.released_by, view.stored) == \
        (stored, "李前台", None, "", "", True)
    guest = store(db, clerk, LuggageDraft("Mr. Smith", "suitcase", 1))
    assert (guest.tag, guest.unit, guest.phone) == (tag(2), "", "")
    assert get_luggage(db, clerk, f" {tag(1).lower()} ") == view
    with db.read() as session:
        row = session.scalar(select(Luggage).where(Luggage.tag == tag(1)))
        assert (row.owner, row.items, row.pieces, row.unit_id is not None) == ("张三", "行李箱 1 个，纸箱 1 个", 2, True)
        assert [(e.action, e.entity_id, e.username) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "luggage").order_by(AuditEntry.seq))] == \
            [("store", tag(1), "clerk"), ("store", tag(2), "clerk")]


def test_a_view_says_how_long_the_luggage_has_been_stored(db, estate, clerk):
    now = utcnow()
    stored = now - timedelta(days=2, hours=3)
    view = store(db, clerk, luggage(stored_at=stored))
    assert (view.stored_for(now), view.stored_days(now)) == \
        (timedelta(days=2, hours=3), (today(now) - today(stored)).days)
    assert view.stored_days(stored) == 0
    released = release(db, clerk, view.tag, "张三", at=now - timedelta(days=1))
    assert (released.stored_for(now), released.stored_days(now), released.stored) == \
        (timedelta(days=1, hours=3), (today(now - timedelta(days=1)) - today(stored)).days, False)


@pytest.mark.parametrize("changes, field", [
    (dict(owner=" "), "owner"), (dict(owner="张" * 61), "owner"), (dict(items=""), "items"),
    (dict(items="箱" * 201), "items"), (dict(pieces=0), "pieces"), (dict(pieces=100), "pieces"),
    (dict(pieces=True), "pieces"), (dict(pieces="2"), "pieces"), (dict(phone="1" * 41), "phone"),
    (dict(stored_at=Soon(10)), "stored_at"),
])
def test_bad_luggage_is_refused_and_nothing_is_saved(db, estate, clerk, changes, field):
    audited = table_count(db, "audit_entry")
    with pytest.raises(ValidationError) as error:
        store(db, clerk, luggage(**resolved(changes)))
    assert error.value.field == field
    assert (table_count(db, "luggage"), table_count(db, "audit_entry")) == (0, audited)


def test_an_unknown_unit_or_a_naive_time_is_refused_and_the_tag_is_not_used(db, estate, clerk):
    with pytest.raises(NotFound) as error:
        store(db, clerk, luggage(unit="C-0101"))
    assert error.value.field == "unit"
    with pytest.raises(ValidationError, match="Give a date and time"):
        store(db, clerk, luggage(stored_at=datetime(2026, 1, 1, 9, 0)))
    assert table_count(db, "luggage") == 0
    assert store(db, clerk, luggage()).tag == tag(1)


def test_luggage_is_released_against_its_tag_to_a_named_person(db, estate, clerk):
    stored = utcnow() - hours(3)
    view = store(db, clerk, luggage(stored_at=stored))
    at = stored + hours(2)
    done = release(db, clerk, view.tag.lower(), " 张三的司机 刘师傅 ", at=at)
    assert (done.tag, done.released_at, done.released_to, done.released_by, done.stored) == \
        (tag(1), at, "张三的司机 刘师傅", "李前台", False)
    with db.read() as session:
        row = session.scalar(select(Luggage))
        assert (row.released_at, row.released_to, row.released_by) == (at, "张三的司机 刘师傅", "李前台")
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "release")).one()
        assert entry.entity_id == tag(1)


def test_a_tag_that_does_not_exist_is_refused_by_name(db, estate, clerk):
    store(db, clerk, luggage())
    audited = table_count(db, "audit_entry")
    with pytest.raises(NotFound) as error:
        release(db, clerk, " XL2026999999 ", "张三")
    assert (error.value.field, str(error.value)) == \
        ("tag", "There is no luggage with tag XL2026999999; check the number on the tag")
    with pytest.raises(NotFound):
        get_luggage(db, clerk, "XL2026999999")
    assert table_count(db, "audit_entry") == audited
    assert list_luggage(db, clerk)[0].stored is True


def test_a_tag_released_twice_is_refused_saying_when_and_to_whom(db, estate, clerk):
    view = store(db, clerk, luggage(stored_at=utcnow() - hours(2)))
    at = utcnow() - hours(1)
    release(db, clerk, view.tag, "张三", at=at)
    audited = table_count(db, "audit_entry")
    with pytest.raises(ValidationError) as error:
        release(db, clerk, view.tag, "李四")
    assert error.value.field == "tag"
    assert str(error.value) == f"Tag {tag(1)} was released already, to 张三 at {format_local(at)}"
    after = get_luggage(db, clerk, view.tag)
    assert (after.released_to, after.released_at) == ("张三", at)
    assert table_count(db, "audit_entry") == audited


def test_bad_releases_are_refused_and_nothing_changes(db, estate, clerk):
    stored = utcnow() - hours(2)
    view = store(db, clerk, luggage(stored_at=stored))
    refused = [
        (lambda: release(db, clerk, view.tag, " "), "released_to"),
        (lambda: release(db, clerk, view.tag, "张" * 61), "released_to"),
        (lambda: release(db, clerk, view.tag, "张三", at=stored - hours(1)), "at"),
        (lambda: release(db, clerk, view.tag, "张三", at=utcnow() + timedelta(minutes=10)), "at"),
    ]
    for action, field in refused:
        with pytest.raises(ValidationError) as error:
            action()
        assert error.value.field == field
    with pytest.raises(ValidationError) as error:
        release(db, clerk, view.tag, "张三", at=stored - hours(1))
    assert str(error.value) == f"The luggage cannot be released ({format_local(stored - hours(1))}) before it was " \
                               f"stored ({format_local(stored)})"
    assert get_luggage(db, clerk, view.tag) == view


def test_luggage_is_listed_newest_first_and_searched(db, estate, clerk):
    now = utcnow()
    first = store(db, clerk, luggage(stored_at=now - hours(3)))
    second = store(db, clerk, luggage(owner="李四", items="高尔夫球包", pieces=1, unit="A-0801", phone="13800000002",
                                      stored_at=now - hours(2)))
    third = store(db, clerk, LuggageDraft("王五", "纸箱", 3, stored_at=now - hours(1)))
    assert list_luggage(db, clerk) == [third, second, first]
    assert list_luggage(db, clerk, search="zs") == [first]  # 张三 by initials
    assert list_luggage(db, clerk, search="李四") == [second]
    assert list_luggage(db, clerk, search="a-08") == [second]  # unit
    assert list_luggage(db, clerk, search="0000002") == [second]  # phone
    assert list_luggage(db, clerk, search="纸箱") == [third, first]  # items
    assert list_luggage(db, clerk, search=tag(3)) == [third]
    assert list_luggage(db, clerk, search="没有") == []
    gone = release(db, clerk, second.tag, "李四")
    assert list_luggage(db, clerk) == [third, first]
    assert list_luggage(db, clerk, stored_only=False) == [third, gone, first]
    assert list_luggage(db, clerk, stored_only=False, search="ls") == [gone]


def test_the_cashier_is_refused(db, estate, clerk, cashier):
    view = store(db, clerk, luggage())
    for action in (lambda: store(db, cashier, luggage()),
                   lambda: release(db, cashier, view.tag, "张三"),
                   lambda: list_luggage(db, cashier),
                   lambda: get_luggage(db, cashier, view.tag)):
        with pytest.raises(PermissionDenied):
            action()
    assert table_count(db, "luggage") == 1
    assert get_luggage(db, clerk, view.tag) == view
