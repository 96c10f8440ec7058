"""The words of safety rounds: checklists of three kinds (fire, cleaning, security) and their frequencies,
the areas they are done in, answers, rectification notices and their life, and the plain views the
services return."""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.i18n import _
from app.state_machine import StateMachine


class CheckCategory(StrEnum):
    FIRE = "fire"
    CLEANING = "cleaning"  # 清洁检查
    SECURITY = "security"  # 保安巡逻


CHECK_CATEGORY_LABELS = {CheckCategory.FIRE: _("Fire safety"), CheckCategory.CLEANING: _("Cleaning"),
                         CheckCategory.SECURITY: _("Security patrol")}
CHECK_CATEGORY_CHINESE = {CheckCategory.FIRE: "消防检查", CheckCategory.CLEANING: "清洁检查",
                          CheckCategory.SECURITY: "保安巡逻"}


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


FREQUENCY_LABELS = {Frequency.DAILY: _("Daily"), Frequency.WEEKLY: _("Weekly"), Frequency.MONTHLY: _("Monthly"),
                    Frequency.QUARTERLY: _("Quarterly"), Frequency.YEARLY: _("Yearly")}
FREQUENCY_CHINESE = {Frequency.DAILY: "每日", Frequency.WEEKLY: "每周", Frequency.MONTHLY: "每月",
                     Frequency.QUARTERLY: "每季度", Frequency.YEARLY: "每年"}


class AreaKind(StrEnum):
    BUILDING = "building"  # a whole building, by its name
    FLOOR = "floor"  # a floor of a building: "A 12"
    UNIT = "unit"  # a unit by its code: "A-1201"
    PLANT_ROOM = "plant_room"  # a plant room or other common place, by its name: 消防水泵房


AREA_KIND_LABELS = {AreaKind.BUILDING: _("Building"), AreaKind.FLOOR: _("Floor"), AreaKind.UNIT: _("Unit"),
                    AreaKind.PLANT_ROOM: _("Plant room or common area")}


class Result(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "na"


RESULT_LABELS = {Result.PASS: _("Pass"), Result.FAIL: _("Fail"), Result.NOT_APPLICABLE: _("N/A")}
RESULT_CHINESE = {Result.PASS: "合格", Result.FAIL: "不合格", Result.NOT_APPLICABLE: "不适用"}


class InspectionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    CANCELLED = "cancelled"


INSPECTION_STATUS_LABELS = {InspectionStatus.IN_PROGRESS: _("in progress"),
                            InspectionStatus.FINISHED: _("finished"), InspectionStatus.CANCELLED: _("cancelled")}
INSPECTION_STATUS_CHINESE = {InspectionStatus.IN_PROGRESS: "进行中", InspectionStatus.FINISHED: "已完成",
                             InspectionStatus.CANCELLED: "已取消"}


class NoticeStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # a re-inspection found it put right
    CANCELLED = "cancelled"  # issued in error


class NoticeAction(StrEnum):
    ISSUE = "issue"
    SIGN = "sign"  # the recipient signed for it
    EXTEND = "extend"  # re-inspected, not yet right: a new deadline, with the reason
    CLOSE = "close"  # re-inspected and found right
    CANCEL = "cancel"


NOTICE_STATUS_LABELS = {NoticeStatus.OPEN: _("open"), NoticeStatus.CLOSED: _("closed"),
                        NoticeStatus.CANCELLED: _("cancelled")}
NOTICE_STATUS_CHINESE = {NoticeStatus.OPEN: "整改中", NoticeStatus.CLOSED: "已复查关闭", NoticeStatus.CANCELLED: "已撤销"}
NOTICE_ACTION_LABELS = {NoticeAction.ISSUE: _("issue"), NoticeAction.SIGN: _("record the signature on"),
                        NoticeAction.EXTEND: _("extend"), NoticeAction.CLOSE: _("close"),
                        NoticeAction.CANCEL: _("cancel")}
NOTICE_ACTION_CHINESE = {NoticeAction.ISSUE: "签发", NoticeAction.SIGN: "签收", NoticeAction.EXTEND: "复查延期",
                         NoticeAction.CLOSE: "复查合格", NoticeAction.CANCEL: "撤销"}

NOTICE_MACHINE = StateMachine(_("Rectification notice"), {
    (NoticeStatus.OPEN, NoticeAction.SIGN): NoticeStatus.OPEN,
    (NoticeStatus.OPEN, NoticeAction.EXTEND): NoticeStatus.OPEN,
    (NoticeStatus.OPEN, NoticeAction.CLOSE): NoticeStatus.CLOSED,
    (NoticeStatus.OPEN, NoticeAction.CANCEL): NoticeStatus.CANCELLED,
}, NOTICE_STATUS_LABELS, NOTICE_ACTION_LABELS)


class DueState(StrEnum):
    DONE = "done"  # done in the current period
    DUE = "due"  # not yet done in the current period
    MISSED = "missed"  # not done, and at least one earlier period was missed too


DUE_STATE_LABELS = {DueState.DONE: _("done"), DueState.DUE: _("due"), DueState.MISSED: _("missed")}


# --- templates ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemDraft:
    system: str
    text: str
    requirement: str = ""


@dataclass(frozen=True)
class TemplateDraft:
    name: str
    category: CheckCategory | str
    frequency: Frequency | str
    items: tuple[ItemDraft, ...]
    code: str = ""  # a new checklist's code; a revision keeps its code


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    system: str
    text: str
    requirement: str


@dataclass(frozen=True)
class TemplateView:
    id: int
    code: str
    version: int
    category: CheckCategory
    name: str
    frequency: Frequency
    current: bool
    active: bool
    created_at: datetime
    created_by: str
    items: tuple[ItemView, ...]
    inspections: int = 0  # made on this version


# --- areas and schedules ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AreaDraft:
    kind: AreaKind | str
    name: str  # a building's name, "A 12" for a floor, a unit's code, or a plant room's name


@dataclass(frozen=True)
class ScheduleDraft:
    template_code: str
    area: AreaDraft
    starts_on: date
    active: bool = True


@dataclass(frozen=True)
class ScheduleView:
    id: int
    template_code: str
    template_name: str
    category: CheckCategory
    frequency: Frequency
    area_kind: AreaKind
    area: str
    starts_on: date
    active: bool


@dataclass(frozen=True)
class DueView:
    schedule: ScheduleView
    period_start: date
    period_end: date  # the inspection is due by this day
    state: DueState
    missed: int  # earlier periods since the schedule began with no finished inspection
    last_done: date | None
    last_number: str
    in_progress: str = ""  # the number of a round of it started and not yet finished


# --- inspections ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InspectionDraft:
    template_code: str
    area: AreaDraft
    inspector: str = ""  # the acting user when not given
    started_at: datetime | None = None  # now when not given
    note: str = ""


@dataclass(frozen=True)
class AnswerDraft:
    item_id: int
    result: Result | str
    note: str = ""
    at: datetime | None = None  # when the item was checked (a patrol point reached); now when not given


@dataclass(frozen=True)
class FollowUp:
    """What a failed item leads to when the inspection is finished. A fire item always makes a notice (with
    this requirement and deadline); ``repair`` also opens a work order where the area is common, and a
    cleaning or patrol item opens a work order only."""

    item_id: int
    requirement: str = ""  # the item's own requirement when empty
    deadline: date | None = None  # the inspection's day + DEFAULT_NOTICE_DAYS when not given
    repair: bool = False
    repair_category: str = ""  # a repairs Category value; fire systems for fire, other otherwise
    unit: str = ""  # the unit responsible when it is not the inspection's own (a shop found on a floor round)


@dataclass(frozen=True)
class PhotoView:
    id: int
    filename: str
    size: int


@dataclass(frozen=True)
class AnswerView:
    item: ItemView
    result: Result | None  # None: not answered yet
    note: str
    answered_at: datetime | None
    photos: tuple[PhotoView, ...]
    notice: str  # the notice's number, or ""
    repair_order: str  # the work order's number, or ""


@dataclass(frozen=True)
class InspectionView:
    number: str
    template_id: int
    template_code: str
    template_version: int
    template_name: str
    category: CheckCategory
    frequency: Frequency
    area_kind: AreaKind
    area: str
    unit: str
    inspector: str
    started_at: datetime
    finished_at: datetime | None
    status: InspectionStatus
    note: str
    recorded_by: str
    answers: tuple[AnswerView, ...]

    @property
    def unanswered(self) -> int:
        return sum(1 for answer in self.answers if answer.result is None)

    @property
    def failed(self) -> int:
        return sum(1 for answer in self.answers if answer.result is Result.FAIL)


# --- notices -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeStepView:
    action: NoticeAction
    at: datetime
    by: str
    person: str
    note: str
    deadline: date | None


@dataclass(frozen=True)
class NoticeView:
    number: str
    status: NoticeStatus
    inspection: str
    template_name: str
    category: CheckCategory
    unit: str  # "" for a common area: the notice goes to engineering
    recipient: str
    recipient_phone: str
    area: str
    system: str
    item: str
    finding: str
    requirement: str
    inspected_at: datetime
    inspector: str
    deadline: date
    issued_at: datetime
    issued_by: str
    signed_by: str
    signed_at: datetime | None
    closed_at: datetime | None
    repair_order: str
    steps: tuple[NoticeStepView, ...] = field(default=())

    def overdue(self, on: date) -> bool:
        return self.status is NoticeStatus.OPEN and self.deadline < on

    @property
    def found(self) -> str:
        """What the inspector found, without the item's own words; the item when nothing was noted."""
        return self.finding.split("发现：", 1)[1] if "发现：" in self.finding else self.item

    @property
    def extensions(self) -> int:
        return sum(1 for step in self.steps if step.action is NoticeAction.EXTEND)


@dataclass(frozen=True)
class Reinspection:
    """A re-inspection of a notice's item: right now (the notice closes) or not yet (a new deadline, with
    the reason)."""

    inspector: str
    passed: bool
    note: str = ""
    at: datetime | None = None
    new_deadline: date | None = None
    reason: str = ""
