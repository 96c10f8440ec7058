"""The site the permission table's cases act on (``World``): its users, one per role, and the things each
action is called on, made fresh for each call; and ``Action``, a row of the table."""

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.accounts import occupants, payments
from app.accounts.model import period_text
from app.business import internal_use, price_list
from app.business import orders as bc_orders
from app.business.model import LineDraft, OrderDraft, RequestDraft, ServiceDraft, UseLineDraft
from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk import complaints, errands, keys, luggage, messages, parcels, visitors
from app.frontdesk.complaints import ComplaintDraft
from app.frontdesk.errands import ErrandDraft
from app.frontdesk.keys import KeyDraft
from app.frontdesk.luggage import LuggageDraft
from app.frontdesk.messages import MessageDraft
from app.frontdesk.parcels import ParcelDraft
from app.frontdesk.visitors import VisitorDraft
from app.permissions import Permission, Role
from app.receipts import issuing, printing
from app.repairs import equipment, technicians, work
from app.repairs import orders as repair_orders
from app.repairs.model import EquipmentDraft, LineKind, WorkLineDraft
from app.safety import inspections, photos, templates
from app.safety.model import AnswerDraft, AreaDraft, InspectionDraft, TemplateDraft
from db.types import utcnow
from tests.business_fixtures import at
from tests.conftest import fee_draft
from tests.repairs_fixtures import leak
from tests.safety_fixtures import PATROL_ITEMS

D = Decimal
RATES_FROM = date(2025, 12, 1)  # the estate's first handover: every month since is billed


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

    def sheet(self, name: str, text: str) -> Path:
        """A .csv of a register, written once: importing it again changes nothing."""
        def make():
            path = self.folder / name
            path.write_text(text, encoding="utf-8")
            return path
        return self.once(name, make)


LABOUR = (WorkLineDraft(LineKind.LABOUR, D("1"), "更换厨房水龙头", price=D("50.00")),)


def passed(view) -> list[AnswerDraft]:
    return [AnswerDraft(answer.item.id, "pass") for answer in view.answers]




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
