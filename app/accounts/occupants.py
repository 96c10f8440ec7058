"""Owners and tenants of a unit, with their phones, move-in and move-out dates, and who pays for it."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import audit
from app.accounts import unit_search
from app.accounts.register import party_initials, unit_id_of
from app.clock import today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.text import key_text, text_field
from db.models import Party, UnitParty

ROLES = ("owner", "tenant")


@dataclass(frozen=True)
class OccupantView:
    name: str
    phone: str
    role: str
    move_in: date | None
    move_out: date | None
    pays: bool


def add_occupant(db: Database, actor: Actor, unit_code: str, name: str, phone: str, role: str,
                 move_in: date | None = None, pays: bool = False) -> OccupantView:
    """A new owner (the previous one moves out that day) or a tenant; ``pays`` makes them the unit's payer."""
    require(actor, Permission.EDIT_REGISTER)
    wanted = _("A name (up to 100 characters) is required; a phone has up to 40")
    name = text_field(name, "name", 100, wanted)
    phone = text_field(phone, "phone", 40, wanted, required=False)
    if role not in ROLES:
        raise ValidationError(_("The role is owner or tenant"), field="role")
    move_in = move_in or today()
    with db.write(actor) as session:
        unit = unit_id_of(session, unit_code)
        current = list(session.scalars(select(UnitParty).where(UnitParty.unit_id == unit.id,
                                                               UnitParty.move_out.is_(None))))
        if role == "owner":
            for link in current:
                if link.role == "owner":
                    link.move_out, link.pays = move_in, False
        payer_left = not any(link.pays and link.move_out is None for link in current)
        pays = pays or (role == "owner" and payer_left)
        if pays:
            for link in current:
                link.pays = False
        party = Party(name=name, initials=party_initials(name), phone=phone)
        session.add(party)
        session.flush()
        session.add(UnitParty(unit_id=unit.id, party_id=party.id, role=role, move_in=move_in, pays=pays))
        unit_search.refresh(session, [unit.id])
        audit.record(session, actor, "create", "occupant", unit.code,
                     after={"name": name, "phone": phone, "role": role, "move_in": move_in, "pays": pays})
        return OccupantView(name, phone, role, move_in, None, pays)


def move_out(db: Database, actor: Actor, unit_code: str, name: str, on: date | None = None) -> None:
    """The occupant leaves; when they paid for the unit, the current owner pays from then on."""
    require(actor, Permission.EDIT_REGISTER)
    on = on or today()
    with db.write(actor) as session:
        unit = unit_id_of(session, unit_code)
        link = session.scalar(select(UnitParty).join(Party, Party.id == UnitParty.party_id)
                              .where(UnitParty.unit_id == unit.id, Party.name == key_text(name),
                                     UnitParty.move_out.is_(None)))
        if link is None:
            raise NotFound(_("{name} does not live in {unit}"), field="name", name=name, unit=unit.code)
        if link.move_in is not None and on < link.move_in:
            raise ValidationError(_("The move-out date is before the move-in date"), field="move_out")
        link.move_out = on
        if link.pays:
            link.pays = False
            owner = session.scalar(select(UnitParty).where(UnitParty.unit_id == unit.id, UnitParty.role == "owner",
                                                           UnitParty.move_out.is_(None)))
            if owner is not None:
                owner.pays = True
            unit_search.refresh(session, [unit.id])
        audit.record(session, actor, "update", "occupant", unit.code, after={"name": link.party.name,
                                                                             "move_out": on})


def occupants(db: Database, actor: Actor, unit_code: str) -> list[OccupantView]:
    require(actor, Permission.VIEW_ACCOUNTS)
    with db.read(actor) as session:
        unit = unit_id_of(session, unit_code)
        links = session.scalars(select(UnitParty).where(UnitParty.unit_id == unit.id)
                                .order_by(UnitParty.move_out.is_not(None), UnitParty.id))
        return [OccupantView(link.party.name, link.party.phone, link.role, link.move_in, link.move_out, link.pays)
                for link in links]
