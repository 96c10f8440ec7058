"""The key register (钥匙): each key's number, what it opens and how many copies the desk holds; copies issued to
a named person with a time due back, and returned. A loan not returned by its due time is overdue."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select

from app import audit
from app.clock import format_local, moment, not_before, planned
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.search_keys import search_rows
from app.text import key_text, row_id, search_text, text_field
from db.models import DeskKey, KeyLoan
from db.types import utcnow

MAX_COPIES = 20


@dataclass(frozen=True)
class KeyDraft:
    code: str
    opens: str
    copies: int
    active: bool = True


@dataclass(frozen=True)
class KeyView:
    id: int
    code: str
    opens: str
    copies: int
    active: bool
    out: int  # copies out now
    overdue: bool  # a copy is out past its due time

    @property
    def available(self) -> int:
        return self.copies - self.out


@dataclass(frozen=True)
class LoanView:
    id: int
    key_code: str
    opens: str
    person: str
    company: str
    phone: str
    reason: str
    issued_at: datetime
    due_at: datetime
    returned_at: datetime | None
    issued_by: str
    received_by: str

    @property
    def out(self) -> bool:
        return self.returned_at is None

    def overdue(self, now: datetime | None = None) -> bool:
        return self.out and (now or utcnow()) > self.due_at


# --- the register ----------------------------------------------------------------------------------------
def save_key(db: Database, actor: Actor, draft: KeyDraft, key_id: int | None = None) -> KeyView:
    require(actor, Permission.FRONT_DESK)
    values = check_key(draft)
    copies = values["copies"]
    if key_id is not None and row_id(key_id) is None:
        raise NotFound(_("There is no such key"), field="code")
    with db.write(actor) as session:
        same = select(DeskKey.id).where(DeskKey.code == values["code"])
        if key_id is not None:
            same = same.where(DeskKey.id != key_id)
        if session.scalar(same) is not None:
            raise ValidationError(_("There is already a key numbered {code}"), field="code", code=values["code"])
        if key_id is None:
            key = DeskKey(**values)
            session.add(key)
            session.flush()
            audit.record(session, actor, "add", "desk_key", key.code, after=values)
        else:
            key = session.get(DeskKey, key_id, with_for_update=True)
            if key is None:
                raise NotFound(_("There is no such key"), field="code")
            check_out_copies(key.code, _out_count(session, key.id), copies, values["active"])
            before = {name: getattr(key, name) for name in values}
            for name, value in values.items():
                setattr(key, name, value)
            audit.record(session, actor, "update", "desk_key", key.code, before=before, after=values)
        return _key_views(session, [key], utcnow())[0]


def check_key(draft: KeyDraft) -> dict:
    """The draft as column values when acceptable; ``ValidationError`` otherwise."""
    copies = draft.copies
    if not isinstance(copies, int) or isinstance(copies, bool) or not 1 <= copies <= MAX_COPIES:
        raise ValidationError(_("Copies is a whole number from 1 to {count}"), field="copies", count=MAX_COPIES)
    return {"code": text_field(draft.code, "code", 20, _("Give the key number in at most {count} characters"))
            .upper(),
            "opens": text_field(draft.opens, "opens", 100, _("Say what the key opens in at most {count} "
                                                             "characters")),
            "copies": copies, "active": bool(draft.active)}


def check_out_copies(code: str, out: int, copies: int, active: bool) -> None:
    """A key with ``out`` copies out keeps at least as many copies, and is not retired."""
    if out > copies:
        raise ValidationError(_("{out} copies of key {code} are out; it cannot have fewer copies"),
                              field="copies", out=out, code=code)
    if out and not active:
        raise ValidationError(_("Key {code} is out; take it back before retiring it"), field="active", code=code)


def list_keys(db: Database, actor: Actor, search: str = "", include_inactive: bool = False) -> list[KeyView]:
    """Keys by number; ``search`` matches the number or what the key opens."""
    require(actor, Permission.FRONT_DESK)
    query = select(DeskKey).order_by(DeskKey.code)
    if not include_inactive:
        query = query.where(DeskKey.active.is_(True))
    text = search_text(search)
    if text:
        query = query.where(or_(DeskKey.code.ilike(f"%{text}%"), DeskKey.opens.ilike(f"%{text}%")))
    with db.read(actor) as session:
        return _key_views(session, list(session.scalars(query)), utcnow())


# --- loans -----------------------------------------------------------------------------------------------
def issue_key(db: Database, actor: Actor, code: str, person: str, due_at: datetime, company: str = "",
              phone: str = "", reason: str = "", at: datetime | None = None) -> LoanView:
    """A copy of the key issued to ``person`` at ``at`` (now), due back at ``due_at``."""
    require(actor, Permission.FRONT_DESK)
    at = moment(at, "at")
    if not isinstance(due_at, datetime):
        raise ValidationError(_("Give the time the key is due back"), field="due_at")
    due_at = planned(due_at, "due_at")
    if due_at <= at:
        raise ValidationError(_("The key is due back after it is issued ({time})"), field="due_at",
                              time=format_local(at))
    values = {"person": text_field(person, "person", 60, _("Name the person who takes the key, in at most {count} "
                                                           "characters")),
              "company": text_field(company, "company", 100, _("The company is at most {count} characters"),
                                    required=False),
              "phone": text_field(phone, "phone", 40, _("Give a phone number of at most {count} characters"),
                                  required=False),
              "reason": text_field(reason, "reason", 100, _("The reason is at most {count} characters"),
                                   required=False),
              "issued_at": at, "due_at": due_at}
    with db.write(actor) as session:
        key = session.scalar(select(DeskKey).where(DeskKey.code == key_text(code).upper()).with_for_update())
        if key is None:
            raise NotFound(_("There is no key numbered {code}"), field="code", code=code)
        if not key.active:
            raise ValidationError(_("Key {code} is retired and cannot be issued"), field="code", code=key.code)
        out = list(session.scalars(select(KeyLoan).where(KeyLoan.key_id == key.id, KeyLoan.returned_at.is_(None))
                                   .order_by(KeyLoan.issued_at)))
        if len(out) >= key.copies:
            if key.copies == 1:
                raise ValidationError(_("Key {code} is out already: {person} has had it since {time}"), field="code",
                                      code=key.code, person=out[0].person, time=format_local(out[0].issued_at))
            raise ValidationError(_("All {copies} copies of key {code} are out ({people})"), field="code",
                                  copies=key.copies, code=key.code, people="、".join(loan.person for loan in out))
        loan = KeyLoan(key_id=key.id, issued_by=_name(actor), **values)
        session.add(loan)
        session.flush()
        audit.record(session, actor, "issue", "key_loan", str(loan.id), after={"key": key.code, **values})
        return _loan_views(session, [loan])[0]


def return_key(db: Database, actor: Actor, loan_id: int, at: datetime | None = None) -> LoanView:
    """The copy of loan ``loan_id`` back at the desk at ``at`` (now), received by the actor."""
    require(actor, Permission.FRONT_DESK)
    at = moment(at, "at")
    if row_id(loan_id) is None:
        raise NotFound(_("{text} is not a key that is out: choose one from the list"), field="loan",
                       text=str(loan_id or ""))
    with db.write(actor) as session:
        loan = session.get(KeyLoan, loan_id, with_for_update=True)
        if loan is None:
            raise NotFound(_("There is no such key loan"), field="loan")
        code = session.scalar(select(DeskKey.code).where(DeskKey.id == loan.key_id))
        if loan.returned_at is not None:
            raise ValidationError(_("Key {code} is not out: {person} returned it at {time}"), field="loan",
                                  code=code, person=loan.person, time=format_local(loan.returned_at))
        when = not_before(at, loan.issued_at)
        if when is None:
            raise ValidationError(_("The key cannot come back ({returned}) before it was issued ({issued})"),
                                  field="at", returned=format_local(at), issued=format_local(loan.issued_at))
        loan.returned_at, loan.received_by = when, _name(actor)
        audit.record(session, actor, "return", "key_loan", str(loan.id), before={"returned_at": None},
                     after={"key": code, "returned_at": when, "received_by": loan.received_by})
        return _loan_views(session, [loan])[0]


def list_loans(db: Database, actor: Actor, out_only: bool = True, search: str = "") -> list[LoanView]:
    """Newest first; ``search`` matches the key number, what it opens, the person (or their pinyin initials) or
    the company."""
    require(actor, Permission.FRONT_DESK)
    query = select(KeyLoan).join(DeskKey, DeskKey.id == KeyLoan.key_id).order_by(KeyLoan.issued_at.desc(),
                                                                                 KeyLoan.id.desc())
    if out_only:
        query = query.where(KeyLoan.returned_at.is_(None))
    text = search_text(search)
    with db.read(actor) as session:
        loans = search_rows(session, query, text, (DeskKey.code, DeskKey.opens, KeyLoan.person, KeyLoan.company),
                            KeyLoan.initials) if text else list(session.scalars(query))
        return _loan_views(session, loans)


def overdue_loans(db: Database, actor: Actor, now: datetime | None = None) -> list[LoanView]:
    """Keys out past their due time at ``now``, the longest overdue first."""
    require(actor, Permission.FRONT_DESK)
    now = now or utcnow()
    with db.read(actor) as session:
        return _loan_views(session, list(session.scalars(
            select(KeyLoan).where(KeyLoan.returned_at.is_(None), KeyLoan.due_at < now)
            .order_by(KeyLoan.due_at, KeyLoan.id))))


# --- inside -------------------------------------------------------------------------------------------
def _out_count(session, key_id: int) -> int:
    return session.scalar(select(func.count()).select_from(KeyLoan).where(KeyLoan.key_id == key_id,
                                                                          KeyLoan.returned_at.is_(None)))


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _key_views(session, keys: list[DeskKey], now: datetime) -> list[KeyView]:
    ids = [key.id for key in keys]
    out, late = {}, set()
    if ids:
        for key_id, due_at in session.execute(select(KeyLoan.key_id, KeyLoan.due_at).where(
                KeyLoan.key_id.in_(ids), KeyLoan.returned_at.is_(None))):
            out[key_id] = out.get(key_id, 0) + 1
            if now > due_at:
                late.add(key_id)
    return [KeyView(key.id, key.code, key.opens, key.copies, key.active, out.get(key.id, 0), key.id in late)
            for key in keys]


def _loan_views(session, loans: list[KeyLoan]) -> list[LoanView]:
    ids = {loan.key_id for loan in loans}
    keys = {row.id: row for row in session.execute(select(DeskKey.id, DeskKey.code, DeskKey.opens)
                                                   .where(DeskKey.id.in_(ids)))} if ids else {}
    return [LoanView(loan.id, keys[loan.key_id].code, keys[loan.key_id].opens, loan.person, loan.company, loan.phone,
                     loan.reason, loan.issued_at, loan.due_at, loan.returned_at, loan.issued_by, loan.received_by)
            for loan in loans]
