"""Payments: allocated to the oldest unpaid bill lines first (within a period: property, lift, water);
what is left becomes credit (预交). Each payment issues its fee receipt in the same transaction.
A refund of credit is its own numbered document, by a manager."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app import audit
from app.accounts.balances import ZERO, balances, unpaid_lines
from app.accounts.model import FEE_ITEM_CHINESE, FeeItem, period_text
from app.accounts.register import unit_id_of
from app.clock import today
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.money import check_amount
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.receipts.issuing import issue_receipt
from app.receipts.model import MONEY_METHODS, LineDraft, PaymentMethod, ReceiptDraft, ReceiptKind, ReceiptView
from app.text import text_field
from db.models import Allocation, BillLine, Party, Payment, Refund, Unit, UnitParty
from db.types import utcnow

MAX_PAYMENT = Decimal("10000000.00")
PREPAYMENT = "预交款"


@dataclass(frozen=True)
class Allocated:
    period: date
    item: FeeItem
    amount: Decimal


@dataclass(frozen=True)
class PaymentResult:
    receipt: ReceiptView
    allocated: tuple[Allocated, ...]
    credit: Decimal  # of this payment, kept as the unit's credit


@dataclass(frozen=True)
class RefundResult:
    number: str
    unit: str
    amount: Decimal
    credit_left: Decimal


def check_payment(amount: Decimal, method) -> PaymentMethod:
    check_amount(amount, "amount", positive=True)
    if amount > MAX_PAYMENT:
        raise ValidationError(_("A payment above {max} is not plausible; split it or check the amount"),
                              field="amount", max=MAX_PAYMENT)
    try:
        method = PaymentMethod(method)
    except ValueError:
        raise ValidationError(_("Unknown payment method {method}"), field="method", method=method) from None
    if method not in MONEY_METHODS:
        raise ValidationError(_("A payment is money received: it cannot be charged to an account"), field="method")
    return method


def pay(db: Database, actor: Actor, unit_code: str, amount: Decimal, method: PaymentMethod | str) -> PaymentResult:
    require(actor, Permission.TAKE_PAYMENT)
    method = check_payment(amount, method)
    with db.write(actor) as session:
        unit = unit_id_of(session, unit_code)
        lock_unit(session, unit.id)
        on = today()
        credit_before = balances(session, [unit.id]).get(unit.id, (ZERO, ZERO))[1]
        remaining, allocated, touched = amount, [], []
        for line in unpaid_lines(session, unit.id, for_update=True):
            if remaining <= 0:
                break
            take = min(remaining, line.amount - line.paid)
            line.paid += take
            remaining -= take
            allocated.append(Allocated(line.period, FeeItem(line.item), take))
            touched.append((line.id, take))
        credit_after = credit_before + remaining
        receipt = issue_receipt(session, actor, ReceiptDraft(
            kind=ReceiptKind.FEE, payer=payer_of(session, unit.id) or unit.code, unit=unit.code,
            payment_method=method, lines=_receipt_lines(allocated, remaining),
            balance=credit_after if credit_after > 0 else None))
        payment = Payment(unit_id=unit.id, amount=amount, method=method.value, business_date=on,
                          received_at=utcnow(), receipt_number=receipt.number, operator=actor.username)
        session.add(payment)
        session.flush()
        session.add_all(Allocation(bill_line_id=line_id, payment_id=payment.id, amount=take, business_date=on)
                        for line_id, take in touched)
        audit.record(session, actor, "pay", "unit", unit.code,
                     after={"amount": amount, "method": method.value, "receipt": receipt.number,
                            "allocated": [[period_text(a.period), a.item.value, a.amount] for a in allocated],
                            "credit": remaining})
        return PaymentResult(receipt, tuple(allocated), remaining)


def reverse_payment(session, actor: Actor, receipt_number: str) -> None:
    """Undoes the payment a voided fee receipt recorded, in the void's transaction: its allocations are taken
    back from the bills, and so is credit it funded that a billing run applied since. Refused when that
    credit has been refunded already (the refund would then be money paid out of nothing)."""
    payment = session.scalar(select(Payment).where(Payment.receipt_number == receipt_number).with_for_update())
    if payment is None or payment.reversed:
        return
    lock_unit(session, payment.unit_id)
    taken = ZERO
    for allocation in session.scalars(select(Allocation).where(Allocation.payment_id == payment.id)):
        line = session.get(BillLine, allocation.bill_line_id, with_for_update=True)
        line.paid -= allocation.amount
        taken += allocation.amount
        session.delete(allocation)
    payment.reversed = True
    session.flush()
    credit = balances(session, [payment.unit_id]).get(payment.unit_id, (ZERO, ZERO))[1]
    credit_allocations = session.scalars(
        select(Allocation).join(BillLine, BillLine.id == Allocation.bill_line_id)
        .where(BillLine.unit_id == payment.unit_id, Allocation.payment_id.is_(None)).order_by(Allocation.id.desc()))
    for allocation in credit_allocations:
        if credit >= 0:
            break
        take = min(allocation.amount, -credit)
        session.get(BillLine, allocation.bill_line_id, with_for_update=True).paid -= take
        allocation.amount -= take
        if allocation.amount == 0:
            session.delete(allocation)
        credit += take
        taken += take
    if credit < 0:
        raise ValidationError(_("The credit paid with receipt {number} was refunded already; it cannot be voided"),
                              field="number", number=receipt_number)
    audit.record(session, actor, "reverse", "payment", receipt_number,
                 after={"amount": payment.amount, "taken_back_from_bills": taken})


def lock_unit(session, unit_id: int) -> None:
    """Payments, refunds and credit of one unit take turns (on a server; SQLite's write lock does it already)."""
    session.execute(select(Unit.id).where(Unit.id == unit_id).with_for_update())


def payer_of(session, unit_id: int) -> str:
    return session.scalar(select(Party.name).join(UnitParty, UnitParty.party_id == Party.id)
                          .where(UnitParty.unit_id == unit_id, UnitParty.pays.is_(True), UnitParty.move_out.is_(None))
                          .order_by(UnitParty.id.desc()).limit(1)) or ""


def _receipt_lines(allocated: list[Allocated], credit: Decimal) -> tuple[LineDraft, ...]:
    """One receipt line per fee item (its periods as a range), and one for what is paid ahead."""
    by_item: dict[FeeItem, list[Allocated]] = defaultdict(list)
    for part in allocated:
        by_item[part.item].append(part)
    lines = []
    for item in FeeItem:
        parts = by_item.get(item)
        if parts:
            lines.append(LineDraft(FEE_ITEM_CHINESE[item], sum((p.amount for p in parts), ZERO),
                                   periods_text([p.period for p in parts])))
    if credit > 0:
        lines.append(LineDraft(PREPAYMENT, credit))
    return tuple(lines)


def periods_text(periods: list[date]) -> str:
    """``2026-02~2026-04`` for months in a row; otherwise each month (2026-03、2026-05), so no gap is hidden."""
    months = sorted(set(periods))
    index = [p.year * 12 + p.month for p in months]
    if len(months) == 1:
        return period_text(months[0])
    if index[-1] - index[0] == len(months) - 1:
        return f"{period_text(months[0])}~{period_text(months[-1])}"
    return "、".join(period_text(p) for p in months)


def refund_credit(db: Database, actor: Actor, unit_code: str, amount: Decimal, reason: str) -> RefundResult:
    """Pays credit back (a manager, with a reason): its own document, numbered in the TK series."""
    require(actor, Permission.REFUND_CREDIT)
    check_amount(amount, "amount", positive=True)
    reason = text_field(reason, "reason", 200, _("Say why the credit is refunded, in at most {count} characters"),
                        required=False)
    if len(reason) < 2:
        raise ValidationError(_("Say why the credit is refunded"), field="reason")
    with db.write(actor) as session:
        unit = unit_id_of(session, unit_code)
        lock_unit(session, unit.id)
        credit = balances(session, [unit.id]).get(unit.id, (ZERO, ZERO))[1]
        if amount > credit:
            raise ValidationError(_("Unit {unit} has only {credit} of credit to refund"), field="amount",
                                  unit=unit.code, credit=credit)
        number = next_number(session, "TK", today())
        session.add(Refund(number=number, unit_id=unit.id, amount=amount, reason=reason, business_date=today(),
                           refunded_at=utcnow(), refunded_by=actor.username))
        audit.record(session, actor, "refund", "unit", unit.code, after={"number": number, "amount": amount,
                                                                         "reason": reason})
        return RefundResult(number, unit.code, amount, credit - amount)
