"""Complaints: numbered as received, due within the site's deadline, responded to (and again), closed only with
a response and the complainant's satisfaction; the handling rate of a period."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.clock import SITE_ZONE, today
from app.errors import NotFound, PermissionDenied, ValidationError
from app.frontdesk.complaints import (
    COMPLAINT_CATEGORY_CHINESE,
    ComplaintCategory,
    ComplaintDraft,
    ComplaintStatus,
    close,
    get_complaint,
    get_deadline_hours,
    handling_rate,
    list_complaints,
    rate_of,
    receive,
    respond,
    set_deadline_hours,
)
from db.models import AuditEntry, Complaint
from db.types import utcnow
from tests.conftest import Soon, resolved, table_count

YEAR = today().year
D = Decimal


def draft(**changes) -> ComplaintDraft:
    values = dict(complainant="张三", category=ComplaintCategory.NOISE, about="楼上装修周末早上七点就开始施工",
                  unit="a-1201", contact="13800000001")
    values.update(changes)
    return ComplaintDraft(**values)


def at_site(days_ago: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(today() - timedelta(days=days_ago), time(hour, minute), tzinfo=SITE_ZONE)


# --- receiving -------------------------------------------------------------------------------------------
def test_a_complaint_is_numbered_and_due_within_the_sites_deadline(db, estate, clerk):
    received = utcnow() - timedelta(minutes=30)
    view = receive(db, clerk, draft(received_at=received))
    assert view.number == f"TS{YEAR}000001"
    assert (view.status, view.open, view.complainant, view.unit, view.contact) == \
        (ComplaintStatus.OPEN, True, "张三", "A-1201", "13800000001")
    assert (view.category, view.about) == (ComplaintCategory.NOISE, "楼上装修周末早上七点就开始施工")
    assert (view.received_at, view.received_by, view.due_at) == (received, "李前台", received + timedelta(hours=48))
    assert (view.response, view.handled_by, view.closed_at, view.satisfaction) == ("", "", None, None)
    assert (view.overdue(), view.overdue(received + timedelta(hours=49))) == (False, True)
    assert [view.due_soon(received + timedelta(hours=hours)) for hours in (36, 36.1, 48, 48.1)] == \
        [False, True, True, False]  # less than a quarter of the 48 hours left, until it is overdue
    assert get_complaint(db, clerk, view.number.lower()) == view
    assert COMPLAINT_CATEGORY_CHINESE[ComplaintCategory.SERVICE] == "服务态度"
    with db.read() as session:
        assert session.scalar(select(Complaint.category)) == "noise"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "complaint")).one()
        assert (entry.action, entry.entity_id) == ("receive", view.number)


def test_the_site_sets_the_handling_deadline_for_complaints_received_after(db, estate, clerk, manager, cashier):
    first = receive(db, clerk, draft())
    assert get_deadline_hours(db) == 48
    assert set_deadline_hours(db, manager, 24) == 24
    assert get_deadline_hours(db) == 24
    second = receive(db, clerk, draft())
    assert second.due_at == second.received_at + timedelta(hours=24)
    assert get_complaint(db, clerk, first.number).due_at == first.received_at + timedelta(hours=48)
    for user in (clerk, cashier):
        with pytest.raises(PermissionDenied):
            set_deadline_hours(db, user, 72)
    for hours in (0, 721, True, "24", 1.5, None):
        with pytest.raises(ValidationError) as error:
            set_deadline_hours(db, manager, hours)
        assert error.value.field == "hours"
    assert set_deadline_hours(db, manager, 720) == 720
    assert set_deadline_hours(db, manager, 1) == 1
    assert get_deadline_hours(db) == 1
    with db.read() as session:
        assert [(e.before, e.after) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == "complaint_deadline_hours").order_by(AuditEntry.seq))] == \
            [('{"hours": 48}', '{"hours": 24}'), ('{"hours": 24}', '{"hours": 720}'),
             ('{"hours": 720}', '{"hours": 1}')]


@pytest.mark.parametrize("changes, field", [
    (dict(category="food"), "category"), (dict(complainant=" "), "complainant"),
    (dict(complainant="张" * 61), "complainant"), (dict(about=""), "about"), (dict(about="吵" * 501), "about"),
    (dict(contact="1" * 41), "contact"), (dict(received_at=Soon(10)), "received_at"),
])
def test_bad_input_is_refused_and_nothing_is_saved(db, estate, clerk, changes, field):
    with pytest.raises(ValidationError) as error:
        receive(db, clerk, draft(**resolved(changes)))
    assert error.value.field == field
    assert table_count(db, "complaint") == 0


def test_an_unknown_unit_is_refused_and_its_number_is_not_used(db, estate, clerk):
    with pytest.raises(NotFound) as error:
        receive(db, clerk, draft(unit="C-0101"))
    assert error.value.field == "unit"
    assert table_count(db, "complaint") == 0
    assert receive(db, clerk, draft(unit="")).number == f"TS{YEAR}000001"
    with pytest.raises(ValidationError, match="Give a date and time"):
        receive(db, clerk, draft(received_at=datetime.now()))


# --- handling --------------------------------------------------------------------------------------------
def test_responses_add_up_and_the_complaint_is_closed_with_the_satisfaction(db, estate, clerk, manager):
    received = utcnow() - timedelta(hours=3)
    number = receive(db, clerk, draft(received_at=received)).number
    first = respond(db, clerk, number, "已电话联系装修户，要求九点后施工", "客服小陈", received + timedelta(hours=1))
    assert (first.status, first.response, first.handled_by) == (ComplaintStatus.HANDLING,
                                                                "已电话联系装修户，要求九点后施工", "客服小陈")
    second = respond(db, manager, number, "周末已安排保安巡查", " 王经理 ")
    assert (second.status, second.response, second.handled_by) == (
        ComplaintStatus.HANDLING, "已电话联系装修户，要求九点后施工\n周末已安排保安巡查", "王经理")
    closed_at = utcnow() - timedelta(minutes=5)
    done = close(db, clerk, number, 4, closed_at)
    assert (done.status, done.open, done.closed_at, done.satisfaction, done.closed_in_time) == \
        (ComplaintStatus.CLOSED, False, closed_at, 4, True)
    assert done.response == second.response
    assert list_complaints(db, clerk) == []
    with pytest.raises(ValidationError, match=f"Complaint {number} is resolved; you cannot close it"):
        close(db, clerk, number, 5)
    with pytest.raises(ValidationError, match="you cannot respond to it") as error:
        respond(db, clerk, number, "再次回访", "客服小陈")
    assert error.value.field == "status"
    assert get_complaint(db, clerk, number) == done
    with db.read() as session:
        assert [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "complaint")
                                                  .order_by(AuditEntry.seq))] == ["receive", "respond", "respond",
                                                                                  "close"]


def test_a_complaint_is_not_closed_without_a_response_or_the_satisfaction(db, estate, clerk):
    number = receive(db, clerk, draft()).number
    with pytest.raises(ValidationError, match="closed only with a response recorded") as error:
        close(db, clerk, number, 3)
    assert error.value.field == "response"
    with pytest.raises(ValidationError) as error:
        close(db, clerk, number, 3, response=" ")
    assert error.value.field == "response"
    for satisfaction in (0, 6, True, None, "5", 4.0):
        with pytest.raises(ValidationError) as error:
            close(db, clerk, number, satisfaction, response="已处理")
        assert error.value.field == "satisfaction"
    view = get_complaint(db, clerk, number)
    assert (view.status, view.response, view.closed_at) == (ComplaintStatus.OPEN, "", None)
    done = close(db, clerk, number, 2, response="已协调停车位")
    assert (done.status, done.response, done.handled_by, done.satisfaction) == \
        (ComplaintStatus.CLOSED, "已协调停车位", "李前台", 2)


def test_bad_responses_are_refused_and_change_nothing(db, estate, clerk):
    received = utcnow() - timedelta(hours=1)
    number = receive(db, clerk, draft(received_at=received)).number
    respond(db, clerk, number, "回" * 300, "客服小陈")
    before = get_complaint(db, clerk, number)
    with pytest.raises(ValidationError, match="longer than 500 characters") as error:
        respond(db, clerk, number, "复" * 200, "客服小陈")  # 300 + a new line + 200
    assert error.value.field == "response"
    for response, by, field in (("", "客服小陈", "response"), ("回" * 501, "客服小陈", "response"),
                                ("已回复", "", "handled_by"), ("已回复", "陈" * 61, "handled_by")):
        with pytest.raises(ValidationError) as error:
            respond(db, clerk, number, response, by)
        assert error.value.field == field
    with pytest.raises(ValidationError, match="before the complaint was received") as error:
        respond(db, clerk, number, "已回复", "客服小陈", received - timedelta(minutes=5))
    assert error.value.field == "at"
    with pytest.raises(ValidationError) as error:
        close(db, clerk, number, 5, received - timedelta(minutes=5))
    assert error.value.field == "at"
    with pytest.raises(NotFound):
        respond(db, clerk, "TS2000000001", "已回复", "客服小陈")
    assert get_complaint(db, clerk, number) == before
    assert len(respond(db, clerk, number, "复" * 199, "客服小陈").response) == 500


def test_complaints_are_listed_newest_first_and_filtered(db, estate, clerk):
    old = receive(db, clerk, draft(received_at=at_site(3, 10)))
    middle = receive(db, clerk, draft(complainant="华信公司", unit="B-0101", category="parking",
                                      about="访客车位被占", received_at=at_site(2, 10)))
    new = receive(db, clerk, draft(complainant="王五", unit="", category="service", about="前台态度不好",
                                   contact="", received_at=at_site(1, 10)))
    close(db, clerk, old.number, 5, response="已处理")
    numbers = lambda **filters: [c.number for c in list_complaints(db, clerk, **filters)]  # noqa: E731
    assert numbers() == [new.number, middle.number]
    assert numbers(open_only=False) == [new.number, middle.number, old.number]
    assert numbers(open_only=False, search="zs") == [old.number]  # 张三 by pinyin initials
    assert numbers(search="b-01") == [middle.number]
    assert numbers(search="态度") == [new.number]
    assert numbers(open_only=False, search=old.number.lower()) == [old.number]
    assert numbers(open_only=False, since=today() - timedelta(days=2)) == [new.number, middle.number]
    assert numbers(open_only=False, until=today() - timedelta(days=2)) == [middle.number, old.number]
    assert numbers(open_only=False, since=today() - timedelta(days=2), until=today() - timedelta(days=2)) == \
        [middle.number]


# --- the handling rate -----------------------------------------------------------------------------------
def test_the_handling_rate_counts_complaints_closed_by_their_deadline(db, estate, clerk):
    in_time = receive(db, clerk, draft(received_at=at_site(10, 12))).number
    late = receive(db, clerk, draft(received_at=at_site(8, 12))).number
    handling = receive(db, clerk, draft(received_at=at_site(6, 12))).number
    receive(db, clerk, draft(received_at=at_site(5, 23, 30)))  # the last day of the period, still open
    outside_after = receive(db, clerk, draft(received_at=at_site(4, 0, 10))).number
    outside_before = receive(db, clerk, draft(received_at=at_site(11, 23, 50))).number
    close(db, clerk, in_time, 5, at_site(8, 12), response="已处理")  # exactly at the deadline: in time
    close(db, clerk, late, 3, at_site(6, 12, 1), response="已处理")  # a minute after its deadline
    respond(db, clerk, handling, "处理中", "客服小陈")
    close(db, clerk, outside_after, 5, at_site(3, 12), response="已处理")
    close(db, clerk, outside_before, 5, at_site(10, 0), response="已处理")
    assert get_complaint(db, clerk, in_time).closed_in_time is True
    assert get_complaint(db, clerk, late).closed_in_time is False
    rate = handling_rate(db, clerk, today() - timedelta(days=10), today() - timedelta(days=5))
    assert (rate.received, rate.closed_in_time, rate.closed_late, rate.still_open, rate.rate) == (4, 1, 1, 2, D("25.0"))
    assert (rate.since, rate.until) == (today() - timedelta(days=10), today() - timedelta(days=5))
    empty = handling_rate(db, clerk, today() - timedelta(days=30), today() - timedelta(days=20))
    assert (empty.received, empty.closed_in_time, empty.closed_late, empty.still_open, empty.rate) == (0, 0, 0, 0, None)
    whole = handling_rate(db, clerk, today() - timedelta(days=11), today())
    assert (whole.received, whole.closed_in_time, whole.rate) == (6, 3, D("50.0"))


def test_the_rate_is_a_percentage_with_one_decimal_rounded_half_up():
    assert [rate_of(part, whole) for part, whole in ((1, 16), (5, 16), (2, 3), (1, 3), (0, 5), (3, 3), (0, 0))] == \
        [D("6.3"), D("31.3"), D("66.7"), D("33.3"), D("0.0"), D("100.0"), None]


def test_the_period_of_the_handling_rate_is_checked(db, estate, clerk):
    with pytest.raises(ValidationError, match="The period ends") as error:
        handling_rate(db, clerk, date(2026, 5, 2), date(2026, 5, 1))
    assert error.value.field == "until"
    with pytest.raises(ValidationError) as error:
        handling_rate(db, clerk, "2026-05-01", date(2026, 5, 1))
    assert error.value.field == "since"


def test_the_cashier_cannot_keep_complaints(db, estate, clerk, cashier):
    number = receive(db, clerk, draft()).number
    for action in (lambda: receive(db, cashier, draft()), lambda: respond(db, cashier, number, "已处理", "张丽"),
                   lambda: close(db, cashier, number, 5, response="已处理"), lambda: list_complaints(db, cashier),
                   lambda: get_complaint(db, cashier, number),
                   lambda: handling_rate(db, cashier, today(), today())):
        with pytest.raises(PermissionDenied):
            action()
    assert table_count(db, "complaint") == 1
    assert get_complaint(db, clerk, number).status is ComplaintStatus.OPEN
