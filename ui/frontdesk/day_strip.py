"""The day at a glance, above the front desk's lists: what is open now (visitors inside, keys out, parcels
waiting, messages not yet delivered, errands and complaints open, luggage stored), each a button that opens
its list, red with the number that needs attention (overdue, waiting too long, left over from an earlier day)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from app.frontdesk.today import DeskDay, OpenCount
from ui.theme import STATUS_RED

# The counts of DeskDay in the order shown: its field, the words for it, the words for what needs attention.
TILES = (
    ("visitors_inside", QT_TRANSLATE_NOOP("DayStrip", "Visitors inside"),
     QT_TRANSLATE_NOOP("DayStrip", "{count} from an earlier day")),
    ("keys_out", QT_TRANSLATE_NOOP("DayStrip", "Keys out"), QT_TRANSLATE_NOOP("DayStrip", "{count} overdue")),
    ("parcels_waiting", QT_TRANSLATE_NOOP("DayStrip", "Mail waiting"),
     QT_TRANSLATE_NOOP("DayStrip", "{count} waiting too long")),
    ("messages_waiting", QT_TRANSLATE_NOOP("DayStrip", "Messages to deliver"),
     QT_TRANSLATE_NOOP("DayStrip", "{count} from an earlier day")),
    ("errands_open", QT_TRANSLATE_NOOP("DayStrip", "Errands open"), QT_TRANSLATE_NOOP("DayStrip", "{count} late")),
    ("complaints_open", QT_TRANSLATE_NOOP("DayStrip", "Complaints open"),
     QT_TRANSLATE_NOOP("DayStrip", "{count} past the deadline")),
    ("luggage_stored", QT_TRANSLATE_NOOP("DayStrip", "Luggage stored"),
     QT_TRANSLATE_NOOP("DayStrip", "{count} from an earlier day")),
)
PLAIN = "QPushButton { text-align: left; padding: 6px 10px; }"
ATTENTION = f"QPushButton {{ text-align: left; padding: 6px 10px; color: {STATUS_RED.name()}; font-weight: bold; }}"


class DayStrip(QWidget):
    opened = Signal(str)  # the DeskDay field of the button clicked

    def __init__(self):
        super().__init__(objectName="dayStrip")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for name, _words, _attention in TILES:
            button = QPushButton(objectName=f"{name}Tile")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked=False, name=name: self.opened.emit(name))
            row.addWidget(button)
            self.buttons[name] = button

    def show_day(self, day: DeskDay) -> None:
        for name, words, attention in TILES:
            count: OpenCount = getattr(day, name)
            lines = [f"{count.open}  {self.tr(words)}"]
            if count.attention and attention:
                lines.append(self.tr(attention).format(count=count.attention))
            button = self.buttons[name]
            button.setText("\n".join(lines) if len(lines) > 1 else lines[0] + "\n ")
            button.setStyleSheet(ATTENTION if count.attention else PLAIN)
            button.setToolTip(self.tr("Click to see the list"))
