"""Staff of the building use the centre's equipment and rooms only on a request (设备使用申请单, series SQ)
approved by a manager in the app. Guests come first: a request that clashes with a guest's booking shows
the clash and cannot be approved. After use the operator records what was used, priced from the list, on
a settlement sheet (费用结算单, series JS) that the staff member signs and that charges the department."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import or_, select

from app import audit
from app.business.model import (
    REQUEST_MACHINE,
    ChargeUnit,
    RequestAction,
    RequestDraft,
    RequestStatus,
    RequestView,
    ResourceState,
    UseLineDraft,
    UseLineView,
)
from app.business.orders import MAX_QUANTITY, ZERO
from app.business.price_list import service_by_id
from app.business.resources import Slot, approved_clashes, check_slot, guest_clashes
from app.clock import format_local, planned, today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.money import round_fen
from app.numbering import next_number
from app.permissions import Actor, Permission, require
from app.receipts.issuing import MAX_LINES
from app.text import key_text, search_text
from db.models import BusinessResource, UseLine, UseRequest
from db.types import utcnow

REQUEST_SERIES = "SQ"
SETTLEMENT_SERIES = "JS"


def file_request(db: Database, actor: Actor, draft: RequestDraft) -> RequestView:
    require(actor, Permission.SERVE_BUSINESS)
    values = {name: (getattr(draft, name) or "").strip() for name in ("department", "requester", "reason", "content")}
    for name, label, limit in (("department", _("department"), 60), ("requester", _("requester"), 60),
                               ("reason", _("reason"), 200)):
        if not values[name] or len(values[name]) > limit:
            raise ValidationError(_("The request needs a {label} of at most {count} characters"), field=name,
                                  label=label, count=limit)
    if len(values["content"]) > 200:
        raise ValidationError(_("The note is longer than {count} characters"), field="content", count=200)
    _check_times(draft.starts_at, draft.ends_at)
    with db.write(actor) as session:
        slot = check_slot(session, draft.resource, draft.starts_at, draft.ends_at, "resource") \
            if draft.resource else None
        now = utcnow()
        request = UseRequest(number=next_number(session, REQUEST_SERIES, today(now)),
                             status=RequestStatus.PENDING.value, resource_id=slot.resource.id if slot else None,
                             starts_at=draft.starts_at, ends_at=draft.ends_at, filed_at=now,
                             filed_by=actor.full_name or actor.username, decision_note="", **values)
        session.add(request)
        session.flush()
        audit.record(session, actor, "file", "bc_use_request", request.number,
                     after={**values, "resource": slot.resource.code if slot else None})
        return view_of(session, request)


def approve(db: Database, actor: Actor, number: str, note: str = "") -> RequestView:
    """A manager approves; refused while a guest has the resource at that time, or another approved
    request does."""
    require(actor, Permission.APPROVE_INTERNAL_USE)
    with db.write(actor) as session:
        request = load(session, number, for_update=True)
        status = REQUEST_MACHINE.next(request.status, RequestAction.APPROVE, request.number)
        slot = _slot(session, request)
        if slot is not None:
            if slot.resource.state != ResourceState.IN_SERVICE.value:
                raise ValidationError(_("{name} is out of order and cannot be booked"), field="resource",
                                      name=slot.resource.name)
            booking = next(iter(guest_clashes(session, slot) + approved_clashes(session, slot, request.number)), None)
            if booking is not None and not booking.internal:
                raise ValidationError(_("Guests come first: {name} is booked from {start} to {end} on order "
                                        "{number}"), field="resource", name=slot.resource.name,
                                      start=format_local(booking.starts_at), end=format_local(booking.ends_at),
                                      number=booking.document)
            if booking is not None:
                raise ValidationError(_("{name} is booked from {start} to {end} on request {number}"),
                                      field="resource", name=slot.resource.name,
                                      start=format_local(booking.starts_at), end=format_local(booking.ends_at),
                                      number=booking.document)
        _decide(request, actor, status, note)
        audit.record(session, actor, "approve", "bc_use_request", request.number, after={"note": request.decision_note})
        return view_of(session, request)


def reject(db: Database, actor: Actor, number: str, note: str) -> RequestView:
    require(actor, Permission.APPROVE_INTERNAL_USE)
    if len((note or "").strip()) < 2:
        raise ValidationError(_("Say why the request is rejected"), field="note")
    with db.write(actor) as session:
        request = load(session, number, for_update=True)
        _decide(request, actor, REQUEST_MACHINE.next(request.status, RequestAction.REJECT, request.number), note)
        audit.record(session, actor, "reject", "bc_use_request", request.number, after={"note": request.decision_note})
        return view_of(session, request)


def cancel_request(db: Database, actor: Actor, number: str, note: str) -> RequestView:
    require(actor, Permission.SERVE_BUSINESS)
    if len((note or "").strip()) < 2:
        raise ValidationError(_("Say why the request is cancelled"), field="note")
    with db.write(actor) as session:
        request = load(session, number, for_update=True)
        request.status = REQUEST_MACHINE.next(request.status, RequestAction.CANCEL, request.number)
        request.decision_note = note.strip()[:200]
        audit.record(session, actor, "cancel", "bc_use_request", request.number, after={"note": request.decision_note})
        return view_of(session, request)


def record_use(db: Database, actor: Actor, number: str, lines: tuple[UseLineDraft, ...]) -> RequestView:
    """What was used, priced from the list: the settlement sheet's number and total. Only after approval."""
    require(actor, Permission.SERVE_BUSINESS)
    if not lines:
        raise ValidationError(_("Record at least one service used"), field="lines")
    if len(lines) > MAX_LINES:
        raise ValidationError(_("A settlement sheet holds at most {count} lines"), field="lines", count=MAX_LINES)
    with db.write(actor) as session:
        request = load(session, number, for_update=True)
        if request.status == RequestStatus.PENDING.value:
            raise ValidationError(_("Request {number} is not approved yet: the equipment is used only after a "
                                    "manager approves"), field="status", number=request.number)
        status = REQUEST_MACHINE.next(request.status, RequestAction.RECORD_USE, request.number)
        used = []
        for position, draft in enumerate(lines, start=1):
            service = service_by_id(session, draft.service_id)
            if service is None or not service.active:
                raise ValidationError(_("Line {line}: that service is not on the price list"), field="lines",
                                      line=position)
            quantity = draft.quantity
            if not isinstance(quantity, Decimal) or not quantity.is_finite() or quantity <= 0 \
                    or quantity > MAX_QUANTITY or quantity != quantity.quantize(ZERO):
                raise ValidationError(_("Line {line}: the quantity of {service} must be above zero"), field="lines",
                                      line=position, service=service.name)
            used.append(UseLine(position=position, service=service.name, unit=service.unit, price=service.price,
                                quantity=quantity, amount=round_fen(service.price * quantity)))
        now = utcnow()
        request.lines = used
        request.total = sum((line.amount for line in used), ZERO)
        request.status, request.settled_at = status, now
        request.settlement_number = next_number(session, SETTLEMENT_SERIES, today(now))
        audit.record(session, actor, "settle", "bc_use_request", request.number,
                     after={"settlement": request.settlement_number, "total": request.total,
                            "lines": [[line.service, line.quantity, line.amount] for line in used]})
        return view_of(session, request)


def get_request(db: Database, actor: Actor, number: str) -> RequestView:
    require(actor, Permission.SERVE_BUSINESS)
    with db.read(actor) as session:
        return view_of(session, load(session, number))


def list_requests(db: Database, actor: Actor, search: str = "", open_only: bool = False,
                  limit: int = 500) -> list[RequestView]:
    require(actor, Permission.SERVE_BUSINESS)
    query = select(UseRequest).order_by(UseRequest.id.desc()).limit(limit)
    if open_only:
        query = query.where(UseRequest.status.in_((RequestStatus.PENDING.value, RequestStatus.APPROVED.value)))
    text = search_text(search)
    if text:
        like = f"%{text}%"
        query = query.where(or_(UseRequest.number.ilike(like), UseRequest.department.ilike(like),
                                UseRequest.requester.ilike(like)))
    with db.read(actor) as session:
        return [view_of(session, request) for request in session.scalars(query)]


def load(session, number: str, for_update: bool = False) -> UseRequest:
    query = select(UseRequest).where(UseRequest.number == key_text(number).upper())
    request = session.scalar(query.with_for_update() if for_update else query)
    if request is None:
        raise NotFound(_("There is no request numbered {number}"), field="number", number=number)
    return request


def view_of(session, request: UseRequest) -> RequestView:
    slot = _slot(session, request)
    clashes = ()
    if slot is not None and request.status in (RequestStatus.PENDING.value, RequestStatus.APPROVED.value):
        clashes = tuple(booking.document for booking in guest_clashes(session, slot))
    return RequestView(
        number=request.number, status=RequestStatus(request.status), department=request.department,
        requester=request.requester, reason=request.reason, content=request.content,
        resource=slot.resource.code if slot else None, resource_name=slot.resource.name if slot else None,
        starts_at=request.starts_at, ends_at=request.ends_at, filed_at=request.filed_at, filed_by=request.filed_by,
        decided_at=request.decided_at, decided_by=request.decided_by, decision_note=request.decision_note,
        settlement_number=request.settlement_number, settled_at=request.settled_at, total=request.total,
        lines=tuple(UseLineView(line.service, ChargeUnit(line.unit), line.price, line.quantity, line.amount)
                    for line in request.lines),
        clashes=clashes)


def _slot(session, request: UseRequest) -> Slot | None:
    if request.resource_id is None:
        return None
    return Slot(session.get(BusinessResource, request.resource_id), request.starts_at, request.ends_at)


def _decide(request: UseRequest, actor: Actor, status: str, note: str) -> None:
    request.status, request.decided_at = status, utcnow()
    request.decided_by, request.decision_note = actor.full_name or actor.username, (note or "").strip()[:200]


def _check_times(starts_at: datetime | None, ends_at: datetime | None) -> None:
    if starts_at is None or ends_at is None:
        raise ValidationError(_("Say from when to when; the end comes after the start"), field="starts_at")
    if planned(starts_at, "starts_at") >= planned(ends_at, "ends_at"):
        raise ValidationError(_("Say from when to when; the end comes after the start"), field="starts_at")
