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
from db.models import Building

COLUMNS = {
    "楼栋": "building", "building": "building", "房号": "room", "room": "room", "楼层": "floor", "floor": "floor",
    "建筑面积": "area_m2", "area_m2": "area_m2", "类型": "type", "type": "type", "业主": "owner", "owner": "owner",
    "电话": "phone", "phone": "phone", "交房日期": "handover_date", "handover_date": "handover_date",
}
REQUIRED = ("building", "room", "floor", "area_m2", "type")
MAX_ROWS = 200_000


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


def import_units(db: Database, actor: Actor, path: Path) -> ImportResult:
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
    with db.write(actor) as session:
        buildings = {b.name: b for b in session.scalars(select(Building))}
        changed = 0
        for line, entry in entries:
            try:
                with session.begin_nested():
                    changed += save_entry(session, actor, entry, buildings)
            except ValidationError as error:
                problems.append(ImportProblem(line, error))
        if problems:
            raise ImportRejected(sorted(problems, key=lambda p: p.line))  # rolls the whole import back
    return ImportResult(len(rows), changed)
