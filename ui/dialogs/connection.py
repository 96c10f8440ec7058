"""Which database this PC uses: the file on this PC, or the database server the site's desks share. "Test"
tries it without changing anything; "Save" tries it again and keeps it for the next start.

``ConnectionFields`` is the server's part of such a form, shared with the first-run wizard."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import config
from app.connection import (
    DEFAULT_PORT,
    ConnectionCheck,
    ServerDetails,
    check_connection,
    save_connection,
    saved_connection,
    server_details,
    server_url,
)
from app.errors import DatabaseProblem, FrontOfficeError, ValidationError
from ui.forms import ERROR_STYLE, FormDialog
from ui.i18n import error_text
from ui.icons import icon
from ui.runner import run_in_background

FILE, SERVER = "file", "server"
OK_STYLE = "color: #1e7b34;"


class ConnectionFields(QObject):
    """The database server's fields on a form (a ``FormDialog``, or anything with its ``add_field``, ``values``,
    ``clear_errors`` and ``show_error``): server, port, database, user and password; the "Test connection"
    button, which tries ``location(values)`` off the GUI thread; and the label that says what it found."""

    def __init__(self, form: QWidget, location: Callable[[dict], str] | None = None):
        super().__init__(form)
        self.form = form
        self.location = location or self.url
        self.host = form.add_field("host", self.tr("Server"), QLineEdit(placeholderText="192.168.1.10"), True)
        self.port = form.add_field("port", self.tr("Port"), QSpinBox(minimum=1, maximum=65535, value=DEFAULT_PORT))
        self.database = form.add_field("database", self.tr("Database name"), QLineEdit("frontoffice"), True)
        self.user = form.add_field("user", self.tr("User name"), QLineEdit(), True)
        self.password = form.add_field("password", self.tr("Password"), QLineEdit(echoMode=QLineEdit.EchoMode.Password))
        self.test_button = QPushButton(self.tr("Test connection"), objectName="test", autoDefault=False)
        self.test_button.clicked.connect(self.test)
        self.result_label = QLabel(wordWrap=True, objectName="testResult")
        self.tasks = []

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return self.host, self.port, self.database, self.user, self.password

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.widgets:
            widget.setEnabled(enabled)

    def show_details(self, details: ServerDetails) -> None:
        self.host.setText(details.host)
        self.port.setValue(details.port)
        self.database.setText(details.database)
        self.user.setText(details.user)
        self.password.setText(details.password)

    @staticmethod
    def url(values: dict) -> str:
        """The server's URL from the form's values (the service checks each part)."""
        return server_url(ServerDetails(values["host"], values["port"], values["database"], values["user"],
                                        values["password"]))

    def test(self) -> None:
        self.form.clear_errors()
        try:
            location = self.location(self.form.values())
        except FrontOfficeError as error:
            self.form.show_error(error)
            return
        self.show_result(self.tr("Connecting..."))
        task = run_in_background(self.form, self.tr("Test connection"), lambda _progress: check_connection(location),
                                 self.tested, self.failed, cancellable=False)
        self.tasks.append(task)

    def tested(self, found: ConnectionCheck) -> None:
        self.show_result(self.describe(found), ok=found.known)

    def failed(self, error: Exception) -> None:
        self.show_result(error_text(error) if isinstance(error, FrontOfficeError) else str(error), ok=False)

    def show_result(self, text: str, ok: bool | None = None) -> None:
        """What a test found: in green when it can be used, in red when not, plain while it is under way."""
        self.result_label.setStyleSheet("" if ok is None else OK_STYLE if ok else ERROR_STYLE)
        self.result_label.setText(text)

    def describe(self, found: ConnectionCheck) -> str:
        if not found.known:
            return self.tr("Connected to {server}, but its database was made by a newer FrontOffice (schema "
                           "{current}): install the newer version on this PC").format(server=found.server,
                                                                                     current=found.current)
        if found.empty:
            return self.tr("Connected to {server}. The database is empty: FrontOffice sets it up at its next start, "
                           "and asks for the administrator").format(server=found.server)
        if found.ready:
            return self.tr("Connected to {server}; the database is ready (schema {current})").format(
                server=found.server, current=found.current)
        return self.tr("Connected to {server}; the database (schema {current}) is brought up to schema {head} at "
                       "the next start").format(server=found.server, current=found.current, head=found.head)


class ConnectionDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Database connection"), self.save)
        self.set_intro(self.tr("One PC keeps the database in a file of its own. When several desks work on one "
                               "database, each PC connects to the database server (PostgreSQL). The change takes "
                               "effect when FrontOffice starts next."))
        self.kind = self.add_field("kind", self.tr("Database"), QComboBox())
        self.kind.addItem(self.tr("A file on this PC"), FILE)
        self.kind.addItem(self.tr("A database server (PostgreSQL), shared by several desks"), SERVER)
        self.path = self.add_field("path", self.tr("File"), QLineEdit(), True)
        self.server = ConnectionFields(self, self.location)
        self.host, self.port, self.database, self.user, self.password = self.server.widgets
        self.browse = self.path.addAction(icon("browse"), QLineEdit.ActionPosition.TrailingPosition)
        self.browse.setToolTip(self.tr("Choose file..."))
        self.browse.triggered.connect(self.choose_file)
        self.buttons.addButton(self.server.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.result_label = self.server.result_label
        self.layout().insertWidget(self.layout().count() - 1, self.result_label)
        self.show_saved()
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.kind_changed()
        self.setMinimumWidth(560)

    def show_saved(self) -> None:
        saved = saved_connection()
        details = server_details(saved) if saved else None
        if details is None:
            self.kind.setCurrentIndex(self.kind.findData(FILE))
            self.path.setText(saved or str(config.default_db_path()))
            return
        self.kind.setCurrentIndex(self.kind.findData(SERVER))
        self.server.show_details(details)

    def kind_changed(self, *_args) -> None:
        on_server = self.kind.currentData() == SERVER
        self.server.set_enabled(on_server)
        self.path.setEnabled(not on_server)
        self.browse.setEnabled(not on_server)
        self.result_label.clear()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("The database file"), self.path.text(),
                                                    self.tr("SQLite database (*.sqlite3 *.db)"))
        if path:
            self.path.setText(path)

    def location(self, values: dict) -> str:
        """The URL or path the form describes (the service checks each part)."""
        if values["kind"] == FILE:
            path = values["path"].strip()
            if not path:
                raise ValidationError(self.tr("Choose the database file"), field="path")
            return path
        return self.server.url(values)

    def describe(self, found: ConnectionCheck) -> str:
        return self.server.describe(found)

    def test(self) -> None:
        self.server.test()

    def save(self, values: dict) -> str:
        location = self.location(values)
        found = check_connection(location)  # a connection that does not work is not saved
        if not found.known:
            raise DatabaseProblem(self.describe(found))
        kept = "" if location == str(config.default_db_path()) else location
        save_connection(kept)
        return location
