"""Safety's printed documents, on A4: the rectification notice (消防整改通知书) the recipient signs for, the
fire responsibility register (消防安全责任人名册), and the fire archive (消防档案) of a period."""

from datetime import date, datetime, time, timedelta

from app.clock import SITE_ZONE, format_local, today
from app.database import Database
from app.documents.model import Column, Document, Field, Table
from app.documents.pages import a4_documents
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor
from app.safety.drills import DRILL_KIND_CHINESE, TEAM_ROLE_CHINESE, list_drills, list_members, list_trainings
from app.safety.inspections import list_inspections
from app.safety.model import (
    INSPECTION_STATUS_CHINESE,
    NOTICE_ACTION_CHINESE,
    NOTICE_STATUS_CHINESE,
    CheckCategory,
    InspectionStatus,
    NoticeStatus,
)
from app.safety.notices import get_notice, list_notices
from app.safety.responsibility import DUTY_LEVEL_CHINESE, list_duties, list_wardens
from app.site import get_site_details
from db.types import utcnow

STEP_COLUMNS = (Column("日期时间", 0.2, "centre"), Column("事项", 0.14, "centre"), Column("人员", 0.14, "centre"),
                Column("说明", 0.4), Column("期限", 0.12, "centre"))
DUTY_COLUMNS = (Column("级别", 0.18), Column("职务", 0.2), Column("姓名", 0.12, "centre"),
                Column("电话", 0.16, "centre"), Column("责任范围", 0.34))
WARDEN_COLUMNS = (Column("单元", 0.14, "centre"), Column("业主/租户", 0.3), Column("防火责任人", 0.16, "centre"),
                  Column("电话", 0.22, "centre"), Column("确定日期", 0.18, "centre"))
LAW = ("逾期未整改或整改不合格的，我司将依照《中华人民共和国消防法》和《机关、团体、企业、事业单位消防安全管理规定》"
       "报告有关部门处理，由此造成的后果由责任单位承担。")


def _day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def notice_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """The notice as it stands: finding, requirement, deadline, its re-inspections, and a box for the
    recipient's signature."""
    return notices_pdf(db, actor, [number])


def notices_pdf(db: Database, actor: Actor, numbers: list[str]) -> bytes:
    """Several notices (those of one inspection) in one PDF, each on its own page."""
    site = get_site_details(db)
    return a4_documents([_notice_document(get_notice(db, actor, number), site) for number in numbers])


def _notice_document(notice, site) -> Document:
    to = f"{notice.unit} {notice.recipient}" if notice.unit else notice.recipient
    fields = (Field("致", to), Field("联系电话", notice.recipient_phone or "—"), Field("检查部位", notice.area),
              Field("整改期限", notice.deadline.isoformat()))
    notes = (f"我司于{_day(notice.inspected_at.astimezone(SITE_ZONE).date())}对{notice.area}进行消防安全检查"
             f"（检查单号 {notice.inspection}，{notice.template_name}，检查人 {notice.inspector}），发现以下消防安全隐患：",
             f"一、存在问题：{notice.found}（检查项目：{notice.system}，{notice.item}）" if notice.found != notice.item
             else f"一、存在问题：{notice.system}，{notice.item}",
             f"二、整改要求：{notice.requirement}",
             f"三、整改期限：请于{_day(notice.deadline)}前整改完毕，并通知我司安全部复查。" + LAW,
             *((f"本隐患已同时报修，维修工单号 {notice.repair_order}。",) if notice.repair_order else ()),
             "四、复查记录：")
    rows = tuple((format_local(step.at), NOTICE_ACTION_CHINESE[step.action], step.person or step.by,
                  step.note, step.deadline.isoformat() if step.deadline else "") for step in notice.steps)
    footer = [Field("状态", NOTICE_STATUS_CHINESE[notice.status]), Field("签发人", notice.issued_by)]
    if notice.signed_by:
        footer.append(Field("签收", f"{notice.signed_by} {format_local(notice.signed_at)}"))
    return Document(
        title="消防整改通知书", number=notice.number, issued=format_local(notice.issued_at),
        company_name=site.company_name, site_name=site.site_name, fields=fields, notes=notes,
        table=Table(STEP_COLUMNS, rows, min_rows=3), footer=tuple(footer),
        signatures=("签收人（签字）及日期", "复查人（签字）及日期", "安全部（盖章）"),
        void=notice.status is NoticeStatus.CANCELLED)


def _register(db: Database, actor: Actor, site, issued: str) -> list[Document]:
    duties = tuple((DUTY_LEVEL_CHINESE[d.level], d.position, d.name, d.phone, d.scope) for d in list_duties(db, actor))
    wardens = tuple((w.unit, w.occupant or "—", w.name or "未指定", w.phone or "—",
                     w.since.isoformat() if w.since else "—") for w in list_wardens(db, actor))
    common = {"company_name": site.company_name, "site_name": site.site_name, "issued": issued}
    return [Document(title="消防安全责任人名册", number="三级消防安全责任", **common,
                     notes=("一级：公司总经理为消防安全责任人，对本单位消防安全全面负责；二级：各部门经理为本部门消防安全管理人；"
                            "三级：各班组长为本班组消防安全负责人。",),
                     table=Table(DUTY_COLUMNS, duties, min_rows=3), signatures=("消防安全责任人（签字）", "公司（盖章）")),
            Document(title="消防安全责任人名册", number="各单元防火责任人", **common,
                     notes=("各单元（业主/租户）确定一名防火责任人，负责本单元的消防安全，接收并落实消防整改通知。",),
                     table=Table(WARDEN_COLUMNS, wardens, min_rows=3))]


def responsibility_register_pdf(db: Database, actor: Actor) -> bytes:
    site = get_site_details(db)
    return a4_documents(_register(db, actor, site, format_local(utcnow())))


def archive_pdf(db: Database, actor: Actor, since: date, until: date) -> bytes:
    """消防档案 of ``since`` to ``until`` (both included): the fire inspections and their results, the notices
    issued and their outcome, drills, training and the volunteer team, and the responsibility register."""
    if not isinstance(since, date) or not isinstance(until, date) or until < since:
        raise ValidationError(_("The period ends before it begins"), field="until")
    site = get_site_details(db)
    start = datetime.combine(since, time(), SITE_ZONE)
    end = datetime.combine(until + timedelta(days=1), time(), SITE_ZONE)
    period = f"{since.isoformat()} 至 {until.isoformat()}"
    archive_number = f"{since:%Y%m%d}-{until:%Y%m%d}"
    common = {"company_name": site.company_name, "site_name": site.site_name, "issued": format_local(utcnow())}
    inspections = sorted(list_inspections(db, actor, category=CheckCategory.FIRE, status=InspectionStatus.FINISHED,
                                          since=start, until=end, limit=100_000), key=lambda i: i.started_at)
    notices = sorted((n for n in list_notices(db, actor, status=None, limit=100_000)
                      if any(since <= today(step.at) <= until for step in n.steps)), key=lambda n: n.issued_at)
    drills = sorted(list_drills(db, actor, since, until), key=lambda d: d.held_on)
    trainings = sorted(list_trainings(db, actor, since, until), key=lambda t: t.held_on)
    members = list_members(db, actor)
    as_of = min(until, today())  # the outcome as it stood at the end of the period, or today within it
    closed = sum(1 for n in notices if n.closed_at and today(n.closed_at) <= until)
    overdue = sum(1 for n in notices if n.deadline < as_of and not (n.closed_at and today(n.closed_at) <= as_of)
                  and n.status is not NoticeStatus.CANCELLED)
    summary = (f"期间：{period}",
               f"消防检查 {len(inspections)} 次（不合格项 "
               f"{sum(i.failed for i in inspections)} 项）；整改通知 {len(notices)} 份，其中复查合格关闭 {closed} 份、"
               f"至 {as_of.isoformat()} 逾期未整改 {overdue} 份；演练 {len(drills)} 次；培训 {len(trainings)} 次；义务消防队员 {len(members)} 人。")
    inspection_rows = tuple((i.number, format_local(i.started_at)[:10], i.template_name, i.area, i.inspector,
                             INSPECTION_STATUS_CHINESE[i.status], str(i.failed)) for i in inspections)
    notice_rows = tuple((n.number, n.area, n.found,
                         n.deadline.isoformat(),
                         NOTICE_STATUS_CHINESE[n.status] + ("（逾期）" if n.overdue(today()) else ""),
                         format_local(n.closed_at)[:10] if n.closed_at else "—") for n in notices)
    drill_rows = tuple((d.held_on.isoformat(), DRILL_KIND_CHINESE[d.kind], d.scenario, d.organiser, str(d.participants),
                        f"{d.evacuation_seconds // 60}分{d.evacuation_seconds % 60:02d}秒" if d.evacuation_seconds
                        else "—") for d in drills)
    training_rows = tuple((t.held_on.isoformat(), t.topic, t.trainer, str(t.attendees), f"{t.minutes}分钟")
                          for t in trainings)
    member_rows = tuple((m.name, m.department, TEAM_ROLE_CHINESE[m.role], m.phone, m.joined_on.isoformat())
                        for m in members)
    return a4_documents([
        Document(title="消防档案（一）消防检查", number=archive_number, **common,
                 notes=summary, table=Table((Column("检查单号", 0.17), Column("日期", 0.12, "centre"),
                                             Column("检查表", 0.25), Column("部位", 0.16), Column("检查人", 0.1, "centre"),
                                             Column("状态", 0.1, "centre"), Column("不合格", 0.1, "right")),
                                            inspection_rows, min_rows=1)),
        Document(title="消防档案（二）整改通知及复查结果", number=archive_number, **common,
                 table=Table((Column("通知书号", 0.17), Column("部位", 0.14), Column("隐患", 0.35),
                              Column("期限", 0.11, "centre"), Column("结果", 0.12, "centre"),
                              Column("关闭日期", 0.11, "centre")), notice_rows, min_rows=1)),
        Document(title="消防档案（三）消防演练", number=archive_number, **common,
                 table=Table((Column("日期", 0.12, "centre"), Column("类型", 0.14, "centre"), Column("演练内容", 0.4),
                              Column("组织人", 0.12, "centre"), Column("人数", 0.08, "right"),
                              Column("疏散用时", 0.14, "centre")), drill_rows, min_rows=1)),
        Document(title="消防档案（四）消防培训及义务消防队", number=archive_number, **common,
                 notes=tuple(f"义务消防队：{name}（{department}，{role}，{phone}，{joined}入队）"
                             for name, department, role, phone, joined in member_rows) or ("义务消防队：未登记队员。",),
                 table=Table((Column("日期", 0.14, "centre"), Column("培训内容", 0.46), Column("授课人", 0.14, "centre"),
                              Column("人数", 0.12, "right"), Column("时长", 0.14, "centre")), training_rows,
                             min_rows=1)),
        *_register(db, actor, site, common["issued"])])
