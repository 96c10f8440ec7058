"""Complaints (投诉, series TS): from whom, about what, in which category, received by whom, due within the
site's handling deadline; the response and who handled it; closed only with a response recorded and the
complainant's satisfaction (1 to 5). The handling rate of a period is the share of the complaints received in
it that were closed by their deadline."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy import select

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
from app.state_machine import StateMachine
from app.text import key_text, search_text, text_field
from db.models import Complaint, SiteSetting, Unit
from db.types import utcnow

SERIES = "TS"  # 投诉
DEADLINE_KEY = "complaint_deadline_hours"
DEFAULT_DEADLINE_HOURS = 48
MAX_DEADLINE_HOURS = 720  # 30 days
RESPONSE_LIMIT = 500
HANDLER_LIMIT = 60  # complaint.handled_by is VARCHAR(60)


class ComplaintCategory(StrEnum):
    SERVICE = "service"
    CLEANING = "cleaning"
    SECURITY = "security"
    REPAIRS = "repairs"
    NOISE = "noise"
    PARKING = "parking"
    FEES = "fees"
    ENVIRONMENT = "environment"
    OTHER = "other"


C = ComplaintCategory
COMPLAINT_CATEGORY_LABELS = {C.SERVICE: _("Service"), C.CLEANING: _("Cleanliness"), C.SECURITY: _("Security"),
                             C.REPAIRS: _("Repair service"), C.NOISE: _("Noise"), C.PARKING: _("Parking"),
                             C.FEES: _("Fees"), C.ENVIRONMENT: _("Environment"), C.OTHER: _("Other")}
COMPLAINT_CATEGORY_CHINESE = {C.SERVICE: "服务态度", C.CLEANING: "保洁", C.SECURITY: "安保", C.REPAIRS: "维修",
                              C.NOISE: "噪音", C.PARKING: "停车", C.FEES: "收费", C.ENVIRONMENT: "环境", C.OTHER: "其他"}


class ComplaintStatus(StrEnum):
    OPEN = "open"  # received, nobody has responded yet
    HANDLING = "handling"  # a response is recorded
    CLOSED = "closed"  # with the complainant's satisfaction


class ComplaintAction(StrEnum):
    RESPOND = "respond"
    CLOSE = "close"


COMPLAINT_STATUS_LABELS = {ComplaintStatus.OPEN: _("awaiting a response"),
                           ComplaintStatus.HANDLING: _("being handled"), ComplaintStatus.CLOSED: _("resolved")}
COMPLAINT_STATUS_CHINESE = {ComplaintStatus.OPEN: "待处理", ComplaintStatus.HANDLING: "处理中",
                            ComplaintStatus.CLOSED: "已结案"}
COMPLAINT_ACTION_LABELS = {ComplaintAction.RESPOND: _("respond to"), ComplaintAction.CLOSE: _("close")}

COMPLAINT_MACHINE = StateMachine(_("Complaint"), {
    (ComplaintStatus.OPEN, ComplaintAction.RESPOND): ComplaintStatus.HANDLING,
    (ComplaintStatus.OPEN, ComplaintAction.CLOSE): ComplaintStatus.CLOSED,  # only with a response given on closing
    (ComplaintStatus.HANDLING, ComplaintAction.RESPOND): ComplaintStatus.HANDLING,
    (ComplaintStatus.HANDLING, ComplaintAction.CLOSE): ComplaintStatus.CLOSED,
}, COMPLAINT_STATUS_LABELS, COMPLAINT_ACTION_LABELS)


@dataclass(frozen=True)
class ComplaintDraft:
    complainant: str
    category: ComplaintCategory | str
    about: str
    unit: str = ""  # the complainant's unit code, or ""
    contact: str = ""
    received_at: datetime | None = None  # now


@dataclass(frozen=True)
class ComplaintView:
    number: str
    status: ComplaintStatus
    complainant: str
    unit: str
    contact: str
    category: ComplaintCategory
    about: str
    received_at: datetime
    received_by: str
    due_at: datetime
    response: str
    handled_by: str
    closed_at: datetime | None
    satisfaction: int | None

    @property
    def open(self) -> bool:
        return self.status is not ComplaintStatus.CLOSED

    @property
    def closed_in_time(self) -> bool:
        return self.closed_at is not None and self.closed_at <= self.due_at

    def overdue(self, now: datetime | None = None) -> bool:
        """Not closed, and past the deadline at ``now``."""
        return self.open and (now or utcnow()) > self.due_at

    def due_soon(self, now: datetime | None = None) -> bool:
        """Not closed, and less than a quarter of the time to the deadline left at ``now``."""
        now = now or utcnow()
        return self.open and now <= self.due_at and (self.due_at - now) * 4 < self.due_at - self.received_at


@dataclass(frozen=True)
class HandlingRate:
    since: date
    until: date
    received: int  # complaints received in the period
    closed_in_time: int  # of those, closed no later than their deadline
    closed_late: int
    still_open: int
    rate: Decimal | None  # closed_in_time / received, a percentage with one decimal; None when none was received


# --- the site's deadline ----------------------------------------------------------------------------------
def deadline_hours(session) -> int:
    stored = session.scalar(select(SiteSetting.value).where(SiteSetting.key == DEADLINE_KEY))
    return int(stored) if stored else DEFAULT_DEADLINE_HOURS


def get_deadline_hours(db: Database) -> int:
    """How many hours the site gives itself to handle a complaint."""
    with db.read() as session:
        return deadline_hours(session)


def set_deadline_hours(db: Database, actor: Actor, hours: int) -> int:
    """The handling deadline of complaints received from now on; those received before keep theirs."""
    require(actor, Permission.EDIT_SITE)
    if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= MAX_DEADLINE_HOURS:
        raise ValidationError(_("The handling deadline is a whole number of hours from 1 to {count}"), field="hours",
                              count=MAX_DEADLINE_HOURS)
    with db.write(actor) as session:
        before = deadline_hours(session)
        row = session.scalar(select(SiteSetting).where(SiteSetting.key == DEADLINE_KEY).with_for_update())
        if row is None:
            session.add(SiteSetting(key=DEADLINE_KEY, value=str(hours)))
        else:
            row.value = str(hours)
        audit.record(session, actor, "update", "site", DEADLINE_KEY, before={"hours": before}, after={"hours": hours})
    return hours


# --- complaints -------------------------------------------------------------------------------------------
def receive(db: Database, actor: Actor, draft: ComplaintDraft) -> ComplaintView:
    require(actor, Permission.FRONT_DESK)
    try:
        category = ComplaintCategory(draft.category)
    except ValueError:
        raise ValidationError(_("Choose the category of the complaint"), field="category") from None
    values = {"complainant": text_field(draft.complainant, "complainant", 60, _("Name the complainant in at most "
                                                                                "{count} characters")),
              "category": category.value,
              "about": text_field(draft.about, "about", 500, _("Say what the complaint is about in at most {count} "
                                                               "characters")),
              "contact": text_field(draft.contact, "contact", 40, _("The contact is at most {count} characters"),
                                    required=False),
              "received_at": moment(draft.received_at, "received_at")}
    code = unit_code(draft.unit)
    with db.write(actor) as session:
        unit = unit_id_of(session, code) if code else None
        due_at = values["received_at"] + timedelta(hours=deadline_hours(session))
        complaint = Complaint(number=next_number(session, SERIES, today(values["received_at"])),
                              unit_id=unit.id if unit else None, received_by=_name(actor), due_at=due_at,
                              status=ComplaintStatus.OPEN.value, **values)
        session.add(complaint)
        session.flush()
        audit.record(session, actor, "receive", "complaint", complaint.number,
                     after={**values, "unit": unit.code if unit else "", "due_at": due_at})
        return _views(session, [complaint])[0]


def respond(db: Database, actor: Actor, number: str, response: str, handled_by: str,
            at: datetime | None = None) -> ComplaintView:
    """The response given (added to any given before, on a new line) and who handled it; the complaint is then
    being handled."""
    require(actor, Permission.FRONT_DESK)
    response = text_field(response, "response", RESPONSE_LIMIT, _("Write the response in at most {count} "
                                                                  "characters"))
    handled_by = text_field(handled_by, "handled_by", HANDLER_LIMIT, _("Name who handled the complaint in at most "
                                                                       "{count} characters"))
    at = moment(at, "at")
    with db.write(actor) as session:
        complaint = _complaint(session, number, for_update=True)
        status = COMPLAINT_MACHINE.next(complaint.status, ComplaintAction.RESPOND, complaint.number)
        when = _not_before_receipt(complaint, at)
        before = {"status": complaint.status, "response": complaint.response, "handled_by": complaint.handled_by}
        complaint.response = _added(complaint.response, response)
        complaint.status, complaint.handled_by = status, handled_by
        audit.record(session, actor, "respond", "complaint", complaint.number, before=before,
                     after={"status": status, "response": complaint.response, "handled_by": handled_by, "at": when})
        return _views(session, [complaint])[0]


def close(db: Database, actor: Actor, number: str, satisfaction: int, at: datetime | None = None,
          response: str | None = None) -> ComplaintView:
    """Closed with the complainant's satisfaction (1 very unsatisfied to 5 very satisfied), and a last
    ``response`` when given; a complaint without any response recorded is not closed."""
    require(actor, Permission.FRONT_DESK)
    if not isinstance(satisfaction, int) or isinstance(satisfaction, bool) or not 1 <= satisfaction <= 5:
        raise ValidationError(_("Record the complainant's satisfaction, from 1 to 5"), field="satisfaction")
    if response is not None:
        response = text_field(response, "response", RESPONSE_LIMIT, _("The response is at most {count} "
                                                                      "characters"), required=False)
    at = moment(at, "at")
    with db.write(actor) as session:
        complaint = _complaint(session, number, for_update=True)
        status = COMPLAINT_MACHINE.next(complaint.status, ComplaintAction.CLOSE, complaint.number)
        if not complaint.response and not response:
            raise ValidationError(_("A complaint is closed only with a response recorded: say how it was handled"),
                                  field="response")
        when = _not_before_receipt(complaint, at)
        before = {"status": complaint.status, "response": complaint.response, "handled_by": complaint.handled_by}
        if response:
            complaint.response = _added(complaint.response, response)
            complaint.handled_by = complaint.handled_by or _name(actor)[:HANDLER_LIMIT]
        complaint.status, complaint.closed_at, complaint.satisfaction = status, when, satisfaction
        audit.record(session, actor, "close", "complaint", complaint.number, before=before,
                     after={"status": status, "response": complaint.response, "handled_by": complaint.handled_by,
                            "closed_at": when, "satisfaction": satisfaction})
        return _views(session, [complaint])[0]


def list_complaints(db: Database, actor: Actor, open_only: bool = True, search: str = "", since: date | None = None,
                    until: date | None = None) -> list[ComplaintView]:
    """Newest first. ``since``/``until`` bound the site's day received (both included); ``search`` matches the
    number, the complainant (or their pinyin initials), the unit, the contact, what it is about, or who handled
    it."""
    require(actor, Permission.FRONT_DESK)
    query = select(Complaint).outerjoin(Unit, Unit.id == Complaint.unit_id).order_by(Complaint.received_at.desc(),
                                                                                     Complaint.id.desc())
    if open_only:
        query = query.where(Complaint.status != ComplaintStatus.CLOSED.value)
    if since is not None:
        query = query.where(Complaint.received_at >= _day_start(since))
    if until is not None:
        query = query.where(Complaint.received_at < _day_start(until + timedelta(days=1)))
    text = search_text(search)
    with db.read(actor) as session:
        if not text:
            return _views(session, list(session.scalars(query)))
        return _views(session, search_rows(session, query, text, (
            Complaint.number, Complaint.complainant, Unit.code, Complaint.contact, Complaint.about,
            Complaint.handled_by), Complaint.initials))


def get_complaint(db: Database, actor: Actor, number: str) -> ComplaintView:
    require(actor, Permission.FRONT_DESK)
    with db.read(actor) as session:
        return _views(session, [_complaint(session, number)])[0]


def handling_rate(db: Database, actor: Actor, since: date, until: date) -> HandlingRate:
    """Of the complaints received on the site's days ``since`` to ``until`` (both included): how many were
    closed by their deadline, how many late, how many are still open; the rate is the share closed in time."""
    require(actor, Permission.FRONT_DESK)
    if type(since) is not date:
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="since")
    if type(until) is not date:
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="until")
    if until < since:
        raise ValidationError(_("The period ends ({until}) before it begins ({since})"), field="until",
                              until=until.isoformat(), since=since.isoformat())
    with db.read(actor) as session:
        rows = session.execute(select(Complaint.closed_at, Complaint.due_at).where(
            Complaint.received_at >= _day_start(since), Complaint.received_at < _day_start(until + timedelta(days=1))
        )).all()
    in_time = sum(1 for closed_at, due_at in rows if closed_at is not None and closed_at <= due_at)
    late = sum(1 for closed_at, due_at in rows if closed_at is not None and closed_at > due_at)
    return HandlingRate(since, until, len(rows), in_time, late, len(rows) - in_time - late, rate_of(in_time, len(rows)))


def rate_of(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` as a percentage with one decimal, rounded half up; None when ``whole`` is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# --- inside -------------------------------------------------------------------------------------------
def _added(before: str, response: str) -> str:
    combined = f"{before}\n{response}" if before else response
    if len(combined) > RESPONSE_LIMIT:
        raise ValidationError(_("The response would be longer than {count} characters with what was recorded "
                                "before; shorten it"), field="response", count=RESPONSE_LIMIT)
    return combined


def _not_before_receipt(complaint: Complaint, at: datetime) -> datetime:
    when = not_before(at, complaint.received_at)
    if when is None:
        raise ValidationError(_("This cannot happen ({time}) before the complaint was received ({received})"),
                              field="at", time=format_local(at), received=format_local(complaint.received_at))
    return when


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=SITE_ZONE)


def _complaint(session, number: str, for_update: bool = False) -> Complaint:
    query = select(Complaint).where(Complaint.number == key_text(number).upper())
    complaint = session.scalar(query.with_for_update() if for_update else query)
    if complaint is None:
        raise NotFound(_("There is no complaint numbered {number}"), field="number", number=number)
    return complaint


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _views(session, complaints: list[Complaint]) -> list[ComplaintView]:
    ids = {c.unit_id for c in complaints if c.unit_id}
    units = dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids))).all()) if ids else {}
    return [ComplaintView(c.number, ComplaintStatus(c.status), c.complainant, units.get(c.unit_id, ""), c.contact,
                          ComplaintCategory(c.category), c.about, c.received_at, c.received_by, c.due_at, c.response,
                          c.handled_by, c.closed_at, c.satisfaction) for c in complaints]
