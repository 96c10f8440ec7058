"""The register: buildings, units with their floor area and type, owners and tenants, who pays."""

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.accounts import unit_search
from app.accounts.model import UnitType, UnitView, unit_type_of
from app.clock import today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.paging import Page, order_keys, ordered
from app.permissions import Actor, Permission, require
from app.search_keys import initials
from app.sheet_import import day_of
from app.text import key_text, text_field
from db.models import Building, Party, Unit, UnitParty

NAME = re.compile(r"^[\w\-]{1,20}$")
CODE_LENGTH = Unit.code.type.length  # building-room
MAX_AREA = Decimal("100000.00")


@dataclass(frozen=True)
class UnitEntry:
    """One unit as typed or imported; checked by ``check_entry``."""

    building: str
    room: str
    floor: int
    area: Decimal
    unit_type: UnitType
    owner: str = ""
    phone: str = ""
    handover_date: date | None = None


def add_building(db: Database, actor: Actor, name: str, floors: int, has_lift: bool, has_water: bool) -> None:
    require(actor, Permission.EDIT_REGISTER)
    name = (name or "").strip().upper()
    if not NAME.match(name):
        raise ValidationError(_("A building name is 1 to 20 letters or digits, e.g. A"), field="name")
    if not isinstance(floors, int) or not 1 <= floors <= 200:
        raise ValidationError(_("A building has 1 to 200 floors"), field="floors")
    with db.write(actor) as session:
        if session.scalar(select(Building.id).where(Building.name == name)) is not None:
            raise ValidationError(_("There is already a building {name}"), field="name", name=name)
        building = Building(name=name, floors=floors, has_lift=bool(has_lift), has_water=bool(has_water))
        session.add(building)
        session.flush()
        audit.record(session, actor, "create", "building", name,
                     after={"floors": floors, "lift": has_lift, "water": has_water})


def list_buildings(db: Database, actor: Actor) -> list[tuple[str, int, bool, bool]]:
    require(actor, Permission.VIEW_ACCOUNTS)
    with db.read(actor) as session:
        return [(b.name, b.floors, b.has_lift, b.has_water)
                for b in session.scalars(select(Building).order_by(Building.name))]


def check_entry(building: str, room: str, floor, area, unit_type, owner: str = "", phone: str = "",
                handover_date=None) -> UnitEntry:
    """A unit entry from loosely typed values (a form, a spreadsheet row); ``ValidationError`` if any is wrong."""
    building, room = str(building or "").strip().upper(), str(room or "").strip().upper()
    if not NAME.match(building):
        raise ValidationError(_("The building is missing or malformed"), field="building")
    if not NAME.match(room):
        raise ValidationError(_("The room is missing or malformed"), field="room")
    if len(f"{building}-{room}") > CODE_LENGTH:
        raise ValidationError(_("A unit's code (building-room) is at most {count} characters"), field="room",
                              count=CODE_LENGTH)
    try:
        floor = int(str(floor).strip())
    except ValueError:
        raise ValidationError(_("The floor must be a whole number: {value}"), field="floor", value=floor) from None
    try:
        area = Decimal(str(area).strip())
    except InvalidOperation:
        raise ValidationError(_("The area must be a number of m²: {value}"), field="area", value=area) from None
    if not area.is_finite() or area <= 0 or area > MAX_AREA:
        raise ValidationError(_("The area must be above zero m²: {value}"), field="area", value=area)
    if area != area.quantize(Decimal("0.01")):
        raise ValidationError(_("The area has at most two decimals: {value}"), field="area", value=area)
    if isinstance(handover_date, str):
        handover_date = parse_day(handover_date)
    elif isinstance(handover_date, datetime):
        handover_date = handover_date.date()
    elif handover_date is not None and not isinstance(handover_date, date):
        raise ValidationError(_("The handover date is written YYYY-MM-DD: {value}"), field="handover_date",
                              value=handover_date)
    too_long = _("The owner's name or phone is too long")
    owner = text_field(str(owner or ""), "owner", 100, too_long, required=False)
    phone = text_field(str(phone or ""), "owner", 40, too_long, required=False)
    return UnitEntry(building, room, floor, area.quantize(Decimal("0.01")), unit_type_of(str(unit_type)), owner,
                     phone, handover_date)


def parse_day(text: str) -> date | None:
    """A date as people and Excel write it: 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日, or an Excel serial
    number (45721); empty is None."""
    try:
        return day_of(text)
    except ValueError:
        raise ValidationError(_("The handover date is written YYYY-MM-DD: {value}"), field="handover_date",
                              value=(text or "").strip()) from None


def save_entry(session: Session, actor: Actor, entry: UnitEntry, buildings: dict[str, Building]) -> bool:
    """Creates or updates the unit and its owner; True when anything changed (each change audited)."""
    building = buildings.get(entry.building)
    if building is None:
        raise ValidationError(_("Building {name} is not registered; add it first"), field="building",
                              name=entry.building)
    if entry.floor < -5 or entry.floor > building.floors:
        raise ValidationError(_("Floor {floor} is not in building {name}"), field="floor", floor=entry.floor,
                              name=building.name)
    code = f"{entry.building}-{entry.room}"
    unit = session.scalar(select(Unit).where(Unit.code == code))
    # An empty cell never erases what is known: a handover date, once set, stays (billing depends on it).
    handover = entry.handover_date or (unit.handover_date if unit is not None else None)
    values = {"floor": entry.floor, "area": entry.area, "unit_type": entry.unit_type.value,
              "handover_date": handover}
    changed = False
    if unit is None:
        unit = Unit(code=code, building_id=building.id, room=entry.room, search=unit_search.words(code), **values)
        session.add(unit)
        session.flush()
        audit.record(session, actor, "create", "unit", code, after=values)
        changed = True
    else:
        before = {name: getattr(unit, name) for name in values}
        if before != values:
            for name, value in values.items():
                setattr(unit, name, value)
            audit.record(session, actor, "update", "unit", code, before=before, after=values)
            changed = True
    if entry.owner:
        changed |= _set_owner(session, actor, unit, entry.owner, entry.phone)
    return changed


def _set_owner(session: Session, actor: Actor, unit: Unit, name: str, phone: str) -> bool:
    current = session.scalar(select(UnitParty).where(UnitParty.unit_id == unit.id, UnitParty.role == "owner",
                                                     UnitParty.move_out.is_(None)))
    if current is not None and current.party.name == name and (not phone or current.party.phone == phone):
        return False  # the same owner; an empty phone cell keeps the phone on record
    party = Party(name=name, initials=party_initials(name), phone=phone)
    session.add(party)
    session.flush()
    tenant_pays = session.scalar(select(UnitParty.id).where(UnitParty.unit_id == unit.id, UnitParty.role == "tenant",
                                                            UnitParty.pays.is_(True), UnitParty.move_out.is_(None)))
    if current is not None:
        current.move_out = current.move_out or today()
        current.pays = False
    session.add(UnitParty(unit_id=unit.id, party_id=party.id, role="owner", move_in=today(),
                          pays=tenant_pays is None))
    audit.record(session, actor, "update", "unit_owner", unit.code,
                 before={"owner": current.party.name if current else None}, after={"owner": name, "phone": phone})
    unit_search.refresh(session, [unit.id])
    return True


def party_initials(name: str) -> str:
    """The name's pinyin initials as stored for the search, cut to their column (İ lower-cases to two letters)."""
    return initials(name)[:Party.initials.type.length]


def save_unit(db: Database, actor: Actor, entry: UnitEntry) -> None:
    require(actor, Permission.EDIT_REGISTER)
    with db.write(actor) as session:
        buildings = {b.name: b for b in session.scalars(select(Building))}
        save_entry(session, actor, entry, buildings)


def unit_id_of(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == key_text(code).upper()))
    if unit is None:
        raise NotFound(_("There is no unit {code}"), field="unit", code=code)
    return unit


UNIT_ORDERS = {"code": Unit.code, "floor": Unit.floor, "area": Unit.area, "type": Unit.unit_type}


def list_units(db: Database, actor: Actor, search: str = "", page: Page | None = None) -> list[UnitView]:
    """A page of the units whose code, payer's name, pinyin initials or phone contain ``search`` (``zs`` finds
    张三), in code order unless the page says otherwise (``UNIT_ORDERS``); every one of them without a page."""
    require(actor, Permission.VIEW_ACCOUNTS)
    from app.accounts.balances import balances

    keys = order_keys(page, UNIT_ORDERS, "code", Unit.id)
    condition = unit_search.matching(search)
    chosen = select(Unit.id) if condition is None else select(Unit.id).where(condition)
    chosen = ordered(chosen, page, UNIT_ORDERS, "code", Unit.id, searched=condition is not None)
    # The page is chosen from the unit table alone; only its rows are joined to their payers.
    query = (select(Unit, Party).outerjoin(UnitParty, (UnitParty.unit_id == Unit.id) & (UnitParty.pays.is_(True))
                                           & UnitParty.move_out.is_(None))
             .outerjoin(Party, Party.id == UnitParty.party_id).where(Unit.id.in_(chosen)).order_by(*keys))
    with db.read(actor) as session:
        rows = session.execute(query).all()
        owed = balances(session, [unit.id for unit, _party in rows])
        return [UnitView(unit.code, unit.building.name, unit.room, unit.floor, unit.area, UnitType(unit.unit_type),
                         unit.handover_date, party.name if party else "", party.phone if party else "",
                         party.name if party else "", *owed.get(unit.id, (Decimal("0.00"), Decimal("0.00"))))
                for unit, party in rows]
