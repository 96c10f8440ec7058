"""Every role against every service action: a role whose permissions include what the action needs gets past
the permission check (with plausible arguments the action succeeds); any other role is refused with
``PermissionDenied`` naming that permission, and the database is left exactly as it was (every table's row
count and the audit chain's head).

The table below has one row per service: the function, the permission it needs and how to call it. A test
at the end reads ``app/`` and fails when a service that takes an acting user, or a ``require`` call, has no
row, so a new service or permission cannot go untested.

All the cases share one database (a module-scoped ``db``, which also keeps them in the PostgreSQL pass): a
denied call changes nothing, and every allowed call acts on something made for it alone (a new receipt, a
new work order in the state the action needs...), so no case depends on another or on their order.
"""

import ast
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import audit, backup, site, users
from app.accounts import billing, fees, importing, occupants, payments, register, reports, statements
from app.accounts.model import period_text
from app.auth import login
from app.business import documents as bc_documents
from app.business import internal_use, price_list, resources, shift
from app.business import orders as bc_orders
from app.business import settings as bc_settings
from app.business.model import LineDraft, OrderDraft, RequestDraft, ServiceDraft, UseLineDraft
from app.clock import today
from app.copy_database import copy_database
from app.database import Database
from app.demo import generator as demo_generator
from app.errors import FrontOfficeError, PermissionDenied, ValidationError
from app.frontdesk import complaints, errands, keys, luggage, messages, parcels, visitors
from app.frontdesk import today as desk
from app.frontdesk.complaints import ComplaintDraft
from app.frontdesk.errands import ErrandDraft
from app.frontdesk.keys import KeyDraft
from app.frontdesk.luggage import LuggageDraft
from app.frontdesk.messages import MessageDraft
from app.frontdesk.parcels import ParcelDraft
from app.frontdesk.visitors import VisitorDraft
from app.permissions import PERMISSION_LABELS, ROLE_PERMISSIONS, Permission, Role
from app.receipts import issuing, printing, records
from app.receipts.check_code import payload
from app.receipts.model import LineDraft as ReceiptLine
from app.receipts.model import PaymentMethod, ReceiptDraft, ReceiptKind
from app.repairs import documents as repair_documents
from app.repairs import equipment, maintenance, materials, stats, technicians, work
from app.repairs import orders as repair_orders
from app.repairs import settings as repair_settings
from app.repairs.model import EquipmentDraft, LineKind, PlanDraft, WorkLineDraft
from app.safety import documents as safety_documents
from app.safety import drills, inspections, notices, photos, responsibility, schedules, templates
from app.safety.drills import DrillDraft, MemberDraft, TrainingDraft
from app.safety.model import (
    AnswerDraft,
    AreaDraft,
    InspectionDraft,
    Reinspection,
    ScheduleDraft,
    TemplateDraft,
)
from app.safety.responsibility import DutyDraft
from app.users import create_first_admin
from db.base import Base
from db.models import AuditHead
from db.types import utcnow
from tests.backends import new_database
from tests.business_fixtures import at
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD, fee_draft
from tests.repairs_fixtures import leak
from tests.safety_fixtures import ALARM_ITEMS, PATROL_ITEMS

D = Decimal
RATES_FROM = date(2025, 12, 1)  # the estate's first handover: every month since is billed
APP = Path(__file__).resolve().parent.parent / "app"


# --- the shared site ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One database for the whole table, made as conftest's ``db`` makes one (this module-scoped fixture
    overrides it in this module only)."""
    with new_database(tmp_path_factory.mktemp("permission-table")) as database:
        yield database


class World:
    """The shared site, its users (one per role), and the things an action is called on. Each helper makes,
    as the administrator, a new thing for one call; ``once`` keeps one thing that calls only read."""

    def __init__(self, db: Database, folder: Path, admin):
        self.db, self.folder, self.admin = db, folder, admin
        self.actors = {Role.ADMIN: admin}
        self._serial = itertools.count(1)
        self._kept: dict[str, Any] = {}
        self.services: dict[str, int] = {}
        self.tasks: list[str] = []
        self.last_month = period_text(today().replace(day=1) - timedelta(days=1))

    def n(self) -> int:
        return next(self._serial)

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._kept:
            self._kept[key] = make()
        return self._kept[key]

    # receipts
    def fee_receipt(self):
        return issuing.issue(self.db, self.admin, fee_draft())

    def print_job(self):
        return printing.prepare_print(self.db, self.admin, self.fee_receipt().number)

    # the business centre
    def copy_job(self) -> OrderDraft:
        return OrderDraft(customer="刘先生", phone="13911112222", lines=(
            LineDraft(self.services["黑白复印 A4"], D("120")), LineDraft(self.services["彩色复印 A4"], D("15"))))

    def order(self) -> str:
        return bc_orders.create_order(self.db, self.admin, self.copy_job()).number

    def refunded_order(self) -> str:
        def make():
            number = self.order()
            bc_orders.take_deposit(self.db, self.admin, number, D("10.00"), "cash")
            bc_orders.cancel(self.db, self.admin, number, "客人不要了")
            return number
        return self.once("refunded order", make)

    def request(self, approved: bool = False) -> str:
        day = today() + timedelta(days=2)
        number = internal_use.file_request(self.db, self.admin, RequestDraft(
            "工程部", "孙工", "打印竣工图纸", at(day, 9), at(day, 11))).number
        if approved:
            internal_use.approve(self.db, self.admin, number, "同意")
        return number

    def settled_request(self) -> str:
        def make():
            number = self.request(approved=True)
            internal_use.record_use(self.db, self.admin, number, self.use_lines())
            return number
        return self.once("settled request", make)

    def use_lines(self) -> tuple[UseLineDraft, ...]:
        return (UseLineDraft(self.services["黑白复印 A4"], D("10")),)

    def service(self) -> int:
        return price_list.add_service(self.db, self.admin, ServiceDraft(
            f"测试服务{self.n()}", "测试", "page", D("1.00"))).id

    # repairs
    def work_order(self, stage: str = "reported") -> str:
        """A leak in A-1201 taken to ``stage``: reported, dispatched, in_progress, on_hold, worked (in progress
        with the labour recorded), awaiting (acceptance) or completed."""
        db, admin = self.db, self.admin
        number = repair_orders.report(db, admin, leak()).number
        path = ("reported", "dispatched", "in_progress", "worked", "awaiting", "completed")
        steps = {"dispatched": lambda: repair_orders.dispatch(db, admin, number, "陈志强"),
                 "in_progress": lambda: repair_orders.start(db, admin, number),
                 "worked": lambda: work.record_work(db, admin, number, LABOUR),
                 "awaiting": lambda: repair_orders.finish(db, admin, number),
                 "completed": lambda: repair_orders.accept(db, admin, number, "张三")}
        if stage == "on_hold":
            self.advance(steps, path, "in_progress")
            repair_orders.hold(db, admin, number, "等配件")
        else:
            self.advance(steps, path, stage)
        return number

    @staticmethod
    def advance(steps: dict, path: tuple[str, ...], stage: str) -> None:
        for name in path[1:path.index(stage) + 1]:
            steps[name]()

    def equipment(self) -> str:
        return equipment.add_equipment(self.db, self.admin, EquipmentDraft(f"T-{self.n()}", "测试水泵", "给排水")).code

    def technician(self) -> int:
        return technicians.add_technician(self.db, self.admin, f"技工{self.n()}", "电工", "13800000000").id

    def task(self) -> str:
        return self.tasks.pop()

    # safety
    def inspection(self, answered: bool = False):
        view = inspections.start_inspection(self.db, self.admin, InspectionDraft(
            "XF-ALARM", AreaDraft("plant_room", f"消防机房{self.n()}"), inspector="赵安全"))
        if answered:
            view = inspections.record_answers(self.db, self.admin, view.number, passed(view))
        return view

    def notice(self) -> str:
        view = self.inspection()
        answers = [AnswerDraft(a.item.id, "fail" if i == 0 else "pass", "探测器不报警" if i == 0 else "")
                   for i, a in enumerate(view.answers)]
        return inspections.finish_inspection(self.db, self.admin, view.number, answers).answers[0].notice

    def photo_file(self) -> Path:
        def make():
            path = self.folder / "detector.png"
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
            return path
        return self.once("photo file", make)

    def photo(self) -> int:
        def make():
            view = self.inspection(answered=True)
            view = photos.add_photo(self.db, self.admin, view.number, view.answers[0].item.id, self.photo_file())
            return view.answers[0].photos[0].id
        return self.once("photo", make)

    def template(self) -> int:
        n = self.n()
        return templates.add_template(self.db, self.admin, TemplateDraft(
            f"保洁周检{n}", "cleaning", "weekly", PATROL_ITEMS, code=f"BJ-{n}")).id

    def template_id(self, code: str) -> int:
        return next(t.id for t in templates.list_templates(self.db, self.admin) if t.code == code)

    # the front desk
    def visitor(self) -> str:
        return visitors.sign_in(self.db, self.admin, VisitorDraft(
            "刘洋", "id_card", "1234", "天成咨询", "B-0101", "陈经理", "洽谈")).number

    def key(self) -> str:
        return keys.save_key(self.db, self.admin, KeyDraft(f"K-{self.n()}", "B1 水泵房", 2)).code

    def loan(self) -> int:
        return keys.issue_key(self.db, self.admin, self.key(), "刘师傅", utcnow() + timedelta(hours=2)).id

    def parcel(self) -> str:
        return parcels.log_parcel(self.db, self.admin, ParcelDraft(
            "parcel", "顺丰", f"SF{self.n():010d}", "A-1201", "张三", True)).number

    def message(self) -> int:
        return messages.take_message(self.db, self.admin, MessageDraft(
            "message", "快递员下午三点再来送件，请留人", "A-1201", "张三", "顺丰 刘师傅", "13900000001")).id

    def complaint(self) -> str:
        return complaints.receive(self.db, self.admin, ComplaintDraft(
            "张三", "noise", "楼上装修周末早上七点就开始施工", "A-1201", "13800000001")).number

    def luggage(self) -> str:
        return luggage.store(self.db, self.admin, LuggageDraft("张三", "行李箱 1 个", 1, "A-1201", "13800000001")).tag

    def errand(self, booked: bool = False) -> str:
        number = errands.request(self.db, self.admin, ErrandDraft(
            "air_ticket", "张三", "5月1日 北京-上海 经济舱 1 张", "A-1201", "13800000001")).number
        if booked:
            errands.book(self.db, self.admin, number, "国航 CA1501")
        return number

    # owner accounts
    def tenant(self) -> str:
        return occupants.add_occupant(self.db, self.admin, "A-0801", f"租客{self.n()}", "13900000000", "tenant").name

    def credit(self) -> str:
        """A-1301 is never billed (not handed over): what is paid for it is credit."""
        payments.pay(self.db, self.admin, "A-1301", D("5.00"), "cash")
        return "A-1301"

    def unit_sheet(self) -> Path:
        def make():
            path = self.folder / "units.csv"
            path.write_text("楼栋,房号,楼层,建筑面积,类型,业主,电话,交房日期\n"
                            "A,1201,12,100.00,住宅,张三,13800000001,2025-12-01\n"
                            "B,0102,1,60.00,商业,恒通商行,010-65050002,2026-01-01\n", encoding="utf-8")
            return path
        return self.once("unit sheet", make)


LABOUR = (WorkLineDraft(LineKind.LABOUR, D("1"), "更换厨房水龙头", price=D("50.00")),)


def passed(view) -> list[AnswerDraft]:
    return [AnswerDraft(answer.item.id, "pass") for answer in view.answers]


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


# --- the table ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Args:
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)


def args(*values, **named) -> Args:
    return Args(values, named)


@dataclass(frozen=True)
class Action:
    """``service(db, actor, *arguments(world))``, which needs ``permission``; with it, the call succeeds, or
    (``refused_with``) ends in that error for the arguments given."""

    service: Callable
    permission: Permission
    arguments: Callable[[World], Args] = lambda w: Args()
    variant: str = ""  # tells apart two rows of one service
    refused_with: type[FrontOfficeError] | None = None
    call: Callable | None = None  # for a service whose arguments are not (db, actor, ...)

    @property
    def function(self) -> str:
        return f"{self.service.__module__.removeprefix('app.')}.{self.service.__name__}"

    @property
    def name(self) -> str:
        return f"{self.function}/{self.variant}" if self.variant else self.function

    def invoke(self, w: World, actor, given: Args):
        if self.call is not None:
            return self.call(w, actor, given)
        return self.service(w.db, actor, *given.args, **given.kwargs)


P = Permission
DAY = timedelta(days=1)

ACTIONS: tuple[Action, ...] = (
    # users, site, backup, audit
    Action(users.add_user, P.MANAGE_USERS, lambda w: args(f"user{w.n()}", Role.FRONT_DESK, USER_PASSWORD, "新同事")),
    Action(users.list_users, P.MANAGE_USERS),
    Action(users.change_password, P.MANAGE_USERS, lambda w: args("spare", "spare-pass-2")),
    Action(users.set_active, P.MANAGE_USERS, lambda w: args("spare", True)),
    Action(demo_generator.generate, P.EDIT_SITE, lambda w: args(1, 1),
           refused_with=ValidationError),  # the shared site has units already: a demo goes into an empty one
    Action(site.update_site_details, P.EDIT_SITE,
           lambda w: args(site.SiteDetails("安居物业服务有限公司", "安居大厦", "建国路 88 号", "010-65050000"))),
    Action(backup.backup, P.BACKUP, lambda w: args(w.folder / f"backup-{w.n()}{backup.suffix_of(w.db)}")),
    Action(backup.restore, P.RESTORE, lambda w: args(w.folder / "no-such-backup"), refused_with=ValidationError),
    Action(copy_database, P.RESTORE, refused_with=ValidationError,  # this database is not an SQLite file copied
           call=lambda w, actor, given: copy_database(w.db, w.db, actor)),  # into an empty server database
    Action(audit.verify, P.VERIFY_AUDIT),
    Action(audit.recent, P.VERIFY_AUDIT, lambda w: args(20)),
    # receipts
    Action(issuing.issue, P.ISSUE_FEE_RECEIPT, lambda w: args(fee_draft()), variant="fee"),
    Action(issuing.issue, P.ISSUE_BUSINESS_RECEIPT, variant="business", arguments=lambda w: args(ReceiptDraft(
        ReceiptKind.BUSINESS, "刘先生", (ReceiptLine("黑白复印 A4", D("60.00"), "120 页", D("0.50")),),
        PaymentMethod.CASH))),
    Action(records.get, P.VIEW_RECEIPTS, lambda w: args(w.once("receipt", w.fee_receipt).number)),
    Action(records.find, P.VIEW_RECEIPTS, lambda w: args(today(), today())),
    Action(records.void, P.VOID_RECEIPT, lambda w: args(w.fee_receipt().number, "金额开错")),
    Action(records.verify_code, P.VIEW_RECEIPTS, lambda w: args(payload(
        (r := w.once("receipt", w.fee_receipt)).number, r.business_date, r.total, r.check_code))),
    Action(printing.prepare_print, P.VIEW_RECEIPTS, lambda w: args(w.once("receipt", w.fee_receipt).number)),
    Action(printing.record_print, P.VIEW_RECEIPTS, lambda w: args(w.print_job())),
    # owner accounts
    Action(register.add_building, P.EDIT_REGISTER, lambda w: args(f"C{w.n()}", 12, True, True)),
    Action(register.list_buildings, P.VIEW_ACCOUNTS),
    Action(register.save_unit, P.EDIT_REGISTER, lambda w: args(register.check_entry(
        "A", f"X{w.n()}", 9, "80.00", "住宅", "赵六", "13800000009", today().isoformat()))),
    Action(register.list_units, P.VIEW_ACCOUNTS, lambda w: args("zs")),
    Action(importing.import_units, P.EDIT_REGISTER, lambda w: args(w.unit_sheet())),
    Action(fees.set_rate, P.SET_RATES, lambda w: args("property", "office", D("4.00"), today())),
    Action(fees.list_rates, P.VIEW_ACCOUNTS),
    Action(occupants.add_occupant, P.EDIT_REGISTER,
           lambda w: args("A-0801", f"租客{w.n()}", "13900000000", "tenant")),
    Action(occupants.move_out, P.EDIT_REGISTER, lambda w: args("A-0801", w.tenant())),
    Action(occupants.occupants, P.VIEW_ACCOUNTS, lambda w: args("A-1201")),
    Action(billing.run_billing, P.RUN_BILLING, lambda w: args(w.last_month)),
    Action(payments.pay, P.TAKE_PAYMENT, lambda w: args("A-0801", D("10.00"), "wechat")),
    Action(payments.refund_credit, P.REFUND_CREDIT, lambda w: args(w.credit(), D("1.00"), "多交退回")),
    Action(reports.arrears, P.VIEW_ACCOUNTS),
    Action(reports.collection, P.VIEW_ACCOUNTS, lambda w: args(w.last_month)),
    Action(reports.unit_account, P.VIEW_ACCOUNTS, lambda w: args("A-1201")),
    Action(statements.statement_document, P.VIEW_ACCOUNTS,
           lambda w: args("A-1201", site.get_site_details(w.db), today())),
    Action(statements.reminder_document, P.VIEW_ACCOUNTS,
           lambda w: args("A-1201", site.get_site_details(w.db), today())),
    Action(statements.statement_pdf, P.VIEW_ACCOUNTS, lambda w: args("A-1201")),
    Action(statements.reminders_pdf, P.VIEW_ACCOUNTS, lambda w: args(["A-1201"])),
    # the business centre
    Action(price_list.add_service, P.KEEP_PRICE_LIST,
           lambda w: args(ServiceDraft(f"加急装订{w.n()}", "文印", "item", D("5.00")))),
    Action(price_list.update_service, P.KEEP_PRICE_LIST,
           lambda w: args(w.service(), ServiceDraft(f"测试服务{w.n()}", "测试", "page", D("2.00")))),
    Action(price_list.list_services, P.SERVE_BUSINESS),
    Action(price_list.load_price_list, P.KEEP_PRICE_LIST, lambda w: args(price_list.demo_price_list())),
    Action(resources.add_resource, P.KEEP_PRICE_LIST, lambda w: args(f"R-{w.n()}", "洽谈室", "room")),
    Action(resources.set_state, P.SERVE_BUSINESS, lambda w: args("T-01", "in_service")),
    Action(resources.list_resources, P.SERVE_BUSINESS),
    Action(resources.day_bookings, P.SERVE_BUSINESS, lambda w: args(today())),
    Action(resources.load_resources, P.KEEP_PRICE_LIST, lambda w: args(resources.demo_resources())),
    Action(bc_settings.set_deposit_rate, P.EDIT_SITE, lambda w: args(bc_settings.DEFAULT_DEPOSIT_RATE)),
    Action(bc_orders.create_order, P.SERVE_BUSINESS, lambda w: args(w.copy_job())),
    Action(bc_orders.change_lines, P.SERVE_BUSINESS,
           lambda w: args(w.order(), (LineDraft(w.services["黑白复印 A4"], D("100")),))),
    Action(bc_orders.take_deposit, P.SERVE_BUSINESS, lambda w: args(w.order(), D("10.00"), "cash")),
    Action(bc_orders.start_service, P.SERVE_BUSINESS, lambda w: args(w.order())),
    Action(bc_orders.settle, P.SERVE_BUSINESS, lambda w: args(w.order(), "cash")),
    Action(bc_orders.cancel, P.SERVE_BUSINESS, lambda w: args(w.order(), "客人不要了")),
    Action(bc_orders.get_order, P.SERVE_BUSINESS, lambda w: args(w.once("order", w.order))),
    Action(bc_orders.list_orders, P.SERVE_BUSINESS, lambda w: args("lxs")),
    Action(internal_use.file_request, P.SERVE_BUSINESS, lambda w: args(RequestDraft(
        "财务部", "钱会计", "打印年报", at(today() + 3 * DAY, 14), at(today() + 3 * DAY, 15)))),
    Action(internal_use.approve, P.APPROVE_INTERNAL_USE, lambda w: args(w.request(), "同意")),
    Action(internal_use.reject, P.APPROVE_INTERNAL_USE, lambda w: args(w.request(), "当天设备检修")),
    Action(internal_use.cancel_request, P.SERVE_BUSINESS, lambda w: args(w.request(), "不用了")),
    Action(internal_use.record_use, P.SERVE_BUSINESS, lambda w: args(w.request(approved=True), w.use_lines())),
    Action(internal_use.get_request, P.SERVE_BUSINESS, lambda w: args(w.once("request", w.request))),
    Action(internal_use.list_requests, P.SERVE_BUSINESS, lambda w: args(open_only=True)),
    Action(shift.shift_report, P.SERVE_BUSINESS, lambda w: args(today())),
    Action(shift.count_cash, P.SERVE_BUSINESS, lambda w: args(D("0.00"))),
    Action(shift.operators, P.SERVE_BUSINESS, lambda w: args(today())),
    Action(bc_documents.charge_notice_pdf, P.SERVE_BUSINESS, lambda w: args(w.once("order", w.order))),
    Action(bc_documents.refund_slip_pdf, P.SERVE_BUSINESS, lambda w: args(w.refunded_order())),
    Action(bc_documents.request_form_pdf, P.SERVE_BUSINESS, lambda w: args(w.once("request", w.request))),
    Action(bc_documents.settlement_sheet_pdf, P.SERVE_BUSINESS, lambda w: args(w.settled_request())),
    Action(bc_documents.shift_report_pdf, P.SERVE_BUSINESS, lambda w: args(today())),
    # repairs
    Action(repair_orders.report, P.REPORT_REPAIR, lambda w: args(leak())),
    Action(repair_orders.dispatch, P.DISPATCH_REPAIRS, lambda w: args(w.work_order(), "陈志强")),
    Action(repair_orders.start, P.DISPATCH_REPAIRS, lambda w: args(w.work_order("dispatched"))),
    Action(repair_orders.hold, P.DISPATCH_REPAIRS, lambda w: args(w.work_order("in_progress"), "等配件")),
    Action(repair_orders.resume, P.DISPATCH_REPAIRS, lambda w: args(w.work_order("on_hold"))),
    Action(repair_orders.finish, P.DISPATCH_REPAIRS, lambda w: args(w.work_order("worked"))),
    Action(repair_orders.rework, P.DISPATCH_REPAIRS, lambda w: args(w.work_order("awaiting"), "还在滴水")),
    Action(repair_orders.accept, P.DISPATCH_REPAIRS, lambda w: args(w.work_order("awaiting"), "张三")),
    Action(repair_orders.follow_up, P.REPORT_REPAIR, lambda w: args(w.work_order("completed"), 5, "满意")),
    Action(repair_orders.cancel, P.DISPATCH_REPAIRS, lambda w: args(w.work_order(), "重复报修")),
    Action(repair_orders.get_order, P.REPORT_REPAIR, lambda w: args(w.once("work order", w.work_order))),
    Action(repair_orders.list_orders, P.REPORT_REPAIR),
    Action(repair_orders.overdue_count, P.REPORT_REPAIR),
    Action(work.record_work, P.DISPATCH_REPAIRS, lambda w: args(w.work_order("in_progress"), LABOUR)),
    Action(repair_settings.set_deadline, P.EDIT_SITE, lambda w: args("normal", 8 * 60, 72 * 60)),
    Action(repair_settings.set_residents_free_labour, P.EDIT_SITE, lambda w: args(True)),
    Action(stats.monthly_counts, P.REPORT_REPAIR, lambda w: args(today().replace(day=1), 3)),
    Action(equipment.save_category, P.KEEP_EQUIPMENT, lambda w: args(f"测试类{w.n()}", "periodic")),
    Action(equipment.list_categories, P.REPORT_REPAIR),
    Action(equipment.add_equipment, P.KEEP_EQUIPMENT,
           lambda w: args(EquipmentDraft(f"T-{w.n()}", "生活水泵 3#", "给排水", "地下二层水泵房"))),
    Action(equipment.update_equipment, P.KEEP_EQUIPMENT,
           lambda w: args(code := w.equipment(), EquipmentDraft(code, "生活水泵（更换后）", "给排水"))),
    Action(equipment.set_equipment_status, P.KEEP_EQUIPMENT, lambda w: args(w.equipment(), "under_repair", "检修")),
    Action(equipment.get_equipment, P.REPORT_REPAIR, lambda w: args("DT-01")),
    Action(equipment.list_equipment, P.REPORT_REPAIR),
    Action(equipment.history, P.REPORT_REPAIR, lambda w: args("DT-01")),
    Action(equipment.load_register, P.KEEP_EQUIPMENT, lambda w: args(*equipment.demo_register())),
    Action(maintenance.save_plan, P.KEEP_EQUIPMENT, lambda w: args(PlanDraft(
        f"水泵月保{w.n()}", "level1", 1, "month", "检查密封\n紧固地脚螺栓", today(), category="给排水"))),
    Action(maintenance.list_plans, P.REPORT_REPAIR),
    Action(maintenance.generate_due, P.DISPATCH_REPAIRS),
    Action(maintenance.complete_task, P.DISPATCH_REPAIRS, lambda w: args(w.task(), "刘建国", "运行正常")),
    Action(maintenance.list_tasks, P.REPORT_REPAIR),
    Action(maintenance.get_task, P.REPORT_REPAIR, lambda w: args(w.once("task", w.task))),
    Action(materials.save_material, P.KEEP_EQUIPMENT,
           lambda w: args(f"T{w.n():03d}", "生料带", "卷", D("3.00"), new=True)),
    Action(materials.list_materials, P.REPORT_REPAIR),
    Action(materials.load_materials, P.KEEP_EQUIPMENT, lambda w: args(materials.demo_materials())),
    Action(technicians.add_technician, P.KEEP_EQUIPMENT, lambda w: args(f"新技工{w.n()}", "水暖工", "13800138199")),
    Action(technicians.update_technician, P.KEEP_EQUIPMENT,
           lambda w: args(w.technician(), f"老技工{w.n()}", "电工", "13800138198", True)),
    Action(technicians.list_technicians, P.REPORT_REPAIR),
    Action(technicians.load_technicians, P.KEEP_EQUIPMENT, lambda w: args(technicians.demo_technicians())),
    Action(repair_documents.dispatch_slip_pdf, P.REPORT_REPAIR, lambda w: args(w.once("work order", w.work_order))),
    Action(repair_documents.registration_card_pdf, P.REPORT_REPAIR, lambda w: args("DT-01")),
    # safety
    Action(templates.add_template, P.KEEP_SAFETY, lambda w: args(TemplateDraft(
        "消防水泵月检", "fire", "monthly", ALARM_ITEMS, code=f"XF-P{w.n()}"))),
    Action(templates.revise_template, P.KEEP_SAFETY, lambda w: args(w.template(), TemplateDraft(
        "保洁周检（修订）", "cleaning", "weekly", PATROL_ITEMS))),
    Action(templates.set_template_active, P.KEEP_SAFETY, lambda w: args("BA-NIGHT", True)),
    Action(templates.list_templates, P.INSPECT_SAFETY),
    Action(templates.versions, P.INSPECT_SAFETY, lambda w: args("XF-ALARM")),
    Action(templates.get_template, P.INSPECT_SAFETY, lambda w: args(w.template_id("XF-ALARM"))),
    Action(templates.install_standard, P.KEEP_SAFETY),
    Action(schedules.save_schedule, P.KEEP_SAFETY,
           lambda w: args(ScheduleDraft("BA-NIGHT", AreaDraft("plant_room", f"地下车库{w.n()}"), today()))),
    Action(schedules.list_schedules, P.INSPECT_SAFETY),
    Action(schedules.due_inspections, P.INSPECT_SAFETY),
    Action(inspections.start_inspection, P.INSPECT_SAFETY, lambda w: args(InspectionDraft(
        "XF-ALARM", AreaDraft("plant_room", f"消防控制室{w.n()}"), inspector="赵安全"))),
    Action(inspections.record_answers, P.INSPECT_SAFETY, lambda w: args((v := w.inspection()).number, passed(v))),
    Action(inspections.finish_inspection, P.INSPECT_SAFETY, lambda w: args(w.inspection(answered=True).number)),
    Action(inspections.cancel_inspection, P.INSPECT_SAFETY, lambda w: args(w.inspection().number, "开错了")),
    Action(inspections.list_inspections, P.INSPECT_SAFETY),
    Action(inspections.get_inspection, P.INSPECT_SAFETY, lambda w: args(w.once("inspection", w.inspection).number)),
    Action(photos.add_photo, P.INSPECT_SAFETY,
           lambda w: args((v := w.inspection(answered=True)).number, v.answers[0].item.id, w.photo_file())),
    Action(photos.photo_content, P.INSPECT_SAFETY, lambda w: args(w.photo())),
    Action(notices.sign_notice, P.INSPECT_SAFETY, lambda w: args(w.notice(), "孙工")),
    Action(notices.reinspect, P.INSPECT_SAFETY,
           lambda w: args(w.notice(), Reinspection(inspector="赵安全", passed=True, note="已更换探测器"))),
    Action(notices.cancel_notice, P.KEEP_SAFETY, lambda w: args(w.notice(), "误开")),
    Action(notices.list_notices, P.INSPECT_SAFETY),
    Action(notices.overdue_count, P.INSPECT_SAFETY),
    Action(notices.get_notice, P.INSPECT_SAFETY, lambda w: args(w.once("notice", w.notice))),
    Action(drills.record_drill, P.KEEP_SAFETY, lambda w: args(DrillDraft(today(), "partial", "12层疏散", "赵安全", 40, 120))),
    Action(drills.list_drills, P.INSPECT_SAFETY),
    Action(drills.last_full_drill, P.INSPECT_SAFETY),
    Action(drills.drill_warning, P.INSPECT_SAFETY),
    Action(drills.save_member, P.KEEP_SAFETY, lambda w: args(MemberDraft("赵敏", "保安部", "13900000004"))),
    Action(drills.list_members, P.INSPECT_SAFETY),
    Action(drills.record_training, P.KEEP_SAFETY,
           lambda w: args(TrainingDraft(today(), "灭火器的使用", "张教官", 45, 90))),
    Action(drills.list_trainings, P.INSPECT_SAFETY),
    Action(responsibility.save_duty, P.KEEP_SAFETY, lambda w: args(DutyDraft(3, "保安班长", "刘强", "13900000003"))),
    Action(responsibility.remove_duty, P.KEEP_SAFETY, lambda w: args(responsibility.save_duty(
        w.db, w.admin, DutyDraft(3, "保洁领班", "何丽", "13900000005")).id)),
    Action(responsibility.list_duties, P.INSPECT_SAFETY),
    Action(responsibility.set_warden, P.KEEP_SAFETY, lambda w: args("A-0801", "李四", "13800000002")),
    Action(responsibility.list_wardens, P.INSPECT_SAFETY),
    Action(safety_documents.notice_pdf, P.INSPECT_SAFETY, lambda w: args(w.once("notice", w.notice))),
    Action(safety_documents.notices_pdf, P.INSPECT_SAFETY, lambda w: args([w.once("notice", w.notice)])),
    Action(safety_documents.responsibility_register_pdf, P.INSPECT_SAFETY),
    Action(safety_documents.archive_pdf, P.INSPECT_SAFETY, lambda w: args(today() - 30 * DAY, today())),
    # the front desk
    Action(visitors.sign_in, P.FRONT_DESK, lambda w: args(VisitorDraft(
        "王芳", "none", "", "", "A-1201", "张三", "探亲"))),
    Action(visitors.sign_out, P.FRONT_DESK, lambda w: args(w.visitor())),
    Action(visitors.list_visitors, P.FRONT_DESK),
    Action(visitors.still_inside, P.FRONT_DESK),
    Action(visitors.get_visitor, P.FRONT_DESK, lambda w: args(w.once("visitor", w.visitor))),
    Action(visitors.visitor_slip_pdf, P.FRONT_DESK, lambda w: args(w.once("visitor", w.visitor))),
    Action(keys.save_key, P.FRONT_DESK, lambda w: args(KeyDraft(f"K-{w.n()}", "屋顶门", 1))),
    Action(keys.list_keys, P.FRONT_DESK),
    Action(keys.issue_key, P.FRONT_DESK, lambda w: args(w.key(), "刘师傅", utcnow() + timedelta(hours=2))),
    Action(keys.return_key, P.FRONT_DESK, lambda w: args(w.loan())),
    Action(keys.list_loans, P.FRONT_DESK),
    Action(keys.overdue_loans, P.FRONT_DESK),
    Action(parcels.set_parcel_waiting_days, P.EDIT_SITE, lambda w: args(parcels.DEFAULT_WAITING_DAYS)),
    Action(parcels.log_parcel, P.FRONT_DESK, lambda w: args(ParcelDraft("letter", "EMS", "", "B-0101", "华信公司"))),
    Action(parcels.mark_notified, P.FRONT_DESK, lambda w: args(w.parcel())),
    Action(parcels.pick_up, P.FRONT_DESK, lambda w: args(w.parcel(), "张三")),
    Action(parcels.list_parcels, P.FRONT_DESK),
    Action(parcels.waiting_longer_than, P.FRONT_DESK, lambda w: args(3)),
    Action(parcels.get_parcel, P.FRONT_DESK, lambda w: args(w.once("parcel", w.parcel))),
    Action(parcels.deliver_periodicals, P.FRONT_DESK, lambda w: args(today(), [("A-1201", f"人民日报{w.n()}", 1)])),
    Action(parcels.list_periodicals, P.FRONT_DESK),
    Action(messages.take_message, P.FRONT_DESK, lambda w: args(MessageDraft(
        "inquiry", "问：快递柜在哪？答：B1 电梯口", from_person="访客"))),
    Action(messages.deliver, P.FRONT_DESK, lambda w: args(w.message(), "门岗小王")),
    Action(messages.collected, P.FRONT_DESK, lambda w: args(w.message(), "张三")),
    Action(messages.list_messages, P.FRONT_DESK),
    Action(messages.get_message, P.FRONT_DESK, lambda w: args(w.once("message", w.message))),
    Action(complaints.set_deadline_hours, P.EDIT_SITE, lambda w: args(complaints.DEFAULT_DEADLINE_HOURS)),
    Action(complaints.receive, P.FRONT_DESK, lambda w: args(ComplaintDraft("李四", "cleaning", "电梯厅地面有积水"))),
    Action(complaints.respond, P.FRONT_DESK, lambda w: args(w.complaint(), "已联系装修队，改为九点后施工", "李前台")),
    Action(complaints.close, P.FRONT_DESK, lambda w: args(w.complaint(), 5, response="已协调，业主满意")),
    Action(complaints.list_complaints, P.FRONT_DESK),
    Action(complaints.get_complaint, P.FRONT_DESK, lambda w: args(w.once("complaint", w.complaint))),
    Action(complaints.handling_rate, P.FRONT_DESK, lambda w: args(today() - 30 * DAY, today())),
    Action(luggage.store, P.FRONT_DESK, lambda w: args(LuggageDraft("Mr. Smith", "suitcase", 1))),
    Action(luggage.release, P.FRONT_DESK, lambda w: args(w.luggage(), "张三")),
    Action(luggage.list_luggage, P.FRONT_DESK),
    Action(luggage.get_luggage, P.FRONT_DESK, lambda w: args(w.once("luggage", w.luggage))),
    Action(errands.request, P.FRONT_DESK, lambda w: args(ErrandDraft("taxi", "李四", "明早 7 点去机场", "A-0801"))),
    Action(errands.book, P.FRONT_DESK, lambda w: args(w.errand(), "国航 CA1501")),
    Action(errands.done, P.FRONT_DESK, lambda w: args(w.errand(booked=True))),
    Action(errands.cancel, P.FRONT_DESK, lambda w: args(w.errand(), "行程取消")),
    Action(errands.list_errands, P.FRONT_DESK),
    Action(errands.get_errand, P.FRONT_DESK, lambda w: args(w.once("errand", w.errand))),
    Action(desk.desk_day, P.FRONT_DESK),
)

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
