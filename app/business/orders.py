"""A guest's or tenant's order, from charge notice to receipt (see ``ORDER_MACHINE`` for its life).

Before service the order is numbered as its charge notice (收费通知单, series SF) and a deposit is taken
at the site's rate where the services take one. After service it is settled: the deposit is offset, the
balance paid (or refunded from the deposit), and the business-centre receipt issued in the same
transaction; a tenant's balance may be charged to their unit's account (挂账) as a bill line. An order
cancelled before service refunds its deposit on a numbered refund slip (series BT); whatever the centre
keeps of it is receipted. Every movement of money is a ``BusinessMoney`` row for the shift report.
"""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select

from app import audit
from app.accounts.model import FeeItem
from app.accounts.payments import payer_of
from app.accounts.register import unit_id_of
from app.business.model import (
    CHARGE_UNIT_CHINESE,
    ORDER_MACHINE,
    ChargeUnit,
    LineDraft,
    OrderAction,
    OrderDraft,
    OrderLineView,
    OrderStatus,
    OrderView,
)
from app.business.price_list import service_by_id
from app.business.resources import check_slot, guest_clashes
from app.business.settings import deposit_rate
from app.clock import format_local, planned, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.money import check_amount, format_yuan, round_fen
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.receipts.issuing import MAX_LINES, issue_receipt
from app.receipts.model import MONEY_METHODS, PaymentMethod, ReceiptDraft, ReceiptKind, ReceiptView
from app.receipts.model import LineDraft as ReceiptLineDraft
from app.search_keys import initials
from app.text import key_text, search_text, text_field
from db.models import (
    BillLine,
    BusinessMoney,
    BusinessOrder,
    BusinessOrderLine,
    BusinessResource,
    Receipt,
    Unit,
)
from db.types import utcnow

NOTICE_SERIES = "SF"  # 收费通知单: the order's number
REFUND_SERIES = "BT"  # 商务中心退款单
MAX_QUANTITY = Decimal("100000")
CANCELLATION_ITEM = "订单取消费"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Settlement:
    order: OrderView
    receipt: ReceiptView
    collected: Decimal  # paid now; negative when part of the deposit went back


@dataclass(frozen=True)
class Cancellation:
    order: OrderView
    refund_number: str | None
    refunded: Decimal
    receipt: ReceiptView | None  # for the part of the deposit the centre kept


def create_order(db: Database, actor: Actor, draft: OrderDraft) -> OrderView:
    require(actor, Permission.SERVE_BUSINESS)
    wanted_at, note = planned(draft.wanted_at, "wanted_at", required=False), _note(draft.note)
    with db.write(actor) as session:
        unit, customer, phone = _customer(session, draft)
        lines = _priced_lines(session, draft.lines)
        now = utcnow()
        order = BusinessOrder(number=next_number(session, NOTICE_SERIES, today(now)), status=OrderStatus.OPEN.value,
                              unit_id=unit.id if unit else None, customer=customer, phone=phone,
                              wanted_at=wanted_at, note=note,
                              deposit_rate=deposit_rate(session), deposit=ZERO, created_at=now,
                              created_by=actor.user_id, lines=lines)
        session.add(order)
        session.flush()
        view = view_of(session, order)
        audit.record(session, actor, "create", "bc_order", order.number,
                     after={"customer": customer, "unit": unit.code if unit else "", "estimate": view.estimate,
                            "lines": [[line.service, line.quantity, line.amount] for line in lines]})
        return view


def change_lines(db: Database, actor: Actor, number: str, lines: tuple[LineDraft, ...]) -> OrderView:
    """Corrects what was ordered (quantities, services, times) before the order is settled."""
    require(actor, Permission.SERVE_BUSINESS)
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        ORDER_MACHINE.next(order.status, OrderAction.CHANGE, order.number)
        before = view_of(session, order)
        order.lines = _priced_lines(session, lines, except_order=order.number)
        session.flush()
        after = view_of(session, order)
        audit.record(session, actor, "change", "bc_order", order.number,
                     before={"estimate": before.estimate, "lines": [[li.service, li.quantity] for li in before.lines]},
                     after={"estimate": after.estimate, "lines": [[li.service, li.quantity] for li in after.lines]})
        return after


def take_deposit(db: Database, actor: Actor, number: str, amount: Decimal, method: PaymentMethod | str) -> OrderView:
    require(actor, Permission.SERVE_BUSINESS)
    check_amount(amount, "amount", positive=True)
    method = _money_method(method)
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        ORDER_MACHINE.next(order.status, OrderAction.TAKE_DEPOSIT, order.number)
        if order.deposit > 0:
            raise ValidationError(_("A deposit of {amount} was taken on order {number} already"), field="amount",
                                  amount=format_yuan(order.deposit), number=order.number)
        estimate = _estimate(order)
        if amount > estimate:
            raise ValidationError(_("A deposit cannot be above the estimate of {estimate}"), field="amount",
                                  estimate=format_yuan(estimate))
        order.deposit, order.deposit_method, order.deposit_on = amount, method.value, today()
        _money(session, actor, order, "deposit", amount, method, order.number)
        audit.record(session, actor, "deposit", "bc_order", order.number, after={"amount": amount,
                                                                                  "method": method.value})
        return view_of(session, order)


def start_service(db: Database, actor: Actor, number: str) -> OrderView:
    require(actor, Permission.SERVE_BUSINESS)
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        order.status = ORDER_MACHINE.next(order.status, OrderAction.START, order.number)
        audit.record(session, actor, "start", "bc_order", order.number, after={"status": order.status})
        return view_of(session, order)


def settle(db: Database, actor: Actor, number: str, method: PaymentMethod | str) -> Settlement:
    """The final amount, the deposit offset, the balance paid by ``method`` or refunded the way the deposit
    came; the receipt is issued in the same transaction."""
    require(actor, Permission.SERVE_BUSINESS)
    try:
        method = PaymentMethod(method)
    except ValueError:
        raise ValidationError(_("Unknown payment method {method}"), field="method", method=method) from None
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        status = ORDER_MACHINE.next(order.status, OrderAction.SETTLE, order.number)
        total = _estimate(order)
        if total <= 0:
            raise ValidationError(_("Order {number} has nothing to charge"), field="lines", number=order.number)
        balance = total - order.deposit
        if method is PaymentMethod.ACCOUNT and order.unit_id is None:
            raise ValidationError(_("Only a tenant's order can be charged to their unit's account"), field="method")
        paid_by = method if balance > 0 else PaymentMethod(order.deposit_method)
        receipt = issue_receipt(session, actor, ReceiptDraft(
            kind=ReceiptKind.BUSINESS, payer=order.customer, unit=_unit_code(session, order), payment_method=paid_by,
            lines=tuple(ReceiptLineDraft(line.service, line.amount, quantity_text(line.quantity, line.unit),
                                         line.price) for line in order.lines),
            deposit=order.deposit if order.deposit > 0 else None,
            balance=balance if order.deposit > 0 else None, note=f"通知单 {order.number}"))
        if paid_by is PaymentMethod.ACCOUNT:
            session.add(BillLine(unit_id=order.unit_id, period=today().replace(day=1), item=FeeItem.BUSINESS.value,
                                 area=ZERO, days=0, basis=f"商务中心 {receipt.number}", amount=balance, paid=ZERO,
                                 run_id=None, source=receipt.number))
        if balance != 0:
            _money(session, actor, order, "settle", balance, paid_by, receipt.number)
        order.status, order.receipt_number, order.closed_on = status, receipt.number, today()
        audit.record(session, actor, "settle", "bc_order", order.number,
                     after={"receipt": receipt.number, "total": total, "deposit": order.deposit, "balance": balance,
                            "method": paid_by.value})
        return Settlement(view_of(session, order), receipt, balance)


def cancel(db: Database, actor: Actor, number: str, reason: str, refund: Decimal | None = None) -> Cancellation:
    """Before service only. The deposit is refunded on a refund slip (all of it unless ``refund`` says less;
    what is kept is receipted as a cancellation charge)."""
    require(actor, Permission.SERVE_BUSINESS)
    reason = text_field(reason, "reason", 200, _("Say why the order is cancelled"))
    if len(reason) < 2:
        raise ValidationError(_("Say why the order is cancelled"), field="reason")
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        status = ORDER_MACHINE.next(order.status, OrderAction.CANCEL, order.number)
        refund = order.deposit if refund is None else refund
        check_amount(refund, "refund")
        if refund > order.deposit:
            raise ValidationError(_("A refund of {refund} is above what was paid ({paid})"), field="refund",
                                  refund=format_yuan(refund), paid=format_yuan(order.deposit))
        deposit_method = PaymentMethod(order.deposit_method) if order.deposit_method else None
        refund_number, receipt = None, None
        if refund > 0:
            refund_number = next_number(session, REFUND_SERIES, today())
            _money(session, actor, order, "refund", -refund, deposit_method, refund_number)
        kept = order.deposit - refund
        if kept > 0:
            receipt = issue_receipt(session, actor, ReceiptDraft(
                kind=ReceiptKind.BUSINESS, payer=order.customer, unit=_unit_code(session, order),
                payment_method=deposit_method, lines=(ReceiptLineDraft(CANCELLATION_ITEM, kept),),
                deposit=order.deposit, balance=-refund, note=f"通知单 {order.number} 取消：{reason}"[:200]))
            order.receipt_number = receipt.number
        order.status, order.refund_number, order.cancel_reason, order.closed_on = status, refund_number, reason, today()
        audit.record(session, actor, "cancel", "bc_order", order.number,
                     after={"reason": reason, "refund": refund, "refund_number": refund_number, "kept": kept})
        return Cancellation(view_of(session, order), refund_number, refund, receipt)


def reverse_receipt(session, actor: Actor, receipt_number: str) -> None:
    """A business receipt voided (in the void's transaction): the money it recorded goes back, a settled order
    is open for settling again with its deposit still held, a charge on a unit's account is taken off."""
    order = session.scalar(select(BusinessOrder).where(BusinessOrder.receipt_number == receipt_number)
                           .with_for_update())
    if order is None:
        return
    line = session.scalar(select(BillLine).where(BillLine.source == receipt_number).with_for_update())
    if line is not None:
        if line.paid > 0:
            raise ValidationError(_("The charge of receipt {number} on the unit's account has been paid; refund "
                                    "it there before voiding"), field="number", number=receipt_number)
        session.delete(line)
    settled = session.scalar(select(BusinessMoney).where(BusinessMoney.document == receipt_number,
                                                         BusinessMoney.kind == "settle"))
    receipt = session.scalar(select(Receipt).where(Receipt.number == receipt_number))
    drawer = (receipt.operator_id, receipt.operator_name)
    if order.status == OrderStatus.CANCELLED.value:  # the cancellation charge goes back to the customer
        kept = order.deposit - _refunded(session, order)
        _money(session, actor, order, "void", -kept, PaymentMethod(order.deposit_method), receipt_number, drawer)
    else:
        order.status = ORDER_MACHINE.next(order.status, OrderAction.REOPEN, order.number)
        order.closed_on = None
        if settled is not None:
            _money(session, actor, order, "void", -settled.amount, PaymentMethod(settled.method), receipt_number,
                   drawer)
    order.receipt_number = None
    audit.record(session, actor, "reopen" if order.status != OrderStatus.CANCELLED.value else "void_charge",
                 "bc_order", order.number, after={"voided_receipt": receipt_number, "status": order.status})


def get_order(db: Database, actor: Actor, number: str) -> OrderView:
    require(actor, Permission.SERVE_BUSINESS)
    with db.read(actor) as session:
        return view_of(session, load(session, number))


def list_orders(db: Database, actor: Actor, search: str = "", statuses: tuple[OrderStatus, ...] | None = None,
                limit: int = 500) -> list[OrderView]:
    """The newest orders first; ``search`` matches the number, customer, phone or the customer's pinyin
    initials (``zs`` finds 张三)."""
    require(actor, Permission.SERVE_BUSINESS)
    text = search_text(search)
    query = select(BusinessOrder).order_by(BusinessOrder.id.desc())
    if statuses:
        query = query.where(BusinessOrder.status.in_([OrderStatus(s).value for s in statuses]))
    with db.read(actor) as session:
        if text:
            like = f"%{text}%"
            direct = query.where(or_(BusinessOrder.number.ilike(like), BusinessOrder.customer.ilike(like),
                                     BusinessOrder.phone.ilike(like)))
            found = {order.id: order for order in session.scalars(direct.limit(limit))}
            if text.isascii() and text.isalpha():
                for order in session.scalars(query.limit(5000)):
                    if len(found) >= limit:
                        break
                    if text.lower() in initials(order.customer):
                        found.setdefault(order.id, order)
            orders = sorted(found.values(), key=lambda o: -o.id)
        else:
            orders = list(session.scalars(query.limit(limit)))
        return [view_of(session, order) for order in orders]


def load(session, number: str, for_update: bool = False) -> BusinessOrder:
    query = select(BusinessOrder).where(BusinessOrder.number == key_text(number).upper())
    order = session.scalar(query.with_for_update() if for_update else query)
    if order is None:
        raise NotFound(_("There is no order numbered {number}"), field="number", number=number)
    return order


def view_of(session, order: BusinessOrder) -> OrderView:
    codes = {}
    resource_ids = {line.resource_id for line in order.lines if line.resource_id}
    if resource_ids:
        codes = dict(session.execute(select(BusinessResource.id, BusinessResource.code)
                                     .where(BusinessResource.id.in_(resource_ids))).all())
    lines = tuple(OrderLineView(line.service_id, line.service, ChargeUnit(line.unit), line.price, line.quantity,
                                line.amount, line.takes_deposit, codes.get(line.resource_id), line.starts_at,
                                line.ends_at) for line in order.lines)
    deposit_base = sum((line.amount for line in order.lines if line.takes_deposit), ZERO)
    return OrderView(
        number=order.number, status=OrderStatus(order.status), customer=order.customer, phone=order.phone,
        unit=_unit_code(session, order), wanted_at=order.wanted_at, note=order.note, lines=lines,
        estimate=_estimate(order), deposit_rate=order.deposit_rate,
        deposit_due=round_fen(deposit_base * order.deposit_rate / 100), deposit=order.deposit,
        deposit_method=PaymentMethod(order.deposit_method) if order.deposit_method else None,
        created_at=order.created_at, receipt_number=order.receipt_number, refund_number=order.refund_number,
        cancel_reason=order.cancel_reason, refunded=_refunded(session, order) if order.refund_number else ZERO,
        closed_on=order.closed_on)


def quantity_text(quantity: Decimal, unit: ChargeUnit | str) -> str:
    """``12 页``, ``1.5 小时``: the quantity without trailing zeros, and its unit in Chinese."""
    shown = f"{quantity:f}".rstrip("0").rstrip(".") if "." in f"{quantity:f}" else f"{quantity:f}"
    return f"{shown} {CHARGE_UNIT_CHINESE[ChargeUnit(unit)]}"


def _priced_lines(session, drafts: tuple[LineDraft, ...], except_order: str | None = None) -> list[BusinessOrderLine]:
    if not drafts:
        raise ValidationError(_("An order needs at least one service"), field="lines")
    if len(drafts) > MAX_LINES:
        raise ValidationError(_("An order holds at most {count} services (one receipt's lines)"), field="lines",
                              count=MAX_LINES)
    lines, slots = [], []
    for position, draft in enumerate(drafts, start=1):
        service = service_by_id(session, draft.service_id)
        if service is None or not service.active:
            raise ValidationError(_("Line {line}: that service is not on the price list"), field="lines",
                                  line=position)
        quantity = draft.quantity
        if not isinstance(quantity, Decimal) or not quantity.is_finite() or (
                0 < quantity <= MAX_QUANTITY and quantity != quantity.quantize(ZERO)):
            raise ValidationError(_("Line {line}: a quantity is a number with at most two decimals"), field="lines",
                                  line=position)
        if quantity <= 0 or quantity > MAX_QUANTITY:
            raise ValidationError(_("Line {line}: the quantity of {service} must be above zero"), field="lines",
                                  line=position, service=service.name)
        resource_id, starts_at, ends_at = None, None, None
        if service.books:
            if not draft.resource:
                raise ValidationError(_("Line {line}: choose the room or machine {service} books"), field="lines",
                                      line=position, service=service.name)
            slot = check_slot(session, draft.resource, draft.starts_at, draft.ends_at, "lines")
            if slot.resource.kind != service.books:
                raise ValidationError(_("Line {line}: {name} cannot be booked for {service}"), field="lines",
                                      line=position, name=slot.resource.name, service=service.name)
            booking = next(iter(guest_clashes(session, slot, except_order)), None)
            if booking is not None:
                raise ValidationError(_("{name} is booked from {start} to {end} on order {number}"), field="lines",
                                      name=slot.resource.name, start=format_local(booking.starts_at),
                                      end=format_local(booking.ends_at), number=booking.document)
            for other in slots:
                if other.resource.id == slot.resource.id and other.starts_at < slot.ends_at \
                        and slot.starts_at < other.ends_at:
                    raise ValidationError(_("Line {line}: {name} is booked twice at the same time"), field="lines",
                                          line=position, name=slot.resource.name)
            slots.append(slot)
            resource_id, starts_at, ends_at = slot.resource.id, slot.starts_at, slot.ends_at
        lines.append(BusinessOrderLine(position=position, service_id=service.id, service=service.name,
                                       unit=service.unit, price=service.price, quantity=quantity,
                                       amount=round_fen(service.price * quantity), takes_deposit=service.takes_deposit,
                                       resource_id=resource_id, starts_at=starts_at, ends_at=ends_at))
    return lines


def _customer(session, draft: OrderDraft) -> tuple[Unit | None, str, str]:
    who = _("Who is the customer? A name of at most 100 characters")
    customer = text_field(draft.customer, "customer", 100, who, required=False)
    phone = text_field(draft.phone, "phone", 40, _("The phone number is too long"), required=False)
    unit = unit_id_of(session, draft.unit) if str(draft.unit or "").strip() else None
    if unit is not None and not customer:
        customer = payer_of(session, unit.id) or unit.code
    customer = text_field(customer, "customer", 100, who)
    if unit is None and not phone:
        raise ValidationError(_("A walk-in guest leaves a phone number"), field="phone")
    return unit, customer, phone


def _estimate(order: BusinessOrder) -> Decimal:
    return sum((line.amount for line in order.lines), ZERO)


def _refunded(session, order: BusinessOrder) -> Decimal:
    refunds = session.scalars(select(BusinessMoney.amount).where(BusinessMoney.order_id == order.id,
                                                                 BusinessMoney.kind == "refund"))
    return -sum(refunds, ZERO)


def _money(session, actor: Actor, order: BusinessOrder, kind: str, amount: Decimal, method: PaymentMethod,
           document: str, drawer: tuple[int, str] | None = None) -> None:
    """``drawer``: whose till the money goes through when not the acting user's (a manager's void goes back
    through the till of the operator who took the money)."""
    now = utcnow()
    operator_id, operator_name = drawer or (actor.user_id, actor.full_name or actor.username)
    session.add(BusinessMoney(order_id=order.id, kind=kind, amount=amount, method=PaymentMethod(method).value,
                              document=document, business_date=today(now), at=now, operator_id=operator_id,
                              operator_name=operator_name))


def _money_method(method) -> PaymentMethod:
    try:
        method = PaymentMethod(method)
    except ValueError:
        raise ValidationError(_("Unknown payment method {method}"), field="method", method=method) from None
    if method not in MONEY_METHODS:
        raise ValidationError(_("A deposit is money received: it cannot be charged to an account"), field="method")
    return method


def _unit_code(session, order: BusinessOrder) -> str:
    return session.scalar(select(Unit.code).where(Unit.id == order.unit_id)) if order.unit_id else ""


def _note(text: str) -> str:
    return text_field(text, "note", 200, _("The note is longer than {count} characters"), required=False)
