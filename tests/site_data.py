"""A small but complete site, made through the services only (the calls the UI and the other tests make), so
that every table users can fill holds rows: for tests that copy a database, compare it, or crash it.

``fill_site(db)`` takes a new, empty, migrated database with no users yet. Dates follow ``app.clock.today()``:
the two months billed are the two before the current one, the rates start the month before those.
"""

import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from app.accounts.billing import run_billing
from app.accounts.fees import set_rate
from app.accounts.model import period_text
from app.accounts.occupants import add_occupant, move_out
from app.accounts.payments import pay, refund_credit
from app.accounts.register import add_building, check_entry, save_unit, unit_id_of
from app.accounts.reports import unit_account
from app.auth import login
from app.business.internal_use import approve, file_request, record_use
from app.business.model import LineDraft, OrderDraft, RequestDraft, UseLineDraft
from app.business.orders import cancel as cancel_order
from app.business.orders import change_lines, create_order, settle, start_service, take_deposit
from app.business.price_list import demo_price_list, list_services, load_price_list
from app.business.resources import demo_resources, load_resources
from app.business.settings import set_deposit_rate
from app.business.shift import count_cash, shift_report
from app.clock import today
from app.errors import AuthenticationError
from app.frontdesk import complaints, errands, keys, luggage, messages, parcels, visitors
from app.permissions import Actor, Role
from app.receipts.printing import prepare_print, record_print
from app.receipts.records import void
from app.repairs import orders as repairs
from app.repairs.equipment import add_equipment, demo_register, load_register, save_category
from app.repairs.maintenance import complete_task, generate_due, list_tasks, save_plan
from app.repairs.materials import demo_materials, load_materials, save_material
from app.repairs.model import EquipmentDraft, LineKind, PlanDraft, WorkLineDraft, WorkOrderDraft
from app.repairs.settings import set_deadline
from app.repairs.technicians import add_technician, demo_technicians, load_technicians
from app.repairs.work import record_work
from app.safety.drills import (
    DrillDraft,
    MemberDraft,
    TrainingDraft,
    record_drill,
    record_training,
    save_member,
)
from app.safety.inspections import finish_inspection, record_answers, start_inspection
from app.safety.model import AnswerDraft, AreaDraft, FollowUp, InspectionDraft, Reinspection, ScheduleDraft
from app.safety.notices import reinspect, sign_notice
from app.safety.photos import add_photo
from app.safety.responsibility import DutyDraft, save_duty, set_warden
from app.safety.schedules import save_schedule
from app.safety.templates import install_standard
from app.site import SiteDetails, update_site_details
from app.users import add_user, change_password, create_first_admin, set_active
from db.types import utcnow
from tests.business_fixtures import at
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD

D = Decimal
NEW_CASHIER_PASSWORD = "cashier-pass-2"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
# (username, role, full name): the users of every role but the administrator, as the fixtures name them.
STAFF = (("manager", Role.MANAGER, "王经理"), ("cashier", Role.CASHIER, "张丽"),
         ("operator", Role.BUSINESS_CENTRE, "赵敏"), ("clerk", Role.FRONT_DESK, "李前台"),
         ("engineer", Role.ENGINEERING, "孙工"), ("officer", Role.SAFETY, "赵安全"))
# (building, room, floor, area, type, owner, phone, handed over: "rates" = when the rates start, "mid" = the
# 10th of the first month billed, "" = not yet, so never billed)
UNITS = (("A", "1201", 12, "100.00", "住宅", "张三", "13800000001", "rates"),
         ("A", "0801", 8, "88.88", "residential", "李四", "13800000002", "mid"),
         ("A", "1301", 13, "120.00", "住宅", "王五", "", ""),
         ("A", "2001", 20, "150.00", "office", "华信科技", "010-65050001", "rates"),
         ("B", "0101", 1, "50.00", "商业", "华信公司", "010-65050000", "rates"),
         ("B", "0201", 2, "75.50", "办公", "周六", "13800000006", "rates"))


def fill_site(db) -> dict:
    """Fills ``db`` and returns what a test needs:

    - ``actors``: ``{role value: Actor}`` for admin, manager, cashier, business_centre, front_desk, engineering,
      safety; ``passwords``: ``{username: password}`` of those that can log in (the cashier's was changed);
    - ``units``: ``{unit code: unit id}``; ``periods``: the two months billed, oldest first;
    - ``fee_receipts``, ``business_receipts``, ``work_orders``, ``notices``: document numbers, in the order made
      (voided ones included), with ``voided_fee_receipt``, ``voided_business_receipt``, ``refund`` (TK) and
      ``business_orders`` (SF).
    """
    day = today()
    site: dict = {"fee_receipts": [], "business_receipts": [], "work_orders": [], "notices": []}
    actors = _users(db, site)
    _settings(db, actors)
    _register(db, actors, day, site)
    _bill_and_pay(db, actors, day, site)
    _business_centre(db, actors, day, site)
    _repairs(db, actors, day, site)
    _safety(db, actors, day, site)
    _front_desk(db, actors, day)
    _settle_up(db, actors, site)
    with db.read() as session:
        site["units"] = {f"{b}-{room}": unit_id_of(session, f"{b}-{room}").id for b, room, *_rest in UNITS}
    return site


def _users(db, site: dict) -> dict[str, Actor]:
    admin = create_first_admin(db, "admin", ADMIN_PASSWORD, "系统管理员")
    for username, role, full_name in STAFF:
        add_user(db, admin, username, role, USER_PASSWORD, full_name)
    add_user(db, admin, "temp", Role.FRONT_DESK, USER_PASSWORD, "钱临时")
    set_active(db, admin, "temp", False)  # a temporary clerk who left
    actors = {Role.ADMIN.value: admin}
    for username, role, _full_name in STAFF:
        actors[role.value] = login(db, username, USER_PASSWORD)
    change_password(db, actors["cashier"], "cashier", NEW_CASHIER_PASSWORD, USER_PASSWORD)
    try:
        login(db, "clerk", "not-the-password")
    except AuthenticationError:
        pass  # counted on the clerk's row and audited
    else:
        raise AssertionError("a wrong password logged in")
    site["actors"] = actors
    site["passwords"] = {"admin": ADMIN_PASSWORD, **{name: USER_PASSWORD for name, _r, _n in STAFF},
                         "cashier": NEW_CASHIER_PASSWORD}
    return actors


def _settings(db, actors) -> None:
    admin, manager = actors["admin"], actors["manager"]
    update_site_details(db, admin, SiteDetails("北京恒泰物业管理有限公司", "恒泰大厦", "北京市朝阳区建国路 88 号",
                                               "010-65051234"))
    set_deposit_rate(db, manager, D("50.00"))
    set_deadline(db, manager, "urgent", 20, 240)
    complaints.set_deadline_hours(db, manager, 48)
    parcels.set_parcel_waiting_days(db, manager, 5)


def _months(day: date) -> tuple[date, date, date]:
    """The first days of the month the rates start, and of the two months billed."""
    last = (day.replace(day=1) - timedelta(days=1)).replace(day=1)
    before = (last - timedelta(days=1)).replace(day=1)
    return (before - timedelta(days=1)).replace(day=1), before, last


def _register(db, actors, day: date, site: dict) -> None:
    manager, cashier = actors["manager"], actors["cashier"]
    rates_from, first, second = _months(day)
    site["periods"] = [period_text(first), period_text(second)]
    add_building(db, manager, "A", 30, True, True)
    add_building(db, manager, "B", 6, False, False)
    for item, kind, rate in (("property", "residential", "2.50"), ("lift", "residential", "0.60"),
                             ("water", "residential", "0.30"), ("property", "office", "4.00"),
                             ("lift", "office", "0.80"), ("water", "office", "0.30"),
                             ("property", "commercial", "5.00")):
        set_rate(db, manager, item, kind, D(rate), rates_from)
    set_rate(db, manager, "property", "residential", D("2.80"), second.replace(day=16))  # inside the 2nd month
    handed = {"rates": rates_from.isoformat(), "mid": first.replace(day=10).isoformat(), "": ""}
    for building, room, floor, area, kind, owner, phone, handover in UNITS:
        save_unit(db, cashier, check_entry(building, room, floor, area, kind, owner, phone, handed[handover]))
    add_occupant(db, cashier, "A-1201", "陈租户", "13700000000", "tenant", rates_from, pays=True)
    move_out(db, cashier, "A-1201", "陈租户", second.replace(day=20))  # 张三 pays again
    add_occupant(db, cashier, "A-2001", "恒泰咨询有限公司", "010-65050002", "tenant", first, pays=True)
    add_occupant(db, cashier, "B-0201", "吴七", "13800000007", "owner", second)  # sold: 周六 moves out


def _bill_and_pay(db, actors, day: date, site: dict) -> None:
    cashier, manager = actors["cashier"], actors["manager"]
    first, second = site["periods"]
    fees = site["fee_receipts"]
    run_billing(db, cashier, first)
    owed = unit_account(db, cashier, "A-1201").outstanding
    fees.append(pay(db, cashier, "A-1201", owed, "wechat").receipt.number)  # the first month in full
    fees.append(pay(db, cashier, "A-0801", D("100.00"), "cash").receipt.number)  # part of it
    fees.append(pay(db, cashier, "B-0101", D("2000.00"), "transfer").receipt.number)  # paid ahead: credit
    wrong = pay(db, cashier, "B-0201", D("50.00"), "cash").receipt.number
    fees.append(wrong)
    void(db, manager, wrong, "收错户了")
    site["voided_fee_receipt"] = wrong
    fees.append(pay(db, cashier, "B-0201", D("150.00"), "alipay").receipt.number)
    run_billing(db, cashier, second)  # B-0101's credit pays its second month
    site["refund"] = refund_credit(db, manager, "B-0101", D("500.00"), "业主申请退还部分预交款").number
    job = prepare_print(db, cashier, fees[0])
    record_print(db, cashier, job)


def _business_centre(db, actors, day: date, site: dict) -> None:
    manager, operator = actors["manager"], actors["business_centre"]
    load_price_list(db, manager, demo_price_list())
    load_resources(db, manager, demo_resources())
    service = {s.name: s.id for s in list_services(db, operator)}
    receipts, numbers = site["business_receipts"], []
    later = day + timedelta(days=2)

    copy = create_order(db, operator, OrderDraft("刘先生", (LineDraft(service["黑白复印 A4"], D("120")),
                                                           LineDraft(service["彩色复印 A4"], D("15"))), "13911112222"))
    receipts.append(settle(db, operator, copy.number, "cash").receipt.number)
    meeting = create_order(db, operator, OrderDraft("陈女士", (
        LineDraft(service["大会议室（30人） 半天"], D("1"), "R02", at(later, 8), at(later, 12)),
        LineDraft(service["投影仪租赁"], D("1"), "E03", at(later, 8), at(later, 18))), "13722223333"))
    take_deposit(db, operator, meeting.number, meeting.deposit_due, "cash")
    start_service(db, operator, meeting.number)
    change_lines(db, operator, meeting.number, (
        LineDraft(service["大会议室（30人） 半天"], D("1"), "R02", at(later, 8), at(later, 12)),
        LineDraft(service["投影仪租赁"], D("1"), "E03", at(later, 8), at(later, 18)),
        LineDraft(service["黑白复印 A4"], D("40"))))
    receipts.append(settle(db, operator, meeting.number, "wechat").receipt.number)
    tenant = create_order(db, operator, OrderDraft("", (LineDraft(service["传真发送 国际"], D("4")),), unit="A-2001"))
    receipts.append(settle(db, operator, tenant.number, "account").receipt.number)  # on the unit's account
    cards = create_order(db, operator, OrderDraft("周先生", (LineDraft(service["名片印刷（盒）"], D("2")),), "13633334444"))
    take_deposit(db, operator, cards.number, D("60.00"), "wechat")
    kept = cancel_order(db, operator, cards.number, "印刷已开始", refund=D("45.00"))  # refund slip and a receipt
    receipts.append(kept.receipt.number)
    fax = create_order(db, operator, OrderDraft("吴先生", (LineDraft(service["传真发送 国际"], D("2")),), "13644445555"))
    wrong = settle(db, operator, fax.number, "alipay").receipt.number
    receipts.append(wrong)
    void(db, manager, wrong, "方式选错")
    site["voided_business_receipt"] = wrong
    receipts.append(settle(db, operator, fax.number, "cash").receipt.number)
    open_order = create_order(db, operator, OrderDraft("孙女士", (
        LineDraft(service["小会议室（10人） 按小时"], D("2"), "R01", at(later, 14), at(later, 16)),), "13555556666"))
    numbers += [copy.number, meeting.number, tenant.number, cards.number, fax.number, open_order.number]
    site["business_orders"] = numbers

    request = file_request(db, operator, RequestDraft("财务部", "钱会计", "年终结算资料", at(later, 8), at(later, 10),
                                                      "装订", "R01"))
    approve(db, manager, request.number, "同意")
    record_use(db, operator, request.number, (UseLineDraft(service["黑白复印 A4"], D("200")),
                                              UseLineDraft(service["过塑 A4"], D("12"))))
    file_request(db, operator, RequestDraft("工程部", "孙工", "设备培训", at(later, 16), at(later, 17), resource="R02"))
    expected = shift_report(db, operator, day, "operator").expected_cash
    count_cash(db, operator, expected - D("0.50"))  # fifty fen short


def _repairs(db, actors, day: date, site: dict) -> None:
    engineer, clerk, manager = actors["engineering"], actors["front_desk"], actors["manager"]
    load_technicians(db, engineer, demo_technicians())
    load_materials(db, engineer, demo_materials())
    load_register(db, engineer, *demo_register())
    save_category(db, engineer, "排污设备", "periodic")
    add_equipment(db, engineer, EquipmentDraft("SB-01", "排污泵", "排污设备", "地下二层集水井",
                                               installed_on=date(2024, 5, 1), warranty_until=date(2026, 4, 30)))
    add_technician(db, engineer, "郑师傅", "电梯工", "13800138105")
    save_material(db, engineer, "M099", "密封胶", "支", D("18.00"), new=True)
    save_plan(db, engineer, PlanDraft("1# 客梯日常巡检", "daily", 1, "day", "检查轿厢照明\n检查门机运行",
                                      day - timedelta(days=2), "DT-01"))
    save_plan(db, engineer, PlanDraft("水泵一级保养", "level1", 1, "month", "检查密封\n紧固地脚螺栓", day,
                                      category="给排水"))
    generate_due(db, engineer, day)
    tasks = [task.number for task in list_tasks(db, engineer, day)]
    complete_task(db, engineer, tasks[0], "吴磊", "运行正常")
    found = complete_task(db, engineer, tasks[1], "吴磊", "门机皮带磨损", repair_category="lift",
                          repair_priority="high")
    orders = site["work_orders"]
    orders.append(found.repair_order)  # reported, from the maintenance round

    def leak(unit, reporter, contact, **more):
        return WorkOrderDraft(**{"source": "phone", "category": "plumbing", "priority": "normal",
                                 "description": "厨房水龙头漏水", "reporter": reporter, "contact": contact,
                                 "unit": unit, **more})

    reported = repairs.report(db, clerk, leak("A-0801", "李四", "13800000002")).number
    dispatched = repairs.report(db, clerk, leak("A-2001", "", "010-65050002", source="front_desk",
                                                category="electrical", description="办公室插座无电")).number
    repairs.dispatch(db, engineer, dispatched, "刘建国")
    charged = repairs.report(db, clerk, leak("A-1201", "张三", "13800000001", priority="high")).number
    repairs.dispatch(db, engineer, charged, "陈志强")
    repairs.start(db, engineer, charged)
    record_work(db, engineer, charged, (
        WorkLineDraft(LineKind.LABOUR, D("1"), "更换厨房水龙头", price=D("50.00")),
        WorkLineDraft(LineKind.MATERIAL, D("1"), material="M006"),
        WorkLineDraft(LineKind.MATERIAL, D("1"), "业主自备软管", owner_supplied=True, unit="根")))
    repairs.finish(db, engineer, charged, note="已更换")
    repairs.accept(db, engineer, charged, "张三")  # the tap goes on A-1201's account
    followed = repairs.report(db, engineer, WorkOrderDraft("self_inspection", "electrical", "low", "大堂筒灯不亮",
                                                          location="A座大堂")).number
    repairs.dispatch(db, engineer, followed, "刘建国")
    repairs.start(db, engineer, followed)
    repairs.hold(db, engineer, followed, "等灯管到货")
    repairs.resume(db, engineer, followed)
    record_work(db, engineer, followed, (WorkLineDraft(LineKind.LABOUR, D("1"), "更换筒灯"),
                                         WorkLineDraft(LineKind.MATERIAL, D("2"), material="M001")))
    repairs.finish(db, engineer, followed)
    repairs.rework(db, engineer, followed, "一盏仍闪烁")
    repairs.finish(db, engineer, followed)
    repairs.accept(db, engineer, followed, "大堂主管")
    repairs.follow_up(db, clerk, followed, 5, "很及时")  # closed with satisfaction
    cancelled = repairs.report(db, clerk, leak("B-0101", "", "010-65050000", category="doors", description="门锁卡涩")).number
    repairs.cancel(db, manager, cancelled, "业主自行修好")
    orders += [reported, dispatched, charged, followed, cancelled]
    site["charged_work_order"], site["followed_up_work_order"] = charged, followed


def _safety(db, actors, day: date, site: dict) -> None:
    officer, engineer = actors["safety"], actors["engineering"]
    install_standard(db, officer)
    save_schedule(db, officer, ScheduleDraft("XF-ALARM", AreaDraft("building", "A"), day - timedelta(days=30)))
    save_schedule(db, officer, ScheduleDraft("BA-NIGHT", AreaDraft("building", "B"), day))
    set_warden(db, officer, "A-1201", "张三", "13800000001")
    set_warden(db, officer, "B-0101", "陈经理", "010-65050001")
    save_duty(db, officer, DutyDraft(1, "总经理", "王建华", "13900000001", "全公司"))
    save_duty(db, officer, DutyDraft(2, "工程部经理", "李明", "13900000002", "工程部及设备机房"))

    inspection = start_inspection(db, officer, InspectionDraft("XF-ALARM", AreaDraft("unit", "A-1201"), "赵安全"))
    failed = inspection.answers[0].item.id
    record_answers(db, officer, inspection.number, [AnswerDraft(failed, "fail", "探测器不报警")])
    with tempfile.TemporaryDirectory() as folder:
        photo = Path(folder) / "探测器.png"
        photo.write_bytes(PNG)
        add_photo(db, officer, inspection.number, failed, photo)
    answers = [AnswerDraft(a.item.id, "fail", "探测器不报警") if a.item.id == failed else AnswerDraft(a.item.id, "pass")
               for a in inspection.answers]
    done = finish_inspection(db, officer, inspection.number, answers,
                             [FollowUp(failed, "更换失效探测器", day + timedelta(days=3))])
    notice = next(a.notice for a in done.answers if a.notice)
    sign_notice(db, officer, notice, "张三")
    reinspect(db, officer, notice, Reinspection("赵安全", False, reason="配件未到",
                                                new_deadline=day + timedelta(days=10)))
    reinspect(db, officer, notice, Reinspection("赵安全", True, note="已更换，测试正常"))
    site["notices"].append(notice)

    patrol = start_inspection(db, engineer, InspectionDraft("BA-NIGHT", AreaDraft("building", "B")))
    first = patrol.answers[0].item.id
    answers = [AnswerDraft(a.item.id, "fail", "车库灯不亮") if a.item.id == first else AnswerDraft(a.item.id, "pass")
               for a in patrol.answers]
    done = finish_inspection(db, engineer, patrol.number, answers,
                             [FollowUp(first, repair=True, repair_category="electrical")])
    site["work_orders"].append(next(a.repair_order for a in done.answers if a.repair_order))

    record_drill(db, officer, DrillDraft(day - timedelta(days=20), "full", "全楼疏散", "赵安全", 320, 270,
                                         "B梯防火门闭门器失效"))
    save_member(db, officer, MemberDraft("刘强", "保安部", "13900000003", "captain"))
    save_member(db, officer, MemberDraft("赵敏", "A-1201 租户", "13900000004"))
    record_training(db, officer, TrainingDraft(day - timedelta(days=7), "灭火器的使用", "张教官", 45, 90))


def _front_desk(db, actors, day: date) -> None:
    clerk = actors["front_desk"]
    earlier = utcnow() - timedelta(hours=2)
    guest = visitors.sign_in(db, clerk, visitors.VisitorDraft("刘洋", "id_card", "1234", "中信银行", "A-2001",
                                                              "华信科技", "商务洽谈", 2, "V01", "13912345678",
                                                              earlier))
    visitors.sign_out(db, clerk, guest.number)
    visitors.sign_in(db, clerk, visitors.VisitorDraft("陈师傅", "none", "", "顺达装修", "A-1201", "张三", "装修报价"))

    pump = keys.save_key(db, clerk, keys.KeyDraft("K-101", "B1 水泵房", 1))
    keys.save_key(db, clerk, keys.KeyDraft("K-102", "屋顶门", 2))
    loan = keys.issue_key(db, clerk, pump.code, "陈工", utcnow() + timedelta(hours=2), "恒泰机电", "13700000001",
                          "水泵检修", at=earlier)
    keys.return_key(db, clerk, loan.id)
    keys.issue_key(db, clerk, "K-102", "刘工", utcnow() + timedelta(hours=4))  # still out

    parcel = parcels.log_parcel(db, clerk, parcels.ParcelDraft("parcel", "顺丰", "SF1234567890", "A-1201", "张三",
                                                               arrived_at=earlier))
    parcels.mark_notified(db, clerk, parcel.number)
    parcels.pick_up(db, clerk, parcel.number, "张三")
    parcels.log_parcel(db, clerk, parcels.ParcelDraft("letter", "中国邮政", "", "B-0101", "华信公司", registered=True))
    parcels.deliver_periodicals(db, clerk, day, [("A-1201", "北京晚报", 1), ("B-0101", "财经", 2)])

    left = messages.take_message(db, clerk, messages.MessageDraft("message", "请回电", "A-1201", "张三", "王先生",
                                                                  "13811112222"))
    messages.deliver(db, clerk, left.id, "李前台")
    waiting = messages.take_message(db, clerk, messages.MessageDraft("message", "文件放在前台", "A-2001", "华信科技"))
    messages.collected(db, clerk, waiting.id, "华信科技 小李")
    messages.take_message(db, clerk, messages.MessageDraft("inquiry", "问：最近的地铁站？答：国贸站 C 口",
                                                           from_person="访客"))

    noise = complaints.receive(db, clerk, complaints.ComplaintDraft("张三", "noise", "楼上夜间装修噪音", "A-1201",
                                                                    "13800000001", earlier))
    complaints.respond(db, clerk, noise.number, "已通知装修方晚十点后停工", "李前台")
    complaints.close(db, clerk, noise.number, 4)
    parking = complaints.receive(db, clerk, complaints.ComplaintDraft("李四", "parking", "车位被占", "A-0801"))
    complaints.respond(db, clerk, parking.number, "已联系车主挪车", "保安部")  # being handled
    complaints.receive(db, clerk, complaints.ComplaintDraft("访客", "cleaning", "大堂地面湿滑无提示"))

    bags = luggage.store(db, clerk, luggage.LuggageDraft("刘洋", "行李箱 1 个", 1, "A-2001", "13912345678", earlier))
    luggage.release(db, clerk, bags.tag, "刘洋")
    luggage.store(db, clerk, luggage.LuggageDraft("张三", "纸箱 2 个", 2, "A-1201"))

    taxi = errands.request(db, clerk, errands.ErrandDraft("taxi", "刘洋", "去首都机场 T3", "A-2001", "13912345678",
                                                          utcnow() + timedelta(hours=3)))
    errands.book(db, clerk, taxi.number, "京B12345 已约")
    errands.done(db, clerk, taxi.number)
    laundry = errands.request(db, clerk, errands.ErrandDraft("laundry", "张三", "西装干洗 2 件", "A-1201",
                                                             fee=D("45.00")))
    errands.book(db, clerk, laundry.number, "洁丽干洗店 明日取")
    errands.done(db, clerk, laundry.number, charge_to_account=True)  # on A-1201's account
    flowers = errands.request(db, clerk, errands.ErrandDraft("flowers", "李四", "生日花束", "A-0801"))
    errands.cancel(db, clerk, flowers.number, "不需要了")


def _settle_up(db, actors, site: dict) -> None:
    """A-1201 pays everything on its account: its second month, the repair and the laundry."""
    cashier = actors["cashier"]
    owed = unit_account(db, cashier, "A-1201").outstanding
    site["fee_receipts"].append(pay(db, cashier, "A-1201", owed, "bank_card").receipt.number)
