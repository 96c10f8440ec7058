"""The schedules page of the checklists window: which checklist is done where, from when, so that inspections
fall due; started, changed, stopped and resumed by the safety officer."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from app.safety.model import (
    AREA_KIND_LABELS,
    CHECK_CATEGORY_LABELS,
    FREQUENCY_LABELS,
    AreaDraft,
    AreaKind,
    ScheduleDraft,
    ScheduleView,
    TemplateView,
)
from app.safety.schedules import list_schedules, save_schedule
from app.safety.templates import list_templates
from ui.forms import FormDialog, choices
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state
from ui.row_table import RowTable
from ui.table_model import ROW_ROLE, Column
from ui.theme import STATUS_GREEN, STATUS_GREY

SYSTEM, TEXT, REQUIREMENT = range(3)



def kind_text(category) -> str:
    return translate_text(CHECK_CATEGORY_LABELS[category])


def frequency_text(frequency) -> str:
    return translate_text(FREQUENCY_LABELS[frequency])


class ScheduleDialog(FormDialog):
    """A new schedule, or a change to ``schedule``: a checklist in use, an area and the first day."""

    HINTS = {AreaKind.BUILDING: "A", AreaKind.FLOOR: "A 12 / A -1", AreaKind.UNIT: "A-1201",
             AreaKind.PLANT_ROOM: "消防水泵房"}

    def __init__(self, db: Database, actor: Actor, schedule: ScheduleView | None, templates: list[TemplateView],
                 parent: QWidget | None = None):
        title = self.tr("New schedule") if schedule is None else self.tr("Edit the schedule of {name} in {area}").format(
            name=schedule.template_name, area=schedule.area)
        super().__init__(parent, title, lambda v: save_schedule(db, actor, ScheduleDraft(
            v["template"] or "", AreaDraft(v["area_kind"], v["area"]), v["starts_on"], v["active"]),
            schedule.id if schedule else None))
        self.set_intro(self.tr("An inspection falls due in the area once in every period of the checklist's "
                               "frequency (a day, a week from Monday, a month...) from the first day."))
        checklist = QComboBox()
        for template in templates:
            checklist.addItem(f"{template.code} {template.name} · {frequency_text(template.frequency)}", template.code)
        if schedule is not None and checklist.findData(schedule.template_code) < 0:  # retired since
            checklist.addItem(f"{schedule.template_code} {schedule.template_name}", schedule.template_code)
        self.add_field("template", self.tr("Checklist"), checklist, required=True)
        kind = self.add_field("area_kind", self.tr("Kind of area"), choices(AREA_KIND_LABELS), required=True)
        self.area = self.add_field("area", self.tr("Area"), QLineEdit(), required=True)
        kind.currentIndexChanged.connect(self.hint)
        first = schedule.starts_on if schedule else today()
        self.add_field("starts_on", self.tr("From"), QDateEdit(QDate(first.year, first.month, first.day),
                                                               calendarPopup=True, displayFormat="yyyy-MM-dd"),
                       required=True)
        self.add_field("active", self.tr("Active"), QCheckBox(self.tr("falls due (untick to stop)"),
                                                             checked=schedule.active if schedule else True))
        if schedule is not None:
            checklist.setCurrentIndex(checklist.findData(schedule.template_code))
            kind.setCurrentIndex(kind.findData(schedule.area_kind.value))
            self.area.setText(schedule.area)  # as the service wrote it ("A座 地下1层"), which it takes back
        self.hint()
        self.setMinimumWidth(560)

    def hint(self, *_args) -> None:
        self.area.setPlaceholderText(self.HINTS[AreaKind(self.field("area_kind").currentData())])

class SchedulesPage(QWidget):
    """The schedules that make inspections due: a checklist in an area from a date."""

    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db, self.actor = db, actor
        self.templates: dict[str, TemplateView] = {}

        def grey(schedule: ScheduleView):
            return None if schedule.active else STATUS_GREY

        self.table = RowTable([
            Column(self.tr("Checklist"), lambda s: f"{s.template_code} {s.template_name}", None, grey),
            Column(self.tr("Kind"), lambda s: kind_text(s.category), None, grey),
            Column(self.tr("Frequency"), lambda s: frequency_text(s.frequency), None, grey),
            Column(self.tr("Area"), lambda s: s.area, None, grey),
            Column(self.tr("From"), lambda s: s.starts_on, None, grey),
            Column(self.tr("Status"), self.status_text, None, lambda s: STATUS_GREEN if s.active else STATUS_GREY),
        ], "schedulesTable", stretch=0)
        toolbar = action_toolbar(self, (("add", self.tr("New schedule..."), self.add, "Ctrl+N"),
                                        ("edit", self.tr("Edit schedule..."), self.edit_selected, None),
                                        ("disable", self.tr("Stop"), lambda: self.set_active(False), None),
                                        ("enable", self.tr("Resume"), lambda: self.set_active(True), None)))
        self.add_action, self.edit_action, self.stop_action, self.resume_action = toolbar.actions()[:4]
        self.may_keep = actor.can(Permission.KEEP_SAFETY)
        if not self.may_keep:
            for action in toolbar.actions():
                action.setEnabled(False)
                action.setToolTip(self.tr("Only the safety officer can change schedules"))
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.empty = empty_state(self.tr("No schedule yet: add one so that inspections fall due (e.g. the daily "
                                         "patrol of building A): New schedule, Ctrl+N."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.stack, 1)

    def status_text(self, schedule: ScheduleView) -> str:
        template = self.templates.get(schedule.template_code)
        if template is not None and not template.active:
            return self.tr("Checklist retired")
        return self.tr("Active") if schedule.active else self.tr("Stopped")

    def refresh(self, *_args) -> None:
        selected = self.table.selected()
        try:
            self.templates = {t.code: t for t in list_templates(self.db, self.actor)}
            schedules = list_schedules(self.db, self.actor)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            schedules = []
        self.table.set_rows(schedules)
        self.stack.setCurrentWidget(self.table if schedules else self.empty)
        if selected is not None:
            self.select(selected.id)
        self.show_selected()

    def select(self, schedule_id: int) -> None:
        rows = [r for r in range(self.table.proxy.rowCount()) if self.table.proxy.index(r, 0).data(ROW_ROLE).id
                == schedule_id]
        if rows:
            self.table.selectRow(rows[0])

    def show_selected(self, *_args) -> None:
        schedule = self.table.selected()
        template = self.templates.get(schedule.template_code) if schedule else None
        self.edit_action.setEnabled(self.may_keep and schedule is not None)
        self.stop_action.setEnabled(self.may_keep and schedule is not None and schedule.active)
        self.resume_action.setEnabled(self.may_keep and schedule is not None and not schedule.active
                                      and template is not None and template.active)

    def add(self) -> None:
        if self.add_action.isEnabled():
            self._edit(None)

    def edit_selected(self, *_args) -> None:
        schedule = self.table.selected()
        if self.edit_action.isEnabled() and schedule is not None:
            self._edit(schedule)

    def _edit(self, schedule: ScheduleView | None) -> None:
        in_use = [t for t in self.templates.values() if t.active]
        if not in_use and schedule is None:
            QMessageBox.information(self, self.window().windowTitle(), self.tr(
                "There are no checklists in use yet: add or install them under Checklists first."))
            return
        dialog = ScheduleDialog(self.db, self.actor, schedule, in_use, self)
        if dialog.exec():
            self.refresh()
            self.select(dialog.result_value.id)

    def set_active(self, active: bool) -> None:
        schedule = self.table.selected()
        action = self.resume_action if active else self.stop_action
        if not action.isEnabled() or schedule is None:
            return
        try:
            save_schedule(self.db, self.actor, ScheduleDraft(schedule.template_code, AreaDraft(
                schedule.area_kind, schedule.area), schedule.starts_on, active), schedule.id)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            return
        self.refresh()
