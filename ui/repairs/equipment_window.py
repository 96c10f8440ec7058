"""设备档案 The equipment register: every piece found by code, name, location, model or pinyin initials, filtered
by category, due maintenance and retired; the selected piece's particulars and its history of repairs and
maintenance; adding and editing a piece, retiring it or putting it back in service, importing the register
from an Excel sheet, its registration card (设备登记卡), and the categories with their repair method and overhaul
cycle. Engineering and managers keep the register; others read it."""

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.accounts.register import parse_day
from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError, ValidationError
from app.permissions import Actor, Permission
from app.repairs.documents import registration_card_pdf
from app.repairs.equipment import (
    add_equipment,
    history,
    list_categories,
    list_equipment,
    save_category,
    set_equipment_status,
    update_equipment,
)
from app.repairs.equipment_import import import_equipment
from app.repairs.model import (
    EQUIPMENT_STATUS_LABELS,
    REPAIR_METHOD_LABELS,
    WORK_STATUS_LABELS,
    CategoryView,
    EquipmentDraft,
    EquipmentStatus,
    EquipmentView,
    HistoryEntry,
    WorkStatus,
)
from ui.forms import FormDialog, choices
from ui.i18n import error_text, translate_text
from ui.kept_list import KeptList
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.row_table import RowTable
from ui.sheet_import import SheetImporter
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

SEARCH_DELAY_MS = 200
DATE_FIELDS = ("installed_on", "warranty_until", "contract_until")
DONE_REPAIRS = (WorkStatus.AWAITING_ACCEPTANCE, WorkStatus.COMPLETED, WorkStatus.FOLLOWED_UP)


def _day(text: str) -> date | str | None:
    """A date as typed (2025-03-05, 2025/3/5, 2025年3月5日); anything else is handed on as typed, for the
    register to refuse with its message beside the field."""
    try:
        return parse_day(text)
    except ValidationError:
        return text.strip()


def _expired(day: date | None) -> bool:
    return day is not None and day < today()


class EquipmentDialog(FormDialog):
    """A new piece of equipment, or a change to ``item``: the register checks and saves it."""

    def __init__(self, db: Database, actor: Actor, categories: list[CategoryView], item: EquipmentView | None = None,
                 parent: QWidget | None = None):
        if item is None:
            title, save = self.tr("Add equipment"), lambda draft: add_equipment(db, actor, draft)
        else:
            title = self.tr("Edit {code} {name}").format(code=item.code, name=item.name)
            save = lambda draft: update_equipment(db, actor, item.code, draft)  # noqa: E731
        super().__init__(parent, title, lambda values: save(self.draft(values)))
        self.set_intro(self.tr("Dates are written YYYY-MM-DD; leave one empty when it is not known. Equipment is "
                               "retired, never deleted."))
        text = lambda key, **options: QLineEdit(getattr(item, key) if item else "", **options)  # noqa: E731

        def day(key: str) -> QLineEdit:
            value = getattr(item, key) if item else None
            return QLineEdit(value.isoformat() if value else "", placeholderText="YYYY-MM-DD")

        self.add_field("code", self.tr("Code"), text("code", placeholderText="DT-03"), required=True)
        self.add_field("name", self.tr("Name"), text("name"), required=True)
        kinds = QComboBox()
        for category in categories:
            kinds.addItem(category.name, category.name)
        if item is not None:
            if kinds.findData(item.category) < 0:
                kinds.addItem(item.category, item.category)
            kinds.setCurrentIndex(kinds.findData(item.category))
        self.add_field("category", self.tr("Category"), kinds, required=True)
        self.add_field("location", self.tr("Location"), text("location"))
        self.add_field("model", self.tr("Model"), text("model"))
        self.add_field("maker", self.tr("Maker"), text("maker"))
        self.add_field("supplier", self.tr("Supplier"), text("supplier"))
        self.add_field("installed_on", self.tr("Installed on"), day("installed_on"))
        self.add_field("warranty_until", self.tr("Warranty until"), day("warranty_until"))
        self.add_field("contractor", self.tr("Maintenance contractor"), text("contractor"))
        self.add_field("contract_until", self.tr("Maintenance contract until"), day("contract_until"))
        self.add_field("documents", self.tr("Documents kept"), text(
            "documents", placeholderText=self.tr("e.g. manual, certificate, test report")))
        self.add_field("note", self.tr("Note"), text("note"))
        self.setMinimumWidth(560)

    @staticmethod
    def draft(values: dict) -> EquipmentDraft:
        days = {key: _day(values[key]) for key in DATE_FIELDS}
        return EquipmentDraft(values["code"], values["name"], values["category"] or "", values["location"],
                              values["model"], values["maker"], values["supplier"], days["installed_on"],
                              days["warranty_until"], values["contractor"], days["contract_until"],
                              values["documents"], values["note"])


class StatusDialog(FormDialog):
    """Retires ``item``, or puts it back in service (or marks it under repair), with a note."""

    def __init__(self, db: Database, actor: Actor, item: EquipmentView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Status of {code} {name}").format(code=item.code, name=item.name),
                         lambda v: set_equipment_status(db, actor, item.code, v["status"], v["note"]))
        self.set_intro(self.tr("Retired equipment gets no more maintenance and cannot be named on a new work order; "
                               "it stays in the register with its history. A note given here replaces the "
                               "equipment's note."))
        status = self.add_field("status", self.tr("Status"), choices(EQUIPMENT_STATUS_LABELS), required=True)
        wanted = EquipmentStatus.IN_SERVICE if item.status is EquipmentStatus.RETIRED else EquipmentStatus.RETIRED
        status.setCurrentIndex(status.findData(wanted.value))
        self.add_field("note", self.tr("Note"), QLineEdit(item.note, placeholderText=self.tr("e.g. why it is retired")))
        self.setMinimumWidth(520)


class CategoryDialog(FormDialog):
    """A new category, or a change to the repair method and overhaul cycle of ``category``."""

    def __init__(self, db: Database, actor: Actor, category: CategoryView | None = None,
                 parent: QWidget | None = None):
        title = self.tr("Add a category") if category is None else \
            self.tr("Edit {name}").format(name=category.name)
        super().__init__(parent, title, lambda v: save_category(db, actor, v["name"], v["repair_method"],
                                                                v["overhaul_months"] or None))
        self.set_intro(self.tr("Overhaul equipment is taken apart and renewed on its overhaul cycle, which it "
                               "needs; the cycle is optional for the other methods."))
        self.add_field("name", self.tr("Name"), QLineEdit(category.name if category else "", placeholderText="电梯",
                                                          readOnly=category is not None), required=True)
        method = self.add_field("repair_method", self.tr("Repair method"), choices(REPAIR_METHOD_LABELS),
                                required=True)
        months = QSpinBox(maximum=600, specialValueText=self.tr("none"), suffix=self.tr(" months"))
        self.add_field("overhaul_months", self.tr("Overhaul cycle"), months)
        if category is not None:
            method.setCurrentIndex(method.findData(category.repair_method.value))
            months.setValue(category.overhaul_months or 0)


class CategoriesPage(KeptList):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.build(RowTable([
            Column(self.tr("Category"), lambda c: c.name),
            Column(self.tr("Repair method"), lambda c: translate_text(REPAIR_METHOD_LABELS[c.repair_method])),
            Column(self.tr("Overhaul cycle"), lambda c: c.overhaul_months or 0,
                   lambda v: self.tr("{count} months").format(count=v) if v else "—"),
            Column(self.tr("Equipment in service"), lambda c: c.equipment_count),
        ], "categoriesTable", stretch=1), self.tr("Add category..."), self.tr("Edit category..."),
            self.tr("No categories yet. Add the kinds of equipment kept (Add category, Ctrl+N), each with its "
                    "repair method, before adding equipment."))
        if not actor.can(Permission.KEEP_EQUIPMENT):
            for action in (self.add_action, self.edit_action):
                action.setToolTip(self.tr("Only engineering or a manager can change the categories"))
        self.refresh()

    def load(self) -> list[CategoryView]:
        return list_categories(self.db, self.actor)

    def dialog(self, row: CategoryView | None) -> FormDialog:
        return CategoryDialog(self.db, self.actor, row, self)


class CategoriesDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("categoriesWindow")
        self.setWindowTitle(self.tr("Equipment categories"))
        self.resize(720, 420)
        self.page = CategoriesPage(db, actor)
        QVBoxLayout(self).addWidget(self.page)
        self.page.table.setFocus()


class EquipmentDetails(QWidget):
    """The selected piece: what it is, who made, supplied and keeps it, and its repairs and maintenance."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(objectName="equipmentTitle", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        grid, self.values = QGridLayout(), {}
        fields = (("maker", self.tr("Maker")), ("supplier", self.tr("Supplier")),
                  ("installed", self.tr("Installed on")), ("warranty", self.tr("Warranty until")),
                  ("contractor", self.tr("Contractor")), ("contract", self.tr("Contract until")),
                  ("method", self.tr("Repair method")), ("repairs", self.tr("Open repairs")),
                  ("documents", self.tr("Documents")), ("note", self.tr("Note")))
        for number, (key, label) in enumerate(fields):
            value = QLabel(objectName=f"detail_{key}", wordWrap=True,
                           alignment=Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                           textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = (number // 2, number % 2) if number < 8 else (number - 4, 0)  # the last two: full width
            grid.addWidget(QLabel(label + ":"), row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column * 2 + 1, 1, 3 if key in ("documents", "note") else 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        done, due, overdue = self.tr("done"), self.tr("due"), self.tr("overdue")
        self.history = RowTable([
            Column(self.tr("Date"), lambda h: h.on),
            Column(self.tr("Kind"), lambda h: self.tr("Repair") if h.kind == "repair" else self.tr("Maintenance")),
            Column(self.tr("Number"), lambda h: h.number),
            Column(self.tr("What"), lambda h: h.what),
            Column(self.tr("By"), lambda h: h.by),
            Column(self.tr("Status"), lambda h: translate_text(WORK_STATUS_LABELS[WorkStatus(h.status)])
                   if h.kind == "repair" else done if h.status == "done" else overdue if _expired(h.on) else due,
                   None, self.status_colour),
        ], "historyTable", stretch=3)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addStretch()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Repairs and maintenance")))
        column.addWidget(self.history)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(left, 2)
        row.addWidget(right, 3)

    @staticmethod
    def status_colour(entry: HistoryEntry):
        if entry.kind == "maintenance":
            return STATUS_GREEN if entry.status == "done" else STATUS_RED if _expired(entry.on) else STATUS_AMBER
        status = WorkStatus(entry.status)
        return STATUS_GREY if status is WorkStatus.CANCELLED else STATUS_GREEN if status in DONE_REPAIRS \
            else STATUS_AMBER

    def until(self, day: date | None) -> str:
        """``2021-06-17 · expired`` when the day is past."""
        if day is None:
            return ""
        expired = self.tr("expired")
        return f"{day.isoformat()} · {expired}" if _expired(day) else day.isoformat()

    def show_item(self, item: EquipmentView | None, entries: list[HistoryEntry]) -> None:
        self.history.set_rows(entries)
        if item is None:
            self.title.setText(self.tr("Select a piece of equipment to see it here."))
            for label in self.values.values():
                label.clear()
            return
        status = translate_text(EQUIPMENT_STATUS_LABELS[item.status])
        where = " · ".join(part for part in (item.category, item.location, item.model) if part)
        self.title.setText(f"<b>{escape(item.code)} {escape(item.name)}</b> · {status}<br>{escape(where)}")
        method = translate_text(REPAIR_METHOD_LABELS[item.repair_method])
        if item.overhaul_months:
            method += " · " + self.tr("overhaul every {count} months").format(count=item.overhaul_months)
        texts = {"maker": item.maker, "supplier": item.supplier,
                 "installed": item.installed_on.isoformat() if item.installed_on else "",
                 "warranty": self.until(item.warranty_until), "contractor": item.contractor,
                 "contract": self.until(item.contract_until), "method": method, "repairs": str(item.open_repairs),
                 "documents": item.documents, "note": item.note}
        for key, text in texts.items():
            self.values[key].setText(text or "—")


class EquipmentWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.may_keep = actor.can(Permission.KEEP_EQUIPMENT)
        self.setObjectName("equipmentWindow")
        self.setWindowTitle(self.tr("Equipment register"))
        self.resize(1300, 700)

        def grey(item: EquipmentView):
            return STATUS_GREY if item.status is EquipmentStatus.RETIRED else None

        self.table = RowTable([
            Column(self.tr("Code"), lambda e: e.code, None, grey),
            Column(self.tr("Name"), lambda e: e.name, None, grey),
            Column(self.tr("Category"), lambda e: e.category, None, grey),
            Column(self.tr("Location"), lambda e: e.location, None, grey),
            Column(self.tr("Model"), lambda e: e.model, None, grey),
            Column(self.tr("Status"), lambda e: translate_text(EQUIPMENT_STATUS_LABELS[e.status]), None,
                   lambda e: STATUS_AMBER if e.status is EquipmentStatus.UNDER_REPAIR else grey(e)),
            Column(self.tr("Maintenance due"), self.due_text, None,
                   lambda e: STATUS_RED if e.maintenance_overdue else STATUS_AMBER if e.maintenance_due else None),
            Column(self.tr("Warranty until"), lambda e: e.warranty_until, self.until_text, grey),
            Column(self.tr("Contract until"), lambda e: e.contract_until, self.until_text,
                   lambda e: STATUS_RED if _expired(e.contract_until) and e.status is not EquipmentStatus.RETIRED
                   else grey(e)),
        ], "equipmentTable", stretch=3)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.items: list[EquipmentView] = []
        self._build()
        self.fill_categories()
        self.refresh()
        self.table.setFocus()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("add", self.tr("Add equipment..."), self.add, "Ctrl+N"),
            ("edit", self.tr("Edit..."), self.edit_selected, "Ctrl+E"),
            ("disable", self.tr("Change status..."), self.change_status, None),
            ("card", self.tr("Registration card"), self.print_card, "Ctrl+P"),
            ("rates", self.tr("Categories..."), self.open_categories, None),
            ("import", self.tr("Import..."), self.import_file, "Ctrl+I")))
        self.add_action, self.edit_action, self.status_action, self.card_action, self.categories_action, \
            self.import_action = toolbar.actions()[:6]
        self.import_action.setToolTip(self.tr(
            "Add and change equipment from an Excel sheet (.xlsx or .csv) with the columns 编号, 名称, 类别 and, if "
            "wanted, 位置, 型号, 生产厂家, 供应商, 安装日期, 保修期至, 维保单位, 维保合同期至, 随机资料, 备注, and the "
            "category's 维修方式 and 大修周期; or their English names (code, name, category, location...)"))
        self.importer = SheetImporter(self, self.tr("Import equipment"), lambda path, progress: import_equipment(
            self.db, self.actor, path, progress), self._imported,
            related=self.tr("Categories added or changed: {names}"))
        if not self.may_keep:
            for action in (self.add_action, self.edit_action, self.status_action, self.import_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("Only engineering or a manager can change the equipment register"))
        self.search = search_box(self, self.tr("Search code, name, location, model or pinyin initials (Ctrl+F)"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.category = QComboBox(objectName="categoryFilter")
        self.due_only = QCheckBox(self.tr("Due maintenance only"), objectName="dueOnly")
        self.show_retired = QCheckBox(self.tr("Show retired"), objectName="showRetired")
        self.category.currentIndexChanged.connect(self.refresh)
        for box in (self.due_only, self.show_retired):
            box.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.empty = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = EquipmentDetails()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 260])
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.category, self.due_only, self.show_retired):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    # --- how a piece is shown ----------------------------------------------------------------------------
    def due_text(self, item: EquipmentView) -> str:
        if item.maintenance_overdue:
            return self.tr("{due} · {overdue} overdue").format(due=item.maintenance_due,
                                                               overdue=item.maintenance_overdue)
        return str(item.maintenance_due) if item.maintenance_due else ""

    def until_text(self, day: date | None) -> str:
        return self.details.until(day)

    # --- the list ----------------------------------------------------------------------------------------
    def fill_categories(self) -> None:
        chosen = self.category.currentData()
        try:
            self.categories = list_categories(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            self.categories = []
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for category in self.categories:
            self.category.addItem(category.name, category.name)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0) if chosen else 0)
        self.category.blockSignals(False)

    def filtered(self) -> bool:
        return bool(self.search.text().strip() or self.category.currentIndex() or self.due_only.isChecked())

    def refresh(self, *_args) -> None:
        selected = self.table.selected()
        try:
            self.items = list_equipment(self.db, self.actor, self.search.text(), self.category.currentData() or "",
                                        self.due_only.isChecked(), self.show_retired.isChecked())
            registered = bool(self.items) or bool(list_equipment(self.db, self.actor, include_retired=True))
        except FrontOfficeError as error:
            self.show_error(error)
            self.items, registered = [], True
        self.table.set_rows(self.items)
        if not registered:
            self.empty.setText(self.tr(
                "The equipment register is empty. Add the categories of equipment kept (Categories...), then each "
                "piece of equipment (Add equipment, Ctrl+N); or load the demo building's register with "
                "frontoffice-admin repairs load-demo."))
        elif self.filtered():
            self.empty.setText(self.tr("No equipment matches. Clear the search or the filters."))
        else:
            self.empty.setText(self.tr("Every piece of equipment is retired. Tick Show retired to see them."))
        self.stack.setCurrentWidget(self.table if self.items else self.empty)
        self.details.setVisible(bool(self.items))
        if selected is not None:
            self.table.select(selected.code)
        if self.table.selected() is None and self.table.proxy.rowCount():
            self.table.selectRow(0)
        self.show_selected()

    def selected(self) -> EquipmentView | None:
        return self.table.selected()

    def select(self, code: str) -> None:
        self.table.select(code)

    def show_selected(self, *_args) -> None:
        item = self.selected()
        entries = []
        if item is not None:
            try:
                entries = history(self.db, self.actor, item.code)
            except FrontOfficeError as error:
                self.show_error(error)
        self.details.show_item(item, entries)
        for action in (self.edit_action, self.status_action):
            action.setEnabled(self.may_keep and item is not None)
        self.card_action.setEnabled(item is not None)

    # --- actions -----------------------------------------------------------------------------------------
    def add(self) -> None:
        if self.add_action.isEnabled():
            self._edit(None)

    def edit_selected(self, *_args) -> None:
        item = self.selected()
        if self.may_keep and item is not None:
            self._edit(item)

    def _edit(self, item: EquipmentView | None) -> None:
        self.fill_categories()
        if not self.categories:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "There are no equipment categories yet: add one under Categories first."))
            return
        dialog = EquipmentDialog(self.db, self.actor, self.categories, item, self)
        if dialog.exec():
            self._show(dialog.result_value)

    def change_status(self) -> None:
        item = self.selected()
        if self.may_keep and item is not None:
            dialog = StatusDialog(self.db, self.actor, item, self)
            if dialog.exec():
                self._show(dialog.result_value)

    def _show(self, item: EquipmentView) -> None:
        """Lists ``item`` after a change, selected; a retired piece shows when Show retired is ticked."""
        self.refresh()
        self.select(item.code)

    def print_card(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            pdf = registration_card_pdf(self.db, self.actor, item.code)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        PdfPreviewDialog(pdf, self.tr("Registration card {code}").format(code=item.code), "equipment_card", A4,
                         self, suggested_name=f"{item.code}.pdf").exec()

    def import_file(self) -> None:
        if self.import_action.isEnabled():
            self.importer.choose()

    def _imported(self, _result) -> None:
        self.fill_categories()
        self.refresh()

    def open_categories(self) -> None:
        CategoriesDialog(self.db, self.actor, self).exec()
        self.fill_categories()
        self.refresh()

    def show_error(self, error: FrontOfficeError) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
