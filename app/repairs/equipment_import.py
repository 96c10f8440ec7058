"""Importing the equipment register from a spreadsheet: one piece of equipment a row, found by its code. A new
piece needs its name and category; for one registered already an empty cell keeps what the register says.
A row may give its category's repair method and overhaul cycle: a category the register lacks is added from
the first row that gives its repair method, and a known one takes the method and cycle the file gives. The
rows are checked by the register's own rules (``check_equipment``, ``check_category``) before anything is
written. Retiring equipment stays a deliberate act in the register, with its note: the file has no status."""

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback
from app.repairs.equipment import check_category, check_equipment
from app.repairs.model import (
    REPAIR_METHOD_CHINESE,
    REPAIR_METHOD_LABELS,
    EquipmentDraft,
    EquipmentStatus,
)
from app.sheet_import import ImportResult, Sheet, cell_choice, cell_day, cell_text, cell_whole, columns, words
from app.text import text_field
from db.models import Equipment, EquipmentCategory

COLUMNS = columns(("code", "编号", "设备编号"), ("name", "名称", "设备名称"), ("category", "类别", "设备类别"),
                  ("location", "位置", "安装位置"), ("model", "型号", "规格型号"),
                  ("maker", "生产厂家", "厂家", "制造商"), ("supplier", "供应商"), ("installed_on", "安装日期"),
                  ("warranty_until", "保修期至", "保修截止"), ("contractor", "维保单位"),
                  ("contract_until", "维保合同期至", "合同期至"), ("documents", "随机资料", "资料"), ("note", "备注"),
                  ("repair_method", "维修方式"), ("overhaul_months", "大修周期"))
REQUIRED = {"code": "编号/code", "name": "名称/name", "category": "类别/category"}
TEXTS = ("name", "location", "model", "maker", "supplier", "contractor", "documents", "note")
DATES = {"installed_on": _("Installed on"), "warranty_until": _("Warranty until"),
         "contract_until": _("Maintenance contract until")}
METHODS = words(*((method.value, (method.value, label, REPAIR_METHOD_CHINESE[method]))
                  for method, label in REPAIR_METHOD_LABELS.items()))
VALUES = ("code", "name", "location", "model", "maker", "supplier", "installed_on", "warranty_until", "contractor",
          "contract_until", "documents", "note")
NEEDED = ("name", "category")  # what new equipment needs


@dataclass(frozen=True)
class EquipmentRow:
    """A row as the file gives it: ``given`` holds the columns whose cells are not empty."""

    code: str
    given: dict = field(default_factory=dict)
    repair_method: str | None = None
    overhaul_months: int | None = None


@dataclass
class _Register:
    equipment: dict[str, dict]  # code: its values, category and id
    categories: dict[str, dict]  # name: repair method, overhaul cycle and id (None until added)
    given: dict[str, dict] = field(default_factory=dict)  # category: the method and cycle an earlier row gave
    related: list[str] = field(default_factory=list)  # the categories added or changed


def import_equipment(db: Database, actor: Actor, path: Path,
                     progress: ProgressCallback | None = None) -> ImportResult:
    """The equipment register from .xlsx or .csv: equipment (and its categories) added, or changed where the
    file says otherwise."""
    require(actor, Permission.KEEP_EQUIPMENT)
    return EquipmentSheet().import_file(db, actor, path, progress)


class EquipmentSheet(Sheet):
    known, required = COLUMNS, REQUIRED

    def check(self, row: dict) -> EquipmentRow:
        code = text_field(cell_text(row, "code"), "code", 30,
                          _("Equipment needs a code of at most {count} characters")).upper()
        given = {key: cell_text(row, key) for key in (*TEXTS, "category") if cell_text(row, key)}
        given.update({key: day for key, column in DATES.items() if (day := cell_day(row, key, column)) is not None})
        method = cell_choice(row, "repair_method", METHODS, _(
            "Unknown repair method {value}: use 强制维修, 定期检修, 诊断维修 or 全面维修"))
        months = cell_whole(row, "overhaul_months", _("The overhaul cycle is a number of months from 1 to 600"))
        return EquipmentRow(code, given, method, months)

    def key(self, entry: EquipmentRow) -> str:
        return entry.code

    def twice(self, key: str, line: int) -> ValidationError:
        return ValidationError(_("Equipment {code} is already on line {line}"), field="code", code=key, line=line)

    def register(self, session: Session) -> _Register:
        categories = {c.id: c for c in session.scalars(select(EquipmentCategory))}
        equipment = {item.code: {**{key: getattr(item, key) for key in VALUES}, "id": item.id,
                                 "category": categories[item.category_id].name}
                     for item in session.scalars(select(Equipment))}
        return _Register(equipment, {c.name: {"id": c.id, "repair_method": c.repair_method,
                                              "overhaul_months": c.overhaul_months} for c in categories.values()})

    def change(self, entry: EquipmentRow, register: _Register) -> str | None:
        done, _values, category, _category_values = self._plan(entry, register)
        return done or ("updated" if category else None)  # a row that changes only its category changes the register

    def save(self, session: Session, actor: Actor, entry: EquipmentRow, register: _Register) -> str | None:
        done, values, category, category_values = self._plan(entry, register)
        name = values["category"]
        known = register.categories[name]
        if category == "added":
            row = EquipmentCategory(**category_values)
            session.add(row)
            session.flush()
            known["id"] = row.id
            audit.record(session, actor, "add", "equipment_category", name, after=category_values)
        elif category == "updated":
            row = session.get(EquipmentCategory, known["id"], with_for_update=True)
            before = {key: getattr(row, key) for key in category_values}
            for key, value in category_values.items():
                setattr(row, key, value)
            audit.record(session, actor, "update", "equipment_category", name, before=before, after=category_values)
        if category and name not in register.related:
            register.related.append(name)
        row_values = {key: values[key] for key in VALUES}
        if done == "added":
            item = Equipment(**row_values, category_id=known["id"], status=EquipmentStatus.IN_SERVICE.value)
            session.add(item)
            session.flush()
            audit.record(session, actor, "add", "equipment", item.code, after=values)
        elif done == "updated":
            item = session.get(Equipment, register.equipment[entry.code]["id"], with_for_update=True)
            before = register.equipment[entry.code]
            changed = {key: value for key, value in values.items() if before[key] != value}
            for key, value in changed.items():
                setattr(item, "category_id" if key == "category" else key, known["id"] if key == "category" else value)
            audit.record(session, actor, "update", "equipment", item.code,
                         before={key: before[key] for key in changed}, after=changed)
        return done

    def related(self, register: _Register) -> tuple[str, ...]:
        return tuple(register.related)

    @staticmethod
    def _plan(entry: EquipmentRow, register: _Register) -> tuple[str | None, dict, str | None, dict]:
        """What the row does to the equipment (None, "added", "updated") and its values after it (its category's
        name too), and what it does to the category and the category's values. The category's new values are
        noted in ``register`` for the rows after it."""
        known = register.equipment.get(entry.code)
        if known is None:
            missing = [REQUIRED[key] for key in NEEDED if key not in entry.given]
            if missing:
                raise ValidationError(_("Equipment {code} is not registered yet: give its {columns}"), field="code",
                                      code=entry.code, columns=", ".join(missing))
            known = {}
        given = {**known, **entry.given}
        name = text_field(given["category"], "category", 30,
                          _("A category needs a name of at most {count} characters"))
        category, category_values = EquipmentSheet._category(entry, name, register)
        draft = EquipmentDraft(entry.code, given["name"], name,
                               **{key: given.get(key, None if key in DATES else "") for key in VALUES[2:]})
        values = {**check_equipment(draft), "category": name}
        if not known:
            return "added", values, category, category_values
        same = all(known[key] == value for key, value in values.items())
        return (None if same else "updated"), values, category, category_values

    @staticmethod
    def _category(entry: EquipmentRow, name: str, register: _Register) -> tuple[str | None, dict]:
        known = register.categories.get(name)
        if entry.repair_method is None and entry.overhaul_months is None:
            if known is None:
                raise ValidationError(_("There is no equipment category {name}: give its repair method, or add the "
                                        "category first"), field="category", name=name)
            return None, {}
        if known is None and entry.repair_method is None:
            raise ValidationError(_("There is no equipment category {name}: give its repair method, or add the "
                                    "category first"), field="category", name=name)
        method = entry.repair_method or known["repair_method"]
        months = entry.overhaul_months if entry.overhaul_months is not None else \
            (known["overhaul_months"] if known else None)
        values = check_category(name, method, months)
        earlier = register.given.get(name)
        if earlier is not None and earlier != values:
            raise ValidationError(_("An earlier line gives category {name} another repair method or overhaul cycle"),
                                  field="repair_method", name=name)
        register.given[name] = values
        if known is None:
            register.categories[name] = {"id": None, "repair_method": values["repair_method"],
                                         "overhaul_months": values["overhaul_months"]}
            return "added", values
        if (known["repair_method"], known["overhaul_months"]) == (values["repair_method"], values["overhaul_months"]):
            return None, values
        known.update(repair_method=values["repair_method"], overhaul_months=values["overhaul_months"])
        return "updated", values
