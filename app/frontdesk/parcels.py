"""Mail and parcels (收发, series YJ): letters and parcels logged as they arrive (carrier, tracking number,
recipient unit and person, registered or not), the recipient notified, and picked up once by a named person,
never before the item arrived. Items waiting longer than the site's number of days (3 unless set) stand out.
Newspapers and magazines (报刊) are recorded as delivered to units, a day's list at a time."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from app import audit
from app.accounts.register import unit_id_of
from app.clock import SITE_ZONE, format_local, moment, not_before, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.frontdesk.forms import unit_code
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.search_keys import search_rows
from app.text import key_text, search_text, text_field
from db.models import Parcel, PeriodicalDelivery, SiteSetting, Unit
from db.types import utcnow

SERIES = "YJ"  # 邮件
WAITING_DAYS_KEY = "parcel_waiting_days"
DEFAULT_WAITING_DAYS, MAX_WAITING_DAYS = 3, 60
MAX_LOOK_BACK_DAYS = 366
MAX_COPIES = 100
COMMON_CARRIERS = ("顺丰", "京东", "中通", "圆通", "韵达", "申通", "极兔", "德邦", "EMS", "邮政")


class ParcelKind(StrEnum):
    LETTER = "letter"
    PARCEL = "parcel"


PARCEL_KIND_LABELS = {ParcelKind.LETTER: _("Letter"), ParcelKind.PARCEL: _("Parcel")}
PARCEL_KIND_CHINESE = {ParcelKind.LETTER: "信件", ParcelKind.PARCEL: "包裹"}


@dataclass(frozen=True)
class ParcelDraft:
    kind: ParcelKind | str
    carrier: str
    tracking: str  # the carrier's number, or "" (an ordinary letter has none)
    unit: str  # the recipient unit's code, or ""
    recipient: str
    registered: bool = False  # 挂号/签收件
    arrived_at: datetime | None = None  # now


@dataclass(frozen=True)
class ParcelView:
    number: str
    kind: ParcelKind
    carrier: str
    tracking: str
    unit: str
    recipient: str
    registered: bool
    arrived_at: datetime
    logged_by: str
    notified_at: datetime | None
    picked_up_at: datetime | None
    picked_up_by: str  # who collected it
    handed_by: str  # the clerk who handed it over

    @property
    def waiting(self) -> bool:
        return self.picked_up_at is None

    def waiting_days(self, now: datetime | None = None) -> int:
        """Days of the site's calendar from the day it arrived to ``now`` (or to the day it was picked up)."""
        return (today(self.picked_up_at or now or utcnow()) - today(self.arrived_at)).days

    def stands_out(self, now: datetime | None, days: int) -> bool:
        """Still waiting more than ``days`` days (the site's setting, ``parcel_waiting_days``)."""
        return self.waiting and self.waiting_days(now) > days


@dataclass(frozen=True)
class PeriodicalView:
    id: int
    delivered_on: date
    unit: str
    title: str
    copies: int
    delivered_by: str


# --- the site's number of days ----------------------------------------------------------------------------
def parcel_waiting_days(db: Database) -> int:
    """After how many days a parcel still waiting stands out."""
    with db.read() as session:
        return _waiting_days(session)


def set_parcel_waiting_days(db: Database, actor: Actor, days: int) -> int:
    require(actor, Permission.EDIT_SITE)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_WAITING_DAYS:
        raise ValidationError(_("The number of days is a whole number from 1 to {count}"), field="days",
                              count=MAX_WAITING_DAYS)
    with db.write(actor) as session:
        before = _waiting_days(session)
        _store(session, WAITING_DAYS_KEY, str(days))
        audit.record(session, actor, "update", "site", WAITING_DAYS_KEY, before={"days": before}, after={"days": days})
    return days


# --- mail and parcels -------------------------------------------------------------------------------------
def log_parcel(db: Database, actor: Actor, draft: ParcelDraft) -> ParcelView:
    require(actor, Permission.FRONT_DESK)
    try:
        kind = ParcelKind(draft.kind)
    except ValueError:
        raise ValidationError(_("Choose letter or parcel"), field="kind") from None
    if not isinstance(draft.registered, bool):
        raise ValidationError(_("Say whether it is registered"), field="registered")
    values = {"kind": kind.value,
              "carrier": text_field(draft.carrier, "carrier", 30, _("Name the carrier in at most {count} characters")),
              "tracking": text_field(draft.tracking, "tracking", 40, _("The tracking number is at most {count} "
                                                                       "characters"), required=False).upper(),
              "recipient": text_field(draft.recipient, "recipient", 60, _("Name the recipient in at most {count} "
                                                                          "characters")),
              "registered": draft.registered, "arrived_at": moment(draft.arrived_at, "arrived_at")}
    code = unit_code(draft.unit)
    with db.write(actor) as session:
        unit = unit_id_of(session, code) if code else None
        if values["tracking"]:
            same = session.scalar(select(Parcel).where(
                Parcel.tracking == values["tracking"], func.lower(Parcel.carrier) == values["carrier"].lower(),
                Parcel.picked_up_at.is_(None)))
            if same is not None:
                raise ValidationError(_("{carrier} {tracking} was logged already as {number} ({time}) and is still "
                                        "waiting"), field="tracking", carrier=same.carrier, tracking=same.tracking,
                                      number=same.number, time=format_local(same.arrived_at))
        parcel = Parcel(number=next_number(session, SERIES, today(values["arrived_at"])),
                        unit_id=unit.id if unit else None, logged_by=_name(actor), **values)
        session.add(parcel)
        session.flush()
        audit.record(session, actor, "log", "parcel", parcel.number,
                     after={**values, "unit": unit.code if unit else ""})
        return _views(session, [parcel])[0]


def mark_notified(db: Database, actor: Actor, number: str, at: datetime | None = None) -> ParcelView:
    """The recipient was told at ``at`` (now) that the item waits at the desk; telling them again moves the time."""
    require(actor, Permission.FRONT_DESK)
    at = moment(at, "at")
    with db.write(actor) as session:
        parcel = _parcel(session, number, for_update=True)
        _refuse_if_picked_up(parcel)
        when = not_before(at, parcel.arrived_at)
        if when is None:
            raise ValidationError(_("The recipient cannot be notified ({time}) before the item arrived ({arrived})"),
                                  field="at", time=format_local(at), arrived=format_local(parcel.arrived_at))
        before = {"notified_at": parcel.notified_at}
        parcel.notified_at = when
        audit.record(session, actor, "notify", "parcel", parcel.number, before=before, after={"notified_at": when})
        return _views(session, [parcel])[0]


def pick_up(db: Database, actor: Actor, number: str, picked_up_by: str, at: datetime | None = None) -> ParcelView:
    """The item collected by ``picked_up_by`` at ``at`` (now), handed over by the actor."""
    require(actor, Permission.FRONT_DESK)
    picked_up_by = text_field(picked_up_by, "picked_up_by", 60, _("Name who collected it, in at most {count} "
                                                                  "characters"))
    at = moment(at, "at")
    with db.write(actor) as session:
        parcel = _parcel(session, number, for_update=True)
        _refuse_if_picked_up(parcel)
        when = not_before(at, parcel.arrived_at)
        if when is None:
            raise ValidationError(_("It cannot be picked up ({time}) before it arrived ({arrived})"), field="at",
                                  time=format_local(at), arrived=format_local(parcel.arrived_at))
        parcel.picked_up_at, parcel.picked_up_by, parcel.handed_by = when, picked_up_by, _name(actor)
        audit.record(session, actor, "pick_up", "parcel", parcel.number, before={"picked_up_at": None},
                     after={"picked_up_at": when, "picked_up_by": picked_up_by, "handed_by": parcel.handed_by})
        return _views(session, [parcel])[0]


def list_parcels(db: Database, actor: Actor, waiting_only: bool = True, search: str = "",
                 limit: int = 500) -> list[ParcelView]:
    """Newest first. ``search`` matches the number, the tracking number, the unit or the recipient (or their
    pinyin initials)."""
    require(actor, Permission.FRONT_DESK)
    query = select(Parcel).outerjoin(Unit, Unit.id == Parcel.unit_id).order_by(Parcel.arrived_at.desc(),
                                                                               Parcel.id.desc())
    if waiting_only:
        query = query.where(Parcel.picked_up_at.is_(None))
    text = search_text(search)
    with db.read(actor) as session:
        if not text:
            return _views(session, list(session.scalars(query.limit(limit))))
        return _views(session, search_rows(session, query, text, (
            Parcel.number, Parcel.tracking, Unit.code, Parcel.recipient), Parcel.initials, limit))


def waiting_longer_than(db: Database, actor: Actor, days: int, now: datetime | None = None) -> list[ParcelView]:
    """Items not picked up that arrived more than ``days`` days of the site's calendar before ``now``, the longest
    waiting first."""
    require(actor, Permission.FRONT_DESK)
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= MAX_LOOK_BACK_DAYS:
        raise ValidationError(_("The number of days is a whole number from 0 to {count}"), field="days",
                              count=MAX_LOOK_BACK_DAYS)
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    before = datetime.combine(today(now) - timedelta(days=days), time.min, tzinfo=SITE_ZONE)
    with db.read(actor) as session:
        return _views(session, list(session.scalars(select(Parcel).where(
            Parcel.picked_up_at.is_(None), Parcel.arrived_at < before).order_by(Parcel.arrived_at, Parcel.id))))


def get_parcel(db: Database, actor: Actor, number: str) -> ParcelView:
    require(actor, Permission.FRONT_DESK)
    with db.read(actor) as session:
        return _views(session, [_parcel(session, number)])[0]


# --- newspapers and magazines -----------------------------------------------------------------------------
def deliver_periodicals(db: Database, actor: Actor, on: date,
                        rows: list[tuple[str, str, int]]) -> list[PeriodicalView]:
    """The day's newspapers and magazines, one row (unit code, title, copies) per unit and title. Every row is
    checked before any is saved; a title delivered to a unit on a day is recorded once."""
    require(actor, Permission.FRONT_DESK)
    if type(on) is not date:
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="on")
    if on > today():
        raise ValidationError(_("Deliveries are recorded once made, not for a day to come"), field="on")
    if on < today() - timedelta(days=366):
        raise ValidationError(_("The date is more than a year ago; check it"), field="on")
    checked = []
    for line, row in enumerate(rows or (), start=1):
        if not isinstance(row, (tuple, list)) or len(row) != 3:
            raise ValidationError(_("Line {line}: give the unit, the title and the copies"), field="rows", line=line)
        code, title, copies = row
        code = text_field(code, "rows", 20, _("Line {line}: give the unit"), line=line).upper()
        title = text_field(title, "rows", 60, _("Line {line}: give the title in at most {count} characters"),
                           line=line)
        if not isinstance(copies, int) or isinstance(copies, bool) or not 1 <= copies <= MAX_COPIES:
            raise ValidationError(_("Line {line}: copies is a whole number from 1 to {count}"), field="rows",
                                  line=line, count=MAX_COPIES)
        if any((code, title) == (other[0], other[1]) for other in checked):
            raise ValidationError(_("Line {line}: {title} for {unit} is on the list twice"), field="rows", line=line,
                                  title=title, unit=code)
        checked.append((code, title, copies))
    if not checked:
        raise ValidationError(_("List at least one delivery"), field="rows")
    name = _name(actor)
    with db.write(actor) as session:
        units = {}
        for line, (code, title, _copies) in enumerate(checked, start=1):
            try:
                units[code] = unit_id_of(session, code)
            except NotFound:
                raise NotFound(_("Line {line}: there is no unit {code}"), field="rows", line=line,
                               code=code) from None
            if session.scalar(select(PeriodicalDelivery.id).where(
                    PeriodicalDelivery.unit_id == units[code].id, PeriodicalDelivery.title == title,
                    PeriodicalDelivery.delivered_on == on)) is not None:
                raise ValidationError(_("Line {line}: {title} was recorded for {unit} on {day} already"),
                                      field="rows", line=line, title=title, unit=code, day=on.isoformat())
        deliveries = [PeriodicalDelivery(unit_id=units[code].id, title=title, copies=copies, delivered_on=on,
                                         delivered_by=name) for code, title, copies in checked]
        session.add_all(deliveries)
        session.flush()
        for delivery, (code, title, copies) in zip(deliveries, checked, strict=True):
            audit.record(session, actor, "deliver", "periodical_delivery", str(delivery.id),
                         after={"unit": code, "title": title, "copies": copies, "delivered_on": on})
        return [PeriodicalView(d.id, on, code, d.title, d.copies, name)
                for d, (code, _title, _copies) in zip(deliveries, checked, strict=True)]


def list_periodicals(db: Database, actor: Actor, on: date | None = None, unit: str = "") -> list[PeriodicalView]:
    """The latest day first, then by unit and title; ``on`` one day only, ``unit`` one unit's code."""
    require(actor, Permission.FRONT_DESK)
    query = select(PeriodicalDelivery, Unit.code).join(Unit, Unit.id == PeriodicalDelivery.unit_id).order_by(
        PeriodicalDelivery.delivered_on.desc(), Unit.code, PeriodicalDelivery.title, PeriodicalDelivery.id)
    if on is not None:
        query = query.where(PeriodicalDelivery.delivered_on == on)
    code = unit_code(unit).upper()
    if code:
        query = query.where(Unit.code == code)
    with db.read(actor) as session:
        return [PeriodicalView(d.id, d.delivered_on, delivered_to, d.title, d.copies, d.delivered_by)
                for d, delivered_to in session.execute(query)]


# --- inside -------------------------------------------------------------------------------------------
def _waiting_days(session) -> int:
    stored = session.scalar(select(SiteSetting.value).where(SiteSetting.key == WAITING_DAYS_KEY))
    return int(stored) if stored and stored.isdigit() else DEFAULT_WAITING_DAYS


def _store(session, key: str, value: str) -> None:
    row = session.scalar(select(SiteSetting).where(SiteSetting.key == key).with_for_update())
    if row is None:
        session.add(SiteSetting(key=key, value=value))
    else:
        row.value = value


def _refuse_if_picked_up(parcel: Parcel) -> None:
    if parcel.picked_up_at is not None:
        raise ValidationError(_("{number} was picked up already, by {name} at {time}"), field="number",
                              number=parcel.number, name=parcel.picked_up_by, time=format_local(parcel.picked_up_at))


def _parcel(session, number: str, for_update: bool = False) -> Parcel:
    query = select(Parcel).where(Parcel.number == key_text(number).upper())
    parcel = session.scalar(query.with_for_update() if for_update else query)
    if parcel is None:
        raise NotFound(_("There is no mail or parcel numbered {number}"), field="number", number=number)
    return parcel


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _views(session, parcels: list[Parcel]) -> list[ParcelView]:
    ids = {p.unit_id for p in parcels if p.unit_id}
    units = dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids))).all()) if ids else {}
    return [ParcelView(p.number, ParcelKind(p.kind), p.carrier, p.tracking, units.get(p.unit_id, ""), p.recipient,
                       p.registered, p.arrived_at, p.logged_by, p.notified_at, p.picked_up_at, p.picked_up_by,
                       p.handed_by) for p in parcels]
