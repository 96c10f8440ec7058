"""The visitor log (访客登记, series FK): who came, with the kind of ID they showed and its last digits only
(the full number is refused, never stored), whom they came to see, their badge, and when they came and left.
A visit still open after its day has ended stands out; each visit prints as a slip (访客登记单)."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import select

from app import audit
from app.accounts.register import unit_id_of
from app.clock import SITE_ZONE, format_local, moment, not_before, today
from app.database import Database
from app.documents.model import Column, Document, Field, Table
from app.documents.pages import a4_documents
from app.errors import NotFound, ValidationError
from app.frontdesk.forms import unit_code
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.search_keys import search_rows
from app.site import get_site_details
from app.text import key_text, search_text, text_field
from db.models import Unit, Visitor

SERIES = "FK"  # 访客
MAX_PEOPLE = 50
TAIL_MIN, TAIL_MAX = 4, 6
FULL_ID = re.compile(r"(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])")  # a resident ID card's number


class IdType(StrEnum):
    ID_CARD = "id_card"
    PASSPORT = "passport"
    HK_MACAU = "hk_macau"
    TAIWAN = "taiwan"
    OTHER = "other"
    NONE = "none"  # no ID shown


ID_TYPE_LABELS = {IdType.ID_CARD: _("ID card"), IdType.PASSPORT: _("Passport"),
                  IdType.HK_MACAU: _("Hong Kong/Macau permit"), IdType.TAIWAN: _("Taiwan compatriot permit"),
                  IdType.OTHER: _("Other"), IdType.NONE: _("Not shown")}
ID_TYPE_CHINESE = {IdType.ID_CARD: "身份证", IdType.PASSPORT: "护照", IdType.HK_MACAU: "港澳通行证",
                   IdType.TAIWAN: "台胞证", IdType.OTHER: "其他", IdType.NONE: "未出示"}


@dataclass(frozen=True)
class VisitorDraft:
    name: str
    id_type: IdType | str
    id_tail: str  # the last 4 to 6 digits; a full number is refused
    company: str
    unit: str  # the host unit's code, or ""
    host: str  # the person visited, or ""
    purpose: str
    people: int = 1
    badge: str = ""
    phone: str = ""
    time_in: datetime | None = None  # now


@dataclass(frozen=True)
class VisitorView:
    number: str
    name: str
    id_type: IdType
    id_tail: str
    company: str
    unit: str
    host: str
    purpose: str
    people: int
    badge: str
    phone: str
    time_in: datetime
    time_out: datetime | None
    recorded_by: str

    @property
    def inside(self) -> bool:
        return self.time_out is None

    @property
    def masked_id(self) -> str:
        """``****1234``; empty when no ID was shown."""
        return f"****{self.id_tail}" if self.id_tail else ""

    def overdue(self, on: date | None = None) -> bool:
        """Still inside after the day it came in has ended: it came in before ``on`` (today by default)."""
        return self.inside and today(self.time_in) < (on or today())


def sign_in(db: Database, actor: Actor, draft: VisitorDraft) -> VisitorView:
    require(actor, Permission.FRONT_DESK)
    code = unit_code(draft.unit)
    values = _checked(draft, code)
    with db.write(actor) as session:
        unit = unit_id_of(session, code) if code else None
        if values["badge"]:
            wearer = session.scalar(select(Visitor).where(Visitor.badge == values["badge"],
                                                          Visitor.time_out.is_(None)))
            if wearer is not None:
                raise ValidationError(_("Badge {badge} is worn by {name} ({number}), who has not signed out"),
                                      field="badge", badge=values["badge"], name=wearer.name, number=wearer.number)
        visitor = Visitor(number=next_number(session, SERIES, today(values["time_in"])),
                          unit_id=unit.id if unit else None, recorded_by=_name(actor), **values)
        session.add(visitor)
        session.flush()
        audit.record(session, actor, "sign_in", "visitor", visitor.number,
                     after={**values, "unit": unit.code if unit else ""})
        return _views(session, [visitor])[0]


def sign_out(db: Database, actor: Actor, number: str, at: datetime | None = None) -> VisitorView:
    require(actor, Permission.FRONT_DESK)
    at = moment(at, "time_out")
    with db.write(actor) as session:
        visitor = _visitor(session, number, for_update=True)
        if visitor.time_out is not None:
            raise ValidationError(_("{number} ({name}) signed out at {time} already"), field="number",
                                  number=visitor.number, name=visitor.name, time=format_local(visitor.time_out))
        when = not_before(at, visitor.time_in)
        if when is None:
            raise ValidationError(_("The time out ({time_out}) cannot be before the time in ({time_in})"),
                                  field="time_out", time_out=format_local(at), time_in=format_local(visitor.time_in))
        visitor.time_out = when
        audit.record(session, actor, "sign_out", "visitor", visitor.number, before={"time_out": None},
                     after={"time_out": when})
        return _views(session, [visitor])[0]


def list_visitors(db: Database, actor: Actor, inside_only: bool = False, on: date | None = None, search: str = "",
                  limit: int = 500) -> list[VisitorView]:
    """Newest first. ``on``: visits that came in on that day of the site; ``search`` matches the name (or its
    pinyin initials), company, unit, host, number or badge."""
    require(actor, Permission.FRONT_DESK)
    query = select(Visitor).outerjoin(Unit, Unit.id == Visitor.unit_id).order_by(Visitor.time_in.desc(),
                                                                                  Visitor.id.desc())
    if inside_only:
        query = query.where(Visitor.time_out.is_(None))
    if on is not None:
        query = query.where(Visitor.time_in >= _day_start(on), Visitor.time_in < _day_start(on + timedelta(days=1)))
    text = search_text(search)
    with db.read(actor) as session:
        if not text:
            return _views(session, list(session.scalars(query.limit(limit))))
        return _views(session, search_rows(session, query, text, (
            Visitor.name, Visitor.company, Unit.code, Visitor.host, Visitor.number, Visitor.badge),
            Visitor.initials, limit))


def still_inside(db: Database, actor: Actor, on: date | None = None) -> list[VisitorView]:
    """Visits not signed out whose day has ended: they came in before today or, given ``on``, on or before that
    day. The longest inside first."""
    require(actor, Permission.FRONT_DESK)
    before = _day_start(on + timedelta(days=1)) if on is not None else _day_start(today())
    with db.read(actor) as session:
        return _views(session, list(session.scalars(
            select(Visitor).where(Visitor.time_out.is_(None), Visitor.time_in < before)
            .order_by(Visitor.time_in, Visitor.id))))


def get_visitor(db: Database, actor: Actor, number: str) -> VisitorView:
    require(actor, Permission.FRONT_DESK)
    with db.read(actor) as session:
        return _views(session, [_visitor(session, number)])[0]


def visitor_slip_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """访客登记单 on A4: the visit as it stands, a blank line for the time out while the visitor is inside, and
    boxes for the host's signature and the desk's."""
    visit = get_visitor(db, actor, number)
    site = get_site_details(db)
    id_text = ID_TYPE_CHINESE[visit.id_type] + (f" {visit.masked_id}" if visit.masked_id else "")
    fields = (Field("访客姓名", visit.name), Field("证件", id_text), Field("被访单位", visit.unit or "—"),
              Field("被访人", visit.host or "—"))
    rows = (("访客姓名", visit.name), ("证件类型及尾号", id_text), ("来访单位", visit.company or "—"),
            ("被访单位", visit.unit or "—"), ("被访人", visit.host or "—"), ("来访事由", visit.purpose or "—"),
            ("来访人数", f"{visit.people} 人"), ("访客证号", visit.badge or "—"), ("联系电话", visit.phone or "—"),
            ("进入时间", format_local(visit.time_in)),
            ("离开时间", format_local(visit.time_out) if visit.time_out else "____年__月__日 __:__"))
    return a4_documents([Document(
        title="访客登记单", number=visit.number, issued=format_local(visit.time_in),
        company_name=site.company_name, site_name=site.site_name, fields=fields,
        notes=("证件号码仅登记末几位，完整号码不予保存。",),
        table=Table((Column("项目", 0.25), Column("内容", 0.75)), rows),
        footer=(Field("登记人", visit.recorded_by),), signatures=("被访人签字", "前台"))])


# --- inside -------------------------------------------------------------------------------------------
def _checked(draft: VisitorDraft, unit: str) -> dict:
    try:
        id_type = IdType(draft.id_type)
    except ValueError:
        raise ValidationError(_("Choose the kind of ID the visitor showed"), field="id_type") from None
    values = {"name": _text(draft.name, "name", 60, _("Give the visitor's name in at most {count} characters")),
              "id_type": id_type.value, "id_tail": _tail(draft.id_tail, id_type),
              "company": _text(draft.company, "company", 100, _("The company is at most {count} characters"),
                               required=False),
              "host": _text(draft.host, "host", 60, _("The person visited is named in at most {count} characters"),
                            required=False),
              "purpose": _text(draft.purpose, "purpose", 100, _("Give the purpose of the visit in at most {count} "
                                                                "characters")),
              "people": _people(draft.people),
              "badge": _text(draft.badge, "badge", 20, _("The badge number is at most {count} characters"),
                             required=False).upper(),
              "phone": _text(draft.phone, "phone", 40, _("Give a phone number of at most {count} characters"),
                             required=False),
              "time_in": moment(draft.time_in, "time_in")}
    if not unit and not values["host"]:
        raise ValidationError(_("Say whom the visitor came to see: a unit, a person, or both"), field="host")
    return values


def _tail(value: str | None, id_type: IdType) -> str:
    if value is not None and not isinstance(value, str):
        raise ValidationError(_("Give the last {low} to {high} digits of the ID (an ID card may end with X)"),
                              field="id_tail", low=TAIL_MIN, high=TAIL_MAX)
    tail = re.sub(r"[\s-]", "", value or "").upper()
    if len(tail) > TAIL_MAX:
        raise ValidationError(_("Only the last {low} to {high} digits of an ID are kept; the full number is never "
                                "stored. Type the last digits only"), field="id_tail", low=TAIL_MIN, high=TAIL_MAX)
    if id_type is IdType.NONE:
        if tail:
            raise ValidationError(_("No ID was shown, so leave its last digits empty"), field="id_tail")
        return ""
    ends_with_x = id_type is IdType.ID_CARD and tail[-1:] == "X"
    digits = tail[:-1] if ends_with_x else tail
    if len(tail) < TAIL_MIN or not (digits.isascii() and digits.isdigit()):
        raise ValidationError(_("Give the last {low} to {high} digits of the ID (an ID card may end with X)"),
                              field="id_tail", low=TAIL_MIN, high=TAIL_MAX)
    return tail


def _text(value: str | None, field: str, limit: int, message: str, required: bool = True) -> str:
    """A free-text field, refused when a full ID number was typed into it."""
    text = text_field(value, field, limit, message, required=required)
    if FULL_ID.search(text.replace(" ", "")):
        raise ValidationError(_("Only the last {low} to {high} digits of an ID are kept; the full number is never "
                                "stored. Type the last digits only"), field=field, low=TAIL_MIN, high=TAIL_MAX)
    return text


def _people(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_PEOPLE:
        raise ValidationError(_("The number of people is a whole number from 1 to {count}"), field="people",
                              count=MAX_PEOPLE)
    return value


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=SITE_ZONE)


def _visitor(session, number: str, for_update: bool = False) -> Visitor:
    query = select(Visitor).where(Visitor.number == key_text(number).upper())
    visitor = session.scalar(query.with_for_update() if for_update else query)
    if visitor is None:
        raise NotFound(_("There is no visit numbered {number}"), field="number", number=number)
    return visitor


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _views(session, visitors: list[Visitor]) -> list[VisitorView]:
    ids = {v.unit_id for v in visitors if v.unit_id}
    units = dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids))).all()) if ids else {}
    return [VisitorView(v.number, v.name, IdType(v.id_type), v.id_tail, v.company, units.get(v.unit_id, ""), v.host,
                        v.purpose, v.people, v.badge, v.phone, v.time_in, v.time_out, v.recorded_by)
            for v in visitors]
