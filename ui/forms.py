"""A form dialog: labels on the left, required fields marked, the service's message next to its field.

The dialog only collects values; ``submit(values)`` (the caller's call of a service) saves them. When the
service refuses, its message is shown beside the field it names and the dialog stays open. Enter saves,
Esc cancels.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import SITE_ZONE
from app.errors import FrontOfficeError
from ui.i18n import error_text, translate_text
from ui.pick_box import PickBox

ERROR_STYLE = "color: #c0392b;"


def choices(labels: dict) -> QComboBox:
    """A combo box of an enum's members, each shown by its translated label, its value as the data."""
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(translate_text(label), value.value)
    return combo


def choices_by_number(labels: dict[int, str]) -> QComboBox:
    """A combo box of a numbered scale (a satisfaction from 5 to 1), each shown as "4 · Satisfied"."""
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(f"{value} · {translate_text(label)}", value)
    return combo


def now_edit(moment: datetime | None = None) -> QDateTimeEdit:
    """A date-time field at the site's time now (or ``moment``), to the minute."""
    shown = (moment or datetime.now(SITE_ZONE)).astimezone(SITE_ZONE).replace(tzinfo=None, second=0, microsecond=0)
    return QDateTimeEdit(QDateTime(shown), calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")


def site_datetime(edit: QDateTimeEdit) -> datetime:
    """What a date-time field shows, as a wall-clock time of the site (to the minute)."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=SITE_ZONE)


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, submit: Callable[[dict], object]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.result_value = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.intro = QLabel(wordWrap=True, objectName="intro")
        self.intro.hide()
        self.general_error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="generalError")
        self.general_error.hide()
        self.form = QFormLayout()
        self.form.setLabelAlignment(self.form.labelAlignment())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def add_field(self, name: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        widget.setObjectName(name)
        error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName=f"{name}Error")
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(QLabel(f"{label} *" if required else label), box)
        self._fields[name], self._errors[name] = widget, error
        return widget

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def values(self) -> dict:
        values = {}
        for name, widget in self._fields.items():
            if isinstance(widget, PickBox):
                values[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "value"):
                values[name] = widget.value()
            elif isinstance(widget, QDateEdit):
                values[name] = widget.date().toPython()
            elif isinstance(widget, QDateTimeEdit):
                values[name] = site_datetime(widget)
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
        return values

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.result_value = self.submit(self.values())
        except FrontOfficeError as error:
            self.show_error(error)
            return
        super().accept()

    def clear_errors(self) -> None:
        for label in (*self._errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_error(self, error: FrontOfficeError) -> None:
        label = self._errors.get(error.field or "", self.general_error)
        label.setText(error_text(error))
        label.show()
        if error.field in self._fields:
            self._fields[error.field].setFocus()
