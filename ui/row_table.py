"""The list every window shows: plain rows in a ``RowTableModel`` behind one sort-and-filter proxy, sortable
headers, one row selected at a time, and the selected row handed back as the object it shows."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from app.errors import FrontOfficeError
from ui.i18n import error_text
from ui.table_model import ROW_ROLE, SORT_ROLE, Column, PagedTableModel, PageFetch, RowTableModel

PAGED_WIDTH_ROWS = 40  # a paged list sizes its columns to this many rows, not to every row read so far


class RowTable(QTableView):
    """``pages``: the list is long (units, receipts); it is read a page at a time from that service as the
    user scrolls, searched and sorted by the database (``PagedTableModel``); ``proxy`` is then the model itself."""

    def __init__(self, columns: Sequence[Column], name: str, stretch: int | None = None,
                 parent: QWidget | None = None, pages: PageFetch | None = None):
        super().__init__(parent, objectName=name, sortingEnabled=pages is None)
        if pages is None:
            self.rows_model = RowTableModel(columns, parent=self)
            self.proxy = QSortFilterProxyModel(self, sortRole=SORT_ROLE, filterKeyColumn=-1)
            self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.proxy.setSourceModel(self.rows_model)
        else:
            self.rows_model = self.proxy = PagedTableModel(columns, pages, parent=self)
        self.setModel(self.proxy)
        if pages is not None:  # in the service's own order (the first column's, ascending) until a header is clicked
            self.horizontalHeader().setResizeContentsPrecision(PAGED_WIDTH_ROWS)
            self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            self.setSortingEnabled(True)
            self.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence) -> None:
        self.rows_model.set_rows(rows)

    def _keep_sortable(self, column: int, order) -> None:
        """A paged list sorts only by the columns its service can sort by: elsewhere the arrow stays put."""
        model = self.rows_model
        if model.columns[column].order:
            return
        keys = [c.order for c in model.columns]
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(keys.index(model.order) if model.order in keys else 0,
                                Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def selected(self):
        rows = self.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def reload_selected(self, load: Callable[[object], object], title: str, none_text: str = ""):
        """The selected row as it is now in the database (another desk may have moved it on): ``load(row)``;
        None, after saying why, when nothing is selected (``none_text``) or it cannot be read."""
        row = self.selected()
        if row is None:
            if none_text:
                QMessageBox.information(self, title, none_text)
            return None
        try:
            return load(row)
        except FrontOfficeError as error:
            QMessageBox.warning(self, title, error_text(error))
            return None

    def select(self, value, column: int = 0) -> None:
        """Selects the first row showing ``value`` in ``column``."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, column).data() == value:
                self.selectRow(row)
                return


def detail_table(model: RowTableModel, name: str) -> QTableView:
    """A read-only table of a selected item's parts (bills, order lines, steps) beside a list."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
