"""The monthly billing run: after a month has been served (先服务后收费), one bill line per unit, fee item
and period; amount = area x rate x billable days / days in the month, rounded once to the fen, half up.

The run is one transaction: all of it or nothing. Running it again for the same period creates nothing
new. Credit a unit paid ahead (预交) is applied to the new lines, oldest first.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, bindparam, select, type_coerce, update
from sqlalchemy.orm import Session

from app import audit
from app.accounts.balances import CHUNK, ITEM_ORDER, ZERO, credit_by_unit
from app.accounts.fees import rate_table
from app.accounts.model import RATED_ITEMS, FeeItem, parse_period, period_end, period_text
from app.clock import today
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.money import from_fen, round_fen, round_fen_ratio, to_fen
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback, report
from db.bulk import insert_rows
from db.models import Allocation, BillingRun, BillLine, Building, Unit
from db.types import utcnow

PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class BillingResult:
    period: date
    lines_created: int
    total: Decimal
    credit_applied: Decimal


def rate_segments(rates: list[tuple[date, Decimal]], start: date, end: date) -> list[tuple[Decimal, int]]:
    """The rates in effect from ``start`` to ``end`` (inclusive) and for how many days each."""
    segments, current, cursor = [], None, start
    for effective_from, rate in rates:
        if effective_from <= start:
            current = rate
        elif effective_from <= end:
            if current is not None:
                segments.append((current, (effective_from - cursor).days))
            current, cursor = rate, effective_from
    if current is not None:
        segments.append((current, (end - cursor).days + 1))
    return [(rate, days) for rate, days in segments if days > 0]


def line_amount(area: Decimal, segments: list[tuple[Decimal, int]], days_in_month: int) -> Decimal:
    """Computed exactly, rounded once."""
    return round_fen(area * sum(rate * days for rate, days in segments) / days_in_month)


def run_billing(db: Database, actor: Actor, period: str, progress: ProgressCallback | None = None,
                now: datetime | None = None) -> BillingResult:
    require(actor, Permission.RUN_BILLING)
    first = parse_period(period)
    last = period_end(first)
    if last >= today(now):
        raise ValidationError(_("The period {period} has not ended yet: bill it from {day} on"), field="period",
                              period=period_text(first), day=(last + timedelta(days=1)).isoformat())
    with db.write(actor) as session:
        run = BillingRun(period=first, run_at=now or utcnow(), run_by=actor.username, lines_created=0, total=ZERO)
        session.add(run)
        session.flush()
        rows = bill_rows(session, first, last, run.id, progress)
        if not rows:
            session.rollback()  # nothing new: not even the run is recorded
            return BillingResult(first, 0, ZERO, ZERO)
        insert_rows(session.connection(), BillLine.__table__, COLUMNS, rows)
        run.lines_created, run.total = len(rows), from_fen(sum(row[6] for row in rows))
        applied = _apply_credit(session, today(now))
        audit.record(session, actor, "bill", "period", period_text(first),
                     after={"lines": run.lines_created, "total": run.total, "credit_applied": applied})
        return BillingResult(first, run.lines_created, run.total, applied)


COLUMNS = ("unit_id", "period", "item", "area", "days", "basis", "amount", "paid", "run_id")


def bill_rows(session: Session, first: date, last: date, run_id: int,
               progress: ProgressCallback | None) -> list[tuple]:
    """The new lines as rows of ``COLUMNS``, in what the columns store (hundredths of m², fen).

    Amounts are worked out in integers: area (hundredths of m²) x the sum of rate (fen) x days, over
    100 x days in the month, rounded half up once — the same figure as ``line_amount``.
    """
    rates = rate_table(session)
    days_in_month = last.day
    done = set(session.execute(select(BillLine.unit_id, BillLine.item).where(BillLine.period == first)).all())
    units = session.execute(
        select(Unit.id, type_coerce(Unit.area, BigInteger), Unit.unit_type, Unit.handover_date, Building.has_lift,
               Building.has_water)
        .join(Building, Building.id == Unit.building_id)
        .where(Unit.handover_date.is_not(None), Unit.handover_date <= last).order_by(Unit.id)).all()
    plans: dict[tuple, tuple[int, int, str] | None] = {}

    def plan(item: str, unit_type: str, start: date):
        key = (item, unit_type, start)
        if key not in plans:
            segments = rate_segments(rates.get((item, unit_type), []), start, last)
            plans[key] = (sum(to_fen(rate) * days for rate, days in segments), sum(days for _r, days in segments),
                          "+".join(f"{rate}x{days}" for rate, days in segments) + f"/{days_in_month}") \
                if segments else None
        return plans[key]

    period = first.isoformat()
    rows: list[tuple] = []
    total = len(units)
    for index, (unit_id, area, unit_type, handover, has_lift, has_water) in enumerate(units):
        if index % PROGRESS_EVERY == 0:
            report(progress, index, total)
        start = max(first, handover)
        for item in ITEMS[(has_lift, has_water)]:
            if (unit_id, item) in done:
                continue
            planned = plan(item, unit_type, start)
            if planned is None:
                continue
            rate_days, days, basis = planned
            amount = round_fen_ratio(area * rate_days, 100 * days_in_month)
            if amount > 0:
                rows.append((unit_id, period, item, area, days, basis, amount, 0, run_id))
    report(progress, total, total)
    return rows


ITEMS = {(lift, water): tuple(item.value for item in RATED_ITEMS
                              if (item is not FeeItem.LIFT or lift) and (item is not FeeItem.WATER or water))
         for lift in (False, True) for water in (False, True)}


def _apply_credit(session: Session, on: date) -> Decimal:
    """Credit paid ahead goes to the unit's unpaid lines, oldest first (period, then property, lift, water);
    returns how much was applied. Done for every unit at once: the units with credit found by one query, their
    unpaid lines read a few thousand units at a time, the allocations inserted and the lines' paid amounts
    updated in bulk (the billing run holds the database's write lock, so nothing moves meanwhile)."""
    credits = credit_by_unit(session)
    allocations: list[tuple] = []
    paid: list[dict] = []
    units = sorted(credits)
    for start in range(0, len(units), CHUNK):
        lines = session.execute(
            select(BillLine.id, BillLine.unit_id, type_coerce(BillLine.amount, BigInteger),
                   type_coerce(BillLine.paid, BigInteger))
            .where(BillLine.unit_id.in_(units[start:start + CHUNK]), BillLine.paid < BillLine.amount)
            .order_by(BillLine.unit_id, BillLine.period, ITEM_ORDER))
        for line_id, unit_id, amount, already in lines:
            take = min(credits[unit_id], amount - already)
            if take <= 0:
                continue
            credits[unit_id] -= take
            allocations.append((line_id, take, on.isoformat()))
            paid.append({"line": line_id, "paid": already + take})
    if allocations:
        connection = session.connection()
        insert_rows(connection, Allocation.__table__, ("bill_line_id", "amount", "business_date"), allocations)
        table = BillLine.__table__
        connection.execute(update(table).where(table.c.id == bindparam("line")).values(
            paid=bindparam("paid", type_=BigInteger)), paid)
    return from_fen(sum(take for _line, take, _day in allocations))
