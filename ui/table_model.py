"""One table model for every list: rows are plain objects, columns say how to show and sort them.

Money is right-aligned as ``¥1,234.50``, dates ``YYYY-MM-DD``, times in the site's zone. ``SORT_ROLE`` gives
the raw value for sorting; ``ROW_ROLE`` the row object itself.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from app.clock import format_local
from app.money import format_yuan
from app.paging import Page

PAGE_SIZE = 200  # rows read at a time by a paged list: a few screens
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                   SORT_ROLE, ROW_ROLE})


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[object], object]
    display: Callable[[object], str] | None = None  # how to show the value, when not the default
    colour: Callable[[object], QColor | None] | None = None  # the text colour for a row, e.g. red for void
    order: str = ""  # in a paged list, the service's sort key for this column ("" when it cannot sort by it)


def sort_key(value):
    """What Qt compares: money in fen (an exact order), a time as its Unix timestamp and a date as its day
    number (Qt does not order the Python dates and times it is handed), anything else as it is."""
    if isinstance(value, Decimal):
        return int(value * 100)
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return value.toordinal()
    return value


def display_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_yuan(value)
    if isinstance(value, datetime):
        return format_local(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], rows: Sequence = (), parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows = list(rows)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self.rows[index]

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in ROLES or not index.isValid():  # the view asks for many roles per cell as it paints
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.colour(row) if column.colour is not None else None
        if role == ROW_ROLE:
            return row
        value = column.value(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(value) if column.display else display_value(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return sort_key(value)  # SORT_ROLE

PageFetch = Callable[[Page], Sequence]


class PagedTableModel(RowTableModel):
    """A long list read a page at a time as the view scrolls down (``canFetchMore``/``fetchMore``), and sorted
    by the database: ``fetch(page)`` is the service that returns one page of rows. ``reload()`` starts again
    from the first page (after a search or a change)."""

    def __init__(self, columns: Sequence[Column], fetch: PageFetch, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None):
        super().__init__(columns, parent=parent)
        self.fetch, self.page_size = fetch, page_size
        self.order, self.descending = "", False
        self.loaded, self.complete = False, True  # nothing asked yet: reload() fetches the first page

    def reload(self, at_least: int = 0) -> None:
        """The first page again; or as many pages as hold ``at_least`` rows, to keep what the user scrolled to
        in view after a change."""
        rows: list = []
        while True:
            page = list(self.fetch(Page(len(rows), self.page_size, self.order, self.descending)))
            rows.extend(page)
            if len(page) < self.page_size or len(rows) >= at_least:
                break
        self.beginResetModel()
        self.rows, self.loaded, self.complete = rows, True, len(page) < self.page_size
        self.endResetModel()

    def clear(self) -> None:
        """No rows (the fetch failed and said why), until the next reload."""
        self.beginResetModel()
        self.rows, self.complete = [], True
        self.endResetModel()

    def set_rows(self, rows: Sequence) -> None:
        raise TypeError("a paged list reads its rows through its fetch function; call reload()")

    def canFetchMore(self, parent=None) -> bool:
        return not (parent is not None and parent.isValid()) and not self.complete

    def fetchMore(self, parent=None) -> None:
        if (parent is not None and parent.isValid()) or self.complete:
            return
        rows = list(self.fetch(Page(len(self.rows), self.page_size, self.order, self.descending)))
        self.complete = len(rows) < self.page_size
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the database sorts, when the column names a sort key; other columns keep the order."""
        key = self.columns[column].order
        if not key:
            return
        self.order, self.descending = key, order == Qt.SortOrder.DescendingOrder
        if self.loaded:
            self.reload()
