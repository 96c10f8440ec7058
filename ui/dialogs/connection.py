"""Which database this PC uses: the file on this PC, or the database server the site's desks share. "Test"
tries it without changing anything; "Save" tries it again and keeps it for the next start."""

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QSpinBox, QWidget

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
        self.host = self.add_field("host", self.tr("Server"), QLineEdit(placeholderText="192.168.1.10"), True)
        self.port = self.add_field("port", self.tr("Port"), QSpinBox(minimum=1, maximum=65535, value=DEFAULT_PORT))
        self.database = self.add_field("database", self.tr("Database name"), QLineEdit("frontoffice"), True)
        self.user = self.add_field("user", self.tr("User name"), QLineEdit(), True)
        self.password = self.add_field("password", self.tr("Password"), QLineEdit(echoMode=QLineEdit.EchoMode.Password))
        self.browse = self.path.addAction(icon("browse"), QLineEdit.ActionPosition.TrailingPosition)
        self.browse.setToolTip(self.tr("Choose file..."))
        self.browse.triggered.connect(self.choose_file)
        test = self.buttons.addButton(self.tr("Test connection"), QDialogButtonBox.ButtonRole.ActionRole)
        test.setObjectName("test")
        test.clicked.connect(self.test)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.result_label = QLabel(wordWrap=True, objectName="testResult")
        self.layout().insertWidget(self.layout().count() - 1, self.result_label)
        self.tasks = []
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
        self.host.setText(details.host)
        self.port.setValue(details.port)
        self.database.setText(details.database)
        self.user.setText(details.user)
        self.password.setText(details.password)

    def kind_changed(self, *_args) -> None:
        on_server = self.kind.currentData() == SERVER
        for widget in (self.host, self.port, self.database, self.user, self.password):
            widget.setEnabled(on_server)
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
        return server_url(ServerDetails(values["host"], values["port"], values["database"], values["user"],
                                        values["password"]))

    def test(self) -> None:
        self.clear_errors()
        try:
            location = self.location(self.values())
        except FrontOfficeError as error:
            self.show_error(error)
            return
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Connecting..."))
        task = run_in_background(self, self.tr("Test connection"), lambda _progress: check_connection(location),
                                 self.tested, self.failed, cancellable=False)
        self.tasks.append(task)

    def tested(self, found: ConnectionCheck) -> None:
        self.result_label.setStyleSheet(ERROR_STYLE if not found.known else OK_STYLE)
        self.result_label.setText(self.describe(found))

    def failed(self, error: Exception) -> None:
        self.result_label.setStyleSheet(ERROR_STYLE)
        self.result_label.setText(error_text(error) if isinstance(error, FrontOfficeError) else str(error))

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

    def save(self, values: dict) -> str:
        location = self.location(values)
        found = check_connection(location)  # a connection that does not work is not saved
        if not found.known:
            raise DatabaseProblem(self.describe(found))
        kept = "" if location == str(config.default_db_path()) else location
        save_connection(kept)
        return location
