"""Who is at the desk: the login, and the password fields the first-run wizard shares."""

from PySide6.QtWidgets import QLineEdit, QWidget

from app.auth import login
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from ui.forms import FormDialog


def password_field() -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password)


def check_repeated(values: dict) -> None:
    if values["password"] != values["repeat"]:
        raise ValidationError(_("The two passwords differ"), field="repeat")


class LoginDialog(FormDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent, self.tr("FrontOffice - Log in"),
                         lambda values: login(db, values["username"], values["password"]))
        self.add_field("username", self.tr("User name"), QLineEdit(), required=True)
        self.add_field("password", self.tr("Password"), password_field(), required=True)
        self.field("username").setFocus()
