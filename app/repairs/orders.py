"""Repair work orders (维修工单), from report to follow-up; ``WORK_MACHINE`` says which step may follow which.

An order is numbered (series WX) when it is reported, from a customer (by phone, at the front desk, in
person) or from self-inspection, and takes its response and completion deadlines from its priority. Each
step records who recorded it, when it happened (a time the dispatcher may give, never before the previous
step nor in the future) and why where a reason is asked. The work done is recorded in ``app.repairs.work``;
acceptance puts the charged work on the unit's account.
"""

from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select

from app import audit
from app.accounts.model import UnitType
from app.accounts.payments import payer_of
from app.accounts.register import unit_id_of
from app.clock import moment, not_before, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.repairs.equipment import equipment_coded
from app.repairs.model import (
    FINISHED,
    RESPONDED,
    WORK_MACHINE,
    Category,
    EquipmentStatus,
    LineKind,
    Priority,
    Source,
    StepView,
    WorkAction,
    WorkLineView,
    WorkOrderDraft,
    WorkOrderView,
    WorkStatus,
)
from app.repairs.settings import deadlines
from app.repairs.technicians import technician_named
from app.repairs.work import charge_to_account, charged_total
from app.search_keys import initials
from app.text import key_text, search_text, text_field
from db.models import Equipment, MaintenanceTask, RepairMaterial, Technician, Unit, WorkOrder, WorkStep
from db.types import utcnow

SERIES = "WX"  # 维修工单
CLOCK_SLACK = timedelta(minutes=5)  # a desk's clock may run a little ahead of the server's
WORKED = (WorkStatus.IN_PROGRESS.value, WorkStatus.ON_HOLD.value, WorkStatus.AWAITING_ACCEPTANCE.value)


def report(db: Database, actor: Actor, draft: WorkOrderDraft) -> WorkOrderView:
    """A fault reported by a customer or found on self-inspection, numbered now."""
    require(actor, Permission.REPORT_REPAIR)
    with db.write(actor) as session:
        return view_of(session, new_order(session, actor, draft))


def new_order(session, actor: Actor, draft: WorkOrderDraft, task_id: int | None = None) -> WorkOrder:
    """The order of ``draft``, checked and numbered in the caller's transaction."""
    try:
        source, category, priority = Source(draft.source), Category(draft.category), Priority(draft.priority)
    except ValueError as error:
        raise ValidationError(_("Choose where the report came from, its category and its priority"),
                              field="category") from error
    description = text_field(draft.description, "description", 500,
                             _("Describe the fault in at most {count} characters"))
    location = text_field(draft.location, "location", 100, _("The location is at most {count} characters"),
                          required=False)
    now = utcnow()
    reported_at = moment(draft.reported_at, "reported_at")
    if reported_at < now - timedelta(days=31):
        raise ValidationError(_("A report more than a month old is not plausible; check the date"),
                              field="reported_at")
    unit = unit_id_of(session, draft.unit) if str(draft.unit or "").strip() else None
    equipment = None
    if str(draft.equipment or "").strip():
        equipment = equipment_coded(session, draft.equipment)
        if equipment.status == EquipmentStatus.RETIRED.value:
            raise ValidationError(_("{code} is retired; it cannot be repaired"), field="equipment",
                                  code=equipment.code)
        location = location or equipment.location
    if unit is None and not location:
        raise ValidationError(_("Say where: a unit, or the common area and where in it"), field="location")
    reporter, contact = _reporter(session, actor, source, unit, draft)
    due = deadlines(session)[priority]
    order = WorkOrder(number=next_number(session, SERIES, today(reported_at)), status=WorkStatus.REPORTED.value,
                      source=source.value, unit_id=unit.id if unit else None, location=location,
                      equipment_id=equipment.id if equipment else None, category=category.value,
                      priority=priority.value, description=description, reporter=reporter, contact=contact,
                      reported_at=reported_at, response_due=reported_at + timedelta(minutes=due.respond_minutes),
                      completion_due=reported_at + timedelta(minutes=due.complete_minutes), task_id=task_id,
                      created_by=actor.user_id)
    session.add(order)
    order.steps.append(WorkStep(action="report", from_status="", to_status=order.status, at=reported_at,
                                recorded_at=now, by_name=_name(actor), note=""))
    session.flush()
    audit.record(session, actor, "report", "repair_order", order.number,
                 after={"source": source.value, "unit": unit.code if unit else "", "location": location,
                        "category": category.value, "priority": priority.value, "description": description})
    return order


def dispatch(db: Database, actor: Actor, number: str, technician: str, at: datetime | None = None) -> WorkOrderView:
    """To a technician of the engineering team, with the time; again to another while not yet started."""
    require(actor, Permission.DISPATCH_REPAIRS)
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        status = WORK_MACHINE.next(order.status, WorkAction.DISPATCH, order.number)
        person = technician_named(session, technician)
        when = _when(session, order, at)
        previous = order.technician_id
        order.technician_id, order.dispatched_at = person.id, when
        _step(session, actor, order, WorkAction.DISPATCH, status, when, person.name)
        audit.record(session, actor, "dispatch", "repair_order", order.number,
                     before={"technician": previous}, after={"technician": person.name, "at": when})
        return view_of(session, order)


def start(db: Database, actor: Actor, number: str, at: datetime | None = None) -> WorkOrderView:
    """The technician is on site and at work: the response deadline is met or missed here."""
    return _move(db, actor, number, WorkAction.START, at)


def hold(db: Database, actor: Actor, number: str, reason: str, at: datetime | None = None) -> WorkOrderView:
    """Waiting for parts (or another reason, always given)."""
    reason = text_field(reason, "reason", 200, _("Say what the work is waiting for, in at most {count} characters"))
    return _move(db, actor, number, WorkAction.HOLD, at, reason)


def resume(db: Database, actor: Actor, number: str, at: datetime | None = None) -> WorkOrderView:
    return _move(db, actor, number, WorkAction.RESUME, at)


def finish(db: Database, actor: Actor, number: str, at: datetime | None = None, note: str = "") -> WorkOrderView:
    """The technician has finished: the work done must be recorded first; the customer accepts next."""
    note = text_field(note, "note", 200, _("The note is at most {count} characters"), required=False)
    return _move(db, actor, number, WorkAction.FINISH, at, note)


def rework(db: Database, actor: Actor, number: str, reason: str, at: datetime | None = None) -> WorkOrderView:
    """The customer does not accept the work: it goes back to the technician."""
    reason = text_field(reason, "reason", 200, _("Say what is still wrong, in at most {count} characters"))
    return _move(db, actor, number, WorkAction.REWORK, at, reason)


def accept(db: Database, actor: Actor, number: str, signed_by: str, at: datetime | None = None) -> WorkOrderView:
    """The customer (or, for a common area, the person in charge of it) accepts the work and signs the
    dispatch slip; charged work goes on the unit's account now."""
    signed_by = text_field(signed_by, "signed_by", 60, _("Who accepted the work? A name of at most {count} "
                                                         "characters"))
    return _move(db, actor, number, WorkAction.ACCEPT, at, signed_by)


def follow_up(db: Database, actor: Actor, number: str, satisfaction: int, note: str = "",
              at: datetime | None = None) -> WorkOrderView:
    """回访: the customer is asked how it went; customer service may do it as well as engineering."""
    if not isinstance(satisfaction, int) or isinstance(satisfaction, bool) or not 1 <= satisfaction <= 5:
        raise ValidationError(_("Satisfaction is from 1 (very dissatisfied) to 5 (very satisfied)"),
                              field="satisfaction")
    note = text_field(note, "note", 200, _("The note is at most {count} characters"), required=False)
    return _move(db, actor, number, WorkAction.FOLLOW_UP, at, note, satisfaction=satisfaction)


def cancel(db: Database, actor: Actor, number: str, reason: str) -> WorkOrderView:
    """Before completion, with a reason; its number stays used."""
    reason = text_field(reason, "reason", 200, _("Say why the order is cancelled, in at most {count} characters"))
    return _move(db, actor, number, WorkAction.CANCEL, None, reason)


def _move(db: Database, actor: Actor, number: str, action: WorkAction, at: datetime | None, note: str = "",
          satisfaction: int | None = None) -> WorkOrderView:
    require(actor, Permission.REPORT_REPAIR if action is WorkAction.FOLLOW_UP else Permission.DISPATCH_REPAIRS)
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        before = order.status
        status = WORK_MACHINE.next(order.status, action, order.number)
        when = _when(session, order, at)
        if action is WorkAction.START:
            order.started_at = order.started_at or when
            _equipment_status(session, order, EquipmentStatus.UNDER_REPAIR)
        elif action is WorkAction.HOLD:
            order.hold_reason = note
        elif action is WorkAction.RESUME:
            order.hold_reason = ""
        elif action is WorkAction.FINISH:
            if not any(line.kind == LineKind.LABOUR.value for line in order.lines):
                raise ValidationError(_("Record the work done on order {number} before finishing it"),
                                      field="lines", number=order.number)
            order.finished_at = when
        elif action is WorkAction.REWORK:
            order.finished_at = None
        elif action is WorkAction.ACCEPT:
            order.accepted_at, order.accepted_by = when, note
            order.charged = charge_to_account(session, order)
            _equipment_status(session, order, EquipmentStatus.IN_SERVICE)
        elif action is WorkAction.FOLLOW_UP:
            order.followed_up_at, order.satisfaction, order.follow_up_note = when, satisfaction, note
        elif action is WorkAction.CANCEL:
            order.cancel_reason = note
            _equipment_status(session, order, EquipmentStatus.IN_SERVICE)
        order.status = status
        _step(session, actor, order, action, status, when, note, before)
        audit.record(session, actor, action.value, "repair_order", order.number, before={"status": before},
                     after={"status": status, "at": when, "note": note, "satisfaction": satisfaction,
                            "charged": order.charged if action is WorkAction.ACCEPT else None})
        return view_of(session, order)


def get_order(db: Database, actor: Actor, number: str) -> WorkOrderView:
    require(actor, Permission.REPORT_REPAIR)
    with db.read(actor) as session:
        return view_of(session, load(session, number))


def list_orders(db: Database, actor: Actor, search: str = "", statuses: tuple[WorkStatus, ...] | None = None,
                technician: str = "", priority: Priority | str | None = None, overdue: bool = False,
                limit: int = 500) -> list[WorkOrderView]:
    """Newest first. ``search`` matches the number, unit, location, description, reporter or contact, or the
    reporter's pinyin initials; ``technician`` gives that technician's queue; ``overdue`` only the orders
    past a deadline now."""
    require(actor, Permission.REPORT_REPAIR)
    text = search_text(search)
    query = select(WorkOrder).outerjoin(Unit, Unit.id == WorkOrder.unit_id).order_by(WorkOrder.id.desc())
    if statuses:
        query = query.where(WorkOrder.status.in_([WorkStatus(s).value for s in statuses]))
    if priority:
        query = query.where(WorkOrder.priority == Priority(priority).value)
    if overdue:
        query = query.where(overdue_now(utcnow()))
    with db.read(actor) as session:
        if technician:
            person = session.scalar(select(Technician.id).where(Technician.name == key_text(technician)))
            query = query.where(WorkOrder.technician_id == (person or -1))
        if text:
            like = f"%{text}%"
            direct = query.where(or_(WorkOrder.number.ilike(like), Unit.code.ilike(like),
                                     WorkOrder.location.ilike(like), WorkOrder.description.ilike(like),
                                     WorkOrder.reporter.ilike(like), WorkOrder.contact.ilike(like)))
            found = {order.id: order for order in session.scalars(direct.limit(limit))}
            if text.isascii() and text.isalpha():
                for order in session.scalars(query.limit(5000)):
                    if len(found) >= limit:
                        break
                    if text.lower() in initials(order.reporter):
                        found.setdefault(order.id, order)
            orders = sorted(found.values(), key=lambda o: -o.id)
        else:
            orders = list(session.scalars(query.limit(limit)))
        return views_of(session, orders)


def overdue_count(db: Database, actor: Actor) -> int:
    """How many orders are past a deadline now (shown on the tab)."""
    require(actor, Permission.REPORT_REPAIR)
    with db.read(actor) as session:
        return session.scalar(select(func.count()).select_from(WorkOrder).where(overdue_now(utcnow())))


def overdue_now(now: datetime):
    """``WorkOrderView.overdue`` as a query: not finished by the completion deadline, or not on site by the
    response deadline."""
    return or_(and_(WorkOrder.status.not_in([s.value for s in FINISHED]), WorkOrder.completion_due < now),
               and_(WorkOrder.status.not_in([s.value for s in RESPONDED]), WorkOrder.response_due < now))


def load(session, number: str, for_update: bool = False) -> WorkOrder:
    query = select(WorkOrder).where(WorkOrder.number == key_text(number).upper())
    order = session.scalar(query.with_for_update() if for_update else query)
    if order is None:
        raise NotFound(_("There is no work order numbered {number}"), field="number", number=number)
    return order


def view_of(session, order: WorkOrder) -> WorkOrderView:
    return views_of(session, [order])[0]


def views_of(session, orders: list[WorkOrder]) -> list[WorkOrderView]:
    def lookup(model, ids, *columns):
        ids = {i for i in ids if i}
        return {row[0]: row[1:] for row in session.execute(select(model.id, *columns).where(model.id.in_(ids)))} \
            if ids else {}

    units = lookup(Unit, (o.unit_id for o in orders), Unit.code, Unit.unit_type)
    equipment = lookup(Equipment, (o.equipment_id for o in orders), Equipment.code, Equipment.name)
    people = lookup(Technician, (o.technician_id for o in orders), Technician.name, Technician.phone)
    tasks = lookup(MaintenanceTask, (o.task_id for o in orders), MaintenanceTask.number)
    materials = lookup(RepairMaterial, (line.material_id for o in orders for line in o.lines), RepairMaterial.code)
    views = []
    for order in orders:
        unit_code, unit_type = units.get(order.unit_id, ("", ""))
        equipment_code, equipment_name = equipment.get(order.equipment_id, ("", ""))
        technician, phone = people.get(order.technician_id, ("", ""))
        lines = tuple(WorkLineView(LineKind(line.kind), line.description, materials.get(line.material_id, ("",))[0],
                                   line.owner_supplied, line.unit, line.quantity, line.price, line.amount,
                                   line.charged) for line in order.lines)
        steps = tuple(StepView(WorkAction(step.action) if step.action != "report" else None,
                               WorkStatus(step.from_status) if step.from_status else None, WorkStatus(step.to_status),
                               step.at, step.by_name, step.note) for step in order.steps)
        views.append(WorkOrderView(
            number=order.number, status=WorkStatus(order.status), source=Source(order.source), unit=unit_code,
            unit_residential=unit_type == UnitType.RESIDENTIAL.value, location=order.location,
            equipment=equipment_code, equipment_name=equipment_name, category=Category(order.category),
            priority=Priority(order.priority), description=order.description, reporter=order.reporter,
            contact=order.contact, reported_at=order.reported_at, response_due=order.response_due,
            completion_due=order.completion_due, technician=technician, technician_phone=phone,
            dispatched_at=order.dispatched_at, started_at=order.started_at, finished_at=order.finished_at,
            accepted_at=order.accepted_at, accepted_by=order.accepted_by, followed_up_at=order.followed_up_at,
            satisfaction=order.satisfaction, follow_up_note=order.follow_up_note, hold_reason=order.hold_reason,
            cancel_reason=order.cancel_reason, lines=lines, steps=steps, charge=charged_total(order.lines),
            charged=order.charged, maintenance_task=tasks.get(order.task_id, ("",))[0]))
    return views


def _reporter(session, actor: Actor, source: Source, unit: Unit | None, draft: WorkOrderDraft) -> tuple[str, str]:
    reporter = text_field(draft.reporter, "reporter", 60, _("Who reported it? A name of at most {count} characters"),
                          required=False)
    contact = text_field(draft.contact, "contact", 40, _("Leave a phone number to reach the customer (at most "
                                                         "{count} characters)"), required=False)
    if source is Source.SELF_INSPECTION:
        reporter = reporter or _name(actor)
    elif not reporter and unit is not None:
        reporter = payer_of(session, unit.id) or ""
    reporter = text_field(reporter, "reporter", 60, _("Who reported it? A name of at most {count} characters"))
    contact = text_field(contact, "contact", 40, _("Leave a phone number to reach the customer (at most {count} "
                                                   "characters)"), required=source is not Source.SELF_INSPECTION)
    return reporter, contact


def _when(session, order: WorkOrder, at: datetime | None) -> datetime:
    now = utcnow()
    when = at or now
    if not isinstance(when, datetime) or when.tzinfo is None:
        raise ValidationError(_("Give a date and time"), field="at")
    if when > now + CLOCK_SLACK:
        raise ValidationError(_("A step cannot be recorded in the future"), field="at")
    last = max((step.at for step in order.steps), default=order.reported_at)
    when = not_before(when, last)
    if when is None:
        raise ValidationError(_("This step cannot come before the previous one of order {number}"), field="at",
                              number=order.number)
    return when


def _step(session, actor: Actor, order: WorkOrder, action: WorkAction, status: str, when: datetime, note: str,
          before: str | None = None) -> None:
    order.steps.append(WorkStep(action=action.value, from_status=before or order.status, to_status=status, at=when,
                                recorded_at=utcnow(), by_name=_name(actor), note=note[:200]))
    order.status = status


def _equipment_status(session, order: WorkOrder, status: EquipmentStatus) -> None:
    """Equipment is under repair from the start of work on it until the last order working on it ends."""
    if order.equipment_id is None:
        return
    equipment = session.get(Equipment, order.equipment_id, with_for_update=True)
    if status is EquipmentStatus.UNDER_REPAIR and equipment.status == EquipmentStatus.IN_SERVICE.value:
        equipment.status = status.value
    elif status is EquipmentStatus.IN_SERVICE and equipment.status == EquipmentStatus.UNDER_REPAIR.value:
        others = session.scalar(select(func.count()).where(WorkOrder.equipment_id == order.equipment_id,
                                                           WorkOrder.id != order.id, WorkOrder.status.in_(WORKED)))
        if not others:
            equipment.status = status.value


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username
