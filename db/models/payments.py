from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, false
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import Money, UTCDateTime


class Payment(Base):
    """Money received for a unit, with the fee receipt issued for it in the same transaction."""

    __tablename__ = "payment"
    # what a unit has received, read from the index alone (migration 0013)
    __table_args__ = (Index("ix_payment_unit_received", "unit_id", "reversed", "amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(20))
    business_date: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    receipt_number: Mapped[str] = mapped_column(ForeignKey("receipt.number"))
    operator: Mapped[str] = mapped_column(String(64))
    reversed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Allocation(Base):
    """Part of a payment, or of a unit's credit (预交), applied to one bill line."""

    __tablename__ = "allocation"

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_line_id: Mapped[int] = mapped_column(ForeignKey("bill_line.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), nullable=True, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    business_date: Mapped[date] = mapped_column(Date)


class Refund(Base):
    """Credit paid back to a unit's payer: its own numbered document, by a manager."""

    __tablename__ = "refund"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(String(200))
    business_date: Mapped[date] = mapped_column(Date)
    refunded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    refunded_by: Mapped[str] = mapped_column(String(64))
