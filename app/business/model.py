"""The words of the business centre: units of charge, rooms and equipment, an order's life, and the plain
views its services return."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from app.i18n import _
from app.receipts.model import PaymentMethod
from app.state_machine import StateMachine
from db.types import utcnow


class ChargeUnit(StrEnum):
    PAGE = "page"
    MINUTE = "minute"
    HOUR = "hour"
    HALF_DAY = "half_day"
    DAY = "day"
    THOUSAND_CHARS = "thousand_chars"
    ITEM = "item"


CHARGE_UNIT_LABELS = {ChargeUnit.PAGE: _("page"), ChargeUnit.MINUTE: _("minute"), ChargeUnit.HOUR: _("hour"),
                      ChargeUnit.HALF_DAY: _("half day"), ChargeUnit.DAY: _("day"),
                      ChargeUnit.THOUSAND_CHARS: _("thousand characters"), ChargeUnit.ITEM: _("item")}
CHARGE_UNIT_CHINESE = {ChargeUnit.PAGE: "页", ChargeUnit.MINUTE: "分钟", ChargeUnit.HOUR: "小时",
                       ChargeUnit.HALF_DAY: "半天", ChargeUnit.DAY: "天", ChargeUnit.THOUSAND_CHARS: "千字",
                       ChargeUnit.ITEM: "件"}


class ResourceKind(StrEnum):
    ROOM = "room"
    EQUIPMENT = "equipment"


RESOURCE_KIND_LABELS = {ResourceKind.ROOM: _("Room"), ResourceKind.EQUIPMENT: _("Equipment")}


class ResourceState(StrEnum):
    IN_SERVICE = "in_service"
    OUT_OF_ORDER = "out_of_order"


RESOURCE_STATE_LABELS = {ResourceState.IN_SERVICE: _("In service"), ResourceState.OUT_OF_ORDER: _("Out of order")}


class OrderStatus(StrEnum):
    OPEN = "open"  # before service: charge notice printed, deposit taken
    IN_SERVICE = "in_service"
    COMPLETED = "completed"  # settled, receipt issued
    CANCELLED = "cancelled"


class OrderAction(StrEnum):
    CHANGE = "change"
    TAKE_DEPOSIT = "take_deposit"
    START = "start"
    SETTLE = "settle"
    CANCEL = "cancel"
    REOPEN = "reopen"  # its receipt was voided: to be settled again


ORDER_STATUS_LABELS = {OrderStatus.OPEN: _("before service"), OrderStatus.IN_SERVICE: _("in service"),
                       OrderStatus.COMPLETED: _("completed"), OrderStatus.CANCELLED: _("cancelled")}
ORDER_ACTION_LABELS = {OrderAction.CHANGE: _("change"), OrderAction.TAKE_DEPOSIT: _("take a deposit for"),
                       OrderAction.START: _("start"), OrderAction.SETTLE: _("settle"),
                       OrderAction.CANCEL: _("cancel"), OrderAction.REOPEN: _("reopen")}

ORDER_MACHINE = StateMachine(_("Order"), {
    (OrderStatus.OPEN, OrderAction.CHANGE): OrderStatus.OPEN,
    (OrderStatus.OPEN, OrderAction.TAKE_DEPOSIT): OrderStatus.OPEN,
    (OrderStatus.OPEN, OrderAction.START): OrderStatus.IN_SERVICE,
    (OrderStatus.OPEN, OrderAction.SETTLE): OrderStatus.COMPLETED,  # a copy job: served while the guest waits
    (OrderStatus.OPEN, OrderAction.CANCEL): OrderStatus.CANCELLED,
    (OrderStatus.IN_SERVICE, OrderAction.CHANGE): OrderStatus.IN_SERVICE,
    (OrderStatus.IN_SERVICE, OrderAction.SETTLE): OrderStatus.COMPLETED,
    (OrderStatus.COMPLETED, OrderAction.REOPEN): OrderStatus.IN_SERVICE,
}, ORDER_STATUS_LABELS, ORDER_ACTION_LABELS)


class RequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    USED = "used"  # settled on its settlement sheet
    CANCELLED = "cancelled"


class RequestAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    RECORD_USE = "record_use"
    CANCEL = "cancel"


REQUEST_STATUS_LABELS = {RequestStatus.PENDING: _("awaiting approval"), RequestStatus.APPROVED: _("approved"),
                         RequestStatus.REJECTED: _("rejected"), RequestStatus.USED: _("used and settled"),
                         RequestStatus.CANCELLED: _("cancelled")}
REQUEST_ACTION_LABELS = {RequestAction.APPROVE: _("approve"), RequestAction.REJECT: _("reject"),
                         RequestAction.RECORD_USE: _("settle"), RequestAction.CANCEL: _("cancel")}

REQUEST_MACHINE = StateMachine(_("Request"), {
    (RequestStatus.PENDING, RequestAction.APPROVE): RequestStatus.APPROVED,
    (RequestStatus.PENDING, RequestAction.REJECT): RequestStatus.REJECTED,
    (RequestStatus.PENDING, RequestAction.CANCEL): RequestStatus.CANCELLED,
    (RequestStatus.APPROVED, RequestAction.RECORD_USE): RequestStatus.USED,
    (RequestStatus.APPROVED, RequestAction.CANCEL): RequestStatus.CANCELLED,
}, REQUEST_STATUS_LABELS, REQUEST_ACTION_LABELS)


@dataclass(frozen=True)
class ServiceDraft:
    name: str
    category: str
    unit: ChargeUnit | str
    price: Decimal
    takes_deposit: bool = False
    books: ResourceKind | str | None = None  # a room or equipment is booked for a time with this service
    active: bool = True


@dataclass(frozen=True)
class ServiceView:
    id: int
    name: str
    category: str
    unit: ChargeUnit
    price: Decimal
    takes_deposit: bool
    books: ResourceKind | None
    active: bool


@dataclass(frozen=True)
class ResourceView:
    id: int
    code: str
    name: str
    kind: ResourceKind
    state: ResourceState
    note: str
    out_with: str | None = None  # the order it is out on now (equipment on rental, a room in use)
    due_at: datetime | None = None  # when it is due back

    def overdue(self, now: datetime | None = None) -> bool:
        return self.due_at is not None and self.due_at < (now or utcnow())


@dataclass(frozen=True)
class LineDraft:
    """A service and how much of it; a room or equipment is booked from ``starts_at`` to ``ends_at``."""

    service_id: int
    quantity: Decimal
    resource: str | None = None  # the resource's code
    starts_at: datetime | None = None
    ends_at: datetime | None = None


@dataclass(frozen=True)
class OrderDraft:
    customer: str  # a guest's name, or the tenant's company or contact
    lines: tuple[LineDraft, ...]
    phone: str = ""
    unit: str = ""  # a tenant's unit (A-1201); empty for a walk-in guest
    wanted_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class OrderLineView:
    service_id: int
    service: str
    unit: ChargeUnit
    price: Decimal
    quantity: Decimal
    amount: Decimal
    takes_deposit: bool
    resource: str | None
    starts_at: datetime | None
    ends_at: datetime | None


@dataclass(frozen=True)
class OrderView:
    number: str
    status: OrderStatus
    customer: str
    phone: str
    unit: str
    wanted_at: datetime | None
    note: str
    lines: tuple[OrderLineView, ...]
    estimate: Decimal
    deposit_rate: Decimal
    deposit_due: Decimal
    deposit: Decimal
    deposit_method: PaymentMethod | None
    created_at: datetime
    receipt_number: str | None
    refund_number: str | None
    cancel_reason: str | None
    refunded: Decimal = Decimal("0.00")  # of the deposit, on the refund slip of a cancelled order
    closed_on: date | None = None  # settled or cancelled on

    def overdue(self, now: datetime | None = None) -> bool:
        """In service with a room or machine kept past its time."""
        moment = now or utcnow()
        return self.status is OrderStatus.IN_SERVICE and any(line.ends_at is not None and line.ends_at < moment
                                                             for line in self.lines)

    @property
    def balance(self) -> Decimal:
        """What is left to pay on settlement (negative: to refund from the deposit)."""
        return self.estimate - self.deposit


@dataclass(frozen=True)
class Booking:
    """A resource taken for a time, by a guest's order or an internal request."""

    resource: str
    resource_name: str
    starts_at: datetime
    ends_at: datetime
    document: str  # order or request number
    who: str
    internal: bool
    status: str


@dataclass(frozen=True)
class UseLineDraft:
    service_id: int
    quantity: Decimal


@dataclass(frozen=True)
class RequestDraft:
    department: str
    requester: str
    reason: str
    starts_at: datetime
    ends_at: datetime
    content: str = ""
    resource: str | None = None


@dataclass(frozen=True)
class UseLineView:
    service: str
    unit: ChargeUnit
    price: Decimal
    quantity: Decimal
    amount: Decimal


@dataclass(frozen=True)
class RequestView:
    number: str
    status: RequestStatus
    department: str
    requester: str
    reason: str
    content: str
    resource: str | None
    resource_name: str | None
    starts_at: datetime
    ends_at: datetime
    filed_at: datetime
    filed_by: str
    decided_at: datetime | None
    decided_by: str | None
    decision_note: str
    settlement_number: str | None
    settled_at: datetime | None
    total: Decimal | None
    lines: tuple[UseLineView, ...]
    clashes: tuple[str, ...] = ()  # guests' orders booked on the same resource at the same time


@dataclass(frozen=True)
class MoneyLine:
    at: datetime
    kind: str  # deposit, settle, refund, void
    document: str
    order: str
    customer: str
    method: PaymentMethod
    amount: Decimal
    operator: str


@dataclass(frozen=True)
class MethodTotal:
    method: PaymentMethod
    deposits: Decimal
    settled: Decimal  # collected on receipts (less what was refunded from deposits at settlement)
    refunds: Decimal  # refund slips of cancelled orders (negative)
    voids: Decimal  # receipts voided (negative for money that went back)
    net: Decimal


@dataclass(frozen=True)
class ShiftReport:
    business_date: date
    operator: str | None  # None: the whole centre
    movements: tuple[MoneyLine, ...]
    totals: tuple[MethodTotal, ...]
    receipts: tuple  # ReceiptView of business receipts issued that day
    voided: tuple  # ReceiptView of business receipts voided that day
    deposits_held: Decimal
    expected_cash: Decimal
    counted_cash: Decimal | None

    @property
    def difference(self) -> Decimal | None:
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash
