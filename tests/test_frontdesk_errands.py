"""Errands and bookings: requested, booked, done or cancelled in that order; a fee is whole fen, above zero and
at most 100000; put on the unit's account when done, it is one bill line that a payment settles."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.accounts.balances import balances
from app.accounts.payments import pay
from app.accounts.register import unit_id_of
from app.clock import today
from app.errors import NotFound, PermissionDenied, ValidationError
from app.frontdesk.errands import (
    ERRAND_KIND_CHINESE,
    ErrandDraft,
    ErrandKind,
    ErrandStatus,
    book,
    cancel,
    done,
    get_errand,
    list_errands,
    request,
)
from app.receipts.model import PaymentMethod
from db.models import AuditEntry, BillLine, Errand
from db.types import utcnow
from tests.conftest import table_count

YEAR = today().year
D = Decimal


def draft(**changes) -> ErrandDraft:
    values = dict(kind=ErrandKind.AIR_TICKET, requester="张三", details="5月1日 北京-上海 经济舱 1 张",
                  unit="a-1201", contact="13800000001")
    values.update(changes)
    return ErrandDraft(**values)


def owed(db, code: str) -> Decimal:
    with db.read() as session:
        unit_id = unit_id_of(session, code).id
        return balances(session, [unit_id]).get(unit_id, (D("0.00"), D("0.00")))[0]


# --- requests --------------------------------------------------------------------------------------------
def test_an_errand_is_numbered_as_it_is_requested(db, estate, clerk):
    wanted = utcnow() + timedelta(days=3)
    view = request(db, clerk, draft(wanted_at=wanted, fee=D("1250.5")))
    assert view.number == f"DB{YEAR}000001"
    assert (view.kind, view.status, view.open, view.unit, view.requester, view.contact) == \
        (ErrandKind.AIR_TICKET, ErrandStatus.REQUESTED, True, "A-1201", "张三", "13800000001")
    assert (view.details, view.wanted_at, view.fee, view.charged, view.taken_by) == \
        ("5月1日 北京-上海 经济舱 1 张", wanted, D("1250.50"), False, "李前台")
    assert (view.booked_at, view.booking, view.done_at, view.cancel_reason) == (None, "", None, "")
    assert view.requested_at <= utcnow()
    assert view.overdue() is False and view.overdue(wanted + timedelta(minutes=1)) is True
    hour = timedelta(hours=1)
    assert [view.due_soon(wanted - hour - timedelta(minutes=1)), view.due_soon(wanted - hour), view.due_soon(wanted),
            view.due_soon(wanted + timedelta(minutes=1))] == [False, True, True, False]  # then it is overdue
    assert get_errand(db, clerk, view.number.lower()) == view
    assert ERRAND_KIND_CHINESE[ErrandKind.HOUSEKEEPING] == "家政（阿姨）"
    with db.read() as session:
        assert session.scalar(select(Errand.kind)) == "air_ticket"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "errand")).one()
        assert (entry.action, entry.entity_id) == ("request", view.number)


@pytest.mark.parametrize("changes, field", [
    (dict(kind="pizza"), "kind"), (dict(requester=" "), "requester"), (dict(requester="张" * 61), "requester"),
    (dict(details=""), "details"), (dict(details="票" * 501), "details"), (dict(contact="1" * 41), "contact"),
    (dict(wanted_at=utcnow() + timedelta(days=367)), "wanted_at"),
    (dict(wanted_at=utcnow() - timedelta(days=367)), "wanted_at"),
    (dict(fee=D("0")), "fee"), (dict(fee=D("-5.00")), "fee"), (dict(fee=D("12.345")), "fee"),
    (dict(fee=D("100000.01")), "fee"), (dict(fee=12.5), "fee"), (dict(fee="12.50"), "fee"),
    (dict(fee=D("NaN")), "fee"),
])
def test_bad_input_is_refused_and_nothing_is_saved(db, estate, clerk, changes, field):
    with pytest.raises(ValidationError) as error:
        request(db, clerk, draft(**changes))
    assert error.value.field == field
    assert table_count(db, "errand") == 0


def test_an_unknown_unit_is_refused_and_its_number_is_not_used(db, estate, clerk):
    with pytest.raises(NotFound) as error:
        request(db, clerk, draft(unit="C-0101"))
    assert error.value.field == "unit"
    with pytest.raises(ValidationError, match="Give a date and time") as error:
        request(db, clerk, draft(wanted_at=datetime.now()))  # no zone
    assert error.value.field == "wanted_at"
    assert table_count(db, "errand") == 0
    assert request(db, clerk, draft(unit="", fee=D("100000.00"))).number == f"DB{YEAR}000001"


# --- booking and doing -----------------------------------------------------------------------------------
def test_an_errand_is_booked_then_done(db, estate, clerk, manager):
    number = request(db, clerk, draft(kind="taxi", details="明早 7:00 去首都机场 T3", fee=D("150.00"))).number
    booked = book(db, manager, number, " 京B·T1234 司机刘师傅 ", D("168.00"))
    assert (booked.status, booked.open, booked.booking, booked.fee) == (ErrandStatus.BOOKED, True,
                                                                        "京B·T1234 司机刘师傅", D("168.00"))
    assert booked.booked_at >= booked.requested_at
    finished = done(db, clerk, number)
    assert (finished.status, finished.open, finished.fee, finished.charged) == (ErrandStatus.DONE, False,
                                                                                D("168.00"), False)
    assert finished.done_at >= booked.booked_at
    assert table_count(db, "bill_line") == 0
    with pytest.raises(ValidationError, match=f"Errand {number} is done; you cannot cancel it") as error:
        cancel(db, clerk, number, "客户改主意")
    assert error.value.field == "status"
    assert get_errand(db, clerk, number) == finished
    with db.read() as session:
        assert [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "errand")
                                                  .order_by(AuditEntry.seq))] == ["request", "book", "finish"]


def test_the_steps_come_in_order(db, estate, clerk):
    number = request(db, clerk, draft()).number
    with pytest.raises(ValidationError, match=f"Errand {number} is requested; you cannot finish it"):
        done(db, clerk, number)
    with pytest.raises(ValidationError, match="before the errand was requested") as error:
        book(db, clerk, number, "CA1501 12A", at=utcnow() - timedelta(hours=1))
    assert error.value.field == "at"
    with pytest.raises(ValidationError) as error:
        book(db, clerk, number, "CA1501 12A", at=utcnow() + timedelta(minutes=10))
    assert error.value.field == "at"
    for booking, fee, field in (("", None, "booking"), ("订" * 201, None, "booking"), ("CA1501", D("0.00"), "fee")):
        with pytest.raises(ValidationError) as error:
            book(db, clerk, number, booking, fee)
        assert error.value.field == field
    with pytest.raises(NotFound):
        book(db, clerk, "DB2000000001", "CA1501")
    assert get_errand(db, clerk, number).status is ErrandStatus.REQUESTED
    booked = book(db, clerk, number, "CA1501 12A")
    assert booked.fee is None
    with pytest.raises(ValidationError, match="is booked; you cannot book it"):
        book(db, clerk, number, "CA1502")
    with pytest.raises(ValidationError, match="before the errand was booked"):
        done(db, clerk, number, at=booked.booked_at - timedelta(minutes=5))
    assert get_errand(db, clerk, number) == booked


def test_an_errand_is_cancelled_with_the_reason_before_it_is_done(db, estate, clerk):
    requested = request(db, clerk, draft()).number
    booked = request(db, clerk, draft(kind="hotel", details="国贸大酒店 2 晚")).number
    book(db, clerk, booked, "确认号 88321")
    with pytest.raises(ValidationError) as error:
        cancel(db, clerk, requested, " ")
    assert error.value.field == "reason"
    with pytest.raises(ValidationError):
        cancel(db, clerk, requested, "因" * 201)
    first = cancel(db, clerk, requested, "航班取消")
    second = cancel(db, clerk, booked, "行程改期")
    assert (first.status, first.open, first.cancel_reason) == (ErrandStatus.CANCELLED, False, "航班取消")
    assert (second.status, second.booking, second.cancel_reason) == (ErrandStatus.CANCELLED, "确认号 88321", "行程改期")
    with pytest.raises(ValidationError, match="is cancelled; you cannot book it"):
        book(db, clerk, requested, "CA1501")
    with pytest.raises(ValidationError, match="is cancelled; you cannot cancel it"):
        cancel(db, clerk, booked, "再取消")


# --- the unit's account ----------------------------------------------------------------------------------
def test_a_fee_put_on_the_account_is_one_bill_line_that_a_payment_settles(db, estate, clerk, cashier):
    owed_before = owed(db, "A-1201")
    number = request(db, clerk, draft(kind="flowers", details="生日花束一束", fee=D("200.00"))).number
    book(db, clerk, number, "花店 玫瑰 19 支")
    view = done(db, clerk, number, D("238.50"), charge_to_account=True)
    assert (view.status, view.fee, view.charged) == (ErrandStatus.DONE, D("238.50"), True)
    with db.read() as session:
        line = session.scalars(select(BillLine)).one()
        assert (line.unit_id, line.period, line.item, line.area, line.days, line.basis, line.amount, line.paid,
                line.run_id, line.source) == (unit_id_of(session, "A-1201").id, today().replace(day=1), "errand",
                                              D("0.00"), 0, f"代办 {number}", D("238.50"), D("0.00"), None, number)
    assert owed(db, "A-1201") == owed_before + D("238.50")
    payment = pay(db, cashier, "A-1201", D("238.50"), PaymentMethod.CASH)
    assert [(li.item, li.amount) for li in payment.receipt.lines] == [("委托代办费", D("238.50"))]
    assert owed(db, "A-1201") == owed_before
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "errand", AuditEntry.action == "finish")
                                ).one()
        assert '"charged": true' in entry.after and '"fee": "238.50"' in entry.after


def test_the_fee_known_before_is_charged_when_none_is_given(db, estate, clerk):
    number = request(db, clerk, draft(unit="B-0101", requester="华信公司", kind="laundry", details="西装 3 套",
                                      fee=D("90.00"))).number
    book(db, clerk, number, "干洗店 周三取")
    assert done(db, clerk, number, charge_to_account=True).charged is True
    assert owed(db, "B-0101") == D("90.00")


def test_a_charge_needs_a_unit_and_a_fee_and_refused_charges_leave_nothing(db, estate, clerk):
    without_unit = request(db, clerk, draft(unit="", fee=D("50.00"))).number
    without_fee = request(db, clerk, draft()).number
    for number in (without_unit, without_fee):
        book(db, clerk, number, "已订")
    with pytest.raises(ValidationError, match="names no unit") as error:
        done(db, clerk, without_unit, charge_to_account=True)
    assert error.value.field == "charge_to_account"
    with pytest.raises(ValidationError, match="Give the fee") as error:
        done(db, clerk, without_fee, charge_to_account=True)
    assert error.value.field == "fee"
    for fee in (D("0.00"), D("-1.00"), D("0.001"), D("100000.01"), 30.0):
        with pytest.raises(ValidationError) as error:
            done(db, clerk, without_fee, fee, charge_to_account=True)
        assert error.value.field == "fee"
    assert table_count(db, "bill_line") == 0
    for number in (without_unit, without_fee):
        view = get_errand(db, clerk, number)
        assert (view.status, view.charged, view.done_at) == (ErrandStatus.BOOKED, False, None)
    assert get_errand(db, clerk, without_fee).fee is None
    assert done(db, clerk, without_fee, D("100000.00"), charge_to_account=True).charged is True
    assert owed(db, "A-1201") == D("100000.00")


# --- the list --------------------------------------------------------------------------------------------
def test_errands_are_listed_newest_first_and_filtered(db, estate, clerk):
    ticket = request(db, clerk, draft()).number
    cleaning = request(db, clerk, draft(kind="housekeeping", requester="王五", unit="A-1301",
                                        details="周六上午保洁阿姨 3 小时")).number
    shop = request(db, clerk, draft(kind="restaurant", requester="华信公司", unit="B-0101", details="周五晚 10 人包间"))
    book(db, clerk, shop.number, "全聚德 包间 牡丹厅")
    cancel(db, clerk, ticket, "不去了")
    numbers = lambda **filters: [e.number for e in list_errands(db, clerk, **filters)]  # noqa: E731
    assert numbers() == [shop.number, cleaning]
    assert numbers(open_only=False) == [shop.number, cleaning, ticket]
    assert numbers(open_only=False, kind=ErrandKind.AIR_TICKET) == [ticket]
    assert numbers(search="ww") == [cleaning]  # 王五 by pinyin initials
    assert numbers(search="a-13") == [cleaning]
    assert numbers(search="牡丹") == [shop.number]
    assert numbers(search="包间") == [shop.number]
    assert numbers(open_only=False, search=ticket.lower()) == [ticket]
    with pytest.raises(ValidationError) as error:
        list_errands(db, clerk, kind="pizza")
    assert error.value.field == "kind"


def test_the_cashier_cannot_book_errands(db, estate, clerk, cashier):
    number = request(db, clerk, draft(fee=D("10.00"))).number
    for action in (lambda: request(db, cashier, draft()), lambda: book(db, cashier, number, "已订"),
                   lambda: done(db, cashier, number, charge_to_account=True),
                   lambda: cancel(db, cashier, number, "不要了"), lambda: list_errands(db, cashier),
                   lambda: get_errand(db, cashier, number)):
        with pytest.raises(PermissionDenied):
            action()
    assert table_count(db, "errand") == 1
    assert get_errand(db, clerk, number).status is ErrandStatus.REQUESTED
