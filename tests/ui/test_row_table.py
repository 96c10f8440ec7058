"""The list every window shows: headers sort money, dates and times in their real order."""

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from ui.row_table import RowTable
from ui.table_model import Column


def test_a_column_sorts_by_its_value_not_its_text(app, qtbot):
    rows = [("甲", Decimal("1200.00"), date(2026, 1, 3), datetime(2026, 1, 3, 1, tzinfo=UTC)),
            ("乙", Decimal("99.50"), date(2025, 12, 31), datetime(2025, 5, 1, tzinfo=UTC)),
            ("丙", Decimal("100.00"), date(2026, 1, 1), datetime(2026, 1, 3, 0, 30, tzinfo=UTC))]
    table = RowTable([Column("name", lambda r: r[0]), Column("amount", lambda r: r[1]),
                      Column("day", lambda r: r[2]), Column("time", lambda r: r[3])], "t")
    qtbot.addWidget(table)
    table.set_rows(rows)
    order = {}
    for column in (1, 2, 3):
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        order[column] = [table.proxy.index(row, 0).data() for row in range(3)]
    assert order == {1: ["乙", "丙", "甲"], 2: ["乙", "丙", "甲"], 3: ["乙", "丙", "甲"]}
