"""The units list of a large site is read a page at a time as the clerk scrolls, searched and sorted by the
database: what is not yet on screen is still found, and a change keeps what the clerk scrolled to."""

from PySide6.QtCore import Qt

from app.accounts.occupants import add_occupant
from tests.paged_site import UNITS, fill_building
from ui.accounts.tab import OwnerAccountsTab
from ui.table_model import PAGE_SIZE


def codes(tab) -> list[str]:
    model = tab.table.proxy
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_units_list_reads_pages_as_the_clerk_scrolls(app, qtbot, db, manager):
    fill_building(db, manager)
    tab = OwnerAccountsTab(db, manager)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    assert codes(tab)[:PAGE_SIZE] == [f"A-{n:04d}" for n in range(1, PAGE_SIZE + 1)]
    assert tab.table.proxy.rowCount() < UNITS and tab.model.canFetchMore()
    for _ in range(3):  # the view asks for the next page when the last row comes into sight
        tab.table.scrollToBottom()
        qtbot.wait(10)
    assert codes(tab) == [f"A-{n:04d}" for n in range(1, UNITS + 1)] and not tab.model.canFetchMore()

    tab.select("A-0440")
    add_occupant(db, manager, "A-0440", "陈租户", "13700000000", "tenant", pays=True)
    tab.refresh()  # after a change: every row read so far again, the same unit selected
    assert tab.table.proxy.rowCount() == UNITS and tab.selected().code == "A-0440"
    assert tab.selected().owner == "陈租户"  # the payer shown is the tenant now


def test_a_search_and_a_header_click_ask_the_database(app, qtbot, db, manager):
    fill_building(db, manager)
    tab = OwnerAccountsTab(db, manager)
    qtbot.addWidget(tab)
    tab.show()
    tab.search.setText("zsf")  # 张三丰 of A-0430, not on the first page
    qtbot.waitUntil(lambda: codes(tab) == ["A-0430"], timeout=3000)
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.table.proxy.rowCount() == PAGE_SIZE, timeout=3000)

    header = tab.table.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # 面积, largest first: the last units written
    assert codes(tab)[:3] == ["A-0450", "A-0449", "A-0448"] and tab.table.proxy.rowCount() == PAGE_SIZE
    header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # 欠费 is not sorted by the database: nothing moves
    assert codes(tab)[:3] == ["A-0450", "A-0449", "A-0448"]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
