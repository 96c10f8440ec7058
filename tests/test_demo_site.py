"""``app.demo.generate`` and ``frontoffice-admin demo``: a generated site is one the services could have written
(every invariant they keep holds, and they read it), the same seed gives the same site, and what is refused
writes nothing."""

import json
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app import audit
from app.accounts.balances import balances
from app.accounts.billing import ITEMS, line_amount, rate_segments, run_billing
from app.accounts.fees import rate_table
from app.accounts.model import FEE_ITEM_CHINESE, FeeItem, period_end
from app.accounts.payments import PREPAYMENT, pay, periods_text
from app.accounts.register import list_units
from app.clock import SITE_ZONE, today
from app.demo import MAX_UNITS, generate
from app.errors import PermissionDenied, ValidationError
from app.numbering import format_number
from app.progress import Cancelled
from app.receipts.check_code import payload
from app.receipts.records import verify_code
from app.repairs.model import WORK_MACHINE, WorkStatus
from db.base import Base
from db.models import (
    Allocation,
    AuditEntry,
    BillingRun,
    BillLine,
    Building,
    CheckItem,
    DocumentSequence,
    FireNotice,
    Inspection,
    InspectionAnswer,
    Parcel,
    Party,
    Payment,
    Receipt,
    ReceiptLine,
    Unit,
    UnitParty,
    Visitor,
    WorkLine,
    WorkOrder,
    WorkStep,
)
from db.types import utcnow
from tests.backends import new_database

UNITS, YEARS = 300, 2
NUMBERED = {"SK": Receipt, "WX": WorkOrder, "XJ": Inspection, "ZG": FireNotice, "FK": Visitor, "YJ": Parcel}
TIMES = (WorkStep.at, WorkStep.recorded_at, Inspection.started_at, Inspection.finished_at, InspectionAnswer.answered_at,
         FireNotice.issued_at, FireNotice.closed_at, Visitor.time_in, Visitor.time_out, Parcel.arrived_at,
         Parcel.picked_up_at)


def periods_billed(day: date, years: int) -> list[date]:
    index = day.year * 12 + day.month - 1
    return [date((index - back) // 12, (index - back) % 12 + 1, 1) for back in range(12 * years, 0, -1)]


def month_of(moment: datetime) -> tuple[int, int]:
    local = moment.astimezone(SITE_ZONE)
    return local.year, local.month


@pytest.fixture
def demo(db, admin):
    summary = generate(db, admin, UNITS, YEARS, seed=5)
    return summary


def test_the_bills_are_those_the_billing_run_makes(db, admin, demo):
    periods = periods_billed(today(), YEARS)
    with db.read() as session:
        rates = rate_table(session)
        units = session.execute(select(Unit.id, Unit.area, Unit.unit_type, Unit.handover_date, Building.has_lift,
                                       Building.has_water).join(Building, Building.id == Unit.building_id)).all()
        lines = {(unit_id, period, item): (amount, basis, run_id) for unit_id, period, item, amount, basis, run_id
                 in session.execute(select(BillLine.unit_id, BillLine.period, BillLine.item, BillLine.amount,
                                           BillLine.basis, BillLine.run_id).where(BillLine.run_id.is_not(None)))}
        assert session.scalar(select(func.count()).select_from(BillLine).where(BillLine.run_id.is_(None))) == 0
    assert len(units) == UNITS and demo.units == UNITS
    expected = {}
    for unit_id, area, unit_type, handover, lift, water in units:
        for period in periods:
            last = period_end(period)
            if handover is None or handover > last:
                continue
            for item in ITEMS[(lift, water)]:
                segments = rate_segments(rates.get((item, unit_type), []), max(period, handover), last)
                if segments:
                    expected[(unit_id, period, item)] = line_amount(area, segments, last.day)
    assert len(expected) == len(lines) == demo.bill_lines > UNITS * 12 * YEARS
    assert {key: amount for key, (amount, _basis, _run) in lines.items()} == expected
    assert len({run for _amount, _basis, run in lines.values()}) == len({period for _u, period, _i in lines}) \
        == 12 * YEARS
    assert any("+" in basis for _amount, basis, _run in lines.values())  # the fee rise in the middle of a month splits it


def test_every_payment_is_allocated_and_receipted_as_the_payment_service_does(db, admin, demo):
    with db.read() as session:
        payments = session.execute(select(Payment.id, Payment.unit_id, Payment.amount, Payment.business_date,
                                          Payment.receipt_number)).all()
        receipts = {row.number: row for row in session.execute(select(
            Receipt.id, Receipt.number, Receipt.kind, Receipt.total, Receipt.unit, Receipt.payer, Receipt.business_date,
            Receipt.issued_at))}
        allocations = session.execute(select(Allocation.bill_line_id, Allocation.payment_id, Allocation.amount,
                                             Allocation.business_date)).all()
        lines = {row.id: row for row in session.execute(select(BillLine.id, BillLine.item, BillLine.period,
                                                                BillLine.amount, BillLine.paid))}
        parties = session.execute(select(UnitParty.unit_id, Party.name).join(Party)).all()
        codes = dict(session.execute(select(Unit.id, Unit.code)).all())
        views = defaultdict(list)
        for row in session.execute(select(ReceiptLine.receipt_id, ReceiptLine.item, ReceiptLine.amount,
                                          ReceiptLine.period).order_by(ReceiptLine.receipt_id, ReceiptLine.position)):
            views[row.receipt_id].append(row)
    assert len(payments) == len(receipts) == demo.payments == demo.receipts > UNITS * YEARS
    by_payment, by_line = defaultdict(list), defaultdict(Decimal)
    for allocation in allocations:
        by_line[allocation.bill_line_id] += allocation.amount
        if allocation.payment_id is not None:
            by_payment[allocation.payment_id].append(allocation)
    names = defaultdict(set)
    for unit_id, name in parties:
        names[unit_id].add(name)
    for line in lines.values():
        assert line.paid == by_line.get(line.id, Decimal("0.00")) and Decimal("0.00") <= line.paid <= line.amount
    prepaid = 0
    for payment in payments:
        receipt = receipts[payment.receipt_number]
        parts = by_payment[payment.id]
        credit = payment.amount - sum((part.amount for part in parts), Decimal("0.00"))
        assert receipt.total == payment.amount == sum((line.amount for line in views[receipt.id]), Decimal("0"))
        assert credit >= 0 and receipt.kind == "fee" and receipt.unit == codes[payment.unit_id]
        assert receipt.payer in names[payment.unit_id] | {receipt.unit}
        assert receipt.business_date == payment.business_date == today(receipt.issued_at)
        assert all(part.business_date == payment.business_date for part in parts)
        # One line per fee item, in the order of the items, with its periods; one for what is paid ahead.
        items = defaultdict(list)
        for part in parts:
            items[FeeItem(lines[part.bill_line_id].item)].append(part)
        wanted = [(FEE_ITEM_CHINESE[item], sum((p.amount for p in items[item]), Decimal("0.00")),
                   periods_text([lines[p.bill_line_id].period for p in items[item]]))
                  for item in FeeItem if item in items]
        if credit:
            wanted.append((PREPAYMENT, credit, ""))
            prepaid += 1
        assert [(line.item, line.amount, line.period) for line in views[receipt.id]] == wanted
    assert prepaid  # some pay ahead: the billing runs apply that credit
    assert any(allocation.payment_id is None for allocation in allocations)


def test_numbers_are_gapless_and_the_next_payment_takes_the_next(db, admin, demo):
    with db.read() as session:
        sequences = {(row.series, row.year): row.last_value for row in session.scalars(select(DocumentSequence))}
        for series, model in NUMBERED.items():
            numbers = sorted(session.scalars(select(model.number)))
            by_year = defaultdict(list)
            for number in numbers:
                by_year[int(number[len(series):len(series) + 4])].append(number)
            assert by_year, series
            for year, taken in by_year.items():
                assert taken == [format_number(series, year, n) for n in range(1, len(taken) + 1)]
                assert sequences[(series, year)] == len(taken)
        # Numbers follow the order the documents were made in.
        issued = [number for number, in session.execute(select(Receipt.number).order_by(Receipt.issued_at))]
        assert issued == sorted(issued, key=lambda n: (n[2:6], n))
        unit = session.scalar(select(Unit.code).join(UnitParty).where(UnitParty.pays.is_(True)).limit(1))
    year = today().year
    result = pay(db, admin, unit, Decimal("100.00"), "cash")
    assert result.receipt.number == format_number("SK", year, sequences.get(("SK", year), 0) + 1)


def test_the_services_read_the_generated_site(db, admin, demo):
    with db.read() as session:
        owners = session.execute(select(Unit.code, Party.name, Party.initials).join(UnitParty, UnitParty.unit_id == Unit.id)
                                 .join(Party, Party.id == UnitParty.party_id)
                                 .where(UnitParty.pays.is_(True), UnitParty.move_out.is_(None))
                                 .order_by(Unit.id)).all()
        payers = session.execute(select(UnitParty.unit_id, func.count()).where(
            UnitParty.pays.is_(True), UnitParty.move_out.is_(None)).group_by(UnitParty.unit_id)).all()
        sample = session.scalars(select(Unit.id).order_by(Unit.id).limit(40)).all()
        billed = dict(session.execute(select(BillLine.unit_id, func.sum(BillLine.amount)).group_by(BillLine.unit_id))
                      .all())
        paid = dict(session.execute(select(BillLine.unit_id, func.sum(BillLine.paid)).group_by(BillLine.unit_id)).all())
        received = dict(session.execute(select(Payment.unit_id, func.sum(Payment.amount)).group_by(Payment.unit_id))
                        .all())
        owed = balances(session, sample)
        receipt = session.execute(select(Receipt.number, Receipt.business_date, Receipt.total, Receipt.check_code)
                                  .order_by(Receipt.id.desc()).limit(1)).one()
    assert all(count == 1 for _unit, count in payers)  # one payer at a time
    assert len(owners) > UNITS * 0.9
    code, name, initials = owners[7]
    assert code in {view.code for view in list_units(db, admin, name)}
    assert code in {view.code for view in list_units(db, admin, initials)}
    for unit_id in sample:  # the account's balance is what the rows say
        outstanding, credit = owed.get(unit_id, (Decimal("0.00"), Decimal("0.00")))
        zero = Decimal("0.00")
        assert outstanding == billed.get(unit_id, zero) - paid.get(unit_id, zero)
        assert credit == received.get(unit_id, zero) - paid.get(unit_id, zero)
    assert any(value[0] > 0 for value in owed.values()) and any(value[0] == 0 for value in owed.values())
    check = verify_code(db, admin, payload(receipt.number, receipt.business_date, receipt.total, receipt.check_code))
    assert check.valid, check.problem
    verification = audit.verify(db, admin)
    assert verification.ok, verification.problems
    with db.read() as session:
        entry = session.scalar(select(AuditEntry.after).where(AuditEntry.action == "generate"))
    assert json.loads(entry)["units"] == UNITS
    # The next month is billed by the service on top of it, applying the credit paid ahead.
    this_month = today().replace(day=1)
    following = period_end(this_month) + timedelta(days=1)
    result = run_billing(db, admin, f"{this_month:%Y-%m}",
                         now=datetime(following.year, following.month, 1, 9, tzinfo=SITE_ZONE).astimezone(UTC))
    assert result.lines_created > UNITS * 2 and result.credit_applied > 0


def test_nothing_happens_after_now_and_receipts_fall_in_their_month(db, admin, demo):
    now = utcnow()
    with db.read() as session:
        receipts = session.execute(select(Receipt.business_date, Receipt.issued_at)).all()
        assert max(day for day, _at in receipts) <= today()
        assert all(month_of(at) == (day.year, day.month) for day, at in receipts)
        assert session.scalar(select(func.max(Allocation.business_date))) <= today()
        assert session.scalar(select(func.max(Payment.received_at))) <= now
        assert session.scalar(select(func.max(BillingRun.run_at))) <= now
        for column in TIMES:
            assert (session.scalar(select(func.max(column))) or now) <= now, column


def test_work_orders_and_inspections_went_through_the_steps_their_services_allow(db, admin, demo):
    now = utcnow()
    with db.read() as session:
        orders = {order.id: order for order in session.execute(select(WorkOrder.id, WorkOrder.status,
                                                                      WorkOrder.reported_at, WorkOrder.unit_id,
                                                                      WorkOrder.contact, WorkOrder.charged))}
        steps = defaultdict(list)
        for step in session.execute(select(WorkStep.order_id, WorkStep.action, WorkStep.from_status,
                                           WorkStep.to_status, WorkStep.at).order_by(WorkStep.id)):
            steps[step.order_id].append(step)
        worked = {order_id for order_id, kind in session.execute(select(WorkLine.order_id, WorkLine.kind))
                  if kind == "labour"}
        charged = session.scalar(select(func.count()).select_from(WorkLine).where(WorkLine.charged.is_(True)))
        rounds = session.execute(select(Inspection.id, Inspection.status, Inspection.template_id,
                                        Inspection.finished_at)).all()
        answered = defaultdict(set)
        for inspection_id, item_id, result, note in session.execute(select(
                InspectionAnswer.inspection_id, InspectionAnswer.item_id, InspectionAnswer.result,
                InspectionAnswer.note)):
            answered[inspection_id].add(item_id)
            assert result != "fail" or note  # a failed item says what is wrong
        items = defaultdict(set)
        for template_id, item_id in session.execute(select(CheckItem.template_id, CheckItem.id)):
            items[template_id].add(item_id)
        noticed = set(session.scalars(select(FireNotice.answer_id)))
        fire_failures = set(session.scalars(
            select(InspectionAnswer.id).join(Inspection, Inspection.id == InspectionAnswer.inspection_id)
            .where(InspectionAnswer.result == "fail", Inspection.category == "fire",
                   Inspection.status == "finished")))
    assert len(orders) == demo.work_orders > UNITS * YEARS / 25 and charged == 0
    for order_id, order in orders.items():
        life = steps[order_id]
        assert life[0].action == "report" and life[0].at == order.reported_at
        for step in life[1:]:
            assert WORK_MACHINE.next(step.from_status, step.action) == step.to_status
        assert [step.at for step in life] == sorted(step.at for step in life) and life[-1].at <= now
        assert life[-1].to_status == order.status and order.charged is None
        assert order.unit_id is None or order.contact  # a resident's report leaves a phone
        if any(step.action == "finish" for step in life):
            assert order_id in worked  # never finished without its labour recorded
    statuses = {order.status for order in orders.values()}
    assert "followed_up" in statuses and statuses <= {status.value for status in WorkStatus}
    assert rounds and all(status in ("finished", "in_progress") for _id, status, _t, _f in rounds)
    for inspection_id, status, template_id, finished_at in rounds:  # finished only with every item answered
        assert answered[inspection_id] <= items[template_id]
        assert (answered[inspection_id] == items[template_id]) if status == "finished" else finished_at is None
    assert noticed == fire_failures and len(noticed) == demo.notices


def test_the_same_seed_gives_the_same_site(db, admin, tmp_path):
    now = utcnow()

    def fingerprint(database) -> tuple:
        with database.read() as session:
            return (list(session.scalars(select(Party.name).order_by(Party.id))),
                    list(session.execute(select(Receipt.number, Receipt.total, Receipt.payer).order_by(Receipt.id))),
                    session.scalar(select(func.sum(BillLine.amount))), session.scalar(select(func.sum(BillLine.paid))),
                    list(session.scalars(select(Visitor.name).order_by(Visitor.id))))

    first = generate(db, admin, 60, 1, seed=11, now=now)
    with new_database(tmp_path / "second") as other:
        from app.users import create_first_admin

        second_admin = create_first_admin(other, "admin", "admin-pass-1", "王经理")
        second = generate(other, second_admin, 60, 1, seed=11, now=now)
        assert fingerprint(other) == fingerprint(db)
    assert first.counts() == second.counts()
    with new_database(tmp_path / "third") as other:
        from app.users import create_first_admin

        third_admin = create_first_admin(other, "admin", "admin-pass-1", "王经理")
        generate(other, third_admin, 60, 1, seed=12, now=now)
        assert fingerprint(other)[0] != fingerprint(db)[0]


def row_counts(db) -> dict[str, int]:
    with db.read() as session:
        return {table.name: session.execute(text(f"SELECT COUNT(*) FROM {table.name}")).scalar_one()
                for table in Base.metadata.sorted_tables}


@pytest.mark.parametrize(("units", "years"), [(0, 1), (MAX_UNITS + 1, 1), (10, 0), (10, 11), (True, 1), (10, "2")])
def test_out_of_range_requests_are_refused_writing_nothing(db, admin, units, years):
    before = row_counts(db)
    with pytest.raises(ValidationError) as refused:
        generate(db, admin, units, years)
    assert ("units" if refused.value.field == "units" else "years") in str(refused.value)
    assert row_counts(db) == before


def test_a_clerk_and_a_site_with_units_are_refused_writing_nothing(db, admin, clerk):
    before = row_counts(db)
    with pytest.raises(PermissionDenied):
        generate(db, clerk, 10, 1)
    assert row_counts(db) == before
    generate(db, admin, 10, 1)
    before = row_counts(db)
    with pytest.raises(ValidationError, match="has 10 units already"):
        generate(db, admin, 10, 1)
    assert row_counts(db) == before


def test_a_cancelled_generation_leaves_no_units_and_can_be_run_again(db, admin):
    def cancel(done, total):
        if done == 5:
            raise Cancelled

    with pytest.raises(Cancelled):
        generate(db, admin, 40, 1, progress=cancel)
    counts = row_counts(db)
    assert counts["unit"] == counts["bill_line"] == counts["receipt"] == counts["visitor"] == 0
    assert counts["building"] == 1  # the buildings and rates went through their services; they stay
    seen = []
    summary = generate(db, admin, 40, 1, progress=lambda done, total: seen.append((done, total)))
    assert summary.units == 40 and row_counts(db)["building"] == 1
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert audit.verify(db, admin).ok


def test_the_demo_command_prints_its_counts(site, monkeypatch, capsys):
    from app.cli.main import main
    from tests.test_cli import ADMIN_PASSWORD

    monkeypatch.setenv("FRONTOFFICE_PASSWORD", ADMIN_PASSWORD)
    assert main(["demo", "--units", "50", "--years", "1", "--json", "--db", site, "--as", "boss"]) == 0
    out, err = capsys.readouterr()
    counts = json.loads(out)
    assert counts["units"] == 50 and counts["bill_lines"] > 50 * 12 and counts["receipts"] == counts["payments"] > 0
    assert counts["seconds"] >= 0 and "demo: 100%" in err
    assert main(["demo", "--units", "50", "--years", "1", "--db", site, "--as", "boss"]) == 1
    assert "has 50 units already" in capsys.readouterr().err
