"""``generate``: the demo site, planned, written and counted (see the package's docstring)."""


import random
import time
from dataclasses import asdict, dataclass, fields
from datetime import datetime

from sqlalchemy import func, select

from app import audit
from app.clock import today
from app.database import Database
from app.demo.activity import Activity
from app.demo.history import History
from app.demo.site import plan_site, write_register
from app.demo.store import Numbers, Store
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback, report
from db.models import Unit
from db.types import utcnow

MAX_UNITS = 200_000
MAX_YEARS = 10
# Setting up the demo site is editing the site (a manager or an administrator), and what it writes stands for
# what these allow.
PERMISSIONS = (Permission.EDIT_REGISTER, Permission.SET_RATES, Permission.RUN_BILLING,
               Permission.TAKE_PAYMENT, Permission.ISSUE_FEE_RECEIPT, Permission.KEEP_EQUIPMENT,
               Permission.DISPATCH_REPAIRS, Permission.KEEP_SAFETY, Permission.INSPECT_SAFETY, Permission.FRONT_DESK)


@dataclass(frozen=True)
class DemoSummary:
    buildings: int
    units: int
    parties: int
    billing_runs: int
    bill_lines: int
    payments: int
    receipts: int
    allocations: int
    work_orders: int
    inspections: int
    notices: int
    visitors: int
    parcels: int
    seconds: float

    def counts(self) -> dict[str, int]:
        return {key: value for key, value in asdict(self).items() if key != "seconds"}


def check_request(units, years) -> None:
    if not isinstance(units, int) or isinstance(units, bool) or not 1 <= units <= MAX_UNITS:
        raise ValidationError(_("A demo site has 1 to {max} units"), field="units", max=f"{MAX_UNITS:,}")
    if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= MAX_YEARS:
        raise ValidationError(_("A demo site has 1 to {max} years of history"), field="years", max=MAX_YEARS)


def generate(db: Database, actor: Actor, units: int, years: int, seed: int = 1,
             progress: ProgressCallback | None = None, now: datetime | None = None) -> DemoSummary:
    """Fills the empty site of ``db`` with ``units`` units and ``years`` years of history ending ``now``.

    Refused, writing nothing: an actor who may not set up the site, a number of units or years out of range,
    a site that has units already.
    """
    started = time.perf_counter()
    require(actor, Permission.EDIT_SITE)
    for permission in PERMISSIONS:  # what the generated records stand for
        require(actor, permission)
    check_request(units, years)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise ValidationError(_("The seed is a whole number"), field="seed")
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    with db.read(actor) as session:
        existing = session.scalar(select(func.count()).select_from(Unit))
    if existing:
        raise ValidationError(_("This site has {count} units already: a demo site is generated only into an empty "
                                "one"), field="units", count=existing)
    day = today(now)
    plan = plan_site(random.Random(f"{seed}/site"), units, years, day)
    months = 12 * years + 1
    total = months + 3
    report(progress, 0, total)
    plan.add_buildings_and_rates(db, actor)
    setup = Activity.prepare(db, actor, plan, day)
    with db.write(actor) as session:
        store = Store(session)
        try:
            counts = write_register(store, plan)
            report(progress, 1, total)
            numbers = Numbers(store)
            history = History(store, numbers, actor, plan, random.Random(f"{seed}/history"), now)
            step = history.run(1, total, lambda done, all_: report(progress, done, all_))
            counts.update(history.counts)
            counts.update(Activity(store, numbers, actor, plan, setup, random.Random(f"{seed}/activity"), now).write())
            report(progress, step + 1, total)
            numbers.write()
            store.finish_ids()
        finally:
            store.close()
        counts["receipts"] = counts["payments"]  # one each
        counts = {field.name: counts[field.name] for field in fields(DemoSummary) if field.name != "seconds"}
        audit.record(session, actor, "generate", "demo_site", str(seed), after={"years": years, **counts})
    report(progress, total, total)
    return DemoSummary(**counts, seconds=round(time.perf_counter() - started, 1))
