"""The words of engineering: where a work order comes from, its category and priority, its life, the work
done on it, and the plain views the services return."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from app.i18n import _
from app.state_machine import StateMachine
from db.types import utcnow


class Source(StrEnum):
    PHONE = "phone"
    FRONT_DESK = "front_desk"
    IN_PERSON = "in_person"
    SELF_INSPECTION = "self_inspection"  # 自检报修: found by our own staff


SOURCE_LABELS = {Source.PHONE: _("By phone"), Source.FRONT_DESK: _("At the front desk"),
                 Source.IN_PERSON: _("In person"), Source.SELF_INSPECTION: _("Self-inspection")}
SOURCE_CHINESE = {Source.PHONE: "电话报修", Source.FRONT_DESK: "前台报修", Source.IN_PERSON: "上门报修",
                  Source.SELF_INSPECTION: "自检报修"}


class Category(StrEnum):
    ELECTRICAL = "electrical"
    PLUMBING = "plumbing"
    HVAC = "hvac"
    LIFT = "lift"
    CIVIL = "civil"
    FIRE = "fire"
    DOORS = "doors"
    OTHER = "other"


CATEGORY_LABELS = {Category.ELECTRICAL: _("Electrical"), Category.PLUMBING: _("Plumbing"),
                   Category.HVAC: _("HVAC"), Category.LIFT: _("Lifts"), Category.CIVIL: _("Civil works"),
                   Category.FIRE: _("Fire systems"), Category.DOORS: _("Doors and locks"),
                   Category.OTHER: _("Other")}
CATEGORY_CHINESE = {Category.ELECTRICAL: "电气", Category.PLUMBING: "给排水", Category.HVAC: "空调暖通",
                    Category.LIFT: "电梯", Category.CIVIL: "土建", Category.FIRE: "消防设施",
                    Category.DOORS: "门窗锁具", Category.OTHER: "其他"}


class Priority(StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


PRIORITY_LABELS = {Priority.URGENT: _("Urgent"), Priority.HIGH: _("High"), Priority.NORMAL: _("Normal"),
                   Priority.LOW: _("Low")}
PRIORITY_CHINESE = {Priority.URGENT: "紧急", Priority.HIGH: "高", Priority.NORMAL: "一般", Priority.LOW: "低"}


class WorkStatus(StrEnum):
    REPORTED = "reported"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"  # waiting for parts
    AWAITING_ACCEPTANCE = "awaiting_acceptance"
    COMPLETED = "completed"  # accepted by the customer
    FOLLOWED_UP = "followed_up"  # 回访 done, satisfaction recorded
    CANCELLED = "cancelled"


class WorkAction(StrEnum):
    DISPATCH = "dispatch"  # also to another technician while still dispatched
    START = "start"
    HOLD = "hold"
    RESUME = "resume"
    RECORD_WORK = "record_work"
    FINISH = "finish"
    ACCEPT = "accept"
    REWORK = "rework"  # the customer does not accept: back to work
    FOLLOW_UP = "follow_up"
    CANCEL = "cancel"


WORK_STATUS_LABELS = {WorkStatus.REPORTED: _("awaiting dispatch"), WorkStatus.DISPATCHED: _("dispatched"),
                      WorkStatus.IN_PROGRESS: _("under repair"), WorkStatus.ON_HOLD: _("on hold"),
                      WorkStatus.AWAITING_ACCEPTANCE: _("awaiting acceptance"),
                      WorkStatus.COMPLETED: _("complete"), WorkStatus.FOLLOWED_UP: _("followed up"),
                      WorkStatus.CANCELLED: _("cancelled")}
WORK_STATUS_CHINESE = {WorkStatus.REPORTED: "待派工", WorkStatus.DISPATCHED: "已派工", WorkStatus.IN_PROGRESS: "维修中",
                       WorkStatus.ON_HOLD: "暂停待料", WorkStatus.AWAITING_ACCEPTANCE: "待验收",
                       WorkStatus.COMPLETED: "已完成", WorkStatus.FOLLOWED_UP: "已回访", WorkStatus.CANCELLED: "已取消"}
WORK_ACTION_LABELS = {WorkAction.DISPATCH: _("dispatch"), WorkAction.START: _("start work on"),
                      WorkAction.HOLD: _("put on hold"), WorkAction.RESUME: _("resume"),
                      WorkAction.RECORD_WORK: _("record work on"), WorkAction.FINISH: _("finish"),
                      WorkAction.ACCEPT: _("accept"), WorkAction.REWORK: _("send back for rework"),
                      WorkAction.FOLLOW_UP: _("follow up"), WorkAction.CANCEL: _("cancel")}

S, A = WorkStatus, WorkAction
WORK_MACHINE = StateMachine(_("Work order"), {
    (S.REPORTED, A.DISPATCH): S.DISPATCHED,
    (S.REPORTED, A.CANCEL): S.CANCELLED,
    (S.DISPATCHED, A.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, A.START): S.IN_PROGRESS,
    (S.DISPATCHED, A.HOLD): S.ON_HOLD,
    (S.DISPATCHED, A.CANCEL): S.CANCELLED,
    (S.IN_PROGRESS, A.RECORD_WORK): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.HOLD): S.ON_HOLD,
    (S.IN_PROGRESS, A.FINISH): S.AWAITING_ACCEPTANCE,
    (S.IN_PROGRESS, A.CANCEL): S.CANCELLED,
    (S.ON_HOLD, A.RESUME): S.IN_PROGRESS,
    (S.ON_HOLD, A.CANCEL): S.CANCELLED,
    (S.AWAITING_ACCEPTANCE, A.RECORD_WORK): S.AWAITING_ACCEPTANCE,
    (S.AWAITING_ACCEPTANCE, A.ACCEPT): S.COMPLETED,
    (S.AWAITING_ACCEPTANCE, A.REWORK): S.IN_PROGRESS,
    (S.AWAITING_ACCEPTANCE, A.CANCEL): S.CANCELLED,
    (S.COMPLETED, A.FOLLOW_UP): S.FOLLOWED_UP,
}, WORK_STATUS_LABELS, WORK_ACTION_LABELS)
del S, A

OPEN_STATUSES = (WorkStatus.REPORTED, WorkStatus.DISPATCHED, WorkStatus.IN_PROGRESS, WorkStatus.ON_HOLD,
                 WorkStatus.AWAITING_ACCEPTANCE)
RESPONDED = frozenset({WorkStatus.IN_PROGRESS, WorkStatus.ON_HOLD, WorkStatus.AWAITING_ACCEPTANCE,
                       WorkStatus.COMPLETED, WorkStatus.FOLLOWED_UP, WorkStatus.CANCELLED})
FINISHED = frozenset({WorkStatus.AWAITING_ACCEPTANCE, WorkStatus.COMPLETED, WorkStatus.FOLLOWED_UP,
                      WorkStatus.CANCELLED})

class LineKind(StrEnum):
    LABOUR = "labour"
    MATERIAL = "material"


LINE_KIND_LABELS = {LineKind.LABOUR: _("Labour"), LineKind.MATERIAL: _("Material")}


class Overdue(StrEnum):
    RESPONSE = "response"  # not on site (started) by the response deadline
    COMPLETION = "completion"  # not finished by the completion deadline


OVERDUE_LABELS = {Overdue.RESPONSE: _("response overdue"), Overdue.COMPLETION: _("completion overdue")}


@dataclass(frozen=True)
class WorkOrderDraft:
    source: Source | str
    category: Category | str
    priority: Priority | str
    description: str
    reporter: str = ""
    contact: str = ""
    unit: str = ""  # a unit's code, or empty for a common area named in ``location``
    location: str = ""
    equipment: str = ""  # an equipment code
    reported_at: datetime | None = None  # now when not given


@dataclass(frozen=True)
class WorkLineDraft:
    kind: LineKind | str
    quantity: Decimal
    description: str = ""  # labour: what was done; a material from the list takes its name
    material: str = ""  # a material's code on the list
    price: Decimal | None = None  # labour: the price per unit; a listed material takes its list price
    unit: str = ""  # labour: 次, 小时; a listed material takes its unit
    owner_supplied: bool = False  # the owner's own material: no price, no charge
    charged: bool | None = None  # None: the site's rule (see ``app.repairs.work``)


@dataclass(frozen=True)
class WorkLineView:
    kind: LineKind
    description: str
    material: str  # the material's code, or ""
    owner_supplied: bool
    unit: str
    quantity: Decimal
    price: Decimal
    amount: Decimal
    charged: bool


@dataclass(frozen=True)
class StepView:
    action: WorkAction | None  # None: the report itself
    from_status: WorkStatus | None
    to_status: WorkStatus
    at: datetime
    by: str
    note: str


@dataclass(frozen=True)
class WorkOrderView:
    number: str
    status: WorkStatus
    source: Source
    unit: str
    unit_residential: bool
    location: str
    equipment: str  # code
    equipment_name: str
    category: Category
    priority: Priority
    description: str
    reporter: str
    contact: str
    reported_at: datetime
    response_due: datetime
    completion_due: datetime
    technician: str
    technician_phone: str
    dispatched_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    accepted_at: datetime | None
    accepted_by: str
    followed_up_at: datetime | None
    satisfaction: int | None
    follow_up_note: str
    hold_reason: str
    cancel_reason: str
    lines: tuple[WorkLineView, ...]
    steps: tuple[StepView, ...]
    charge: Decimal  # what the charged lines come to
    charged: Decimal | None  # what was put on the unit's account at acceptance
    maintenance_task: str  # the maintenance order it came from, or ""

    @property
    def place(self) -> str:
        return " ".join(part for part in (self.unit, self.location) if part)

    def overdue(self, now: datetime | None = None) -> Overdue | None:
        now = now or utcnow()
        if self.status not in FINISHED and now > self.completion_due:
            return Overdue.COMPLETION
        if self.status not in RESPONDED and now > self.response_due:
            return Overdue.RESPONSE
        return None


@dataclass(frozen=True)
class TechnicianView:
    id: int
    name: str
    trade: str
    phone: str
    active: bool
    open_orders: int = 0


@dataclass(frozen=True)
class MaterialView:
    id: int
    code: str
    name: str
    unit: str
    price: Decimal
    active: bool


@dataclass(frozen=True)
class Deadline:
    respond_minutes: int
    complete_minutes: int


@dataclass(frozen=True)
class MonthCount:
    month: date  # the month's first day
    category: Category
    reported: int
    completed: int  # finished (awaiting acceptance or later) in the month
    average_hours: Decimal | None  # from report to finish, of those finished in the month


class RepairMethod(StrEnum):
    SCHEDULED = "scheduled"  # 强制维修: on a fixed schedule whatever its condition
    PERIODIC = "periodic"  # 定期检修: inspected periodically, repaired as found
    DIAGNOSTIC = "diagnostic"  # 诊断维修: repaired when monitoring shows a need
    OVERHAUL = "overhaul"  # 全面维修: taken apart and renewed on its overhaul cycle


REPAIR_METHOD_LABELS = {RepairMethod.SCHEDULED: _("Scheduled"), RepairMethod.PERIODIC: _("Periodic inspection"),
                        RepairMethod.DIAGNOSTIC: _("Diagnostic"), RepairMethod.OVERHAUL: _("Overhaul")}
REPAIR_METHOD_CHINESE = {RepairMethod.SCHEDULED: "强制维修", RepairMethod.PERIODIC: "定期检修",
                         RepairMethod.DIAGNOSTIC: "诊断维修", RepairMethod.OVERHAUL: "全面维修"}


class EquipmentStatus(StrEnum):
    IN_SERVICE = "in_service"
    UNDER_REPAIR = "under_repair"
    RETIRED = "retired"


EQUIPMENT_STATUS_LABELS = {EquipmentStatus.IN_SERVICE: _("In service"),
                           EquipmentStatus.UNDER_REPAIR: _("Under repair"), EquipmentStatus.RETIRED: _("Retired")}
EQUIPMENT_STATUS_CHINESE = {EquipmentStatus.IN_SERVICE: "在用", EquipmentStatus.UNDER_REPAIR: "维修中",
                            EquipmentStatus.RETIRED: "报废"}


class MaintenanceLevel(StrEnum):
    DAILY = "daily"  # 日常保养 (routine)
    LEVEL1 = "level1"  # 一级保养
    LEVEL2 = "level2"  # 二级保养


MAINTENANCE_LEVEL_LABELS = {MaintenanceLevel.DAILY: _("Daily (routine)"), MaintenanceLevel.LEVEL1: _("Level 1"),
                            MaintenanceLevel.LEVEL2: _("Level 2")}


class IntervalPeriod(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


INTERVAL_LABELS = {IntervalPeriod.DAY: _("days"), IntervalPeriod.WEEK: _("weeks"), IntervalPeriod.MONTH: _("months")}


@dataclass(frozen=True)
class CategoryView:
    id: int
    name: str
    repair_method: RepairMethod
    overhaul_months: int | None
    equipment_count: int = 0


@dataclass(frozen=True)
class EquipmentDraft:
    code: str
    name: str
    category: str  # an equipment category's name
    location: str = ""
    model: str = ""
    maker: str = ""
    supplier: str = ""
    installed_on: date | None = None
    warranty_until: date | None = None
    contractor: str = ""
    contract_until: date | None = None
    documents: str = ""
    note: str = ""


@dataclass(frozen=True)
class EquipmentView:
    id: int
    code: str
    name: str
    category: str
    repair_method: RepairMethod
    overhaul_months: int | None
    location: str
    model: str
    maker: str
    supplier: str
    installed_on: date | None
    warranty_until: date | None
    contractor: str
    contract_until: date | None
    status: EquipmentStatus
    documents: str
    note: str
    maintenance_due: int = 0  # maintenance orders not done
    maintenance_overdue: int = 0  # of which past their due date
    open_repairs: int = 0


@dataclass(frozen=True)
class HistoryEntry:
    on: date
    kind: str  # "repair" or "maintenance"
    number: str
    what: str
    by: str
    status: str  # a repair: its WorkStatus value; maintenance: "due" or "done"


@dataclass(frozen=True)
class PlanDraft:
    name: str
    level: MaintenanceLevel | str
    every: int
    period: IntervalPeriod | str
    tasks: str  # one task per line
    starts_on: date
    equipment: str = ""  # an equipment code, or
    category: str = ""  # an equipment category: every piece of it
    active: bool = True


@dataclass(frozen=True)
class PlanView:
    id: int
    name: str
    level: MaintenanceLevel
    every: int
    period: IntervalPeriod
    tasks: tuple[str, ...]
    starts_on: date
    equipment: str
    category: str
    active: bool


@dataclass(frozen=True)
class TaskView:
    number: str
    plan: str
    level: MaintenanceLevel
    tasks: tuple[str, ...]
    equipment: str
    equipment_name: str
    location: str
    due_on: date
    done: bool
    done_at: datetime | None
    done_by: str
    findings: str
    recorded_by: str
    repair_order: str  # the work order opened from its findings, or ""

    def overdue(self, on: date) -> bool:
        return not self.done and self.due_on < on
