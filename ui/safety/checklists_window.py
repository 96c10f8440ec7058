"""检查表与计划 Checklists and schedules: the versioned checklists of fire, cleaning and security rounds (the
current version of each, its items by system and its versions with the inspections made on each), and the
schedules that make inspections due in an area. The safety officer keeps them; others with the safety tab read.
"""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from app.safety.model import (
    CHECK_CATEGORY_LABELS,
    FREQUENCY_LABELS,
    ItemDraft,
    TemplateDraft,
    TemplateView,
)
from app.safety.templates import (
    add_template,
    install_standard,
    list_templates,
    revise_template,
    set_template_active,
    versions,
)
from ui.forms import FormDialog, choices
from ui.i18n import error_text, translate_text
from ui.line_grid import LineGrid
from ui.list_parts import action_toolbar, empty_state
from ui.row_table import RowTable, detail_table
from ui.safety.schedules_page import SchedulesPage, frequency_text, kind_text
from ui.table_model import Column, RowTableModel
from ui.theme import STATUS_GREEN, STATUS_GREY

SYSTEM, TEXT, REQUIREMENT = range(3)

class ItemsEditor(LineGrid):
    """A checklist's items: the system (or patrol point) each belongs to, what to check and the requirement."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("System"), self.tr("Item to check"), self.tr("Requirement")], "itemsTable", 820,
                         parent=parent)
        self.table.setMinimumHeight(280)

    def add_line(self, system: str = "", text: str = "", requirement: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value, name in ((SYSTEM, system, "system"), (TEXT, text, "text"),
                                    (REQUIREMENT, requirement, "requirement")):
            edit = QLineEdit(value, objectName=f"{name}{row}")
            edit.setCursorPosition(0)  # a long text shows from its beginning
            self.table.setCellWidget(row, column, edit)
        self.table.setColumnWidth(SYSTEM, 150)
        self.table.setColumnWidth(TEXT, 430)
        return row

    def new_line(self) -> None:
        """A new line in the system of the last one: items of a system are usually added together."""
        last = self.table.rowCount() - 1
        row = self.add_line(self.table.cellWidget(last, SYSTEM).text() if last >= 0 else "")
        self.table.setCurrentCell(row, TEXT)
        self.table.cellWidget(row, TEXT).setFocus()

    def drafts(self) -> tuple[ItemDraft, ...]:
        """Every line as it is, so that the service's "Item N" is the grid's line N."""
        return tuple(ItemDraft(*(self.table.cellWidget(row, column).text() for column in (SYSTEM, TEXT, REQUIREMENT)))
                     for row in range(self.table.rowCount()))


class TemplateDialog(FormDialog):
    """A new checklist, or the next version of ``template`` (its kind stays)."""

    def __init__(self, db: Database, actor: Actor, template: TemplateView | None, parent: QWidget | None = None):
        if template is None:
            title, submit = self.tr("New checklist"), lambda v: add_template(db, actor, self.draft(v))
        else:
            title = self.tr("Edit {code} {name}").format(code=template.code, name=template.name)
            submit = lambda v: revise_template(db, actor, template.id, self.draft(v))  # noqa: E731
        super().__init__(parent, title, submit)
        if template is None:
            self.set_intro(self.tr("A new checklist starts at version 1. Group its items by the system, patrol point "
                                   "or place they belong to."))
            self.add_field("code", self.tr("Code"), QLineEdit(placeholderText="XF-PUMP"), required=True)
        else:
            self.set_intro(self.tr("Saving makes version {next} of {code}; inspections already made keep version "
                                   "{version}.").format(next=template.version + 1, code=template.code,
                                                        version=template.version))
        self.add_field("name", self.tr("Name"), QLineEdit(template.name if template else "",
                                                          placeholderText="消防水泵月检"), required=True)
        category = self.add_field("category", self.tr("Kind"), choices(CHECK_CATEGORY_LABELS), required=True)
        frequency = self.add_field("frequency", self.tr("Frequency"), choices(FREQUENCY_LABELS), required=True)
        self.items = self.add_field("items", self.tr("Items"), ItemsEditor(), required=True)
        if template is None:
            frequency.setCurrentIndex(frequency.findData("monthly"))
            self.items.add_line()
        else:
            category.setCurrentIndex(category.findData(template.category.value))
            category.setEnabled(False)
            category.setToolTip(self.tr("A checklist keeps its kind; make a new checklist for another kind"))
            frequency.setCurrentIndex(frequency.findData(template.frequency.value))
            for item in template.items:
                self.items.add_line(item.system, item.text, item.requirement)
        self.setMinimumWidth(1100)
        self.resize(1100, 640)  # a dozen items in view
        self.field("code" if template is None else "name").setFocus()

    def draft(self, values: dict) -> TemplateDraft:
        return TemplateDraft(values["name"], values["category"], values["frequency"], self.items.drafts(),
                             code=values.get("code", ""))

class ChecklistsPage(QWidget):
    """The current version of every checklist; the selected one's items and versions beside it."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db, self.actor = db, actor
        in_use, retired = self.tr("In use"), self.tr("Retired")

        def grey(template: TemplateView):
            return None if template.active else STATUS_GREY

        self.table = RowTable([
            Column(self.tr("Code"), lambda t: t.code, None, grey),
            Column(self.tr("Name"), lambda t: t.name, None, grey),
            Column(self.tr("Kind"), lambda t: kind_text(t.category), None, grey),
            Column(self.tr("Frequency"), lambda t: frequency_text(t.frequency), None, grey),
            Column(self.tr("Version"), lambda t: t.version, lambda v: f"v{v}", grey),
            Column(self.tr("Items"), lambda t: len(t.items), None, grey),
            Column(self.tr("Status"), lambda t: t.active, lambda v: in_use if v else retired,
                   lambda t: STATUS_GREEN if t.active else STATUS_GREY),
        ], "checklistsTable", stretch=1)
        self.items = RowTableModel([Column(self.tr("System"), lambda r: r[1]),
                                    Column(self.tr("Item to check"), lambda r: r[0].text),
                                    Column(self.tr("Requirement"), lambda r: r[0].requirement)], parent=self)
        self.versions = RowTableModel([Column(self.tr("Version"), lambda t: t.version, lambda v: f"v{v}"),
                                       Column(self.tr("Made"), lambda t: t.created_at),
                                       Column(self.tr("By"), lambda t: t.created_by),
                                       Column(self.tr("Inspections made on it"), lambda t: t.inspections)],
                                      parent=self)
        self._build()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("add", self.tr("New checklist..."), self.add, "Ctrl+N"),
            ("edit", self.tr("Edit (new version)..."), self.edit_selected, None),
            ("disable", self.tr("Retire"), self.retire, None),
            ("enable", self.tr("Put back in use"), self.put_back, None),
            ("import", self.tr("Install the standard checklists"), self.install, None)))
        self.add_action, self.edit_action, self.retire_action, self.put_back_action, self.install_action = \
            toolbar.actions()[:5]
        self.may_keep = self.actor.can(Permission.KEEP_SAFETY)
        if not self.may_keep:
            for action in toolbar.actions():
                action.setEnabled(False)
                action.setToolTip(self.tr("Only the safety officer can change checklists"))
        self.kind = QComboBox(objectName="categoryFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for category, label in CHECK_CATEGORY_LABELS.items():
            self.kind.addItem(translate_text(label), category.value)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.empty = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.heading = QLabel(objectName="checklistHeading", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.items_table = detail_table(self.items, "itemsDetail")
        header = self.items_table.horizontalHeader()
        for column in (TEXT, REQUIREMENT):  # long texts wrap in the room there is
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.items_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions_table = detail_table(self.versions, "versionsTable")
        self.versions_table.setMaximumHeight(130)
        self.details = details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.items_table, 1)
        column.addWidget(QLabel(self.tr("Versions")))
        column.addWidget(self.versions_table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(details)
        splitter.setSizes([620, 640])  # every name in view beside the items
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind")))
        filters.addWidget(self.kind)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def refresh(self, *_args) -> None:
        selected = self.table.selected()
        try:
            templates = list_templates(self.db, self.actor, self.kind.currentData())
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            templates = []
        self.table.set_rows(templates)
        self.empty.setText(self.tr("No checklists of this kind.") if self.kind.currentData() else self.tr(
            "No checklists yet: install the standard checklists (fire systems, cleaning, security patrols) or add "
            "one of your own (New checklist, Ctrl+N)."))
        self.stack.setCurrentWidget(self.table if templates else self.empty)
        self.details.setVisible(bool(templates))
        if selected is not None:
            self.table.select(selected.code)
        if self.table.selected() is None and templates:
            self.table.selectRow(0)
        self.show_selected()

    def show_selected(self, *_args) -> None:
        template = self.table.selected()
        self.edit_action.setEnabled(self.may_keep and template is not None)
        self.retire_action.setEnabled(self.may_keep and template is not None and template.active)
        self.put_back_action.setEnabled(self.may_keep and template is not None and not template.active)
        if template is None:
            self.heading.setText(self.tr("Select a checklist to read its items."))
            self.items.set_rows([])
            self.versions.set_rows([])
            return
        self.heading.setText(f"<b>{escape(template.code)} {escape(template.name)}</b> · v{template.version} · "
                             f"{escape(kind_text(template.category))} · {escape(frequency_text(template.frequency))}")
        order = {}
        for item in template.items:  # the systems in the order they first appear
            order.setdefault(item.system, len(order))
        rows, last = [], None
        for item in sorted(template.items, key=lambda item: (order[item.system], item.position)):
            rows.append((item, item.system if item.system != last else ""))
            last = item.system
        self.items.set_rows(rows)
        try:
            self.versions.set_rows(versions(self.db, self.actor, template.code))
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))

    def select(self, code: str) -> None:
        self.table.select(code)

    def add(self) -> None:
        if self.add_action.isEnabled():
            self._edit(None)

    def edit_selected(self, *_args) -> None:
        template = self.table.selected()
        if self.edit_action.isEnabled() and template is not None:
            self._edit(template)

    def _edit(self, template: TemplateView | None) -> None:
        dialog = TemplateDialog(self.db, self.actor, template, self)
        if dialog.exec():
            if self.kind.currentData() not in (None, dialog.result_value.category.value):
                self.kind.setCurrentIndex(0)  # the saved checklist in view
            self.refresh()
            self.select(dialog.result_value.code)
            self.changed.emit()

    def retire(self) -> None:
        template = self.table.selected()
        if not self.retire_action.isEnabled() or template is None:
            return
        answer = QMessageBox.question(self, self.window().windowTitle(), self.tr(
            "Retire {code} {name}? It is no longer offered for new inspections and no longer falls due; the "
            "inspections made on it stay.").format(code=template.code, name=template.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._set_active(template, False)

    def put_back(self) -> None:
        template = self.table.selected()
        if self.put_back_action.isEnabled() and template is not None:
            self._set_active(template, True)

    def _set_active(self, template: TemplateView, active: bool) -> None:
        try:
            set_template_active(self.db, self.actor, template.code, active)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            return
        self.refresh()
        self.changed.emit()

    def install(self) -> None:
        if not self.install_action.isEnabled():
            return
        try:
            added = install_standard(self.db, self.actor)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            return
        except OSError:
            QMessageBox.warning(self, self.window().windowTitle(), self.tr(
                "The standard checklists are missing from this installation (resources/safety/templates.csv)."))
            return
        self.refresh()
        self.changed.emit()
        QMessageBox.information(self, self.window().windowTitle(), self.tr(
            "{count} standard checklists were added.").format(count=added) if added else self.tr(
            "Every standard checklist is here already: none was missing."))


class ChecklistsWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checklistsWindow")
        self.setWindowTitle(self.tr("Checklists and schedules"))
        self.resize(1280, 680)
        self.checklists = ChecklistsPage(db, actor)
        self.schedules = SchedulesPage(db, actor)
        self.tabs = QTabWidget(objectName="checklistsTabs")
        self.tabs.addTab(self.checklists, self.tr("Checklists"))
        self.tabs.addTab(self.schedules, self.tr("Schedules"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.checklists.changed.connect(self.schedules.refresh)  # names, frequencies and retirements show there
        self.tabs.currentChanged.connect(self.focus_page)  # a page's Ctrl+N works inside it
        self.checklists.refresh()
        self.schedules.refresh()
        self.focus_page()

    def focus_page(self, *_args) -> None:
        page = self.tabs.currentWidget()
        listed = page.stack.currentWidget() is page.table
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # an empty page still takes its shortcuts
        (page.table if listed else page).setFocus(Qt.FocusReason.TabFocusReason)
