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
from app.receipts.model import LineDraft, PaymentMethod, ReceiptDraft, ReceiptKind, ReceiptView
from db.models import Allocation, Party, Payment, Refund, UnitParty
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
        return PaymentMethod(method)
    except ValueError:
        raise ValidationError(_("Unknown payment method {method}"), field="method", method=method) from None


def pay(db: Database, actor: Actor, unit_code: str, amount: Decimal, method: PaymentMethod | str) -> PaymentResult:
    require(actor, Permission.TAKE_PAYMENT)
    method = check_payment(amount, method)
    with db.write(actor) as session:
        unit = unit_id_of(session, unit_code)
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
            first, last = period_text(parts[0].period), period_text(parts[-1].period)
            lines.append(LineDraft(FEE_ITEM_CHINESE[item], sum((p.amount for p in parts), ZERO),
                                   first if first == last else f"{first}~{last}"))
    if credit > 0:
        lines.append(LineDraft(PREPAYMENT, credit))
    return tuple(lines)


def refund_credit(db: Database, actor: Actor, unit_code: str, amount: Decimal, reason: str) -> RefundResult:
    """Pays credit back (a manager, with a reason): its own document, numbered in the TK series."""
    require(actor, Permission.REFUND_CREDIT)
    check_amount(amount, "amount", positive=True)
    reason = (reason or "").strip()
    if len(reason) < 2:
        raise ValidationError(_("Say why the credit is refunded"), field="reason")
    with db.write(actor) as session:
        unit = unit_id_of(session, unit_code)
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
