"""The centre's rooms and equipment, their bookings, and the rule that nothing is booked twice.

A guest's order books a resource from the time it is taken until it is settled or cancelled; an internal
request books one once approved. Guests come first: a guest's booking is refused only by another guest's,
while an internal request that clashes with a guest cannot be approved (``guest_clashes``).
"""

import csv
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib.resources import files

from sqlalchemy import select

from app import audit
from app.business.model import (
    Booking,
    OrderStatus,
    RequestStatus,
    ResourceKind,
    ResourceState,
    ResourceView,
)
from app.clock import SITE_ZONE, planned
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.text import key_text
from db.models import BusinessOrder, BusinessOrderLine, BusinessResource, UseRequest
from db.types import utcnow

BOOKED_ORDERS = (OrderStatus.OPEN.value, OrderStatus.IN_SERVICE.value)
MAX_BOOKING = timedelta(days=92)


def add_resource(db: Database, actor: Actor, code: str, name: str, kind: ResourceKind | str,
                 note: str = "") -> ResourceView:
    require(actor, Permission.KEEP_PRICE_LIST)
    code, name, note = (code or "").strip().upper(), (name or "").strip(), (note or "").strip()
    if not code or len(code) > 20:
        raise ValidationError(_("A room or machine needs a code of at most 20 characters"), field="code")
    if not name or len(name) > 60:
        raise ValidationError(_("A room or machine needs a name of at most 60 characters"), field="name")
    try:
        kind = ResourceKind(kind)
    except ValueError:
        raise ValidationError(_("A resource is a room or equipment"), field="kind") from None
    with db.write(actor) as session:
        if session.scalar(select(BusinessResource.id).where(BusinessResource.code == code)):
            raise ValidationError(_("There is a room or machine coded {code} already"), field="code", code=code)
        resource = BusinessResource(code=code, name=name, kind=kind.value, state=ResourceState.IN_SERVICE.value,
                                    note=note[:200])
        session.add(resource)
        session.flush()
        audit.record(session, actor, "add", "bc_resource", code, after={"name": name, "kind": kind.value})
        return _view(resource)


def set_state(db: Database, actor: Actor, code: str, state: ResourceState | str, note: str = "") -> ResourceView:
    """In service, or out of order (with what is wrong): a machine out of order cannot be booked."""
    require(actor, Permission.SERVE_BUSINESS)
    try:
        state = ResourceState(state)
    except ValueError:
        raise ValidationError(_("Unknown state {state}"), field="state", state=state) from None
    with db.write(actor) as session:
        resource = resource_by_code(session, code, for_update=True)
        before = {"state": resource.state, "note": resource.note}
        resource.state, resource.note = state.value, (note or "").strip()[:200]
        audit.record(session, actor, "state", "bc_resource", resource.code, before=before,
                     after={"state": resource.state, "note": resource.note})
        return _view(resource)


def list_resources(db: Database, actor: Actor, now: datetime | None = None) -> list[ResourceView]:
    """Every room and machine; one out on an order in service shows that order and when it is due back."""
    require(actor, Permission.SERVE_BUSINESS)
    now = now or utcnow()
    with db.read(actor) as session:
        out = {}
        rows = session.execute(
            select(BusinessOrderLine.resource_id, BusinessOrder.number, BusinessOrderLine.ends_at)
            .join(BusinessOrder, BusinessOrder.id == BusinessOrderLine.order_id)
            .where(BusinessOrder.status == OrderStatus.IN_SERVICE.value, BusinessOrderLine.resource_id.is_not(None),
                   BusinessOrderLine.starts_at <= now)
            .order_by(BusinessOrderLine.ends_at))
        for resource_id, number, ends_at in rows:
            out.setdefault(resource_id, (number, ends_at))
        return [_view(resource, *out.get(resource.id, (None, None)))
                for resource in session.scalars(select(BusinessResource).order_by(BusinessResource.code))]


def day_bookings(db: Database, actor: Actor, on: date) -> list[Booking]:
    """Everything booked on the site's calendar day ``on``, by resource and start time."""
    require(actor, Permission.SERVE_BUSINESS)
    start = datetime.combine(on, time(), SITE_ZONE)
    with db.read(actor) as session:
        return sorted(bookings(session, start, start + timedelta(days=1)), key=lambda b: (b.resource, b.starts_at))


def bookings(session, starts_at: datetime, ends_at: datetime, resource_id: int | None = None) -> list[Booking]:
    """Guests' bookings (orders not yet settled or cancelled) and internal ones (requests awaiting approval or
    approved) that overlap ``starts_at``..``ends_at``."""
    guests = (select(BusinessOrderLine, BusinessOrder, BusinessResource)
              .join(BusinessOrder, BusinessOrder.id == BusinessOrderLine.order_id)
              .join(BusinessResource, BusinessResource.id == BusinessOrderLine.resource_id)
              .where(BusinessOrder.status.in_(BOOKED_ORDERS), BusinessOrderLine.starts_at < ends_at,
                     BusinessOrderLine.ends_at > starts_at))
    internal = (select(UseRequest, BusinessResource)
                .join(BusinessResource, BusinessResource.id == UseRequest.resource_id)
                .where(UseRequest.status.in_((RequestStatus.PENDING.value, RequestStatus.APPROVED.value)),
                       UseRequest.starts_at < ends_at, UseRequest.ends_at > starts_at))
    if resource_id is not None:
        guests = guests.where(BusinessOrderLine.resource_id == resource_id)
        internal = internal.where(UseRequest.resource_id == resource_id)
    found = [Booking(resource.code, resource.name, line.starts_at, line.ends_at, order.number, order.customer, False,
                     order.status) for line, order, resource in session.execute(guests)]
    found += [Booking(resource.code, resource.name, request.starts_at, request.ends_at, request.number,
                      f"{request.department} {request.requester}", True, request.status)
              for request, resource in session.execute(internal)]
    return found


@dataclass(frozen=True)
class Slot:
    resource: BusinessResource
    starts_at: datetime
    ends_at: datetime


def check_slot(session, code: str, starts_at: datetime | None, ends_at: datetime | None, field: str) -> Slot:
    """A resource and a time that can be booked: it exists and is in service, the time is sensible."""
    resource = resource_by_code(session, code)
    if resource.state != ResourceState.IN_SERVICE.value:
        raise ValidationError(_("{name} is out of order and cannot be booked"), field=field, name=resource.name)
    if starts_at is None or ends_at is None:
        raise ValidationError(_("Say from when to when {name} is booked"), field=field, name=resource.name)
    planned(starts_at, field)
    planned(ends_at, field)
    if ends_at <= starts_at or ends_at - starts_at > MAX_BOOKING:
        raise ValidationError(_("A booking ends after it starts, and lasts at most {days} days"), field=field,
                              days=MAX_BOOKING.days)
    return Slot(resource, starts_at, ends_at)


def guest_clashes(session, slot: Slot, except_order: str | None = None) -> list[Booking]:
    return [b for b in bookings(session, slot.starts_at, slot.ends_at, slot.resource.id)
            if not b.internal and b.document != except_order]


def approved_clashes(session, slot: Slot, except_request: str | None = None) -> list[Booking]:
    return [b for b in bookings(session, slot.starts_at, slot.ends_at, slot.resource.id)
            if b.internal and b.status == RequestStatus.APPROVED.value and b.document != except_request]


def resource_by_code(session, code: str, for_update: bool = False) -> BusinessResource:
    query = select(BusinessResource).where(BusinessResource.code == key_text(code).upper())
    resource = session.scalar(query.with_for_update() if for_update else query)
    if resource is None:
        raise NotFound(_("There is no room or machine coded {code}"), field="resource", code=code)
    return resource


def load_resources(db: Database, actor: Actor, rows: list[tuple[str, str, str]]) -> int:
    """Adds the rooms and machines ``(code, name, kind)`` not registered yet, in one transaction."""
    require(actor, Permission.KEEP_PRICE_LIST)
    with db.write(actor) as session:
        existing = set(session.scalars(select(BusinessResource.code)))
        new = [(code.strip().upper(), name.strip(), ResourceKind(kind).value) for code, name, kind in rows
               if code.strip().upper() not in existing]
        session.add_all(BusinessResource(code=code, name=name, kind=kind, state=ResourceState.IN_SERVICE.value,
                                         note="") for code, name, kind in new)
        if new:
            audit.record(session, actor, "load", "bc_resource", "rooms_and_equipment", after={"added": len(new)})
        return len(new)


def demo_resources() -> list[tuple[str, str, str]]:
    text = files("resources").joinpath("demo", "rooms_and_equipment.csv").read_text(encoding="utf-8")
    return [(row["code"], row["name"], row["kind"]) for row in csv.DictReader(text.splitlines())]


def _view(resource: BusinessResource, out_with: str | None = None, due_at: datetime | None = None) -> ResourceView:
    return ResourceView(resource.id, resource.code, resource.name, ResourceKind(resource.kind),
                        ResourceState(resource.state), resource.note, out_with, due_at)
