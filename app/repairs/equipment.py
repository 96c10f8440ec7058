"""The equipment register (设备档案): categories with their repair method and overhaul cycle, and every
registered piece of equipment with its history of repairs and maintenance. Equipment is retired, never
deleted; its status follows its repairs (under repair while a work order on it is being worked)."""

import csv
from datetime import date
from importlib.resources import files

from sqlalchemy import func, or_, select

from app import audit
from app.accounts.register import parse_day
from app.clock import local, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.repairs.model import (
    OPEN_STATUSES,
    CategoryView,
    EquipmentDraft,
    EquipmentStatus,
    EquipmentView,
    HistoryEntry,
    RepairMethod,
)
from app.search_keys import initials
from app.text import key_text, search_text, text_field
from db.models import Equipment, EquipmentCategory, MaintenancePlan, MaintenanceTask, Technician, WorkOrder


# --- categories -----------------------------------------------------------------------------------------
def save_category(db: Database, actor: Actor, name: str, repair_method: RepairMethod | str,
                  overhaul_months: int | None = None) -> CategoryView:
    """Adds a category, or changes the repair method and overhaul cycle of the one with that name."""
    require(actor, Permission.KEEP_EQUIPMENT)
    values = check_category(name, repair_method, overhaul_months)
    with db.write(actor) as session:
        category = session.scalar(select(EquipmentCategory).where(EquipmentCategory.name == values["name"])
                                  .with_for_update())
        if category is None:
            category = EquipmentCategory(**values)
            session.add(category)
            session.flush()
            audit.record(session, actor, "add", "equipment_category", category.name, after=values)
        else:
            before = {key: getattr(category, key) for key in values}
            for key, value in values.items():
                setattr(category, key, value)
            audit.record(session, actor, "update", "equipment_category", category.name, before=before, after=values)
        return CategoryView(category.id, category.name, RepairMethod(category.repair_method),
                            category.overhaul_months)


def list_categories(db: Database, actor: Actor) -> list[CategoryView]:
    require(actor, Permission.REPORT_REPAIR)
    counts = (select(Equipment.category_id, func.count().label("n"))
              .where(Equipment.status != EquipmentStatus.RETIRED.value).group_by(Equipment.category_id).subquery())
    query = (select(EquipmentCategory, func.coalesce(counts.c.n, 0))
             .outerjoin(counts, counts.c.category_id == EquipmentCategory.id).order_by(EquipmentCategory.name))
    with db.read(actor) as session:
        return [CategoryView(c.id, c.name, RepairMethod(c.repair_method), c.overhaul_months, n)
                for c, n in session.execute(query)]


def check_category(name: str, repair_method, overhaul_months) -> dict:
    """The category as column values when acceptable; ``ValidationError`` otherwise."""
    name = text_field(name, "name", 30, _("A category needs a name of at most {count} characters"))
    try:
        method = RepairMethod(repair_method)
    except ValueError:
        raise ValidationError(_("Unknown repair method {method}"), field="repair_method",
                              method=repair_method) from None
    if overhaul_months is not None and (not isinstance(overhaul_months, int) or isinstance(overhaul_months, bool)
                                        or not 1 <= overhaul_months <= 600):
        raise ValidationError(_("The overhaul cycle is a number of months from 1 to 600"), field="overhaul_months")
    if method is RepairMethod.OVERHAUL and overhaul_months is None:
        raise ValidationError(_("Equipment kept by overhaul needs its overhaul cycle"), field="overhaul_months")
    return {"name": name, "repair_method": method.value, "overhaul_months": overhaul_months}


def category_named(session, name: str) -> EquipmentCategory:
    category = session.scalar(select(EquipmentCategory).where(EquipmentCategory.name == key_text(name)))
    if category is None:
        raise NotFound(_("There is no equipment category {name}"), field="category", name=key_text(name))
    return category


# --- equipment ------------------------------------------------------------------------------------------
def add_equipment(db: Database, actor: Actor, draft: EquipmentDraft) -> EquipmentView:
    require(actor, Permission.KEEP_EQUIPMENT)
    values = check_equipment(draft)
    with db.write(actor) as session:
        if session.scalar(select(Equipment.id).where(Equipment.code == values["code"])):
            raise ValidationError(_("There is equipment coded {code} already"), field="code", code=values["code"])
        category = category_named(session, draft.category)
        equipment = Equipment(**values, category_id=category.id, status=EquipmentStatus.IN_SERVICE.value)
        session.add(equipment)
        session.flush()
        audit.record(session, actor, "add", "equipment", equipment.code, after={**values, "category": category.name})
        return view_of(session, equipment)


def update_equipment(db: Database, actor: Actor, code: str, draft: EquipmentDraft) -> EquipmentView:
    """Changes what the register says of the equipment coded ``code`` (its code included)."""
    require(actor, Permission.KEEP_EQUIPMENT)
    values = check_equipment(draft)
    with db.write(actor) as session:
        equipment = equipment_coded(session, code, for_update=True)
        if values["code"] != equipment.code and session.scalar(select(Equipment.id)
                                                               .where(Equipment.code == values["code"])):
            raise ValidationError(_("There is equipment coded {code} already"), field="code", code=values["code"])
        category = category_named(session, draft.category)
        values["category_id"] = category.id
        before = {key: getattr(equipment, key) for key in values}
        for key, value in values.items():
            setattr(equipment, key, value)
        changed = {key: value for key, value in values.items() if before[key] != value}
        if changed:
            audit.record(session, actor, "update", "equipment", equipment.code,
                         before={key: before[key] for key in changed}, after=changed)
        return view_of(session, equipment)


def set_equipment_status(db: Database, actor: Actor, code: str, status: EquipmentStatus | str,
                         note: str = "") -> EquipmentView:
    """In service, under repair, or retired (no more maintenance is generated for it; it cannot be linked to
    a new work order)."""
    require(actor, Permission.KEEP_EQUIPMENT)
    try:
        status = EquipmentStatus(status)
    except ValueError:
        raise ValidationError(_("Unknown equipment status {status}"), field="status", status=status) from None
    note = text_field(note, "note", 300, _("The note is at most {count} characters"), required=False)
    with db.write(actor) as session:
        equipment = equipment_coded(session, code, for_update=True)
        before = equipment.status
        equipment.status = status.value
        if note:
            equipment.note = note
        audit.record(session, actor, "status", "equipment", equipment.code, before={"status": before},
                     after={"status": status.value, "note": note})
        return view_of(session, equipment)


def get_equipment(db: Database, actor: Actor, code: str) -> EquipmentView:
    require(actor, Permission.REPORT_REPAIR)
    with db.read(actor) as session:
        return view_of(session, equipment_coded(session, code))


def list_equipment(db: Database, actor: Actor, search: str = "", category: str = "", due_only: bool = False,
                   include_retired: bool = False) -> list[EquipmentView]:
    """By code; ``search`` matches code, name, location or model, or the name's pinyin initials;
    ``due_only`` keeps equipment with maintenance not done."""
    require(actor, Permission.REPORT_REPAIR)
    text = search_text(search)
    query = select(Equipment).order_by(Equipment.code)
    if not include_retired:
        query = query.where(Equipment.status != EquipmentStatus.RETIRED.value)
    with db.read(actor) as session:
        if category:
            query = query.where(Equipment.category_id == category_named(session, category).id)
        if due_only:
            query = query.where(Equipment.id.in_(select(MaintenanceTask.equipment_id)
                                                 .where(MaintenanceTask.status == "due")))
        found = list(session.scalars(query.where(or_(Equipment.code.ilike(f"%{text}%"),
                                                     Equipment.name.ilike(f"%{text}%"),
                                                     Equipment.location.ilike(f"%{text}%"),
                                                     Equipment.model.ilike(f"%{text}%"))) if text else query))
        if text and text.isascii() and text.isalpha():
            known = {item.id for item in found}
            found += [item for item in session.scalars(query) if item.id not in known
                      and text.lower() in initials(item.name)]
            found.sort(key=lambda item: item.code)
        return _views(session, found)


def history(db: Database, actor: Actor, code: str) -> list[HistoryEntry]:
    """The equipment's repairs and maintenance, newest first."""
    require(actor, Permission.REPORT_REPAIR)
    with db.read(actor) as session:
        equipment = equipment_coded(session, code)
        return equipment_history(session, equipment.id)


def equipment_history(session, equipment_id: int) -> list[HistoryEntry]:
    entries = []
    repairs = session.execute(select(WorkOrder, Technician.name).outerjoin(Technician,
                                                                             Technician.id == WorkOrder.technician_id)
                              .where(WorkOrder.equipment_id == equipment_id))
    for order, technician in repairs:
        entries.append(HistoryEntry(local(order.reported_at).date(), "repair", order.number, order.description,
                                    technician or "", order.status))
    tasks = session.execute(select(MaintenanceTask, MaintenancePlan.name).join(MaintenancePlan)
                            .where(MaintenanceTask.equipment_id == equipment_id))
    for task, plan in tasks:
        what = plan + (f"：{task.findings}" if task.findings else "")
        entries.append(HistoryEntry(local(task.done_at).date() if task.done_at else task.due_on, "maintenance",
                                    task.number, what, task.done_by, task.status))
    return sorted(entries, key=lambda entry: (entry.on, entry.number), reverse=True)


def equipment_coded(session, code: str, for_update: bool = False) -> Equipment:
    text = key_text(code)
    query = select(Equipment).where(Equipment.code == text.upper())
    equipment = session.scalar(query.with_for_update() if for_update else query)
    if equipment is None:
        raise NotFound(_("There is no equipment coded {code}"), field="equipment", code=text)
    return equipment


def view_of(session, equipment: Equipment) -> EquipmentView:
    return _views(session, [equipment])[0]


def _views(session, items: list[Equipment]) -> list[EquipmentView]:
    if not items:
        return []
    ids = [item.id for item in items]
    categories = {c.id: c for c in session.scalars(select(EquipmentCategory))}
    due = dict(session.execute(select(MaintenanceTask.equipment_id, func.count()).where(
        MaintenanceTask.status == "due", MaintenanceTask.equipment_id.in_(ids)).group_by(MaintenanceTask.equipment_id)).all())
    overdue = dict(session.execute(select(MaintenanceTask.equipment_id, func.count()).where(
        MaintenanceTask.status == "due", MaintenanceTask.due_on < today(), MaintenanceTask.equipment_id.in_(ids))
        .group_by(MaintenanceTask.equipment_id)).all())
    repairs = dict(session.execute(select(WorkOrder.equipment_id, func.count()).where(
        WorkOrder.status.in_([s.value for s in OPEN_STATUSES]), WorkOrder.equipment_id.in_(ids))
        .group_by(WorkOrder.equipment_id)).all())
    views = []
    for item in items:
        category = categories[item.category_id]
        views.append(EquipmentView(
            item.id, item.code, item.name, category.name, RepairMethod(category.repair_method),
            category.overhaul_months, item.location, item.model, item.maker, item.supplier, item.installed_on,
            item.warranty_until, item.contractor, item.contract_until, EquipmentStatus(item.status), item.documents,
            item.note, due.get(item.id, 0), overdue.get(item.id, 0), repairs.get(item.id, 0)))
    return views


def check_equipment(draft: EquipmentDraft) -> dict:
    """The draft as column values (its category aside) when acceptable; ``ValidationError`` otherwise."""
    values = {
        "code": text_field(draft.code, "code", 30, _("Equipment needs a code of at most {count} characters")).upper(),
        "name": text_field(draft.name, "name", 60, _("Equipment needs a name of at most {count} characters")),
        "location": text_field(draft.location, "location", 100, _("Say where it is, in at most {count} characters"),
                               required=False),
    }
    for key in ("model", "maker", "supplier", "contractor"):
        values[key] = text_field(getattr(draft, key), key, 60 if key == "model" else 100,
                                 _("This is at most {count} characters"), required=False)
    for key in ("documents", "note"):
        values[key] = text_field(getattr(draft, key), key, 300, _("This is at most {count} characters"),
                                 required=False)
    for key in ("installed_on", "warranty_until", "contract_until"):
        value = getattr(draft, key)
        if value is not None and not isinstance(value, date):
            raise ValidationError(_("A date is written YYYY-MM-DD"), field=key)
        values[key] = value
    installed, warranty = values["installed_on"], values["warranty_until"]
    if installed is not None and installed > today():
        raise ValidationError(_("Equipment cannot be installed in the future"), field="installed_on")
    if installed is not None and warranty is not None and warranty < installed:
        raise ValidationError(_("The warranty cannot end before the equipment was installed"), field="warranty_until")
    if installed is not None and values["contract_until"] is not None and values["contract_until"] < installed:
        raise ValidationError(_("The maintenance contract cannot end before the equipment was installed"),
                              field="contract_until")
    return values


# --- the demo building's register ------------------------------------------------------------------------
def demo_register() -> tuple[list[tuple[str, str, int | None]], list[EquipmentDraft]]:
    """Categories and equipment of the demo building (resources/demo/equipment_categories.csv, equipment.csv)."""
    folder = files("resources").joinpath("demo")
    categories = [(row["name"], row["repair_method"], int(row["overhaul_months"]) if row["overhaul_months"] else None)
                  for row in csv.DictReader(folder.joinpath("equipment_categories.csv").read_text("utf-8").splitlines())]
    equipment = [EquipmentDraft(row["code"], row["name"], row["category"], row["location"], row["model"],
                                row["maker"], row["supplier"], parse_day(row["installed_on"]),
                                parse_day(row["warranty_until"]), row["contractor"], parse_day(row["contract_until"]),
                                row["documents"])
                 for row in csv.DictReader(folder.joinpath("equipment.csv").read_text("utf-8").splitlines())]
    return categories, equipment


def load_register(db: Database, actor: Actor, categories: list[tuple[str, str, int | None]],
                  equipment: list[EquipmentDraft]) -> int:
    """Adds the categories and equipment the register does not have yet, in one transaction."""
    require(actor, Permission.KEEP_EQUIPMENT)
    checked_categories = [check_category(*row) for row in categories]
    checked = [(check_equipment(draft), draft.category.strip()) for draft in equipment]
    with db.write(actor) as session:
        known = {c.name: c for c in session.scalars(select(EquipmentCategory))}
        for values in checked_categories:
            if values["name"] not in known:
                known[values["name"]] = EquipmentCategory(**values)
                session.add(known[values["name"]])
        session.flush()
        existing = set(session.scalars(select(Equipment.code)))
        added = 0
        for values, category in checked:
            if values["code"] in existing:
                continue
            if category not in known:
                raise NotFound(_("There is no equipment category {name}"), field="category", name=category)
            session.add(Equipment(**values, category_id=known[category].id, status=EquipmentStatus.IN_SERVICE.value))
            added += 1
        if added:
            audit.record(session, actor, "load", "equipment", "demo", after={"added": added})
        return added
