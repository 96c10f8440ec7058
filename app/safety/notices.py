"""Fire rectification notices (消防整改通知书, series ZG): one for each fire item failed on an inspection, to
the unit responsible (its fire warden, or else its payer) or to engineering for a common area, with the
finding, the requirement and a deadline no earlier than the inspection.

A notice is closed only by a re-inspection that finds the item right; a re-inspection that does not
extends the deadline, with the reason. An open notice past its deadline is overdue.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, or_, select

from app import audit
from app.clock import format_local, moment, not_before, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.safety.model import (
    NOTICE_MACHINE,
    CheckCategory,
    NoticeAction,
    NoticeStatus,
    NoticeStepView,
    NoticeView,
    Reinspection,
)
from app.text import key_text, search_text, text_field
from db.models import (
    CheckItem,
    CheckTemplate,
    FireNotice,
    FireWarden,
    Inspection,
    InspectionAnswer,
    NoticeStep,
    Party,
    Unit,
    UnitParty,
    WorkOrder,
)
from db.types import utcnow

SERIES = "ZG"  # 整改通知
ENGINEERING = "工程部"
DEFAULT_NOTICE_DAYS = 7
MAX_NOTICE_DAYS = 180


def check_deadline(deadline: date | None, inspected_on: date, issued_on: date) -> date:
    """A notice's deadline: a week after it is issued unless given; never before the inspection nor before the
    day it is issued (a notice is not overdue when it is handed over), at most 180 days after."""
    if deadline is None:
        return issued_on + timedelta(days=DEFAULT_NOTICE_DAYS)
    if type(deadline) is not date:
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="deadline")
    if deadline < inspected_on:
        raise ValidationError(_("The deadline cannot come before the inspection on {day}"), field="deadline",
                              day=inspected_on.isoformat())
    if deadline < issued_on:
        raise ValidationError(_("The deadline cannot come before the day the notice is issued, {day}"),
                              field="deadline", day=issued_on.isoformat())
    if deadline > issued_on + timedelta(days=MAX_NOTICE_DAYS):
        raise ValidationError(_("A deadline is at most {days} days after the inspection"), field="deadline",
                              days=MAX_NOTICE_DAYS)
    return deadline


def issue_notice(session, actor: Actor, inspection: Inspection, answer: InspectionAnswer, item: CheckItem,
                 requirement: str, deadline: date, unit: Unit | None, repair: WorkOrder | None,
                 at: datetime) -> FireNotice:
    """The notice of a failed item, numbered in the caller's transaction (finishing the inspection)."""
    if unit is not None:
        warden = session.scalar(select(FireWarden).where(FireWarden.unit_id == unit.id))
        recipient, phone = (warden.name, warden.phone) if warden else _payer(session, unit)
    else:
        recipient, phone = ENGINEERING, ""
    finding = f"{item.system}：{item.text}" + (f"。发现：{answer.note}" if answer.note else "")
    notice = FireNotice(number=next_number(session, SERIES, today(at)), status=NoticeStatus.OPEN.value, answer_id=answer.id,
                        unit_id=unit.id if unit else None, recipient=recipient, recipient_phone=phone,
                        area=inspection.area, finding=finding[:400], requirement=requirement, deadline=deadline,
                        issued_at=at, issued_by=_name(actor), repair_order_id=repair.id if repair else None)
    session.add(notice)
    session.flush()
    session.add(NoticeStep(notice_id=notice.id, action=NoticeAction.ISSUE.value, at=at, recorded_at=utcnow(),
                           by_name=_name(actor), person=recipient, note="", deadline=deadline))
    audit.record(session, actor, "issue", "fire_notice", notice.number,
                 after={"inspection": inspection.number, "unit": unit.code if unit else "", "recipient": recipient,
                        "requirement": requirement, "deadline": deadline, "repair": repair.number if repair else ""})
    return notice


def _payer(session, unit: Unit) -> tuple[str, str]:
    """The unit's payer and their phone, for a unit without a registered person responsible."""
    row = session.execute(select(Party.name, Party.phone).join(UnitParty, UnitParty.party_id == Party.id).where(
        UnitParty.unit_id == unit.id, UnitParty.pays.is_(True), UnitParty.move_out.is_(None))
        .order_by(UnitParty.id.desc()).limit(1)).first()
    return (row.name, row.phone) if row else (unit.code, "")


def sign_notice(db: Database, actor: Actor, number: str, signed_by: str, at: datetime | None = None) -> NoticeView:
    """The recipient signed the printed notice (签收)."""
    require(actor, Permission.INSPECT_SAFETY)
    signed_by = text_field(signed_by, "signed_by", 60, _("Give the name of whoever signed, in at most {count} "
                                                         "characters"))
    with db.write(actor) as session:
        notice = _notice(session, number, for_update=True)
        NOTICE_MACHINE.next(notice.status, NoticeAction.SIGN, notice.number)
        if notice.signed_by:
            raise ValidationError(_("{number} was signed for by {name} already"), field="signed_by",
                                  number=notice.number, name=notice.signed_by)
        when = _when(notice, at)
        notice.signed_by, notice.signed_at = signed_by, when
        _step(session, actor, notice, NoticeAction.SIGN, when, signed_by)
        audit.record(session, actor, "sign", "fire_notice", notice.number, after={"by": signed_by, "at": when})
        return _views(session, [notice])[0]


def reinspect(db: Database, actor: Actor, number: str, check: Reinspection) -> NoticeView:
    """Closes the notice when the re-inspection finds the item right; otherwise extends its deadline with the
    reason. Whoever re-inspected is always named: a notice is never closed without a re-inspection."""
    require(actor, Permission.INSPECT_SAFETY)
    inspector = text_field(check.inspector, "inspector", 60, _("A notice is closed or extended only by a "
                                                               "re-inspection: say who re-inspected it"))
    if not isinstance(check.passed, bool):
        raise ValidationError(_("Say whether the item is put right"), field="passed")
    note = text_field(check.note, "note", 200, _("The note is at most {count} characters"), required=False)
    with db.write(actor) as session:
        notice = _notice(session, number, for_update=True)
        action = NoticeAction.CLOSE if check.passed else NoticeAction.EXTEND
        notice.status = NOTICE_MACHINE.next(notice.status, action, notice.number)
        when = _when(notice, check.at)
        before = {"status": NoticeStatus.OPEN.value, "deadline": notice.deadline}
        if check.passed:
            notice.closed_at = when
            _step(session, actor, notice, action, when, inspector, note)
        else:
            reason = text_field(check.reason, "reason", 200, _("Say why the deadline is extended, in at most "
                                                               "{count} characters"))
            new = check.new_deadline
            if type(new) is not date:
                raise ValidationError(_("Give the new deadline"), field="new_deadline")
            if new <= notice.deadline or new < today(when):
                raise ValidationError(_("The new deadline comes after the present one ({day}) and after the "
                                        "re-inspection"), field="new_deadline", day=notice.deadline.isoformat())
            if new > today(when) + timedelta(days=MAX_NOTICE_DAYS):
                raise ValidationError(_("A deadline is at most {days} days after the inspection"),
                                      field="new_deadline", days=MAX_NOTICE_DAYS)
            notice.deadline = new
            _step(session, actor, notice, action, when, inspector, "；".join(p for p in (reason, note) if p), new)
        audit.record(session, actor, action.value, "fire_notice", notice.number, before=before,
                     after={"status": notice.status, "deadline": notice.deadline, "inspector": inspector,
                            "at": when})
        return _views(session, [notice])[0]


def cancel_notice(db: Database, actor: Actor, number: str, reason: str) -> NoticeView:
    """A notice issued in error is cancelled, with the reason; its number stays used."""
    require(actor, Permission.KEEP_SAFETY)
    reason = text_field(reason, "reason", 200, _("Say why the notice is cancelled, in at most {count} characters"))
    with db.write(actor) as session:
        notice = _notice(session, number, for_update=True)
        notice.status = NOTICE_MACHINE.next(notice.status, NoticeAction.CANCEL, notice.number)
        now = utcnow()
        _step(session, actor, notice, NoticeAction.CANCEL, now, "", reason)
        audit.record(session, actor, "cancel", "fire_notice", notice.number, before={"status": "open"},
                     after={"status": notice.status, "reason": reason})
        return _views(session, [notice])[0]


def list_notices(db: Database, actor: Actor, status: NoticeStatus | str | None = NoticeStatus.OPEN,
                 overdue_on: date | None = None, search: str = "", since: date | None = None,
                 until: date | None = None, limit: int = 1000) -> list[NoticeView]:
    """Notices by deadline (``status`` None: all); with ``overdue_on`` only open ones past their deadline on
    that day; ``search`` matches the number, unit, recipient, area or finding; ``since``/``until`` bound the
    day issued."""
    require(actor, Permission.INSPECT_SAFETY)
    query = select(FireNotice)
    if status:
        query = query.where(FireNotice.status == NoticeStatus(status).value)
    if overdue_on is not None:
        query = query.where(overdue(overdue_on))
    text = search_text(search)
    if text:
        query = query.outerjoin(Unit, Unit.id == FireNotice.unit_id).where(or_(*(
            func.lower(column).contains(text.lower(), autoescape=True)
            for column in (FireNotice.number, Unit.code, FireNotice.recipient, FireNotice.area, FireNotice.finding))))
    with db.read(actor) as session:
        notices = list(session.scalars(query.order_by(FireNotice.deadline, FireNotice.id).limit(limit)))
        views = _views(session, notices)
    return [view for view in views
            if (since is None or today(view.issued_at) >= since) and (until is None or today(view.issued_at) <= until)]


def overdue_count(db: Database, actor: Actor, on: date | None = None) -> int:
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        return session.scalar(select(func.count()).select_from(FireNotice).where(overdue(on or today())))


def overdue(on: date):
    """What counts as overdue on the day ``on``, as a query condition: an open notice past its deadline."""
    return and_(FireNotice.status == NoticeStatus.OPEN.value, FireNotice.deadline < on)


@dataclass(frozen=True)
class DeadlineCount:
    deadline: date
    count: int  # open notices with this deadline
    overdue: bool  # on the day asked


def open_by_deadline(db: Database, actor: Actor, on: date | None = None) -> list[DeadlineCount]:
    """The open notices counted per deadline (earliest first), each deadline marked overdue or not on ``on``."""
    require(actor, Permission.INSPECT_SAFETY)
    on = on or today()
    query = (select(FireNotice.deadline, func.count(), func.max(case((overdue(on), 1), else_=0)))
             .where(FireNotice.status == NoticeStatus.OPEN.value).group_by(FireNotice.deadline)
             .order_by(FireNotice.deadline))
    with db.read(actor) as session:
        return [DeadlineCount(deadline, count, bool(late)) for deadline, count, late in session.execute(query)]


def get_notice(db: Database, actor: Actor, number: str) -> NoticeView:
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        return _views(session, [_notice(session, number)])[0]


def _notice(session, number: str, for_update: bool = False) -> FireNotice:
    query = select(FireNotice).where(FireNotice.number == key_text(number).upper())
    notice = session.scalar(query.with_for_update() if for_update else query)
    if notice is None:
        raise NotFound(_("There is no rectification notice numbered {number}"), field="number", number=number)
    return notice


def _when(notice: FireNotice, at: datetime | None) -> datetime:
    at = moment(at, "at")
    last = max(step.at for step in notice.steps)
    at = not_before(at, last)
    if at is None:
        raise ValidationError(_("This cannot have happened before the notice's last step ({time})"), field="at",
                              time=format_local(last))
    return at


def _step(session, actor: Actor, notice: FireNotice, action: NoticeAction, at: datetime, person: str,
          note: str = "", deadline: date | None = None) -> None:
    step = NoticeStep(notice_id=notice.id, action=action.value, at=at, recorded_at=utcnow(), by_name=_name(actor),
                      person=person, note=note, deadline=deadline)
    session.add(step)
    notice.steps.append(step)


def _name(actor: Actor) -> str:
    return actor.full_name or actor.username


def _views(session, notices: list[FireNotice]) -> list[NoticeView]:
    answers = {answer.id: answer for answer in session.scalars(select(InspectionAnswer).where(
        InspectionAnswer.id.in_({notice.answer_id for notice in notices})))}
    inspections = {inspection.id: inspection for inspection in session.scalars(select(Inspection).where(
        Inspection.id.in_({answer.inspection_id for answer in answers.values()})))}
    items = {item.id: item for item in session.scalars(select(CheckItem).where(
        CheckItem.id.in_({answer.item_id for answer in answers.values()})))}
    names = dict(session.execute(select(CheckTemplate.id, CheckTemplate.name).where(
        CheckTemplate.id.in_({inspection.template_id for inspection in inspections.values()}))).all())
    units = dict(session.execute(select(Unit.id, Unit.code).where(
        Unit.id.in_({notice.unit_id for notice in notices if notice.unit_id}))).all())
    orders = dict(session.execute(select(WorkOrder.id, WorkOrder.number).where(
        WorkOrder.id.in_({notice.repair_order_id for notice in notices if notice.repair_order_id}))).all())
    views = []
    for notice in notices:
        answer = answers[notice.answer_id]
        inspection, item = inspections[answer.inspection_id], items[answer.item_id]
        views.append(NoticeView(
            notice.number, NoticeStatus(notice.status), inspection.number, names[inspection.template_id],
            CheckCategory(inspection.category), units.get(notice.unit_id, ""), notice.recipient,
            notice.recipient_phone, notice.area, item.system, item.text, notice.finding, notice.requirement,
            inspection.finished_at or inspection.started_at, inspection.inspector, notice.deadline,
            notice.issued_at, notice.issued_by, notice.signed_by, notice.signed_at, notice.closed_at,
            orders.get(notice.repair_order_id, ""),
            tuple(NoticeStepView(NoticeAction(step.action), step.at, step.by_name, step.person, step.note,
                                 step.deadline) for step in notice.steps)))
    return views
