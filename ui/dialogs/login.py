"""Who is at the desk: the first administrator of a new database, or a login."""

from PySide6.QtWidgets import QLineEdit, QWidget

from app.auth import login
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.users import create_first_admin
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


class FirstAdminDialog(FormDialog):
    """On a new database: the administrator's account. There is no default password."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent, self.tr("FrontOffice - Create the administrator"), self._create)
        self.db = db
        self.set_intro(self.tr("This is a new database. Create the administrator's account to begin."))
        self.add_field("username", self.tr("User name"), QLineEdit(), required=True)
        self.add_field("full_name", self.tr("Full name"), QLineEdit())
        self.add_field("password", self.tr("Password"), password_field(), required=True)
        self.add_field("repeat", self.tr("Password again"), password_field(), required=True)
        self.field("username").setFocus()

    def _create(self, values: dict):
        check_repeated(values)
        return create_first_admin(self.db, values["username"], values["password"], values["full_name"])
