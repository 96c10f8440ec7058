"""The front desk's day at a glance: what is open now in every log (visitors inside, keys out, parcels waiting,
messages not yet delivered, errands open, complaints open, luggage stored), and of those what needs attention
(keys past their due time, visitors still inside from an earlier day, parcels waiting longer than the site's
number of days, complaints past their deadline)."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from app.clock import SITE_ZONE, today
from app.database import Database
from app.frontdesk.complaints import ComplaintStatus
from app.frontdesk.errands import ErrandStatus
from app.frontdesk.messages import MessageStatus
from app.frontdesk.parcels import parcel_waiting_days
from app.permissions import Actor, Permission, require
from db.models import Complaint, DeskMessage, Errand, KeyLoan, Luggage, Parcel, Visitor
from db.types import utcnow


@dataclass(frozen=True)
class OpenCount:
    open: int
    attention: int = 0  # of which overdue or left over from an earlier day


@dataclass(frozen=True)
class DeskDay:
    visitors_inside: OpenCount  # attention: came in before today and never signed out
    keys_out: OpenCount  # attention: past their due time
    parcels_waiting: OpenCount  # attention: waiting longer than the site's number of days
    messages_waiting: OpenCount  # attention: taken before today and still not delivered
    errands_open: OpenCount  # attention: wanted by now and not done
    complaints_open: OpenCount  # attention: past the site's handling deadline
    luggage_stored: OpenCount  # attention: stored since before today

    @property
    def attention(self) -> int:
        return sum(count.attention for count in (self.visitors_inside, self.keys_out, self.parcels_waiting,
                                                  self.messages_waiting, self.errands_open, self.complaints_open,
                                                  self.luggage_stored))


def desk_day(db: Database, actor: Actor, now: datetime | None = None) -> DeskDay:
    require(actor, Permission.FRONT_DESK)
    now = now or utcnow()
    start_of_day = datetime.combine(today(now), time(), SITE_ZONE)
    waited_too_long = start_of_day - timedelta(days=parcel_waiting_days(db))  # calendar days, as the parcel list

    def counted(session, model, still_open, late=None) -> OpenCount:
        total = session.scalar(select(func.count()).select_from(model).where(still_open))
        overdue = session.scalar(select(func.count()).select_from(model).where(still_open, late)) if late is not None \
            else 0
        return OpenCount(total, overdue)

    with db.read(actor) as session:
        return DeskDay(
            counted(session, Visitor, Visitor.time_out.is_(None), Visitor.time_in < start_of_day),
            counted(session, KeyLoan, KeyLoan.returned_at.is_(None), KeyLoan.due_at < now),
            counted(session, Parcel, Parcel.picked_up_at.is_(None), Parcel.arrived_at < waited_too_long),
            counted(session, DeskMessage, DeskMessage.status == MessageStatus.WAITING.value,
                    DeskMessage.taken_at < start_of_day),
            counted(session, Errand, Errand.status.in_((ErrandStatus.REQUESTED.value, ErrandStatus.BOOKED.value)),
                    Errand.wanted_at.is_not(None) & (Errand.wanted_at < now)),
            counted(session, Complaint, Complaint.status != ComplaintStatus.CLOSED.value, Complaint.due_at < now),
            counted(session, Luggage, Luggage.released_at.is_(None), Luggage.stored_at < start_of_day))


def attention_count(db: Database, actor: Actor) -> int:
    """What needs attention at the desk now: the count shown on the front desk's tab."""
    return desk_day(db, actor).attention
