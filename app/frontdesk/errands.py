"""Errands and bookings for tenants (委托代办, series DB): a taxi, air tickets, a hotel, a restaurant, show and
sports tickets, a tour, flowers, laundry, cleaning supplies, housekeeping (阿姨), currency exchange... Each is
requested, booked (what was booked), and done, or cancelled with the reason before it is done. Its fee, when
there is one, can be put on the unit's account when it is done: one bill line (委托代办费) named by the errand's
number, collected like any fee."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select

from app import audit
from app.accounts.model import FeeItem
from app.accounts.payments import lock_unit
from app.accounts.register import unit_id_of
from app.clock import format_local, moment, not_before, planned, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.frontdesk.forms import unit_code
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.search_keys import search_rows
from app.state_machine import StateMachine
from app.text import key_text, search_text, text_field
from db.models import BillLine, Errand, Unit
from db.types import utcnow

SERIES = "DB"  # 代办
WANTED_WITHIN = timedelta(days=366)
SOON = timedelta(hours=1)  # an open errand wanted within this long is due soon
MAX_FEE = Decimal("100000.00")
ZERO = Decimal("0.00")


class ErrandKind(StrEnum):
    TAXI = "taxi"
    AIR_TICKET = "air_ticket"
    HOTEL = "hotel"
    RESTAURANT = "restaurant"
    TICKETS = "tickets"  # shows and sports
    TOUR = "tour"
    FLOWERS = "flowers"
    LAUNDRY = "laundry"
    CLEANING_SUPPLIES = "cleaning_supplies"
    HOUSEKEEPING = "housekeeping"  # 家政（阿姨）
    CURRENCY = "currency"  # foreign currency exchange
    OTHER = "other"


K = ErrandKind
ERRAND_KIND_LABELS = {K.TAXI: _("Taxi"), K.AIR_TICKET: _("Air ticket"), K.HOTEL: _("Hotel"),
                      K.RESTAURANT: _("Restaurant"), K.TICKETS: _("Show or sports tickets"), K.TOUR: _("Tour"),
                      K.FLOWERS: _("Flowers"), K.LAUNDRY: _("Laundry"), K.CLEANING_SUPPLIES: _("Cleaning supplies"),
                      K.HOUSEKEEPING: _("Housekeeping"), K.CURRENCY: _("Currency exchange"), K.OTHER: _("Other")}
ERRAND_KIND_CHINESE = {K.TAXI: "出租车", K.AIR_TICKET: "机票", K.HOTEL: "酒店", K.RESTAURANT: "餐厅",
                       K.TICKETS: "演出/体育票", K.TOUR: "旅游", K.FLOWERS: "鲜花", K.LAUNDRY: "洗衣",
                       K.CLEANING_SUPPLIES: "清洁用品", K.HOUSEKEEPING: "家政（阿姨）", K.CURRENCY: "外币兑换",
                       K.OTHER: "其他"}


class ErrandStatus(StrEnum):
    REQUESTED = "requested"
    BOOKED = "booked"
    DONE = "done"
    CANCELLED = "cancelled"


class ErrandAction(StrEnum):
    BOOK = "book"
    FINISH = "finish"
    CANCEL = "cancel"


ERRAND_STATUS_LABELS = {ErrandStatus.REQUESTED: _("requested"), ErrandStatus.BOOKED: _("booked"),
                        ErrandStatus.DONE: _("done"), ErrandStatus.CANCELLED: _("cancelled")}
ERRAND_STATUS_CHINESE = {ErrandStatus.REQUESTED: "已受理", ErrandStatus.BOOKED: "已预订", ErrandStatus.DONE: "已完成",
                         ErrandStatus.CANCELLED: "已取消"}
ERRAND_ACTION_LABELS = {ErrandAction.BOOK: _("book"), ErrandAction.FINISH: _("finish"),
                        ErrandAction.CANCEL: _("cancel")}

ERRAND_MACHINE = StateMachine(_("Errand"), {
    (ErrandStatus.REQUESTED, ErrandAction.BOOK): ErrandStatus.BOOKED,
    (ErrandStatus.REQUESTED, ErrandAction.CANCEL): ErrandStatus.CANCELLED,
    (ErrandStatus.BOOKED, ErrandAction.FINISH): ErrandStatus.DONE,
    (ErrandStatus.BOOKED, ErrandAction.CANCEL): ErrandStatus.CANCELLED,
}, ERRAND_STATUS_LABELS, ERRAND_ACTION_LABELS)
OPEN = (ErrandStatus.REQUESTED.value, ErrandStatus.BOOKED.value)


@dataclass(frozen=True)
class ErrandDraft:
    kind: ErrandKind | str
    requester: str
    details: str  # what is wanted: the flight, the dates, how many people...
    unit: str = ""  # the requester's unit code; needed to put the fee on an account
    contact: str = ""
    wanted_at: datetime | None = None  # when the taxi, the table, the service is wanted
    fee: Decimal | None = None  # the fee, when known


@dataclass(frozen=True)
class ErrandView:
    number: str
    kind: ErrandKind
    status: ErrandStatus
    unit: str
    requester: str
    contact: str
    details: str
    wanted_at: datetime | None
    fee: Decimal | None
    charged: bool  # the fee is on the unit's account
    requested_at: datetime
    taken_by: str
    booked_at: datetime | None
    booking: str
    done_at: datetime | None
    cancel_reason: str

    @property
    def open(self) -> bool:
        return self.status in (ErrandStatus.REQUESTED, ErrandStatus.BOOKED)

    def overdue(self, now: datetime | None = None) -> bool:
        """Still open when it was wanted."""
        return self.open and self.wanted_at is not None and (now or utcnow()) > self.wanted_at

    def due_soon(self, now: datetime | None = None) -> bool:
        """Still open and wanted within the hour."""
        now = now or utcnow()
        return self.open and self.wanted_at is not None and now <= self.wanted_at <= now + SOON


def request(db: Database, actor: Actor, draft: ErrandDraft) -> ErrandView:
    require(actor, Permission.FRONT_DESK)
    try:
        kind = ErrandKind(draft.kind)
    except ValueError:
        raise ValidationError(_("Choose the kind of errand"), field="kind") from None
    now = utcnow()
    values = {"kind": kind.value,
              "requester": text_field(draft.requester, "requester", 60, _("Name who asks for it in at most {count} "
                                                                          "characters")),
              "details": text_field(draft.details, "details", 500, _("Say what is wanted in at most {count} "
                                                                     "characters")),
              "contact": text_field(draft.contact, "contact", 40, _("The contact is at most {count} characters"),
                                    required=False),
              "wanted_at": _wanted(draft.wanted_at, now),
              "fee": _fee(draft.fee) if draft.fee is not None else None}
    code = unit_code(draft.unit)
    with db.write(actor) as session:
        unit = unit_id_of(session, code) if code else None
        errand = Errand(number=next_number(session, SERIES, today(now)), unit_id=unit.id if unit else None,
                        status=ErrandStatus.REQUESTED.value, charged=False, requested_at=now, taken_by=_name(actor),
                        **values)
        session.add(errand)
        session.flush()
        audit.record(session, actor, "request", "errand", errand.number,
                     after={**values, "unit": unit.code if unit else ""})
        return _views(session, [errand])[0]


def book(db: Database, actor: Actor, number: str, booking: str, fee: Decimal | None = None,
         at: datetime | None = None) -> ErrandView:
    """What was booked (the flight and seat, the hotel and its confirmation number...) at ``at`` (now); ``fee``
    replaces the fee known before."""
    require(actor, Permission.FRONT_DESK)
    booking = text_field(booking, "booking", 200, _("Say what was booked in at most {count} characters"))
    fee = _fee(fee) if fee is not None else None
    at = moment(at)
    with db.write(actor) as session:
        errand = _errand(session, number, for_update=True)
        status = ERRAND_MACHINE.next(errand.status, ErrandAction.BOOK, errand.number)
        when = _after(at, errand.requested_at, _("requested"))
        before = {"status": errand.status, "fee": errand.fee}
        errand.status, errand.booked_at, errand.booking = status, when, booking
        if fee is not None:
            errand.fee = fee
        audit.record(session, actor, "book", "errand", errand.number, before=before,
                     after={"status": status, "booking": booking, "fee": errand.fee, "at": when})
        return _views(session, [errand])[0]


def done(db: Database, actor: Actor, number: str, fee: Decimal | None = None, charge_to_account: bool = False,
         at: datetime | None = None) -> ErrandView:
    """Done at ``at`` (now), with its final ``fee`` when given; with ``charge_to_account`` the fee goes on the
    unit's account in the same transaction."""
    require(actor, Permission.FRONT_DESK)
    fee = _fee(fee) if fee is not None else None
    at = moment(at)
    with db.write(actor) as session:
        errand = _errand(session, number, for_update=True)
        status = ERRAND_MACHINE.next(errand.status, ErrandAction.FINISH, errand.number)
        when = _after(at, errand.booked_at or errand.requested_at, _("booked"))
        before = {"status": errand.status, "fee": errand.fee, "charged": errand.charged}
        if fee is not None:
            errand.fee = fee
        if charge_to_account:
            if errand.unit_id is None:
                raise ValidationError(_("Errand {number} names no unit, so its fee cannot be put on an account"),
                                      field="charge_to_account", number=errand.number)
            if errand.fee is None:
                raise ValidationError(_("Give the fee to put on the unit's account"), field="fee")
            lock_unit(session, errand.unit_id)
            session.add(BillLine(unit_id=errand.unit_id, period=today().replace(day=1), item=FeeItem.ERRAND.value,
                                 area=ZERO, days=0, basis=f"代办 {errand.number}", amount=errand.fee, paid=ZERO,
                                 run_id=None, source=errand.number))
            errand.charged = True
        errand.status, errand.done_at = status, when
        audit.record(session, actor, "finish", "errand", errand.number, before=before,
                     after={"status": status, "fee": errand.fee, "charged": errand.charged, "at": when})
        return _views(session, [errand])[0]


def cancel(db: Database, actor: Actor, number: str, reason: str) -> ErrandView:
    """An errand not yet done called off, with the reason; its number stays used."""
    require(actor, Permission.FRONT_DESK)
    reason = text_field(reason, "reason", 200, _("Say why the errand is cancelled, in at most {count} characters"))
    with db.write(actor) as session:
        errand = _errand(session, number, for_update=True)
        status = ERRAND_MACHINE.next(errand.status, ErrandAction.CANCEL, errand.number)
        before = {"status": errand.status}
        errand.status, errand.cancel_reason = status, reason
        audit.record(session, actor, "cancel", "errand", errand.number, before=before,
                     after={"status": status, "reason": reason})
        return _views(session, [errand])[0]


def list_errands(db: Database, actor: Actor, open_only: bool = True, search: str = "",
                 kind: ErrandKind | str | None = None) -> list[ErrandView]:
    """Newest first; ``search`` matches the number, the requester (or their pinyin initials), the unit, the
    contact, the details or the booking."""
    require(actor, Permission.FRONT_DESK)
    query = select(Errand).outerjoin(Unit, Unit.id == Errand.unit_id).order_by(Errand.requested_at.desc(),
                                                                               Errand.id.desc())
    if open_only:
        query = query.where(Errand.status.in_(OPEN))
    if kind:
        try:
            query = query.where(Errand.kind == ErrandKind(kind).value)
        except ValueError:
            raise ValidationError(_("Choose the kind of errand"), field="kind") from None
    text = search_text(search)
    with db.read(actor) as session:
        if not text:
            return _views(session, list(session.scalars(query)))
        return _views(session, search_rows(session, query, text, (
            Errand.number, Errand.requester, Unit.code, Errand.contact, Errand.details, Errand.booking),
            Errand.initials))


def get_errand(db: Database, actor: Actor, number: str) -> ErrandView:
    require(actor, Permission.FRONT_DESK)
    with db.read(actor) as session:
        return _views(session, [_errand(session, number)])[0]


# --- inside -------------------------------------------------------------------------------------------
def _fee(value) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 < value <= MAX_FEE \
            or value != value.quantize(ZERO):
        raise ValidationError(_("A fee is in yuan, above zero and at most {max}, with at most two decimals"),
                              field="fee", max=MAX_FEE)
    return value.quantize(ZERO)


def _wanted(value: datetime | None, now: datetime) -> datetime | None:
    if isinstance(value, datetime) and value.tzinfo is not None and abs(value - now) > WANTED_WITHIN:
        raise ValidationError(_("The time wanted is more than a year away; check it"), field="wanted_at")
    return planned(value, "wanted_at", required=False)


def _after(at: datetime, last: datetime, step: str) -> datetime:
    when = not_before(at, last)
    if when is None:
        raise ValidationError(_("This cannot happen ({time}) before the errand was {step} ({last})"), field="at",
                              time=format_local(at), step=step, last=format_local(last))
    return when


def _errand(session, number: str, for_update: bool = False) -> Errand:
    query = select(Errand).where(Errand.number == key_text(number).upper())
    errand = session.scalar(query.with_for_update() if for_update else query)
    if errand is None:
        raise NotFound(_("There is no errand numbered {number}"), field="number", number=number)
    return errand


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _views(session, errands: list[Errand]) -> list[ErrandView]:
    ids = {e.unit_id for e in errands if e.unit_id}
    units = dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids))).all()) if ids else {}
    return [ErrandView(e.number, ErrandKind(e.kind), ErrandStatus(e.status), units.get(e.unit_id, ""), e.requester,
                       e.contact, e.details, e.wanted_at, e.fee, e.charged, e.requested_at, e.taken_by, e.booked_at,
                       e.booking, e.done_at, e.cancel_reason) for e in errands]
