"""A small site for the owner-accounts tests, with figures worked out by hand in the tests."""

from datetime import date
from decimal import Decimal

import pytest

from app.accounts.fees import set_rate
from app.accounts.register import add_building, check_entry, save_unit
from app.auth import login
from app.permissions import Role
from app.users import add_user
from tests.conftest import USER_PASSWORD

D = Decimal


@pytest.fixture
def manager(db, admin):
    add_user(db, admin, "manager", Role.MANAGER, USER_PASSWORD, "王经理")
    return login(db, "manager", USER_PASSWORD)


@pytest.fixture
def estate(db, manager):
    """Building A (30 floors, lift, secondary water), building B (6 floors, neither).

    Residential rates from 2026-01-01: property 2.50, lift 0.60, water 0.30 per m² per month; property
    rises to 2.80 from 2026-03-16. Commercial property 5.00.
    """
    add_building(db, manager, "A", 30, True, True)
    add_building(db, manager, "B", 6, False, False)
    for item, rate in (("property", "2.50"), ("lift", "0.60"), ("water", "0.30")):
        set_rate(db, manager, item, "residential", D(rate), date(2026, 1, 1))
    set_rate(db, manager, "property", "residential", D("2.80"), date(2026, 3, 16))
    set_rate(db, manager, "property", "commercial", D("5.00"), date(2026, 1, 1))
    units = (("A", "1201", 12, "100.00", "住宅", "张三", "13800000001", "2025-12-01"),
             ("A", "0801", 8, "88.88", "residential", "李四", "13800000002", "2026-02-10"),
             ("A", "1301", 13, "120.00", "住宅", "王五", "", ""),  # not handed over: never billed
             ("B", "0101", 1, "50.00", "商业", "华信公司", "010-65050000", "2026-01-01"))
    for building, room, floor, area, kind, owner, phone, handover in units:
        save_unit(db, manager, check_entry(building, room, floor, area, kind, owner, phone, handover))
    return manager
