"""The equipment register window (设备档案) driven as the engineer and the front desk use it, on a real database:
the demo register listed and searched, a piece added, edited, refused and retired, its history of repairs,
its registration card, and the categories."""

import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from app.clock import local, today
from app.errors import NotFound, ValidationError
from app.repairs.documents import registration_card_pdf
from app.repairs.equipment import get_equipment, list_categories, list_equipment
from app.repairs.maintenance import generate_due, save_plan
from app.repairs.model import (
    EQUIPMENT_STATUS_LABELS,
    REPAIR_METHOD_LABELS,
    WORK_STATUS_LABELS,
    EquipmentStatus,
    PlanDraft,
    RepairMethod,
    WorkOrderDraft,
    WorkStatus,
)
from app.repairs.orders import dispatch, report, start
from tests.ui.test_repairs_team_window import cell, opened, row_of
from ui.i18n import error_text, translate_text
from ui.pdf_preview import PdfPreviewDialog
from ui.repairs.equipment_window import (
    CategoriesDialog,
    CategoryDialog,
    EquipmentDialog,
    EquipmentWindow,
    StatusDialog,
)
from ui.theme import STATUS_AMBER, STATUS_GREY, STATUS_RED

CODE, NAME, CATEGORY, LOCATION, MODEL, STATUS, DUE, WARRANTY, CONTRACT = range(9)  # the list's columns
DEMO = ["AF-01", "DT-01", "DT-02", "FD-01", "GS-01", "GS-02", "KT-01", "KT-02", "PD-01", "PD-02", "XF-01", "XF-02"]


def codes(window) -> list[str]:
    return [cell(window.table, r, CODE) for r in range(window.table.proxy.rowCount())]


def field(dialog, name, kind=QLineEdit):
    return dialog.findChild(kind, name)


def error_beside(dialog, name) -> str:
    label = dialog.findChild(QLabel, f"{name}Error")
    return label.text() if label.isVisibleTo(dialog) else ""


def lift_fault(db, actor):
    return report(db, actor, WorkOrderDraft(source="self_inspection", category="lift", priority="urgent",
                                            description="平层不准", equipment="DT-01"))


# --- the list -------------------------------------------------------------------------------------------------

def test_the_window_lists_the_twelve_demo_pieces_by_code(app, qtbot, db, workshop):
    window = opened(qtbot, EquipmentWindow(db, workshop))
    assert window.objectName() == "equipmentWindow"
    assert window.width() <= 1366 and window.height() <= 768 - 60  # an office screen, with a taskbar
    assert codes(window) == DEMO
    dt = row_of(window.table, "DT-01")
    assert [cell(window.table, dt, c) for c in (NAME, CATEGORY, LOCATION, MODEL, CONTRACT)] == [
        "客梯 1#", "电梯", "A座 1号井道", "GeN2-MR 1350kg", "2026-12-31"]
    assert cell(window.table, dt, STATUS) == translate_text(EQUIPMENT_STATUS_LABELS[EquipmentStatus.IN_SERVICE])
    assert cell(window.table, dt, WARRANTY) == f"2021-09-19 · {window.details.tr('expired')}"  # ended in 2021
    assert window.stack.currentWidget() is window.table
    window.select("FD-01")  # the selected piece's particulars below the list
    values = window.details.values
    assert (values["maker"].text(), values["installed"].text(), values["contractor"].text()) == (
        "康明斯", "2019-06-30", "康明斯服务站")
    assert values["method"].text() == translate_text(REPAIR_METHOD_LABELS[RepairMethod.OVERHAUL]) + " · " + \
        window.details.tr("overhaul every {count} months").format(count=60)


def test_typing_pinyin_initials_or_choosing_a_category_filters_the_list(app, qtbot, db, workshop):
    window = opened(qtbot, EquipmentWindow(db, workshop))
    window.search.setText("shsb")  # 生活水泵
    qtbot.waitUntil(lambda: codes(window) == ["GS-01", "GS-02"])
    window.search.setText("配电房")  # the location
    qtbot.waitUntil(lambda: codes(window) == ["PD-01", "PD-02"])
    window.search.clear()
    qtbot.waitUntil(lambda: len(codes(window)) == 12)
    window.category.setCurrentIndex(window.category.findData("电梯"))
    assert codes(window) == ["DT-01", "DT-02"]
    window.search.setText("nothing like this")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty)
    assert window.empty.text() == window.tr("No equipment matches. Clear the search or the filters.")


def test_due_maintenance_only_shows_the_piece_with_orders_due_and_counts_the_overdue_in_red(app, qtbot, db,
                                                                                       workshop):
    save_plan(db, workshop, PlanDraft("客梯日常巡检", "daily", 1, "day", "检查轿厢照明", today() - timedelta(days=2),
                                      equipment="DT-01"))
    generate_due(db, workshop)  # three orders, two of them overdue
    window = opened(qtbot, EquipmentWindow(db, workshop))
    window.due_only.setChecked(True)
    assert codes(window) == ["DT-01"]
    assert cell(window.table, 0, DUE) == window.tr("{due} · {overdue} overdue").format(due=3, overdue=2)
    assert cell(window.table, 0, DUE, Qt.ItemDataRole.ForegroundRole) == STATUS_RED


# --- adding and editing ---------------------------------------------------------------------------------------

def fill_new_lift(dialog, **changes):
    values = dict(code="dt-03", name="货梯 3#", location="B座 货梯井道", model="GeN2-MRL 2000kg", maker="奥的斯电梯",
                  supplier="奥的斯电梯（中国）有限公司", installed_on="2024-05-01", warranty_until="2026-04-30",
                  contractor="奥的斯电梯维保站", contract_until="2027-12-31", documents="说明书、合格证",
                  note="载重 2 吨")
    values.update(changes)
    for name, text in values.items():
        field(dialog, name).setText(text)  # typed through an input method
    kinds = field(dialog, "category", QComboBox)
    kinds.setCurrentIndex(kinds.findData("电梯"))


def test_adding_a_piece_through_the_dialog_saves_exactly_what_was_typed(app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, EquipmentWindow(db, workshop))
    seen = []

    def fill(dialog):
        kinds = field(dialog, "category", QComboBox)
        seen.append([kinds.itemData(i) for i in range(kinds.count())])
        fill_new_lift(dialog)
        dialog.accept()

    message_boxes.answer(EquipmentDialog, fill)
    window.add_action.trigger()
    assert seen == [[c.name for c in list_categories(db, workshop)]]  # the categories to choose from
    lift = get_equipment(db, workshop, "DT-03")
    assert (lift.code, lift.name, lift.category, lift.location, lift.model, lift.maker, lift.supplier,
            lift.installed_on, lift.warranty_until, lift.contractor, lift.contract_until, lift.documents,
            lift.note, lift.status) == (
        "DT-03", "货梯 3#", "电梯", "B座 货梯井道", "GeN2-MRL 2000kg", "奥的斯电梯", "奥的斯电梯（中国）有限公司",
        date(2024, 5, 1), date(2026, 4, 30), "奥的斯电梯维保站", date(2027, 12, 31), "说明书、合格证", "载重 2 吨",
        EquipmentStatus.IN_SERVICE)
    assert len(codes(window)) == 13 and window.selected().code == "DT-03"


def test_a_warranty_ending_before_installation_is_refused_beside_the_warranty_and_nothing_is_saved(
        app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, EquipmentWindow(db, workshop))
    said = []

    def fill(dialog):
        fill_new_lift(dialog, warranty_until="2024-04-30")
        dialog.accept()
        said.append((dialog.isVisible(), error_beside(dialog, "warranty_until"), error_beside(dialog, "code")))
        field(dialog, "warranty_until").setText("2024-13-45")  # no such day: the register's message, no traceback
        field(dialog, "installed_on").setText("")
        dialog.accept()
        said.append((dialog.isVisible(), error_beside(dialog, "warranty_until")))
        dialog.reject()

    message_boxes.answer(EquipmentDialog, fill)
    window.add_action.trigger()
    assert said == [
        (True, error_text(ValidationError("The warranty cannot end before the equipment was installed")), ""),
        (True, error_text(ValidationError("A date is written YYYY-MM-DD")))]
    with pytest.raises(NotFound):
        get_equipment(db, workshop, "DT-03")
    assert len(list_equipment(db, workshop, include_retired=True)) == 12


def test_editing_moves_a_piece_and_an_emptied_date_is_cleared(app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, EquipmentWindow(db, workshop))
    window.select("GS-02")
    seen = []

    def change(dialog):
        seen.append((field(dialog, "code").text(), field(dialog, "warranty_until").text(),
                     field(dialog, "category", QComboBox).currentData()))
        field(dialog, "location").setText("地下二层 2号水泵房")
        field(dialog, "warranty_until").setText("")
        dialog.accept()

    message_boxes.answer(EquipmentDialog, change)
    window.edit_action.trigger()
    assert seen == [("GS-02", "2020-05-09", "给排水")]
    pump = get_equipment(db, workshop, "GS-02")
    assert (pump.name, pump.location, pump.warranty_until, pump.installed_on) == (
        "生活水泵 2#", "地下二层 2号水泵房", None, date(2019, 5, 10))
    assert cell(window.table, row_of(window.table, "GS-02"), LOCATION) == "地下二层 2号水泵房"


def test_retiring_a_piece_hides_it_unless_show_retired_is_ticked(app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, EquipmentWindow(db, workshop))
    window.select("GS-02")
    offered = []

    def retire(dialog):
        status = field(dialog, "status", QComboBox)
        offered.append(status.currentData())  # retiring is what is offered for a piece in service
        field(dialog, "note").setText("泵体锈蚀，更换新泵")
        dialog.accept()

    message_boxes.answer(StatusDialog, retire)
    window.status_action.trigger()
    assert offered == [EquipmentStatus.RETIRED.value]
    pump = get_equipment(db, workshop, "GS-02")
    assert (pump.status, pump.note) == (EquipmentStatus.RETIRED, "泵体锈蚀，更换新泵")
    assert "GS-02" not in codes(window) and len(codes(window)) == 11
    window.show_retired.setChecked(True)
    row = row_of(window.table, "GS-02")
    assert cell(window.table, row, STATUS) == translate_text(EQUIPMENT_STATUS_LABELS[EquipmentStatus.RETIRED])
    assert cell(window.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY

    window.select("GS-02")  # and back in service

    def back(dialog):
        offered.append(field(dialog, "status", QComboBox).currentData())
        dialog.accept()

    message_boxes.answer(StatusDialog, back)
    window.status_action.trigger()
    assert offered[-1] == EquipmentStatus.IN_SERVICE.value
    assert get_equipment(db, workshop, "GS-02").status is EquipmentStatus.IN_SERVICE


# --- history and the registration card ------------------------------------------------------------------------

def test_the_history_of_dt01_shows_the_repair_reported_on_it(app, qtbot, db, workshop):
    order = lift_fault(db, workshop)
    window = opened(qtbot, EquipmentWindow(db, workshop))
    window.select("DT-01")
    history = window.details.history
    assert history.proxy.rowCount() == 1
    assert [cell(history, 0, c) for c in range(6)] == [
        local(order.reported_at).date().isoformat(), window.details.tr("Repair"),
        order.number, "平层不准", "", translate_text(WORK_STATUS_LABELS[WorkStatus.REPORTED])]
    assert window.details.values["repairs"].text() == "1"

    dispatch(db, workshop, order.number, "刘建国")
    start(db, workshop, order.number)  # being worked: the lift is under repair, in amber
    window.refresh()
    row = row_of(window.table, "DT-01")
    assert cell(window.table, row, STATUS) == translate_text(EQUIPMENT_STATUS_LABELS[EquipmentStatus.UNDER_REPAIR])
    assert cell(window.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_AMBER
    window.select("DT-01")
    assert [cell(history, 0, c) for c in (4, 5)] == ["刘建国", translate_text(WORK_STATUS_LABELS[WorkStatus.IN_PROGRESS])]


def test_the_registration_card_opens_in_the_preview_and_names_the_piece(app, qtbot, db, workshop, message_boxes):
    lift_fault(db, workshop)
    window = opened(qtbot, EquipmentWindow(db, workshop))
    window.select("DT-01")
    previews = []
    message_boxes.answer(PdfPreviewDialog, lambda preview: (previews.append((preview.doc_type, preview.windowTitle())),
                                                            preview.reject()))
    window.card_action.trigger()
    assert previews == [("equipment_card", window.tr("Registration card {code}").format(code="DT-01"))]
    text = subprocess.run(["pdftotext", "-", "-"], input=registration_card_pdf(db, workshop, "DT-01"),
                          capture_output=True, check=True).stdout.decode()
    assert "设备登记卡" in text and "DT-01" in text and "平层不准" in text


# --- categories, the front desk, the empty register -----------------------------------------------------------

def test_an_overhaul_category_needs_its_cycle_beside_the_field_then_is_saved(app, qtbot, db, workshop,
                                                                          message_boxes):
    window = opened(qtbot, EquipmentWindow(db, workshop))
    said = []

    def fill(dialog):
        field(dialog, "name").setText("锅炉")
        method = field(dialog, "repair_method", QComboBox)
        method.setCurrentIndex(method.findData(RepairMethod.OVERHAUL.value))
        dialog.accept()  # no cycle
        said.append(error_beside(dialog, "overhaul_months"))
        field(dialog, "overhaul_months", QSpinBox).setValue(36)
        dialog.accept()

    message_boxes.answer(CategoryDialog, fill)
    message_boxes.answer(CategoriesDialog, lambda categories: (categories.page.add(), categories.accept()))
    window.categories_action.trigger()
    assert said == [error_text(ValidationError("Equipment kept by overhaul needs its overhaul cycle"))]
    boiler = next(c for c in list_categories(db, workshop) if c.name == "锅炉")
    assert (boiler.repair_method, boiler.overhaul_months, boiler.equipment_count) == (RepairMethod.OVERHAUL, 36, 0)
    assert window.category.findData("锅炉") > 0  # offered in the filter at once


def test_the_front_desk_reads_the_register_but_cannot_change_it(app, qtbot, db, workshop, clerk, message_boxes):
    window = opened(qtbot, EquipmentWindow(db, clerk))
    assert len(codes(window)) == 12 and window.selected() is not None
    assert not window.add_action.isEnabled()
    assert not window.edit_action.isEnabled() and not window.status_action.isEnabled()
    assert window.card_action.isEnabled() and window.categories_action.isEnabled()
    window.add()  # Ctrl+N does nothing either
    window.edit_selected()
    states = []
    message_boxes.answer(CategoriesDialog, lambda categories: (
        states.append((categories.page.add_action.isEnabled(), categories.page.edit_action.isEnabled(),
                       categories.page.table.proxy.rowCount())), categories.reject()))
    window.categories_action.trigger()
    assert states == [(False, False, 7)]
    assert len(list_equipment(db, clerk)) == 12


def test_an_empty_register_says_to_add_equipment_or_load_the_demo(app, qtbot, db, engineer):
    window = opened(qtbot, EquipmentWindow(db, engineer))
    assert window.stack.currentWidget() is window.empty and window.empty.isVisible()
    assert "frontoffice-admin repairs load-demo" in window.empty.text()
    assert not window.details.isVisible() and not window.card_action.isEnabled()
