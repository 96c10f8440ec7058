"""消防责任 Fire responsibility: the three levels of the company (its general manager as 消防安全责任人, department
managers, team leaders) and the person responsible for fire safety in each unit (防火责任人), to whom the unit's
rectification notices go; and the printable register of both. The safety officer keeps them; others read."""

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from app.safety.responsibility import (
    DUTY_LEVEL_LABELS,
    DutyDraft,
    DutyLevel,
    DutyView,
    WardenView,
    list_duties,
    list_wardens,
    remove_duty,
    save_duty,
    set_warden,
)
from app.search_keys import initials
from ui.forms import FormDialog, choices
from ui.i18n import error_text, translate_text
from ui.kept_list import KeptList
from ui.list_parts import ActionSpec, action_toolbar, search_box
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN


def qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_edit(day=None) -> QDateEdit:
    """A date of the past (a record is made after the event), today unless given."""
    return QDateEdit(qdate(day or today()), calendarPopup=True, displayFormat="yyyy-MM-dd",
                     maximumDate=qdate(today()))


class KeptPage(KeptList):
    """One page of a safety register: the safety officer's actions, disabled for those who only read."""

    permission = Permission.KEEP_SAFETY

    def __init__(self, db: Database, actor: Actor, table: RowTable, actions: Sequence[ActionSpec],
                 empty: str = ""):
        super().__init__(db, actor)
        self.assemble(table, actions, empty)

    def read_only_tip(self) -> str:
        return self.tr("Only the safety officer can change this")


def focus_page(tabs: QTabWidget) -> None:
    """Focus inside the page shown, so that its own shortcuts (Ctrl+N, Ctrl+F) work, even when it is empty."""
    page = tabs.currentWidget()
    page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    (page.table if page.stack.currentWidget() is page.table else page).setFocus(Qt.FocusReason.TabFocusReason)


class DutyDialog(FormDialog):
    """A new person in the three levels, or a change to ``duty``."""

    def __init__(self, db: Database, actor: Actor, duty: DutyView | None, has_head: bool,
                 parent: QWidget | None = None):
        title = self.tr("Add to the register") if duty is None else self.tr("Edit {name}").format(name=duty.name)
        super().__init__(parent, title, lambda v: save_duty(db, actor, DutyDraft(
            v["level"], v["position"], v["name"], v["phone"], v["scope"]), duty.id if duty else None))
        self.set_intro(self.tr("First level: the general manager, who answers for the company's fire safety "
                               "(one person). Second: department managers. Third: team leaders."))
        level = self.add_field("level", self.tr("Level"), choices(DUTY_LEVEL_LABELS), required=True)
        self.add_field("position", self.tr("Position"), QLineEdit(duty.position if duty else "",
                                                                  placeholderText="工程部经理"), required=True)
        self.add_field("name", self.tr("Name"), QLineEdit(duty.name if duty else ""), required=True)
        self.add_field("phone", self.tr("Phone"), QLineEdit(duty.phone if duty else ""), required=True)
        self.add_field("scope", self.tr("Answers for"), QLineEdit(duty.scope if duty else "",
                                                                  placeholderText="工程部及设备机房"))
        shown = duty.level if duty else DutyLevel.DEPARTMENT if has_head else DutyLevel.COMPANY
        level.setCurrentIndex(level.findData(shown.value))
        self.setMinimumWidth(520)


class WardenDialog(FormDialog):
    """The person responsible for fire safety in ``warden.unit``, prefilled with whoever is registered."""

    def __init__(self, db: Database, actor: Actor, warden: WardenView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Person responsible for {unit}").format(unit=warden.unit),
                         lambda v: set_warden(db, actor, warden.unit, v["name"], v["phone"], v["since"]))
        self.set_intro(self.tr("{unit} ({occupant}): the person who answers for fire safety in the unit and "
                               "receives its rectification notices. An empty name removes whoever is "
                               "registered.").format(
            unit=warden.unit, occupant=warden.occupant or self.tr("no occupant")))
        self.add_field("name", self.tr("Name"), QLineEdit(warden.name), required=True)
        self.add_field("phone", self.tr("Phone"), QLineEdit(warden.phone), required=True)
        self.add_field("since", self.tr("Since"), day_edit(warden.since))


class DutiesPage(KeptPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor, RowTable([
            Column(self.tr("Level"), lambda d: str(d.level.value),
                   lambda v: translate_text(DUTY_LEVEL_LABELS[DutyLevel(int(v))])),
            Column(self.tr("Position"), lambda d: d.position),
            Column(self.tr("Name"), lambda d: d.name),
            Column(self.tr("Phone"), lambda d: d.phone),
            Column(self.tr("Answers for"), lambda d: d.scope),
        ], "dutiesTable"), (
            ("add", self.tr("New..."), self.add, "Ctrl+N"),
            ("edit", self.tr("Edit..."), self.edit_selected, None),
            ("remove", self.tr("Remove"), self.remove_selected, None)),
            self.tr("Nobody is in the register yet. Start with the general manager, who answers for the "
                    "company's fire safety, then the department managers and team leaders (New, Ctrl+N)."))
        self.add_action, self.edit_action, self.remove_action = self.toolbar.actions()[:3]
        self.table.doubleClicked.connect(self.edit_selected)
        self.refresh()

    def load(self) -> list[DutyView]:
        return list_duties(self.db, self.actor)

    def show_selected(self, *_args) -> None:
        for action in (self.edit_action, self.remove_action):
            self.enable(action, self.table.selected() is not None)

    def dialog(self, duty: DutyView | None) -> FormDialog:
        return DutyDialog(self.db, self.actor, duty, any(d.level is DutyLevel.COMPANY for d in self.rows), self)

    def remove_selected(self) -> None:
        duty = self.table.selected()
        if not self.remove_action.isEnabled() or duty is None or not self.confirmed(
                self.tr("Remove {name} ({position}) from the register?").format(name=duty.name,
                                                                               position=duty.position)):
            return
        try:
            remove_duty(self.db, self.actor, duty.id)
        except FrontOfficeError as error:
            self.warn(error)
        self.refresh()
        self.changed.emit()


class WardensPage(KeptPage):
    def __init__(self, db: Database, actor: Actor):
        unset = self.tr("Not assigned")
        super().__init__(db, actor, RowTable([
            Column(self.tr("Unit"), lambda w: w.unit),
            Column(self.tr("Occupant"), lambda w: w.occupant),
            Column(self.tr("Person responsible"), lambda w: w.name, lambda v: v or unset,
                   lambda w: None if w.name else STATUS_AMBER),
            Column(self.tr("Phone"), lambda w: w.phone),
            Column(self.tr("Since"), lambda w: w.since),
        ], "wardensTable", stretch=1), (
            ("edit", self.tr("Set or change..."), self.set_selected, None),
            ("remove", self.tr("Remove"), self.remove_selected, None)))
        self.set_action, self.remove_action = self.toolbar.actions()[:2]
        self.search = search_box(self, self.tr("Search unit, occupant or person, or pinyin initials (Ctrl+F)"))
        self.search.textChanged.connect(self.show_rows)
        self.missing_only = QCheckBox(self.tr("Only units without one"), objectName="missingOnly")
        self.missing_only.toggled.connect(self.refresh)
        self.missing = QLabel(objectName="missingCount")
        self.filters.addWidget(self.search, 1)
        self.filters.addWidget(self.missing_only)
        self.filters.addWidget(self.missing)
        self.table.doubleClicked.connect(self.set_selected)
        self.refresh()

    def load(self) -> list[WardenView]:
        return list_wardens(self.db, self.actor, missing_only=self.missing_only.isChecked())

    def shown(self, rows: list[WardenView]) -> list[WardenView]:
        text = self.search.text().strip().lower()
        return [w for w in rows if not text or text in f"{w.unit} {w.occupant} {w.name}".lower()
                or text in initials(w.occupant) or text in initials(w.name)]

    def show_rows(self, *_args) -> None:
        super().show_rows()
        self.empty.setText(self.tr("Every unit has a person responsible.") if self.missing_only.isChecked() else
                           self.tr("There are no units yet: they are added in the owners' register."))
        missing = sum(1 for w in self.rows if not w.name)
        self.missing.setText(self.tr("Units without a person responsible: {count}").format(count=missing)
                             if missing else self.tr("Every unit has a person responsible"))
        self.missing.setStyleSheet(f"color: {(STATUS_AMBER if missing else STATUS_GREEN).name()};")

    def show_selected(self, *_args) -> None:
        warden = self.table.selected()
        self.enable(self.set_action, warden is not None)
        self.enable(self.remove_action, warden is not None and bool(warden.name))

    def set_selected(self, *_args) -> None:
        warden = self.table.selected()
        if not self.set_action.isEnabled() or warden is None:
            return
        if WardenDialog(self.db, self.actor, warden, self).exec():
            self.refresh()
            self.select_where(lambda w: w.unit == warden.unit)
            self.changed.emit()

    def remove_selected(self) -> None:
        warden = self.table.selected()
        if not self.remove_action.isEnabled() or warden is None or not self.confirmed(
                self.tr("Remove {name} as the person responsible for {unit}?").format(name=warden.name,
                                                                                     unit=warden.unit)):
            return
        try:
            set_warden(self.db, self.actor, warden.unit, "", "")
        except FrontOfficeError as error:
            self.warn(error)
        self.refresh()
        self.select_where(lambda w: w.unit == warden.unit)
        self.changed.emit()


class ResponsibilityWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("responsibilityWindow")
        self.setWindowTitle(self.tr("Fire responsibility"))
        self.resize(1000, 640)
        toolbar = action_toolbar(self, (("print", self.tr("Print the register..."), self.print_register,
                                         "Ctrl+P"),))
        self.print_action = toolbar.actions()[0]
        self.duties = DutiesPage(db, actor)
        self.wardens = WardensPage(db, actor)
        self.tabs = QTabWidget(objectName="responsibilityTabs")
        self.tabs.addTab(self.duties, self.tr("Three levels of responsibility"))
        self.tabs.addTab(self.wardens, self.tr("Persons responsible in the units"))
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.tabs, 1)
        if not actor.can(Permission.KEEP_SAFETY):
            layout.addWidget(QLabel(self.tr("Read only: only the safety officer can change the register."),
                                    objectName="readOnly"))
        self.tabs.currentChanged.connect(lambda *_: focus_page(self.tabs))
        focus_page(self.tabs)

    def print_register(self) -> None:
        from app.safety.documents import responsibility_register_pdf  # imported when used: drawn on demand

        try:
            pdf = responsibility_register_pdf(self.db, self.actor)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        PdfPreviewDialog(pdf, self.tr("Fire responsibility register"), "fire_register", A4, self,
                         suggested_name="消防责任人名册.pdf").exec()
