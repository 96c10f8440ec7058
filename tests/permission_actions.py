"""The permission table: one row per service, by area -- the function, the permission it needs, and how to
call it on the site of ``tests/permission_world.py``."""

from datetime import timedelta

from app import audit, backup, site, users
from app.accounts import billing, fees, importing, occupants, payments, register, reports, statements
from app.business import documents as bc_documents
from app.business import internal_use, price_list, price_list_import, resources, shift
from app.business import orders as bc_orders
from app.business import settings as bc_settings
from app.business.model import LineDraft, RequestDraft, ServiceDraft
from app.clock import today
from app.copy_database import copy_database
from app.dashboard import business as dash_business
from app.dashboard import fees as dash_fees
from app.dashboard import frontdesk as dash_frontdesk
from app.dashboard import repairs as dash_repairs
from app.dashboard import safety as dash_safety
from app.demo import generator as demo_generator
from app.demo import starter
from app.errors import ValidationError
from app.frontdesk import complaints, errands, keys, keys_import, luggage, messages, parcels, visitors
from app.frontdesk import today as desk
from app.frontdesk.complaints import ComplaintDraft
from app.frontdesk.errands import ErrandDraft
from app.frontdesk.keys import KeyDraft
from app.frontdesk.luggage import LuggageDraft
from app.frontdesk.messages import MessageDraft
from app.frontdesk.parcels import ParcelDraft
from app.frontdesk.visitors import VisitorDraft
from app.permissions import Permission, Role
from app.receipts import issuing, printing, records
from app.receipts.check_code import payload
from app.receipts.model import LineDraft as ReceiptLine
from app.receipts.model import PaymentMethod, ReceiptDraft, ReceiptKind
from app.repairs import documents as repair_documents
from app.repairs import equipment, equipment_import, maintenance, materials, stats, technicians, work
from app.repairs import orders as repair_orders
from app.repairs import settings as repair_settings
from app.repairs.model import EquipmentDraft, PlanDraft
from app.safety import documents as safety_documents
from app.safety import drills, inspections, notices, photos, responsibility, schedules, templates
from app.safety.drills import DrillDraft, MemberDraft, TrainingDraft
from app.safety.model import AreaDraft, InspectionDraft, Reinspection, ScheduleDraft, TemplateDraft
from app.safety.responsibility import DutyDraft
from db.types import utcnow
from tests.business_fixtures import at
from tests.conftest import USER_PASSWORD, fee_draft
from tests.permission_world import LABOUR, Action, D, args, passed
from tests.repairs_fixtures import leak
from tests.safety_fixtures import ALARM_ITEMS, PATROL_ITEMS

P = Permission
DAY = timedelta(days=1)

SITE: tuple[Action, ...] = (  # users, site, backup, audit
    Action(users.add_user, P.MANAGE_USERS, lambda w: args(f"user{w.n()}", Role.FRONT_DESK, USER_PASSWORD, "新同事")),
    Action(users.list_users, P.MANAGE_USERS),
    Action(users.change_password, P.MANAGE_USERS, lambda w: args("spare", "spare-pass-2")),
    Action(users.set_active, P.MANAGE_USERS, lambda w: args("spare", True)),
    Action(demo_generator.generate, P.EDIT_SITE, lambda w: args(1, 1),
           refused_with=ValidationError),  # the shared site has units already: a demo goes into an empty one
    Action(starter.load_starter, P.EDIT_SITE, refused_with=ValidationError),  # the same, with the demo lists
    Action(site.update_site_details, P.EDIT_SITE,
           lambda w: args(site.SiteDetails("安居物业服务有限公司", "安居大厦", "建国路 88 号", "010-65050000"))),
    Action(backup.backup, P.BACKUP, lambda w: args(w.folder / f"backup-{w.n()}{backup.suffix_of(w.db)}")),
    Action(backup.restore, P.RESTORE, lambda w: args(w.folder / "no-such-backup"), refused_with=ValidationError),
    Action(copy_database, P.RESTORE, refused_with=ValidationError,  # this database is not an SQLite file copied
           call=lambda w, actor, given: copy_database(w.db, w.db, actor)),  # into an empty server database
    Action(audit.verify, P.VERIFY_AUDIT),
    Action(audit.recent, P.VERIFY_AUDIT, lambda w: args(20)),
)

RECEIPTS: tuple[Action, ...] = (  # receipts
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
)

OWNER_ACCOUNTS: tuple[Action, ...] = (  # owner accounts
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
    Action(reports.collections, P.VIEW_ACCOUNTS, lambda w: args(today() - 90 * DAY, today())),
    Action(reports.arrears_by_age, P.VIEW_ACCOUNTS),
    Action(reports.unit_account, P.VIEW_ACCOUNTS, lambda w: args("A-1201")),
    Action(statements.statement_document, P.VIEW_ACCOUNTS,
           lambda w: args("A-1201", site.get_site_details(w.db), today())),
    Action(statements.reminder_document, P.VIEW_ACCOUNTS,
           lambda w: args("A-1201", site.get_site_details(w.db), today())),
    Action(statements.statement_pdf, P.VIEW_ACCOUNTS, lambda w: args("A-1201")),
    Action(statements.reminders_pdf, P.VIEW_ACCOUNTS, lambda w: args(["A-1201"])),
)

BUSINESS_CENTRE: tuple[Action, ...] = (  # the business centre
    Action(price_list.add_service, P.KEEP_PRICE_LIST,
           lambda w: args(ServiceDraft(f"加急装订{w.n()}", "文印", "item", D("5.00")))),
    Action(price_list.update_service, P.KEEP_PRICE_LIST,
           lambda w: args(w.service(), ServiceDraft(f"测试服务{w.n()}", "测试", "page", D("2.00")))),
    Action(price_list.list_services, P.SERVE_BUSINESS),
    Action(price_list.load_price_list, P.KEEP_PRICE_LIST, lambda w: args(price_list.demo_price_list())),
    Action(price_list_import.import_price_list, P.KEEP_PRICE_LIST, lambda w: args(w.sheet(
        "price_list.csv", "类别,服务项目,计费单位,单价\n文印,导入装订,件,3.00\n"))),
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
    Action(shift.net_by_day, P.SERVE_BUSINESS, lambda w: args(today() - 30 * DAY, today())),
    Action(bc_documents.charge_notice_pdf, P.SERVE_BUSINESS, lambda w: args(w.once("order", w.order))),
    Action(bc_documents.refund_slip_pdf, P.SERVE_BUSINESS, lambda w: args(w.refunded_order())),
    Action(bc_documents.request_form_pdf, P.SERVE_BUSINESS, lambda w: args(w.once("request", w.request))),
    Action(bc_documents.settlement_sheet_pdf, P.SERVE_BUSINESS, lambda w: args(w.settled_request())),
    Action(bc_documents.shift_report_pdf, P.SERVE_BUSINESS, lambda w: args(today())),
)

REPAIRS: tuple[Action, ...] = (  # repairs
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
    Action(equipment_import.import_equipment, P.KEEP_EQUIPMENT, lambda w: args(w.sheet(
        "equipment.csv", "编号,名称,类别,位置\nDT-09,货梯,电梯,地下一层\n"))),
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
)

FIRE_SAFETY: tuple[Action, ...] = (  # safety
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
    Action(notices.open_by_deadline, P.INSPECT_SAFETY),
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
)

FRONT_DESK: tuple[Action, ...] = (  # the front desk
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
    Action(keys_import.import_keys, P.FRONT_DESK, lambda w: args(w.sheet("keys.csv", "钥匙编号,用途,份数\nK-900,屋顶水箱间,2\n"))),
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
    Action(desk.attention_count, P.FRONT_DESK),
)

DASHBOARD: tuple[Action, ...] = (  # the dashboard's charts
    Action(dash_fees.collection_by_month, P.VIEW_ACCOUNTS),
    Action(dash_fees.owed_by_age, P.VIEW_ACCOUNTS),
    Action(dash_repairs.repairs_by_week, P.REPORT_REPAIR),
    Action(dash_repairs.repairs_by_category, P.REPORT_REPAIR),
    Action(dash_safety.notice_ages, P.INSPECT_SAFETY),
    Action(dash_frontdesk.desk_activity, P.FRONT_DESK),
    Action(dash_business.business_takings, P.SERVE_BUSINESS),
)

ACTIONS = SITE + RECEIPTS + OWNER_ACCOUNTS + BUSINESS_CENTRE + REPAIRS + FIRE_SAFETY + FRONT_DESK + DASHBOARD
