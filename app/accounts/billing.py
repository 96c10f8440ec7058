"""The monthly billing run: after a month has been served (先服务后收费), one bill line per unit, fee item
and period; amount = area x rate x billable days / days in the month, rounded once to the fen, half up.

The run is one transaction: all of it or nothing. Running it again for the same period creates nothing
new. Credit a unit paid ahead (预交) is applied to the new lines, oldest first.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import audit
from app.accounts.balances import ZERO, balances, unpaid_lines
from app.accounts.fees import rate_table
from app.accounts.model import FeeItem, parse_period, period_end, period_text
from app.clock import today
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.money import round_fen
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback, report
from db.models import Allocation, BillingRun, BillLine, Building, Payment, Unit
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
        rows = _bill_rows(session, first, last, progress)
        if not rows:
            return BillingResult(first, 0, ZERO, ZERO)
        run = BillingRun(period=first, run_at=utcnow(), run_by=actor.username, lines_created=len(rows),
                         total=sum((row["amount"] for row in rows), ZERO))
        session.add(run)
        session.flush()
        for row in rows:
            row["run_id"] = run.id
        session.execute(insert(BillLine), rows)
        applied = _apply_credit(session, today(now))
        audit.record(session, actor, "bill", "period", period_text(first),
                     after={"lines": run.lines_created, "total": run.total, "credit_applied": applied})
        return BillingResult(first, run.lines_created, run.total, applied)


def _bill_rows(session: Session, first: date, last: date, progress: ProgressCallback | None) -> list[dict]:
    rates = rate_table(session)
    days_in_month = last.day
    done = set(session.execute(select(BillLine.unit_id, BillLine.item).where(BillLine.period == first)).all())
    units = session.execute(
        select(Unit.id, Unit.area, Unit.unit_type, Unit.handover_date, Building.has_lift, Building.has_water)
        .join(Building, Building.id == Unit.building_id)
        .where(Unit.handover_date.is_not(None), Unit.handover_date <= last).order_by(Unit.id)).all()
    rows: list[dict] = []
    total = len(units)
    for index, (unit_id, area, unit_type, handover, has_lift, has_water) in enumerate(units):
        if index % PROGRESS_EVERY == 0:
            report(progress, index, total)
        start = max(first, handover)
        for item in FeeItem:
            if (item is FeeItem.LIFT and not has_lift) or (item is FeeItem.WATER and not has_water):
                continue
            if (unit_id, item.value) in done:
                continue
            segments = rate_segments(rates.get((item.value, unit_type), []), start, last)
            if not segments:
                continue
            amount = line_amount(area, segments, days_in_month)
            if amount <= 0:
                continue
            rows.append({"unit_id": unit_id, "period": first, "item": item.value, "area": area,
                         "days": sum(days for _rate, days in segments), "amount": amount, "paid": ZERO,
                         "basis": "+".join(f"{rate}x{days}" for rate, days in segments) + f"/{days_in_month}"})
    report(progress, total, total)
    return rows


def _apply_credit(session: Session, on: date) -> Decimal:
    """Credit paid ahead goes to the unit's unpaid lines, oldest first; returns how much was applied."""
    payers = list(session.scalars(select(Payment.unit_id).distinct()))
    applied = ZERO
    for unit_id, (_outstanding, credit) in balances(session, payers).items():
        for line in unpaid_lines(session, unit_id) if credit > 0 else ():
            take = min(credit, line.amount - line.paid)
            if take <= 0:
                break
            session.add(Allocation(bill_line_id=line.id, payment_id=None, amount=take, business_date=on))
            line.paid += take
            credit -= take
            applied += take
    session.flush()
    return applied
