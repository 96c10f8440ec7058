"""The price list, kept by a manager: a service's price applies to orders taken from then on; an order
keeps the price it was taken at. A service is withdrawn, never deleted (past orders name it)."""

import csv
from decimal import Decimal
from importlib.resources import files

from sqlalchemy import select

from app import audit
from app.business.model import ChargeUnit, ResourceKind, ServiceDraft, ServiceView
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.money import check_amount, parse_amount
from app.permissions import Actor, Permission, require
from app.text import row_id, text_field
from db.models import BusinessService

MAX_PRICE = Decimal("100000.00")


def view_of(service: BusinessService) -> ServiceView:
    return ServiceView(service.id, service.name, service.category, ChargeUnit(service.unit), service.price,
                       service.takes_deposit, ResourceKind(service.books) if service.books else None, service.active)


def check_service(draft: ServiceDraft) -> dict:
    """The draft as column values when acceptable; ``ValidationError`` otherwise."""
    name = text_field(draft.name, "name", 60, _("A service needs a name of at most 60 characters"))
    category = text_field(draft.category, "category", 30, _("A service needs a category of at most 30 characters"))
    try:
        unit = ChargeUnit(draft.unit)
    except ValueError:
        raise ValidationError(_("Unknown unit of charge {unit}"), field="unit", unit=draft.unit) from None
    try:
        check_amount(draft.price, "price")
    except ValidationError:
        raise ValidationError(_("A price is in yuan, not below zero, with at most two decimals"),
                              field="price") from None
    if draft.price > MAX_PRICE:
        raise ValidationError(_("A price above {max} is not plausible"), field="price", max=MAX_PRICE)
    try:
        books = ResourceKind(draft.books).value if draft.books else ""
    except ValueError:
        raise ValidationError(_("A service books a room, equipment or nothing"), field="books") from None
    return {"name": name, "category": category, "unit": unit.value, "price": draft.price,
            "takes_deposit": bool(draft.takes_deposit), "books": books, "active": bool(draft.active)}


def add_service(db: Database, actor: Actor, draft: ServiceDraft) -> ServiceView:
    require(actor, Permission.KEEP_PRICE_LIST)
    values = check_service(draft)
    with db.write(actor) as session:
        if session.scalar(select(BusinessService.id).where(BusinessService.name == values["name"])):
            raise ValidationError(_("The price list has {name} already"), field="name", name=values["name"])
        service = BusinessService(**values)
        session.add(service)
        session.flush()
        audit.record(session, actor, "add", "bc_service", str(service.id), after=values)
        return view_of(service)


def update_service(db: Database, actor: Actor, service_id: int, draft: ServiceDraft) -> ServiceView:
    require(actor, Permission.KEEP_PRICE_LIST)
    values = check_service(draft)
    with db.write(actor) as session:
        service = service_by_id(session, service_id, for_update=True)
        if service is None:
            raise NotFound(_("There is no such service on the price list"), field="name")
        clash = session.scalar(select(BusinessService.id).where(BusinessService.name == values["name"],
                                                                BusinessService.id != service.id))
        if clash:
            raise ValidationError(_("The price list has {name} already"), field="name", name=values["name"])
        before = {name: getattr(service, name) for name in values}
        for name, value in values.items():
            setattr(service, name, value)
        changed = {name: value for name, value in values.items() if before[name] != value}
        if changed:
            audit.record(session, actor, "update", "bc_service", str(service.id),
                         before={name: before[name] for name in changed}, after=changed)
        return view_of(service)


def service_by_id(session, service_id: int, for_update: bool = False) -> BusinessService | None:
    """The service of an id handed in by a form; None for a value that cannot be one (not an int, out of
    the database's range), as for an id that names no service."""
    if row_id(service_id) is None:
        return None
    return session.get(BusinessService, service_id, with_for_update=for_update)


def list_services(db: Database, actor: Actor, include_withdrawn: bool = False) -> list[ServiceView]:
    require(actor, Permission.SERVE_BUSINESS)
    query = select(BusinessService).order_by(BusinessService.category, BusinessService.id)
    if not include_withdrawn:
        query = query.where(BusinessService.active.is_(True))
    with db.read(actor) as session:
        return [view_of(service) for service in session.scalars(query)]


DEMO_PRICE_LIST = "price_list.csv"


def demo_price_list() -> list[ServiceDraft]:
    """The demo building's price list (resources/demo/price_list.csv)."""
    text = files("resources").joinpath("demo", DEMO_PRICE_LIST).read_text(encoding="utf-8")
    return [ServiceDraft(row["service"], row["category"], row["unit"], parse_amount(row["price"], "price"),
                         row["deposit"] == "yes", row["books"] or None)
            for row in csv.DictReader(text.splitlines())]


def load_price_list(db: Database, actor: Actor, drafts: list[ServiceDraft]) -> int:
    """Adds the services the list does not have yet, in one transaction; returns how many were added."""
    require(actor, Permission.KEEP_PRICE_LIST)
    rows = [check_service(draft) for draft in drafts]
    with db.write(actor) as session:
        existing = set(session.scalars(select(BusinessService.name)))
        new = [row for row in rows if row["name"] not in existing]
        session.add_all(BusinessService(**row) for row in new)
        if new:
            audit.record(session, actor, "load", "bc_service", "price_list", after={"added": len(new)})
        return len(new)
