"""Importing the price list from a spreadsheet: one service a row, found by its name. A new service needs its
category, unit of charge and price; for a service on the list already an empty cell keeps what the list says.
The rows are checked by the price list's own rules (``check_service``) before anything is written."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.business.model import CHARGE_UNIT_CHINESE, CHARGE_UNIT_LABELS, ResourceKind, ServiceDraft
from app.business.price_list import check_service
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.money import parse_amount
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback
from app.sheet_import import ImportResult, Sheet, cell_choice, cell_flag, cell_text, columns, words
from app.text import text_field
from db.models import BusinessService

COLUMNS = columns(("category", "类别", "分类"), ("name", "服务项目", "服务", "名称", "service"),
                  ("unit", "计费单位", "单位"), ("price", "单价", "价格"),
                  ("deposit", "押金", "收押金", "takes_deposit"), ("books", "预订", "预订场地或设备"),
                  ("active", "状态", "在用", "status"))
REQUIRED = {"category": "类别/category", "name": "服务项目/name", "unit": "计费单位/unit", "price": "单价/price"}
UNITS = words(*((unit.value, (unit.value, label, CHARGE_UNIT_CHINESE[unit]))
                for unit, label in CHARGE_UNIT_LABELS.items()))
BOOKS = words((ResourceKind.ROOM.value, ("room", "场地", "会议室", "房间")),
              (ResourceKind.EQUIPMENT.value, ("equipment", "设备")), ("", ("无", "none", "nothing", "不预订", "—")))
FIELDS = ("id", "name", "category", "unit", "price", "takes_deposit", "books", "active")
NEEDED = ("category", "unit", "price")  # what a new service needs


@dataclass(frozen=True)
class ServiceRow:
    """A row as the file gives it: None where its cell is empty."""

    name: str
    category: str | None
    unit: str | None
    price: Decimal | None
    takes_deposit: bool | None
    books: str | None  # "" when the file says the service books nothing
    active: bool | None


def import_price_list(db: Database, actor: Actor, path: Path,
                      progress: ProgressCallback | None = None) -> ImportResult:
    """The price list's services from .xlsx or .csv: added, or changed where the file says otherwise."""
    require(actor, Permission.KEEP_PRICE_LIST)
    return PriceListSheet().import_file(db, actor, path, progress)


class PriceListSheet(Sheet):
    known, required = COLUMNS, REQUIRED

    def check(self, row: dict) -> ServiceRow:
        name = text_field(cell_text(row, "name"), "name", 60, _("A service needs a name of at most 60 characters"))
        category = cell_text(row, "category")
        if category:
            category = text_field(category, "category", 30, _("A service needs a category of at most 30 characters"))
        price = cell_text(row, "price")
        return ServiceRow(
            name, category or None,
            cell_choice(row, "unit", UNITS, _("Unknown unit of charge {value}: use 页, 分钟, 小时, 半天, 天, 千字 or 件")),
            parse_amount(price, "price") if price else None,
            cell_flag(row, "deposit", _("Deposit is yes (是) or no (否): {value}")),
            cell_choice(row, "books", BOOKS, _("A service books a room (场地), equipment (设备) or nothing (无): "
                                               "{value}")),
            cell_flag(row, "active", _("Status is 在用 (on the list) or 停用 (withdrawn): {value}")))

    def key(self, entry: ServiceRow) -> str:
        return entry.name

    def twice(self, key: str, line: int) -> ValidationError:
        return ValidationError(_("{name} is already on line {line}"), field="name", name=key, line=line)

    def register(self, session: Session) -> dict[str, dict]:
        """``{name: {column: value}}`` of every service, its id too."""
        return {service.name: {name: getattr(service, name) for name in FIELDS}
                for service in session.scalars(select(BusinessService))}

    def change(self, entry: ServiceRow, register: dict) -> str | None:
        return self._merged(entry, register)[0]

    def save(self, session: Session, actor: Actor, entry: ServiceRow, register: dict) -> str | None:
        done, values = self._merged(entry, register)
        if done == "added":
            service = BusinessService(**values)
            session.add(service)
            session.flush()
            audit.record(session, actor, "add", "bc_service", str(service.id), after=values)
        elif done == "updated":
            service = session.get(BusinessService, register[entry.name]["id"], with_for_update=True)
            changed = {name: value for name, value in values.items() if getattr(service, name) != value}
            before = {name: getattr(service, name) for name in changed}
            for name, value in changed.items():
                setattr(service, name, value)
            audit.record(session, actor, "update", "bc_service", str(service.id), before=before, after=changed)
        return done

    @staticmethod
    def _merged(entry: ServiceRow, register: dict) -> tuple[str | None, dict]:
        """What the row does (None, "added", "updated") and the service's values after it."""
        known = register.get(entry.name)
        if known is None:
            missing = [REQUIRED[name] for name in NEEDED if getattr(entry, name) is None]
            if missing:
                raise ValidationError(_("{name} is not on the price list yet: give its {columns}"), field="name",
                                      name=entry.name, columns=", ".join(missing))
            draft = ServiceDraft(entry.name, entry.category, entry.unit, entry.price, bool(entry.takes_deposit),
                                 entry.books or None, True if entry.active is None else entry.active)
            return "added", check_service(draft)

        def given(name: str, value):
            return known[name] if value is None else value

        draft = ServiceDraft(entry.name, given("category", entry.category), given("unit", entry.unit),
                             given("price", entry.price), given("takes_deposit", entry.takes_deposit),
                             given("books", entry.books) or None, given("active", entry.active))
        values = check_service(draft)
        same = all(known[name] == value for name, value in values.items())
        return (None if same else "updated"), values
