"""The front desk's logs: visitors, inquiries and messages, complaints, the key register and key loans, mail and
parcels, newspapers and magazines delivered, luggage stored, and errands booked for tenants."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import Money, UTCDateTime


class Visitor(Base):
    """A visit (访客登记): who, with only the last digits of their ID, whom they came to see, and when they came
    and left."""

    __tablename__ = "visitor"

    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials of name, searched
    number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    id_type: Mapped[str] = mapped_column(String(12))  # id_card, passport, hk_macau, taiwan, other, none
    id_tail: Mapped[str] = mapped_column(String(6), default="")  # the last digits only, never the whole number
    company: Mapped[str] = mapped_column(String(100), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    host: Mapped[str] = mapped_column(String(60), default="")  # the person visited
    purpose: Mapped[str] = mapped_column(String(100), default="")
    people: Mapped[int] = mapped_column(Integer, default=1)
    badge: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    time_in: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    time_out: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    recorded_by: Mapped[str] = mapped_column(String(100))


class DeskMessage(Base):
    """An inquiry answered at the desk (问讯) or a message left for a tenant (留言), delivered or collected."""

    __tablename__ = "desk_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials of both people, searched
    kind: Mapped[str] = mapped_column(String(10))  # inquiry, message
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    for_person: Mapped[str] = mapped_column(String(60), default="")
    from_person: Mapped[str] = mapped_column(String(60), default="")
    contact: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(String(500))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    taken_by: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10), index=True)  # waiting, delivered, collected, answered
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by: Mapped[str] = mapped_column(String(100), default="")  # who delivered it, or who collected it
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class Complaint(Base):
    """A complaint (投诉): from whom, about what, received by whom, the response, and the complainant's
    satisfaction when it is closed."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials of complainant, searched
    number: Mapped[str] = mapped_column(String(20), unique=True)
    complainant: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    contact: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(16))
    about: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    received_by: Mapped[str] = mapped_column(String(100))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the site's handling deadline when received
    status: Mapped[str] = mapped_column(String(10), index=True)  # open, handling, closed
    response: Mapped[str] = mapped_column(String(500), default="")
    handled_by: Mapped[str] = mapped_column(String(60), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1 to 5


class DeskKey(Base):
    """A key of the key register (钥匙): its number, what it opens and how many copies the desk holds."""

    __tablename__ = "desk_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    opens: Mapped[str] = mapped_column(String(100))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class KeyLoan(Base):
    """A key issued to a named person, due back at a time, and returned."""

    __tablename__ = "key_loan"

    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials of person, searched
    key_id: Mapped[int] = mapped_column(ForeignKey("desk_key.id"), index=True)
    person: Mapped[str] = mapped_column(String(60))
    company: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(String(100), default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    issued_by: Mapped[str] = mapped_column(String(100))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    received_by: Mapped[str] = mapped_column(String(100), default="")


class Parcel(Base):
    """Mail or a parcel logged as it arrives, the recipient notified, and picked up by a named person."""

    __tablename__ = "parcel"

    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials of recipient, searched
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # letter, parcel
    carrier: Mapped[str] = mapped_column(String(30))
    tracking: Mapped[str] = mapped_column(String(40), default="", index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    recipient: Mapped[str] = mapped_column(String(60))
    registered: Mapped[bool] = mapped_column(Boolean, default=False)  # 挂号/签收件
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    logged_by: Mapped[str] = mapped_column(String(100))
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    picked_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    picked_up_by: Mapped[str] = mapped_column(String(60), default="")
    handed_by: Mapped[str] = mapped_column(String(100), default="")


class PeriodicalDelivery(Base):
    """Newspapers and magazines delivered to a unit on a day."""

    __tablename__ = "periodical_delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    title: Mapped[str] = mapped_column(String(60))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    delivered_on: Mapped[date] = mapped_column(Date, index=True)
    delivered_by: Mapped[str] = mapped_column(String(100))


class Luggage(Base):
    """Luggage stored against a numbered tag, released against the same tag."""

    __tablename__ = "luggage"

    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials of owner, searched
    tag: Mapped[str] = mapped_column(String(20), unique=True)
    owner: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    items: Mapped[str] = mapped_column(String(200))
    pieces: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    stored_by: Mapped[str] = mapped_column(String(100))
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    released_to: Mapped[str] = mapped_column(String(60), default="")
    released_by: Mapped[str] = mapped_column(String(100), default="")


class Errand(Base):
    """An errand or booking for a tenant (委托代办): taxi, tickets, hotel, flowers, laundry, housekeeping...;
    its fee can be put on the unit's account."""

    __tablename__ = "errand"

    id: Mapped[int] = mapped_column(primary_key=True)
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials of requester, searched
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    requester: Mapped[str] = mapped_column(String(60))
    contact: Mapped[str] = mapped_column(String(40), default="")
    details: Mapped[str] = mapped_column(String(500))
    wanted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(10), index=True)  # requested, booked, done, cancelled
    fee: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    charged: Mapped[bool] = mapped_column(Boolean, default=False)  # the fee was put on the unit's account
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    taken_by: Mapped[str] = mapped_column(String(100))
    booked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    booking: Mapped[str] = mapped_column(String(200), default="")  # what was booked: flight, hotel, confirmation
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
