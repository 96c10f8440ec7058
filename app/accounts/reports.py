"""Arrears with aging, the collection rate of a period, and one unit's account."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, func, select, type_coerce

from app.accounts.balances import ITEM_ORDER, ZERO, balances
from app.accounts.model import FeeItem, parse_period, period_end
from app.accounts.register import unit_id_of
from app.clock import SITE_ZONE, today
from app.database import Database
from app.permissions import Actor, Permission, require
from db.models import Allocation, BillingRun, BillLine, Payment, Unit

AGING_BUCKETS = ((0, 30, "0-30"), (31, 90, "31-90"), (91, 180, "91-180"), (181, None, "180+"))


@dataclass
class UnitArrears:
    unit: str
    outstanding: Decimal = ZERO
    oldest_period: date | None = None
    buckets: dict[str, Decimal] = field(default_factory=lambda: {label: ZERO for *_r, label in AGING_BUCKETS})


@dataclass(frozen=True)
class ArrearsReport:
    as_of: date
    units: list[UnitArrears]
    total: Decimal
    buckets: dict[str, Decimal]


def bucket_of(days: int) -> str:
    for low, high, label in AGING_BUCKETS:
        if days >= low and (high is None or days <= high):
            return label
    return AGING_BUCKETS[0][2]


def arrears(db: Database, actor: Actor, as_of: date | None = None) -> ArrearsReport:
    """What each unit owed on ``as_of``: the bills made by then (a month billed later was not owed yet), less
    what was paid by then, aged by days since the end of each bill's month."""
    require(actor, Permission.VIEW_ACCOUNTS)
    as_of = as_of or today()
    paid_by_then = (select(Allocation.bill_line_id, type_coerce(func.sum(Allocation.amount), BigInteger).label("fen"))
                    .where(Allocation.business_date <= as_of).group_by(Allocation.bill_line_id).subquery())
    billed_by = datetime.combine(as_of + timedelta(days=1), time(), SITE_ZONE)  # bills made by the end of that day
    query = (select(Unit.code, BillLine.period, type_coerce(BillLine.amount, BigInteger),
                    func.coalesce(paid_by_then.c.fen, 0))
             .join(Unit, Unit.id == BillLine.unit_id)
             .join(BillingRun, BillingRun.id == BillLine.run_id)
             .outerjoin(paid_by_then, paid_by_then.c.bill_line_id == BillLine.id)
             .where(BillLine.period <= as_of, BillingRun.run_at < billed_by)
             .where(type_coerce(BillLine.amount, BigInteger) > func.coalesce(paid_by_then.c.fen, 0))
             .order_by(Unit.code, BillLine.period))
    units: dict[str, UnitArrears] = {}
    totals = {label: ZERO for *_r, label in AGING_BUCKETS}
    with db.read(actor) as session:
        for code, period, amount_fen, paid_fen in session.execute(query):
            end = period_end(period)
            if end >= as_of:
                continue
            owed = Decimal(amount_fen - paid_fen) / 100
            entry = units.setdefault(code, UnitArrears(code))
            label = bucket_of((as_of - end).days)
            entry.outstanding += owed
            entry.buckets[label] += owed
            entry.oldest_period = min(entry.oldest_period or period, period)
            totals[label] += owed
    listed = sorted(units.values(), key=lambda u: u.unit)
    return ArrearsReport(as_of, listed, sum((u.outstanding for u in listed), ZERO), totals)


@dataclass(frozen=True)
class Collection:
    period: date
    billed: Decimal
    paid: Decimal

    @property
    def rate(self) -> Decimal:
        """Paid / billed for the period's bills, as a fraction with four decimals (0 when nothing was billed)."""
        if not self.billed:
            return Decimal("0.0000")
        return (self.paid / self.billed).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def collection(db: Database, actor: Actor, period: str) -> Collection:
    require(actor, Permission.VIEW_ACCOUNTS)
    first = parse_period(period)
    query = select(type_coerce(func.coalesce(func.sum(BillLine.amount), 0), BigInteger),
                   type_coerce(func.coalesce(func.sum(BillLine.paid), 0), BigInteger)).where(BillLine.period == first)
    with db.read(actor) as session:
        billed, paid = session.execute(query).one()
    return Collection(first, Decimal(billed) / 100, Decimal(paid) / 100)


@dataclass(frozen=True)
class AccountLine:
    period: date
    item: FeeItem
    amount: Decimal
    paid: Decimal
    basis: str


@dataclass(frozen=True)
class AccountPayment:
    business_date: date
    amount: Decimal
    method: str
    receipt_number: str
    reversed: bool = False  # its receipt was voided


@dataclass(frozen=True)
class UnitAccount:
    unit: str
    lines: list[AccountLine]
    payments: list[AccountPayment]
    outstanding: Decimal
    credit: Decimal


def unit_account(db: Database, actor: Actor, unit_code: str) -> UnitAccount:
    require(actor, Permission.VIEW_ACCOUNTS)
    with db.read(actor) as session:
        unit = unit_id_of(session, unit_code)
        lines = [AccountLine(line.period, FeeItem(line.item), line.amount, line.paid, line.basis)
                 for line in session.scalars(select(BillLine).where(BillLine.unit_id == unit.id)
                                             .order_by(BillLine.period.desc(), ITEM_ORDER))]
        payments = [AccountPayment(p.business_date, p.amount, p.method, p.receipt_number, p.reversed)
                    for p in session.scalars(select(Payment).where(Payment.unit_id == unit.id)
                                             .order_by(Payment.id.desc()))]
        outstanding, credit = balances(session, [unit.id]).get(unit.id, (ZERO, ZERO))
        return UnitAccount(unit.code, lines, payments, outstanding, credit)


def outstanding_by_period(lines: list[AccountLine]) -> dict[date, Decimal]:
    owed: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for line in lines:
        owed[line.period] += line.amount - line.paid
    return owed


