"""The words of owner accounts: unit types, fee items, periods, and the plain views services return."""

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.errors import ValidationError
from app.i18n import _


class UnitType(StrEnum):
    RESIDENTIAL = "residential"
    OFFICE = "office"
    COMMERCIAL = "commercial"


UNIT_TYPE_LABELS = {UnitType.RESIDENTIAL: _("Residential"), UnitType.OFFICE: _("Office"),
                    UnitType.COMMERCIAL: _("Commercial")}
UNIT_TYPE_CHINESE = {UnitType.RESIDENTIAL: "住宅", UnitType.OFFICE: "办公", UnitType.COMMERCIAL: "商业"}


class FeeItem(StrEnum):
    """In the order payments are allocated within one period."""

    PROPERTY = "property"
    LIFT = "lift"
    WATER = "water"
    BUSINESS = "business"  # business-centre services put on the unit's account (挂账)
    REPAIR = "repair"  # paid repair work, put on the account when the customer accepts it
    ERRAND = "errand"  # errands and bookings made by the front desk (委托代办), put on the account when done


RATED_ITEMS = (FeeItem.PROPERTY, FeeItem.LIFT, FeeItem.WATER)  # billed per m² by the monthly run


FEE_ITEM_ORDER = {item: index for index, item in enumerate(FeeItem)}
FEE_ITEM_LABELS = {FeeItem.PROPERTY: _("Property service"), FeeItem.LIFT: _("Lift"),
                   FeeItem.WATER: _("Secondary water supply"), FeeItem.BUSINESS: _("Business centre"),
                   FeeItem.REPAIR: _("Repairs"), FeeItem.ERRAND: _("Errands")}
FEE_ITEM_CHINESE = {FeeItem.PROPERTY: "物业服务费", FeeItem.LIFT: "电梯费", FeeItem.WATER: "二次供水费",
                    FeeItem.BUSINESS: "商务中心费", FeeItem.REPAIR: "维修费", FeeItem.ERRAND: "委托代办费"}

PERIOD_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


def parse_period(text: str) -> date:
    """``YYYY-MM`` as the month's first day."""
    match = PERIOD_PATTERN.match(text.strip() if isinstance(text, str) else "")
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise ValidationError(_("A period is written YYYY-MM, e.g. 2026-10: {text}"), field="period", text=text)
    return date(int(match.group(1)), int(match.group(2)), 1)


def period_end(period: date) -> date:
    return period.replace(day=calendar.monthrange(period.year, period.month)[1])


def period_text(period: date) -> str:
    return f"{period:%Y-%m}"


def unit_type_of(text: str) -> UnitType:
    """A unit type from its English or Chinese name."""
    value = text.strip().lower() if isinstance(text, str) else ""
    for unit_type, chinese in UNIT_TYPE_CHINESE.items():
        if value in (unit_type.value, chinese):
            return unit_type
    raise ValidationError(_("Unknown unit type {text}: use residential/住宅, office/办公 or commercial/商业"),
                          field="unit_type", text=text)


def fee_item_of(text: str) -> FeeItem:
    """A fee item billed per m² (one that has rates)."""
    try:
        item = FeeItem(text.strip().lower() if isinstance(text, str) else "")
    except ValueError:
        item = None
    if item not in RATED_ITEMS:
        raise ValidationError(_("Unknown fee item {text}: use property, lift or water"), field="item",
                              text=text)
    return item


@dataclass(frozen=True)
class UnitView:
    code: str
    building: str
    room: str
    floor: int
    area: Decimal
    unit_type: UnitType
    handover_date: date | None
    owner: str
    phone: str
    payer: str
    outstanding: Decimal = Decimal("0.00")
    credit: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class RateView:
    item: FeeItem
    unit_type: UnitType
    rate: Decimal
    effective_from: date
    set_by: str
