"""访客 Visitors: signed in with the last digits of their ID only, signed out when they hand back the badge,
the visit slip printed; visitors still inside after the day they came in are red."""

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.visitors import (
    ID_TYPE_LABELS,
    MAX_PEOPLE,
    VisitorDraft,
    VisitorView,
    get_visitor,
    list_visitors,
    sign_in,
    sign_out,
    visitor_slip_pdf,
)
from app.permissions import Actor
from ui.forms import FormDialog, choices, now_edit
from ui.frontdesk.log_page import LogPage
from ui.i18n import translate_text
from ui.pdf_preview import PdfPreviewDialog
from ui.pick_box import PickBox
from ui.printing import A4
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_GREY, STATUS_RED


class VisitorDialog(FormDialog):
    """Signs a visitor in. The fields follow the order the clerk asks in, so Tab goes through them and Enter
    saves."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Sign a visitor in"), lambda v: sign_in(db, actor, VisitorDraft(
            v["name"], v["id_type"], v["id_tail"], v["company"], v["unit"], v["host"], v["purpose"], v["people"],
            v["badge"], v["phone"], v["time_in"])))
        self.set_intro(self.tr("Only the last 4 to 6 digits of the ID are kept, never the whole number."))
        self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.add_field("id_type", self.tr("ID shown"), choices(ID_TYPE_LABELS), required=True)
        self.add_field("id_tail", self.tr("Last digits of the ID"), QLineEdit(placeholderText="1234", maxLength=30))
        self.add_field("company", self.tr("Company"), QLineEdit())
        self.add_field("unit", self.tr("Unit visited"), QLineEdit(placeholderText="A-1201"))
        self.add_field("host", self.tr("Person visited"), QLineEdit())
        self.add_field("purpose", self.tr("Purpose"), QLineEdit(placeholderText=self.tr("meeting, delivery...")),
                       required=True)
        self.add_field("people", self.tr("People"), QSpinBox(minimum=1, maximum=MAX_PEOPLE, value=1))
        self.add_field("badge", self.tr("Badge"), QLineEdit())
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field("time_in", self.tr("Time in"), now_edit())
        self.setMinimumWidth(520)
        self.field("name").setFocus()


class SignOutDialog(FormDialog):
    """A visitor leaves: found by number, badge or name among those inside, with the time out."""

    def __init__(self, db: Database, actor: Actor, inside: list[VisitorView], chosen: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent, self.tr("Visitor leaves"), lambda v: sign_out(db, actor, v["number"], v["time_out"]))
        badge = self.tr("badge")
        self.add_field("number", self.tr("Visitor"), PickBox(
            [(" · ".join(part for part in (v.number, v.name, f"{badge} {v.badge}" if v.badge else "",
                                          v.unit or v.company) if part), v.number, (v.number, v.badge, v.name))
             for v in inside],
            chosen, self.tr("number, badge or name")), required=True)
        self.add_field("time_out", self.tr("Time out"), now_edit())
        self.setMinimumWidth(520)
        self.field("number").setFocus()


class VisitorsPage(LogPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.setup(RowTable([
            Column(self.tr("Number"), lambda v: v.number),
            Column(self.tr("Status"), self.status, None, self.colour),
            Column(self.tr("Name"), lambda v: v.name),
            Column(self.tr("ID"), lambda v: f"{translate_text(ID_TYPE_LABELS[v.id_type])} {v.masked_id}".strip()),
            Column(self.tr("Company"), lambda v: v.company),
            Column(self.tr("Visiting"), lambda v: " · ".join(part for part in (v.unit, v.host) if part)),
            Column(self.tr("Purpose"), lambda v: v.purpose),
            Column(self.tr("People"), lambda v: v.people),
            Column(self.tr("Badge"), lambda v: v.badge),
            Column(self.tr("In"), lambda v: v.time_in),
            Column(self.tr("Out"), lambda v: v.time_out),
        ], "visitorsTable", stretch=6), (
            ("add", self.tr("Sign in"), self.new, "F2"),
            ("enable", self.tr("Leaves"), self.leave, "Shift+F2"),
            ("print", self.tr("Visitor slip"), self.print_slip, "Ctrl+P"),
        ), self.tr("No visitor is inside. Sign one in with F2."), self.tr("Inside only"))
        self.table.doubleClicked.connect(self.leave)
        self.refresh()

    def status(self, visitor: VisitorView) -> str:
        if visitor.overdue():
            return self.tr("inside since {day}").format(day=today(visitor.time_in).isoformat())
        return self.tr("inside") if visitor.inside else self.tr("left")

    @staticmethod
    def colour(visitor: VisitorView):
        return STATUS_RED if visitor.overdue() else None if visitor.inside else STATUS_GREY

    def load(self) -> list:
        return list_visitors(self.db, self.actor, inside_only=self.open_only(), search=self.search_text())

    def show_selected(self, *_args) -> None:
        visitor = self.table.selected()
        self.enable(self.actions_by_name["enableAction"], True)
        self.actions_by_name["printAction"].setEnabled(visitor is not None)

    def new(self) -> None:
        self.wanted.emit()
        self.run(VisitorDialog(self.db, self.actor, self))

    def leave(self, *_args) -> None:
        self.close_one(lambda: list_visitors(self.db, self.actor, inside_only=True), lambda v: v.inside,
                       lambda inside, chosen: SignOutDialog(self.db, self.actor, inside, chosen, self))

    def print_slip(self) -> None:
        visitor = self.reload(get_visitor)
        if visitor is None:
            return
        try:
            pdf = visitor_slip_pdf(self.db, self.actor, visitor.number)
        except FrontOfficeError as error:
            self.warn(error)
            return
        PdfPreviewDialog(pdf, self.tr("Visitor slip {number}").format(number=visitor.number), "visitor_slip", A4,
                         self, suggested_name=f"{visitor.number}.pdf").exec()
