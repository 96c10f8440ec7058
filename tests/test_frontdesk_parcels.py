"""Mail and parcels: logged as they arrive, a tracking number still waiting is not logged twice, the recipient is
notified, an item is picked up once by a named person and never before it arrived, and items waiting longer than
the site's number of days stand out. Newspapers and magazines are delivered a day's list at a time."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.clock import format_local, today
from app.errors import NotFound, PermissionDenied, ValidationError
from app.frontdesk.parcels import (
    ParcelDraft,
    ParcelKind,
    deliver_periodicals,
    get_parcel,
    list_parcels,
    list_periodicals,
    log_parcel,
    mark_notified,
    parcel_waiting_days,
    pick_up,
    set_parcel_waiting_days,
    waiting_longer_than,
)
from db.models import AuditEntry, Parcel, PeriodicalDelivery
from db.types import utcnow
from tests.conftest import Soon, resolved, table_count


def number(count: int) -> str:
    return f"YJ{today().year}{count:06d}"


def parcel(**changes) -> ParcelDraft:
    values = dict(kind=ParcelKind.PARCEL, carrier=" 顺丰 ", tracking=" sf1234567890 ", unit="a-1201",
                  recipient=" 张三 ", registered=True)
    values.update(changes)
    return ParcelDraft(**values)


def hours(count: float) -> timedelta:
    return timedelta(hours=count)


# --- logging ---------------------------------------------------------------------------------------------
def test_a_parcel_is_logged_as_it_arrives_and_waits(db, estate, clerk):
    arrived = utcnow() - hours(1)
    view = log_parcel(db, clerk, parcel(arrived_at=arrived))
    assert (view.number, view.kind, view.carrier, view.tracking, view.unit, view.recipient, view.registered) == \
        (number(1), ParcelKind.PARCEL, "顺丰", "SF1234567890", "A-1201", "张三", True)
    assert (view.arrived_at, view.logged_by, view.notified_at, view.picked_up_at, view.picked_up_by,
            view.handed_by) == (arrived, "李前台", None, None, "", "")
    assert view.waiting is True
    letter = log_parcel(db, clerk, ParcelDraft(ParcelKind.LETTER, "邮政", "", "", "物业管理处"))
    assert (letter.number, letter.kind, letter.tracking, letter.unit, letter.registered) == \
        (number(2), ParcelKind.LETTER, "", "", False)
    assert get_parcel(db, clerk, number(1).lower()) == view
    with db.read() as session:
        row = session.scalar(select(Parcel).where(Parcel.number == number(1)))
        assert (row.kind, row.carrier, row.tracking, row.recipient, row.unit_id is not None) == \
            ("parcel", "顺丰", "SF1234567890", "张三", True)
        assert [(e.action, e.entity_id, e.username) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "parcel").order_by(AuditEntry.seq))] == \
            [("log", number(1), "clerk"), ("log", number(2), "clerk")]


@pytest.mark.parametrize("changes, field", [
    (dict(kind="box"), "kind"), (dict(carrier=" "), "carrier"), (dict(carrier="顺" * 31), "carrier"),
    (dict(tracking="1" * 41), "tracking"), (dict(recipient=""), "recipient"), (dict(recipient="张" * 61), "recipient"),
    (dict(registered="yes"), "registered"), (dict(arrived_at=Soon(10)), "arrived_at"),
])
def test_a_bad_parcel_is_refused_and_nothing_is_saved(db, estate, clerk, changes, field):
    audited = table_count(db, "audit_entry")
    with pytest.raises(ValidationError) as error:
        log_parcel(db, clerk, parcel(**resolved(changes)))
    assert error.value.field == field
    assert (table_count(db, "parcel"), table_count(db, "audit_entry")) == (0, audited)


def test_an_unknown_unit_or_a_naive_time_is_refused_and_the_number_is_not_used(db, estate, clerk):
    with pytest.raises(NotFound) as error:
        log_parcel(db, clerk, parcel(unit="C-0101"))
    assert error.value.field == "unit"
    with pytest.raises(ValidationError, match="Give a date and time"):
        log_parcel(db, clerk, parcel(arrived_at=datetime(2026, 1, 1, 9, 0)))
    assert table_count(db, "parcel") == 0
    assert log_parcel(db, clerk, parcel()).number == number(1)


def test_a_tracking_number_still_waiting_is_not_logged_twice(db, estate, clerk):
    arrived = utcnow() - hours(2)
    first = log_parcel(db, clerk, parcel(arrived_at=arrived))
    with pytest.raises(ValidationError) as error:
        log_parcel(db, clerk, parcel(tracking="SF1234567890", carrier="顺丰", recipient="李四", unit="A-0801"))
    assert error.value.field == "tracking"
    assert str(error.value) == f"顺丰 SF1234567890 was logged already as {number(1)} ({format_local(arrived)}) " \
                               "and is still waiting"
    assert table_count(db, "parcel") == 1
    assert log_parcel(db, clerk, parcel(carrier="京东")).number == number(2)  # another carrier's number
    pick_up(db, clerk, first.number, "张三")
    assert log_parcel(db, clerk, parcel()).number == number(3)  # the first one is gone: a new item
    ems = log_parcel(db, clerk, parcel(carrier="EMS", tracking="EA123"))
    with pytest.raises(ValidationError):
        log_parcel(db, clerk, parcel(carrier="ems", tracking="ea123"))
    assert ems.number == number(4) and table_count(db, "parcel") == 4


# --- notified and picked up ------------------------------------------------------------------------------
def test_the_recipient_is_notified_and_not_before_it_arrived(db, estate, clerk):
    arrived = utcnow() - hours(3)
    view = log_parcel(db, clerk, parcel(arrived_at=arrived))
    with pytest.raises(ValidationError) as error:
        mark_notified(db, clerk, view.number, at=arrived - hours(1))
    assert error.value.field == "at"
    assert get_parcel(db, clerk, view.number).notified_at is None
    told = arrived + hours(1)
    assert mark_notified(db, clerk, view.number, at=told).notified_at == told
    again = arrived + hours(2)
    assert mark_notified(db, clerk, view.number, at=again).notified_at == again
    with pytest.raises(NotFound) as error:
        mark_notified(db, clerk, "YJ2000000001")
    assert (error.value.field, str(error.value)) == ("number", "There is no mail or parcel numbered YJ2000000001")


def test_a_parcel_is_picked_up_by_a_named_person(db, estate, clerk):
    arrived = utcnow() - hours(5)
    view = log_parcel(db, clerk, parcel(arrived_at=arrived))
    taken = arrived + hours(4)
    done = pick_up(db, clerk, view.number, " 张三的家人 王芳 ", at=taken)
    assert (done.picked_up_at, done.picked_up_by, done.handed_by, done.waiting) == \
        (taken, "张三的家人 王芳", "李前台", False)
    with db.read() as session:
        row = session.scalar(select(Parcel))
        assert (row.picked_up_at, row.picked_up_by, row.handed_by) == (taken, "张三的家人 王芳", "李前台")
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "pick_up")).one()
        assert entry.entity_id == view.number


def test_a_parcel_picked_up_twice_is_refused_saying_by_whom_and_when(db, estate, clerk):
    view = log_parcel(db, clerk, parcel(arrived_at=utcnow() - hours(2)))
    taken = utcnow() - hours(1)
    pick_up(db, clerk, view.number, "张三", at=taken)
    audited = table_count(db, "audit_entry")
    with pytest.raises(ValidationError) as error:
        pick_up(db, clerk, view.number, "李四")
    assert error.value.field == "number"
    assert str(error.value) == f"{number(1)} was picked up already, by 张三 at {format_local(taken)}"
    with pytest.raises(ValidationError, match="was picked up already, by 张三"):
        mark_notified(db, clerk, view.number)
    after = get_parcel(db, clerk, view.number)
    assert (after.picked_up_by, after.picked_up_at, after.notified_at) == ("张三", taken, None)
    assert table_count(db, "audit_entry") == audited


def test_bad_pick_ups_are_refused_and_nothing_changes(db, estate, clerk):
    arrived = utcnow() - hours(2)
    view = log_parcel(db, clerk, parcel(arrived_at=arrived))
    refused = [
        (lambda: pick_up(db, clerk, view.number, " "), "picked_up_by"),
        (lambda: pick_up(db, clerk, view.number, "张" * 61), "picked_up_by"),
        (lambda: pick_up(db, clerk, view.number, "张三", at=arrived - hours(1)), "at"),
        (lambda: pick_up(db, clerk, view.number, "张三", at=utcnow() + timedelta(minutes=10)), "at"),
    ]
    for action, field in refused:
        with pytest.raises(ValidationError) as error:
            action()
        assert error.value.field == field
    with pytest.raises(ValidationError) as error:
        pick_up(db, clerk, view.number, "张三", at=arrived - hours(1))
    assert str(error.value) == f"It cannot be picked up ({format_local(arrived - hours(1))}) before it arrived " \
                               f"({format_local(arrived)})"
    with pytest.raises(NotFound):
        pick_up(db, clerk, "YJ2000000009", "张三")
    assert get_parcel(db, clerk, view.number) == view


# --- lists and waiting -----------------------------------------------------------------------------------
def test_parcels_are_listed_newest_first_and_searched(db, estate, clerk):
    now = utcnow()
    first = log_parcel(db, clerk, parcel(arrived_at=now - hours(3)))
    second = log_parcel(db, clerk, parcel(carrier="中通", tracking="ZT778899", unit="A-0801", recipient="李四",
                                          arrived_at=now - hours(2)))
    third = log_parcel(db, clerk, parcel(carrier="韵达", tracking="YD5566", unit="B-0101", recipient="华信公司 王经理",
                                         registered=False, arrived_at=now - hours(1)))
    assert list_parcels(db, clerk) == [third, second, first]
    assert list_parcels(db, clerk, limit=2) == [third, second]
    assert list_parcels(db, clerk, search="zt7788") == [second]  # tracking
    assert list_parcels(db, clerk, search="李四") == [second]  # recipient
    assert list_parcels(db, clerk, search="zs") == [first]  # 张三 by initials
    assert list_parcels(db, clerk, search="hxgs") == [third]
    assert list_parcels(db, clerk, search="b-01") == [third]  # unit
    assert list_parcels(db, clerk, search=number(2)) == [second]  # number
    assert list_parcels(db, clerk, search="没有") == []
    picked = pick_up(db, clerk, second.number, "李四")
    assert list_parcels(db, clerk) == [third, first]
    assert list_parcels(db, clerk, waiting_only=False) == [third, picked, first]
    assert list_parcels(db, clerk, waiting_only=False, search="ls") == [picked]


def test_items_waiting_longer_than_the_sites_days_stand_out(db, estate, clerk):
    now = utcnow()
    four = log_parcel(db, clerk, parcel(arrived_at=now - timedelta(days=4)))
    three = log_parcel(db, clerk, parcel(carrier="中通", tracking="ZT1", arrived_at=now - timedelta(days=3)))
    six = log_parcel(db, clerk, parcel(carrier="圆通", tracking="YT1", arrived_at=now - timedelta(days=6)))
    fresh = log_parcel(db, clerk, parcel(carrier="韵达", tracking="YD1", arrived_at=now))
    assert parcel_waiting_days(db) == 3
    assert [(p.waiting_days(now), p.stands_out(now, 3)) for p in (four, three, six, fresh)] == \
        [(4, True), (3, False), (6, True), (0, False)]
    assert waiting_longer_than(db, clerk, 3, now) == [six, four]
    assert waiting_longer_than(db, clerk, 5, now) == [six]
    assert waiting_longer_than(db, clerk, 0, now) == [six, four, three]
    taken = pick_up(db, clerk, six.number, "张三", at=now - timedelta(days=1))
    assert (taken.waiting_days(now), taken.stands_out(now, 3)) == (5, False)
    assert waiting_longer_than(db, clerk, 3, now) == [four]
    for days in (-1, True, "3", 367):
        with pytest.raises(ValidationError) as error:
            waiting_longer_than(db, clerk, days, now)
        assert error.value.field == "days"


def test_the_number_of_days_is_a_site_setting_kept_by_a_manager(db, estate, clerk, manager):
    assert set_parcel_waiting_days(db, manager, 5) == 5
    assert parcel_waiting_days(db) == 5
    with pytest.raises(PermissionDenied):
        set_parcel_waiting_days(db, clerk, 7)
    for days in (0, 61, True, "7", None):
        with pytest.raises(ValidationError) as error:
            set_parcel_waiting_days(db, manager, days)
        assert error.value.field == "days"
    assert parcel_waiting_days(db) == 5
    assert set_parcel_waiting_days(db, manager, 60) == 60
    with db.read() as session:
        assert [(e.entity_id, e.before, e.after) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "site").order_by(AuditEntry.seq))] == \
            [("parcel_waiting_days", '{"days": 3}', '{"days": 5}'),
             ("parcel_waiting_days", '{"days": 5}', '{"days": 60}')]


# --- newspapers and magazines ----------------------------------------------------------------------------
def test_the_days_periodicals_are_delivered_to_units(db, estate, clerk):
    day = today() - timedelta(days=1)
    views = deliver_periodicals(db, clerk, day, [("a-1201", " 人民日报 ", 1), ("B-0101", "经济观察报", 3),
                                                 ("A-1201", "读者", 2)])
    assert [(v.delivered_on, v.unit, v.title, v.copies, v.delivered_by) for v in views] == \
        [(day, "A-1201", "人民日报", 1, "李前台"), (day, "B-0101", "经济观察报", 3, "李前台"), (day, "A-1201", "读者", 2, "李前台")]
    later = deliver_periodicals(db, clerk, today(), [("A-0801", "参考消息", 1)])
    assert [(v.unit, v.title) for v in list_periodicals(db, clerk)] == \
        [("A-0801", "参考消息"), ("A-1201", "人民日报"), ("A-1201", "读者"), ("B-0101", "经济观察报")]
    assert list_periodicals(db, clerk, on=today()) == later
    assert [v.title for v in list_periodicals(db, clerk, unit="a-1201")] == ["人民日报", "读者"]
    assert list_periodicals(db, clerk, on=day, unit="A-0801") == []
    with db.read() as session:
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "periodical_delivery")).all() \
            == ["deliver"] * 4


@pytest.mark.parametrize("on, rows, field, message", [
    (today() + timedelta(days=1), [("A-1201", "人民日报", 1)], "on", "Deliveries are recorded once made"),
    (datetime(2026, 1, 1, 9, 0), [("A-1201", "人民日报", 1)], "on", "A date is written YYYY-MM-DD"),
    (today() - timedelta(days=400), [("A-1201", "人民日报", 1)], "on", "more than a year ago"),
    (today(), [], "rows", "List at least one delivery"),
    (today(), [("A-1201", "人民日报", 1), ("A-0801", "读者", 0)], "rows", "Line 2: copies is a whole number from 1 to 100"),
    (today(), [("A-1201", "人民日报", 1), ("A-0801", "读者", 101)], "rows", "Line 2: copies"),
    (today(), [("A-1201", "人民日报", 1), ("", "读者", 1)], "rows", "Line 2: give the unit"),
    (today(), [("A-1201", "人民日报", 1), ("A-0801", " ", 1)], "rows", "Line 2: give the title"),
    (today(), [("A-1201", "报" * 61, 1)], "rows", "Line 1: give the title in at most 60 characters"),
    (today(), [("A-1201", "人民日报", 1), ("A-0801",)], "rows", "Line 2: give the unit, the title and the copies"),
    (today(), [("A-1201", "人民日报", 1), ("a-1201", "人民日报", 2)], "rows",
     "Line 2: 人民日报 for A-1201 is on the list twice"),
])
def test_a_bad_list_of_periodicals_saves_none_of_it(db, estate, clerk, on, rows, field, message):
    audited = table_count(db, "audit_entry")
    with pytest.raises(ValidationError, match=message) as error:
        deliver_periodicals(db, clerk, on, rows)
    assert error.value.field == field
    assert (table_count(db, "periodical_delivery"), table_count(db, "audit_entry")) == (0, audited)


def test_an_unknown_unit_or_a_delivery_recorded_before_saves_none_of_the_list(db, estate, clerk):
    with pytest.raises(NotFound) as error:
        deliver_periodicals(db, clerk, today(), [("A-1201", "人民日报", 1), ("C-0101", "读者", 1)])
    assert (error.value.field, str(error.value)) == ("rows", "Line 2: there is no unit C-0101")
    assert table_count(db, "periodical_delivery") == 0
    deliver_periodicals(db, clerk, today(), [("A-1201", "人民日报", 1)])
    with pytest.raises(ValidationError) as error:
        deliver_periodicals(db, clerk, today(), [("A-0801", "人民日报", 1), ("A-1201", "人民日报", 1)])
    assert str(error.value) == f"Line 2: 人民日报 was recorded for A-1201 on {today().isoformat()} already"
    with db.read() as session:
        assert session.scalars(select(PeriodicalDelivery.title)).all() == ["人民日报"]


# --- permissions -----------------------------------------------------------------------------------------
def test_the_cashier_is_refused(db, estate, clerk, cashier):
    view = log_parcel(db, clerk, parcel())
    for action in (lambda: log_parcel(db, cashier, parcel(carrier="中通")),
                   lambda: mark_notified(db, cashier, view.number),
                   lambda: pick_up(db, cashier, view.number, "张三"),
                   lambda: list_parcels(db, cashier),
                   lambda: get_parcel(db, cashier, view.number),
                   lambda: waiting_longer_than(db, cashier, 3),
                   lambda: set_parcel_waiting_days(db, cashier, 5),
                   lambda: deliver_periodicals(db, cashier, today(), [("A-1201", "人民日报", 1)]),
                   lambda: list_periodicals(db, cashier)):
        with pytest.raises(PermissionDenied):
            action()
    assert (table_count(db, "parcel"), table_count(db, "periodical_delivery")) == (1, 0)
    assert get_parcel(db, clerk, view.number) == view
