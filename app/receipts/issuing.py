"""Issuing a receipt: validated, numbered and audited inside the transaction of the payment it records."""

from decimal import Decimal

from sqlalchemy.orm import Session

from app import audit
from app.clock import today
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.money import MAX_AMOUNT, check_amount
from app.numbering import next_number
from app.permissions import Actor, Permission, confirm, require
from app.receipts.check_code import check_code, site_secret
from app.receipts.model import SERIES, PaymentMethod, ReceiptDraft, ReceiptKind, ReceiptView, view_of
from app.text import text_field
from db.models import Receipt, ReceiptLine
from db.types import utcnow

MAX_LINES = 8
ISSUE_PERMISSION = {ReceiptKind.FEE: Permission.ISSUE_FEE_RECEIPT,
                    ReceiptKind.BUSINESS: Permission.ISSUE_BUSINESS_RECEIPT}


def issue_receipt(session: Session, actor: Actor, draft: ReceiptDraft) -> ReceiptView:
    """Numbers and stores the receipt in the caller's transaction (the payment's), with its audit row."""
    kind = _check_kind(draft.kind)
    require(actor, ISSUE_PERMISSION[kind])
    total = check_draft(draft)
    confirm(session, actor)
    now = utcnow()
    business_date = today(now)
    number = next_number(session, SERIES[kind], business_date)
    receipt = Receipt(
        number=number, kind=kind.value, business_date=business_date, issued_at=now, payer=draft.payer.strip(),
        unit=(draft.unit or "").strip(), payment_method=PaymentMethod(draft.payment_method).value, total=total,
        deposit=draft.deposit, balance=draft.balance, note=(draft.note or "").strip(), operator_id=actor.user_id,
        operator_name=actor.full_name or actor.username,
        check_code=check_code(site_secret(session), number, business_date, total), status="issued", print_count=0,
        lines=[ReceiptLine(position=index, item=line.item.strip(), period=(line.period or "").strip(),
                           unit_price=line.unit_price, amount=line.amount)
               for index, line in enumerate(draft.lines, start=1)],
    )
    session.add(receipt)
    session.flush()
    audit.record(session, actor, "issue", "receipt", number,
                 after={"payer": receipt.payer, "total": total, "method": receipt.payment_method,
                        "lines": [[line.item, line.period, line.amount] for line in draft.lines]})
    return view_of(receipt)


def issue(db: Database, actor: Actor, draft: ReceiptDraft) -> ReceiptView:
    """A receipt in a transaction of its own (for a payment recorded nowhere else)."""
    with db.write(actor) as session:
        return issue_receipt(session, actor, draft)


def check_draft(draft: ReceiptDraft) -> Decimal:
    """The receipt's total when every part of the draft is acceptable; ``ValidationError`` otherwise."""
    if not isinstance(draft.payer, str) or not draft.payer.strip():
        raise ValidationError(_("Who paid? The payer is required"), field="payer")
    too_long = _("The payer, unit or note is too long")
    text_field(draft.payer, "payer", 100, too_long)
    text_field(draft.unit, "unit", 60, too_long, required=False)
    text_field(draft.note, "note", 200, too_long, required=False)
    try:
        PaymentMethod(draft.payment_method)
    except ValueError:
        raise ValidationError(_("Unknown payment method {method}"), field="payment_method",
                              method=draft.payment_method) from None
    if not draft.lines:
        raise ValidationError(_("A receipt needs at least one line"), field="lines")
    if len(draft.lines) > MAX_LINES:
        raise ValidationError(_("A receipt holds at most {count} lines"), field="lines", count=MAX_LINES)
    for line in draft.lines:
        text_field(line.item, "lines", 100, _("Each line needs an item of at most 100 characters"))
        text_field(line.period, "lines", 40, _("Each line needs an item of at most 100 characters"), required=False)
        check_amount(line.amount, "lines", positive=True)
        if line.unit_price is not None:
            check_amount(line.unit_price, "lines")
    if draft.deposit is not None:
        check_amount(draft.deposit, "deposit")
    if draft.balance is not None:  # a business receipt's balance is negative when part of the deposit went back
        check_amount(draft.balance.copy_abs() if isinstance(draft.balance, Decimal) else draft.balance, "balance")
    total = sum((line.amount for line in draft.lines), Decimal("0.00"))
    if total > MAX_AMOUNT:
        raise ValidationError(_("The total is too large"), field="lines")
    return total


def _check_kind(kind) -> ReceiptKind:
    try:
        return ReceiptKind(kind)
    except ValueError:
        raise ValidationError(_("Unknown kind of receipt {kind}"), field="kind", kind=kind) from None
