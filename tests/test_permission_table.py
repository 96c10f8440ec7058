"""Every role against every service action: a role whose permissions include what the action needs gets past
the permission check (with plausible arguments the action succeeds); any other role is refused with
``PermissionDenied`` naming that permission, and the database is left exactly as it was (every table's row
count and the audit chain's head).

The table (``tests/permission_actions.py``, by area) has one row per service: the function, the permission
it needs and how to call it. A test at the end reads ``app/`` and fails when a service that takes an acting
user, or a ``require`` call, has no row, so a new service or permission cannot go untested.

All the cases share one database (a module-scoped ``db``, which also keeps them in the PostgreSQL pass): a
denied call changes nothing, and every allowed call acts on something made for it alone (a new receipt, a
new work order in the state the action needs...), so no case depends on another or on their order.
"""

import ast
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import users
from app.accounts import billing, fees, register
from app.auth import login
from app.business import price_list, resources
from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError, PermissionDenied
from app.permissions import PERMISSION_LABELS, ROLE_PERMISSIONS, Permission, Role
from app.repairs import equipment, maintenance, materials, technicians
from app.repairs.model import PlanDraft
from app.safety import templates
from app.safety.model import TemplateDraft
from app.users import create_first_admin
from db.base import Base
from db.models import AuditHead
from tests.backends import new_database
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.permission_actions import ACTIONS
from tests.permission_world import RATES_FROM, D, World
from tests.safety_fixtures import ALARM_ITEMS, PATROL_ITEMS

APP = Path(__file__).resolve().parent.parent / "app"


# --- the shared site ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One database for the whole table, made as conftest's ``db`` makes one (this module-scoped fixture
    overrides it in this module only)."""
    with new_database(tmp_path_factory.mktemp("permission-table")) as database:
        yield database


@pytest.fixture(scope="module")
def world(db, tmp_path_factory) -> World:
    """The estate of tests/accounts_fixtures (billed for last month), the demo business centre and
    engineering, the two checklists of tests/safety_fixtures, a daily maintenance plan for lift DT-01 since
    40 days ago, and a user of every role logged in."""
    from app.business.price_list import demo_price_list
    from app.business.resources import demo_resources
    from app.repairs.equipment import demo_register
    from app.repairs.materials import demo_materials
    from app.repairs.technicians import demo_technicians

    admin = create_first_admin(db, "admin", ADMIN_PASSWORD, "王经理")
    w = World(db, tmp_path_factory.mktemp("permission-files"), admin)
    for role in Role:
        if role is not Role.ADMIN:
            users.add_user(db, admin, role.value, role, USER_PASSWORD, f"{role.value} 同事")
            w.actors[role] = login(db, role.value, USER_PASSWORD)
    users.add_user(db, admin, "spare", Role.FRONT_DESK, USER_PASSWORD, "备用账号")

    register.add_building(db, admin, "A", 30, True, True)
    register.add_building(db, admin, "B", 6, False, False)
    for item, rate in (("property", "2.50"), ("lift", "0.60"), ("water", "0.30")):
        fees.set_rate(db, admin, item, "residential", D(rate), RATES_FROM)
    fees.set_rate(db, admin, "property", "commercial", D("5.00"), RATES_FROM)
    for building, room, floor, area, kind, owner, phone, handover in (
            ("A", "1201", 12, "100.00", "住宅", "张三", "13800000001", "2025-12-01"),
            ("A", "0801", 8, "88.88", "residential", "李四", "13800000002", "2026-02-10"),
            ("A", "1301", 13, "120.00", "住宅", "王五", "", ""),
            ("B", "0101", 1, "50.00", "商业", "华信公司", "010-65050000", "2026-01-01")):
        register.save_unit(db, admin, register.check_entry(building, room, floor, area, kind, owner, phone, handover))
    billing.run_billing(db, admin, w.last_month)

    price_list.load_price_list(db, admin, demo_price_list())
    resources.load_resources(db, admin, demo_resources())
    resources.add_resource(db, admin, "T-01", "测试投影仪", "equipment")
    w.services = {service.name: service.id for service in price_list.list_services(db, admin)}

    technicians.load_technicians(db, admin, demo_technicians())
    materials.load_materials(db, admin, demo_materials())
    equipment.load_register(db, admin, *demo_register())
    maintenance.save_plan(db, admin, PlanDraft("客梯日常保养", "daily", 1, "day", "检查运行\n清洁轿厢",
                                               today() - timedelta(days=40), equipment="DT-01"))
    maintenance.generate_due(db, admin)
    w.tasks = [task.number for task in maintenance.list_tasks(db, admin)]

    templates.add_template(db, admin, TemplateDraft("火灾自动报警系统月检", "fire", "monthly", ALARM_ITEMS,
                                                    code="XF-ALARM"))
    templates.add_template(db, admin, TemplateDraft("保安夜间巡逻", "security", "daily", PATROL_ITEMS, code="BA-NIGHT"))
    return w


ROLES = tuple(Role)
CASES = [(role, action) for role in ROLES for action in ACTIONS]
FIGURE = f"{len(ROLES)} roles × {len(ACTIONS)} actions = {len(CASES)} cases"


# --- the cases ---------------------------------------------------------------------------------------------
def state(db: Database) -> dict[str, Any]:
    """Every table's row count and the audit chain's head, read in one statement."""
    tables = Base.metadata.sorted_tables
    query = select(*(select(func.count()).select_from(table).scalar_subquery().label(table.name) for table in tables),
                   select(AuditHead.last_seq).scalar_subquery().label("audit head seq"),
                   select(AuditHead.last_hash).scalar_subquery().label("audit head hash"))
    with db.read() as session:
        return dict(session.execute(query).one()._mapping)


@pytest.mark.parametrize(("role", "action"), CASES, ids=[f"{role.value}-{action.name}" for role, action in CASES])
def test_a_role_does_an_action_exactly_when_its_permissions_allow(world, role, action):
    actor = world.actors[role]
    where = f"{role.value} × {action.name} (needs {action.permission.value}; one of {FIGURE})"
    allowed = action.permission in ROLE_PERMISSIONS[role]
    # A refused call changes nothing, so the roles refused an action can share what it is called on.
    given = action.arguments(world) if allowed else world.once(f"refused {action.name}", lambda: action.arguments(world))
    if allowed:
        try:
            action.invoke(world, actor, given)
        except PermissionDenied as error:
            pytest.fail(f"{where}: refused although the role has the permission: {error}")
        except FrontOfficeError as error:
            if action.refused_with is None or type(error) is not action.refused_with:
                pytest.fail(f"{where}: past the permission check, but {type(error).__name__}: {error}")
        else:
            assert action.refused_with is None, f"{where}: expected {action.refused_with.__name__}"
        return
    before = state(world.db)
    with pytest.raises(PermissionDenied) as refused:
        action.invoke(world, actor, given)
    assert refused.value.params.get("action") == PERMISSION_LABELS[action.permission], (
        f"{where}: refused for another reason: {refused.value}")
    after = state(world.db)
    assert after == before, f"{where}: the refused call changed " + ", ".join(
        f"{name} {before[name]} -> {after[name]}" for name in before if before[name] != after[name])


# --- the table covers app/ ---------------------------------------------------------------------------------
def functions_of_app() -> dict[str, ast.FunctionDef]:
    """``{"frontdesk.visitors.sign_in": node}`` for every module-level function in app/."""
    found = {}
    for path in sorted(APP.rglob("*.py")):
        module = ".".join(path.relative_to(APP).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef):
                found[f"{module}.{node.name}"] = node
    return found


def calls_in(node: ast.AST) -> list[ast.Call]:
    return [sub for sub in ast.walk(node) if isinstance(sub, ast.Call)]


def called_names(node: ast.AST) -> set[str]:
    names = set()
    for call in calls_in(node):
        if isinstance(call.func, ast.Name):
            names.add(call.func.id)
        elif isinstance(call.func, ast.Attribute):
            names.add(call.func.attr)
    return names


def required_literals(node: ast.AST) -> list[str]:
    """The ``X`` of each ``require(..., Permission.X)`` in the function; ``?`` for a permission computed."""
    found = []
    for call in calls_in(node):
        if isinstance(call.func, ast.Name) and call.func.id == "require":
            argument = call.args[1] if len(call.args) > 1 else None
            literal = isinstance(argument, ast.Attribute) and isinstance(argument.value, ast.Name) \
                and argument.value.id == "Permission"
            found.append(argument.attr if literal else "?")
    return found


def test_the_table_covers_every_service_and_every_permission(figures):
    figures(f"permission table: {FIGURE}, each allowed call done and each refused one leaving the database as it was")
    functions = functions_of_app()
    in_table = {action.function for action in ACTIONS}
    assert len({action.name for action in ACTIONS}) == len(ACTIONS), f"two rows share a name ({FIGURE})"

    # Every public function that takes the acting user (not inside another service's session) has a row.
    services = {name for name, node in functions.items()
                if not node.name.startswith("_") and not name.startswith(("permissions.", "cli."))
                and "actor" in [a.arg for a in node.args.args] and node.args.args[0].arg != "session"}
    assert not services - in_table, f"services without a row in the table ({FIGURE}): {sorted(services - in_table)}"
    assert not in_table - set(functions), f"rows for no function of app/: {sorted(in_table - set(functions))}"

    # Every function that calls require() has a row, or is called by a function that has one.
    requiring = {name: required_literals(node) for name, node in functions.items()
                 if name != "permissions.require" and required_literals(node)}
    reached = set().union(*(called_names(functions[name]) for name in in_table))
    unreached = sorted(name for name in requiring if name not in in_table and name.rsplit(".", 1)[1] not in reached)
    assert not unreached, f"require() call sites no row reaches ({FIGURE}): {unreached}"
    modules = {name.rsplit(".", 1)[0] for name in requiring}
    represented = {name.rsplit(".", 1)[0] for name in in_table}
    assert modules <= represented, f"modules with require() and no row ({FIGURE}): {sorted(modules - represented)}"

    # A row's permission is the one its service requires, where the service names one.
    wrong = [f"{action.name}: table {action.permission.name}, code {requiring[action.function][0]}"
             for action in ACTIONS if action.function in requiring and len(set(requiring[action.function])) == 1
             and requiring[action.function][0] not in ("?", action.permission.name)]
    assert not wrong, f"rows whose permission differs from the code's ({FIGURE}): {wrong}"

    missing = sorted(set(Permission) - {action.permission for action in ACTIONS})
    assert not missing, f"permissions no row checks ({FIGURE}): {missing}"
