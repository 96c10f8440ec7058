"""The business centre of the demo building: its price list, rooms and equipment, and an operator."""

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from app.auth import login
from app.business.price_list import demo_price_list, list_services, load_price_list
from app.business.resources import demo_resources, load_resources
from app.clock import SITE_ZONE
from app.permissions import Role
from app.users import add_user
from tests.conftest import USER_PASSWORD


@pytest.fixture
def operator(db, admin):
    add_user(db, admin, "operator", Role.BUSINESS_CENTRE, USER_PASSWORD, "赵敏")
    return login(db, "operator", USER_PASSWORD)


@pytest.fixture
def centre(db, manager, operator):
    """``{service name: id}`` after the manager loaded the demo price list and rooms and equipment."""
    load_price_list(db, manager, demo_price_list())
    load_resources(db, manager, demo_resources())
    return {service.name: service.id for service in list_services(db, operator)}


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A time of the site's day."""
    return datetime.combine(day, time(hour, minute), SITE_ZONE)


D = Decimal
