"""Importing units from a spreadsheet (.xlsx, or .csv in UTF-8 or GBK as Excel in China writes it), with
headers in Chinese or English. The whole file is checked first: one bad row and nothing is imported, and
every bad row is reported with its line number and reason. Importing the same file again changes nothing."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.register import check_entry, save_entry
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback, report
from app.sheet_import import (
    PROGRESS_EVERY,
    ImportProblem,
    ImportRejected,
    ImportResult,
    Sheet,
    cell_text,
    columns,
)
from db.models import Building, Party, Unit, UnitParty

__all__ = ["ImportProblem", "ImportRejected", "ImportResult", "import_units"]  # as they always were

COLUMNS = columns(("building", "楼栋"), ("room", "房号"), ("floor", "楼层"), ("area_m2", "建筑面积"), ("type", "类型"),
                  ("owner", "业主"), ("phone", "电话"), ("handover_date", "交房日期"))
REQUIRED = {"building": "楼栋/building", "room": "房号/room", "floor": "楼层/floor", "area_m2": "建筑面积/area_m2",
            "type": "类型/type"}


def import_units(db: Database, actor: Actor, path: Path, progress: ProgressCallback | None = None) -> ImportResult:
    """Checks every row first, against the register as it stands, outside any write lock; then writes only
    the rows that change something, in one transaction (all or nothing)."""
    require(actor, Permission.EDIT_REGISTER)
    return UnitSheet().import_file(db, actor, path, progress)


class UnitSheet(Sheet):
    known, required = COLUMNS, REQUIRED

    def twice(self, key: str, line: int) -> ValidationError:
        return ValidationError(_("Unit {code} is already on line {line}"), code=key, line=line)

    def check(self, row: dict):
        return check_entry(row.get("building"), row.get("room"), row.get("floor"), row.get("area_m2"),
                           row.get("type"), cell_text(row, "owner"), cell_text(row, "phone"),
                           cell_text(row, "handover_date") or None)

    def key(self, entry) -> str:
        return f"{entry.building}-{entry.room}"

    def register(self, session: Session) -> "_Register":
        return _register(session)

    def change(self, entry, register: "_Register") -> str | None:
        if not _changes(entry, register):
            return None
        return "updated" if self.key(entry) in register.units else "added"

    def save_all(self, session: Session, actor: Actor, entries: list, progress) -> ImportResult:
        buildings = {b.name: b for b in session.scalars(select(Building))}
        known = set(session.scalars(select(Unit.code)))
        added, updated = [], []
        for index, (_line, entry) in enumerate(entries):
            if index % PROGRESS_EVERY == 0:
                report(progress, index, len(entries))
            if save_entry(session, actor, entry, buildings):
                code = self.key(entry)
                (updated if code in known else added).append(code)
        return ImportResult(0, tuple(added), tuple(updated))


@dataclass
class _Register:
    buildings: dict[str, tuple[int, int]]  # name: (id, floors)
    units: dict[str, tuple]  # code: (floor, area, unit type, handover date)
    owners: dict[str, tuple[str, str]]  # code: (name, phone) of the current owner


def _register(session: Session) -> _Register:
    buildings = {name: (id_, floors) for id_, name, floors in session.execute(
        select(Building.id, Building.name, Building.floors))}
    units = {code: (floor, area, unit_type, handover) for code, floor, area, unit_type, handover in
             session.execute(select(Unit.code, Unit.floor, Unit.area, Unit.unit_type, Unit.handover_date))}
    owners = {code: (name, phone) for code, name, phone in session.execute(
        select(Unit.code, Party.name, Party.phone).join(UnitParty, UnitParty.unit_id == Unit.id)
        .join(Party, Party.id == UnitParty.party_id)
        .where(UnitParty.role == "owner", UnitParty.move_out.is_(None)))}
    return _Register(buildings, units, owners)


def _changes(entry, register: _Register) -> bool:
    """Whether the row would change the register (``ValidationError`` if it names an unknown building or floor)."""
    building = register.buildings.get(entry.building)
    if building is None:
        raise ValidationError(_("Building {name} is not registered; add it first"), field="building",
                              name=entry.building)
    if entry.floor < -5 or entry.floor > building[1]:
        raise ValidationError(_("Floor {floor} is not in building {name}"), field="floor", floor=entry.floor,
                              name=entry.building)
    code = f"{entry.building}-{entry.room}"
    known = register.units.get(code)
    if known is None:
        return True
    handover = known[3]
    if (entry.floor, entry.area, entry.unit_type.value, entry.handover_date or handover) != known:
        return True
    if entry.owner:
        name, phone = register.owners.get(code, ("", ""))
        return entry.owner != name or bool(entry.phone and entry.phone != phone)
    return False
