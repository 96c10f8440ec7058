"""Importing units from a spreadsheet (.xlsx, or .csv in UTF-8 or GBK as Excel in China writes it), with
headers in Chinese or English. The whole file is checked first: one bad row and nothing is imported, and
every bad row is reported with its line number and reason. Importing the same file again changes nothing."""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app.accounts.register import check_entry, save_entry
from app.database import Database
from app.errors import FrontOfficeError, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback, report
from db.models import Building, Party, Unit, UnitParty

COLUMNS = {
    "楼栋": "building", "building": "building", "房号": "room", "room": "room", "楼层": "floor", "floor": "floor",
    "建筑面积": "area_m2", "area_m2": "area_m2", "类型": "type", "type": "type", "业主": "owner", "owner": "owner",
    "电话": "phone", "phone": "phone", "交房日期": "handover_date", "handover_date": "handover_date",
}
REQUIRED = ("building", "room", "floor", "area_m2", "type")
MAX_ROWS = 200_000
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class ImportProblem:
    line: int  # as the spreadsheet numbers it: the header is line 1
    reason: FrontOfficeError

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class ImportRejected(ValidationError):
    """The file has bad rows; ``problems`` lists every one. Nothing was imported."""

    def __init__(self, problems: list[ImportProblem]):
        super().__init__(_("{count} rows are wrong; nothing was imported"), field="file", count=len(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    rows: int
    changed: int  # units created or updated

    @property
    def unchanged(self) -> int:
        return self.rows - self.changed


def read_rows(path: Path) -> list[tuple[int, dict]]:
    """``(line, {column: value})`` for every non-empty row under the header."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        table = _xlsx_rows(path)
    elif suffix == ".csv":
        table = _csv_rows(path)
    else:
        raise ValidationError(_("{name} is not a spreadsheet: use .xlsx or .csv"), field="file", name=path.name)
    if not table:
        raise ValidationError(_("{name} is empty"), field="file", name=path.name)
    header = [COLUMNS.get(str(cell or "").strip().lower(), COLUMNS.get(str(cell or "").strip())) for cell in table[0]]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ValidationError(_("{name} lacks the columns: {columns}"), field="file", name=path.name,
                              columns=", ".join(missing))
    rows = []
    for line, cells in enumerate(table[1:], start=2):
        if any(str(cell if cell is not None else "").strip() for cell in cells):
            rows.append((line, {key: cell for key, cell in zip(header, cells, strict=False) if key}))
    if len(rows) > MAX_ROWS:
        raise ValidationError(_("{name} has more than {count} rows"), field="file", name=path.name, count=MAX_ROWS)
    return rows


def _csv_rows(path: Path) -> list[list]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(_("Cannot read {name}: {reason}"), field="file", name=path.name,
                              reason=error.strerror or str(error)) from error
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(_("{name} is neither UTF-8 nor GBK text"), field="file", name=path.name)
    if "\x00" in text:
        raise ValidationError(_("{name} is not a spreadsheet: use .xlsx or .csv"), field="file", name=path.name)
    return list(csv.reader(io.StringIO(text)))


def _xlsx_rows(path: Path) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(_("{name} is not a spreadsheet: use .xlsx or .csv"), field="file",
                              name=path.name) from error
    try:
        return [[_cell(value) for value in row] for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _cell(value):
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a room or floor typed as a number: 1201.0 -> 1201
    return "" if value is None else str(value)


def import_units(db: Database, actor: Actor, path: Path, progress: ProgressCallback | None = None) -> ImportResult:
    """Checks every row first, against the register as it stands, outside any write lock; then writes only
    the rows that change something, in one transaction (all or nothing)."""
    require(actor, Permission.EDIT_REGISTER)
    rows = read_rows(path)
    problems: list[ImportProblem] = []
    entries, seen = [], {}
    for line, row in rows:
        try:
            entry = check_entry(row.get("building"), row.get("room"), row.get("floor"), row.get("area_m2"),
                                row.get("type"), row.get("owner", ""), row.get("phone", ""),
                                row.get("handover_date") or None)
        except ValidationError as error:
            problems.append(ImportProblem(line, error))
            continue
        code = f"{entry.building}-{entry.room}"
        if code in seen:
            problems.append(ImportProblem(line, ValidationError(_("Unit {code} is already on line {line}"),
                                                                code=code, line=seen[code])))
            continue
        seen[code] = line
        entries.append((line, entry))
    register = _register(db, actor)
    changes = []
    for line, entry in entries:
        try:
            if _changes(entry, register):
                changes.append((line, entry))
        except ValidationError as error:
            problems.append(ImportProblem(line, error))
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: p.line))
    changed = 0
    if changes:
        with db.write(actor) as session:
            buildings = {b.name: b for b in session.scalars(select(Building))}
            for index, (_line, entry) in enumerate(changes):
                if index % PROGRESS_EVERY == 0:
                    report(progress, index, len(changes))
                changed += save_entry(session, actor, entry, buildings)
    report(progress, len(changes), len(changes))
    return ImportResult(len(rows), changed)


@dataclass
class _Register:
    buildings: dict[str, tuple[int, int]]  # name: (id, floors)
    units: dict[str, tuple]  # code: (floor, area, unit type, handover date)
    owners: dict[str, tuple[str, str]]  # code: (name, phone) of the current owner


def _register(db: Database, actor: Actor) -> _Register:
    with db.read(actor) as session:
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
