"""Looking receipts up, voiding one, and checking a scanned receipt code."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.paging import Page, ordered
from app.permissions import Actor, Permission, require
from app.receipts.check_code import check_code, parse, site_secret
from app.receipts.model import ReceiptKind, ReceiptView, view_of
from app.text import key_text, search_text, text_field
from db.models import Receipt
from db.types import utcnow

MIN_REASON = 2
MAX_REASON = 200


def load(session: Session, number: str, for_update: bool = False) -> Receipt:
    query = select(Receipt).where(Receipt.number == key_text(number).upper())
    receipt = session.scalar(query.with_for_update() if for_update else query)
    if receipt is None:
        raise NotFound(_("There is no receipt numbered {number}"), field="number", number=number)
    return receipt


def get(db: Database, actor: Actor, number: str) -> ReceiptView:
    require(actor, Permission.VIEW_RECEIPTS)
    with db.read(actor) as session:
        return view_of(load(session, number))


RECEIPT_ORDERS = {"number": Receipt.number, "date": Receipt.business_date, "payer": Receipt.payer,
                  "unit": Receipt.unit, "total": Receipt.total, "method": Receipt.payment_method,
                  "status": Receipt.status, "prints": Receipt.print_count}


def find(db: Database, actor: Actor, date_from: date, date_to: date, kind: ReceiptKind | None = None,
         search: str = "", page: Page | None = None) -> list[ReceiptView]:
    """A page of the receipts of the business dates from ``date_from`` to ``date_to`` inclusive whose number,
    payer or unit contains ``search``, in number order unless the page says otherwise (``RECEIPT_ORDERS``); every
    one of them without a page."""
    require(actor, Permission.VIEW_RECEIPTS)
    if date_from > date_to:
        raise ValidationError(_("The first date is after the last one"), field="date_from")
    query = select(Receipt).where(Receipt.business_date >= date_from, Receipt.business_date <= date_to)
    if kind is not None:
        query = query.where(Receipt.kind == ReceiptKind(kind).value)
    text = search_text(search)
    if text:
        query = query.where(or_(Receipt.number.contains(text.upper(), autoescape=True),
                                func.lower(Receipt.payer).contains(text.lower(), autoescape=True),
                                Receipt.unit.contains(text.upper(), autoescape=True)))
    query = ordered(query, page, RECEIPT_ORDERS, "number", Receipt.id)
    with db.read(actor) as session:
        return [view_of(r) for r in session.scalars(query)]


def void(db: Database, actor: Actor, number: str, reason: str) -> ReceiptView:
    """A manager voids a receipt with a reason; it keeps its number and prints with 作废 from then on."""
    require(actor, Permission.VOID_RECEIPT)
    reason = text_field(reason, "reason", MAX_REASON, _("Say why the receipt is void, in at most {count} characters"),
                        required=False)
    if len(reason) < MIN_REASON:
        raise ValidationError(_("Say why the receipt is void"), field="reason")
    with db.write(actor) as session:
        receipt = load(session, number, for_update=True)
        if receipt.status == "void":
            raise ValidationError(_("Receipt {number} is already void"), field="number", number=receipt.number)
        receipt.status, receipt.void_reason = "void", reason
        receipt.voided_at, receipt.voided_by = utcnow(), actor.full_name or actor.username
        if receipt.kind == "fee":
            from app.accounts.payments import reverse_payment  # the payment it recorded no longer counts

            reverse_payment(session, actor, receipt.number)
        else:
            from app.business.orders import reverse_receipt  # its money goes back; the order may settle again

            reverse_receipt(session, actor, receipt.number)
        audit.record(session, actor, "void", "receipt", receipt.number, before={"status": "issued"},
                     after={"status": "void", "reason": reason})
        return view_of(receipt)


@dataclass(frozen=True)
class CodeCheck:
    genuine: bool  # the code was made by this site for a receipt in this database, and matches it
    receipt: ReceiptView | None
    problem: str | None  # English, for the CLI; None when genuine

    @property
    def valid(self) -> bool:
        return self.genuine and self.receipt is not None and not self.receipt.is_void


def verify_code(db: Database, actor: Actor, text: str) -> CodeCheck:
    require(actor, Permission.VIEW_RECEIPTS)
    scanned = parse(text)
    with db.read(actor) as session:
        expected = check_code(site_secret(session), scanned.number, scanned.on, scanned.total)
        receipt = session.scalar(select(Receipt).where(Receipt.number == scanned.number))
        view = view_of(receipt) if receipt is not None else None
    if scanned.code != expected:
        return CodeCheck(False, None, "the check value does not match: the code was not made by this site, or altered")
    if view is None:
        return CodeCheck(False, None, f"no receipt numbered {scanned.number} in this database")
    if view.business_date != scanned.on or view.total != scanned.total:
        return CodeCheck(False, view, "the code's date or amount differs from the receipt in the database")
    return CodeCheck(True, view, None)
