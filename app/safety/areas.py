"""Where a round is done, written one way everywhere so that an inspection and its schedule name the same
area: a building (``A座``), a floor (``A座 12层``, ``A座 地下1层``), a unit by its code (``A-1201``) or a plant
room or other common place by its name (``消防水泵房``)."""

import re
from dataclasses import dataclass

from sqlalchemy import select

from app.accounts.register import unit_id_of
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.safety.model import AreaDraft, AreaKind
from app.text import key_text, text_field
from db.models import Building

FLOOR_PATTERN = re.compile(r"^\s*([^\s-]+?)座?(?:\s+|-)(地下)?(-?\d{1,3})层?\s*$")  # "A 12", "A-12", "A座 地下2层"
LOWEST_FLOOR = -9


@dataclass(frozen=True)
class Area:
    kind: AreaKind
    name: str
    unit_id: int | None  # the unit responsible for a unit's area; None for a common area
    unit_code: str


def resolve(session, draft: AreaDraft) -> Area:
    try:
        kind = AreaKind(draft.kind)
    except ValueError:
        raise ValidationError(_("Choose the kind of area: a building, a floor, a unit or a plant room"),
                              field="area") from None
    text = key_text(draft.name, 60)  # a building, floor or unit, as typed to look it up
    if kind is AreaKind.UNIT:
        if not text:
            raise ValidationError(_("Give the unit's code, e.g. A-1201"), field="area")
        unit = unit_id_of(session, text)
        return Area(kind, unit.code, unit.id, unit.code)
    if kind is AreaKind.BUILDING:
        return Area(kind, building_name(_building(session, text).name), None, "")
    if kind is AreaKind.FLOOR:
        match = FLOOR_PATTERN.match(text)
        if not match:
            raise ValidationError(_("Give the building and the floor, e.g. A 12 (basements: A -1)"), field="area")
        building, floor = _building(session, match.group(1)), int(match.group(3))
        floor = -abs(floor) if match.group(2) else floor
        if floor == 0 or not LOWEST_FLOOR <= floor <= building.floors:
            raise ValidationError(_("Building {building} has floors -9 to {floors}, without 0"), field="area",
                                  building=building.name, floors=building.floors)
        return Area(kind, floor_name(building.name, floor), None, "")
    name = text_field(draft.name, "area", 60, _("Name the plant room or common area in at most {count} characters"))
    return Area(kind, name, None, "")


def building_name(name: str) -> str:
    return f"{name}座" if name.isascii() else name


def floor_name(building: str, floor: int) -> str:
    return f"{building_name(building)} {floor}层" if floor > 0 else f"{building_name(building)} 地下{-floor}层"


def _building(session, name: str) -> Building:
    text = name.strip().removesuffix("座")
    building = session.scalar(select(Building).where(Building.name == text))
    if building is None:
        raise NotFound(_("There is no building {name}"), field="area", name=name)
    return building
