"""Engineering's monthly figures: for a range of months, the work orders reported and finished per category,
and the average hours from report to finish of those finished in the month; the totals of the counts below."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor
from app.repairs.model import CATEGORY_LABELS, MonthCount
from app.repairs.stats import monthly_counts
from ui.forms import ERROR_STYLE
from ui.i18n import error_text, translate_text
from ui.list_parts import empty_state
from ui.row_table import RowTable
from ui.table_model import Column

MAX_MONTHS = 36  # what the figures service covers at most


class StatsWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.figures: list[MonthCount] = []
        self.setObjectName("statsWindow")
        self.setWindowTitle(self.tr("Work order figures"))
        self.resize(820, 620)
        self.table = RowTable([
            Column(self.tr("Month"), lambda m: m.month, lambda v: f"{v:%Y-%m}"),
            Column(self.tr("Category"), lambda m: translate_text(CATEGORY_LABELS[m.category])),
            Column(self.tr("Reported"), lambda m: m.reported),
            Column(self.tr("Completed"), lambda m: m.completed),
            Column(self.tr("Average hours to complete"), lambda m: m.average_hours,
                   lambda v: "—" if v is None else f"{v:.1f}"),
        ], "figuresTable")
        self._build()
        self.refresh()

    def _build(self) -> None:
        this_month = today().replace(day=1)
        last = QDate(this_month.year, this_month.month, 1)
        self.first = QDateEdit(last.addMonths(1 - 12), calendarPopup=True, displayFormat="yyyy-MM",
                               objectName="firstMonth", maximumDate=last)
        self.months = QSpinBox(objectName="months", minimum=1, maximum=MAX_MONTHS, value=12)
        for signal in (self.first.dateChanged, self.months.valueChanged):
            signal.connect(self.refresh)
        self.range = QLabel(objectName="range")
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("From month")), self.first, QLabel(self.tr("Months")), self.months,
                       self.range):
            filters.addWidget(widget)
        filters.addStretch()
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: by month, then category
        self.empty = empty = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        self.totals = QLabel(objectName="totals", textFormat=Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.totals)
        layout.addWidget(QLabel(self.tr("Completed: finished by the technician in the month (awaiting acceptance "
                                        "or later). Average hours: from report to finish, of those completed in "
                                        "the month."), wordWrap=True))

    def shown_range(self) -> tuple[QDate, int]:
        first = self.first.date()
        return QDate(first.year(), first.month(), 1), self.months.value()

    def refresh(self, *_args) -> None:
        first, months = self.shown_range()
        last = first.addMonths(months - 1)
        self.range.setText(self.tr("to {last}").format(last=last.toString("yyyy-MM")))
        try:
            self.figures = monthly_counts(self.db, self.actor, first.toPython(), months)
        except FrontOfficeError as error:
            self.figures = []
            self.empty.setStyleSheet(ERROR_STYLE)
            self.empty.setText(error_text(error))
        else:
            self.empty.setStyleSheet("")
            self.empty.setText(self.tr("No work orders were reported or completed from {first} to {last}. Choose "
                                       "other months above.").format(first=first.toString("yyyy-MM"),
                                                                    last=last.toString("yyyy-MM")))
        self.table.set_rows(self.figures)
        self.stack.setCurrentWidget(self.table if self.figures else self.empty)
        self.totals.setVisible(bool(self.figures))
        self.totals.setText(self.tr("Total: <b>{reported}</b> reported, <b>{completed}</b> completed").format(
            reported=sum(m.reported for m in self.figures), completed=sum(m.completed for m in self.figures)))
