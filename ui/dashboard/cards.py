"""One chart on the dashboard: its heading, the chart (or what it says instead: nothing to show yet, or not for
this role) and the button to the list behind it; a click on the chart, or Enter on it, opens that list too."""

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout

from ui.icons import icon

CHART_HEIGHT = 300
CARD_STYLE = "QFrame#{name} {{ background: #ffffff; border: 1px solid #d5dbe1; border-radius: 4px; }}"


class ChartView(QChartView):
    """A chart that opens what it stands for when clicked or when Enter or Space is pressed on it."""

    activated = Signal()

    def __init__(self, name: str):
        super().__init__(objectName=name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        return QSize(480, CHART_HEIGHT)  # the grid shows two charts a row, two rows on a counter's screen

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class ChartCard(QFrame):
    opened = Signal()  # the chart or its button asks for the list behind it

    def __init__(self, name: str, heading: str, button: str, icon_name: str, tip: str):
        super().__init__(objectName=f"{name}Card")
        self.setStyleSheet(CARD_STYLE.format(name=self.objectName()))
        self.heading = QLabel(heading, objectName=f"{name}Heading")
        self.heading.setStyleSheet("font-weight: bold; border: none;")
        self.view = ChartView(f"{name}Chart")
        self.view.setToolTip(tip)
        self.message = QLabel(objectName=f"{name}Message", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #5d6d7e; border: none; padding: 12px;")
        self.message.setMinimumHeight(CHART_HEIGHT)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        self.button = QPushButton(icon(icon_name), button, objectName=f"{name}Open")
        self.view.activated.connect(self.opened)
        self.button.clicked.connect(self.opened)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

    @property
    def chart_shown(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()  # the view gives up the chart it showed
        self.stack.setCurrentWidget(self.view)
        self.button.setEnabled(True)

    def show_message(self, text: str, can_open: bool = True, colour: str = "#5d6d7e") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour}; border: none; padding: 12px;")
        self.stack.setCurrentWidget(self.message)
        self.button.setEnabled(can_open)
