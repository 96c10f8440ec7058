"""The first start on a database without users: a short wizard for the language, the database (this PC's file,
or the server the site's desks share), the administrator, the site's details and, if wanted, a demo building.

    run_first_start(db, parent) -> FirstStart | None

Each page checks what it was given through the services before it moves on; a refusal is shown beside its
field and saves nothing. Until the administrator exists, Cancel leaves the database as it was: a server chosen
is closed and this PC's saved connection put back (the language chosen is kept). From then on the wizard only
goes forward, and closing it keeps what was saved.
"""

from dataclasses import dataclass

import shiboken6
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.connection import (
    ConnectionCheck,
    check_connection,
    save_connection,
    saved_connection,
    server_details,
)
from app.database import Database, open_database
from app.errors import FrontOfficeError
from app.permissions import Actor
from app.site import get_site_details, update_site_details
from app.users import create_first_admin, has_users
from ui import settings
from ui.dialogs.connection import OK_STYLE, ConnectionFields
from ui.dialogs.login import check_repeated, password_field
from ui.dialogs.site_details import add_site_fields, edited_details, show_site_details
from ui.forms import ERROR_STYLE, FormDialog
from ui.i18n import LANGUAGES, error_text, install_translator
from ui.runner import run_in_background

LANGUAGE, DATABASE, ADMIN, SITE, DEMO, JOINED = range(6)
SITE_FIELDS = ("company_name", "site_name", "address", "phone")
NOTE_STYLE = "color: #555;"
INDENT = 26  # what belongs to a choice sits under its radio button's text


@dataclass(frozen=True)
class FirstStart:
    db: Database  # the database to use from now on: the one given, or the server chosen
    actor: Actor | None  # the administrator created; None: the server had users already, so log in


def run_first_start(db: Database, parent: QWidget | None = None) -> FirstStart | None:
    """The wizard on ``db`` (a database without users). None when the user cancels; then nothing was created
    and this PC's saved connection is as it was. When ``FirstStart.db`` is not ``db``, ``db`` is the caller's
    to close."""
    wizard = FirstRunWizard(db, parent)
    try:
        wizard.exec()
        return wizard.outcome()
    finally:
        # Deleted now, on the GUI thread: left to the garbage collector (its pages and tasks refer to it), it could
        # be deleted on whichever thread runs the collection next, such as a background job's, and a widget
        # deleted off the GUI thread can crash the app.
        shiboken6.delete(wizard)


def failure_text(error: Exception) -> str:
    return error_text(error) if isinstance(error, FrontOfficeError) else str(error)


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.given = db
        self.db = db  # where the administrator is made: the given database, or the server's
        self.actor: Actor | None = None
        self.server: Database | None = None  # the server's database, opened on the database page
        self.server_location = ""
        self.joined = False  # the server's database had users: the wizard ends, the login follows
        self.previous_connection = saved_connection()
        self.busy = False
        self.task = None
        self.finished_ok = False
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setPage(LANGUAGE, LanguagePage())
        self.build_pages()
        self.retranslate()
        self.setMinimumSize(680, 560)

    def build_pages(self) -> None:
        """The pages after the language's, made (again) in the language now installed."""
        for page_id, page_type in ((DATABASE, DatabasePage), (ADMIN, AdminPage), (SITE, SitePage), (DEMO, DemoPage),
                                   (JOINED, JoinedPage)):
            old = self.page(page_id)
            if old is not None:
                self.removePage(page_id)
                old.deleteLater()
            self.setPage(page_id, page_type(self))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("FrontOffice - First start"))
        self.page(LANGUAGE).retranslate()

    def change_language(self, code: str) -> None:
        install_translator(QApplication.instance(), code)
        self.retranslate()
        self.build_pages()

    # --- the database ----------------------------------------------------------------------------------------
    def use_given(self) -> None:
        """Back to the database the wizard was given: the server's closed, this PC's setting as it was."""
        if self.server is not None:
            self.server.close()
            self.server = None
            save_connection(self.previous_connection)
        self.db, self.server_location, self.joined = self.given, "", False

    def use_server(self, location: str, opened: Database, with_users: bool) -> None:
        """The server's database, opened, is this PC's from now on (saved for the next starts)."""
        try:
            save_connection(location)
        except FrontOfficeError:
            opened.close()
            raise
        if self.server is not None:
            self.server.close()
        self.server, self.db, self.server_location, self.joined = opened, opened, location, with_users

    # --- long work -------------------------------------------------------------------------------------------
    def run(self, title: str, work, on_done, on_error) -> None:
        """``work`` off the GUI thread with the runner's progress; the wizard's buttons wait for it."""
        self.set_busy(True)

        def done(result) -> None:
            self.set_busy(False)
            on_done(result)

        def failed(error) -> None:
            self.set_busy(False)
            on_error(error)

        self.task = run_in_background(self, title, work, done, failed, cancellable=False)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.currentPage().completeChanged.emit()  # the wizard sets its buttons again; Next and Finish wait
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    # --- the end ---------------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:
            return
        if self.actor is None:
            self.use_given()
        super().reject()

    def accept(self) -> None:
        self.finished_ok = True
        super().accept()

    def outcome(self) -> FirstStart | None:
        if self.actor is not None or (self.finished_ok and self.joined):
            return FirstStart(self.db, self.actor)
        return None


class Page(QWizardPage):
    """A page whose Next or Finish waits while the wizard's long work runs."""

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return not (wizard is not None and wizard.busy) and super().isComplete()


class FormPage(Page):
    """A page laid out and checked as a ``FormDialog`` is: labels on the left, required fields marked, the
    service's message beside its field (the same methods, on a wizard page; ``field(name)`` is the widget, as
    in a ``FormDialog``, not a value registered with Qt's ``registerField``, which these pages do not use)."""

    add_field = FormDialog.add_field
    field = FormDialog.field
    values = FormDialog.values
    clear_errors = FormDialog.clear_errors
    show_error = FormDialog.show_error

    def __init__(self):
        super().__init__()
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.general_error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="generalError")
        self.general_error.hide()
        self.form = QFormLayout()
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.general_error)
        self.column.addLayout(self.form)

    def submitted(self, submit) -> bool:
        """``submit(values)`` (a service's call) done, or its refusal shown beside the field."""
        self.clear_errors()
        try:
            submit(self.values())
        except FrontOfficeError as error:
            self.show_error(error)
            return False
        return True


class LanguagePage(Page):
    def __init__(self):
        super().__init__()
        self.choices = QButtonGroup(self)
        column = QVBoxLayout(self)
        current = settings.language()
        for code, name in LANGUAGES.items():  # each language named in itself
            button = QRadioButton(name, objectName=f"language_{code}", checked=code == current)
            self.choices.addButton(button)
            button.setProperty("code", code)
            column.addWidget(button)
        if self.choices.checkedButton() is None:
            self.choices.buttons()[0].setChecked(True)
        column.addStretch()
        self.choices.buttonToggled.connect(self.toggled)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language of FrontOffice on this PC. Settings → Language changes it later."))

    def code(self) -> str:
        return self.choices.checkedButton().property("code")

    def toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.wizard().change_language(button.property("code"))

    def validatePage(self) -> bool:
        settings.set_language(self.code())
        return True


class DatabasePage(FormPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("Database"))
        self.setSubTitle(self.tr("Where the site's records are kept: on this PC when FrontOffice runs at one desk, "
                                 "or on a database server that several desks share."))
        given = wizard.given
        self.this_pc = QRadioButton(self.tr("This PC"), objectName="thisPc")
        if given.path is not None:
            where = self.tr("The database is the file {path}").format(path=given.path)
        else:
            where = self.tr("The database is {name}").format(name=given.display_name)
        self.where = QLabel(where, wordWrap=True, objectName="location", styleSheet=NOTE_STYLE)
        self.where.setContentsMargins(INDENT, 0, 0, 6)
        self.on_server = QRadioButton(self.tr("A database server for several desks (PostgreSQL)"), objectName="server")
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.this_pc)
        self.kind.addButton(self.on_server)
        for position, widget in enumerate((self.this_pc, self.where, self.on_server)):
            self.column.insertWidget(position, widget)
        self.form.setContentsMargins(INDENT, 0, 0, 0)
        self.connection = WizardConnectionFields(self)
        test_row = QHBoxLayout()
        test_row.addWidget(self.connection.test_button)
        test_row.addStretch()
        self.form.addRow("", test_row)
        self.form.addRow(self.connection.result_label)
        self.column.addStretch()
        details = server_details(wizard.server_location) if wizard.server_location else None
        if details is not None:
            self.connection.show_details(details)
        (self.on_server if details is not None else self.this_pc).setChecked(True)
        self.on_server.toggled.connect(self.kind_changed)
        self.kind_changed()

    def kind_changed(self, *_args) -> None:
        on_server = self.on_server.isChecked()
        self.connection.set_enabled(on_server)
        self.connection.test_button.setEnabled(on_server)
        self.connection.result_label.clear()
        self.clear_errors()
        if on_server and self.isVisible():
            self.connection.host.setFocus()

    def nextId(self) -> int:
        wizard = self.wizard()
        return JOINED if wizard is not None and wizard.joined else ADMIN

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if self.this_pc.isChecked():
            try:
                wizard.use_given()
            except FrontOfficeError as error:
                self.show_error(error)
                return False
            return True
        self.clear_errors()
        try:
            location = self.connection.url(self.values())
        except FrontOfficeError as error:
            self.show_error(error)
            return False
        if location == wizard.server_location:
            return True
        self.connection.show_result(self.tr("Connecting..."))
        wizard.run(self.tr("Opening the database"), lambda _progress: open_server(location),
                   lambda found: self.opened(location, *found), self.not_opened)
        return False

    def opened(self, location: str, opened: Database, with_users: bool) -> None:
        wizard = self.wizard()
        try:
            wizard.use_server(location, opened, with_users)
        except FrontOfficeError as error:
            self.not_opened(error)
            return
        self.connection.result_label.clear()
        wizard.next()

    def not_opened(self, error: Exception) -> None:
        self.connection.show_result(failure_text(error), ok=False)


def open_server(location: str) -> tuple[Database, bool]:
    """The server's database tried (quickly: an address nobody answers at fails in seconds), then opened (an
    empty one set up, an older one brought up to date); and whether it has users."""
    check_connection(location)
    opened = open_database(location)
    try:
        return opened, has_users(opened)
    except BaseException:
        opened.close()
        raise


class WizardConnectionFields(ConnectionFields):
    """The server's fields as the wizard tests them: what it finds is set up now, not at the next start."""

    def describe(self, found: ConnectionCheck) -> str:
        if found.known and found.empty:
            return self.tr("Connected to {server}. The database is empty: it is set up when you go on").format(
                server=found.server)
        if found.known and not found.ready:
            return self.tr("Connected to {server}; the database (schema {current}) is brought up to schema {head} "
                           "when you go on").format(server=found.server, current=found.current, head=found.head)
        return super().describe(found)


class AdminPage(FormPage):
    def __init__(self, _wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(self.tr("The administrator adds the other users and keeps the site's settings. There is no "
                                 "default password: choose one, and keep it safe."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the administrator"))
        self.add_field("username", self.tr("User name"), QLineEdit(), required=True)
        self.add_field("full_name", self.tr("Full name"), QLineEdit())
        self.add_field("password", self.tr("Password"), password_field(), required=True)
        self.add_field("repeat", self.tr("Password again"), password_field(), required=True)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if wizard.actor is not None:
            return True

        def create(values: dict) -> None:
            check_repeated(values)
            wizard.actor = create_first_admin(wizard.db, values["username"], values["password"], values["full_name"])

        return self.submitted(create)


class SitePage(FormPage):
    def __init__(self, _wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("Site and company"))
        self.setSubTitle(self.tr("They head the receipts, notices and reports. Settings → Site details changes them "
                                 "later."))
        add_site_fields(self, SITE_FIELDS)
        self.current = None

    def initializePage(self) -> None:
        wizard = self.wizard()
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)  # the administrator exists: only forward
        self.current = get_site_details(wizard.db)
        show_site_details(self, self.current, SITE_FIELDS)

    def validatePage(self) -> bool:
        wizard = self.wizard()

        def save(values: dict) -> None:
            self.current = update_site_details(wizard.db, wizard.actor, edited_details(self.current, values))

        return self.submitted(save)


class DemoPage(Page):
    """The demo's service imports most of ``app``: when the wizard is made, not at every start."""

    def __init__(self, _wizard: FirstRunWizard):
        from app.demo.starter import STARTER_UNITS

        super().__init__()
        self.setTitle(self.tr("Demo building"))
        self.setSubTitle(self.tr("To try FrontOffice out before the site's own records are entered."))
        self.wanted = QCheckBox(self.tr("Load a demo building"), objectName="loadDemo")
        self.about = QLabel(self.tr(
            "A site of {units} units with their owners and tenants, a year of monthly bills and payments, "
            "repairs, inspections, visitors and parcels; the business centre's price list, rooms and machines; the "
            "engineering team and the equipment register. Its records are invented and stay in this database: "
            "load it only into a database for trying things out.").format(units=STARTER_UNITS),
            wordWrap=True, styleSheet=NOTE_STYLE, objectName="demoAbout")
        self.about.setContentsMargins(INDENT, 0, 0, 0)
        self.status = QLabel(wordWrap=True, objectName="demoStatus")
        self.status.setContentsMargins(0, 12, 0, 0)
        self.summary = None
        column = QVBoxLayout(self)
        for widget in (self.wanted, self.about, self.status):
            column.addWidget(widget)
        column.addStretch()

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        if not self.wanted.isChecked() or self.summary is not None:
            return True
        from app.demo.starter import load_starter

        wizard = self.wizard()
        self.show_status(self.tr("Loading the demo building..."))
        db, actor = wizard.db, wizard.actor
        wizard.run(self.tr("Loading the demo building"), lambda progress: load_starter(db, actor, progress),
                   self.loaded, lambda error: self.show_status(failure_text(error), ERROR_STYLE))
        return False

    def loaded(self, summary) -> None:
        self.summary = summary
        self.wanted.setEnabled(False)
        site = summary.site
        self.show_status(self.tr(
            "The demo building is loaded:\n"
            "· {buildings} buildings, {units} units, {parties} owners and tenants\n"
            "· {bill_lines} bill lines, {payments} payments with their receipts\n"
            "· {work_orders} work orders, {inspections} inspections, {notices} rectification notices\n"
            "· {visitors} visitors, {parcels} parcels\n"
            "· {services} business-centre services, {resources} rooms and machines, {equipment} pieces of equipment\n"
            "Click Finish to begin.").format(
            buildings=site.buildings, units=site.units, parties=site.parties, bill_lines=f"{site.bill_lines:,}",
            payments=f"{site.payments:,}", work_orders=site.work_orders, inspections=site.inspections,
            notices=site.notices, visitors=site.visitors, parcels=site.parcels, services=summary.services,
            resources=summary.resources, equipment=summary.equipment), OK_STYLE)
        self.wizard().button(QWizard.WizardButton.FinishButton).setFocus()

    def show_status(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)


class JoinedPage(Page):
    """The server's database was set up by another desk: nothing to make here, the login comes next."""

    def __init__(self, _wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("The database is in use"))
        self.setSubTitle(self.tr("Another desk has set this database up already: there is nothing to create."))
        self.message = QLabel(wordWrap=True, objectName="joinedMessage")
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addStretch()

    def initializePage(self) -> None:
        details = server_details(self.wizard().server_location)
        self.message.setText(self.tr(
            "This PC uses the database {database} on the server {host} from now on. Click Finish, then log in with "
            "your user name; the site's administrator gives you one if you have none.").format(
            database=details.database, host=f"{details.host}:{details.port}"))

    def nextId(self) -> int:
        return -1
