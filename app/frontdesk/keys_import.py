"""Importing the key register from a spreadsheet: one key a row, found by its number. A new key needs what it
opens (one copy unless the file says how many); for a key registered already an empty cell keeps what the
register says. The rows are checked by the register's own rules (``check_key``), and a key with copies out
keeps at least those copies and stays in use, before anything is written."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.errors import ValidationError
from app.frontdesk.keys import MAX_COPIES, KeyDraft, check_key, check_out_copies
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback
from app.sheet_import import ImportResult, Sheet, cell_flag, cell_text, cell_whole, columns
from app.text import text_field
from db.models import DeskKey, KeyLoan

COLUMNS = columns(("code", "钥匙编号", "编号", "key", "key number", "number"), ("opens", "用途", "开启何处"),
                  ("copies", "份数"), ("active", "状态", "在用", "status"))
REQUIRED = {"code": "钥匙编号/code", "opens": "用途/opens"}
FIELDS = ("code", "opens", "copies", "active")


@dataclass(frozen=True)
class KeyRow:
    """A row as the file gives it: None where its cell is empty."""

    code: str
    opens: str | None
    copies: int | None
    active: bool | None


def import_keys(db: Database, actor: Actor, path: Path, progress: ProgressCallback | None = None) -> ImportResult:
    """The key register from .xlsx or .csv: keys added, or changed where the file says otherwise."""
    require(actor, Permission.FRONT_DESK)
    return KeySheet().import_file(db, actor, path, progress)


class KeySheet(Sheet):
    known, required = COLUMNS, REQUIRED

    def check(self, row: dict) -> KeyRow:
        code = text_field(cell_text(row, "code"), "code", 20,
                          _("Give the key number in at most {count} characters")).upper()
        return KeyRow(code, cell_text(row, "opens") or None,
                      cell_whole(row, "copies", _("Copies is a whole number from 1 to {count}"), count=MAX_COPIES),
                      cell_flag(row, "active", _("Status is 在用 (in use) or 停用 (retired): {value}")))

    def key(self, entry: KeyRow) -> str:
        return entry.code

    def twice(self, key: str, line: int) -> ValidationError:
        return ValidationError(_("Key {code} is already on line {line}"), field="code", code=key, line=line)

    def register(self, session: Session) -> dict[str, dict]:
        """``{code: {column: value}}`` of every key, with its id and the copies out."""
        out = dict(session.execute(select(KeyLoan.key_id, func.count()).where(KeyLoan.returned_at.is_(None))
                                   .group_by(KeyLoan.key_id)).all())
        return {key.code: {**{name: getattr(key, name) for name in FIELDS}, "id": key.id, "out": out.get(key.id, 0)}
                for key in session.scalars(select(DeskKey))}

    def change(self, entry: KeyRow, register: dict) -> str | None:
        return self._merged(entry, register)[0]

    def save(self, session: Session, actor: Actor, entry: KeyRow, register: dict) -> str | None:
        done, values = self._merged(entry, register)
        if done == "added":
            key = DeskKey(**values)
            session.add(key)
            session.flush()
            audit.record(session, actor, "add", "desk_key", key.code, after=values)
        elif done == "updated":
            key = session.get(DeskKey, register[entry.code]["id"], with_for_update=True)
            changed = {name: value for name, value in values.items() if getattr(key, name) != value}
            before = {name: getattr(key, name) for name in changed}
            for name, value in changed.items():
                setattr(key, name, value)
            audit.record(session, actor, "update", "desk_key", key.code, before=before, after=changed)
        return done

    @staticmethod
    def _merged(entry: KeyRow, register: dict) -> tuple[str | None, dict]:
        """What the row does (None, "added", "updated") and the key's values after it."""
        known = register.get(entry.code)
        if known is None:
            if entry.opens is None:
                raise ValidationError(_("Key {code} is not registered yet: say what it opens"), field="opens",
                                      code=entry.code)
            draft = KeyDraft(entry.code, entry.opens, 1 if entry.copies is None else entry.copies,
                             True if entry.active is None else entry.active)
            return "added", check_key(draft)

        def given(name: str, value):
            return known[name] if value is None else value

        values = check_key(KeyDraft(entry.code, given("opens", entry.opens), given("copies", entry.copies),
                                    given("active", entry.active)))
        if all(known[name] == value for name, value in values.items()):
            return None, values
        check_out_copies(known["code"], known["out"], values["copies"], values["active"])
        return "updated", values
