"""钥匙 Keys: the keys out (overdue ones red), issued to a named person with a due time and taken back; and the
key register (number, what it opens, how many copies) in its own window, where keys are added, changed or
imported from an Excel sheet."""

from datetime import datetime, timedelta

from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.clock import SITE_ZONE
from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.keys import (
    MAX_COPIES,
    KeyDraft,
    KeyView,
    LoanView,
    issue_key,
    list_keys,
    list_loans,
    return_key,
    save_key,
)
from app.frontdesk.keys_import import import_keys
from app.permissions import Actor
from ui.forms import FormDialog, now_edit
from ui.frontdesk.log_page import LogPage
from ui.kept_list import KeptList
from ui.pick_box import PickBox
from ui.row_table import RowTable
from ui.sheet_import import SheetImporter
from ui.table_model import Column
from ui.theme import STATUS_GREY, STATUS_RED

LOAN_HOURS = 2  # a key is due back this long after it is issued, unless the clerk says otherwise


def due_by_default(now: datetime | None = None) -> datetime:
    """Two hours from now (to the minute, as the form shows it), on the half hour after."""
    later = (now or datetime.now(SITE_ZONE)).astimezone(SITE_ZONE).replace(second=0, microsecond=0) \
        + timedelta(hours=LOAN_HOURS)
    rounded = later.replace(minute=0, second=0, microsecond=0)
    return rounded + timedelta(minutes=30 if later.minute <= 30 else 60) if later > rounded else rounded


class IssueKeyDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, keys: list[KeyView], parent: QWidget | None = None):
        super().__init__(parent, self.tr("Issue a key"), lambda v: issue_key(
            db, actor, v["code"] or "", v["person"], v["due_at"], v["company"], v["phone"], v["reason"], v["at"]))
        on_board = self.tr("{available} of {copies} at the desk")
        self.add_field("code", self.tr("Key"), PickBox(
            [(f"{key.code} · {key.opens} · " + on_board.format(available=key.available, copies=key.copies), key.code)
             for key in keys], placeholder=self.tr("key number or what it opens")), required=True)
        self.add_field("person", self.tr("Issued to"), QLineEdit(), required=True)
        self.add_field("company", self.tr("Company"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field("reason", self.tr("Reason"), QLineEdit(placeholderText=self.tr("repair, inspection...")))
        self.add_field("due_at", self.tr("Due back"), now_edit(due_by_default()), required=True)
        self.add_field("at", self.tr("Issued at"), now_edit())
        self.setMinimumWidth(520)
        self.field("code").setFocus()


class ReturnKeyDialog(FormDialog):
    """A key back at the desk: found by its number or by who has it, among the keys out."""

    def __init__(self, db: Database, actor: Actor, out: list[LoanView], chosen: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent, self.tr("Key returned"), lambda v: return_key(db, actor, v["loan"], v["at"]))
        self.add_field("loan", self.tr("Key"), PickBox(
            [(" · ".join(part for part in (loan.key_code, loan.opens, loan.person, loan.company) if part), loan.id,
              (loan.key_code, loan.person)) for loan in out], chosen, self.tr("key number or who has it")),
                       required=True)
        self.add_field("at", self.tr("Returned at"), now_edit())
        self.setMinimumWidth(520)
        self.field("loan").setFocus()


class KeysPage(LogPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.setup(RowTable([
            Column(self.tr("Key"), lambda loan: loan.key_code),
            Column(self.tr("Status"), self.status, None, self.colour),
            Column(self.tr("Opens"), lambda loan: loan.opens),
            Column(self.tr("Issued to"), lambda loan: loan.person),
            Column(self.tr("Company"), lambda loan: loan.company),
            Column(self.tr("Phone"), lambda loan: loan.phone),
            Column(self.tr("Reason"), lambda loan: loan.reason),
            Column(self.tr("Issued"), lambda loan: loan.issued_at),
            Column(self.tr("Due back"), lambda loan: loan.due_at),
            Column(self.tr("Returned"), lambda loan: loan.returned_at),
        ], "keysTable", stretch=6), (
            ("add", self.tr("Issue a key"), self.new, "F3"),
            ("done", self.tr("Key returned"), self.give_back, "Shift+F3"),
            ("password", self.tr("Key register..."), self.show_register, None),
        ), self.tr("No key is out. Issue one with F3; keys are added under Key register."), self.tr("Out only"))
        self.table.doubleClicked.connect(self.give_back)
        self.refresh()

    def key_of(self, row) -> object:
        return row.id

    def status(self, loan: LoanView) -> str:
        if loan.overdue():
            return self.tr("overdue")
        return self.tr("out") if loan.out else self.tr("returned")

    @staticmethod
    def colour(loan: LoanView):
        return STATUS_RED if loan.overdue() else None if loan.out else STATUS_GREY

    def load(self) -> list:
        return list_loans(self.db, self.actor, out_only=self.open_only(), search=self.search_text())

    def new(self) -> None:
        self.wanted.emit()
        try:
            keys = list_keys(self.db, self.actor)
        except FrontOfficeError as error:
            self.warn(error)
            return
        self.run(IssueKeyDialog(self.db, self.actor, keys, self))

    def give_back(self, *_args) -> None:
        self.close_one(lambda: list_loans(self.db, self.actor, out_only=True), lambda loan: loan.out,
                       lambda out, chosen: ReturnKeyDialog(self.db, self.actor, out, chosen, self))

    def show_register(self) -> None:
        KeyRegisterWindow(self.db, self.actor, self).exec()
        self.refresh()


class KeyDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, key: KeyView | None, parent: QWidget | None = None):
        title = self.tr("New key") if key is None else self.tr("Key {code}").format(code=key.code)
        super().__init__(parent, title, lambda v: save_key(db, actor, KeyDraft(
            v["code"], v["opens"], v["copies"], v.get("active", True)), key.id if key else None))
        self.add_field("code", self.tr("Key number"), QLineEdit(key.code if key else "", placeholderText="K-101"),
                       required=True)
        self.add_field("opens", self.tr("Opens"), QLineEdit(key.opens if key else "", placeholderText="B1 水泵房"),
                       required=True)
        self.add_field("copies", self.tr("Copies"), QSpinBox(minimum=1, maximum=MAX_COPIES,
                                                             value=key.copies if key else 1), required=True)
        if key is not None:
            self.add_field("active", self.tr("In use (untick to retire it)"), QCheckBox(checked=key.active))


class KeyRegisterPage(KeptList):
    permission = LogPage.permission

    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.all_keys = QCheckBox(self.tr("Show retired keys"), objectName="showRetired")
        self.all_keys.toggled.connect(self.refresh)
        self.filters.addWidget(self.all_keys)
        self.filters.addStretch()
        grey, status = self.status_column(self.tr("in use"), self.tr("retired"))
        self.build(RowTable([
            Column(self.tr("Key number"), lambda k: k.code),
            Column(self.tr("Opens"), lambda k: k.opens, None, grey),
            Column(self.tr("Copies"), lambda k: k.copies),
            Column(self.tr("At the desk"), lambda k: k.available, None,
                   lambda k: STATUS_RED if k.overdue else grey(k)),
            status,
        ], "keyRegister", stretch=1), self.tr("New key"), self.tr("Edit key"),
            self.tr("No key is registered yet. Add the keys kept at the desk with New key (Ctrl+N), or import "
                    "them from an Excel sheet (Import...)."),
            (("import", self.tr("Import..."), self.import_file, "Ctrl+I"),))
        self.import_action = self.toolbar.actions()[2]
        if self.may_keep:
            self.import_action.setToolTip(self.tr(
                "Add and change keys from an Excel sheet (.xlsx or .csv) with the columns 钥匙编号, 用途 and, if "
                "wanted, 份数, 状态 (or code, opens, copies, active)"))
        self.importer = SheetImporter(self, self.tr("Import keys"), lambda path, progress: import_keys(
            self.db, self.actor, path, progress), lambda _result: self.refresh())
        self.refresh()

    def read_only_tip(self) -> str:
        return self.tr("Only the front desk can change the key register")

    def load(self) -> list:
        return list_keys(self.db, self.actor, include_inactive=self.all_keys.isChecked())

    def dialog(self, row) -> FormDialog:
        return KeyDialog(self.db, self.actor, row, self)

    def import_file(self) -> None:
        if self.import_action.isEnabled():
            self.importer.choose()


class KeyRegisterWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key register"))
        self.page = KeyRegisterPage(db, actor)
        QVBoxLayout(self).addWidget(self.page)
        self.resize(760, 520)
