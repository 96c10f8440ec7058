"""前台 Front desk: the day at a glance (what is open now, each a click from its list), one search over every
log by name, unit or number, and a page per log: visitors, keys, mail and parcels, messages and inquiries,
complaints, luggage, errands and repair reports. Each "new" has a function key that works anywhere in the
tab (F2 visitor, F3 key, F4 parcel, F6 message, F7 complaint, F8 luggage, F9 errand, F11 repair), and
Shift with the same key closes what it opened: the visitor leaves, the key comes back, the parcel is picked
up, the message delivered, the luggage released, the errand done."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QTabWidget, QToolBar, QVBoxLayout, QWidget

from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.today import desk_day
from app.permissions import Actor
from ui.frontdesk.complaints_page import ComplaintsPage
from ui.frontdesk.day_strip import DayStrip
from ui.frontdesk.errands_page import ErrandsPage
from ui.frontdesk.keys_page import KeysPage
from ui.frontdesk.log_page import LogPage
from ui.frontdesk.luggage_page import LuggagePage
from ui.frontdesk.messages_page import MessagesPage
from ui.frontdesk.parcels_page import ParcelsPage
from ui.frontdesk.repairs_page import RepairReportsPage
from ui.frontdesk.visitors_page import VisitorsPage
from ui.i18n import error_text
from ui.icons import icon
from ui.list_parts import search_box

SEARCH_DELAY_MS = 250
DAY_REFRESH_MS = 60_000  # what falls overdue while the desk is quiet
# The pages in order: object name, title (translated in the "FrontDeskTab" context), the page, its count on the
# day strip, the icon of its "new".
PAGES = (
    ("visitors", QT_TRANSLATE_NOOP("FrontDeskTab", "Visitors"), VisitorsPage, "visitors_inside", "visitor"),
    ("keys", QT_TRANSLATE_NOOP("FrontDeskTab", "Keys"), KeysPage, "keys_out", "password"),
    ("parcels", QT_TRANSLATE_NOOP("FrontDeskTab", "Mail and parcels"), ParcelsPage, "parcels_waiting", "parcel"),
    ("messages", QT_TRANSLATE_NOOP("FrontDeskTab", "Messages"), MessagesPage, "messages_waiting", "message"),
    ("complaints", QT_TRANSLATE_NOOP("FrontDeskTab", "Complaints"), ComplaintsPage, "complaints_open", "complaint"),
    ("luggage", QT_TRANSLATE_NOOP("FrontDeskTab", "Luggage"), LuggagePage, "luggage_stored", "luggage"),
    ("errands", QT_TRANSLATE_NOOP("FrontDeskTab", "Errands"), ErrandsPage, "errands_open", "errand"),
    ("repairs", QT_TRANSLATE_NOOP("FrontDeskTab", "Repair reports"), RepairReportsPage, None, "repairs"),
)


def is_function_key(action) -> bool:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    return keys.startswith(("F", "Shift+F")) and keys.split("+")[-1][1:].isdigit()


class FrontDeskTab(QWidget):
    attention = Signal(int)  # what needs attention at the desk (overdue, waiting too long), shown on the tab

    def __init__(self, db: Database, actor: Actor, spec=None):
        super().__init__()
        self.db, self.actor = db, actor
        self.attention_count = 0
        self.day = DayStrip()
        self.pages = QTabWidget(objectName="deskPages")
        self.by_name: dict[str, LogPage] = {}
        self.by_count: dict[str, LogPage] = {}
        news = QToolBar(objectName="newActions")
        news.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        for index, (name, title, factory, count, icon_name) in enumerate(PAGES):
            page = factory(db, actor)
            page.setObjectName(f"{name}Page")
            self.pages.addTab(page, self.tr(title))
            self.by_name[name] = page
            if count:
                self.by_count[count] = page
            page.wanted.connect(lambda page=page: self.pages.setCurrentWidget(page))
            page.changed.connect(self.refresh_day)
            page.changed.connect(self.show_counts)
            for action in page.toolbar.actions():
                if is_function_key(action):
                    self.addAction(action)  # the key works wherever the focus is in the tab
                    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = page.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            start = news.addAction(icon(icon_name), self.tr("{action} ({keys})").format(
                action=page.new_action.text(), keys=keys), page.new_action.trigger)
            start.setObjectName(f"{name}New")
            go = self.addAction(self.tr(title))
            go.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            go.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            go.triggered.connect(lambda _checked=False, page=page: self.show_page(page))
        refresh = self.addAction(self.tr("Refresh"))
        refresh.setShortcut(QKeySequence("F5"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.day.opened.connect(self.open_count)
        self.search = search_box(self, self.tr("Search every log by name, unit, number, badge or tracking number (Ctrl+F)"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.search_timer.start)
        self.pages.currentChanged.connect(self.page_shown)
        self.clock = QTimer(self, interval=DAY_REFRESH_MS)
        self.clock.timeout.connect(self.refresh_day)
        top = QHBoxLayout()
        top.addWidget(news, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.day)
        layout.addWidget(self.search)
        layout.addWidget(self.pages, 1)
        self.refresh_day()

    def hideEvent(self, event) -> None:
        # A search typed just before the window closes is not run against a database no longer in use.
        self.search_timer.stop()
        super().hideEvent(event)

    # --- what is shown -------------------------------------------------------------------------------------
    def page(self, name: str) -> LogPage:
        return self.by_name[name]

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page_shown(self, *_args) -> None:
        page = self.pages.currentWidget()
        if page is not None and not self.search.text().strip():
            page.refresh()  # another desk may have logged something since

    def open_count(self, count: str) -> None:
        """A button of the day strip: its list, only what is open, with no search in the way."""
        page = self.by_count[count]
        if self.search.text():
            self.search_timer.stop()
            self.search.clear()
            self.search_timer.stop()
            self.apply_search()
        page.open_box.setChecked(True)
        page.refresh()
        self.show_page(page)

    def refresh(self, *_args) -> None:
        self.refresh_day()
        self.pages.currentWidget().refresh()

    def refresh_day(self, *_args) -> None:
        try:
            day = desk_day(self.db, self.actor)
        except FrontOfficeError as error:
            self.clock.stop()  # said once, not once a minute; F5 or the next change tries again
            QMessageBox.warning(self, self.tr("Front desk"), error_text(error))
            return
        if not self.clock.isActive():
            self.clock.start()
        self.day.show_day(day)
        self.attention_count = day.attention
        self.attention.emit(self.attention_count)

    def show_counts(self, *_args) -> None:
        """While searching, each page's title says how many rows match."""
        text = self.search.text().strip()
        for index, (name, title, *_rest) in enumerate(PAGES):
            self.pages.setTabText(index, self.tr("{title} ({count})").format(
                title=self.tr(title), count=len(self.by_name[name].rows)) if text else self.tr(title))

    def apply_search(self) -> None:
        """Every page shows what matches; each page's title says how many; the first page with a match is shown
        when the one in front has none."""
        text = self.search.text().strip()
        for name, *_rest in PAGES:
            self.by_name[name].set_search(text)
        self.show_counts()
        current = self.pages.currentWidget()
        if text and not current.rows:
            found = next((self.by_name[name] for name, *_rest in PAGES if self.by_name[name].rows), None)
            if found is not None:
                self.pages.setCurrentWidget(found)
