"""Arrears by unit with aging, and the collection rate of a period."""

from datetime import timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts.model import period_text
from app.accounts.reports import AGING_BUCKETS, arrears, collection
from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.money import format_yuan
from app.permissions import Actor
from ui.i18n import error_text
from ui.row_table import RowTable
from ui.runner import run_in_background
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_RED


class ArrearsWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Arrears and collection"))
        self.resize(900, 560)
        columns = [Column(self.tr("Unit"), lambda u: u.unit),
                   Column(self.tr("Owes"), lambda u: u.outstanding),
                   Column(self.tr("Since"), lambda u: period_text(u.oldest_period))]
        for *_range, label in AGING_BUCKETS:
            columns.append(Column(self.tr("{days} days").format(days=label), lambda u, label=label: u.buckets[label],
                                  None, lambda u, label=label: self._colour(label, u.buckets[label])))
        self.table = RowTable(columns, "arrearsTable", stretch=2)
        self.model = self.table.rows_model
        self.as_of = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="asOf")
        self.delay = QTimer(self, singleShot=True, interval=400)  # typing a date changes it several times
        self.delay.timeout.connect(self.refresh)
        self.as_of.dateChanged.connect(self.delay.start)
        self.total = QLabel(objectName="arrearsTotal", textFormat=Qt.TextFormat.RichText)
        last_month = (today().replace(day=1) - timedelta(days=1))
        self.period = QLineEdit(period_text(last_month), objectName="period", maxLength=7)
        self.period.returnPressed.connect(self.show_collection)
        show = QPushButton(self.tr("Collection rate"))
        show.clicked.connect(self.show_collection)
        self.rate = QLabel(objectName="collectionRate")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of)
        top.addStretch()
        top.addWidget(self.total)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Period")))
        bottom.addWidget(self.period)
        bottom.addWidget(show)
        bottom.addWidget(self.rate, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.refresh()
        self.show_collection()

    @staticmethod
    def _colour(label: str, amount):
        if amount <= 0:
            return None
        return STATUS_AMBER if label == AGING_BUCKETS[0][2] else STATUS_RED

    def refresh(self) -> None:
        """Worked out off the window: on a large site it takes seconds."""
        as_of = self.as_of.date().toPython()
        self.total.setText(self.tr("Working out the arrears..."))
        self.task = run_in_background(self, self.tr("Arrears"), lambda _progress: arrears(self.db, self.actor, as_of),
                                      self._show, lambda error: self.total.setText(
                                          error_text(error) if isinstance(error, FrontOfficeError) else str(error)))

    def _show(self, report) -> None:
        self.model.set_rows(report.units)
        self.total.setText(self.tr("{count} units owe <b>{total}</b>").format(count=len(report.units),
                                                                             total=format_yuan(report.total)))

    def show_collection(self) -> None:
        try:
            result = collection(self.db, self.actor, self.period.text())
        except FrontOfficeError as error:
            self.rate.setText(error_text(error))
            return
        self.rate.setText(self.tr("Billed {billed}, paid {paid}: collection rate {rate}%").format(
            billed=format_yuan(result.billed), paid=format_yuan(result.paid), rate=f"{result.rate * 100:.2f}"))
