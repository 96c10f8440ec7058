from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.types import Money, UTCDateTime


class Receipt(Base):
    """An issued receipt. Never edited nor deleted (triggers refuse it): a void keeps the row and its number."""

    __tablename__ = "receipt"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    business_date: Mapped[date] = mapped_column(Date, index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    payer: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(60), default="")
    payment_method: Mapped[str] = mapped_column(String(20))
    total: Mapped[Decimal] = mapped_column(Money)
    deposit: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    balance: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    operator_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    operator_name: Mapped[str] = mapped_column(String(100))
    check_code: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(10), default="issued")
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    print_count: Mapped[int] = mapped_column(Integer, default=0)

    lines: Mapped[list["ReceiptLine"]] = relationship(order_by="ReceiptLine.position", lazy="selectin")


class ReceiptLine(Base):
    __tablename__ = "receipt_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(100))
    period: Mapped[str] = mapped_column(String(40), default="")  # the period served, or a quantity
    unit_price: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    amount: Mapped[Decimal] = mapped_column(Money)
