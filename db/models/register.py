from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.types import Area


class Building(Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    floors: Mapped[int] = mapped_column(Integer)
    has_lift: Mapped[bool] = mapped_column(Boolean)
    has_water: Mapped[bool] = mapped_column(Boolean)  # secondary water supply (二次供水)


class Unit(Base):
    """A unit of a building, addressed ``BUILDING-ROOM`` (``A-1201``), billed by its floor area."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("building_id", "room"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    room: Mapped[str] = mapped_column(String(20))
    floor: Mapped[int] = mapped_column(Integer)
    area: Mapped[Decimal] = mapped_column(Area)
    unit_type: Mapped[str] = mapped_column(String(16))
    handover_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    search: Mapped[str] = mapped_column(String(300), default="", server_default="")  # app.accounts.unit_search

    building: Mapped[Building] = relationship(lazy="joined")


class Party(Base):
    """An owner or a tenant: a person or a company."""

    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    initials: Mapped[str] = mapped_column(String(100), index=True)  # pinyin initials: 张三 -> zs
    phone: Mapped[str] = mapped_column(String(40), default="")


class UnitParty(Base):
    """Who is attached to a unit, as owner or tenant, from when to when, and whether they pay for it."""

    __tablename__ = "unit_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # owner, tenant
    move_in: Mapped[date | None] = mapped_column(Date, nullable=True)
    move_out: Mapped[date | None] = mapped_column(Date, nullable=True)
    pays: Mapped[bool] = mapped_column(Boolean, default=False)

    party: Mapped[Party] = relationship(lazy="joined")
