"""Import... in the windows that keep a register, on a real database: the file chosen, the import run off the
window, the list showing what came in with what was added and changed said; a refused file lists every bad row
with its line and imports nothing; a user who only reads cannot import."""

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QFileDialog

from app.accounts.importing import import_units
from app.frontdesk.keys_import import import_keys
from app.sheet_import import ImportRejected
from tests.conftest import table_count
from tests.sheets import state, write_csv, write_xlsx
from tests.ui.test_business_windows import cell, opened
from ui.accounts.tab import OwnerAccountsTab
from ui.business.price_list_window import PriceListWindow
from ui.frontdesk.keys_page import KeyRegisterWindow
from ui.i18n import error_text
from ui.repairs.equipment_window import EquipmentWindow
from ui.sheet_import import RejectedRowsDialog


@pytest.fixture
def chosen(monkeypatch):
    """The file the user picks in the file dialog; what the dialog was asked for."""
    asked = []

    def choose(path):
        def pick(parent, title, folder, filters):
            asked.append((title, filters))
            return str(path), filters
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
        return asked
    return choose


def imported(qtbot, importer, message_boxes) -> str:
    """What the user is told once the import has run."""
    qtbot.waitUntil(lambda: importer.task is not None and not importer.running and bool(message_boxes.texts),
                    timeout=10000)
    return message_boxes.texts[-1]


def test_a_manager_imports_the_price_list_and_it_is_listed(app, qtbot, db, manager, tmp_path, chosen,
                                                           message_boxes):
    path = write_xlsx(tmp_path / "价目表.xlsx", [["类别", "服务项目", "计费单位", "单价", "押金"],
                                                ["复印打印", "黑白复印 A4", "页", 0.5, "否"],
                                                ["翻译", "翻译 中译英", "千字", 200, "是"]])
    window = opened(qtbot, PriceListWindow(db, manager))
    assert window.stack.currentWidget() is window.empty
    asked = chosen(path)
    message_boxes.close_next()
    window.import_action.trigger()
    told = imported(qtbot, window.importer, message_boxes)
    assert asked == [(window.tr("Import the price list"), window.importer.tr("Spreadsheets (*.xlsx *.csv)"))]
    assert told.splitlines()[0] == window.importer.tr(
        "{rows} rows: {added} added, {updated} changed, {unchanged} unchanged.").format(
        rows=2, added=2, updated=0, unchanged=0)
    assert "黑白复印 A4、翻译 中译英" in told.splitlines()[1]
    assert window.stack.currentWidget() is window.table
    assert sorted((cell(window.table, r, 1), cell(window.table, r, 3)) for r in range(window.table.proxy.rowCount())) \
        == [("翻译 中译英", "¥200.00"), ("黑白复印 A4", "¥0.50")]


def test_a_refused_key_register_lists_every_bad_row_and_imports_nothing(app, qtbot, db, clerk, tmp_path, chosen,
                                                                        message_boxes):
    path = write_csv(tmp_path / "钥匙.csv", [["钥匙编号", "用途", "份数"], ["K-101", "B1 水泵房", "2"],
                                             ["K-102", "屋顶门", "两把"], ["K-103", "配电房", "1"], ["K-104", "", "1"]])
    with pytest.raises(ImportRejected) as caught:  # what the service says of the file, in the user's language
        import_keys(db, clerk, path)
    window = opened(qtbot, KeyRegisterWindow(db, clerk))
    page = window.page
    before = state(db, "desk_key")
    shown = []

    def read(dialog: RejectedRowsDialog):
        shown.append((dialog.message.text(), dialog.lines()))
        dialog.copy()
        dialog.reject()

    message_boxes.answer(RejectedRowsDialog, read)
    chosen(path)
    page.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    message, lines = shown[0]
    assert message.startswith(error_text(caught.value))
    assert lines == [RejectedRowsDialog.tr("Line {line}: {reason}").format(line=p.line, reason=error_text(p.reason))
                     for p in caught.value.problems]
    assert [p.line for p in caught.value.problems] == [3, 5] and len(lines) == 2
    assert app.clipboard().text() == "\n".join(lines)
    assert state(db, "desk_key") == before
    assert page.stack.currentWidget() is page.empty


def test_engineering_imports_equipment_with_a_new_category(app, qtbot, db, workshop, tmp_path, chosen,
                                                           message_boxes):
    path = write_csv(tmp_path / "设备.csv", [["编号", "名称", "类别", "位置", "维修方式", "大修周期"],
                                            ["SB-01", "集水井潜污泵 1#", "排水设备", "地下三层集水井", "全面维修", "36"]])
    window = opened(qtbot, EquipmentWindow(db, workshop))
    chosen(path)
    message_boxes.close_next()
    window.import_action.trigger()
    told = imported(qtbot, window.importer, message_boxes)
    assert window.tr("Categories added or changed: {names}").format(names="排水设备") in told
    assert window.category.findData("排水设备") > 0
    window.select("SB-01")
    assert window.selected().location == "地下三层集水井"


def test_units_come_in_through_the_owner_accounts_tab(app, qtbot, db, estate, cashier, tmp_path, chosen,
                                                      message_boxes):
    path = write_csv(tmp_path / "units.csv", [["楼栋", "房号", "楼层", "建筑面积", "类型"], ["A", "1501", "15", "98.50", "住宅"]])
    tab = OwnerAccountsTab(db, cashier)
    qtbot.addWidget(tab)
    chosen(path)
    message_boxes.close_next()
    tab.import_units()
    told = imported(qtbot, tab.importer, message_boxes)
    assert told == tab.tr("{rows} rows: {changed} units created or changed, {unchanged} unchanged.").format(
        rows=1, changed=1, unchanged=0)
    tab.select("A-1501")
    assert tab.selected().area == Decimal("98.50")
    assert import_units(db, cashier, path).changed == 0


def test_who_only_reads_a_register_cannot_import_into_it(app, qtbot, db, operator, tmp_path):
    window = opened(qtbot, PriceListWindow(db, operator))
    assert not window.import_action.isEnabled()
    window.import_file()  # the shortcut of a disabled action does nothing
    assert window.importer.task is None and table_count(db, "bc_service") == 0
