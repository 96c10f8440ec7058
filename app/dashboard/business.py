"""The business centre on the dashboard: each day's takings by payment method, net as the shift report counts
them (deposits, settlements, refunds and voids together)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.business.shift import net_by_day
from app.clock import today
from app.dashboard.spans import last_days
from app.database import Database
from app.permissions import Actor, Permission, require
from app.receipts.model import PaymentMethod

DAYS = 30
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class BusinessTakings:
    days: tuple[date, ...]  # oldest first, up to the day asked
    amounts: dict[date, dict[PaymentMethod, Decimal]]  # the days with money moved

    @property
    def methods(self) -> tuple[PaymentMethod, ...]:
        """The payment methods money moved by, in the order of ``PaymentMethod``."""
        used = {method for methods in self.amounts.values() for method in methods}
        return tuple(method for method in PaymentMethod if method in used)

    def amount(self, day: date, method: PaymentMethod) -> Decimal:
        return self.amounts.get(day, {}).get(method, ZERO)

    @property
    def total(self) -> Decimal:
        return sum((sum(methods.values(), ZERO) for methods in self.amounts.values()), ZERO)

    @property
    def empty(self) -> bool:
        return not self.amounts


def business_takings(db: Database, actor: Actor, on: date | None = None, days: int = DAYS) -> BusinessTakings:
    """Per day of the ``days`` days up to ``on`` (today) and payment method."""
    require(actor, Permission.SERVE_BUSINESS)
    spans = last_days(on or today(), days)
    return BusinessTakings(tuple(spans), net_by_day(db, actor, spans[0], spans[-1]))
