"""Engineering's monthly figures: orders reported and finished per category, and the average time from
report to finish of those finished in the month (hours, to one decimal)."""

from collections import defaultdict
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import or_, select

from app.clock import SITE_ZONE, local
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.repairs.maintenance import add_months
from app.repairs.model import Category, MonthCount, WorkStatus
from db.models import WorkOrder

TENTH = Decimal("0.1")


def monthly_counts(db: Database, actor: Actor, first_month: date, months: int = 12) -> list[MonthCount]:
    """From ``first_month`` (its first day) for ``months`` months, by month then category; a category with
    nothing reported or finished in a month is left out."""
    require(actor, Permission.REPORT_REPAIR)
    if not isinstance(months, int) or not 1 <= months <= 36:
        raise ValidationError(_("Figures cover 1 to 36 months"), field="months")
    start = first_month.replace(day=1)
    end = add_months(start, months)
    since, until = (datetime.combine(day, time(), SITE_ZONE) for day in (start, end))
    reported: dict[tuple[date, str], int] = defaultdict(int)
    finished: dict[tuple[date, str], list[float]] = defaultdict(list)
    hours: dict[tuple[date, str], Decimal] = defaultdict(Decimal)
    with db.read(actor) as session:
        rows = session.execute(select(WorkOrder.category, WorkOrder.reported_at, WorkOrder.finished_at,
                                      WorkOrder.status).where(or_(
            (WorkOrder.reported_at >= since) & (WorkOrder.reported_at < until),
            (WorkOrder.finished_at >= since) & (WorkOrder.finished_at < until))))
        for category, reported_at, finished_at, status in rows:
            if since <= reported_at < until:
                reported[(local(reported_at).date().replace(day=1), category)] += 1
            if finished_at is not None and since <= finished_at < until and status != WorkStatus.CANCELLED.value:
                key = (local(finished_at).date().replace(day=1), category)
                finished[key].append(1)
                hours[key] += Decimal((finished_at - reported_at).total_seconds()) / 3600
    keys = sorted(set(reported) | set(finished), key=lambda key: (key[0], list(Category).index(Category(key[1]))))
    return [MonthCount(month, Category(category), reported.get((month, category), 0),
                       len(finished.get((month, category), [])),
                       (hours[(month, category)] / len(finished[(month, category)])).quantize(TENTH, ROUND_HALF_UP)
                       if finished.get((month, category)) else None) for month, category in keys]
