"""The shift report (交班日结): by operator and date, every movement of money at the counter, totals by
payment method, the receipts issued and voided, the deposits still held at the end of the day, and the
cash counted against the cash expected."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, func, or_, select, type_coerce

from app import audit
from app.business.model import MethodTotal, MoneyLine, ShiftReport
from app.clock import SITE_ZONE, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.money import check_amount
from app.permissions import Actor, Permission, require
from app.receipts.model import PaymentMethod, ReceiptKind, view_of
from app.text import key_text
from db.models import BusinessMoney, BusinessOrder, CashCount, Receipt, User
from db.types import utcnow

ZERO = Decimal("0.00")
KIND_COLUMN = {"deposit": "deposits", "settle": "settled", "refund": "refunds", "void": "voids"}


def shift_report(db: Database, actor: Actor, on: date, operator: str | None = None) -> ShiftReport:
    """``operator``: a user name or full name; None for the whole centre."""
    require(actor, Permission.SERVE_BUSINESS)
    with db.read(actor) as session:
        return _report(session, on, _operator(session, operator) if operator else None)


def _report(session, on: date, user: User | None) -> ShiftReport:
    """Read in the caller's transaction, so that a count compares with exactly what it saw."""
    money = select(BusinessMoney, BusinessOrder.number, BusinessOrder.customer).join(
        BusinessOrder, BusinessOrder.id == BusinessMoney.order_id).where(BusinessMoney.business_date == on)
    if user is not None:
        money = money.where(BusinessMoney.operator_id == user.id)
    movements = tuple(MoneyLine(m.at, m.kind, m.document, number, customer, PaymentMethod(m.method), m.amount,
                                m.operator_name)
                      for m, number, customer in session.execute(money.order_by(BusinessMoney.at, BusinessMoney.id)))
    receipts = select(Receipt).where(Receipt.kind == ReceiptKind.BUSINESS.value, Receipt.business_date == on)
    start = datetime.combine(on, time(), SITE_ZONE)
    voided = select(Receipt).where(Receipt.kind == ReceiptKind.BUSINESS.value, Receipt.voided_at >= start,
                                   Receipt.voided_at < start + timedelta(days=1))
    if user is not None:
        receipts = receipts.where(Receipt.operator_id == user.id)
        voided = voided.where(Receipt.operator_id == user.id)
    counted = None
    if user is not None:
        counted = session.scalar(select(CashCount.counted).where(CashCount.business_date == on,
                                                                 CashCount.operator_id == user.id))
    totals = _totals(movements)
    return ShiftReport(
        business_date=on, operator=(user.full_name or user.username) if user else None, movements=movements,
        totals=totals, receipts=tuple(view_of(r) for r in session.scalars(receipts.order_by(Receipt.number))),
        voided=tuple(view_of(r) for r in session.scalars(voided.order_by(Receipt.number))),
        deposits_held=_deposits_held(session, on, user.id if user else None),
        expected_cash=next((t.net for t in totals if t.method is PaymentMethod.CASH), ZERO), counted_cash=counted)


def net_by_day(db: Database, actor: Actor, since: date, until: date) -> dict[date, dict[PaymentMethod, Decimal]]:
    """The money moved at the counter on each day from ``since`` to ``until`` by payment method, net as the shift
    report's totals count it: deposits, settlements, refunds and voids together (refunds and voids negative).
    Days without any movement are left out."""
    require(actor, Permission.SERVE_BUSINESS)
    query = (select(BusinessMoney.business_date, BusinessMoney.method,
                    func.sum(type_coerce(BusinessMoney.amount, BigInteger)))
             .where(BusinessMoney.business_date >= since, BusinessMoney.business_date <= until)
             .group_by(BusinessMoney.business_date, BusinessMoney.method))
    days: dict[date, dict[PaymentMethod, Decimal]] = {}
    with db.read(actor) as session:
        for day, method, fen in session.execute(query):
            days.setdefault(day, {})[PaymentMethod(method)] = (Decimal(int(fen or 0)) / 100).quantize(ZERO)
    return {day: {method: methods[method] for method in PaymentMethod if method in methods}
            for day, methods in sorted(days.items())}


def count_cash(db: Database, actor: Actor, counted: Decimal, on: date | None = None) -> ShiftReport:
    """The acting operator's count of their cash at the end of the shift; counted again, the later stands."""
    require(actor, Permission.SERVE_BUSINESS)
    check_amount(counted, "counted")
    on = on or today()
    if on > today():
        raise ValidationError(_("A shift cannot be counted before its day"), field="date")
    with db.write(actor) as session:
        report = _report(session, on, session.get(User, actor.user_id))
        row = session.scalar(select(CashCount).where(CashCount.business_date == on,
                                                     CashCount.operator_id == actor.user_id).with_for_update())
        before = {"counted": row.counted} if row else None
        if row is None:
            row = CashCount(business_date=on, operator_id=actor.user_id, counted=counted,
                            expected=report.expected_cash, counted_at=utcnow())
            session.add(row)
        else:
            row.counted, row.expected, row.counted_at = counted, report.expected_cash, utcnow()
        audit.record(session, actor, "count", "bc_shift", f"{on.isoformat()}/{actor.username}", before=before,
                     after={"counted": counted, "expected": report.expected_cash,
                            "difference": counted - report.expected_cash})
    return shift_report(db, actor, on, actor.username)


def operators(db: Database, actor: Actor, on: date) -> dict[str, str]:
    """``{user name: full name}`` of those who moved money at the counter on ``on``, and of the acting user."""
    require(actor, Permission.SERVE_BUSINESS)
    with db.read(actor) as session:
        rows = session.execute(select(User.username, User.full_name)
                               .join(BusinessMoney, BusinessMoney.operator_id == User.id)
                               .where(BusinessMoney.business_date == on).distinct())
        found = {username: full_name or username for username, full_name in rows}
    found.setdefault(actor.username, actor.full_name or actor.username)
    return dict(sorted(found.items()))


def _totals(movements: tuple[MoneyLine, ...]) -> tuple[MethodTotal, ...]:
    sums: dict[PaymentMethod, dict[str, Decimal]] = {}
    for line in movements:
        column = sums.setdefault(line.method, dict.fromkeys(KIND_COLUMN.values(), ZERO))
        column[KIND_COLUMN[line.kind]] += line.amount
    return tuple(MethodTotal(method, **sums[method], net=sum(sums[method].values(), ZERO))
                 for method in PaymentMethod if method in sums)


def _deposits_held(session, on: date, operator_id: int | None) -> Decimal:
    """Deposits taken by the end of ``on`` on orders not settled or cancelled by then."""
    query = (select(BusinessMoney.amount).join(BusinessOrder, BusinessOrder.id == BusinessMoney.order_id)
             .where(BusinessMoney.kind == "deposit", BusinessMoney.business_date <= on,
                    or_(BusinessOrder.closed_on.is_(None), BusinessOrder.closed_on > on)))
    if operator_id is not None:
        query = query.where(BusinessMoney.operator_id == operator_id)
    return sum(session.scalars(query), ZERO)


def _operator(session, name: str) -> User:
    text = key_text(name)
    user = session.scalar(select(User).where(or_(User.username == text.lower(), User.full_name == text))) \
        if text else None
    if user is None:
        raise NotFound(_("There is no operator {name}"), field="operator", name=name)
    return user
