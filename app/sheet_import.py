"""Importing a register from a spreadsheet (.xlsx, or .csv in UTF-8 or GBK as Excel in China writes it), with
headers in Chinese or English.

Every register's import works the same way (``Sheet.import_file``): the whole file is read and every row
checked, first on its own, then against the register as it stands; one bad row and nothing is imported, and
every bad row is reported with its line number and reason. Then the rows that change something are written
in one transaction, each change with its audit row. A row matches an entry of the register by its natural
key (a unit's code, a service's name...); an empty cell, or a column the file lacks, keeps what the register
says; importing the same file again changes nothing."""

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from app.database import Database
from app.errors import FrontOfficeError, ValidationError
from app.i18n import _
from app.permissions import Actor
from app.progress import ProgressCallback, report

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
    added: tuple[str, ...] = ()  # the natural keys of the entries added
    updated: tuple[str, ...] = ()  # ... and of those changed
    related: tuple[str, ...] = ()  # other entries the file added or changed (the categories of equipment)

    @property
    def changed(self) -> int:
        return len(self.added) + len(self.updated)

    @property
    def unchanged(self) -> int:
        return self.rows - self.changed


# --- the columns ---------------------------------------------------------------------------------------
def header_key(text) -> str:
    """A header cell as it is looked up: lower case, without spaces, underscores, hyphens or the star that
    marks a required column, full-width brackets as ASCII ones."""
    text = str(text if text is not None else "").lower().replace("（", "(").replace("）", ")")
    return re.sub(r"[\s_*\-]", "", text)


def columns(*names: tuple[str, ...]) -> dict[str, str]:
    """``{header: field}`` from ``(field, header, header...)`` tuples, each header as ``header_key`` gives it."""
    return {header_key(header): spec[0] for spec in names for header in spec}


def _field_of(cell, known: dict[str, str]) -> str | None:
    key = header_key(cell)
    if key in known:
        return known[key]
    bare = re.sub(r"\([^()]*\)$", "", key)  # 单价(元), price (yuan): the unit in brackets
    return known.get(bare) if bare else None


def read_rows(path: Path, known: dict[str, str], required: dict[str, str]) -> list[tuple[int, dict]]:
    """``(line, {field: value})`` for every non-empty row under the header. ``known`` maps headers to fields;
    ``required`` names each column the file must have, as the refusal shows it (``{"name": "名称/name"}``)."""
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
    header = [_field_of(cell, known) for cell in table[0]]
    missing = [shown for name, shown in required.items() if name not in header]
    if missing:
        raise ValidationError(_("{name} lacks the columns: {columns}"), field="file", name=path.name,
                              columns=", ".join(missing))
    twice = [str(cell).strip() for cell, name in zip(table[0], header, strict=False)
             if name and header.count(name) > 1]
    if twice:
        raise ValidationError(_("{name} has a column twice: {columns}"), field="file", name=path.name,
                              columns=", ".join(twice))
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


# --- the cells -----------------------------------------------------------------------------------------
def cell_text(row: dict, name: str) -> str:
    """The cell of column ``name``, stripped; empty when the cell is empty or the file lacks the column."""
    value = row.get(name)
    return "" if value is None else str(value).strip()


DAY = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
EXCEL_EPOCH = date(1899, 12, 30)


def day_of(text: str) -> date | None:
    """A date as people and Excel write it: 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日, or an Excel serial
    number (45721); empty is None; ``ValueError`` for anything else."""
    text = (text or "").strip()
    if not text:
        return None
    match = DAY.match(text)
    if match:
        return date(*(int(part) for part in match.groups()))
    if text.isdigit() and 20000 <= int(text) <= 80000:  # a date cell Excel saved as its serial number
        return EXCEL_EPOCH + timedelta(days=int(text))
    raise ValueError(text)


def cell_day(row: dict, name: str, column: str) -> date | None:
    """The date in column ``name`` (``column`` is how the message names it); None when empty."""
    text = cell_text(row, name)
    try:
        return day_of(text)
    except ValueError:
        raise ValidationError(_("{column} is a date written YYYY-MM-DD: {value}"), field=name, column=column,
                              value=text) from None


YES = frozenset({"是", "yes", "y", "true", "1", "√", "✓", "有", "收", "在用", "active", "inuse", "onthelist"})
NO = frozenset({"否", "no", "n", "false", "0", "×", "✗", "无", "不收", "停用", "已停用", "withdrawn", "retired",
                "inactive"})


def cell_flag(row: dict, name: str, message: str) -> bool | None:
    """Yes (是, yes, 1, 在用...) or no (否, no, 0, 停用...) in column ``name``; None when empty, ``message`` (with
    ``{value}``) for anything else."""
    text = cell_text(row, name)
    if not text:
        return None
    key = header_key(text)
    if key in YES:
        return True
    if key in NO:
        return False
    raise ValidationError(message, field=name, value=text)


def cell_whole(row: dict, name: str, message: str, **params) -> int | None:
    """The whole number in column ``name`` (Excel's 3.0 is 3); None when empty, ``message`` (with ``{value}``
    and ``params``) otherwise."""
    text = cell_text(row, name)
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(message, field=name, value=text, **params) from None


def cell_choice(row: dict, name: str, words: dict[str, object], message: str):
    """The value that the cell's word stands for (``words`` maps words, as ``header_key`` gives them, to
    values); None when empty, ``message`` (with ``{value}``) for a word not known."""
    text = cell_text(row, name)
    if not text:
        return None
    key = header_key(text)
    if key not in words:
        raise ValidationError(message, field=name, value=text)
    return words[key]


def words(*pairs: tuple[object, tuple[str, ...]]) -> dict[str, object]:
    """``{word: value}`` from ``(value, (word, word...))`` pairs, each word as ``header_key`` gives it."""
    return {header_key(word): value for value, spelled in pairs for word in spelled}


# --- check everything, then write ------------------------------------------------------------------------
class Sheet:
    """One register's import. A register says which columns its file has (``known``, ``required``), how a row
    is read (``check``: a plain entry, or ``ValidationError``), what names an entry (``key``; ``twice`` is the
    refusal of a key already on an earlier line), how the register is read (``register``: plain values), what
    a row would do to it (``change``: None, "added" or "updated", or ``ValidationError``), and how a row is
    written (``save``, which audits what it changes and returns what it did). ``register`` and ``change`` run
    once to check, outside any write lock, and again inside the write, against the register as it is then."""

    known: dict[str, str]
    required: dict[str, str]

    def check(self, row: dict):
        raise NotImplementedError

    def key(self, entry) -> str:
        raise NotImplementedError

    def twice(self, key: str, line: int) -> ValidationError:
        raise NotImplementedError

    def register(self, session: Session):
        raise NotImplementedError

    def change(self, entry, register) -> str | None:
        raise NotImplementedError

    def save(self, session: Session, actor: Actor, entry, register) -> str | None:
        raise NotImplementedError

    def related(self, register) -> tuple[str, ...]:
        """Other entries the import added or changed along the way (after ``save_all``)."""
        return ()

    def save_all(self, session: Session, actor: Actor, entries: list[tuple[int, object]],
                 progress: ProgressCallback | None) -> ImportResult:
        register = self.register(session)
        added, updated = [], []
        for index, (line, entry) in enumerate(entries):
            if index % PROGRESS_EVERY == 0:
                report(progress, index, len(entries))
            try:
                done = self.save(session, actor, entry, register)
            except ValidationError as error:  # the register changed since the check: nothing is kept
                raise ImportRejected([ImportProblem(line, error)]) from error
            if done == "added":
                added.append(self.key(entry))
            elif done == "updated":
                updated.append(self.key(entry))
        return ImportResult(0, tuple(added), tuple(updated), self.related(register))

    def import_file(self, db: Database, actor: Actor, path: Path,
                    progress: ProgressCallback | None = None) -> ImportResult:
        """Checks every row first, against the register as it stands, outside any write lock; then writes only
        the rows that change something, in one transaction (all or nothing). The caller checks the actor's
        permission."""
        rows = read_rows(path, self.known, self.required)
        problems: list[ImportProblem] = []
        entries, seen = [], {}
        for line, row in rows:
            try:
                entry = self.check(row)
            except ValidationError as error:
                problems.append(ImportProblem(line, error))
                continue
            key = self.key(entry)
            if key in seen:
                problems.append(ImportProblem(line, self.twice(key, seen[key])))
                continue
            seen[key] = line
            entries.append((line, entry))
        with db.read(actor) as session:
            register = self.register(session)
        changes = []
        for line, entry in entries:
            try:
                if self.change(entry, register):
                    changes.append((line, entry))
            except ValidationError as error:
                problems.append(ImportProblem(line, error))
        if problems:
            raise ImportRejected(sorted(problems, key=lambda p: p.line))
        result = ImportResult(0)
        if changes:
            with db.write(actor) as session:
                result = self.save_all(session, actor, changes, progress)
        report(progress, len(changes), len(changes))
        return ImportResult(len(rows), result.added, result.updated, result.related)
