"""The demo site's buildings, units, owners and tenants, and its fee standards.

Buildings (20 to 33 floors, 2 to 8 units a floor, the same floor plan on every floor; about two in five with
shops on the ground floor) and the fee standards are few: they go through the register's and the fee
standards' services. Units, parties and who occupies what are many: they are planned here and written in
bulk, in the generator's unit of work, with the values those services would have written (a unit's code
``BUILDING-ROOM``, the owner's pinyin initials from ``party_initials``, a new owner moving the previous one out
that day, one payer at a time, the units list's search words of the current payer).
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.accounts import unit_search
from app.accounts.fees import set_rate
from app.accounts.model import FeeItem, UnitType
from app.accounts.register import add_building
from app.database import Database
from app.demo import names
from app.demo.store import Store
from app.permissions import Actor
from app.receipts.model import PaymentMethod
from db.models import Building, Party, Unit, UnitParty

# Who pays how (shares of the units with an owner, in per cent).
PROFILES = (("monthly", 42), ("quarterly", 18), ("yearly", 12), ("late", 18), ("stopped", 7), ("never", 3))
M = PaymentMethod
PERSON_METHODS = ((M.WECHAT.value, 38), (M.ALIPAY.value, 24), (M.CASH.value, 10), (M.BANK_CARD.value, 16),
                  (M.TRANSFER.value, 12))
COMPANY_METHODS = ((M.TRANSFER.value, 50), (M.CHEQUE.value, 15), (M.BANK_CARD.value, 15), (M.WECHAT.value, 20))
del M
UNSOLD = 0.02  # never handed over: not billed, no owner
VACANT = 0.01  # handed over, no owner on the register (nobody pays)
RESALE = 0.03
TENANT = {UnitType.RESIDENTIAL.value: 0.10, UnitType.COMMERCIAL.value: 0.5}
TENANT_PAYS = {UnitType.RESIDENTIAL.value: 0.4, UnitType.COMMERCIAL.value: 0.8}
LAYOUTS = ((62.0, 78.0, 8), (78.0, 96.0, 30), (96.0, 132.0, 40), (132.0, 180.0, 20), (180.0, 240.0, 2))


@dataclass
class PlannedBuilding:
    name: str
    floors: int
    per_floor: int
    shops: int
    has_lift: bool
    has_water: bool
    delivered: date


@dataclass
class Link:
    """A party's time in a unit: owner or tenant, from when to when, and whether they pay now."""

    name: str
    phone: str
    role: str
    move_in: date
    move_out: date | None = None
    pays: bool = False


@dataclass(slots=True)
class PlannedUnit:
    code: str
    building: str
    room: str
    floor: int
    area: int  # hundredths of a square metre
    unit_type: str
    handover: date | None
    links: list[Link] = field(default_factory=list)
    payers: list[tuple[date, str]] = field(default_factory=list)  # who the receipts name, from a date on
    profile: str = "never"
    method: str = "wechat"
    day: int = 10  # the day of the month they usually pay
    hour: float = 10.0
    company: bool = False
    id: int = 0

    def payer_on(self, day: date) -> str:
        """Whom a receipt of ``day`` is made out to: the payer then, or the unit's code when there is none."""
        found = ""
        for since, name in self.payers:
            if since > day:
                break
            found = name
        return found or self.code


@dataclass
class SitePlan:
    buildings: list[PlannedBuilding]
    units: list[PlannedUnit]
    rates: list[tuple[str, str, Decimal, date]]
    start: date  # the first period billed

    def add_buildings_and_rates(self, db: Database, actor: Actor) -> None:
        """Through the services, each in its own unit of work: a building the site has already (from an earlier
        run that did not finish) is kept as it is, and a rate set again is the same rate."""
        with db.read(actor) as session:
            have = {name: (floors, lift, water) for name, floors, lift, water in session.execute(
                select(Building.name, Building.floors, Building.has_lift, Building.has_water))}
        for building in self.buildings:
            if building.name in have:
                building.floors, building.has_lift, building.has_water = have[building.name]
            else:
                add_building(db, actor, building.name, building.floors, building.has_lift, building.has_water)
        for item, unit_type, rate, effective_from in self.rates:
            set_rate(db, actor, item, unit_type, rate, effective_from)


def building_name(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the buildings' names, as a spreadsheet names its columns."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def months_before(day: date, count: int) -> date:
    """The first day of the month ``count`` months before ``day``'s."""
    index = day.year * 12 + day.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def plan_site(rng: random.Random, units: int, years: int, today: date) -> SitePlan:
    start = months_before(today, 12 * years)
    buildings, planned = [], []
    while len(planned) < units:
        building = _plan_building(rng, len(buildings), start, today)
        buildings.append(building)
        planned.extend(_plan_units(rng, building, units - len(planned), today))
    rise = months_before(today, 6 * years).replace(day=16)  # a fee rise half-way, from the middle of a month
    first = date(start.year - 1, 1, 1)
    rates = [(FeeItem.PROPERTY.value, UnitType.RESIDENTIAL.value, Decimal("2.20"), first),
             (FeeItem.PROPERTY.value, UnitType.RESIDENTIAL.value, Decimal("2.50"), rise),
             (FeeItem.LIFT.value, UnitType.RESIDENTIAL.value, Decimal("0.60"), first),
             (FeeItem.WATER.value, UnitType.RESIDENTIAL.value, Decimal("0.30"), first),
             (FeeItem.PROPERTY.value, UnitType.COMMERCIAL.value, Decimal("5.00"), first),
             (FeeItem.PROPERTY.value, UnitType.COMMERCIAL.value, Decimal("5.50"), rise),
             (FeeItem.WATER.value, UnitType.COMMERCIAL.value, Decimal("0.50"), first)]
    return SitePlan(buildings, planned, rates, start)


def _plan_building(rng: random.Random, index: int, start: date, today: date) -> PlannedBuilding:
    floors = rng.randint(20, 33)
    per_floor = rng.choices((2, 3, 4, 5, 6, 8), (10, 10, 35, 15, 20, 10))[0]
    shops = rng.randint(2, 6) if rng.random() < 0.4 else 0
    latest = today - timedelta(days=60)
    if rng.random() < 0.85 or latest <= start + timedelta(days=30):
        delivered = start - timedelta(days=rng.randint(60, 6 * 365))
    else:  # a later phase, handed over while the site was run with FrontOffice
        delivered = start + timedelta(days=rng.randint(30, (latest - start).days))
    return PlannedBuilding(building_name(index), floors, per_floor, shops, True, rng.random() < 0.9, delivered)


def _plan_units(rng: random.Random, building: PlannedBuilding, wanted: int, today: date) -> list[PlannedUnit]:
    plans = []
    layout = []  # one floor plan for the whole building: the same area on every floor, give or take
    for _position in range(building.per_floor):
        low, high, _weight = rng.choices(LAYOUTS, [weight for _l, _h, weight in LAYOUTS])[0]
        layout.append(round(rng.uniform(low, high) * 100))
    for position in range(1, building.shops + 1):
        plans.append(_unit(rng, building, 1, position, round(rng.uniform(30, 220) * 100),
                           UnitType.COMMERCIAL.value, today))
    for floor in range(2 if building.shops else 1, building.floors + 1):
        for position in range(1, building.per_floor + 1):
            area = layout[position - 1]
            if rng.random() < 0.05:  # a different plan here: a duplex, a merged or a split flat
                area = round(area * rng.uniform(0.8, 1.6))
            plans.append(_unit(rng, building, floor, position, area, UnitType.RESIDENTIAL.value, today))
    return plans[:wanted]


def _unit(rng: random.Random, building: PlannedBuilding, floor: int, position: int, area: int, unit_type: str,
          today: date) -> PlannedUnit:
    room = f"{floor:02d}{position:02d}"
    unit = PlannedUnit(f"{building.name}-{room}", building.name, room, floor, area, unit_type, None)
    if rng.random() < UNSOLD:
        return unit
    unit.handover = min(building.delivered + timedelta(days=int(rng.expovariate(1 / 30))), today - timedelta(days=1))
    if rng.random() < VACANT:
        return unit
    commercial = unit_type == UnitType.COMMERCIAL.value
    unit.company = commercial and rng.random() < 0.6
    owner = _party(rng, unit.company, "owner", unit.handover)
    owner.pays = True
    unit.links.append(owner)
    unit.payers.append((unit.handover, owner.name))
    days_held = (today - unit.handover).days
    if days_held > 60 and rng.random() < RESALE:  # sold on: the new owner moves in, the old one out that day
        on = unit.handover + timedelta(days=rng.randint(30, days_held - 1))
        owner.move_out, owner.pays = on, False
        owner = _party(rng, False, "owner", on)
        owner.pays = True
        unit.links.append(owner)
        unit.payers.append((on, owner.name))
    elif days_held > 30 and rng.random() < TENANT[unit_type]:
        moved_in = unit.handover + timedelta(days=rng.randint(7, days_held - 1))
        tenant = _party(rng, commercial and rng.random() < 0.7, "tenant", moved_in)
        unit.links.append(tenant)
        pays = rng.random() < TENANT_PAYS[unit_type]
        if pays:
            unit.payers.append((moved_in, tenant.name))
        if (today - moved_in).days > 2 and rng.random() < 0.3:
            tenant.move_out = moved_in + timedelta(days=rng.randint(1, (today - moved_in).days - 1))
            if pays:
                unit.payers.append((tenant.move_out, owner.name))
        elif pays:
            tenant.pays, owner.pays = True, False
    unit.profile = rng.choices([name for name, _w in PROFILES], [weight for _n, weight in PROFILES])[0]
    methods = COMPANY_METHODS if unit.company else PERSON_METHODS
    unit.method = rng.choices([name for name, _w in methods], [weight for _n, weight in methods])[0]
    unit.day = min(28, 1 + int(rng.expovariate(1 / 8)))
    unit.hour = rng.uniform(8.5, 19.5)
    return unit


def _party(rng: random.Random, company: bool, role: str, since: date) -> Link:
    if company:
        return Link(names.company(rng), names.landline(rng) if rng.random() < 0.5 else names.mobile(rng), role, since)
    return Link(names.person(rng), names.mobile(rng), role, since)


# --- writing ----------------------------------------------------------------------------------------------
UNIT_COLUMNS = ("id", "code", "building_id", "room", "floor", "area", "unit_type", "handover_date", "search")
PARTY_COLUMNS = ("id", "name", "initials", "phone")
LINK_COLUMNS = ("unit_id", "party_id", "role", "move_in", "move_out", "pays")


def write_register(store: Store, plan: SitePlan) -> dict[str, int]:
    """The units, their parties and who occupies what, in bulk; each planned unit learns its id."""
    session = store.session
    buildings = dict(session.execute(select(Building.name, Building.id)).all())
    # A building kept from an earlier run may have fewer floors than planned: its units stay within them.
    floors = dict(session.execute(select(Building.name, Building.floors)).all())
    plan.units = [unit for unit in plan.units if unit.floor <= floors[unit.building]]
    first_unit = store.ids(Unit.__table__, len(plan.units))
    first_party = store.ids(Party.__table__, sum(len(unit.links) for unit in plan.units))
    initials: dict[str, str] = {}
    units, parties, links = [], [], []
    party_id = first_party
    for offset, unit in enumerate(plan.units):
        unit.id = first_unit + offset
        words = unit_search.words(unit.code)
        for link in unit.links:
            parties.append((party_id, link.name, names.initials(link.name, initials), link.phone))
            links.append((unit.id, party_id, link.role, store.day(link.move_in),
                          store.day(link.move_out) if link.move_out else None, link.pays))
            if link.pays and link.move_out is None:
                words = unit_search.words(unit.code, link.name, names.initials(link.name, initials), link.phone)
            party_id += 1
        units.append((unit.id, unit.code, buildings[unit.building], unit.room, unit.floor, unit.area,
                      unit.unit_type, store.day(unit.handover) if unit.handover else None, words))
    store.insert(Unit.__table__, UNIT_COLUMNS, units)
    store.insert(Party.__table__, PARTY_COLUMNS, parties)
    store.insert(UnitParty.__table__, LINK_COLUMNS, links)
    return {"buildings": len(plan.buildings), "units": len(units), "parties": len(parties)}
