"""The business centre: its price list, rooms and equipment, guests' orders with their bookings, the money
that crosses its counter, internal-use requests by building staff, and shift-end cash counts."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.types import Hundredths, Money, UTCDateTime


class BusinessService(Base):
    """One line of the price list: so much per unit of charge (page, minute, hour...)."""

    __tablename__ = "bc_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    category: Mapped[str] = mapped_column(String(30))
    unit: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal] = mapped_column(Money)
    takes_deposit: Mapped[bool] = mapped_column(Boolean, default=False)
    books: Mapped[str] = mapped_column(String(10), default="")  # "room", "equipment" or "" (nothing booked)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class BusinessResource(Base):
    """A meeting room, a temporary office or a piece of equipment that is booked for a time."""

    __tablename__ = "bc_resource"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10))  # room, equipment
    state: Mapped[str] = mapped_column(String(16), default="in_service")  # in_service, out_of_order
    note: Mapped[str] = mapped_column(String(200), default="")


class BusinessOrder(Base):
    """A guest's or a tenant's order, numbered by its charge notice (收费通知单)."""

    __tablename__ = "bc_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    customer: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(40), default="")
    wanted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    deposit_rate: Mapped[Decimal] = mapped_column(Hundredths)  # percent of the deposit-taking services
    deposit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    deposit_method: Mapped[str | None] = mapped_column(String(20), nullable=True)
    deposit_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    receipt_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    refund_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)

    lines: Mapped[list["BusinessOrderLine"]] = relationship(order_by="BusinessOrderLine.position",
                                                            lazy="selectin", cascade="all, delete-orphan")


class BusinessOrderLine(Base):
    """A service ordered, at the price of the day; a room or equipment line books it for a time."""

    __tablename__ = "bc_order_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("bc_order.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    service_id: Mapped[int] = mapped_column(ForeignKey("bc_service.id"))
    service: Mapped[str] = mapped_column(String(60))
    unit: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal] = mapped_column(Money)
    quantity: Mapped[Decimal] = mapped_column(Hundredths)
    amount: Mapped[Decimal] = mapped_column(Money)
    takes_deposit: Mapped[bool] = mapped_column(Boolean)
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("bc_resource.id"), nullable=True, index=True)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class BusinessMoney(Base):
    """Money across the counter: in (deposit, payment) is positive, out (refund, void) negative."""

    __tablename__ = "bc_money"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("bc_order.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # deposit, settle, refund, void
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(20))
    document: Mapped[str] = mapped_column(String(20))  # the charge notice, receipt or refund slip
    business_date: Mapped[date] = mapped_column(Date, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    operator_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    operator_name: Mapped[str] = mapped_column(String(100))


class UseRequest(Base):
    """A staff member's equipment-use request (设备使用申请单), approved by a manager before use; after use
    the settlement sheet (费用结算单) charges the department."""

    __tablename__ = "bc_use_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(12), index=True)
    department: Mapped[str] = mapped_column(String(60))
    requester: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(String(200), default="")
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("bc_resource.id"), nullable=True, index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    filed_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    decision_note: Mapped[str] = mapped_column(String(200), default="")
    settlement_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    total: Mapped[Decimal | None] = mapped_column(Money, nullable=True)

    lines: Mapped[list["UseLine"]] = relationship(order_by="UseLine.position", lazy="selectin",
                                                  cascade="all, delete-orphan")


class UseLine(Base):
    """What was used on an internal request, priced from the list, charged to the department."""

    __tablename__ = "bc_use_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("bc_use_request.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    service: Mapped[str] = mapped_column(String(60))
    unit: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal] = mapped_column(Money)
    quantity: Mapped[Decimal] = mapped_column(Hundredths)
    amount: Mapped[Decimal] = mapped_column(Money)


class CashCount(Base):
    """The cash an operator counted at the end of a shift; counted again, the later count stands."""

    __tablename__ = "bc_cash_count"
    __table_args__ = (UniqueConstraint("business_date", "operator_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[date] = mapped_column(Date)
    operator_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    counted: Mapped[Decimal] = mapped_column(Money)
    expected: Mapped[Decimal] = mapped_column(Money)
    counted_at: Mapped[datetime] = mapped_column(UTCDateTime)
