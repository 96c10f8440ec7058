"""The selected work order beside the list: where, what, who has it, its deadlines, the work done and
every step with who recorded it and when it happened."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.clock import format_local
from app.money import format_yuan
from app.repairs.model import (
    CATEGORY_LABELS,
    LINE_KIND_LABELS,
    OVERDUE_LABELS,
    PRIORITY_LABELS,
    SOURCE_LABELS,
    WORK_ACTION_LABELS,
    WORK_STATUS_LABELS,
    WorkOrderView,
    WorkStatus,
)
from app.satisfaction import SATISFACTION_LABELS
from ui.i18n import translate_text
from ui.row_table import detail_table
from ui.table_model import Column, RowTableModel
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

STATUS_COLOURS = {WorkStatus.IN_PROGRESS: STATUS_AMBER, WorkStatus.ON_HOLD: STATUS_AMBER,
                  WorkStatus.AWAITING_ACCEPTANCE: STATUS_AMBER, WorkStatus.COMPLETED: STATUS_GREEN,
                  WorkStatus.FOLLOWED_UP: STATUS_GREEN, WorkStatus.CANCELLED: STATUS_GREY}


def status_text(order: WorkOrderView) -> str:
    """The order's status in words, with "overdue" when a deadline has passed."""
    overdue = order.overdue()
    text = translate_text(WORK_STATUS_LABELS[order.status])
    return f"{text} · {translate_text(OVERDUE_LABELS[overdue])}" if overdue else text


def status_colour(order: WorkOrderView):
    return STATUS_RED if order.overdue() else STATUS_COLOURS.get(order.status)


class WorkOrderDetails(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(objectName="orderTitle", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.summary = QLabel(objectName="orderSummary", wordWrap=True)
        self.deadlines = QLabel(objectName="orderDeadlines", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.lines = RowTableModel([
            Column(self.tr("Work or material"), lambda line: line.description
                   + (self.tr(" (owner's)") if line.owner_supplied else "")),
            Column(self.tr("Kind"), lambda line: translate_text(LINE_KIND_LABELS[line.kind])),
            Column(self.tr("Quantity"), lambda line: f"{line.quantity.normalize():f} {line.unit}"),
            Column(self.tr("Price"), lambda line: line.price),
            Column(self.tr("Amount"), lambda line: line.amount),
            Column(self.tr("Charge"), lambda line: self.tr("charged") if line.charged else self.tr("free")),
        ], parent=self)
        self.steps = RowTableModel([
            Column(self.tr("When"), lambda step: step.at),
            Column(self.tr("Step"), lambda step: translate_text(WORK_ACTION_LABELS[step.action]) if step.action
                   else self.tr("reported")),
            Column(self.tr("By"), lambda step: step.by),
            Column(self.tr("Note"), lambda step: step.note),
        ], parent=self)
        self.money = QLabel(objectName="orderMoney", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.summary, self.deadlines):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Work done")))
        layout.addWidget(detail_table(self.lines, "workLines"), 2)
        layout.addWidget(self.money)
        layout.addWidget(QLabel(self.tr("Steps")))
        layout.addWidget(detail_table(self.steps, "orderSteps"), 3)
        self.show_order(None)

    def show_order(self, order: WorkOrderView | None) -> None:
        if order is None:
            self.title.setText(self.tr("Select a work order to see it here."))
            for label in (self.summary, self.deadlines, self.money):
                label.clear()
            self.lines.set_rows([])
            self.steps.set_rows([])
            return
        self.title.setText(f"<b>{order.number}</b> · {translate_text(WORK_STATUS_LABELS[order.status])} · "
                           f"{translate_text(PRIORITY_LABELS[order.priority])}")
        parts = [order.place, translate_text(CATEGORY_LABELS[order.category]), order.description,
                 f"{order.reporter} {order.contact}".strip(), translate_text(SOURCE_LABELS[order.source])]
        if order.equipment:
            parts.insert(1, f"{order.equipment} {order.equipment_name}")
        if order.technician:
            parts.append(self.tr("technician {name} {phone}").format(name=order.technician,
                                                                     phone=order.technician_phone))
        for text in (order.hold_reason and self.tr("waiting for: {reason}").format(reason=order.hold_reason),
                     order.cancel_reason and self.tr("cancelled: {reason}").format(reason=order.cancel_reason),
                     order.satisfaction and translate_text(SATISFACTION_LABELS[order.satisfaction])):
            if text:
                parts.append(text)
        self.summary.setText(" · ".join(part for part in parts if part))
        overdue = order.overdue()
        deadlines = self.tr("On site by {respond}, finished by {complete}").format(
            respond=format_local(order.response_due), complete=format_local(order.completion_due))
        if overdue:
            deadlines += f' · <span style="color:{STATUS_RED.name()}">{translate_text(OVERDUE_LABELS[overdue])}</span>'
        self.deadlines.setText(deadlines)
        self.lines.set_rows(order.lines)
        self.steps.set_rows(order.steps)
        money = self.tr("Charged work {amount}").format(amount=format_yuan(order.charge))
        if order.charged is not None:
            money += " · " + self.tr("on the account of {unit}").format(unit=order.unit)
        if order.maintenance_task:
            money += " · " + self.tr("from maintenance {number}").format(number=order.maintenance_task)
        self.money.setText(money)
