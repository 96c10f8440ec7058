"""Arrears with aging, the collection rate of a period, and one unit's account."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, func, select, type_coerce

from app.accounts.balances import ITEM_ORDER, ZERO, balances
from app.accounts.model import FeeItem, parse_period, period_end
from app.accounts.register import unit_id_of
from app.clock import SITE_ZONE, band_of, today
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from db.models import Allocation, BillingRun, BillLine, Payment, Unit

AGING_BUCKETS = ((0, 30, "0-30"), (31, 90, "31-90"), (91, 180, "91-180"), (181, None, "180+"))
MAX_MONTHS = 120  # the collection of up to ten years at once


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
    return band_of(days, AGING_BUCKETS)


def arrears(db: Database, actor: Actor, as_of: date | None = None) -> ArrearsReport:
    """What each unit owed on ``as_of``: the bills made by then (a month billed later was not owed yet), less
    what was paid by then, aged by days since the end of each bill's month."""
    require(actor, Permission.VIEW_ACCOUNTS)
    as_of = as_of or today()
    units: dict[str, UnitArrears] = {}
    totals = {label: ZERO for *_r, label in AGING_BUCKETS}
    with db.read(actor) as session:
        owed_fen = _owed(session, as_of, by_unit=True)
    for (code, period), fen in sorted(owed_fen.items()):
        owed = Decimal(fen) / 100
        entry = units.setdefault(code, UnitArrears(code))
        label = bucket_of((as_of - period_end(period)).days)
        entry.outstanding += owed
        entry.buckets[label] += owed
        entry.oldest_period = min(entry.oldest_period or period, period)
        totals[label] += owed
    listed = sorted(units.values(), key=lambda u: u.unit)
    return ArrearsReport(as_of, listed, sum((u.outstanding for u in listed), ZERO), totals)


@dataclass(frozen=True)
class AgedArrears:
    """What the whole site owed on ``as_of``, by aging bucket (``AGING_BUCKETS`` order)."""

    as_of: date
    buckets: dict[str, Decimal]
    total: Decimal

    @property
    def empty(self) -> bool:
        return not self.total


def arrears_by_age(db: Database, actor: Actor, as_of: date | None = None) -> AgedArrears:
    """The totals of ``arrears`` by aging bucket, from sums the database makes per month (never a row per bill)."""
    require(actor, Permission.VIEW_ACCOUNTS)
    as_of = as_of or today()
    buckets = {label: ZERO for *_r, label in AGING_BUCKETS}
    with db.read(actor) as session:
        owed_fen = _owed(session, as_of, by_unit=False)
    for (period,), fen in owed_fen.items():
        buckets[bucket_of((as_of - period_end(period)).days)] += Decimal(fen) / 100
    return AgedArrears(as_of, buckets, sum(buckets.values(), ZERO))


def _owed(session, as_of: date, by_unit: bool) -> dict[tuple, int]:
    """Fen owed on ``as_of`` by (unit code,) month, for the months ended before ``as_of`` on bills made by the
    end of that day: what is unpaid now, plus what was paid on those bills after ``as_of``. (A bill line's
    ``paid`` is always the sum of its allocations, and a billing run's lines are of its month.) Two grouped
    queries: the lines unpaid now, and the allocations dated after ``as_of``."""
    billed_by = datetime.combine(as_of + timedelta(days=1), time(), SITE_ZONE)  # bills made by the end of that day
    keys = (Unit.code, BillingRun.period) if by_unit else (BillingRun.period,)
    amount, paid = type_coerce(BillLine.amount, BigInteger), type_coerce(BillLine.paid, BigInteger)
    unpaid = select(*keys, func.sum(amount - paid)).select_from(BillLine).where(amount > paid)
    paid_later = (select(*keys, func.sum(type_coerce(Allocation.amount, BigInteger))).select_from(Allocation)
                  .join(BillLine, BillLine.id == Allocation.bill_line_id).where(Allocation.business_date > as_of))
    owed: dict[tuple, int] = defaultdict(int)
    for query in (unpaid, paid_later):
        query = (query.join(BillingRun, BillingRun.id == BillLine.run_id)
                 .where(BillingRun.period <= as_of, BillingRun.run_at < billed_by))
        if by_unit:
            query = query.join(Unit, Unit.id == BillLine.unit_id)
        for *key, fen in session.execute(query.group_by(*keys)):
            owed[tuple(key)] += int(fen or 0)
    return {key: fen for key, fen in owed.items() if fen > 0 and period_end(key[-1]) < as_of}


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
    return collections(db, actor, first, first)[0]


def collections(db: Database, actor: Actor, first: date, last: date) -> list[Collection]:
    """The collection of every month from ``first`` to ``last`` (any day of each), oldest first, from one grouped
    query; a month with nothing billed has its place, billed 0."""
    require(actor, Permission.VIEW_ACCOUNTS)
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if not 1 <= count <= MAX_MONTHS:
        raise ValidationError(_("Figures cover 1 to {count} months"), field="months", count=MAX_MONTHS)
    months = [first.replace(day=1)]
    while len(months) < count:
        months.append(period_end(months[-1]) + timedelta(days=1))
    query = (select(BillLine.period, type_coerce(func.sum(BillLine.amount), BigInteger),
                    type_coerce(func.sum(BillLine.paid), BigInteger))
             .where(BillLine.period >= months[0], BillLine.period <= months[-1]).group_by(BillLine.period))
    with db.read(actor) as session:
        sums = {period: (int(billed or 0), int(paid or 0)) for period, billed, paid in session.execute(query)}
    return [Collection(month, Decimal(sums.get(month, (0, 0))[0]) / 100, Decimal(sums.get(month, (0, 0))[1]) / 100)
            for month in months]


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


