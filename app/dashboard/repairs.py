"""Repairs on the dashboard: work orders opened and closed in each of the last weeks, and per category.

Opened is reported in the span; closed is finished by the technician in the span and not cancelled since (the
monthly figures' rule); overdue is ``app.repairs.orders.overdue_now``."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from app.clock import today
from app.dashboard.spans import count_by_span, last_weeks, midnight
from app.database import Database
from app.permissions import Actor, Permission, require
from app.repairs.model import Category, WorkStatus
from app.repairs.orders import overdue_now
from db.models import WorkOrder
from db.types import utcnow

WEEKS = 12
NOT_CANCELLED = WorkOrder.status != WorkStatus.CANCELLED.value


@dataclass(frozen=True)
class WeekCount:
    start: date  # the Monday
    opened: int
    closed: int


@dataclass(frozen=True)
class RepairWeeks:
    weeks: tuple[WeekCount, ...]  # oldest first; the last is the week of the day asked, so far
    overdue_now: int  # orders past a deadline now, as the repairs tab counts them

    @property
    def empty(self) -> bool:
        return not any(week.opened or week.closed for week in self.weeks)


@dataclass(frozen=True)
class CategoryCount:
    category: Category
    opened: int
    closed: int


@dataclass(frozen=True)
class RepairCategories:
    since: date  # the first Monday of the weeks counted
    categories: tuple[CategoryCount, ...]  # every category, in the order of ``Category``

    @property
    def empty(self) -> bool:
        return not any(count.opened or count.closed for count in self.categories)


def _edges(on: date | None, weeks: int):
    mondays = last_weeks(on or today(), weeks)
    return mondays, [midnight(day) for day in mondays] + [midnight(mondays[-1] + timedelta(weeks=1))]


def repairs_by_week(db: Database, actor: Actor, on: date | None = None, weeks: int = WEEKS) -> RepairWeeks:
    """Orders opened and closed in each of the ``weeks`` weeks (Monday to Sunday) up to the week of ``on``."""
    require(actor, Permission.REPORT_REPAIR)
    mondays, edges = _edges(on, weeks)
    with db.read(actor) as session:
        opened = count_by_span(session, WorkOrder.reported_at, edges)
        closed = count_by_span(session, WorkOrder.finished_at, edges, NOT_CANCELLED)
        overdue = session.scalar(select(func.count()).select_from(WorkOrder).where(overdue_now(utcnow())))
    return RepairWeeks(tuple(WeekCount(monday, opened.get((index,), 0), closed.get((index,), 0))
                             for index, monday in enumerate(mondays)), overdue)


def repairs_by_category(db: Database, actor: Actor, on: date | None = None, weeks: int = WEEKS) -> RepairCategories:
    """Orders opened and closed per category over the ``weeks`` weeks up to the week of ``on``."""
    require(actor, Permission.REPORT_REPAIR)
    mondays, edges = _edges(on, weeks)
    whole = [edges[0], edges[-1]]
    with db.read(actor) as session:
        opened = count_by_span(session, WorkOrder.reported_at, whole, key=WorkOrder.category)
        closed = count_by_span(session, WorkOrder.finished_at, whole, NOT_CANCELLED, key=WorkOrder.category)
    return RepairCategories(mondays[0], tuple(
        CategoryCount(category, opened.get((0, category.value), 0), closed.get((0, category.value), 0))
        for category in Category))
