"""What a unit owes and what it has paid ahead: sums over bill lines, payments and refunds."""

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import BigInteger, case, func, select, type_coerce
from sqlalchemy.orm import Session

from app.accounts.model import FEE_ITEM_ORDER
from db.models import BillLine, Payment, Refund

ZERO = Decimal("0.00")
CHUNK = 10_000
ITEM_ORDER = case({item.value: index for item, index in FEE_ITEM_ORDER.items()}, value=BillLine.item)


def _sums(session: Session, column, key, unit_ids=None, where=None) -> dict[int, Decimal]:
    """Sums per unit of a money column, added up in fen by the database (exact) and read back as yuan."""
    query = select(key, type_coerce(func.sum(column), BigInteger)).group_by(key)
    if where is not None:
        query = query.where(where)
    if unit_ids is None:
        return {unit_id: Decimal(total or 0) / 100 for unit_id, total in session.execute(query)}
    sums = {}
    for start in range(0, len(unit_ids), CHUNK):  # SQLite takes at most 32,766 parameters in one statement
        chunk = query.where(key.in_(unit_ids[start:start + CHUNK]))
        sums.update({unit_id: Decimal(total or 0) / 100 for unit_id, total in session.execute(chunk)})
    return sums


def balances(session: Session, unit_ids: list[int] | None = None) -> dict[int, tuple[Decimal, Decimal]]:
    """``{unit_id: (outstanding, credit)}``; credit is money received and not yet allocated (预交).

    Sums run on the stored fen (integers), so they are exact.
    """
    billed = _sums(session, BillLine.amount, BillLine.unit_id, unit_ids)
    paid = _sums(session, BillLine.paid, BillLine.unit_id, unit_ids)
    received = _sums(session, Payment.amount, Payment.unit_id, unit_ids, Payment.reversed.is_(False))
    refunded = _sums(session, Refund.amount, Refund.unit_id, unit_ids)
    result: dict[int, tuple[Decimal, Decimal]] = defaultdict(lambda: (ZERO, ZERO))
    for unit_id in set(billed) | set(received):
        outstanding = billed.get(unit_id, ZERO) - paid.get(unit_id, ZERO)
        credit = received.get(unit_id, ZERO) - paid.get(unit_id, ZERO) - refunded.get(unit_id, ZERO)
        result[unit_id] = (outstanding.quantize(ZERO), credit.quantize(ZERO))
    return result


def credit_by_unit(session: Session) -> dict[int, int]:
    """``{unit_id: credit in fen}`` of every unit with credit (received, less what went to its lines, less
    refunds), from one query: what ``balances`` gives as credit, for the whole site at once."""
    received = (select(Payment.unit_id.label("unit_id"), type_coerce(func.sum(Payment.amount), BigInteger).label("fen"))
                .where(Payment.reversed.is_(False)).group_by(Payment.unit_id).subquery())
    paid = (select(BillLine.unit_id.label("unit_id"), type_coerce(func.sum(BillLine.paid), BigInteger).label("fen"))
            .group_by(BillLine.unit_id).subquery())
    refunded = (select(Refund.unit_id.label("unit_id"), type_coerce(func.sum(Refund.amount), BigInteger).label("fen"))
                .group_by(Refund.unit_id).subquery())
    credit = received.c.fen - func.coalesce(paid.c.fen, 0) - func.coalesce(refunded.c.fen, 0)
    query = (select(received.c.unit_id, credit).outerjoin(paid, paid.c.unit_id == received.c.unit_id)
             .outerjoin(refunded, refunded.c.unit_id == received.c.unit_id).where(credit > 0))
    return {unit_id: int(fen) for unit_id, fen in session.execute(query)}


def unpaid_lines(session: Session, unit_id: int, for_update: bool = False) -> list[BillLine]:
    """The unit's bill lines with something left to pay, oldest period first, then property, lift, water."""
    query = (select(BillLine).where(BillLine.unit_id == unit_id, BillLine.paid < BillLine.amount)
             .order_by(BillLine.period, ITEM_ORDER))
    return list(session.scalars(query.with_for_update() if for_update else query))
