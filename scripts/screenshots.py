"""Renders the screenshots of the README and of the user manual (docs/manual/) from a fresh demo database, in
Chinese, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

Every tab of the main window is shown with a morning's work in it, and the dialogs the manual describes are
shown as the clerk sees them: a dialog that the window would open modally is caught as it opens (``caught``, in
scripts/shots.py with the other ways of taking a shot),
filled in where the manual shows it filled in, grabbed and closed again without saving.
"""

import subprocess
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication  # noqa: E402
from shots import OUT, caught, home, menu_shot, pdf_png, shot, until  # noqa: E402  (sets the folders first)

from app import backup  # noqa: E402
from app.accounts.billing import run_billing  # noqa: E402
from app.accounts.fees import set_rate  # noqa: E402
from app.accounts.payments import pay  # noqa: E402
from app.accounts.register import add_building, check_entry, save_unit  # noqa: E402
from app.auth import login  # noqa: E402
from app.business.model import LineDraft as OrderLine  # noqa: E402
from app.business.model import OrderDraft  # noqa: E402
from app.business.orders import create_order, settle, start_service, take_deposit  # noqa: E402
from app.business.price_list import demo_price_list, list_services, load_price_list  # noqa: E402
from app.business.resources import demo_resources, load_resources  # noqa: E402
from app.clock import SITE_ZONE, today  # noqa: E402
from app.connection import ConnectionCheck  # noqa: E402
from app.database import open_database  # noqa: E402
from app.documents.paper import Layout  # noqa: E402
from app.frontdesk.complaints import ComplaintDraft, receive, respond  # noqa: E402
from app.frontdesk.errands import ErrandDraft, book  # noqa: E402
from app.frontdesk.errands import request as request_errand  # noqa: E402
from app.frontdesk.keys import KeyDraft, issue_key, return_key, save_key  # noqa: E402
from app.frontdesk.luggage import LuggageDraft, store  # noqa: E402
from app.frontdesk.messages import MessageDraft, take_message  # noqa: E402
from app.frontdesk.parcels import ParcelDraft, log_parcel, mark_notified, pick_up  # noqa: E402
from app.frontdesk.visitors import VisitorDraft, sign_in, sign_out  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.receipts.issuing import issue  # noqa: E402
from app.receipts.model import LineDraft, PaymentMethod, ReceiptDraft, ReceiptKind  # noqa: E402
from app.receipts.printing import prepare_print, record_print  # noqa: E402
from app.receipts.records import void  # noqa: E402
from app.repairs.equipment import demo_register, load_register  # noqa: E402
from app.repairs.maintenance import save_plan  # noqa: E402
from app.repairs.materials import demo_materials, load_materials  # noqa: E402
from app.repairs.model import PlanDraft, WorkAction, WorkLineDraft, WorkOrderDraft  # noqa: E402
from app.repairs.orders import accept, dispatch, finish, report, start  # noqa: E402
from app.repairs.technicians import demo_technicians, load_technicians  # noqa: E402
from app.repairs.work import record_work  # noqa: E402
from app.safety.inspections import finish_inspection, record_answers, start_inspection  # noqa: E402
from app.safety.model import AnswerDraft, AreaDraft, FollowUp, InspectionDraft, ScheduleDraft  # noqa: E402
from app.safety.responsibility import set_warden  # noqa: E402
from app.safety.schedules import save_schedule  # noqa: E402
from app.safety.templates import install_standard  # noqa: E402
from app.users import add_user  # noqa: E402
from db.migrate import head_revision  # noqa: E402
from ui.accounts.reports_window import ArrearsWindow  # noqa: E402
from ui.business.resources_window import ResourcesWindow  # noqa: E402
from ui.business.shift_window import ShiftWindow  # noqa: E402
from ui.dialogs.connection import OK_STYLE, SERVER, ConnectionDialog  # noqa: E402
from ui.dialogs.first_run import FirstRunWizard  # noqa: E402
from ui.dialogs.login import LoginDialog  # noqa: E402
from ui.dialogs.printing_settings import PrintingSettingsDialog  # noqa: E402
from ui.dialogs.site_details import SiteDetailsDialog  # noqa: E402
from ui.dialogs.users import UsersDialog  # noqa: E402
from ui.main import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pdf_preview import PdfPreviewDialog  # noqa: E402
from ui.printing import CARBONLESS  # noqa: E402
from ui.receipts_window import ReceiptsWindow  # noqa: E402
from ui.safety.checklists_window import ChecklistsWindow  # noqa: E402
from ui.safety.inspection_dialogs import FollowUpDialog, InspectionDialog  # noqa: E402
from ui.safety.notice_dialogs import ReinspectDialog  # noqa: E402


def first_start(db):
    """The first-run wizard, gone through as on a new site's first start (this PC, the administrator, the site's
    details, no demo building), each page grabbed as first-run-PAGE.png; the administrator it made."""
    wizard = FirstRunWizard(db)
    wizard.resize(720, 560)
    wizard.show()
    shot(wizard, "first-run-language")
    wizard.next()
    shot(wizard, "first-run-database")
    wizard.next()
    page = wizard.currentPage()
    for field, value in (("username", "admin"), ("full_name", "王经理"), ("password", "demo-password"),
                         ("repeat", "demo-password")):
        page.field(field).setText(value)
    shot(wizard, "first-run-admin")
    wizard.next()
    page = wizard.currentPage()
    for field, value in (("company_name", "示例物业管理有限公司"), ("site_name", "国贸大厦"),
                         ("address", "北京市朝阳区建国门外大街1号"), ("phone", "010-6505 0000")):
        page.field(field).setText(value)
    shot(wizard, "first-run-site")
    wizard.next()
    shot(wizard, "first-run-demo")
    wizard.accept()
    started = wizard.outcome()
    shiboken6.delete(wizard)  # now, on this thread (as run_first_start does)
    return started.actor


def dashboard(window) -> None:
    """The dashboard after the morning's work: its charts worked out in the background, then grabbed."""
    tab = window.open_tab("dashboardTab")
    tab.refresh()
    until(lambda: not tab.loading)
    size = window.size()
    window.resize(1400, 1000)
    QApplication.processEvents()
    window.grab().save(str(OUT / "dashboard.png"))
    window.resize(size)


def main() -> int:
    app = create_application(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    db = open_database(Path(home) / "data" / "frontoffice.sqlite3", create=True)

    admin = first_start(db)
    add_user(db, admin, "zhangli", Role.CASHIER, "demo-password", "张丽")
    add_user(db, admin, "liqiang", Role.FRONT_DESK, "demo-password", "李强")
    add_user(db, admin, "zhaomin", Role.BUSINESS_CENTRE, "demo-password", "赵敏")
    backup.auto_backup_if_due(db)  # the status bar says when, as on a desk after its first start

    window = MainWindow(db, admin)
    window.resize(1100, 640)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "main-window.png"))
    menu_shot(window, 0, "menu-file")
    menu_shot(window, 1, "menu-settings")
    for dialog, name in ((SiteDetailsDialog(db, admin, window), "site-details"),
                         (PrintingSettingsDialog(window), "printing-settings")):
        shot(dialog, name)
        dialog.close()
    window.open_tab("leasingTab")
    app.processEvents()
    window.grab().save(str(OUT / "leasing.png"))
    window.tabs.setCurrentIndex(0)

    login_dialog = LoginDialog(db)
    login_dialog.field("username").setText("zhangli")
    login_dialog.show()
    app.processEvents()
    login_dialog.grab().save(str(OUT / "login.png"))

    users = UsersDialog(db, admin)
    users.show()
    app.processEvents()
    users.grab().save(str(OUT / "users.png"))

    connection = ConnectionDialog()
    connection.path.setText("/home/desk/.local/share/FrontOffice/frontoffice.sqlite3")
    connection.kind.setCurrentIndex(connection.kind.findData(SERVER))
    for field, value in (("host", "192.168.1.10"), ("user", "frontoffice"), ("password", "demo-password")):
        connection.field(field).setText(value)
    connection.result_label.setStyleSheet(OK_STYLE)
    connection.result_label.setText(connection.describe(ConnectionCheck("PostgreSQL 15.18", head_revision(),
                                                                        head_revision(), True)))
    connection.show()
    app.processEvents()
    connection.grab().save(str(OUT / "connection.png"))

    cashier = login(db, "zhangli", "demo-password")
    first = issue(db, cashier, ReceiptDraft(
        kind=ReceiptKind.FEE, payer="王小明", unit="A座-1201", payment_method=PaymentMethod.WECHAT, lines=(
            LineDraft("物业服务费", Decimal("420.00"), "2026-10", Decimal("3.50")),
            LineDraft("电梯费", Decimal("96.00"), "2026-10", Decimal("0.80")),
            LineDraft("二次供水费", Decimal("12.34"), "2026-10"))))
    issue(db, cashier, ReceiptDraft(kind=ReceiptKind.FEE, payer="李四", unit="B座-0302",
                                    payment_method=PaymentMethod.CASH,
                                    lines=(LineDraft("停车费", Decimal("300.00"), "2026-11"),)))
    second = issue(db, cashier, ReceiptDraft(kind=ReceiptKind.FEE, payer="赵六", unit="C座-0901",
                                             payment_method=PaymentMethod.ALIPAY,
                                             lines=(LineDraft("物业服务费", Decimal("350.00"), "2026-10"),)))
    void(db, admin, second.number, "房号填错")
    receipts = ReceiptsWindow(db, cashier)
    receipts.select(first.number)
    receipts.show()
    app.processEvents()
    receipts.grab().save(str(OUT / "receipts.png"))

    pdf_png(db, cashier, first.number, Layout.A4_THREE, "receipt-a4-three", "60")
    pdf_png(db, cashier, first.number, Layout.CARBONLESS, "receipt-carbonless", "90")
    preview = PdfPreviewDialog(prepare_print(db, cashier, first.number, Layout.CARBONLESS).pdf,
                               f"收据 {first.number}", "receipt_fee", CARBONLESS)
    preview.resize(1000, 520)
    preview.show()
    app.processEvents()
    preview.grab().save(str(OUT / "preview.png"))
    preview.close()
    receipts.close()
    as_manager = ReceiptsWindow(db, admin)  # voiding is a manager's (or an administrator's) work
    as_manager.select(first.number)
    with caught("receipt-void", lambda dialog: dialog.field("reason").setText("金额收错，作废后重开")):
        as_manager.void_selected()
    as_manager.close()
    record_print(db, cashier, prepare_print(db, cashier, first.number, Layout.CARBONLESS))  # printed once
    pdf_png(db, cashier, first.number, Layout.CARBONLESS, "receipt-reprint", "90")
    pdf_png(db, cashier, second.number, Layout.CARBONLESS, "receipt-voided", "90")

    add_building(db, admin, "A", 30, True, True)
    add_building(db, admin, "B", 6, False, False)
    for item, rate in (("property", "2.50"), ("lift", "0.60"), ("water", "0.30")):
        set_rate(db, admin, item, "residential", Decimal(rate), date(2026, 1, 1))
    set_rate(db, admin, "property", "commercial", Decimal("5.00"), date(2026, 1, 1))
    owners = ("张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑一", "冯二")
    for index, owner in enumerate(owners):
        floor = 3 + index * 2
        save_unit(db, admin, check_entry("A", f"{floor:02d}01", floor, f"{88 + index * 7}.{index * 9:02d}", "住宅",
                                         owner, f"1380000{index:04d}", "2025-06-01"))
    save_unit(db, admin, check_entry("B", "0101", 1, "150.00", "商业", "华信公司", "010-65050000", "2025-06-01"))
    for period in ("2026-08", "2026-09", "2026-10"):
        run_billing(db, admin, period)
    pay(db, cashier, "A-0301", Decimal("1000.00"), "wechat")
    pay(db, cashier, "A-0501", Decimal("300.00"), "cash")
    accounts = window.open_tab("ownerAccountsTab")
    accounts.refresh()
    accounts.select("A-0501")
    app.processEvents()
    window.grab().save(str(OUT / "owner-accounts.png"))

    def paid_in_full(dialog) -> None:
        dialog.field("amount").setText("669.93")
        dialog.field("method").setCurrentIndex(dialog.field("method").findData("wechat"))

    with caught("payment", paid_in_full):
        accounts.take_payment()
    arrears = ArrearsWindow(db, cashier, window)
    arrears.show()
    until(lambda: arrears.model.rows)
    shot(arrears, "arrears")
    arrears.close()
    counter = MainWindow(db, cashier)  # the cashier's own window: the front desk is not theirs
    counter.resize(1100, 640)
    counter.open_tab("frontDeskTab")
    shot(counter, "locked-tab")
    counter.hide()
    business_centre(app, db, admin, window)
    leak = repairs(app, db, admin, window)
    fire_safety(app, db, admin, window)
    front_desk(app, db, window, leak)
    dashboard(window)
    window.tabs.setCurrentIndex(0)
    db.close()
    print(f"screenshots written to {OUT}")
    return 0


def business_centre(app, db, admin, window) -> None:
    """A morning at the business centre: a meeting with a deposit, a laptop out, a copy job settled; a new
    order, a settlement, the rooms and equipment, and the shift report counted."""
    load_price_list(db, admin, demo_price_list())
    load_resources(db, admin, demo_resources())
    operator = login(db, "zhaomin", "demo-password")
    ids = {service.name: service.id for service in list_services(db, operator)}
    now = datetime.now(SITE_ZONE).replace(minute=0, second=0, microsecond=0)
    meeting = create_order(db, operator, OrderDraft("华信公司 陈经理", (
        OrderLine(ids["大会议室（30人） 半天"], Decimal("1"), "R02", now + timedelta(days=1, hours=1),
                  now + timedelta(days=1, hours=5)),
        OrderLine(ids["投影仪租赁"], Decimal("1"), "E03", now + timedelta(days=1, hours=1),
                  now + timedelta(days=1, hours=5))), unit="B-0101", wanted_at=now + timedelta(days=1, hours=1)))
    take_deposit(db, operator, meeting.number, meeting.deposit_due, "wechat")
    rental = create_order(db, operator, OrderDraft("刘先生", (
        OrderLine(ids["笔记本电脑租赁"], Decimal("2"), "E01", now - timedelta(hours=2), now + timedelta(days=2)),),
        "13911112222"))
    take_deposit(db, operator, rental.number, rental.deposit_due, "cash")
    start_service(db, operator, rental.number)
    copy = create_order(db, operator, OrderDraft("王女士", (OrderLine(ids["黑白复印 A4"], Decimal("120")),
                                                            OrderLine(ids["彩色复印 A4"], Decimal("15")),
                                                            OrderLine(ids["装订（胶装）"], Decimal("2"))),
                                                 "13700000000"))
    receipt = settle(db, operator, copy.number, "cash").receipt
    create_order(db, operator, OrderDraft("吴先生", (OrderLine(ids["传真发送 国际"], Decimal("3")),), "13600000000"))
    tab = window.open_tab("businessCentreTab")
    tab.refresh()
    tab.select(meeting.number)
    window.resize(1366, 680)  # the usual office screen: the whole toolbar in view
    app.processEvents()
    window.grab().save(str(OUT / "business-centre.png"))
    window.resize(1100, 640)
    pdf = prepare_print(db, operator, receipt.number, Layout.A4_THREE).pdf
    (Path(home) / "receipt-business.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(Path(home) / "receipt-business.pdf"),
                    str(OUT / "receipt-business")], check=True)

    def walk_in(dialog) -> None:
        dialog.field("customer").setText("李女士")
        dialog.field("phone").setText("13611112222")
        for row, (service, quantity) in enumerate((("黑白打印 A4", "30"), ("装订（胶装）", "1"),
                                                   ("小会议室（10人） 按小时", "2"))):
            dialog.lines.set_line(row, ids[service], quantity)

    with caught("business-order", walk_in):
        tab.new_order()
    tab.select(meeting.number)
    with caught("business-settle"):
        tab.settle()
    resources = ResourcesWindow(db, operator, window)
    shot(resources, "business-resources")
    resources.close()
    shift = ShiftWindow(db, operator, window)
    shift.counted.setText(f"{shift.report.expected_cash}")  # the operator counts the drawer: it agrees
    shift.count()
    shot(shift, "shift-report")
    shift.close()



def repairs(app, db, admin, window) -> str:
    """Engineering on a working day: a lift fault overdue, leaks and a socket in hand, a repair awaiting the
    owner's signature, one done, and the lifts' daily check; a new report, a dispatch and the work done."""
    add_user(db, admin, "sungong", Role.ENGINEERING, "demo-password", "孙工")
    engineer = login(db, "sungong", "demo-password")
    load_technicians(db, engineer, demo_technicians())
    load_materials(db, engineer, demo_materials())
    load_register(db, engineer, *demo_register())
    save_plan(db, engineer, PlanDraft("客梯日常巡检", "daily", 1, "day", "检查轿厢照明\n检查门机运行\n试运行上下行",
                                      today() - timedelta(days=1), category="电梯"))
    now = datetime.now(SITE_ZONE)

    def order(hours_ago, **values):
        draft = WorkOrderDraft(**{"source": "phone", "category": "plumbing", "priority": "normal", **values,
                                  "reported_at": now - timedelta(hours=hours_ago)})
        return report(db, engineer, draft).number

    order(3, source="self_inspection", category="lift", priority="urgent", description="2# 客梯平层不准",
                 equipment="DT-02", reporter="吴磊")
    leak = order(2.5, description="厨房水龙头漏水", reporter="张三", contact="13800000000", unit="A-0301",
                 location="厨房")
    socket = order(2, category="electrical", priority="high", description="卧室插座没电", reporter="李四",
                   contact="13800000001", unit="A-0501")
    door = order(26, source="front_desk", category="doors", description="入户门锁锁芯卡滞", reporter="王五",
                 contact="13800000002", unit="A-0701")
    light = order(30, source="self_inspection", category="electrical", priority="low", description="B1 车库 3 号灯不亮",
                  location="B1 车库", reporter="刘建国")
    aircon = order(0.5, source="front_desk", category="hvac", description="会议室空调不制冷",
                   reporter="华信公司 陈经理", contact="010-65050000", unit="B-0101")
    for number, who, hours in ((leak, "陈志强", 2), (socket, "刘建国", 1.5), (door, "吴磊", 25), (light, "刘建国", 29)):
        dispatch(db, engineer, number, who, now - timedelta(hours=hours))
    start(db, engineer, leak, now - timedelta(hours=1.5))
    record_work(db, engineer, leak, (WorkLineDraft("labour", Decimal("1"), "更换厨房水龙头", price=Decimal("50.00")),
                                     WorkLineDraft("material", Decimal("1"), material="M006"),
                                     WorkLineDraft("material", Decimal("2"), material="M010")))
    for number, hours in ((door, 24), (light, 28)):
        start(db, engineer, number, now - timedelta(hours=hours))
        record_work(db, engineer, number, (WorkLineDraft("labour", Decimal("1"), "维修", price=Decimal("0.00")),))
        finish(db, engineer, number, now - timedelta(hours=hours - 1))
    accept(db, engineer, light, "保安主管", now - timedelta(hours=26))
    tab = window.open_tab("repairsTab")
    tab.refresh()
    tab.table.select(leak)
    window.resize(1366, 680)
    app.processEvents()
    window.grab().save(str(OUT / "repairs.png"))

    def leaking_pipe(dialog) -> None:
        for field, value in (("unit", "A-1101"), ("location", "卫生间"), ("description", "卫生间下水管渗水，楼下天花板有水迹"),
                             ("reporter", "孙八"), ("contact", "13800000005")):
            dialog.field(field).setText(value)
        for field, value in (("category", "plumbing"), ("priority", "high")):
            dialog.field(field).setCurrentIndex(dialog.field(field).findData(value))

    with caught("repair-report", leaking_pipe):
        tab.new_report()
    tab.table.select(aircon)
    with caught("repair-dispatch"):
        tab.step(WorkAction.DISPATCH)
    tab.table.select(leak)
    with caught("repair-work"):
        tab.record_work()
    window.resize(1100, 640)
    return leak


def fire_safety(app, db, admin, window) -> None:
    """The safety officer's month: the shipped checklists scheduled, the daily patrol missed yesterday, an
    extinguisher check with two failures and their notices (one already overdue), and the hydrant pumps; a
    notice re-inspected, the checklists, and a patrol under way with a failed item to follow up."""
    add_user(db, admin, "zhaoan", Role.SAFETY, "demo-password", "赵安全")
    officer = login(db, "zhaoan", "demo-password")
    install_standard(db, officer)
    now = datetime.now(SITE_ZONE)
    for code, kind, name, days in (("XF-DAILY", "building", "A", 3), ("XF-EXT", "floor", "A 5", 20),
                                   ("XF-HYD", "plant_room", "地下二层消防水泵房", 20), ("BA-NIGHT", "building", "A", 3),
                                   ("QJ-ROUND", "building", "B", 1)):
        save_schedule(db, officer, ScheduleDraft(code, AreaDraft(kind, name), today() - timedelta(days=days)))
    set_warden(db, officer, "A-0501", "李四", "13800000001")

    def inspect(code, kind, name, hours_ago, failures=(), plans=()):
        at = now - timedelta(hours=hours_ago)
        inspection = start_inspection(db, officer, InspectionDraft(code, AreaDraft(kind, name), started_at=at))
        answers = [AnswerDraft(a.item.id, "fail" if i in failures else "pass", failures.get(i, "") if failures else "",
                               at=at) for i, a in enumerate(inspection.answers)]
        return finish_inspection(db, officer, inspection.number, answers,
                                 [FollowUp(inspection.answers[i].item.id, **plan) for i, plan in plans], at=at)

    inspect("XF-DAILY", "building", "A", 50)
    inspect("XF-EXT", "floor", "A 5", 24 * 12, {1: "5层东侧2具灭火器压力表指针在红区", 3: "A-0501 门口灭火器被杂物遮挡"},
            ((1, {"deadline": today() - timedelta(days=5)}), (3, {"unit": "A-0501"})))
    inspect("XF-HYD", "plant_room", "地下二层消防水泵房", 6, {2: "稳压泵频繁启停"}, ((2, {"repair": True}),))
    tab = window.open_tab("fireSafetyTab")
    tab.refresh()
    window.resize(1366, 680)
    app.processEvents()
    window.grab().save(str(OUT / "fire-safety.png"))
    tab.pages.setCurrentIndex(2)
    tab.notices.selectRow(0)
    app.processEvents()
    window.grab().save(str(OUT / "fire-safety-notices.png"))
    with caught("notice-reinspect"):
        tab.notice_step(ReinspectDialog)
    checklists = ChecklistsWindow(db, officer, window)
    shot(checklists, "checklists")
    checklists.close()

    # A daily patrol of building B under way: seven items answered, one of them failed, four to go.
    started = now - timedelta(minutes=40)
    patrol = start_inspection(db, officer, InspectionDraft("XF-DAILY", AreaDraft("building", "B"), started_at=started))
    patrol = record_answers(db, officer, patrol.number, [
        AnswerDraft(answer.item.id, "fail" if i == 3 else "pass", "一层东侧安全出口标志灯不亮" if i == 3 else "",
                    at=started + timedelta(minutes=4 * (i + 1))) for i, answer in enumerate(patrol.answers[:7])])
    round_ = InspectionDialog(db, officer, patrol, window)
    shot(round_, "inspection")
    round_.hide()  # hidden, not closed: closing saves the round again
    failed = [(answer, answer.note) for answer in patrol.answers if answer.note]
    follow_up = FollowUpDialog(patrol, failed, {}, window)
    follow_up.resize(1440, 260)  # at its own size the item's text leaves the other columns out of view
    shot(follow_up, "inspection-follow-up")
    follow_up.close()
    window.resize(1100, 640)


def front_desk(app, db, window, leak: str) -> None:
    """A morning at the desk: visitors in (one left over from yesterday), keys out (one overdue), the mail
    (one parcel waiting five days), messages (one from yesterday), a complaint past its deadline and one near
    it, luggage and errands; each page of the tab, and a sign-in refused for a full ID number."""
    clerk = login(db, "liqiang", "demo-password")
    now = datetime.now(SITE_ZONE)
    for code, opens, copies in (("K-101", "地下二层消防水泵房", 1), ("K-102", "屋顶门", 2), ("K-201", "A座配电间", 1),
                                ("K-301", "B座 0101 备用钥匙", 1)):
        save_key(db, clerk, KeyDraft(code, opens, copies))
    issue_key(db, clerk, "K-101", "陈工", now - timedelta(minutes=30), "迅达电梯", "13700000001", "水泵检修",
              at=now - timedelta(hours=3))
    issue_key(db, clerk, "K-102", "刘师傅", now + timedelta(hours=2), "金鼎装饰", "13700000002", "屋面防水")
    back = issue_key(db, clerk, "K-201", "王电工", now - timedelta(hours=1), at=now - timedelta(hours=4))
    return_key(db, clerk, back.id, at=now - timedelta(hours=2))
    visits = (("赵六", "1234", "华信公司", "B-0101", "周经理", "洽谈业务", "V-03", 26),
              ("孙立", "5678", "顺达快运", "A-0501", "李四", "送货", "V-07", 3),
              ("吴敏", "0912", "", "A-0901", "钱七", "探亲", "V-08", 1),
              ("郑强", "3321", "中国电信", "", "工程部", "线路检修", "V-11", 2))
    for name, tail, company, unit, host, purpose, badge, hours in visits:
        sign_in(db, clerk, VisitorDraft(name, "id_card", tail, company, unit, host, purpose, 1, badge,
                                        time_in=now - timedelta(hours=hours)))
    left = sign_in(db, clerk, VisitorDraft("冯伟", "passport", "345678", "", "A-0301", "张三", "拜访",
                                           time_in=now - timedelta(hours=5)))
    sign_out(db, clerk, left.number, now - timedelta(hours=4))
    for kind, carrier, tracking, unit, recipient, registered, days in (
            ("parcel", "顺丰", "SF1402338765123", "A-0501", "李四", False, 5),
            ("parcel", "京东", "JD0098765432101", "A-1101", "孙八", False, 1),
            ("letter", "EMS", "1107765432109", "B-0101", "华信公司", True, 0),
            ("parcel", "中通", "78312345678901", "A-0701", "王五", False, 0)):
        parcel = log_parcel(db, clerk, ParcelDraft(kind, carrier, tracking, unit, recipient, registered,
                                                   now - timedelta(days=days, hours=1)))
        if days:
            mark_notified(db, clerk, parcel.number)
    done = log_parcel(db, clerk, ParcelDraft("parcel", "圆通", "YT2233445566", "A-0301", "张三",
                                             arrived_at=now - timedelta(hours=6)))
    pick_up(db, clerk, done.number, "张三")
    take_message(db, clerk, MessageDraft("message", "快递员下午再送一次，请留人在家", "A-0901", "钱七", "韵达快递员",
                                         "13500000003"))
    take_message(db, clerk, MessageDraft("message", "请回电，商谈续租事宜", "B-0101", "周经理", "远航地产 马女士",
                                         "13900000008", now - timedelta(hours=20)))
    take_message(db, clerk, MessageDraft("inquiry", "问：周六大堂是否开放？答：周六 8:00—18:00 开放，需刷卡进入",
                                         from_person="访客 林先生", taken_at=now - timedelta(hours=1)))
    complaint = receive(db, clerk, ComplaintDraft("李四", "cleaning", "5层电梯厅地面连续两天未清洁", "A-0501",
                                                  "13800000001", now - timedelta(hours=52)))
    respond(db, clerk, complaint.number, "已通知保洁主管", "保洁部")
    receive(db, clerk, ComplaintDraft("吴十", "noise", "楼上装修周末早上 7 点就开始施工", "A-1701", "13800000007",
                                      now - timedelta(hours=40)))
    store(db, clerk, LuggageDraft("孙八", "行李箱 2 个", 2, "A-1101", "13800000007", now - timedelta(hours=20)))
    store(db, clerk, LuggageDraft("华信公司 周经理", "展板 3 块", 3, "B-0101", "010-65050000"))
    request_errand(db, clerk, ErrandDraft("taxi", "钱七", "明早 7:30 到首都机场 T3", "A-0901", "13800000006",
                                          (now + timedelta(days=1)).replace(hour=7, minute=30, second=0,
                                                                            microsecond=0)))
    flight = request_errand(db, clerk, ErrandDraft("air_ticket", "华信公司 周经理", "12月2日 北京—上海 经济舱 2 人",
                                                   "B-0101", "010-65050000"))
    book(db, clerk, flight.number, "CA1501 08:00 已出票", Decimal("2360.00"))
    tab = window.open_tab("frontDeskTab")
    tab.refresh()
    window.resize(1366, 700)
    app.processEvents()
    window.grab().save(str(OUT / "front-desk.png"))
    tab.pages.setCurrentWidget(tab.page("keys"))
    app.processEvents()
    window.grab().save(str(OUT / "front-desk-keys.png"))
    for name in ("parcels", "messages", "complaints", "luggage", "errands", "repairs"):
        page = tab.page(name)
        tab.pages.setCurrentWidget(page)
        page.table.selectRow(0)  # the pages with details beside or below the list show the first row's
        if name == "repairs":
            page.select_key(leak)  # a repair under way: its work and its steps beside the list
            window.resize(1366, 768)
        app.processEvents()
        window.grab().save(str(OUT / f"front-desk-{name}.png"))

    def full_id_number(dialog) -> None:
        for field, value in (("name", "陈晨"), ("id_tail", "110105199003071234"), ("company", "远航地产"),
                             ("unit", "B-0101"), ("host", "周经理"), ("purpose", "洽谈续租"), ("badge", "V-12")):
            dialog.field(field).setText(value)
        dialog.accept()  # refused: the reason shows under the field, and nothing is saved

    with caught("visitor-sign-in", full_id_number):
        tab.page("visitors").new()
    window.resize(1100, 640)


if __name__ == "__main__":
    sys.exit(main())
