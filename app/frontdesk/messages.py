"""Inquiries and messages at the desk (问讯 / 留言). An inquiry is answered at the desk when it is asked: it is
kept with its answer and needs nothing more. A message is left for a tenant (a unit, a person, or both), taken
by a clerk at a time, and waits until it is delivered to the tenant (by whom) or the tenant collects it (who
came for it); either happens once, and never before the message was taken."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from app import audit
from app.accounts.register import unit_id_of
from app.clock import format_local, moment, not_before
from app.database import Database
from app.errors import NotFound, ValidationError
from app.frontdesk.forms import unit_code
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.search_keys import search_rows
from app.text import row_id, search_text, text_field
from db.models import DeskMessage, Unit


class MessageKind(StrEnum):
    INQUIRY = "inquiry"  # 问讯: answered at the desk
    MESSAGE = "message"  # 留言: for a tenant


MESSAGE_KIND_LABELS = {MessageKind.INQUIRY: _("Inquiry"), MessageKind.MESSAGE: _("Message")}
MESSAGE_KIND_CHINESE = {MessageKind.INQUIRY: "问讯", MessageKind.MESSAGE: "留言"}


class MessageStatus(StrEnum):
    WAITING = "waiting"  # a message not yet delivered nor collected
    DELIVERED = "delivered"  # taken to the tenant by the desk
    COLLECTED = "collected"  # the tenant came for it
    ANSWERED = "answered"  # an inquiry, answered at the desk


MESSAGE_STATUS_LABELS = {MessageStatus.WAITING: _("waiting"), MessageStatus.DELIVERED: _("delivered"),
                         MessageStatus.COLLECTED: _("collected"), MessageStatus.ANSWERED: _("answered")}
MESSAGE_STATUS_CHINESE = {MessageStatus.WAITING: "待转交", MessageStatus.DELIVERED: "已送达",
                          MessageStatus.COLLECTED: "已领取", MessageStatus.ANSWERED: "已答复"}


@dataclass(frozen=True)
class MessageDraft:
    kind: MessageKind | str
    text: str  # the message; for an inquiry the question and the answer given
    unit: str = ""  # the unit's code, or ""
    for_person: str = ""  # whom the message is for
    from_person: str = ""  # who left it, or who asked
    contact: str = ""  # how to reach them
    taken_at: datetime | None = None  # now


@dataclass(frozen=True)
class MessageView:
    id: int
    kind: MessageKind
    status: MessageStatus
    unit: str
    for_person: str
    from_person: str
    contact: str
    text: str
    taken_at: datetime
    taken_by: str
    done_at: datetime | None  # delivered, collected, or (an inquiry) answered
    done_by: str  # who delivered it, who collected it, or who answered
    recorded_by: str  # the clerk who recorded that

    @property
    def waiting(self) -> bool:
        return self.status is MessageStatus.WAITING


def take_message(db: Database, actor: Actor, draft: MessageDraft) -> MessageView:
    """A message for a tenant, waiting until delivered or collected; or an inquiry, answered at once."""
    require(actor, Permission.FRONT_DESK)
    try:
        kind = MessageKind(draft.kind)
    except ValueError:
        raise ValidationError(_("Choose inquiry or message"), field="kind") from None
    taken_at = moment(draft.taken_at, "taken_at")
    values = {"kind": kind.value,
              "text": text_field(draft.text, "text", 500, _("Write the message or the inquiry and its answer in "
                                                            "at most {count} characters")),
              "for_person": text_field(draft.for_person, "for_person", 60, _("Name the person the message is for "
                                                                             "in at most {count} characters"),
                                       required=False),
              "from_person": text_field(draft.from_person, "from_person", 60, _("Name who left it in at most "
                                                                                "{count} characters"),
                                        required=False),
              "contact": text_field(draft.contact, "contact", 40, _("The contact is at most {count} characters"),
                                    required=False),
              "taken_at": taken_at}
    code = unit_code(draft.unit)
    if kind is MessageKind.MESSAGE and not code and not values["for_person"]:
        raise ValidationError(_("Say whom the message is for: a unit, a person, or both"), field="for_person")
    name = _name(actor)
    if kind is MessageKind.INQUIRY:
        outcome = {"status": MessageStatus.ANSWERED.value, "done_at": taken_at, "done_by": name, "recorded_by": name}
    else:
        outcome = {"status": MessageStatus.WAITING.value}
    with db.write(actor) as session:
        unit = unit_id_of(session, code) if code else None
        message = DeskMessage(unit_id=unit.id if unit else None, taken_by=name, **values, **outcome)
        session.add(message)
        session.flush()
        audit.record(session, actor, "take", "desk_message", str(message.id),
                     after={**values, "unit": unit.code if unit else "", "status": message.status})
        return _views(session, [message])[0]


def deliver(db: Database, actor: Actor, message_id: int, by: str, at: datetime | None = None) -> MessageView:
    """The message taken to the tenant by ``by`` (a clerk or a porter) at ``at`` (now)."""
    return _finish(db, actor, message_id, MessageStatus.DELIVERED, by, at,
                   _("Name who delivered the message in at most {count} characters"))


def collected(db: Database, actor: Actor, message_id: int, by: str, at: datetime | None = None) -> MessageView:
    """The message collected at the desk by ``by`` (the tenant, or whoever came for it) at ``at`` (now)."""
    return _finish(db, actor, message_id, MessageStatus.COLLECTED, by, at,
                   _("Name who collected the message in at most {count} characters"))


def list_messages(db: Database, actor: Actor, waiting_only: bool = True, search: str = "",
                  kind: MessageKind | str | None = None) -> list[MessageView]:
    """Newest first. ``search`` matches the unit, the people (or their pinyin initials), the contact or the
    text."""
    require(actor, Permission.FRONT_DESK)
    query = select(DeskMessage).outerjoin(Unit, Unit.id == DeskMessage.unit_id).order_by(
        DeskMessage.taken_at.desc(), DeskMessage.id.desc())
    if waiting_only:
        query = query.where(DeskMessage.status == MessageStatus.WAITING.value)
    if kind:
        try:
            query = query.where(DeskMessage.kind == MessageKind(kind).value)
        except ValueError:
            raise ValidationError(_("Choose inquiry or message"), field="kind") from None
    text = search_text(search)
    with db.read(actor) as session:
        if not text:
            return _views(session, list(session.scalars(query)))
        return _views(session, search_rows(session, query, text, (
            Unit.code, DeskMessage.for_person, DeskMessage.from_person, DeskMessage.contact, DeskMessage.text),
            DeskMessage.initials))


def get_message(db: Database, actor: Actor, message_id: int) -> MessageView:
    require(actor, Permission.FRONT_DESK)
    with db.read(actor) as session:
        return _views(session, [_message(session, message_id)])[0]


# --- inside -------------------------------------------------------------------------------------------
def _finish(db: Database, actor: Actor, message_id: int, status: MessageStatus, by: str, at: datetime | None,
            message: str) -> MessageView:
    require(actor, Permission.FRONT_DESK)
    by = text_field(by, "by", 60, message)
    at = moment(at, "at")
    with db.write(actor) as session:
        row = _message(session, message_id, for_update=True)
        if row.kind == MessageKind.INQUIRY.value:
            raise ValidationError(_("An inquiry is answered at the desk; it is not delivered or collected"),
                                  field="message")
        if row.status != MessageStatus.WAITING.value:
            raise ValidationError(_("This message was {status} already: {by}, {time}"), field="message",
                                  status=MESSAGE_STATUS_LABELS[MessageStatus(row.status)], by=row.done_by,
                                  time=format_local(row.done_at))
        when = not_before(at, row.taken_at)
        if when is None:
            raise ValidationError(_("This cannot happen ({time}) before the message was taken ({taken})"),
                                  field="at", time=format_local(at), taken=format_local(row.taken_at))
        row.status, row.done_at, row.done_by, row.recorded_by = status.value, when, by, _name(actor)
        audit.record(session, actor, "deliver" if status is MessageStatus.DELIVERED else "collect", "desk_message",
                     str(row.id), before={"status": MessageStatus.WAITING.value},
                     after={"status": row.status, "at": when, "by": by})
        return _views(session, [row])[0]


def _message(session, message_id: int, for_update: bool = False) -> DeskMessage:
    message = session.get(DeskMessage, message_id, with_for_update=for_update) if row_id(message_id) else None
    if message is None:
        raise NotFound(_("There is no such message"), field="message")
    return message


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _views(session, messages: list[DeskMessage]) -> list[MessageView]:
    ids = {m.unit_id for m in messages if m.unit_id}
    units = dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids))).all()) if ids else {}
    return [MessageView(m.id, MessageKind(m.kind), MessageStatus(m.status), units.get(m.unit_id, ""), m.for_person,
                        m.from_person, m.contact, m.text, m.taken_at, m.taken_by, m.done_at, m.done_by, m.recorded_by)
            for m in messages]
