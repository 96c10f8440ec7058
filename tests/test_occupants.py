"""Owners and tenants: who lives in a unit from when to when, and who pays for it (the receipt's payer)."""

from datetime import date
from decimal import Decimal

import pytest

from app.accounts.occupants import add_occupant, move_out, occupants
from app.accounts.payments import pay
from app.errors import NotFound, ValidationError
from tests.conftest import table_count


def names(db, actor, unit):
    return [(o.name, o.role, o.pays, o.move_out) for o in occupants(db, actor, unit)]


def test_a_tenant_who_pays_is_the_receipts_payer_until_moving_out(db, estate, cashier):
    add_occupant(db, cashier, "A-1201", "陈租户", "13700000000", "tenant", date(2026, 3, 1), pays=True)
    assert names(db, cashier, "A-1201") == [("张三", "owner", False, None), ("陈租户", "tenant", True, None)]
    assert pay(db, cashier, "A-1201", Decimal("10.00"), "cash").receipt.payer == "陈租户"
    move_out(db, cashier, "A-1201", "陈租户", date(2026, 9, 30))
    assert names(db, cashier, "A-1201") == [("张三", "owner", True, None),
                                           ("陈租户", "tenant", False, date(2026, 9, 30))]
    assert pay(db, cashier, "A-1201", Decimal("10.00"), "cash").receipt.payer == "张三"


def test_a_new_owner_takes_over_and_the_old_one_moves_out(db, estate, cashier):
    add_occupant(db, cashier, "A-1201", "刘新", "13600000000", "owner", date(2026, 6, 1))
    assert names(db, cashier, "A-1201") == [("刘新", "owner", True, None), ("张三", "owner", False, date(2026, 6, 1))]


@pytest.mark.parametrize(("name", "role", "message"), [("", "tenant", "name"), ("某人", "guest", "owner or tenant")])
def test_bad_occupants_are_refused_and_nothing_saved(db, estate, cashier, name, role, message):
    rows = table_count(db, "unit_party")
    with pytest.raises(ValidationError, match=message):
        add_occupant(db, cashier, "A-1201", name, "", role)
    assert table_count(db, "unit_party") == rows


def test_moving_out_someone_who_is_not_there_is_refused(db, estate, cashier):
    with pytest.raises(NotFound, match="does not live in A-1201"):
        move_out(db, cashier, "A-1201", "无名氏")
    add_occupant(db, cashier, "A-1201", "陈租户", "", "tenant", date(2026, 3, 1))
    with pytest.raises(ValidationError, match="before the move-in"):
        move_out(db, cashier, "A-1201", "陈租户", date(2026, 2, 1))
