"""The three lists of the fire-safety tab, as columns over the services' views: inspections due (missed in
red, due in amber), inspections made (with their answers beside), and rectification notices (overdue in red,
counted on the tab). Status is always a word as well as a colour."""

from PySide6.QtCore import QObject

from app.clock import today
from app.safety.model import (
    CHECK_CATEGORY_LABELS,
    DUE_STATE_LABELS,
    FREQUENCY_LABELS,
    INSPECTION_STATUS_LABELS,
    NOTICE_ACTION_LABELS,
    NOTICE_STATUS_LABELS,
    RESULT_LABELS,
    DueState,
    InspectionStatus,
    NoticeStatus,
    Result,
)
from ui.i18n import translate_text
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

DUE_COLOURS = {DueState.MISSED: STATUS_RED, DueState.DUE: STATUS_AMBER, DueState.DONE: STATUS_GREEN}
INSPECTION_COLOURS = {InspectionStatus.IN_PROGRESS: STATUS_AMBER, InspectionStatus.FINISHED: STATUS_GREEN,
                      InspectionStatus.CANCELLED: STATUS_GREY}
NOTICE_COLOURS = {NoticeStatus.CLOSED: STATUS_GREEN, NoticeStatus.CANCELLED: STATUS_GREY}
DUE_SOON_DAYS = 2  # an open notice this close to its deadline is shown in amber
RESULT_COLOURS = {Result.PASS: STATUS_GREEN, Result.FAIL: STATUS_RED, Result.NOT_APPLICABLE: STATUS_GREY}


def notice_colour(notice):
    """Overdue red, due within two days amber, put right green, cancelled grey; other open notices plain."""
    if notice.overdue(today()):
        return STATUS_RED
    if notice.status is NoticeStatus.OPEN:
        return STATUS_AMBER if (notice.deadline - today()).days <= DUE_SOON_DAYS else None
    return NOTICE_COLOURS[notice.status]


class SafetyColumns(QObject):
    """The columns of each list (a QObject for its translated titles)."""

    def due_columns(self) -> list[Column]:
        def state(due) -> str:
            if due.in_progress:
                return self.tr("in progress {number}").format(number=due.in_progress)
            if due.state is DueState.MISSED:
                return self.tr("missed {count} times").format(count=due.missed)
            text = translate_text(DUE_STATE_LABELS[due.state])
            return self.tr("{state} (missed {count} before)").format(state=text, count=due.missed) if due.missed \
                else text

        return [Column(self.tr("State"), state, None, lambda due: DUE_COLOURS[due.state]),
                Column(self.tr("Checklist"), lambda due: due.schedule.template_name),
                Column(self.tr("Kind"), lambda due: translate_text(CHECK_CATEGORY_LABELS[due.schedule.category])),
                Column(self.tr("Frequency"), lambda due: translate_text(FREQUENCY_LABELS[due.schedule.frequency])),
                Column(self.tr("Area"), lambda due: due.schedule.area),
                Column(self.tr("Due by"), lambda due: due.period_end),
                Column(self.tr("Last done"), lambda due: due.last_done or self.tr("never"))]


    def inspection_columns(self) -> list[Column]:
        return [Column(self.tr("Inspection"), lambda i: i.number),
                Column(self.tr("Status"), lambda i: translate_text(INSPECTION_STATUS_LABELS[i.status]), None,
                       lambda i: INSPECTION_COLOURS[i.status]),
                Column(self.tr("Checklist"), lambda i: i.template_name),
                Column(self.tr("Kind"), lambda i: translate_text(CHECK_CATEGORY_LABELS[i.category])),
                Column(self.tr("Area"), lambda i: i.area),
                Column(self.tr("Inspector"), lambda i: i.inspector),
                Column(self.tr("Started"), lambda i: i.started_at),
                Column(self.tr("Failed"), lambda i: i.failed, None, lambda i: STATUS_RED if i.failed else None)]


    def answer_columns(self) -> list[Column]:
        def follow_up(answer) -> str:
            return " ".join(number for number in (answer.notice, answer.repair_order) if number)

        return [Column(self.tr("System"), lambda a: a.item.system),
                Column(self.tr("Item"), lambda a: a.item.text),
                Column(self.tr("Result"), lambda a: translate_text(RESULT_LABELS[a.result]) if a.result else "—", None,
                       lambda a: RESULT_COLOURS.get(a.result)),
                Column(self.tr("Found"), lambda a: a.note),
                Column(self.tr("Photos"), lambda a: len(a.photos) or ""),
                Column(self.tr("Follow-up"), follow_up)]


    def notice_status(self, notice) -> str:
        text = translate_text(NOTICE_STATUS_LABELS[notice.status])
        if notice.overdue(today()):
            return self.tr("{status} · overdue {days} days").format(status=text, days=(today() - notice.deadline).days)
        if notice.status is NoticeStatus.OPEN:
            return self.tr("{status} · {days} days left").format(status=text, days=(notice.deadline - today()).days)
        return text

    def notice_columns(self) -> list[Column]:
        return [Column(self.tr("Notice"), lambda n: n.number),
                Column(self.tr("Status"), self.notice_status, None, notice_colour),
                Column(self.tr("Deadline"), lambda n: n.deadline),
                Column(self.tr("Area"), lambda n: n.area),
                Column(self.tr("To"), lambda n: n.recipient),
                Column(self.tr("Finding"), lambda n: n.found),
                Column(self.tr("Signed for"), lambda n: n.signed_by or "—")]


    def step_columns(self) -> list[Column]:
        return [Column(self.tr("When"), lambda s: s.at),
                Column(self.tr("Step"), lambda s: translate_text(NOTICE_ACTION_LABELS[s.action])),
                Column(self.tr("Who"), lambda s: s.person or s.by),
                Column(self.tr("Note"), lambda s: s.note + (f" → {s.deadline.isoformat()}" if s.deadline else ""))]
