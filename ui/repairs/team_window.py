"""The engineering team: its technicians (with the open orders in each one's queue), the materials list
with prices, and the site's deadlines per priority with whether residents' in-home repairs are free labour.
Engineering and managers keep technicians and materials; only whoever may edit the site sets deadlines."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import FrontOfficeError
from app.money import parse_amount
from app.permissions import Actor, Permission
from app.repairs.materials import list_materials, save_material
from app.repairs.model import PRIORITY_LABELS, Deadline, MaterialView, Priority, TechnicianView
from app.repairs.settings import (
    MAX_MINUTES,
    get_deadlines,
    get_residents_free_labour,
    set_deadline,
    set_residents_free_labour,
)
from app.repairs.technicians import add_technician, list_technicians, update_technician
from app.search_keys import initials
from ui.forms import ERROR_STYLE, FormDialog
from ui.i18n import error_text, translate_text
from ui.kept_list import KeptList
from ui.list_parts import search_box
from ui.row_table import RowTable
from ui.table_model import Column


class TechnicianDialog(FormDialog):
    """A new technician, or a change to ``technician``: the technicians service checks and saves it."""

    def __init__(self, db: Database, actor: Actor, technician: TechnicianView | None = None,
                 parent: QWidget | None = None):
        if technician is None:
            title = self.tr("Add a technician")
            save = lambda v: add_technician(db, actor, v["name"], v["trade"], v["phone"])  # noqa: E731
        else:
            title = self.tr("Edit {name}").format(name=technician.name)
            save = lambda v: update_technician(db, actor, technician.id, v["name"], v["trade"],  # noqa: E731
                                               v["phone"], v["active"])
        super().__init__(parent, title, save)
        self.add_field("name", self.tr("Name"), QLineEdit(technician.name if technician else ""), required=True)
        self.add_field("trade", self.tr("Trade"), QLineEdit(technician.trade if technician else "",
                                                            placeholderText="水暖工"))
        self.add_field("phone", self.tr("Phone"), QLineEdit(technician.phone if technician else ""))
        if technician is not None:  # a new technician is active; one who leaves is made inactive, never deleted
            self.add_field("active", self.tr("Active (untick when they leave: they get no new orders)"),
                           QCheckBox(checked=technician.active))


class MaterialDialog(FormDialog):
    """A new material, or a change to ``material`` (its code, which the materials list keys on, stays)."""

    def __init__(self, db: Database, actor: Actor, material: MaterialView | None = None,
                 parent: QWidget | None = None):
        title = self.tr("Add a material") if material is None else \
            self.tr("Edit {code} {name}").format(code=material.code, name=material.name)
        super().__init__(parent, title, self.save)
        self.db, self.actor, self.material = db, actor, material
        self.set_intro(self.tr("A new price applies to work recorded from now on; work already recorded keeps "
                               "its price. A material is withdrawn, never deleted."))
        self.add_field("code", self.tr("Code"), QLineEdit(material.code if material else "", placeholderText="M016",
                                                          readOnly=material is not None), required=True)
        self.add_field("name", self.tr("Name"), QLineEdit(material.name if material else ""), required=True)
        self.add_field("unit", self.tr("Unit"), QLineEdit(material.unit if material else "", placeholderText="个"),
                       required=True)
        self.add_field("price", self.tr("Price per unit (¥)"), QLineEdit(f"{material.price:.2f}" if material else "",
                                                                        placeholderText="0.00"), required=True)
        self.add_field("active", self.tr("On the list (untick to withdraw)"),
                       QCheckBox(checked=material.active if material else True))
        self.setMinimumWidth(520)

    def save(self, values: dict) -> MaterialView:
        # A negative price is parsed so that the materials list's own rule (and its message) refuses it.
        price = parse_amount(values["price"], "price", allow_negative=True)
        return save_material(self.db, self.actor, values["code"], values["name"], values["unit"], price,
                             values["active"], new=self.material is None)


class TechniciansPage(KeptList):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        grey, status = self.status_column(self.tr("Active"), self.tr("Left (inactive)"))
        self.build(RowTable([
            Column(self.tr("Name"), lambda t: t.name, None, grey),
            Column(self.tr("Trade"), lambda t: t.trade, None, grey),
            Column(self.tr("Phone"), lambda t: t.phone, None, grey),
            Column(self.tr("Open orders"), lambda t: t.open_orders, None, grey),
            status], "techniciansTable"),
            self.tr("Add technician..."), self.tr("Edit technician..."),
            self.tr("No technicians yet. Add the engineering team's technicians (Add technician, Ctrl+N): work "
                    "orders are dispatched to them."))
        self.refresh()

    def load(self) -> list[TechnicianView]:
        return list_technicians(self.db, self.actor, include_inactive=True)

    def dialog(self, row: TechnicianView | None) -> FormDialog:
        return TechnicianDialog(self.db, self.actor, row, self)


class MaterialsPage(KeptList):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        grey, status = self.status_column(self.tr("On the list"), self.tr("Withdrawn"))
        self.build(RowTable([
            Column(self.tr("Code"), lambda m: m.code, None, grey),
            Column(self.tr("Name"), lambda m: m.name, None, grey),
            Column(self.tr("Unit"), lambda m: m.unit, None, grey),
            Column(self.tr("Price"), lambda m: m.price, None, grey),
            status], "materialsTable", stretch=1),
            self.tr("Add material..."), self.tr("Edit material..."),
            self.tr("The materials list is empty. Add the materials technicians use (Add material, Ctrl+N), each "
                    "with its unit and price."))
        self.search = search_box(self, self.tr("Search code or name, or pinyin initials (Ctrl+F)"))
        self.search.textChanged.connect(self.show_rows)
        self.withdrawn = QCheckBox(self.tr("Show withdrawn"), objectName="showWithdrawn")
        self.withdrawn.toggled.connect(self.refresh)
        self.filters.addWidget(self.search, 1)
        self.filters.addWidget(self.withdrawn)
        self.refresh()

    def load(self) -> list[MaterialView]:
        return list_materials(self.db, self.actor, include_withdrawn=self.withdrawn.isChecked())

    def shown(self, rows: list[MaterialView]) -> list[MaterialView]:
        text = self.search.text().strip().lower()
        return [m for m in rows if not text or text in f"{m.code} {m.name}".lower() or text in initials(m.name)]

    def dialog(self, row: MaterialView | None) -> FormDialog:
        return MaterialDialog(self.db, self.actor, row, self)


class DurationEdit(QWidget):
    """A deadline in hours and minutes, as a dispatcher says it; ``value()`` in whole minutes."""

    def __init__(self, name: str, minutes: int):
        super().__init__(objectName=name)
        self.hours = QSpinBox(objectName=f"{name}Hours", maximum=MAX_MINUTES // 60, suffix=self.tr(" h"))
        self.minutes = QSpinBox(objectName=f"{name}Minutes", maximum=59, singleStep=5, suffix=self.tr(" min"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hours)
        row.addWidget(self.minutes)
        self.setValue(minutes)

    def value(self) -> int:
        return self.hours.value() * 60 + self.minutes.value()

    def setValue(self, minutes: int) -> None:  # noqa: N802 (Qt's naming)
        self.hours.setValue(minutes // 60)
        self.minutes.setValue(minutes % 60)


class DeadlinesPage(QWidget):
    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db, self.actor = db, actor
        self.may_edit = actor.can(Permission.EDIT_SITE)
        self.saved = get_deadlines(db)
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Priority"), self.tr("Respond within (on site)"),
                                        self.tr("Complete within"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.rows: dict[Priority, tuple[DurationEdit, DurationEdit, QLabel]] = {}
        for line, priority in enumerate(Priority, start=1):
            deadline = self.saved[priority]
            respond = DurationEdit(f"{priority.value}Respond", deadline.respond_minutes)
            complete = DurationEdit(f"{priority.value}Complete", deadline.complete_minutes)
            error = QLabel(objectName=f"{priority.value}Error", styleSheet=ERROR_STYLE, wordWrap=True)
            for column, widget in enumerate((QLabel(translate_text(PRIORITY_LABELS[priority])), respond, complete,
                                             error)):
                grid.addWidget(widget, line, column)
            self.rows[priority] = respond, complete, error
        grid.setColumnStretch(3, 1)
        self.free_labour = QCheckBox(self.tr("Residents' in-home repairs are free labour (materials are still "
                                             "charged)"), objectName="freeLabour",
                                     checked=get_residents_free_labour(db))
        self.save_button = QPushButton(self.tr("Save"), objectName="saveDeadlines", autoDefault=False)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(objectName="deadlinesStatus", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deadlines count from when an order is reported: a technician must be on "
                                        "site within the first, and the repair finished within the second. Orders "
                                        "already reported keep their deadlines."), wordWrap=True))
        layout.addLayout(grid)
        layout.addWidget(self.free_labour)
        layout.addLayout(buttons)
        if not self.may_edit:
            for respond, complete, _error in self.rows.values():
                respond.setEnabled(False)
                complete.setEnabled(False)
            self.free_labour.setEnabled(False)
            self.save_button.setEnabled(False)
            layout.addWidget(QLabel(self.tr("Read only: only a manager can change the deadlines."),
                                    objectName="readOnly"))
        layout.addStretch()

    def save(self) -> None:
        """Saves each changed row, and the free-labour rule if changed; a refused row keeps its message."""
        if not self.may_edit:
            return
        saved = []
        for priority, (respond, complete, error) in self.rows.items():
            error.clear()
            wanted = Deadline(respond.value(), complete.value())
            if wanted == self.saved[priority]:
                continue
            try:
                self.saved[priority] = set_deadline(self.db, self.actor, priority, wanted.respond_minutes,
                                                    wanted.complete_minutes)
            except FrontOfficeError as refused:
                error.setText(error_text(refused))
                continue
            saved.append(translate_text(PRIORITY_LABELS[priority]))
        free = self.free_labour.isChecked()
        try:
            if free != get_residents_free_labour(self.db):
                set_residents_free_labour(self.db, self.actor, free)
                saved.append(self.tr("free labour"))
        except FrontOfficeError as refused:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(refused))
        self.status.setText(self.tr("Saved: {what}").format(what=self.tr(", ").join(saved)) if saved
                            else self.tr("Nothing saved"))


class TeamWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamWindow")
        self.setWindowTitle(self.tr("Engineering team"))
        self.resize(960, 620)
        self.technicians = TechniciansPage(db, actor)
        self.materials = MaterialsPage(db, actor)
        self.deadlines = DeadlinesPage(db, actor)
        self.tabs = QTabWidget(objectName="teamTabs")
        self.tabs.addTab(self.technicians, self.tr("Technicians"))
        self.tabs.addTab(self.materials, self.tr("Materials"))
        self.tabs.addTab(self.deadlines, self.tr("Deadlines"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self.focus_page)  # a page's shortcuts (Ctrl+N) work inside the page
        self.focus_page()

    def focus_page(self, *_args) -> None:
        page = self.tabs.currentWidget()
        (page.table if isinstance(page, KeptList) else page).setFocus(Qt.FocusReason.TabFocusReason)
