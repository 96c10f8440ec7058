"""Engineering for the repairs tests: a dispatcher, the demo building's technicians, materials and
equipment register, and a work order drafted the way the desk takes one."""

import pytest

from app.auth import login
from app.permissions import Role
from app.repairs.equipment import demo_register, load_register
from app.repairs.materials import demo_materials, load_materials
from app.repairs.model import WorkOrderDraft
from app.repairs.technicians import demo_technicians, load_technicians
from app.users import add_user
from tests.conftest import USER_PASSWORD


@pytest.fixture
def engineer(db, admin):
    add_user(db, admin, "engineer", Role.ENGINEERING, USER_PASSWORD, "孙工")
    return login(db, "engineer", USER_PASSWORD)


@pytest.fixture
def workshop(db, engineer):
    """The demo technicians (刘建国 电工, 陈志强 水暖工, 周海涛 空调工, 吴磊 综合维修), materials (M001 LED 灯管
    25.00/支, M006 水龙头 65.00/个, M007 角阀 22.00/个...) and equipment register (DT-01 客梯 1#...)."""
    load_technicians(db, engineer, demo_technicians())
    load_materials(db, engineer, demo_materials())
    load_register(db, engineer, *demo_register())
    return engineer


def leak(**changes) -> WorkOrderDraft:
    """张三 phones about a dripping tap in A-1201 (a residential unit of the ``estate`` fixture)."""
    values = dict(source="phone", category="plumbing", priority="normal", description="厨房水龙头漏水",
                  reporter="张三", contact="13800000001", unit="A-1201")
    values.update(changes)
    return WorkOrderDraft(**values)
