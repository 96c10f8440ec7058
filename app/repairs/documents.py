"""Engineering's printed documents, on A4: the dispatch slip (维修派工单) the technician takes to the job and
the customer signs, and the equipment registration card (设备登记卡) with the equipment's history."""

from app.clock import format_local
from app.database import Database
from app.documents.model import Column, Document, Field, Table
from app.documents.pages import a4_documents
from app.money import format_yuan
from app.permissions import Actor
from app.repairs.equipment import get_equipment, history
from app.repairs.model import (
    CATEGORY_CHINESE,
    EQUIPMENT_STATUS_CHINESE,
    PRIORITY_CHINESE,
    REPAIR_METHOD_CHINESE,
    SOURCE_CHINESE,
    WORK_STATUS_CHINESE,
    WorkOrderView,
    WorkStatus,
)
from app.repairs.orders import get_order
from app.satisfaction import SATISFACTION_CHINESE
from app.site import get_site_details
from db.types import utcnow

WORK_COLUMNS = (Column("项目", 0.38), Column("数量", 0.14, "centre"), Column("单价", 0.16, "right"),
                Column("金额", 0.16, "right"), Column("收费", 0.16, "centre"))
HISTORY_COLUMNS = (Column("日期", 0.14, "centre"), Column("类别", 0.10, "centre"), Column("单号", 0.18),
                   Column("内容", 0.38), Column("人员", 0.10, "centre"), Column("状态", 0.10, "centre"))


def _quantity(value) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _work_rows(order: WorkOrderView) -> tuple[tuple[str, ...], ...]:
    return tuple((line.description + ("（业主自备）" if line.owner_supplied else ""),
                  f"{_quantity(line.quantity)} {line.unit}", format_yuan(line.price), format_yuan(line.amount),
                  "收费" if line.charged else "免费") for line in order.lines)


def dispatch_slip_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """The slip as the order stands: blank lines for the work when none is recorded yet, so a technician
    can write it by hand; the customer's signature box either way."""
    order = get_order(db, actor, number)
    site = get_site_details(db)
    fields = (Field("报修位置", order.place or "—"), Field("报修人", order.reporter), Field("联系电话", order.contact or "—"),
              Field("紧急程度", PRIORITY_CHINESE[order.priority]))
    notes = [f"报修方式：{SOURCE_CHINESE[order.source]}　类别：{CATEGORY_CHINESE[order.category]}",
             f"故障描述：{order.description}"]
    if order.equipment:
        notes.append(f"设备：{order.equipment} {order.equipment_name}")
    notes.append(f"报修时间：{format_local(order.reported_at)}　响应时限：{format_local(order.response_due)}　"
                 f"完成时限：{format_local(order.completion_due)}")
    notes.append(f"维修人员：{order.technician or '（未派工）'}"
                 + (f"　派工时间：{format_local(order.dispatched_at)}" if order.dispatched_at else ""))
    times = [("到场开工", order.started_at), ("完工", order.finished_at), ("验收", order.accepted_at)]
    notes.append("　".join(f"{label}：{format_local(moment) if moment else '____年__月__日 __:__'}"
                          for label, moment in times))
    if order.hold_reason:
        notes.append(f"暂停原因：{order.hold_reason}")
    if order.cancel_reason:
        notes.append(f"取消原因：{order.cancel_reason}")
    if order.satisfaction:
        notes.append(f"回访：{SATISFACTION_CHINESE[order.satisfaction]}"
                     + (f"，{order.follow_up_note}" if order.follow_up_note else ""))
    notes.append("室内维修人工免费、业主自备材料的，材料费不计；收费项目经客户验收签字后计入房屋账户。"
                 if order.unit_residential else "收费项目经客户验收签字后计入房屋账户。" if order.unit
                 else "公共区域维修，不向客户收费。")
    footer = [Field("状态", WORK_STATUS_CHINESE[order.status]), Field("派工人", actor.full_name or actor.username)]
    if order.accepted_by:
        footer.insert(1, Field("验收人", order.accepted_by))
    return a4_documents([Document(
        title="维修派工单", number=order.number, issued=format_local(order.reported_at),
        company_name=site.company_name, site_name=site.site_name, fields=fields, notes=tuple(notes),
        table=Table(WORK_COLUMNS, _work_rows(order), min_rows=4), total=order.charge, total_label="收费合计",
        footer=tuple(footer), signatures=("维修人员（签字）", "客户验收（签字）", "工程部"))])


def registration_card_pdf(db: Database, actor: Actor, code: str) -> bytes:
    """设备登记卡: what the equipment is, where, who made and keeps it, and its repairs and maintenance."""
    item = get_equipment(db, actor, code)
    site = get_site_details(db)
    day = lambda value: value.isoformat() if value else "—"  # noqa: E731
    fields = (Field("设备名称", item.name), Field("类别", item.category), Field("位置", item.location or "—"),
              Field("型号", item.model or "—"), Field("状态", EQUIPMENT_STATUS_CHINESE[item.status]))
    method = REPAIR_METHOD_CHINESE[item.repair_method] + (f"，大修周期 {item.overhaul_months} 个月"
                                                          if item.overhaul_months else "")
    notes = (f"生产厂家：{item.maker or '—'}　供应商：{item.supplier or '—'}",
             f"安装日期：{day(item.installed_on)}　保修期至：{day(item.warranty_until)}",
             f"维保单位：{item.contractor or '—'}　合同期至：{day(item.contract_until)}",
             f"维修方式：{method}",
             f"随机资料：{item.documents or '—'}" + (f"　备注：{item.note}" if item.note else ""))
    rows = tuple((entry.on.isoformat(), "维修" if entry.kind == "repair" else "保养", entry.number, entry.what,
                  entry.by, _status_chinese(entry)) for entry in history(db, actor, item.code))
    return a4_documents([Document(
        title="设备登记卡", number=item.code, issued=format_local(utcnow()),
        company_name=site.company_name, site_name=site.site_name, fields=fields, notes=notes,
        table=Table(HISTORY_COLUMNS, rows, min_rows=6), footer=(Field("登记人", actor.full_name or actor.username),),
        signatures=("工程部主管", "设备管理员"))])


def _status_chinese(entry) -> str:
    if entry.kind == "maintenance":
        return "已完成" if entry.status == "done" else "待保养"
    return WORK_STATUS_CHINESE[WorkStatus(entry.status)]
