"""统计看板 Dashboard: the collection rate of the last twelve months, the arrears by age, repair orders per week
and per category, the open fire-safety notices, the front desk's last thirty days and the business centre's
takings, as charts worked out off the window (F5 or Refresh works them out again). Each chart opens the list
behind it; a chart the user's role may not see says so, and one with nothing to show says what it will show."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.clock import format_local, today
from app.dashboard.business import business_takings
from app.dashboard.fees import collection_by_month, owed_by_age
from app.dashboard.frontdesk import desk_activity
from app.dashboard.repairs import repairs_by_category, repairs_by_week
from app.dashboard.safety import notice_ages
from app.database import Database
from app.errors import FrontOfficeError, PermissionDenied
from app.permissions import Actor
from db.types import utcnow
from ui.dashboard.cards import ChartCard
from ui.dashboard.figures import FigureCharts
from ui.i18n import error_text
from ui.list_parts import action_toolbar
from ui.runner import run_in_background
from ui.theme import STATUS_RED

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Panel:
    """One chart: its name, heading and button (English, translated in the "DashboardTab" context), the figure
    it draws (``(db, actor, on)``), the ``FigureCharts`` method that draws it (and ``<method>_empty``), and the
    tab's method that opens the list behind it."""

    name: str
    heading: str
    button: str
    icon: str
    figure: Callable
    chart: str
    opens: str
    row: int
    column: int
    span: int = 1


PANELS = (
    Panel("collection", QT_TRANSLATE_NOOP("DashboardTab", "Collection rate, last 12 months"),
          QT_TRANSLATE_NOOP("DashboardTab", "Arrears and collection..."), "arrears", collection_by_month,
          "collection", "open_arrears", 0, 0),
    Panel("arrears", QT_TRANSLATE_NOOP("DashboardTab", "Arrears by age"),
          QT_TRANSLATE_NOOP("DashboardTab", "Arrears by unit..."), "arrears", owed_by_age, "arrears", "open_arrears",
          0, 1),
    Panel("repairWeeks", QT_TRANSLATE_NOOP("DashboardTab", "Repair orders per week"),
          QT_TRANSLATE_NOOP("DashboardTab", "Overdue orders"), "repairs", repairs_by_week, "repair_weeks",
          "open_overdue_repairs", 1, 0),
    Panel("repairCategories", QT_TRANSLATE_NOOP("DashboardTab", "Repair orders by category, last 12 weeks"),
          QT_TRANSLATE_NOOP("DashboardTab", "Open orders"), "repairs", repairs_by_category, "repair_categories",
          "open_repairs", 1, 1),
    Panel("notices", QT_TRANSLATE_NOOP("DashboardTab", "Fire-safety rectification notices"),
          QT_TRANSLATE_NOOP("DashboardTab", "Notices"), "fire_safety", notice_ages, "notices", "open_notices", 2, 0),
    Panel("desk", QT_TRANSLATE_NOOP("DashboardTab", "Front desk, last 30 days"),
          QT_TRANSLATE_NOOP("DashboardTab", "Front desk"), "front_desk", desk_activity, "desk", "open_desk", 2, 1),
    Panel("business", QT_TRANSLATE_NOOP("DashboardTab", "Business-centre takings per day, last 30 days"),
          QT_TRANSLATE_NOOP("DashboardTab", "Shift report..."), "shift", business_takings, "business", "open_shift",
          3, 0, 2),
)


class DashboardTab(QWidget):
    def __init__(self, db: Database, actor: Actor, spec=None):
        super().__init__(objectName="dashboardTab")
        self.db, self.actor = db, actor
        self.charts = FigureCharts(self)
        self.task = None
        self.figures: dict[str, object] = {}  # what each chart shows: its figure, or the error that stood in its way
        self.windows: list[QWidget] = []  # the windows opened from the charts
        self.cards: dict[str, ChartCard] = {}
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (("generate", self.tr("Refresh"), self.refresh, "F5"),))
        self.refresh_action = toolbar.actions()[0]
        self.status = QLabel(objectName="dashboardStatus")
        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch()
        top.addWidget(self.status)
        grid = QGridLayout()
        grid.setSpacing(10)
        tip = self.tr("Click the chart to open the list behind it")
        for panel in PANELS:
            card = ChartCard(panel.name, self.tr(panel.heading), self.tr(panel.button), panel.icon, tip)
            card.opened.connect(getattr(self, panel.opens))
            card.show_message(self.tr("Working out the figures..."))
            self.cards[panel.name] = card
            grid.addWidget(card, panel.row, panel.column, 1, panel.span)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)
        inner = QWidget(objectName="dashboardCharts")
        inner.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # --- the figures -------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self.task is not None and self.task.running

    def refresh(self) -> None:
        """Works every figure out again in the background; the charts shown stay until the new ones are ready."""
        if self.loading:
            return
        on = today()

        def work(progress):
            found = {}
            for done, panel in enumerate(PANELS):
                progress(done, len(PANELS))
                try:
                    found[panel.name] = panel.figure(self.db, self.actor, on)
                except FrontOfficeError as error:  # this chart says why; the others are drawn
                    found[panel.name] = error
            return found

        self.status.setStyleSheet("")
        self.status.setText(self.tr("Working out the figures..."))
        self.refresh_action.setEnabled(False)
        self.task = run_in_background(self, self.tr("Dashboard"), work, self.show_figures, self._failed)
        self.task.finished.connect(self._ended)

    def show_figures(self, figures: dict) -> None:
        self.figures = figures
        for panel in PANELS:
            card, figure = self.cards[panel.name], figures[panel.name]
            if isinstance(figure, PermissionDenied):
                card.show_message(self.tr("Not shown to your role: {reason}").format(reason=error_text(figure)),
                                  can_open=False)
            elif isinstance(figure, FrontOfficeError):
                card.show_message(error_text(figure), can_open=False, colour=STATUS_RED.name())
            elif figure.empty:
                card.show_message(getattr(self.charts, f"{panel.chart}_empty")(figure))
            else:
                card.show_chart(getattr(self.charts, panel.chart)(figure))
        self.status.setText(self.tr("Worked out at {time}").format(time=format_local(utcnow())))

    def _failed(self, error: Exception) -> None:
        log.error("the dashboard's figures failed", exc_info=error)
        self.status.setStyleSheet(f"color: {STATUS_RED.name()};")
        self.status.setText(error_text(error) if isinstance(error, FrontOfficeError) else str(error))

    def _ended(self) -> None:
        self.refresh_action.setEnabled(True)
        if not self.figures and not self.status.styleSheet():
            self.status.setText(self.tr("The figures were not worked out: press Refresh (F5)"))

    # --- the lists behind the charts ----------------------------------------------------------------------
    def open_arrears(self) -> None:
        from ui.accounts.reports_window import ArrearsWindow

        self._open_window(ArrearsWindow)

    def open_shift(self) -> None:
        from ui.business.shift_window import ShiftWindow

        self._open_window(ShiftWindow)

    def open_overdue_repairs(self) -> None:
        from ui.repairs.tab import OVERDUE

        tab = self._tab("repairsTab")
        if tab is not None and hasattr(tab, "status"):
            tab.status.setCurrentIndex(max(tab.status.findData(OVERDUE), 0))

    def open_repairs(self) -> None:
        tab = self._tab("repairsTab")
        if tab is not None and hasattr(tab, "status"):
            tab.status.setCurrentIndex(0)  # the open orders

    def open_notices(self) -> None:
        from ui.safety.tab import NOTICES

        tab = self._tab("fireSafetyTab")
        if tab is not None and hasattr(tab, "pages"):
            tab.notice_filter.setCurrentIndex(0)  # the open ones, overdue ones in red
            tab.pages.setCurrentIndex(NOTICES)

    def open_desk(self) -> None:
        self._tab("frontDeskTab")

    def _tab(self, name: str) -> QWidget | None:
        """The main window's tab ``name``, shown (built if it was not yet); None outside the main window."""
        window = self.window()
        return window.open_tab(name) if hasattr(window, "open_tab") else None

    def _open_window(self, kind) -> None:
        window = kind(self.db, self.actor, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_args, w=window: self.windows.remove(w) if w in self.windows else None)
        self.windows.append(window)
        window.open()
