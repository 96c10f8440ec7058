"""The forms of a work order: the report, and one form for every later step (dispatch, start, hold, resume,
finish, acceptance, rework, follow-up, cancellation) with the time it happened and what the step asks for.
They collect values; the services in ``app.repairs.orders`` decide."""


from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.database import Database
from app.money import format_yuan
from app.permissions import Actor
from app.repairs import orders
from app.repairs.model import (
    CATEGORY_LABELS,
    PRIORITY_LABELS,
    SOURCE_LABELS,
    EquipmentView,
    Priority,
    TechnicianView,
    WorkAction,
    WorkOrderDraft,
    WorkOrderView,
)
from app.satisfaction import SATISFACTION_LABELS
from ui.forms import FormDialog, choices, choices_by_number, now_edit


class ReportDialog(FormDialog):
    """A fault reported by phone, at the desk or in person, or found by our own staff."""

    def __init__(self, db: Database, actor: Actor, equipment: list[EquipmentView], parent: QWidget | None = None,
                 source: str = "phone"):
        super().__init__(parent, self.tr("New repair report"), lambda v: orders.report(db, actor, WorkOrderDraft(
            source=v["source"], category=v["category"], priority=v["priority"], description=v["description"],
            reporter=v["reporter"], contact=v["contact"], unit=v["unit"], location=v["location"],
            equipment=v["equipment"] or "", reported_at=v["reported_at"])))
        source_combo = self.add_field("source", self.tr("Reported"), choices(SOURCE_LABELS), required=True)
        source_combo.setCurrentIndex(source_combo.findData(source))
        self.add_field("unit", self.tr("Unit"), QLineEdit(placeholderText=self.tr("A-1201; empty for a common area")))
        self.add_field("location", self.tr("Where"), QLineEdit(placeholderText=self.tr("kitchen, B1 car park...")))
        machines = QComboBox()
        machines.addItem(self.tr("None"), "")
        for item in equipment:
            machines.addItem(f"{item.code} {item.name} · {item.location}", item.code)
        self.add_field("equipment", self.tr("Equipment"), machines)
        self.add_field("category", self.tr("Category"), choices(CATEGORY_LABELS), required=True)
        priority = self.add_field("priority", self.tr("Priority"), choices(PRIORITY_LABELS), required=True)
        priority.setCurrentIndex(priority.findData(Priority.NORMAL.value))
        self.add_field("description", self.tr("Fault"), QLineEdit(placeholderText=self.tr("what is wrong")),
                       required=True)
        self.add_field("reporter", self.tr("Reported by"), QLineEdit(placeholderText=self.tr(
            "the owner of the unit when empty")), required=True)
        self.add_field("contact", self.tr("Phone"), QLineEdit())
        self.add_field("reported_at", self.tr("Reported at"), now_edit())
        self.setMinimumWidth(560)
        self.field("unit").setFocus()


# The step each action takes: whether it asks for a time, and the text it asks for (name, label, required).
STEP_TEXT = {
    WorkAction.HOLD: ("reason", QT_TRANSLATE_NOOP("StepDialog", "Waiting for"), True),
    WorkAction.FINISH: ("note", QT_TRANSLATE_NOOP("StepDialog", "Note"), False),
    WorkAction.REWORK: ("reason", QT_TRANSLATE_NOOP("StepDialog", "What is still wrong"), True),
    WorkAction.ACCEPT: ("signed_by", QT_TRANSLATE_NOOP("StepDialog", "Accepted by"), True),
    WorkAction.FOLLOW_UP: ("note", QT_TRANSLATE_NOOP("StepDialog", "What the customer said"), False),
    WorkAction.CANCEL: ("reason", QT_TRANSLATE_NOOP("StepDialog", "Reason"), True),
}
class StepDialog(FormDialog):
    """One step of ``order``'s life: when it happened and what it asks for (a technician, a reason...)."""

    def __init__(self, db: Database, actor: Actor, order: WorkOrderView, action: WorkAction,
                 technicians: list[TechnicianView] = (), parent: QWidget | None = None):
        self.action, self.order = action, order
        super().__init__(parent, self._title(action).format(number=order.number), self._submit_with(db, actor))
        self.set_intro(f"{order.place} · {order.description}")
        if action is WorkAction.DISPATCH:
            people = QComboBox()
            for person in technicians:
                people.addItem(self.tr("{name} · {trade} · {count} open").format(
                    name=person.name, trade=person.trade or "—", count=person.open_orders), person.name)
            current = people.findData(order.technician)
            people.setCurrentIndex(max(current, 0))
            self.add_field("technician", self.tr("Technician"), people, required=True)
        if action is WorkAction.FOLLOW_UP:
            self.add_field("satisfaction", self.tr("Satisfaction"), choices_by_number(SATISFACTION_LABELS),
                           required=True)
        if action in STEP_TEXT:
            name, label, required = STEP_TEXT[action]
            edit = self.add_field(name, self.tr(label), QLineEdit(order.reporter if action is WorkAction.ACCEPT
                                                                  else ""), required=required)
            edit.setFocus()
        if action is WorkAction.ACCEPT:
            self.set_intro(self._acceptance_text(order))
        if action is not WorkAction.CANCEL:
            self.add_field("at", self.tr("When"), now_edit())
        self.setMinimumWidth(480)

    def _title(self, action: WorkAction) -> str:
        titles = {WorkAction.DISPATCH: self.tr("Dispatch {number}"), WorkAction.START: self.tr("Start work on {number}"),
                  WorkAction.HOLD: self.tr("Put {number} on hold"), WorkAction.RESUME: self.tr("Resume {number}"),
                  WorkAction.FINISH: self.tr("Finish {number}"), WorkAction.ACCEPT: self.tr("Acceptance of {number}"),
                  WorkAction.REWORK: self.tr("Send {number} back for rework"),
                  WorkAction.FOLLOW_UP: self.tr("Follow-up of {number}"), WorkAction.CANCEL: self.tr("Cancel {number}")}
        return titles[action]

    def _acceptance_text(self, order: WorkOrderView) -> str:
        if order.charge > 0:
            return self.tr("{place}: the charged work, {amount}, goes on the unit's account when accepted.").format(
                place=order.place, amount=format_yuan(order.charge))
        return self.tr("{place}: nothing is charged for this work.").format(place=order.place)

    def _submit_with(self, db: Database, actor: Actor):
        def submit(v: dict):
            number, at = self.order.number, v.get("at")
            match self.action:
                case WorkAction.DISPATCH:
                    return orders.dispatch(db, actor, number, v["technician"] or "", at)
                case WorkAction.START:
                    return orders.start(db, actor, number, at)
                case WorkAction.HOLD:
                    return orders.hold(db, actor, number, v["reason"], at)
                case WorkAction.RESUME:
                    return orders.resume(db, actor, number, at)
                case WorkAction.FINISH:
                    return orders.finish(db, actor, number, at, v["note"])
                case WorkAction.ACCEPT:
                    return orders.accept(db, actor, number, v["signed_by"], at)
                case WorkAction.REWORK:
                    return orders.rework(db, actor, number, v["reason"], at)
                case WorkAction.FOLLOW_UP:
                    return orders.follow_up(db, actor, number, v["satisfaction"], v["note"], at)
                case WorkAction.CANCEL:
                    return orders.cancel(db, actor, number, v["reason"])
        return submit

