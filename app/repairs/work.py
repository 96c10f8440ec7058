"""The work done on an order: labour, and materials from the list or the owner's own; each line free or
charged. Charged work goes on the unit's account when the customer accepts it.

Unless a line says otherwise, the site's rule decides what is charged:
- work in a common area is the building's own cost: nothing is charged (and nothing can be);
- a resident's in-home repair is free labour while the site keeps residents' labour free (the default);
- materials from the list used in a unit are charged; the owner's own materials never are.
"""

from decimal import Decimal

from app import audit
from app.accounts.model import FeeItem, UnitType
from app.clock import today
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.money import round_fen
from app.permissions import Actor, Permission, require
from app.repairs.materials import check_price, material_coded
from app.repairs.model import WORK_MACHINE, LineKind, WorkAction, WorkLineDraft, WorkOrderView
from app.repairs.settings import residents_free_labour
from app.text import text_field
from db.models import BillLine, Unit, WorkLine

ZERO = Decimal("0.00")
MAX_LINES = 20
MAX_QUANTITY = Decimal("10000")
LABOUR_UNIT = "次"


def record_work(db: Database, actor: Actor, number: str, lines: tuple[WorkLineDraft, ...]) -> WorkOrderView:
    """The order's work lines, replacing those recorded before (while work is going on or awaits acceptance)."""
    from app.repairs.orders import load, view_of

    require(actor, Permission.DISPATCH_REPAIRS)
    if not lines:
        raise ValidationError(_("Record at least the labour: what was done"), field="lines")
    if len(lines) > MAX_LINES:
        raise ValidationError(_("An order holds at most {count} lines of work"), field="lines", count=MAX_LINES)
    with db.write(actor) as session:
        order = load(session, number, for_update=True)
        WORK_MACHINE.next(order.status, WorkAction.RECORD_WORK, order.number)
        unit = session.get(Unit, order.unit_id) if order.unit_id else None
        free_labour = unit is not None and unit.unit_type == UnitType.RESIDENTIAL.value \
            and residents_free_labour(session)
        before = [[line.description, line.quantity, line.amount, line.charged] for line in order.lines]
        order.lines = [_line(session, position, draft, unit is not None, free_labour)
                       for position, draft in enumerate(lines, start=1)]
        session.flush()
        audit.record(session, actor, "record_work", "repair_order", order.number, before={"lines": before},
                     after={"lines": [[line.description, line.quantity, line.amount, line.charged]
                                      for line in order.lines], "charge": charged_total(order.lines)})
        return view_of(session, order)


def charged_total(lines) -> Decimal:
    return sum((line.amount for line in lines if line.charged), ZERO)


def charge_to_account(session, order) -> Decimal | None:
    """At acceptance: the charged work as one bill line on the unit's account (item 维修费, named by the
    order's number), collected like any fee; None when nothing is charged."""
    total = charged_total(order.lines)
    if total <= 0 or order.unit_id is None:
        return None
    session.add(BillLine(unit_id=order.unit_id, period=today().replace(day=1), item=FeeItem.REPAIR.value,
                         area=ZERO, days=0, basis=f"维修 {order.number}", amount=total, paid=ZERO, run_id=None,
                         source=order.number))
    return total


def _line(session, position: int, draft: WorkLineDraft, in_unit: bool, free_labour: bool) -> WorkLine:
    try:
        kind = LineKind(draft.kind)
    except ValueError:
        raise ValidationError(_("Line {line}: labour or material?"), field="lines", line=position) from None
    quantity = draft.quantity
    if not isinstance(quantity, Decimal) or not quantity.is_finite() or quantity != quantity.quantize(ZERO) \
            or not 0 < quantity <= MAX_QUANTITY:
        raise ValidationError(_("Line {line}: the quantity is a number above zero with at most two decimals"),
                              field="lines", line=position)
    owner_supplied = kind is LineKind.MATERIAL and bool(draft.owner_supplied)
    material_id = None
    if kind is LineKind.MATERIAL and not owner_supplied:
        material = material_coded(session, draft.material)
        material_id, description, unit, price = material.id, material.name, material.unit, material.price
    else:
        description = text_field(draft.description, "lines", 100,
                                 _("Line {line}: say what was done or used, in at most {count} characters"),
                                 line=position)
        unit = text_field(draft.unit or (LABOUR_UNIT if kind is LineKind.LABOUR else "个"), "lines", 10,
                          _("Line {line}: the unit is at most {count} characters"), line=position)
        price = ZERO if owner_supplied else _price(draft.price, position)
    charged = draft.charged
    if charged is None:
        charged = in_unit and not owner_supplied and not (kind is LineKind.LABOUR and free_labour)
    elif charged and not in_unit:
        raise ValidationError(_("Line {line}: work in a common area cannot be charged; only a unit's account "
                                "can be"), field="lines", line=position)
    elif charged and owner_supplied:
        raise ValidationError(_("Line {line}: the owner's own material is not charged"), field="lines",
                              line=position)
    return WorkLine(position=position, kind=kind.value, description=description, material_id=material_id,
                    owner_supplied=owner_supplied, unit=unit, quantity=quantity, price=price,
                    amount=round_fen(price * quantity), charged=bool(charged))


def _price(price: Decimal | None, position: int) -> Decimal:
    try:
        return check_price(price if price is not None else ZERO, "lines")
    except ValidationError:
        raise ValidationError(_("Line {line}: a price is in yuan, not below zero, with at most two decimals"),
                              field="lines", line=position) from None
