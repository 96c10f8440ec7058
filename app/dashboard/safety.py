"""Fire safety on the dashboard: the open rectification notices, in time or by how many days they are overdue
(overdue as ``app.safety.notices.overdue`` says)."""

from dataclasses import dataclass
from datetime import date

from app.clock import band_of, today
from app.database import Database
from app.permissions import Actor, Permission, require
from app.safety.notices import open_by_deadline

LATENESS = ((1, 7, "1-7"), (8, 30, "8-30"), (31, None, "31+"))  # days past the deadline


@dataclass(frozen=True)
class NoticeAges:
    on: date
    in_time: int  # open, not past the deadline
    overdue: dict[str, int]  # open and past the deadline, by days over (``LATENESS`` order)

    @property
    def overdue_total(self) -> int:
        return sum(self.overdue.values())

    @property
    def open(self) -> int:
        return self.in_time + self.overdue_total

    @property
    def empty(self) -> bool:
        return not self.open


def notice_ages(db: Database, actor: Actor, on: date | None = None) -> NoticeAges:
    """The open notices on ``on`` (today): how many are in time, and how many are overdue by 1-7, 8-30 and more
    than 30 days."""
    require(actor, Permission.INSPECT_SAFETY)
    on = on or today()
    in_time, overdue = 0, {label: 0 for *_r, label in LATENESS}
    for row in open_by_deadline(db, actor, on):
        if row.overdue:
            overdue[band_of((on - row.deadline).days, LATENESS)] += row.count
        else:
            in_time += row.count
    return NoticeAges(on, in_time, overdue)
