"""The technicians work orders are dispatched to. A technician who leaves is made inactive, never deleted
(past orders name them); an inactive technician gets no new orders."""

import csv
from importlib.resources import files

from sqlalchemy import func, select

from app import audit
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.repairs.model import OPEN_STATUSES, TechnicianView
from app.text import key_text, text_field
from db.models import Technician, WorkOrder


def _checked(name: str, trade: str, phone: str) -> dict:
    return {"name": text_field(name, "name", 60, _("A technician needs a name of at most {count} characters")),
            "trade": text_field(trade, "trade", 30, _("The trade is at most {count} characters"), required=False),
            "phone": text_field(phone, "phone", 40, _("The phone number is at most {count} characters"),
                                required=False)}


def add_technician(db: Database, actor: Actor, name: str, trade: str = "", phone: str = "") -> TechnicianView:
    require(actor, Permission.KEEP_EQUIPMENT)
    values = _checked(name, trade, phone)
    with db.write(actor) as session:
        if session.scalar(select(Technician.id).where(Technician.name == values["name"])):
            raise ValidationError(_("There is a technician named {name} already"), field="name", name=values["name"])
        technician = Technician(**values, active=True)
        session.add(technician)
        session.flush()
        audit.record(session, actor, "add", "repair_technician", str(technician.id), after=values)
        return TechnicianView(technician.id, technician.name, technician.trade, technician.phone, True)


def update_technician(db: Database, actor: Actor, technician_id: int, name: str, trade: str, phone: str,
                      active: bool) -> TechnicianView:
    require(actor, Permission.KEEP_EQUIPMENT)
    values = {**_checked(name, trade, phone), "active": bool(active)}
    with db.write(actor) as session:
        technician = session.get(Technician, technician_id, with_for_update=True)
        if technician is None:
            raise NotFound(_("There is no such technician"), field="name")
        if session.scalar(select(Technician.id).where(Technician.name == values["name"],
                                                      Technician.id != technician_id)):
            raise ValidationError(_("There is a technician named {name} already"), field="name", name=values["name"])
        before = {key: getattr(technician, key) for key in values}
        for key, value in values.items():
            setattr(technician, key, value)
        audit.record(session, actor, "update", "repair_technician", str(technician.id), before=before, after=values)
        return TechnicianView(technician.id, technician.name, technician.trade, technician.phone, technician.active)


def list_technicians(db: Database, actor: Actor, include_inactive: bool = False) -> list[TechnicianView]:
    """With how many open orders each has in their queue."""
    require(actor, Permission.REPORT_REPAIR)
    open_orders = (select(WorkOrder.technician_id, func.count().label("n"))
                   .where(WorkOrder.status.in_([s.value for s in OPEN_STATUSES]))
                   .group_by(WorkOrder.technician_id).subquery())
    query = (select(Technician, func.coalesce(open_orders.c.n, 0))
             .outerjoin(open_orders, open_orders.c.technician_id == Technician.id).order_by(Technician.name))
    if not include_inactive:
        query = query.where(Technician.active.is_(True))
    with db.read(actor) as session:
        return [TechnicianView(t.id, t.name, t.trade, t.phone, t.active, n) for t, n in session.execute(query)]


def technician_named(session, name: str) -> Technician:
    """An active technician, by name; anyone else is refused."""
    text = key_text(name)
    technician = session.scalar(select(Technician).where(Technician.name == text))
    if technician is None or not technician.active:
        raise ValidationError(_("{name} is not a technician on the engineering team; add them to the "
                                "technicians first"), field="technician", name=text or "—")
    return technician


def demo_technicians() -> list[tuple[str, str, str]]:
    text = files("resources").joinpath("demo", "technicians.csv").read_text(encoding="utf-8")
    return [(row["name"], row["trade"], row["phone"]) for row in csv.DictReader(text.splitlines())]


def load_technicians(db: Database, actor: Actor, rows: list[tuple[str, str, str]]) -> int:
    require(actor, Permission.KEEP_EQUIPMENT)
    checked = [_checked(*row) for row in rows]
    with db.write(actor) as session:
        existing = set(session.scalars(select(Technician.name)))
        new = [row for row in checked if row["name"] not in existing]
        session.add_all(Technician(**row, active=True) for row in new)
        if new:
            audit.record(session, actor, "load", "repair_technician", "demo", after={"added": len(new)})
        return len(new)
