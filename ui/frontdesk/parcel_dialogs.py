"""The mail-and-parcels dialogs: an item logged as it arrives, an item picked up (found by its number, the tail of
its tracking number, its unit or its recipient), and the day's newspapers and magazines, a grid of lines."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError, ValidationError
from app.frontdesk.parcels import (
    COMMON_CARRIERS,
    MAX_COPIES,
    PARCEL_KIND_LABELS,
    ParcelDraft,
    ParcelKind,
    ParcelView,
    PeriodicalView,
    deliver_periodicals,
    list_periodicals,
    log_parcel,
    pick_up,
)
from app.permissions import Actor
from ui.forms import FormDialog, choices, now_edit
from ui.line_grid import LineGrid
from ui.pick_box import PickBox
from ui.row_table import RowTable
from ui.table_model import Column

TAIL = 6  # the characters of a tracking number a pick-up line shows: what the clerk asks for
UNIT, TITLE, COPIES = range(3)


def tracking_tail(tracking: str) -> str:
    return tracking if len(tracking) <= TAIL else "…" + tracking[-TAIL:]


def parcel_line(parcel: ParcelView) -> str:
    return " · ".join(part for part in (parcel.number, tracking_tail(parcel.tracking), parcel.unit,
                                        parcel.recipient) if part)


class ParcelDialog(FormDialog):
    """An item as it arrives; the carrier starts as the last one logged (a courier brings several at once)."""

    def __init__(self, db: Database, actor: Actor, carrier: str = "", parent: QWidget | None = None):
        super().__init__(parent, self.tr("Log mail or a parcel"), lambda v: log_parcel(db, actor, ParcelDraft(
            v["kind"], self.carrier.currentText(), v["tracking"], v["unit"], v["recipient"], v["registered"],
            v["arrived_at"])))
        self.carrier = self.add_field("carrier", self.tr("Carrier"), QComboBox(
            editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert), required=True)
        self.carrier.addItems(COMMON_CARRIERS)
        self.carrier.setEditText(carrier)
        self.carrier.lineEdit().setPlaceholderText("顺丰")
        kind = self.add_field("kind", self.tr("Kind"), choices(PARCEL_KIND_LABELS), required=True)
        kind.setCurrentIndex(kind.findData(ParcelKind.PARCEL.value))
        self.add_field("tracking", self.tr("Tracking number"), QLineEdit(placeholderText="SF1234567890123"))
        self.add_field("unit", self.tr("Recipient unit"), QLineEdit(placeholderText="A-1201"))
        self.add_field("recipient", self.tr("Recipient"), QLineEdit(), required=True)
        self.add_field("registered", self.tr("Registered"), QCheckBox(self.tr("registered or to be signed for")))
        self.add_field("arrived_at", self.tr("Arrived at"), now_edit())
        self.setMinimumWidth(520)
        self.carrier.lineEdit().selectAll()
        self.carrier.setFocus()


class PickUpDialog(FormDialog):
    """An item collected: chosen among those waiting by typing its number, its tracking number (or the end of
    it), its unit or its recipient; then who collected it and when."""

    def __init__(self, db: Database, actor: Actor, waiting: list[ParcelView], chosen: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent, self.tr("Picked up"), lambda v: pick_up(
            db, actor, self.number_of(v["number"]), v["picked_up_by"], v["at"]))
        self.waiting = waiting
        self.add_field("number", self.tr("Item"), PickBox([(parcel_line(p), p.number, (p.number, p.tracking, p.tracking[-6:], p.unit,
                                                                         p.recipient))
                                                          for p in waiting], chosen,
                                                         self.tr("tracking number, unit or recipient")),
                       required=True)
        self.add_field("picked_up_by", self.tr("Collected by"), QLineEdit(), required=True)
        self.add_field("at", self.tr("Picked up at"), now_edit())
        self.setMinimumWidth(560)
        self.field("number").lineEdit().selectAll()  # typing replaces the selected row's item
        self.field("number").setFocus()

    def number_of(self, value) -> str:
        """The number of the item meant: the one chosen, or the only waiting one whose number, tracking number
        (scanned, or its last six characters), unit or recipient is the text; otherwise the text, for the service
        to find or refuse."""
        if value is None:
            raise ValidationError(self.tr("Choose the item picked up"), field="number")
        found = self.field("number").matching(str(value))
        if len(found) > 1:
            raise ValidationError(self.tr("{count} waiting items match {text}: choose one from the list"),
                                  field="number", count=len(found), text=value)
        return value


class PeriodicalsGrid(LineGrid):
    """Unit, title and copies per line. There is always an empty line at the end to type into, so no button is
    needed; empty lines at the end are left out."""

    def __init__(self, titles: list[str], parent: QWidget | None = None):
        super().__init__([self.tr("Unit"), self.tr("Title"), self.tr("Copies")], "periodicalLines", 520,
                         parent=parent)
        self.titles = titles
        self.table.setMinimumHeight(220)
        self.add_line()

    def add_line(self, unit: str = "", title: str = "", copies: int = 1) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        unit_edit = QLineEdit(unit, objectName=f"unit{row}", placeholderText="A-1201" if row == 0 else "")
        title_edit = QLineEdit(title, objectName=f"title{row}", placeholderText="人民日报" if row == 0 else "")
        completer = QCompleter(self.titles, title_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        title_edit.setCompleter(completer)
        self.table.setCellWidget(row, UNIT, unit_edit)
        self.table.setCellWidget(row, TITLE, title_edit)
        self.table.setCellWidget(row, COPIES, QSpinBox(minimum=1, maximum=MAX_COPIES, value=copies,
                                                       objectName=f"copies{row}"))
        for edit in (unit_edit, title_edit):
            edit.textChanged.connect(self.grow)
        self.table.setColumnWidth(UNIT, 120)
        self.table.setColumnWidth(TITLE, 260)  # the copies take the rest
        return row

    def grow(self, *_args) -> None:
        """Typing into the last line opens a new empty one below it."""
        if not self.blank(self.table.rowCount() - 1):
            self.add_line()

    def blank(self, row: int) -> bool:
        return not any(self.table.cellWidget(row, column).text().strip() for column in (UNIT, TITLE))

    def set_lines(self, lines: list[tuple[str, str, int]]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(*line)
        self.add_line()

    def lines(self) -> list[tuple[str, str, int]]:
        """Every line up to the last one filled, so that the service's "Line N" is the grid's line N."""
        last = self.table.rowCount()
        while last > 0 and self.blank(last - 1):
            last -= 1
        return [(self.table.cellWidget(row, UNIT).text(), self.table.cellWidget(row, TITLE).text(),
                 self.table.cellWidget(row, COPIES).value()) for row in range(last)]


class PeriodicalsDialog(FormDialog):
    """The newspapers and magazines handed out on a day. Record saves the lines and keeps the dialog open with
    what is recorded for the day below; the list of the last day delivered can be copied in one click."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Newspapers and magazines"), lambda v: deliver_periodicals(
            db, actor, v["on"], self.grid.lines()))
        self.db, self.actor = db, actor
        self.history: list[PeriodicalView] = list_periodicals(db, actor)
        self.set_intro(self.tr("One line per unit and title. Record saves the lines and keeps this window open; "
                               "Esc closes it."))
        day = today()
        self.day = self.add_field("on", self.tr("Delivered on"), QDateEdit(
            QDate(day.year, day.month, day.day), calendarPopup=True, displayFormat="yyyy-MM-dd",
            maximumDate=QDate(day.year, day.month, day.day)), required=True)
        self.copy = QPushButton(objectName="copyLast")
        self.copy.clicked.connect(self.copy_last)
        self.form.addRow("", self.copy)
        self.grid = self.add_field("rows", self.tr("Deliveries"), PeriodicalsGrid(
            sorted({row.title for row in self.history})), required=True)
        self.recorded_label = QLabel(objectName="recordedLabel")
        self.recorded = RowTable([
            Column(self.tr("Unit"), lambda row: row.unit),
            Column(self.tr("Title"), lambda row: row.title),
            Column(self.tr("Copies"), lambda row: row.copies),
            Column(self.tr("Delivered by"), lambda row: row.delivered_by),
        ], "periodicalsTable", stretch=1)
        self.recorded.setMinimumHeight(160)
        self.form.addRow(self.recorded_label, self.recorded)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.day.dateChanged.connect(self.show_day)
        self.setMinimumWidth(760)  # unit, title and copies in view beside the labels
        self.show_day()
        self.grid.table.cellWidget(0, UNIT).setFocus()

    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def last_day(self) -> date | None:
        """The latest day before the one chosen with deliveries recorded."""
        return next((row.delivered_on for row in self.history if row.delivered_on < self.chosen_day()), None)

    def show_day(self, *_args) -> None:
        day = self.chosen_day()
        rows = [row for row in self.history if row.delivered_on == day]
        self.recorded.set_rows(rows)
        self.recorded_label.setText(self.tr("Recorded on {day}: {count}").format(day=day.isoformat(),
                                                                                  count=len(rows)))
        last = self.last_day()
        self.copy.setText(self.tr("Copy the list of {day}").format(day=last.isoformat()) if last
                          else self.tr("No earlier delivery to copy"))
        self.copy.setEnabled(last is not None)

    def copy_last(self) -> None:
        """The last day's lines, less those already recorded on the day chosen, to correct before recording."""
        last, day = self.last_day(), self.chosen_day()
        done = {(row.unit, row.title) for row in self.history if row.delivered_on == day}
        self.grid.set_lines([(row.unit, row.title, row.copies) for row in self.history
                             if row.delivered_on == last and (row.unit, row.title) not in done])
        self.grid.table.cellWidget(0, UNIT).setFocus()

    def accept(self) -> None:
        """Records the lines and stays open, the grid emptied and the day's list shown again."""
        self.clear_errors()
        try:
            saved = self.submit(self.values())
        except FrontOfficeError as error:
            self.show_error(error)
            return
        self.result_value = saved
        try:
            self.history = list_periodicals(self.db, self.actor)
        except FrontOfficeError:
            self.history = [*saved, *self.history]  # recorded all the same; shown from what the service returned
        self.grid.set_lines([])
        self.set_intro(self.tr("{count} lines recorded for {day}.").format(count=len(saved),
                                                                           day=self.chosen_day().isoformat()))
        self.show_day()
        self.grid.table.cellWidget(0, UNIT).setFocus()
