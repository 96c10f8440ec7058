"""Preventive maintenance in three levels (daily routine, level 1, level 2): plans per piece of equipment or
per category, each with an interval and a task list, and the maintenance orders (series BY) they generate.

``generate_due(on)`` makes an order for every occurrence of every active plan on or before ``on`` that has
none yet: running it twice makes nothing new. A plan runs on a fixed calendar from its first date (every 3
months from 2026-01-31 falls on 04-30, 07-31...); an occurrence missed is still generated, so it shows as
overdue rather than disappearing. Retired equipment gets no new orders.
"""

import calendar
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select

from app import audit
from app.clock import today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.repairs.equipment import category_named, equipment_coded
from app.repairs.model import (
    Category,
    EquipmentStatus,
    IntervalPeriod,
    MaintenanceLevel,
    PlanDraft,
    PlanView,
    Priority,
    Source,
    TaskView,
    WorkOrderDraft,
)
from app.repairs.technicians import technician_named
from app.text import key_text, text_field
from db.models import Equipment, EquipmentCategory, MaintenancePlan, MaintenanceTask, WorkOrder
from db.types import utcnow

SERIES = "BY"  # 保养工单
MAX_AHEAD = timedelta(days=31)
MAX_BACK = timedelta(days=366)
MAX_TASKS = 30


def add_months(start: date, months: int) -> date:
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def occurrence(plan: MaintenancePlan, k: int) -> date:
    if plan.period == IntervalPeriod.MONTH.value:
        return add_months(plan.starts_on, plan.every * k)
    days = plan.every * (7 if plan.period == IntervalPeriod.WEEK.value else 1)
    return plan.starts_on + timedelta(days=days * k)


# --- plans ----------------------------------------------------------------------------------------------
def save_plan(db: Database, actor: Actor, draft: PlanDraft, plan_id: int | None = None) -> PlanView:
    """A new plan, or a change to plan ``plan_id`` (orders already generated stay as they are)."""
    require(actor, Permission.KEEP_EQUIPMENT)
    values = _checked(draft)
    with db.write(actor) as session:
        equipment_id = category_id = None
        if str(draft.equipment or "").strip():
            equipment_id = equipment_coded(session, draft.equipment).id
        elif str(draft.category or "").strip():
            category_id = category_named(session, draft.category).id
        else:
            raise ValidationError(_("A plan is for one piece of equipment or for every one of a category"),
                                  field="equipment")
        clash = select(MaintenancePlan.id).where(MaintenancePlan.name == values["name"])
        if plan_id is not None:
            clash = clash.where(MaintenancePlan.id != plan_id)
        if session.scalar(clash):
            raise ValidationError(_("There is a plan named {name} already"), field="name", name=values["name"])
        values.update(equipment_id=equipment_id, category_id=category_id)
        if plan_id is None:
            plan = MaintenancePlan(**values)
            session.add(plan)
            session.flush()
            audit.record(session, actor, "add", "maintenance_plan", str(plan.id), after=values)
        else:
            plan = session.get(MaintenancePlan, plan_id, with_for_update=True)
            if plan is None:
                raise NotFound(_("There is no such maintenance plan"), field="name")
            before = {key: getattr(plan, key) for key in values}
            for key, value in values.items():
                setattr(plan, key, value)
            audit.record(session, actor, "update", "maintenance_plan", str(plan.id), before=before, after=values)
        return _plan_views(session, [plan])[0]


def list_plans(db: Database, actor: Actor, include_inactive: bool = True) -> list[PlanView]:
    require(actor, Permission.REPORT_REPAIR)
    query = select(MaintenancePlan).order_by(MaintenancePlan.level, MaintenancePlan.name)
    if not include_inactive:
        query = query.where(MaintenancePlan.active.is_(True))
    with db.read(actor) as session:
        return _plan_views(session, list(session.scalars(query)))


def _checked(draft: PlanDraft) -> dict:
    name = text_field(draft.name, "name", 60, _("A plan needs a name of at most {count} characters"))
    try:
        level, period = MaintenanceLevel(draft.level), IntervalPeriod(draft.period)
    except ValueError:
        raise ValidationError(_("Choose the plan's level and its interval"), field="level") from None
    if not isinstance(draft.every, int) or isinstance(draft.every, bool) or not 1 <= draft.every <= 366:
        raise ValidationError(_("The interval is a whole number from 1 to 366"), field="every")
    tasks = [line.strip() for line in (draft.tasks or "").splitlines() if line.strip()]
    if not tasks or len(tasks) > MAX_TASKS or any(len(task) > 100 for task in tasks):
        raise ValidationError(_("List the tasks, one per line: at least one, at most {count}, each at most 100 "
                                "characters"), field="tasks", count=MAX_TASKS)
    if not isinstance(draft.starts_on, date):
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="starts_on")
    if draft.starts_on < today() - MAX_BACK:
        raise ValidationError(_("A plan cannot start more than a year ago"), field="starts_on")
    return {"name": name, "level": level.value, "every": draft.every, "period": period.value,
            "tasks": "\n".join(tasks), "starts_on": draft.starts_on, "active": bool(draft.active)}


def _plan_views(session, plans: list[MaintenancePlan]) -> list[PlanView]:
    codes = dict(session.execute(select(Equipment.id, Equipment.code)).all())
    names = dict(session.execute(select(EquipmentCategory.id, EquipmentCategory.name)).all())
    return [PlanView(plan.id, plan.name, MaintenanceLevel(plan.level), plan.every, IntervalPeriod(plan.period),
                     tuple(plan.tasks.splitlines()), plan.starts_on, codes.get(plan.equipment_id, ""),
                     names.get(plan.category_id, ""), plan.active) for plan in plans]


# --- maintenance orders ----------------------------------------------------------------------------------
def generate_due(db: Database, actor: Actor, on: date | None = None) -> int:
    """Makes the maintenance orders due on or before ``on`` (today when not given) that do not exist yet;
    returns how many it made. Idempotent: a second run the same day makes none."""
    require(actor, Permission.DISPATCH_REPAIRS)
    on = on or today()
    if not isinstance(on, date) or on > today() + MAX_AHEAD:
        raise ValidationError(_("Maintenance is generated up to today or at most a month ahead"), field="date")
    with db.write(actor) as session:
        plans = list(session.scalars(select(MaintenancePlan).where(MaintenancePlan.active.is_(True),
                                                                   MaintenancePlan.starts_on <= on)
                                     .order_by(MaintenancePlan.id)))
        last = {(plan_id, equipment_id): due for plan_id, equipment_id, due in session.execute(
            select(MaintenanceTask.plan_id, MaintenanceTask.equipment_id, func.max(MaintenanceTask.due_on))
            .group_by(MaintenanceTask.plan_id, MaintenanceTask.equipment_id))}
        now, made = utcnow(), 0
        for plan in plans:
            scope = Equipment.id == plan.equipment_id if plan.equipment_id else Equipment.category_id == plan.category_id
            for equipment_id in session.scalars(select(Equipment.id).where(
                    scope, Equipment.status != EquipmentStatus.RETIRED.value).order_by(Equipment.code)):
                after = last.get((plan.id, equipment_id))
                k = 0
                while (due := occurrence(plan, k)) <= on:
                    if after is None or due > after:
                        session.add(MaintenanceTask(number=next_number(session, SERIES, today(now)), plan_id=plan.id,
                                                    equipment_id=equipment_id, due_on=due, status="due",
                                                    generated_at=now))
                        made += 1
                    k += 1
        if made:
            audit.record(session, actor, "generate", "maintenance_task", on.isoformat(), after={"made": made})
        return made


def complete_task(db: Database, actor: Actor, number: str, done_by: str, findings: str = "",
                  at: datetime | None = None, repair_category: Category | str | None = None,
                  repair_priority: Priority | str = Priority.NORMAL) -> TaskView:
    """Done by a technician, when, with what was found. With ``repair_category``, the findings open a
    self-inspection work order on the equipment in the same transaction."""
    from app.repairs.orders import new_order

    require(actor, Permission.DISPATCH_REPAIRS)
    findings = text_field(findings, "findings", 500, _("The findings are at most {count} characters"),
                          required=False)
    if repair_category is not None and not findings:
        raise ValidationError(_("Say what was found that needs a repair"), field="findings")
    now = utcnow()
    at = at or now
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise ValidationError(_("Give a date and time"), field="at")
    if at > now + timedelta(minutes=5):
        raise ValidationError(_("Maintenance cannot be recorded as done in the future"), field="at")
    with db.write(actor) as session:
        task = _task(session, number, for_update=True)
        if task.status == "done":
            raise ValidationError(_("Maintenance order {number} is done already"), field="number",
                                  number=task.number)
        technician = technician_named(session, done_by)
        plan, equipment = session.get(MaintenancePlan, task.plan_id), session.get(Equipment, task.equipment_id)
        task.status, task.done_at, task.done_by = "done", at, technician.name
        task.findings, task.recorded_by = findings, actor.full_name or actor.username
        if repair_category is not None:
            new_order(session, actor, WorkOrderDraft(
                source=Source.SELF_INSPECTION, category=repair_category, priority=repair_priority,
                description=f"{plan.name}（{task.number}）发现：{findings}"[:500], reporter=technician.name,
                equipment=equipment.code, reported_at=at), task_id=task.id)
        audit.record(session, actor, "complete", "maintenance_task", task.number,
                     after={"by": technician.name, "at": at, "findings": findings, "repair": bool(repair_category)})
        return _task_views(session, [task])[0]


def list_tasks(db: Database, actor: Actor, on: date | None = None, include_done: bool = False,
               equipment: str = "", limit: int = 1000) -> list[TaskView]:
    """Maintenance orders due on or before ``on`` and not done (oldest first), or with ``include_done`` the
    latest ones done as well."""
    require(actor, Permission.REPORT_REPAIR)
    on = on or today()
    query = select(MaintenanceTask).where(MaintenanceTask.due_on <= on)
    if not include_done:
        query = query.where(MaintenanceTask.status == "due")
    with db.read(actor) as session:
        if equipment:
            query = query.where(MaintenanceTask.equipment_id == equipment_coded(session, equipment).id)
        order = (MaintenanceTask.due_on, MaintenanceTask.id) if not include_done else \
            (MaintenanceTask.due_on.desc(), MaintenanceTask.id.desc())
        return _task_views(session, list(session.scalars(query.order_by(*order).limit(limit))))


def get_task(db: Database, actor: Actor, number: str) -> TaskView:
    require(actor, Permission.REPORT_REPAIR)
    with db.read(actor) as session:
        return _task_views(session, [_task(session, number)])[0]


def _task(session, number: str, for_update: bool = False) -> MaintenanceTask:
    query = select(MaintenanceTask).where(MaintenanceTask.number == key_text(number).upper())
    task = session.scalar(query.with_for_update() if for_update else query)
    if task is None:
        raise NotFound(_("There is no maintenance order numbered {number}"), field="number", number=number)
    return task


def _task_views(session, tasks: list[MaintenanceTask]) -> list[TaskView]:
    plans = {p.id: p for p in session.scalars(select(MaintenancePlan).where(
        MaintenancePlan.id.in_({t.plan_id for t in tasks})))}
    equipment = {e.id: e for e in session.scalars(select(Equipment).where(
        Equipment.id.in_({t.equipment_id for t in tasks})))}
    repairs = dict(session.execute(select(WorkOrder.task_id, WorkOrder.number).where(
        and_(WorkOrder.task_id.is_not(None), WorkOrder.task_id.in_({t.id for t in tasks})))).all())
    return [TaskView(task.number, plans[task.plan_id].name, MaintenanceLevel(plans[task.plan_id].level),
                     tuple(plans[task.plan_id].tasks.splitlines()), equipment[task.equipment_id].code,
                     equipment[task.equipment_id].name, equipment[task.equipment_id].location, task.due_on,
                     task.status == "done", task.done_at, task.done_by, task.findings, task.recorded_by,
                     repairs.get(task.id, "")) for task in tasks]
