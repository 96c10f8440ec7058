"""What makes inspections due: a checklist to be done in an area at the checklist's frequency, from a date.

Periods are the calendar's: a day, a week from Monday, a month, a quarter, a year. A schedule is done for a
period when an inspection of its checklist (any version) in its area was finished within it. It is *due*
while the current period has none, and *missed* when the period before ended without one too; ``missed``
counts the periods of the last year that ended without one.
"""

from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select

from app import audit
from app.clock import today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.safety.areas import resolve
from app.safety.model import (
    AreaKind,
    CheckCategory,
    DueState,
    DueView,
    Frequency,
    InspectionStatus,
    ScheduleDraft,
    ScheduleView,
)
from app.safety.templates import current_version
from db.models import CheckSchedule, CheckTemplate, Inspection

LOOK_BACK = timedelta(days=366)


def period_of(frequency: Frequency | str, day: date) -> tuple[date, date]:
    """The first and last day of the period of ``frequency`` that ``day`` falls in."""
    frequency = Frequency(frequency)
    if frequency is Frequency.DAILY:
        return day, day
    if frequency is Frequency.WEEKLY:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if frequency is Frequency.YEARLY:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    months = 3 if frequency is Frequency.QUARTERLY else 1
    first_month = (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    following = date(day.year + (first_month + months > 12), (first_month + months - 1) % 12 + 1, 1)
    return start, following - timedelta(days=1)


def save_schedule(db: Database, actor: Actor, draft: ScheduleDraft, schedule_id: int | None = None) -> ScheduleView:
    """A checklist to be done in an area from a date; or a change to schedule ``schedule_id``."""
    require(actor, Permission.KEEP_SAFETY)
    if type(draft.starts_on) is not date:
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="starts_on")
    if draft.starts_on < today() - LOOK_BACK:
        raise ValidationError(_("A schedule cannot start more than a year ago"), field="starts_on")
    with db.write(actor) as session:
        template = current_version(session, draft.template_code)
        area = resolve(session, draft.area)
        clash = select(CheckSchedule.id).where(CheckSchedule.template_code == template.code,
                                               CheckSchedule.area == area.name)
        if schedule_id is not None:
            clash = clash.where(CheckSchedule.id != schedule_id)
        if session.scalar(clash):
            raise ValidationError(_("{name} is scheduled in {area} already"), field="area", name=template.name,
                                  area=area.name)
        values = {"template_code": template.code, "area_kind": area.kind.value, "area": area.name,
                  "unit_id": area.unit_id, "starts_on": draft.starts_on, "active": bool(draft.active)}
        if schedule_id is None:
            schedule = CheckSchedule(**values)
            session.add(schedule)
            session.flush()
            audit.record(session, actor, "add", "check_schedule", str(schedule.id), after=values)
        else:
            schedule = session.get(CheckSchedule, schedule_id, with_for_update=True)
            if schedule is None:
                raise NotFound(_("There is no such schedule"), field="template")
            before = {key: getattr(schedule, key) for key in values}
            for key, value in values.items():
                setattr(schedule, key, value)
            audit.record(session, actor, "update", "check_schedule", str(schedule.id), before=before, after=values)
        return _views(session, [schedule])[0]


def list_schedules(db: Database, actor: Actor, category: CheckCategory | str | None = None) -> list[ScheduleView]:
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        schedules = _views(session, list(session.scalars(select(CheckSchedule).order_by(
            CheckSchedule.template_code, CheckSchedule.area))))
    return [view for view in schedules if not category or view.category == CheckCategory(category)]


def due_inspections(db: Database, actor: Actor, on: date | None = None, category: CheckCategory | str | None = None,
                    include_done: bool = False) -> list[DueView]:
    """Each active schedule of an active checklist as it stands on ``on`` (today when not given): missed
    first, then due, by the day they are due; with ``include_done`` those done this period as well."""
    require(actor, Permission.INSPECT_SAFETY)
    on = on or today()
    with db.read(actor) as session:
        schedules = [view for view in _views(session, list(session.scalars(select(CheckSchedule).where(
            CheckSchedule.active.is_(True), CheckSchedule.starts_on <= on))))
            if view.active and (not category or view.category == CheckCategory(category))]
        finished = defaultdict(list)
        for code, area, number, started_at in session.execute(
                select(CheckTemplate.code, Inspection.area, Inspection.number, Inspection.started_at)
                .join(CheckTemplate, CheckTemplate.id == Inspection.template_id)
                .where(Inspection.status == InspectionStatus.FINISHED.value)
                .order_by(Inspection.started_at)):
            if today(started_at) <= on:  # a round counts for the day it was done, not the day it was typed in
                finished[(code, area)].append((today(started_at), number))
        running = {(code, area): number for code, area, number in session.execute(
            select(CheckTemplate.code, Inspection.area, Inspection.number)
            .join(CheckTemplate, CheckTemplate.id == Inspection.template_id)
            .where(Inspection.status == InspectionStatus.IN_PROGRESS.value))}
    result = [replace(_due(schedule, finished[(schedule.template_code, schedule.area)], on),
                      in_progress=running.get((schedule.template_code, schedule.area), ""))
              for schedule in schedules]
    order = {DueState.MISSED: 0, DueState.DUE: 1, DueState.DONE: 2}
    return sorted((due for due in result if include_done or due.state is not DueState.DONE),
                  key=lambda due: (order[due.state], due.period_end, due.schedule.template_code, due.schedule.area))


def _due(schedule: ScheduleView, finished: list[tuple[date, str]], on: date) -> DueView:
    days = sorted({day for day, _number in finished})
    start, end = period_of(schedule.frequency, on)

    def done(first: date, last: date) -> bool:
        index = bisect_left(days, first)
        return index < len(days) and days[index] <= last

    missed, previous_missed = 0, False
    cursor = start - timedelta(days=1)
    while cursor >= schedule.starts_on and cursor >= start - LOOK_BACK:
        first, last = period_of(schedule.frequency, cursor)
        if first < schedule.starts_on:
            break  # the schedule began within this period: it was not yet due in full
        if not done(first, last):
            previous_missed = previous_missed or last == start - timedelta(days=1)
            missed += 1
        cursor = first - timedelta(days=1)
    state = DueState.DONE if done(start, end) else DueState.MISSED if previous_missed else DueState.DUE
    last_day, last_number = finished[-1] if finished else (None, "")
    return DueView(schedule, start, end, state, missed, last_day, last_number)


def _views(session, schedules: list[CheckSchedule]) -> list[ScheduleView]:
    templates = {template.code: template for template in session.scalars(select(CheckTemplate).where(
        CheckTemplate.current.is_(True), CheckTemplate.code.in_({s.template_code for s in schedules})))}
    return [ScheduleView(schedule.id, schedule.template_code, templates[schedule.template_code].name,
                         CheckCategory(templates[schedule.template_code].category),
                         Frequency(templates[schedule.template_code].frequency), AreaKind(schedule.area_kind),
                         schedule.area, schedule.starts_on,
                         schedule.active and templates[schedule.template_code].active)
            for schedule in schedules]
