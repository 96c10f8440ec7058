"""Inspections (series XJ): a round of the current version of a checklist in an area, by a named inspector.

Answers (pass, fail, not applicable, with a note and photos) are saved as the round goes, each with the
time it was recorded; the inspection is finished only when every item has one. Finishing turns each failed
item into its follow-up in the same transaction: a fire item into a rectification notice (and, for a common
area, a repair work order when asked), a cleaning or patrol item into a work order when asked.
"""

from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from app import audit
from app.accounts.register import unit_id_of
from app.clock import today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.repairs.model import Category, Priority, Source, WorkOrderDraft
from app.repairs.orders import new_order
from app.safety.areas import resolve
from app.safety.model import (
    AnswerDraft,
    AnswerView,
    AreaKind,
    CheckCategory,
    FollowUp,
    Frequency,
    InspectionDraft,
    InspectionStatus,
    InspectionView,
    ItemView,
    PhotoView,
    Result,
)
from app.safety.notices import check_deadline, issue_notice
from app.safety.templates import current_version
from app.text import key_text, search_text, text_field
from db.models import (
    CheckItem,
    CheckTemplate,
    FireNotice,
    Inspection,
    InspectionAnswer,
    InspectionPhoto,
    Unit,
    WorkOrder,
)
from db.types import utcnow

SERIES = "XJ"  # 巡检记录
CLOCK_SLACK = timedelta(minutes=5)
MAX_BACK = timedelta(days=31)


def start_inspection(db: Database, actor: Actor, draft: InspectionDraft) -> InspectionView:
    """A round of the checklist's current version, numbered now; answers follow."""
    require(actor, Permission.INSPECT_SAFETY)
    inspector = text_field(draft.inspector or actor.full_name or actor.username, "inspector", 60,
                           _("Name the inspector in at most {count} characters"))
    note = text_field(draft.note, "note", 200, _("The note is at most {count} characters"), required=False)
    now = utcnow()
    started_at = draft.started_at or now
    if not isinstance(started_at, datetime) or started_at.tzinfo is None:
        raise ValidationError(_("Give the time the inspection started"), field="started_at")
    if started_at > now + CLOCK_SLACK:
        raise ValidationError(_("An inspection cannot start in the future"), field="started_at")
    if started_at < now - MAX_BACK:
        raise ValidationError(_("An inspection is recorded within a month of the day it was done"),
                              field="started_at")
    with db.write(actor) as session:
        template = current_version(session, draft.template_code)
        if not template.active:
            raise ValidationError(_("{name} is retired; choose a checklist in use"), field="template",
                                  name=template.name)
        area = resolve(session, draft.area)
        running = session.scalar(select(Inspection.number).join(CheckTemplate, CheckTemplate.id == Inspection.template_id)
                                 .where(CheckTemplate.code == template.code, Inspection.area == area.name,
                                        Inspection.status == InspectionStatus.IN_PROGRESS.value))
        if running:
            raise ValidationError(_("{name} in {area} is in progress already as {number}: continue it, or cancel "
                                    "it first"), field="template", name=template.name, area=area.name, number=running)
        inspection = Inspection(number=next_number(session, SERIES, today(started_at)), template_id=template.id,
                                category=template.category, area_kind=area.kind.value, area=area.name,
                                unit_id=area.unit_id, inspector=inspector, started_at=started_at,
                                status=InspectionStatus.IN_PROGRESS.value, note=note,
                                recorded_by=actor.full_name or actor.username)
        session.add(inspection)
        session.flush()
        audit.record(session, actor, "start", "inspection", inspection.number,
                     after={"template": f"{template.code} v{template.version}", "area": area.name,
                            "inspector": inspector, "at": started_at})
        return _views(session, [inspection])[0]


def record_answers(db: Database, actor: Actor, number: str, answers: list[AnswerDraft]) -> InspectionView:
    """Saves answers of an inspection in progress (a second answer to an item replaces the first)."""
    require(actor, Permission.INSPECT_SAFETY)
    with db.write(actor) as session:
        inspection = open_inspection(session, number)
        before, after = _apply(session, inspection, answers)
        audit.record(session, actor, "answer", "inspection", inspection.number, before=before, after=after)
        return _views(session, [inspection])[0]


def finish_inspection(db: Database, actor: Actor, number: str, answers: list[AnswerDraft] = (),
                      follow_ups: list[FollowUp] = (), at: datetime | None = None) -> InspectionView:
    """Saves the last ``answers`` and finishes the inspection, which needs an answer to every item; each
    failed item is followed up as ``follow_ups`` say (or by default: a fire item's notice with the item's
    requirement, due in a week)."""
    require(actor, Permission.INSPECT_SAFETY)
    now = utcnow()
    at = at or now
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise ValidationError(_("Give a date and time"), field="at")
    if at > now + CLOCK_SLACK:
        raise ValidationError(_("An inspection cannot be finished in the future"), field="at")
    with db.write(actor) as session:
        inspection = open_inspection(session, number)
        if at < inspection.started_at:
            raise ValidationError(_("An inspection cannot finish before it started"), field="at")
        before, after = _apply(session, inspection, answers)
        template = session.get(CheckTemplate, inspection.template_id)
        given = {answer.item_id: answer for answer in inspection.answers}
        missing = [item for item in template.items if item.id not in given]
        if missing:
            raise ValidationError(_("{count} items have no answer yet, the first: {item}"), field="answers",
                                  count=len(missing), item=missing[0].text[:40])
        failed = {answer.item_id: answer for answer in inspection.answers if answer.result == Result.FAIL.value}
        plans = {plan.item_id: plan for plan in follow_ups}
        stray = set(plans) - set(failed)
        if stray:
            raise ValidationError(_("Only a failed item is followed up"), field="follow_ups")
        items = {item.id: item for item in template.items}
        inspection.status, inspection.finished_at = InspectionStatus.FINISHED.value, at
        notices = orders = 0
        for item_id, answer in failed.items():
            notice, order = _follow_up(session, actor, inspection, answer, items[item_id],
                                       plans.get(item_id, FollowUp(item_id)), at)
            notices, orders = notices + bool(notice), orders + bool(order)
        audit.record(session, actor, "finish", "inspection", inspection.number, before=before,
                     after={**after, "at": at, "failed": len(failed), "notices": notices, "repair_orders": orders})
        return _views(session, [inspection])[0]


def cancel_inspection(db: Database, actor: Actor, number: str, reason: str) -> InspectionView:
    """An inspection started in error or abandoned; its number stays used."""
    require(actor, Permission.INSPECT_SAFETY)
    reason = text_field(reason, "reason", 200, _("Say why the inspection is cancelled, in at most {count} "
                                                 "characters"))
    with db.write(actor) as session:
        inspection = open_inspection(session, number)
        inspection.status, inspection.note = InspectionStatus.CANCELLED.value, reason
        audit.record(session, actor, "cancel", "inspection", inspection.number, after={"reason": reason})
        return _views(session, [inspection])[0]


def list_inspections(db: Database, actor: Actor, category: CheckCategory | str | None = None,
                     status: InspectionStatus | str | None = None, search: str = "",
                     since: datetime | None = None, until: datetime | None = None,
                     limit: int = 500) -> list[InspectionView]:
    """The latest inspections first; ``search`` matches the number, the area, the inspector or the checklist."""
    require(actor, Permission.INSPECT_SAFETY)
    query = select(Inspection).join(CheckTemplate, CheckTemplate.id == Inspection.template_id)
    if category:
        query = query.where(Inspection.category == CheckCategory(category).value)
    if status:
        query = query.where(Inspection.status == InspectionStatus(status).value)
    if since is not None:
        query = query.where(Inspection.started_at >= since)
    if until is not None:
        query = query.where(Inspection.started_at < until)
    text = search_text(search).lower()
    if text:
        found = select(InspectionAnswer.inspection_id).where(func.lower(InspectionAnswer.note).contains(
            text, autoescape=True))
        query = query.where(or_(*(func.lower(column).contains(text, autoescape=True) for column in (
            Inspection.number, Inspection.area, Inspection.inspector, CheckTemplate.name)), Inspection.id.in_(found)))
    with db.read(actor) as session:
        return _views(session, list(session.scalars(query.order_by(Inspection.started_at.desc(),
                                                                   Inspection.id.desc()).limit(limit))))


def get_inspection(db: Database, actor: Actor, number: str) -> InspectionView:
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        return _views(session, [_inspection(session, number)])[0]


# --- inside -------------------------------------------------------------------------------------------
def _apply(session, inspection: Inspection, answers: list[AnswerDraft]) -> tuple[dict, dict]:
    """Saves the answers; returns what each item's answer was and became, for the audit log."""
    items = set(session.scalars(select(CheckItem.id).where(CheckItem.template_id == inspection.template_id)))
    given = {answer.item_id: answer for answer in inspection.answers}
    before, after = {}, {}
    now = utcnow()
    for draft in answers:
        if draft.item_id not in items:
            raise ValidationError(_("That item is not on this inspection's checklist"), field="answers")
        try:
            result = Result(draft.result)
        except ValueError:
            raise ValidationError(_("Answer each item pass, fail or not applicable"), field="answers") from None
        note = text_field(draft.note, "answers", 200, _("A note is at most {count} characters"), required=False)
        if result is Result.FAIL and not note:
            raise ValidationError(_("Say what is wrong with a failed item"), field="answers")
        at = draft.at or now
        if not isinstance(at, datetime) or at.tzinfo is None:
            raise ValidationError(_("An item is checked between the start of the inspection and now"),
                                  field="answers")
        if at < inspection.started_at or at > now + CLOCK_SLACK:
            raise ValidationError(_("An item is checked between the start of the inspection and now"),
                                  field="answers")
        answer = given.get(draft.item_id)
        before[str(draft.item_id)] = f"{answer.result} {answer.note}".strip() if answer else ""
        after[str(draft.item_id)] = f"{result.value} {note}".strip()
        if answer is None:
            answer = InspectionAnswer(inspection_id=inspection.id, item_id=draft.item_id, result=result.value,
                                      note=note, answered_at=at)
            session.add(answer)
            inspection.answers.append(answer)
            given[draft.item_id] = answer
        else:
            answer.result, answer.note, answer.answered_at = result.value, note, at
    session.flush()
    return before, after


def _follow_up(session, actor: Actor, inspection: Inspection, answer: InspectionAnswer, item: CheckItem,
               plan: FollowUp, at: datetime) -> tuple[FireNotice | None, WorkOrder | None]:
    fire = inspection.category == CheckCategory.FIRE.value
    if str(plan.unit or "").strip():
        unit = unit_id_of(session, plan.unit)
    else:
        unit = session.get(Unit, inspection.unit_id) if inspection.unit_id else None
    order = None
    if plan.repair:
        if fire and unit is not None:
            raise ValidationError(_("A unit puts its own notice right; a work order is opened for a common area"),
                                  field="follow_ups")
        try:
            category = Category(plan.repair_category or (Category.FIRE if fire else Category.OTHER))
        except ValueError:
            raise ValidationError(_("Choose the repair's category"), field="follow_ups") from None
        order = new_order(session, actor, WorkOrderDraft(
            source=Source.SELF_INSPECTION, category=category, priority=Priority.HIGH if fire else Priority.NORMAL,
            description=f"{inspection.number} {item.system}：{item.text[:60]}。发现：{answer.note}"[:500],
            reporter=inspection.inspector, unit=unit.code if unit else "",
            location="" if unit else inspection.area, reported_at=at))
        answer.repair_order_id = order.id
    if not fire:
        return None, order
    requirement = text_field(plan.requirement or item.requirement or item.text, "follow_ups", 300,
                             _("The requirement is at most {count} characters"))
    deadline = check_deadline(plan.deadline, today(inspection.started_at), today(at))
    return issue_notice(session, actor, inspection, answer, item, requirement, deadline, unit, order, at), order


def _inspection(session, number: str, for_update: bool = False) -> Inspection:
    query = select(Inspection).where(Inspection.number == key_text(number).upper())
    inspection = session.scalar(query.with_for_update() if for_update else query)
    if inspection is None:
        raise NotFound(_("There is no inspection numbered {number}"), field="number", number=number)
    return inspection


def open_inspection(session, number: str) -> Inspection:
    inspection = _inspection(session, number, for_update=True)
    if inspection.status != InspectionStatus.IN_PROGRESS.value:
        raise ValidationError(_("Inspection {number} is {state}; it can no longer be changed"), field="number",
                              number=inspection.number, state=inspection.status)
    return inspection


def _views(session, inspections: list[Inspection]) -> list[InspectionView]:
    templates = {template.id: template for template in session.scalars(select(CheckTemplate).where(
        CheckTemplate.id.in_({inspection.template_id for inspection in inspections})))}
    answer_ids = {answer.id for inspection in inspections for answer in inspection.answers}
    photos: dict[int, list[PhotoView]] = {}
    for photo_id, answer_id, filename, size in session.execute(
            select(InspectionPhoto.id, InspectionPhoto.answer_id, InspectionPhoto.filename, InspectionPhoto.size)
            .where(InspectionPhoto.answer_id.in_(answer_ids)).order_by(InspectionPhoto.id)):
        photos.setdefault(answer_id, []).append(PhotoView(photo_id, filename, size))
    notices = dict(session.execute(select(FireNotice.answer_id, FireNotice.number).where(
        FireNotice.answer_id.in_(answer_ids))).all())
    orders = dict(session.execute(select(WorkOrder.id, WorkOrder.number).where(WorkOrder.id.in_(
        {answer.repair_order_id for i in inspections for answer in i.answers if answer.repair_order_id}))).all())
    units = dict(session.execute(select(Unit.id, Unit.code).where(
        Unit.id.in_({inspection.unit_id for inspection in inspections if inspection.unit_id}))).all())
    views = []
    for inspection in inspections:
        template = templates[inspection.template_id]
        given = {answer.item_id: answer for answer in inspection.answers}
        rows = []
        for item in template.items:
            answer = given.get(item.id)
            rows.append(AnswerView(
                ItemView(item.id, item.position, item.system, item.text, item.requirement),
                Result(answer.result) if answer else None, answer.note if answer else "",
                answer.answered_at if answer else None, tuple(photos.get(answer.id, ())) if answer else (),
                notices.get(answer.id, "") if answer else "",
                orders.get(answer.repair_order_id, "") if answer else ""))
        views.append(InspectionView(
            inspection.number, template.id, template.code, template.version, template.name,
            CheckCategory(template.category), Frequency(template.frequency), AreaKind(inspection.area_kind),
            inspection.area, units.get(inspection.unit_id, ""), inspection.inspector, inspection.started_at,
            inspection.finished_at, InspectionStatus(inspection.status), inspection.note, inspection.recorded_by,
            tuple(rows)))
    return views
