"""The business centre's price list: every service with its unit of charge and price, withdrawn ones greyed;
a manager adds and edits services, or imports them from an Excel sheet, and whoever may edit the site sets the
deposit rate; others read it."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.business.model import CHARGE_UNIT_LABELS, RESOURCE_KIND_LABELS, ServiceDraft, ServiceView
from app.business.price_list import add_service, list_services, update_service
from app.business.price_list_import import import_price_list
from app.business.settings import get_deposit_rate, set_deposit_rate
from app.database import Database
from app.errors import FrontOfficeError
from app.money import parse_amount
from app.permissions import Actor, Permission
from app.search_keys import initials
from ui.forms import ERROR_STYLE, FormDialog, choices
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.row_table import RowTable
from ui.sheet_import import SheetImporter
from ui.table_model import Column
from ui.theme import STATUS_GREY


class ServiceDialog(FormDialog):
    """A new service, or a change to ``service``: the price-list service checks and saves it."""

    def __init__(self, db: Database, actor: Actor, service: ServiceView | None = None,
                 parent: QWidget | None = None):
        if service is None:
            title, save = self.tr("Add a service"), lambda draft: add_service(db, actor, draft)
        else:
            title, save = self.tr("Edit {name}").format(name=service.name), \
                lambda draft: update_service(db, actor, service.id, draft)
        super().__init__(parent, title, lambda values: save(self.draft(values)))
        self.set_intro(self.tr("A new price applies to orders taken from now on; orders already taken keep "
                               "their price. A service is withdrawn, never deleted."))
        self.add_field("category", self.tr("Category"), QLineEdit(service.category if service else "",
                                                                  placeholderText="复印打印"), required=True)
        self.add_field("name", self.tr("Service"), QLineEdit(service.name if service else ""), required=True)
        unit = self.add_field("unit", self.tr("Unit of charge"), choices(CHARGE_UNIT_LABELS), required=True)
        self.add_field("price", self.tr("Price per unit (¥)"), QLineEdit(f"{service.price:.2f}" if service else "",
                                                                        placeholderText="0.00"), required=True)
        self.add_field("takes_deposit", self.tr("Takes a deposit before service"),
                       QCheckBox(checked=service.takes_deposit if service else False))
        books = choices(RESOURCE_KIND_LABELS)
        books.insertItem(0, self.tr("Nothing"), None)
        books.setCurrentIndex(0)
        self.add_field("books", self.tr("Books a room or equipment"), books)
        self.add_field("active", self.tr("On the price list (untick to withdraw)"),
                       QCheckBox(checked=service.active if service else True))
        self.setMinimumWidth(540)
        if service is not None:
            unit.setCurrentIndex(unit.findData(service.unit.value))
            books.setCurrentIndex(books.findData(service.books.value) if service.books else 0)

    @staticmethod
    def draft(values: dict) -> ServiceDraft:
        # A negative price is parsed so that the price list's own rule (and its message) refuses it.
        return ServiceDraft(values["name"], values["category"], values["unit"],
                            parse_amount(values["price"], "price", allow_negative=True), values["takes_deposit"],
                            values["books"], values["active"])


class PriceListWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.services: list[ServiceView] = []
        self.setObjectName("priceListWindow")
        self.setWindowTitle(self.tr("Price list"))
        self.resize(980, 620)
        yes, no, listed, withdrawn = self.tr("Yes"), self.tr("No"), self.tr("On the list"), self.tr("Withdrawn")

        def grey(service: ServiceView):
            return None if service.active else STATUS_GREY

        self.table = RowTable([
            Column(self.tr("Category"), lambda s: s.category, None, grey),
            Column(self.tr("Service"), lambda s: s.name, None, grey),
            Column(self.tr("Unit"), lambda s: translate_text(CHARGE_UNIT_LABELS[s.unit]), None, grey),
            Column(self.tr("Price"), lambda s: s.price, None, grey),
            Column(self.tr("Deposit"), lambda s: s.takes_deposit, lambda v: yes if v else no, grey),
            Column(self.tr("Books"), lambda s: s.books.value if s.books else "",
                   lambda v: translate_text(RESOURCE_KIND_LABELS[v]) if v else "—", grey),
            Column(self.tr("Status"), lambda s: s.active, lambda v: listed if v else withdrawn, grey),
        ], "servicesTable", stretch=1)
        self.model, self.proxy = self.table.rows_model, self.table.proxy
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (("add", self.tr("Add service..."), self.add, "Ctrl+N"),
                                        ("edit", self.tr("Edit service..."), self.edit_selected, None),
                                        ("import", self.tr("Import..."), self.import_file, "Ctrl+I")))
        self.add_action, self.edit_action, self.import_action = toolbar.actions()[:3]
        self.import_action.setToolTip(self.tr(
            "Add and change services from an Excel sheet (.xlsx or .csv) with the columns 类别, 服务项目, 计费单位, "
            "单价 and, if wanted, 押金, 预订, 状态 (or category, name, unit, price, deposit, books, active)"))
        self.importer = SheetImporter(self, self.tr("Import the price list"), lambda path, progress: import_price_list(
            self.db, self.actor, path, progress), lambda _result: self.refresh())
        self.keeps_prices = self.actor.can(Permission.KEEP_PRICE_LIST)
        if not self.keeps_prices:
            for action in (self.add_action, self.edit_action, self.import_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("Only a manager can change the price list"))
        self.search = search_box(self, self.tr("Search service or category, or pinyin initials (Ctrl+F)"))
        self.search.textChanged.connect(self.show_rows)
        self.table.doubleClicked.connect(self.edit_selected)
        self.empty = empty_state(self.tr("The price list is empty. A manager adds the services the centre sells "
                                         "(Add service), each with its unit of charge and price."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        may_edit_site = self.actor.can(Permission.EDIT_SITE)
        self.rate = QLineEdit(objectName="depositRate", maximumWidth=90, readOnly=not may_edit_site)
        self.rate.returnPressed.connect(self.save_rate)
        self.save_rate_button = QPushButton(self.tr("Save rate"), objectName="saveRate", enabled=may_edit_site)
        self.save_rate_button.clicked.connect(self.save_rate)
        self.rate_error = QLabel(objectName="depositRateError", styleSheet=ERROR_STYLE, wordWrap=True)
        if not may_edit_site:
            for widget in (self.rate, self.save_rate_button):
                widget.setToolTip(self.tr("Only a manager can change the deposit rate"))
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("Deposit before service, % of the estimate:")))
        rate_row.addWidget(self.rate)
        rate_row.addWidget(self.save_rate_button)
        rate_row.addWidget(self.rate_error, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.search)
        layout.addWidget(self.stack)
        layout.addLayout(rate_row)
        if not self.keeps_prices:
            layout.addWidget(QLabel(self.tr("Read only: only a manager can change prices."), objectName="readOnly"))

    def refresh(self) -> None:
        try:
            self.services = list_services(self.db, self.actor, include_withdrawn=True)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            self.services = []
        self.rate.setText(f"{get_deposit_rate(self.db):.2f}")
        self.show_rows()

    def show_rows(self, *_args) -> None:
        text = self.search.text().strip().lower()
        self.model.set_rows([s for s in self.services if not text or text in f"{s.category} {s.name}".lower()
                             or text in initials(s.name) or text in initials(s.category)])
        self.stack.setCurrentWidget(self.table if self.services else self.empty)

    def selected(self) -> ServiceView | None:
        return self.table.selected()

    def add(self) -> None:
        if self.add_action.isEnabled():
            self._edit(None)

    def edit_selected(self, *_args) -> None:
        if not self.edit_action.isEnabled():
            return
        service = self.selected()
        if service is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a service first"))
            return
        self._edit(service)

    def _edit(self, service: ServiceView | None) -> None:
        dialog = ServiceDialog(self.db, self.actor, service, self)
        if dialog.exec():
            self.refresh()
            self.table.select(dialog.result_value.name, 1)

    def import_file(self) -> None:
        if self.import_action.isEnabled():
            self.importer.choose()

    def save_rate(self) -> None:
        try:
            rate = set_deposit_rate(self.db, self.actor, parse_amount(self.rate.text(), "deposit_rate"))
        except FrontOfficeError as error:
            self.rate_error.setStyleSheet(ERROR_STYLE)
            self.rate_error.setText(error_text(error))
            return
        self.rate_error.setStyleSheet("")
        self.rate.setText(f"{rate:.2f}")
        self.rate_error.setText(self.tr("Saved: orders taken from now on ask {rate}% as deposit.").format(rate=rate))
