"""The business centre's settings shared by every desk: the deposit rate taken before service."""

from decimal import Decimal

from sqlalchemy import select

from app import audit
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from db.models import SiteSetting

DEPOSIT_RATE_KEY = "bc_deposit_rate"
DEFAULT_DEPOSIT_RATE = Decimal("50.00")  # percent of the estimate of the services that take a deposit


def deposit_rate(session) -> Decimal:
    stored = session.scalar(select(SiteSetting.value).where(SiteSetting.key == DEPOSIT_RATE_KEY))
    return Decimal(stored) if stored is not None else DEFAULT_DEPOSIT_RATE


def get_deposit_rate(db: Database) -> Decimal:
    with db.read() as session:
        return deposit_rate(session)


def set_deposit_rate(db: Database, actor: Actor, rate: Decimal) -> Decimal:
    require(actor, Permission.EDIT_SITE)
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate != rate.quantize(Decimal("0.01")) \
            or not 0 <= rate <= 100:
        raise ValidationError(_("The deposit rate is a percentage from 0 to 100"), field="deposit_rate")
    rate = rate.quantize(Decimal("0.01"))
    with db.write(actor) as session:
        row = session.scalar(select(SiteSetting).where(SiteSetting.key == DEPOSIT_RATE_KEY).with_for_update())
        before = row.value if row else str(DEFAULT_DEPOSIT_RATE)
        if row is None:
            session.add(SiteSetting(key=DEPOSIT_RATE_KEY, value=str(rate)))
        else:
            row.value = str(rate)
        audit.record(session, actor, "update", "site", DEPOSIT_RATE_KEY, before={"rate": before},
                     after={"rate": str(rate)})
    return rate
