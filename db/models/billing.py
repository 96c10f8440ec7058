from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import Area, Money, UTCDateTime


class FeeRate(Base):
    """So much per m² per month for one fee item and unit type, from a date on (history is kept)."""

    __tablename__ = "fee_rate"
    __table_args__ = (UniqueConstraint("item", "unit_type", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item: Mapped[str] = mapped_column(String(16))  # property, lift, water
    unit_type: Mapped[str] = mapped_column(String(16))
    rate: Mapped[Decimal] = mapped_column(Money)
    effective_from: Mapped[date] = mapped_column(Date)
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BillLine(Base):
    """What one unit owes for one fee item and one month; ``paid`` grows as payments are allocated.

    A billing run makes its lines (``run_id``); a charge from elsewhere (a business-centre order put on the
    unit's account, 挂账) names its document in ``source`` instead."""

    __tablename__ = "bill_line"
    __table_args__ = (UniqueConstraint("unit_id", "period", "item", "source"),
                      # a unit's totals read from the index alone: balances, credit, arrears (migration 0013)
                      Index("ix_bill_line_unit_amounts", "unit_id", "amount", "paid"))

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    period: Mapped[date] = mapped_column(Date, index=True)  # the month's first day
    item: Mapped[str] = mapped_column(String(16))
    area: Mapped[Decimal] = mapped_column(Area)
    days: Mapped[int] = mapped_column(Integer)  # billable days of the month
    basis: Mapped[str] = mapped_column(String(80))  # the rates and days it was computed from
    amount: Mapped[Decimal] = mapped_column(Money)
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("billing_run.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(20), default="", server_default="")


class BillingRun(Base):
    __tablename__ = "billing_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[date] = mapped_column(Date)
    run_at: Mapped[datetime] = mapped_column(UTCDateTime)
    run_by: Mapped[str] = mapped_column(String(64))
    lines_created: Mapped[int] = mapped_column(Integer)
    total: Mapped[Decimal] = mapped_column(Money)
