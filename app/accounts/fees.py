"""Fee standards: yuan per m² per month per fee item and unit type, from a date on. Managers set them."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.accounts.model import FeeItem, RateView, UnitType, fee_item_of, unit_type_of
from app.clock import today
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from db.models import FeeRate
from db.types import utcnow

MAX_RATE = Decimal("1000.00")


def set_rate(db: Database, actor: Actor, item: FeeItem | str, unit_type: UnitType | str, rate: Decimal,
             effective_from: date | None = None) -> RateView:
    """A new rate from ``effective_from`` (today by default); the rates before it stay in the history."""
    require(actor, Permission.SET_RATES)
    item, unit_type = fee_item_of(str(item)), unit_type_of(str(unit_type))
    decimals = _("A rate is in yuan per m² with at most two decimals")
    if not isinstance(rate, Decimal) or not rate.is_finite():
        raise ValidationError(decimals, field="rate")
    if rate < 0 or rate > MAX_RATE:  # before quantize(), which fails on 1E+26
        raise ValidationError(_("A rate cannot be below zero or above {max}"), field="rate", max=MAX_RATE)
    if rate != rate.quantize(Decimal("0.01")):
        raise ValidationError(decimals, field="rate")
    if isinstance(effective_from, datetime):
        effective_from = effective_from.date()  # the rate of that day, as a date: the key of its row
    elif effective_from is not None and not isinstance(effective_from, date):
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="effective_from")
    effective_from = effective_from or today()
    with db.write(actor) as session:
        existing = session.scalar(select(FeeRate).where(FeeRate.item == item.value, FeeRate.unit_type ==
                                                        unit_type.value, FeeRate.effective_from == effective_from))
        before = {"rate": existing.rate} if existing else None
        if existing is None:
            existing = FeeRate(item=item.value, unit_type=unit_type.value, effective_from=effective_from)
            session.add(existing)
        existing.rate, existing.set_by, existing.set_at = rate, actor.username, utcnow()
        session.flush()
        audit.record(session, actor, "update" if before else "create", "fee_rate",
                     f"{item.value}/{unit_type.value}/{effective_from}", before=before, after={"rate": rate})
        return RateView(item, unit_type, rate, effective_from, actor.username)


def list_rates(db: Database, actor: Actor) -> list[RateView]:
    require(actor, Permission.VIEW_ACCOUNTS)
    with db.read(actor) as session:
        rows = session.scalars(select(FeeRate).order_by(FeeRate.item, FeeRate.unit_type, FeeRate.effective_from))
        return [RateView(FeeItem(r.item), UnitType(r.unit_type), r.rate, r.effective_from, r.set_by) for r in rows]


def rate_table(session: Session) -> dict[tuple[str, str], list[tuple[date, Decimal]]]:
    """``{(item, unit_type): [(effective_from, rate), ...]}``, oldest first: what billing reads once per run."""
    table: dict[tuple[str, str], list[tuple[date, Decimal]]] = {}
    for row in session.scalars(select(FeeRate).order_by(FeeRate.effective_from)):
        table.setdefault((row.item, row.unit_type), []).append((row.effective_from, row.rate))
    return table
