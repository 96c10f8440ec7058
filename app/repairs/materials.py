"""The materials list: what a technician may use, at what price. A material's price applies to work
recorded from then on; work already recorded keeps its price. A material is withdrawn, never deleted."""

import csv
from decimal import Decimal
from importlib.resources import files

from sqlalchemy import select

from app import audit
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.money import check_amount, parse_amount
from app.permissions import Actor, Permission, require
from app.repairs.model import MaterialView
from app.text import key_text, text_field
from db.models import RepairMaterial

MAX_PRICE = Decimal("100000.00")


def _view(material: RepairMaterial) -> MaterialView:
    return MaterialView(material.id, material.code, material.name, material.unit, material.price, material.active)


def check_price(price: Decimal, field: str = "price") -> Decimal:
    try:
        check_amount(price, field)
    except ValidationError:
        raise ValidationError(_("A price is in yuan, not below zero, with at most two decimals"),
                              field=field) from None
    if price > MAX_PRICE:
        raise ValidationError(_("A price above {max} is not plausible"), field=field, max=MAX_PRICE)
    return price


def _checked(code: str, name: str, unit: str, price: Decimal, active: bool = True) -> dict:
    return {"code": text_field(code, "code", 20, _("A material needs a code of at most {count} characters")).upper(),
            "name": text_field(name, "name", 60, _("A material needs a name of at most {count} characters")),
            "unit": text_field(unit, "unit", 10, _("Give the unit it is counted in (个, 米...), at most {count} "
                                                   "characters")),
            "price": check_price(price), "active": bool(active)}


def save_material(db: Database, actor: Actor, code: str, name: str, unit: str, price: Decimal,
                  active: bool = True, new: bool = False) -> MaterialView:
    """Changes the material with that code, or adds it; with ``new``, a code already on the list is refused
    (a material being added must not silently change another)."""
    require(actor, Permission.KEEP_EQUIPMENT)
    values = _checked(code, name, unit, price, active)
    with db.write(actor) as session:
        material = session.scalar(select(RepairMaterial).where(RepairMaterial.code == values["code"])
                                  .with_for_update())
        if material is not None and new:
            raise ValidationError(_("There is a material coded {code} already: edit it instead"), field="code",
                                  code=values["code"])
        if material is None:
            material = RepairMaterial(**values)
            session.add(material)
            session.flush()
            audit.record(session, actor, "add", "repair_material", material.code, after=values)
        else:
            before = {key: getattr(material, key) for key in values}
            for key, value in values.items():
                setattr(material, key, value)
            audit.record(session, actor, "update", "repair_material", material.code, before=before, after=values)
        return _view(material)


def list_materials(db: Database, actor: Actor, include_withdrawn: bool = False) -> list[MaterialView]:
    require(actor, Permission.REPORT_REPAIR)
    query = select(RepairMaterial).order_by(RepairMaterial.code)
    if not include_withdrawn:
        query = query.where(RepairMaterial.active.is_(True))
    with db.read(actor) as session:
        return [_view(material) for material in session.scalars(query)]


def material_coded(session, code: str) -> RepairMaterial:
    text = key_text(code)
    material = session.scalar(select(RepairMaterial).where(RepairMaterial.code == text.upper()))
    if material is None or not material.active:
        raise NotFound(_("{code} is not on the materials list"), field="lines", code=text)
    return material


def demo_materials() -> list[tuple[str, str, str, Decimal]]:
    text = files("resources").joinpath("demo", "materials.csv").read_text(encoding="utf-8")
    return [(row["code"], row["name"], row["unit"], parse_amount(row["price"], "price"))
            for row in csv.DictReader(text.splitlines())]


def load_materials(db: Database, actor: Actor, rows: list[tuple[str, str, str, Decimal]]) -> int:
    require(actor, Permission.KEEP_EQUIPMENT)
    checked = [_checked(*row) for row in rows]
    with db.write(actor) as session:
        existing = set(session.scalars(select(RepairMaterial.code)))
        new = [row for row in checked if row["code"] not in existing]
        session.add_all(RepairMaterial(**row) for row in new)
        if new:
            audit.record(session, actor, "load", "repair_material", "demo", after={"added": len(new)})
        return len(new)
