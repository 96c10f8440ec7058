"""Luggage storage (行李寄存): luggage is stored against a numbered tag the system gives (series XL), with its
owner, the items and how many pieces, and released once against the same tag to a named person, never before it
was stored. A view says how long it has been (or was) stored."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app import audit
from app.accounts.register import unit_id_of
from app.clock import format_local, moment, not_before, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.frontdesk.forms import unit_code
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.search_keys import search_rows
from app.text import key_text, search_text, text_field
from db.models import Luggage, Unit
from db.types import utcnow

SERIES = "XL"  # 行李
MAX_PIECES = 99


@dataclass(frozen=True)
class LuggageDraft:
    owner: str
    items: str  # what was stored: "行李箱 1 个，纸箱 2 个"
    pieces: int
    unit: str = ""  # the owner's unit code, or ""
    phone: str = ""
    stored_at: datetime | None = None  # now


@dataclass(frozen=True)
class LuggageView:
    tag: str
    owner: str
    unit: str
    phone: str
    items: str
    pieces: int
    stored_at: datetime
    stored_by: str
    released_at: datetime | None
    released_to: str  # who took it
    released_by: str  # the clerk who handed it over

    @property
    def stored(self) -> bool:
        """Still held at the desk."""
        return self.released_at is None

    def stored_for(self, now: datetime | None = None) -> timedelta:
        """How long it has been stored at ``now``, or how long it was stored when released."""
        return max(self.released_at or now or utcnow(), self.stored_at) - self.stored_at

    def stored_days(self, now: datetime | None = None) -> int:
        """Days of the site's calendar from the day it was stored to ``now`` (or to the day it was released)."""
        return (today(self.released_at or now or utcnow()) - today(self.stored_at)).days


def store(db: Database, actor: Actor, draft: LuggageDraft) -> LuggageView:
    """Luggage taken in; the view carries the tag number to write on the tag."""
    require(actor, Permission.FRONT_DESK)
    pieces = draft.pieces
    if not isinstance(pieces, int) or isinstance(pieces, bool) or not 1 <= pieces <= MAX_PIECES:
        raise ValidationError(_("Pieces is a whole number from 1 to {count}"), field="pieces", count=MAX_PIECES)
    values = {"owner": text_field(draft.owner, "owner", 60, _("Name the owner in at most {count} characters")),
              "items": text_field(draft.items, "items", 200, _("Say what is stored in at most {count} characters")),
              "pieces": pieces,
              "phone": text_field(draft.phone, "phone", 40, _("Give a phone number of at most {count} characters"),
                                  required=False),
              "stored_at": moment(draft.stored_at, "stored_at")}
    code = unit_code(draft.unit)
    with db.write(actor) as session:
        unit = unit_id_of(session, code) if code else None
        luggage = Luggage(tag=next_number(session, SERIES, today(values["stored_at"])),
                          unit_id=unit.id if unit else None, stored_by=_name(actor), **values)
        session.add(luggage)
        session.flush()
        audit.record(session, actor, "store", "luggage", luggage.tag,
                     after={**values, "unit": unit.code if unit else ""})
        return _views(session, [luggage])[0]


def release(db: Database, actor: Actor, tag: str, released_to: str, at: datetime | None = None) -> LuggageView:
    """The luggage of ``tag`` handed to ``released_to`` at ``at`` (now), by the actor."""
    require(actor, Permission.FRONT_DESK)
    released_to = text_field(released_to, "released_to", 60, _("Name who takes the luggage, in at most {count} "
                                                                "characters"))
    at = moment(at, "at")
    with db.write(actor) as session:
        luggage = _luggage(session, tag, for_update=True)
        if luggage.released_at is not None:
            raise ValidationError(_("Tag {tag} was released already, to {name} at {time}"), field="tag",
                                  tag=luggage.tag, name=luggage.released_to, time=format_local(luggage.released_at))
        when = not_before(at, luggage.stored_at)
        if when is None:
            raise ValidationError(_("The luggage cannot be released ({time}) before it was stored ({stored})"),
                                  field="at", time=format_local(at), stored=format_local(luggage.stored_at))
        luggage.released_at, luggage.released_to, luggage.released_by = when, released_to, _name(actor)
        audit.record(session, actor, "release", "luggage", luggage.tag, before={"released_at": None},
                     after={"released_at": when, "released_to": released_to, "released_by": luggage.released_by})
        return _views(session, [luggage])[0]


def list_luggage(db: Database, actor: Actor, stored_only: bool = True, search: str = "") -> list[LuggageView]:
    """Newest first. ``search`` matches the tag, the owner (or their pinyin initials), the unit, the phone or the
    items."""
    require(actor, Permission.FRONT_DESK)
    query = select(Luggage).outerjoin(Unit, Unit.id == Luggage.unit_id).order_by(Luggage.stored_at.desc(),
                                                                                 Luggage.id.desc())
    if stored_only:
        query = query.where(Luggage.released_at.is_(None))
    text = search_text(search)
    with db.read(actor) as session:
        if not text:
            return _views(session, list(session.scalars(query)))
        return _views(session, search_rows(session, query, text, (
            Luggage.tag, Luggage.owner, Unit.code, Luggage.phone, Luggage.items), Luggage.initials))


def get_luggage(db: Database, actor: Actor, tag: str) -> LuggageView:
    require(actor, Permission.FRONT_DESK)
    with db.read(actor) as session:
        return _views(session, [_luggage(session, tag)])[0]


# --- inside -------------------------------------------------------------------------------------------
def _luggage(session, tag: str, for_update: bool = False) -> Luggage:
    query = select(Luggage).where(Luggage.tag == key_text(tag).upper())
    luggage = session.scalar(query.with_for_update() if for_update else query)
    if luggage is None:
        raise NotFound(_("There is no luggage with tag {tag}; check the number on the tag"), field="tag",
                       tag=search_text(tag))
    return luggage


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _views(session, rows: list[Luggage]) -> list[LuggageView]:
    ids = {row.unit_id for row in rows if row.unit_id}
    units = dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids))).all()) if ids else {}
    return [LuggageView(row.tag, row.owner, units.get(row.unit_id, ""), row.phone, row.items, row.pieces,
                        row.stored_at, row.stored_by, row.released_at, row.released_to, row.released_by)
            for row in rows]
