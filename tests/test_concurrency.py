"""Several desks at once: processes taking payments and business-centre receipts on one database at the same
time (four on PostgreSQL, two on one SQLite file), then every number, receipt and balance checked."""

import multiprocessing
import random
import time
from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select

from app.accounts.balances import balances
from app.accounts.billing import run_billing
from app.accounts.fees import set_rate
from app.accounts.payments import pay
from app.accounts.register import add_building, check_entry, save_unit
from app.audit import verify
from app.auth import login
from app.business.model import LineDraft, OrderDraft
from app.business.orders import create_order, settle
from app.business.price_list import demo_price_list, list_services, load_price_list
from app.database import open_database
from app.permissions import Role
from app.users import add_user
from db.models import Allocation, BillLine, BusinessOrder, DocumentSequence, Payment, Receipt, Refund, Unit
from tests.backends import BACKEND, POSTGRESQL
from tests.conftest import USER_PASSWORD

D = Decimal
PROCESSES = 4 if BACKEND == POSTGRESQL else 2
EACH = 250  # payments, and as many business-centre receipts, per process
ROOMS = [f"{floor:02d}01" for floor in range(1, 13)]
JOBS = (("黑白复印 A4", "3"), ("彩色打印 A4", "2"), ("扫描", "5"))


def _site(db, admin):
    """Twelve flats billed for two months, the demo price list, a cashier and an operator per desk."""
    add_building(db, admin, "A", 12, True, False)
    for item, rate in (("property", "2.50"), ("lift", "0.60")):
        set_rate(db, admin, item, "residential", D(rate), datetime(2026, 1, 1).date())
    for index, room in enumerate(ROOMS):
        save_unit(db, admin, check_entry("A", room, index + 1, f"{80 + index}.50", "住宅", f"业主{index}", "",
                                         "2025-12-01"))
    run_billing(db, admin, "2026-01", now=datetime(2026, 2, 1, 2, 0, tzinfo=UTC))
    run_billing(db, admin, "2026-02", now=datetime(2026, 3, 1, 2, 0, tzinfo=UTC))
    load_price_list(db, admin, demo_price_list())
    for desk in range(PROCESSES):
        add_user(db, admin, f"cashier{desk}", Role.CASHIER, USER_PASSWORD)
        add_user(db, admin, f"operator{desk}", Role.BUSINESS_CENTRE, USER_PASSWORD)
    return {service.name: service.id for service in list_services(db, admin)}


def _desk(url: str, desk: int, services: dict, start, results) -> None:
    """One desk: EACH payments and EACH walk-in jobs settled, interleaved, as fast as it can."""
    db = open_database(url)
    cashier = login(db, f"cashier{desk}", USER_PASSWORD)
    operator = login(db, f"operator{desk}", USER_PASSWORD)
    chance = random.Random(desk)
    done = []
    start.wait()
    for _ in range(EACH):
        unit = f"A-{chance.choice(ROOMS)}"
        amount = D(chance.randint(100, 60000)) / 100
        paid = pay(db, cashier, unit, amount, chance.choice(("cash", "wechat", "alipay")))
        done.append(("fee", paid.receipt.number, unit, str(amount)))
        name, quantity = chance.choice(JOBS)
        order = create_order(db, operator, OrderDraft(customer=f"客户{desk}", phone="13900000000",
                                                      lines=(LineDraft(services[name], D(quantity)),)))
        settled = settle(db, operator, order.number, "cash")
        done.append(("business", settled.receipt.number, order.number, str(settled.receipt.total)))
    db.close()
    results.put((desk, done))


def collect(results, processes, limit_s=600) -> dict:
    """What each process reported; stops at once when one of them died instead of reporting."""
    import queue

    found, deadline = {}, time.monotonic() + limit_s
    while len(found) < len(processes):
        try:
            desk, done = results.get(timeout=1)
            found[desk] = done
        except queue.Empty:
            dead = [p.exitcode for p in processes if p.exitcode not in (None, 0)]
            assert not dead, f"a desk process failed (exit codes {dead}); its traceback is above"
            assert time.monotonic() < deadline, "the desks did not finish in time"
    return found


def test_desks_at_once_issue_unique_gapless_numbers_and_balances_add_up(db, admin, figures):
    services = _site(db, admin)
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    desks = [context.Process(target=_desk, args=(db.url, desk, services, start, results))
             for desk in range(PROCESSES)]
    for desk in desks:
        desk.start()
    began = time.perf_counter()
    start.set()
    logs = collect(results, desks)
    elapsed = time.perf_counter() - began
    for desk in desks:
        desk.join(60)
        assert desk.exitcode == 0
    done = [entry for desk in range(PROCESSES) for entry in logs[desk]]
    operations = 2 * PROCESSES * EACH
    assert len(done) == operations

    with db.read() as session:
        receipts = dict(session.execute(select(Receipt.number, Receipt.total)).all())
        payments = session.execute(select(Payment.receipt_number, Payment.amount, Unit.code)
                                   .join(Unit, Unit.id == Payment.unit_id)).all()
        orders = session.scalars(select(BusinessOrder.number)).all()
        sequences = {(row.series, row.year): row.last_value for row in session.scalars(select(DocumentSequence))}
        bill_lines = session.execute(select(BillLine.id, BillLine.unit_id, BillLine.amount, BillLine.paid)).all()
        allocated = dict(session.execute(select(Allocation.bill_line_id, func.sum(Allocation.amount))
                                         .group_by(Allocation.bill_line_id)).all())
        refunded = session.scalar(select(func.count()).select_from(Refund))
        accounts = balances(session)
        units = dict(session.execute(select(Unit.id, Unit.code)).all())

    # Every receipt a desk was given is in the database, once, with its amount; nothing else is.
    numbers = [number for _kind, number, *_rest in done]
    assert len(set(numbers)) == operations
    assert set(receipts) == set(numbers)
    assert all(receipts[number] == D(amount) for _kind, number, _what, amount in done)
    # Each series is 1..N with no gap, and its counter stands at N.
    by_series = defaultdict(list)
    for number in [*receipts, *orders]:
        by_series[(number[:2], int(number[2:6]))].append(int(number[6:]))
    assert {series for series, _year in by_series} == {"SK", "SW", "SF"}
    for key, values in by_series.items():
        assert sorted(values) == list(range(1, len(values) + 1)), key
        assert sequences[key] == len(values)
    assert sum(len(v) for (series, _y), v in by_series.items() if series == "SK") == PROCESSES * EACH
    # Every payment has its receipt, for its unit and amount.
    paid = {(number, unit, D(amount)) for kind, number, unit, amount in done if kind == "fee"}
    assert {(number, unit, amount) for number, amount, unit in payments} == paid
    # Balances equal the movements: each line's paid is the sum of its allocations; each unit's credit is what
    # it paid less what was allocated (no refunds here).
    assert refunded == 0
    assert all(line.paid == allocated.get(line.id, D("0.00")) for line in bill_lines)
    received = defaultdict(lambda: D("0.00"))
    for _number, amount, unit in payments:
        received[unit] += amount
    for unit_id, (outstanding, credit) in accounts.items():
        lines = [line for line in bill_lines if line.unit_id == unit_id]
        assert outstanding == sum((line.amount - line.paid for line in lines), D("0.00"))
        assert credit == received[units[unit_id]] - sum((line.paid for line in lines), D("0.00"))
        assert outstanding == 0 or credit == 0  # money is never left as credit while a bill is unpaid
    assert verify(db, admin).ok
    figures(f"concurrency ({BACKEND}): {PROCESSES} processes x ({EACH} payments + {EACH} business receipts) = "
            f"{operations} receipts in {elapsed:.1f} s, {operations / elapsed:.0f} per second; numbers unique and "
            f"gapless, balances equal their movements")
