"""Owner accounts on the dashboard: the collection rate of each of the last months, and what is owed by age."""

from dataclasses import dataclass
from datetime import date

from app.accounts.reports import AgedArrears, Collection, arrears_by_age, collections
from app.clock import today
from app.dashboard.spans import months_before
from app.database import Database
from app.permissions import Actor, Permission, require

MONTHS = 12


@dataclass(frozen=True)
class CollectionMonths:
    months: tuple[Collection, ...]  # the months that have ended, oldest first; ``rate`` as the cashier's report

    @property
    def empty(self) -> bool:
        return not any(month.billed for month in self.months)


def collection_by_month(db: Database, actor: Actor, on: date | None = None, months: int = MONTHS) -> CollectionMonths:
    """The collection rate (paid / billed for each month's bills) of the ``months`` months before the month of
    ``on`` (today)."""
    require(actor, Permission.VIEW_ACCOUNTS)
    spans = months_before(on or today(), months)
    return CollectionMonths(tuple(collections(db, actor, spans[0], spans[-1])))


def owed_by_age(db: Database, actor: Actor, on: date | None = None) -> AgedArrears:
    """What the site is owed on ``on`` (today) by aging bucket, as the arrears report ages it."""
    require(actor, Permission.VIEW_ACCOUNTS)
    return arrears_by_age(db, actor, on or today())
