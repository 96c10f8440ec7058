"""Users and roles (administrators): the list, a new user, a new password, enable or disable."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_local
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import ROLE_LABELS, Actor, Role
from app.users import add_user, change_password, list_users, set_active
from ui.dialogs.login import check_repeated, password_field
from ui.forms import FormDialog
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar
from ui.row_table import RowTable
from ui.table_model import Column


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(translate_text(ROLE_LABELS[role]), role.value)
    return combo


class AddUserDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("New user"), self._add)
        self.db, self.actor = db, actor
        self.add_field("username", self.tr("User name"), QLineEdit(), required=True)
        self.add_field("full_name", self.tr("Full name"), QLineEdit())
        self.add_field("role", self.tr("Role"), role_combo(), required=True)
        self.add_field("password", self.tr("Password"), password_field(), required=True)
        self.add_field("repeat", self.tr("Password again"), password_field(), required=True)

    def _add(self, values: dict):
        check_repeated(values)
        return add_user(self.db, self.actor, values["username"], values["role"], values["password"],
                        values["full_name"])


class PasswordDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, username: str, parent: QWidget | None = None):
        super().__init__(parent, self.tr("New password for {name}").format(name=username), self._change)
        self.db, self.actor, self.username = db, actor, username
        self.add_field("password", self.tr("New password"), password_field(), required=True)
        self.add_field("repeat", self.tr("Password again"), password_field(), required=True)

    def _change(self, values: dict):
        check_repeated(values)
        change_password(self.db, self.actor, self.username, values["password"])


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Users"))
        self.resize(760, 420)
        yes, no = self.tr("Yes"), self.tr("No")
        self.table = RowTable([
            Column(self.tr("User name"), lambda u: u.username),
            Column(self.tr("Full name"), lambda u: u.full_name),
            Column(self.tr("Role"), lambda u: translate_text(ROLE_LABELS[u.role])),
            Column(self.tr("Active"), lambda u: u.active, lambda v: yes if v else no),
            Column(self.tr("Last login"), lambda u: u.last_login_at, format_local),
            Column(self.tr("Locked until"), lambda u: u.locked_until, format_local),
        ], "usersTable")
        self.model = self.table.rows_model
        toolbar = action_toolbar(self, (
            ("add", self.tr("New user"), self.add_user, "Ctrl+N"),
            ("password", self.tr("Set password"), self.set_password, None),
            ("enable", self.tr("Enable"), lambda: self.set_active(True), None),
            ("disable", self.tr("Disable"), lambda: self.set_active(False), None)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_users(self.db, self.actor))

    def selected(self):
        return self.table.selected()

    def add_user(self) -> None:
        if AddUserDialog(self.db, self.actor, self).exec():
            self.refresh()

    def set_password(self) -> None:
        user = self.selected()
        if user is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a user first"))
            return
        if PasswordDialog(self.db, self.actor, user.username, self).exec():
            QMessageBox.information(self, self.windowTitle(), self.tr("The password was changed"))
            self.refresh()

    def set_active(self, active: bool) -> None:
        user = self.selected()
        if user is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a user first"))
            return
        try:
            set_active(self.db, self.actor, user.username, active)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
        self.refresh()
