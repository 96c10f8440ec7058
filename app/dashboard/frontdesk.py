"""The front desk on the dashboard: visitors signed in, mail and parcels logged and complaints received on each of
the last days."""

from dataclasses import dataclass
from datetime import date, timedelta

from app.clock import today
from app.dashboard.spans import count_by_span, last_days, midnight
from app.database import Database
from app.permissions import Actor, Permission, require
from db.models import Complaint, Parcel, Visitor

DAYS = 30


@dataclass(frozen=True)
class DeskDayCount:
    day: date
    visitors: int
    parcels: int
    complaints: int


@dataclass(frozen=True)
class DeskActivity:
    days: tuple[DeskDayCount, ...]  # oldest first, up to the day asked

    @property
    def empty(self) -> bool:
        return not any(d.visitors or d.parcels or d.complaints for d in self.days)


def desk_activity(db: Database, actor: Actor, on: date | None = None, days: int = DAYS) -> DeskActivity:
    """Per day of the ``days`` days up to ``on`` (today), in the site's calendar."""
    require(actor, Permission.FRONT_DESK)
    spans = last_days(on or today(), days)
    edges = [midnight(day) for day in spans] + [midnight(spans[-1] + timedelta(days=1))]
    with db.read(actor) as session:
        visitors = count_by_span(session, Visitor.time_in, edges)
        parcels = count_by_span(session, Parcel.arrived_at, edges)
        complaints = count_by_span(session, Complaint.received_at, edges)
    return DeskActivity(tuple(DeskDayCount(day, visitors.get((i,), 0), parcels.get((i,), 0), complaints.get((i,), 0))
                              for i, day in enumerate(spans)))
