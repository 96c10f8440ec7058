"""The visitor log: only the last digits of an ID are kept, a badge is worn by one visitor at a time, a visit
is signed out once and never before it began, visits still inside after their day stand out, and the slip."""

import io
from datetime import datetime, time, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.clock import SITE_ZONE, format_local, today
from app.errors import NotFound, PermissionDenied, ValidationError
from app.frontdesk.visitors import (
    IdType,
    VisitorDraft,
    get_visitor,
    list_visitors,
    sign_in,
    sign_out,
    still_inside,
    visitor_slip_pdf,
)
from db.models import AuditEntry, Visitor
from db.types import utcnow
from tests.conftest import Soon, resolved, table_count

YEAR = today().year
FULL_ID = "110101199001011234"


def draft(**changes) -> VisitorDraft:
    values = dict(name="赵六", id_type=IdType.ID_CARD, id_tail="1234", company="华信科技", unit="A-1201",
                  host="张三", purpose="商务洽谈", people=2, badge="V01", phone="13900000009")
    values.update(changes)
    return VisitorDraft(**values)


def noon(days_ago: int) -> datetime:
    """Noon of the site's day ``days_ago`` days before today."""
    return datetime.combine(today() - timedelta(days=days_ago), time(12), tzinfo=SITE_ZONE)


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# --- signing in ------------------------------------------------------------------------------------------
def test_sign_in_keeps_the_visit_with_the_last_digits_only(db, estate, clerk):
    came = utcnow() - timedelta(minutes=30)
    visit = sign_in(db, clerk, draft(time_in=came, badge=" v01 "))
    assert visit.number == f"FK{YEAR}000001"
    assert (visit.name, visit.id_type, visit.id_tail, visit.masked_id) == ("赵六", IdType.ID_CARD, "1234", "****1234")
    assert (visit.company, visit.unit, visit.host, visit.purpose) == ("华信科技", "A-1201", "张三", "商务洽谈")
    assert (visit.people, visit.badge, visit.phone) == (2, "V01", "13900000009")
    assert (visit.time_in, visit.time_out, visit.inside, visit.recorded_by) == (came, None, True, "李前台")
    assert get_visitor(db, clerk, visit.number.lower()) == visit
    with db.read() as session:
        row = session.scalar(select(Visitor))
        assert (row.id_type, row.id_tail, row.unit_id is not None) == ("id_card", "1234", True)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "visitor")).one()
        assert (entry.action, entry.entity_id, entry.username) == ("sign_in", visit.number, "clerk")
    assert sign_in(db, clerk, draft(badge="V02")).number == f"FK{YEAR}000002"


@pytest.mark.parametrize("tail, id_type, kept", [
    ("1234", IdType.ID_CARD, "1234"), ("123456", IdType.PASSPORT, "123456"), ("12345x", IdType.ID_CARD, "12345X"),
    (" 56 78 ", IdType.TAIWAN, "5678"), ("", IdType.NONE, ""),
])
def test_four_to_six_last_digits_are_accepted(db, estate, clerk, tail, id_type, kept):
    visit = sign_in(db, clerk, draft(id_tail=tail, id_type=id_type))
    assert (visit.id_tail, visit.masked_id) == (kept, f"****{kept}" if kept else "")


@pytest.mark.parametrize("tail", [FULL_ID, "11010119900101123X", "1234567", "110101 19900101 1234"])
def test_a_full_id_number_is_refused_with_a_note_that_only_the_last_digits_are_kept(db, estate, clerk, tail):
    audited = table_count(db, "audit_entry")
    with pytest.raises(ValidationError) as error:
        sign_in(db, clerk, draft(id_tail=tail))
    assert error.value.field == "id_tail"
    assert str(error.value) == ("Only the last 4 to 6 digits of an ID are kept; the full number is never stored. "
                                "Type the last digits only")
    assert FULL_ID not in str(error.value)
    assert table_count(db, "visitor") == 0
    assert table_count(db, "audit_entry") == audited
    assert sign_in(db, clerk, draft()).number == f"FK{YEAR}000001"  # no number was used up


@pytest.mark.parametrize("field, value", [("phone", FULL_ID), ("company", f"身份证{FULL_ID}"),
                                          ("purpose", "证件 110101900101123")])
def test_a_full_id_number_typed_into_another_field_is_refused_too(db, estate, clerk, field, value):
    with pytest.raises(ValidationError, match="full number is never stored") as error:
        sign_in(db, clerk, draft(**{field: value}))
    assert error.value.field == field
    assert table_count(db, "visitor") == 0


@pytest.mark.parametrize("tail, id_type", [("123", IdType.ID_CARD), ("", IdType.PASSPORT), ("12a4", IdType.OTHER),
                                           ("12345X", IdType.PASSPORT), ("X234", IdType.ID_CARD),
                                           ("1234", IdType.NONE)])
def test_last_digits_that_are_not_digits_or_too_few_are_refused(db, estate, clerk, tail, id_type):
    with pytest.raises(ValidationError) as error:
        sign_in(db, clerk, draft(id_tail=tail, id_type=id_type))
    assert error.value.field == "id_tail"
    assert table_count(db, "visitor") == 0


@pytest.mark.parametrize("changes, field", [
    (dict(name=""), "name"), (dict(name="名" * 61), "name"), (dict(id_type="driving"), "id_type"),
    (dict(unit="", host=""), "host"), (dict(purpose=""), "purpose"), (dict(people=0), "people"),
    (dict(people=51), "people"), (dict(people=True), "people"), (dict(badge="B" * 21), "badge"),
    (dict(time_in=Soon(10)), "time_in"),
])
def test_bad_input_is_refused_and_nothing_is_saved(db, estate, clerk, changes, field):
    with pytest.raises(ValidationError) as error:
        sign_in(db, clerk, draft(**resolved(changes)))
    assert error.value.field == field
    assert table_count(db, "visitor") == 0


def test_a_unit_or_a_person_is_enough_and_an_unknown_unit_is_refused(db, estate, clerk):
    assert sign_in(db, clerk, draft(unit="", host="王经理", badge="")).unit == ""
    assert sign_in(db, clerk, draft(unit="b-0101", host="", badge="")).host == ""
    with pytest.raises(NotFound) as error:
        sign_in(db, clerk, draft(unit="Z-9999", badge=""))
    assert error.value.field == "unit"
    assert table_count(db, "visitor") == 2


def test_a_time_without_its_zone_is_refused(db, estate, clerk):
    with pytest.raises(ValidationError, match="Give a date and time") as error:
        sign_in(db, clerk, draft(time_in=datetime(2026, 5, 1, 9, 0)))
    assert error.value.field == "time_in" and table_count(db, "visitor") == 0


def test_a_badge_worn_by_a_visitor_still_inside_is_refused(db, estate, clerk):
    first = sign_in(db, clerk, draft(badge="V07"))
    with pytest.raises(ValidationError) as error:
        sign_in(db, clerk, draft(name="钱七", badge="v07"))
    assert error.value.field == "badge"
    assert str(error.value) == f"Badge V07 is worn by 赵六 ({first.number}), who has not signed out"
    assert table_count(db, "visitor") == 1
    sign_out(db, clerk, first.number)
    assert sign_in(db, clerk, draft(name="钱七", badge="V07")).badge == "V07"


# --- signing out -----------------------------------------------------------------------------------------
def test_sign_out_once_and_never_before_the_time_in(db, estate, clerk):
    came = utcnow() - timedelta(hours=2)
    visit = sign_in(db, clerk, draft(time_in=came))
    with pytest.raises(ValidationError) as error:
        sign_out(db, clerk, visit.number, at=came - timedelta(hours=1))
    assert error.value.field == "time_out"
    assert str(error.value) == (f"The time out ({format_local(came - timedelta(hours=1))}) cannot be before the "
                                f"time in ({format_local(came)})")
    with pytest.raises(ValidationError) as error:
        sign_out(db, clerk, visit.number, at=utcnow() + timedelta(minutes=10))
    assert error.value.field == "time_out"
    assert get_visitor(db, clerk, visit.number).time_out is None
    left = came + timedelta(hours=1)
    out = sign_out(db, clerk, visit.number, at=left)
    assert (out.time_out, out.inside) == (left, False)
    with pytest.raises(ValidationError) as error:
        sign_out(db, clerk, visit.number)
    assert error.value.field == "number"
    assert str(error.value) == f"{visit.number} (赵六) signed out at {format_local(left)} already"
    assert get_visitor(db, clerk, visit.number).time_out == left
    with pytest.raises(NotFound):
        sign_out(db, clerk, f"FK{YEAR}999999")


def test_a_time_out_typed_to_the_minute_of_the_time_in_is_the_time_in(db, estate, clerk):
    came = utcnow().replace(second=40, microsecond=0) - timedelta(minutes=3)
    visit = sign_in(db, clerk, draft(time_in=came))
    assert sign_out(db, clerk, visit.number, at=came.replace(second=0)).time_out == came


# --- lists -----------------------------------------------------------------------------------------------
@pytest.fixture
def visits(db, estate, clerk):
    """Three days of visits: 赵六 came two days ago and never signed out; 孙八 came yesterday and left;
    钱七 came today and is inside."""
    old = sign_in(db, clerk, draft(time_in=noon(2), badge="V01"))
    gone = sign_in(db, clerk, draft(name="孙八", company="远大物流", unit="B-0101", host="", badge="V02",
                                    time_in=noon(1), id_type=IdType.PASSPORT, id_tail="778899"))
    sign_out(db, clerk, gone.number, at=noon(1) + timedelta(hours=1))
    now = sign_in(db, clerk, draft(name="钱七", company="", unit="", host="王经理", badge="V03"))
    return old, gone, now


def test_visits_are_listed_newest_first_and_filtered(db, clerk, visits):
    old, gone, now = visits
    numbers = lambda views: [v.number for v in views]  # noqa: E731
    assert numbers(list_visitors(db, clerk)) == [now.number, gone.number, old.number]
    assert numbers(list_visitors(db, clerk, inside_only=True)) == [now.number, old.number]
    assert numbers(list_visitors(db, clerk, on=today() - timedelta(days=1))) == [gone.number]
    assert numbers(list_visitors(db, clerk, on=today())) == [now.number]
    assert numbers(list_visitors(db, clerk, on=today() - timedelta(days=3))) == []
    assert numbers(list_visitors(db, clerk, search="孙")) == [gone.number]
    assert numbers(list_visitors(db, clerk, search="sb")) == [gone.number]  # 孙八 by pinyin initials
    assert numbers(list_visitors(db, clerk, search="远大")) == [gone.number]
    assert numbers(list_visitors(db, clerk, search="b-0101")) == [gone.number]
    assert numbers(list_visitors(db, clerk, search="王经理")) == [now.number]
    assert numbers(list_visitors(db, clerk, search="v03")) == [now.number]
    assert numbers(list_visitors(db, clerk, search=old.number)) == [old.number]
    assert numbers(list_visitors(db, clerk, search="zl", inside_only=True)) == [old.number]
    assert numbers(list_visitors(db, clerk, limit=1)) == [now.number]


def test_visits_still_inside_after_their_day_stand_out(db, clerk, visits):
    old, gone, now = visits
    assert [v.number for v in still_inside(db, clerk)] == [old.number]
    assert [v.number for v in still_inside(db, clerk, on=today())] == [old.number, now.number]
    assert still_inside(db, clerk, on=today() - timedelta(days=3)) == []
    views = {v.number: v for v in list_visitors(db, clerk)}
    assert views[old.number].overdue() is True
    assert views[now.number].overdue() is False
    assert views[now.number].overdue(today() + timedelta(days=1)) is True
    assert views[gone.number].overdue() is False
    assert views[old.number].overdue(today() - timedelta(days=2)) is False


# --- the slip --------------------------------------------------------------------------------------------
def test_the_slip_shows_the_visit_and_never_the_full_id(db, estate, clerk):
    came = utcnow() - timedelta(hours=1)
    visit = sign_in(db, clerk, draft(time_in=came))
    text = pdf_text(visitor_slip_pdf(db, clerk, visit.number))
    for value in ("访客登记单", visit.number, "赵六", "身份证", "****1234", "华信科技", "A-1201", "张三", "商务洽谈",
                  "2 人", "V01", "13900000009", format_local(came), "____年__月__日 __:__", "被访人签字", "前台",
                  "李前台"):
        assert value in text, value
    assert FULL_ID not in text
    left = came + timedelta(minutes=45)
    sign_out(db, clerk, visit.number, at=left)
    text = pdf_text(visitor_slip_pdf(db, clerk, visit.number))
    assert format_local(left) in text
    assert "____年__月__日 __:__" not in text


def test_the_slip_of_a_visit_without_id_says_so(db, estate, clerk):
    visit = sign_in(db, clerk, draft(id_type=IdType.NONE, id_tail=""))
    text = pdf_text(visitor_slip_pdf(db, clerk, visit.number))
    assert "未出示" in text
    assert "****" not in text


# --- permissions -----------------------------------------------------------------------------------------
def test_the_cashier_cannot_keep_the_visitor_log(db, estate, clerk, cashier):
    visit = sign_in(db, clerk, draft())
    for action in (lambda: sign_in(db, cashier, draft(badge="V09")), lambda: sign_out(db, cashier, visit.number),
                   lambda: list_visitors(db, cashier), lambda: get_visitor(db, cashier, visit.number),
                   lambda: still_inside(db, cashier), lambda: visitor_slip_pdf(db, cashier, visit.number)):
        with pytest.raises(PermissionDenied):
            action()
    assert table_count(db, "visitor") == 1
    assert get_visitor(db, clerk, visit.number).time_out is None
    assert [v.number for v in list_visitors(db, estate)] == [visit.number]  # a manager may


def test_a_visitors_pinyin_initials_are_kept_with_the_visit_for_the_search(db, estate, clerk):
    wang = sign_in(db, clerk, draft(name="王小明", badge="V21"))
    sign_in(db, clerk, draft(name="赵A6", badge="V22"))
    with db.read() as session:
        kept = dict(session.execute(select(Visitor.name, Visitor.initials)).all())
    assert kept == {"王小明": "wxm", "赵A6": "za6"}  # letters and digits kept, lower case
    assert [v.number for v in list_visitors(db, clerk, search="wxm")] == [wang.number]
    assert [v.number for v in list_visitors(db, clerk, search="XM")] == [wang.number]  # any case, any part
    assert list_visitors(db, clerk, search="wxmz") == []
    sign_out(db, clerk, wang.number)  # a change to the visit keeps its initials
    with db.read() as session:
        assert session.scalar(select(Visitor.initials).where(Visitor.number == wang.number)) == "wxm"
