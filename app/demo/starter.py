"""A demo building for a new site to try the app on, in a few seconds: the demo site (``generate``) at the size
of a building or two with a year of history, and the demo lists of the business centre (price list, rooms and
machines) and of the equipment register. ``generate`` brings the engineering team, the materials and the
shipped checklists with it."""

from dataclasses import dataclass

from app.business.price_list import demo_price_list, load_price_list
from app.business.resources import demo_resources, load_resources
from app.database import Database
from app.demo.generator import DemoSummary, generate
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback, report
from app.repairs.equipment import demo_register, load_register

STARTER_UNITS = 200  # two buildings of the demo site
STARTER_YEARS = 1
LISTS = 3  # the steps after the site: price list, rooms and machines, equipment register


@dataclass(frozen=True)
class StarterSummary:
    site: DemoSummary
    services: int  # business-centre price list
    resources: int  # its rooms and machines
    equipment: int  # the equipment register


def load_starter(db: Database, actor: Actor, progress: ProgressCallback | None = None) -> StarterSummary:
    """Loads the demo building into an empty site as ``actor``, reporting how far it has gone.

    Refused, writing nothing: an actor who may not set up the site or keep its lists, a site with units already
    (``generate``'s checks).
    """
    require(actor, Permission.EDIT_SITE)  # setting up the site, as the demo site generator
    require(actor, Permission.KEEP_PRICE_LIST)
    require(actor, Permission.KEEP_EQUIPMENT)
    steps = {"site": 1}

    def site_progress(done: int, total: int) -> None:
        steps["site"] = total
        report(progress, done, total + LISTS)

    site = generate(db, actor, STARTER_UNITS, STARTER_YEARS, progress=site_progress)
    total = steps["site"] + LISTS
    services = load_price_list(db, actor, demo_price_list())
    report(progress, total - 2, total)
    resources = load_resources(db, actor, demo_resources())
    report(progress, total - 1, total)
    equipment = load_register(db, actor, *demo_register())
    report(progress, total, total)
    return StarterSummary(site, services, resources, equipment)
