"""设备保养 Preventive maintenance: the maintenance orders due (overdue in red, due today in amber, done in
green), each with its plan's checklist, marked done by a technician with what was found (findings that need a
repair open a self-inspection work order); and the plans (daily, level 1, level 2) that make them. Opening the
window makes the orders due today for whoever dispatches repairs."""

from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_local, today
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from app.repairs.equipment import list_categories, list_equipment
from app.repairs.maintenance import complete_task, generate_due, list_plans, list_tasks, save_plan
from app.repairs.model import (
    CATEGORY_CHINESE,
    CATEGORY_LABELS,
    INTERVAL_LABELS,
    MAINTENANCE_LEVEL_LABELS,
    PRIORITY_LABELS,
    CategoryView,
    EquipmentStatus,
    EquipmentView,
    PlanDraft,
    PlanView,
    Priority,
    TaskView,
    TechnicianView,
)
from app.repairs.technicians import list_technicians
from app.search_keys import initials
from ui.forms import FormDialog, choices, now_edit
from ui.i18n import error_text, translate_text
from ui.kept_list import KeptList
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_RED

PLAN_COLUMN, FINDINGS_COLUMN = 3, 10
DONE_COLUMNS = range(8, 12)  # done by, done at, findings, repair order: shown with the done ones
REPAIR_CATEGORY = {chinese: category for category, chinese in CATEGORY_CHINESE.items()}  # 电梯 -> lift


class CompleteDialog(FormDialog):
    """Maintenance order ``task`` done: by which technician, when, what was found, and whether it needs a repair."""

    def __init__(self, db: Database, actor: Actor, task: TaskView, technicians: list[TechnicianView],
                 repair_category: str | None = None, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Mark {number} done").format(number=task.number), lambda v: complete_task(
            db, actor, task.number, v["technician"] or "", v["findings"], v["at"],
            repair_category=v["repair_category"] if v["needs_repair"] else None,
            repair_priority=v["repair_priority"]))
        self.set_intro(f"{task.equipment} {task.equipment_name} · {task.location} · {task.plan}")
        people = QComboBox()
        for person in technicians:
            people.addItem(f"{person.name} · {person.trade or '—'}", person.name)
        self.add_field("technician", self.tr("Done by"), people, required=True)
        self.add_field("at", self.tr("Done at"), now_edit())
        self.add_field("findings", self.tr("Findings"), QLineEdit(placeholderText=self.tr("what was found; empty "
                                                                                          "when all was well")))
        needs = self.add_field("needs_repair", self.tr("Findings need a repair"), QCheckBox(
            self.tr("open a self-inspection work order")))
        category = self.add_field("repair_category", self.tr("Repair category"), choices(CATEGORY_LABELS))
        if repair_category:
            category.setCurrentIndex(category.findData(repair_category))
        priority = self.add_field("repair_priority", self.tr("Repair priority"), choices(PRIORITY_LABELS))
        priority.setCurrentIndex(priority.findData(Priority.NORMAL.value))
        for combo in (category, priority):
            combo.setEnabled(False)
            needs.toggled.connect(combo.setEnabled)
        self.setMinimumWidth(520)
        people.setFocus()


class IntervalEdit(QWidget):
    """Every N days, weeks or months."""

    def __init__(self, every: int, period: str):
        super().__init__()
        self.every = QSpinBox(objectName="everyNumber", minimum=1, maximum=366, value=every)
        self.period = choices(INTERVAL_LABELS)
        self.period.setObjectName("period")
        self.period.setCurrentIndex(self.period.findData(period))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.every)
        row.addWidget(self.period, 1)


class PlanDialog(FormDialog):
    """A new plan, or a change to ``plan``: for one piece of equipment or for every piece of a category."""

    def __init__(self, db: Database, actor: Actor, plan: PlanView | None, equipment: list[EquipmentView],
                 categories: list[CategoryView], parent: QWidget | None = None):
        title = self.tr("Add a maintenance plan") if plan is None else self.tr("Edit {name}").format(name=plan.name)
        super().__init__(parent, title, lambda v: save_plan(db, actor, PlanDraft(
            v["name"], v["level"], v["every"], v["period"], v["tasks"], v["starts_on"], v["equipment"] or "",
            v["category"] or "", v["active"]), plan.id if plan else None))
        self.set_intro(self.tr("Maintenance orders are made on the plan's dates from its first day; a change applies "
                               "to orders not made yet."))
        self.add_field("name", self.tr("Name"), QLineEdit(plan.name if plan else "", placeholderText="电梯月度保养"),
                       required=True)
        level = self.add_field("level", self.tr("Level"), choices(MAINTENANCE_LEVEL_LABELS), required=True)
        if plan:
            level.setCurrentIndex(level.findData(plan.level.value))
        self.interval = self.add_field("every", self.tr("Every"), IntervalEdit(
            plan.every if plan else 1, plan.period.value if plan else "month"), required=True)
        self.for_equipment = QRadioButton(self.tr("One piece of equipment"), objectName="forEquipment")
        self.for_category = QRadioButton(self.tr("Every piece of a category"), objectName="forCategory")
        group, kinds = QButtonGroup(self), QWidget()
        column = QVBoxLayout(kinds)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.for_equipment, self.for_category):
            group.addButton(button)
            column.addWidget(button)
        self.form.addRow(QLabel(self.tr("For *")), kinds)
        machines = QComboBox()
        for item in equipment:
            machines.addItem(f"{item.code} {item.name} · {item.location}", item.code)
        if plan and plan.equipment and machines.findData(plan.equipment) < 0:  # retired since
            machines.addItem(plan.equipment, plan.equipment)
        self.add_field("equipment", self.tr("Equipment"), machines)
        kinds_combo = QComboBox()
        for category in categories:
            kinds_combo.addItem(self.tr("{name} ({count} pieces)").format(name=category.name,
                                                                         count=category.equipment_count), category.name)
        self.add_field("category", self.tr("Category"), kinds_combo)
        self.for_equipment.toggled.connect(machines.setEnabled)
        self.for_category.toggled.connect(kinds_combo.setEnabled)
        if plan and plan.category:
            kinds_combo.setCurrentIndex(kinds_combo.findData(plan.category))
            self.for_category.setChecked(True)
            machines.setEnabled(False)
        else:
            machines.setCurrentIndex(max(machines.findData(plan.equipment), 0) if plan else 0)
            self.for_equipment.setChecked(True)
            kinds_combo.setEnabled(False)
        self.tasks = self.add_field("tasks", self.tr("Tasks, one per line"), QPlainTextEdit(
            "\n".join(plan.tasks) if plan else "", placeholderText="检查曳引机运行声音\n清洁轿厢及层门地坎"), required=True)
        self.tasks.setTabChangesFocus(True)
        self.tasks.setMinimumHeight(130)
        first = plan.starts_on if plan else today()
        self.add_field("starts_on", self.tr("First date"), QDateEdit(
            QDate(first.year, first.month, first.day), calendarPopup=True, displayFormat="yyyy-MM-dd"), required=True)
        self.add_field("active", self.tr("Active"), QCheckBox(self.tr("makes orders (untick to stop)"),
                                                             checked=plan.active if plan else True))
        self.setMinimumWidth(600)

    def values(self) -> dict:
        values = super().values()
        values.update(every=self.interval.every.value(), period=self.interval.period.currentData(),
                      tasks=self.tasks.toPlainText())
        values["category" if self.for_equipment.isChecked() else "equipment"] = ""  # exactly one is sent
        return values


class DuePage(QWidget):
    """The maintenance orders not done up to today (or the recent done ones too), with the selected one's
    checklist; ``counted`` tells how many are overdue."""

    counted = Signal(int)

    def __init__(self, db: Database, actor: Actor, equipment_category):
        super().__init__()
        self.db, self.actor, self.equipment_category = db, actor, equipment_category
        self.tasks: list[TaskView] = []
        self.on = today()
        self.table = RowTable([
            Column(self.tr("Order"), lambda t: t.number),
            Column(self.tr("Due"), lambda t: t.due_on.isoformat()),  # text: sorts as shown
            Column(self.tr("Level"), lambda t: translate_text(MAINTENANCE_LEVEL_LABELS[t.level])),
            Column(self.tr("Plan"), lambda t: t.plan),
            Column(self.tr("Code"), lambda t: t.equipment),
            Column(self.tr("Equipment"), lambda t: t.equipment_name),
            Column(self.tr("Location"), lambda t: t.location),
            Column(self.tr("Status"), self.status_text, None, self.status_colour),
            Column(self.tr("Done by"), lambda t: t.done_by),
            Column(self.tr("Done at"), lambda t: format_local(t.done_at)),
            Column(self.tr("Findings"), lambda t: t.findings),
            Column(self.tr("Repair order"), lambda t: t.repair_order),
        ], "tasksTable", stretch=PLAN_COLUMN)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # oldest first
        toolbar = action_toolbar(self, (("done", self.tr("Mark done..."), self.mark_done, "Ctrl+D"),))
        self.done_action = toolbar.actions()[0]
        self.may_complete = actor.can(Permission.DISPATCH_REPAIRS)
        if not self.may_complete:
            self.done_action.setToolTip(self.tr("Only engineering or a manager can record maintenance"))
        self.search = search_box(self, self.tr("Search order, plan, equipment or location, or pinyin initials "
                                               "(Ctrl+F)"))
        self.search.textChanged.connect(self.show_rows)
        self.show_done = QCheckBox(self.tr("Show done"), objectName="showDone")
        self.show_done.toggled.connect(self.refresh)
        self.overdue_count = QLabel(objectName="overdueCount")
        self.message = QLabel(objectName="doneMessage", wordWrap=True)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(self.mark_done)
        self.empty = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.heading = QLabel(objectName="taskHeading", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.checklist = QListWidget(objectName="checklist")
        self.record = QLabel(objectName="taskRecord", wordWrap=True)
        self.record.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        checklist = QWidget()
        column = QVBoxLayout(checklist)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.checklist, 1)
        details = QWidget()
        row = QHBoxLayout(details)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(checklist, 1)
        row.addWidget(self.record, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)  # the list full width, the checklist below it
        splitter.addWidget(self.stack)
        splitter.addWidget(details)
        self.details = details
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 170])
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_done)
        filters.addWidget(self.overdue_count)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def status_text(self, task: TaskView) -> str:
        if task.done:
            return self.tr("done")
        return self.tr("overdue") if task.overdue(self.on) else self.tr("due today")

    def status_colour(self, task: TaskView):
        return STATUS_GREEN if task.done else STATUS_RED if task.overdue(self.on) else STATUS_AMBER

    def generate(self) -> None:
        """The orders due today that are not made yet, for whoever dispatches repairs."""
        if self.may_complete:
            try:
                generate_due(self.db, self.actor)
            except FrontOfficeError as error:
                QMessageBox.warning(self, self.window().windowTitle(), error_text(error))

    def refresh(self, *_args) -> None:
        selected, self.on = self.table.selected(), today()
        try:
            self.tasks = list_tasks(self.db, self.actor, self.on, include_done=self.show_done.isChecked())
            planned = bool(self.tasks) or bool(list_plans(self.db, self.actor))
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            self.tasks, planned = [], True
        self.empty.setText(self.tr("Nothing to do: every maintenance order up to today is done. Tick Show done to "
                                   "see the done ones.") if planned else
                           self.tr("No maintenance plans yet. Add a plan under Plans: daily, level 1 or level 2 "
                                   "maintenance for a piece of equipment or a category; its orders appear here on "
                                   "their dates."))
        done = self.show_done.isChecked()
        for column in DONE_COLUMNS:
            self.table.setColumnHidden(column, not done)
        header, fit, stretch = self.table.horizontalHeader(), QHeaderView.ResizeMode.ResizeToContents, \
            QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(PLAN_COLUMN, fit if done else stretch)  # the findings take the room left
        header.setSectionResizeMode(FINDINGS_COLUMN, stretch if done else fit)
        self.show_rows()
        if selected is not None:
            self.table.select(selected.number)
        if self.table.selected() is None and self.table.proxy.rowCount():
            self.table.selectRow(0)  # the oldest: Ctrl+D marks it done
        self.show_selected()
        overdue = sum(task.overdue(self.on) for task in self.tasks)
        self.overdue_count.setText(self.tr("{count} overdue").format(count=overdue) if overdue
                                   else self.tr("Nothing overdue"))
        self.overdue_count.setStyleSheet(f"color: {STATUS_RED.name()}; font-weight: bold;" if overdue else "")
        self.counted.emit(overdue)

    def show_rows(self, *_args) -> None:
        text = self.search.text().strip().lower()
        self.table.set_rows([t for t in self.tasks if not text or text in initials(t.equipment_name)
                             or text in f"{t.number} {t.plan} {t.equipment} {t.equipment_name} {t.location}".lower()])
        listed = bool(self.tasks or text)
        self.stack.setCurrentWidget(self.table if listed else self.empty)
        self.details.setVisible(listed)

    def show_selected(self, *_args) -> None:
        task = self.table.selected()
        self.done_action.setEnabled(self.may_complete and task is not None and not task.done)
        self.checklist.clear()
        if task is None:
            self.heading.setText(self.tr("Select a maintenance order to read its checklist."))
            self.record.clear()
            return
        self.heading.setText(f"<b>{task.number}</b> · {escape(task.equipment)} {escape(task.equipment_name)}"
                             f"<br>{escape(task.plan)}")
        for line in task.tasks:
            item = QListWidgetItem(line, self.checklist)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a checklist to read: ticked once the order is done
            item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
        if task.done:
            text = self.tr("Done by {by} at {at}; recorded by {recorded}.").format(
                by=task.done_by, at=format_local(task.done_at), recorded=task.recorded_by)
            if task.findings:
                text += "\n" + self.tr("Findings: {findings}").format(findings=task.findings)
            if task.repair_order:
                text += "\n" + self.tr("Repair work order {number}").format(number=task.repair_order)
            self.record.setText(text)
        else:
            self.record.setText(self.tr("Due {due}").format(due=task.due_on.isoformat()))

    def mark_done(self, *_args) -> None:
        task = self.table.selected()
        if not self.done_action.isEnabled() or task is None:
            return
        try:
            people = list_technicians(self.db, self.actor)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            return
        if not people:
            QMessageBox.information(self, self.window().windowTitle(), self.tr(
                "There are no technicians yet: add them under Team first."))
            return
        dialog = CompleteDialog(self.db, self.actor, task, people, self.equipment_category(task.equipment), self)
        if dialog.exec():
            done: TaskView = dialog.result_value
            self.message.setText(self.tr("{number} done by {by}.").format(number=done.number, by=done.done_by) + (
                " " + self.tr("Repair work order {order} opened.").format(order=done.repair_order)
                if done.repair_order else ""))
            self.refresh()


class PlansPage(KeptList):
    """The plans, kept by engineering; ``changed`` after one is saved."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.equipment: list[EquipmentView] = []
        self.categories: list[CategoryView] = []
        grey, status = self.status_column(self.tr("Active"), self.tr("Stopped"))
        self.build(RowTable([
            Column(self.tr("Plan"), lambda p: p.name, None, grey),
            Column(self.tr("Level"), lambda p: translate_text(MAINTENANCE_LEVEL_LABELS[p.level]), None, grey),
            Column(self.tr("Every"), lambda p: self.tr("{every} {period}").format(
                every=p.every, period=translate_text(INTERVAL_LABELS[p.period])), None, grey),
            Column(self.tr("For"), self.target, None, grey),
            Column(self.tr("First date"), lambda p: p.starts_on.isoformat(), None, grey),
            Column(self.tr("Tasks"), lambda p: len(p.tasks), None, grey),
            status], "plansTable", stretch=3),
            self.tr("Add plan..."), self.tr("Edit plan..."),
            self.tr("Add a plan: daily, level 1 or level 2 maintenance for a piece of equipment or a category "
                    "(Add plan, Ctrl+N). Its maintenance orders are then made on their dates."))
        if not actor.can(Permission.KEEP_EQUIPMENT):
            for action in (self.add_action, self.edit_action):
                action.setToolTip(self.tr("Only engineering or a manager can change maintenance plans"))
        self.tasks_label = QLabel(objectName="planTasks", wordWrap=True)
        self.table.selectionModel().selectionChanged.connect(self.show_tasks)
        self.layout().addWidget(self.tasks_label)
        self.refresh()

    def load(self) -> list[PlanView]:
        self.equipment = list_equipment(self.db, self.actor, include_retired=True)
        self.categories = list_categories(self.db, self.actor)
        return list_plans(self.db, self.actor)

    def target(self, plan: PlanView) -> str:
        if plan.category:
            return self.tr("every piece of {category}").format(category=plan.category)
        name = next((e.name for e in self.equipment if e.code == plan.equipment), "")
        return f"{plan.equipment} {name}".strip()

    def dialog(self, row: PlanView | None) -> FormDialog:
        in_service = [e for e in self.equipment if e.status is not EquipmentStatus.RETIRED]
        return PlanDialog(self.db, self.actor, row, in_service, self.categories, self)

    def _edit(self, row) -> None:
        before = list(self.rows)
        super()._edit(row)
        if self.rows != before:
            self.changed.emit()

    def show_tasks(self, *_args) -> None:
        plan = self.table.selected()
        self.tasks_label.setText("" if plan is None else self.tr("Tasks: {tasks}").format(
            tasks="; ".join(f"{n}. {t}" for n, t in enumerate(plan.tasks, start=1))))

    def category_of(self, code: str) -> str | None:
        """The repair category that matches the equipment's category (电梯 -> lift), if one does."""
        name = next((e.category for e in self.equipment if e.code == code), "")
        category = REPAIR_CATEGORY.get(name)
        return category.value if category else None


class MaintenanceWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("maintenanceWindow")
        self.setWindowTitle(self.tr("Equipment maintenance"))
        self.resize(1280, 680)
        self.plans = PlansPage(db, actor)
        self.due = DuePage(db, actor, self.plans.category_of)
        self.tabs = QTabWidget(objectName="maintenanceTabs")
        self.tabs.addTab(self.due, self.tr("Due maintenance"))
        self.tabs.addTab(self.plans, self.tr("Plans"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.due.counted.connect(self.show_count)
        self.plans.changed.connect(self.plan_saved)
        self.tabs.currentChanged.connect(self.focus_page)  # a page's shortcuts (Ctrl+N, Ctrl+D) work inside it
        self.due.generate()
        self.due.refresh()
        self.focus_page()

    def show_count(self, overdue: int) -> None:
        self.tabs.setTabText(0, self.tr("Due maintenance ({count} overdue)").format(count=overdue) if overdue
                             else self.tr("Due maintenance"))

    def plan_saved(self) -> None:
        """A new or changed plan may have orders due already."""
        self.due.generate()
        self.due.refresh()

    def focus_page(self, *_args) -> None:
        page = self.tabs.currentWidget()
        listed = page.stack.currentWidget() is page.table
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # an empty page still takes its shortcuts (Ctrl+N)
        (page.table if listed else page).setFocus(Qt.FocusReason.TabFocusReason)
