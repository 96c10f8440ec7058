"""The checklists and schedules window (检查表与计划) driven as the safety officer and the engineer use it, on a
real database: revising a checklist makes its next version, refused input changes nothing, the shipped
checklists install, and schedules name their area the way the service writes it."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from app.clock import today
from app.errors import ValidationError
from app.safety.inspections import start_inspection
from app.safety.model import (
    AreaKind,
    CheckCategory,
    Frequency,
    InspectionDraft,
    ItemDraft,
    ScheduleDraft,
    TemplateDraft,
)
from app.safety.schedules import list_schedules, save_schedule
from app.safety.templates import add_template, list_templates, revise_template, standard_templates, versions
from resources import RESOURCES_DIR
from tests.safety_fixtures import ALARM_ITEMS, PATROL_ITEMS, area
from tests.ui.test_business_windows import cell, opened, row_of
from ui.i18n import error_text
from ui.safety.checklists_window import ChecklistsWindow, TemplateDialog
from ui.safety.schedules_page import ScheduleDialog
from ui.theme import STATUS_GREEN, STATUS_GREY

CODE, VERSION, ITEMS, STATUS = 0, 4, 5, 6  # the checklists' columns
AREA, FROM, ACTIVE = 3, 4, 5  # the schedules' columns
STANDARD = RESOURCES_DIR / "safety" / "templates.csv"


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def grid(dialog) -> list[tuple[str, str, str]]:
    table = dialog.items.table
    return [tuple(table.cellWidget(row, column).text() for column in range(3)) for row in range(table.rowCount())]


def set_line(dialog, row, *texts) -> None:
    for column, text in enumerate(texts):
        dialog.items.table.cellWidget(row, column).setText(text)  # typed through an input method


def triples(drafts) -> list[tuple[str, str, str]]:
    return [(item.system, item.text, item.requirement) for item in drafts]


def items(template) -> list[tuple[str, str, str]]:
    return triples(template.items)


def alarm_versions(db, actor) -> list[tuple]:
    return [(t.version, t.current, t.inspections, items(t)) for t in versions(db, actor, "XF-ALARM")]


# --- checklists -------------------------------------------------------------------------------------------------

def test_revising_a_checklist_makes_version_2_with_exactly_the_typed_items(app, qtbot, db, checklists,
                                                                           message_boxes):
    start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("building", "A")))  # made on version 1
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    page = window.checklists
    assert window.objectName() == "checklistsWindow" and window.width() <= 1366 and window.height() <= 708
    page.select("XF-ALARM")
    assert [cell(page.table, row_of(page.table, "XF-ALARM"), c) for c in (VERSION, ITEMS)] == ["v1", "3"]
    seen = []

    def revise(dialog):
        seen.append((dialog.intro.text(), grid(dialog), dialog.field("category").isEnabled()))
        set_line(dialog, 1, "手动报警按钮", "按下手动报警按钮", "控制器显示部位")
        dialog.items.table.selectRow(2)
        dialog.items.findChild(QPushButton, "removeLine").click()  # the third line (消防电话) goes
        dialog.items.findChild(QPushButton, "addLine").click()  # a new line in the system of the last one
        seen.append(grid(dialog)[-1])
        set_line(dialog, 2, "声光警报器", "声光警报器鸣响测试", "全楼鸣响")
        ok(dialog)

    message_boxes.answer(TemplateDialog, revise)
    page.edit_selected()
    intro = QCoreApplication.translate("TemplateDialog", "Saving makes version {next} of {code}; inspections "
                                       "already made keep version {version}.")
    assert seen == [(intro.format(next=2, code="XF-ALARM", version=1), triples(ALARM_ITEMS), False),
                    ("手动报警按钮", "", "")]
    typed = [triples(ALARM_ITEMS)[0], ("手动报警按钮", "按下手动报警按钮", "控制器显示部位"),
             ("声光警报器", "声光警报器鸣响测试", "全楼鸣响")]
    assert alarm_versions(db, checklists) == [(2, True, 0, typed), (1, False, 1, triples(ALARM_ITEMS))]
    row = row_of(page.table, "XF-ALARM")
    assert [cell(page.table, row, c) for c in (VERSION, ITEMS)] == ["v2", "3"]
    assert page.table.selected().version == 2
    assert [(page.versions.index(r, 0).data(), page.versions.index(r, 2).data(), page.versions.index(r, 3).data())
            for r in range(page.versions.rowCount())] == [("v2", "赵安全", "0"), ("v1", "赵安全", "1")]
    assert [page.items.index(r, 1).data() for r in range(page.items.rowCount())] == [t[1] for t in typed]


def test_a_refused_revision_stays_open_with_the_services_message_and_changes_nothing(app, qtbot, db, checklists,
                                                                                    message_boxes):
    template = next(t for t in list_templates(db, checklists) if t.code == "XF-ALARM")
    with pytest.raises(ValidationError) as unchanged:
        revise_template(db, checklists, template.id, TemplateDraft(template.name, "fire", "monthly", ALARM_ITEMS))
    with pytest.raises(ValidationError) as no_system:
        revise_template(db, checklists, template.id, TemplateDraft(template.name, "fire", "monthly", ALARM_ITEMS + (
            ItemDraft("", "检查消防广播", ""),)))
    before = alarm_versions(db, checklists)
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    window.checklists.select("XF-ALARM")
    shown = []

    def refuse(dialog):
        ok(dialog)  # nothing changed
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "nameError").text()))
        dialog.items.add_line()
        set_line(dialog, 3, "", "检查消防广播", "")  # an item without its system
        ok(dialog)
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "itemsError").text(),
                      dialog.findChild(QLabel, "nameError").isHidden()))
        dialog.reject()

    message_boxes.answer(TemplateDialog, refuse)
    window.checklists.edit_selected()
    assert shown == [(True, error_text(unchanged.value)), (True, error_text(no_system.value), True)]
    assert alarm_versions(db, checklists) == before and [v[0] for v in before] == [1]


def test_a_new_checklist_is_added_and_a_taken_code_is_refused_beside_the_code(app, qtbot, db, checklists,
                                                                              message_boxes):
    with pytest.raises(ValidationError) as taken:
        add_template(db, checklists, TemplateDraft("x", "fire", "weekly", ALARM_ITEMS, code="XF-ALARM"))
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    page = window.checklists
    page.kind.setCurrentIndex(page.kind.findData("security"))  # filtered to patrols: only BA-NIGHT
    assert page.table.proxy.rowCount() == 1
    errors = []

    def fill(dialog):
        dialog.findChild(QLineEdit, "code").setText("XF-ALARM")
        dialog.findChild(QLineEdit, "name").setText("消防水泵月检")
        kind = dialog.findChild(QComboBox, "category")
        kind.setCurrentIndex(kind.findData("fire"))
        often = dialog.findChild(QComboBox, "frequency")
        often.setCurrentIndex(often.findData("weekly"))
        set_line(dialog, 0, "消防水泵", "手动启动消防水泵", "水泵正常运转，压力正常")
        dialog.items.new_line()
        set_line(dialog, 1, "消防水泵", "检查水泵控制柜", "")
        ok(dialog)
        errors.append(dialog.findChild(QLabel, "codeError").text())
        dialog.findChild(QLineEdit, "code").setText("xf-pump")
        ok(dialog)

    message_boxes.answer(TemplateDialog, fill)
    page.add()
    assert errors == [error_text(taken.value)]
    added = next(t for t in list_templates(db, checklists) if t.code == "XF-PUMP")
    assert (added.name, added.category, added.frequency, added.version, added.active) == (
        "消防水泵月检", CheckCategory.FIRE, Frequency.WEEKLY, 1, True)
    assert items(added) == [("消防水泵", "手动启动消防水泵", "水泵正常运转，压力正常"), ("消防水泵", "检查水泵控制柜", "")]
    assert page.kind.currentData() is None  # the filter let go so that the new checklist is in view
    assert page.table.selected() == added
    assert [page.items.index(r, 0).data() for r in range(page.items.rowCount())] == ["消防水泵", ""]  # by system


def test_retiring_a_checklist_greys_it_with_a_word_and_puts_it_back(app, qtbot, db, checklists, message_boxes):
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    page = window.checklists
    page.select("XF-ALARM")
    assert not page.put_back_action.isEnabled()
    message_boxes.answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.retire()
    row = row_of(page.table, "XF-ALARM")
    assert cell(page.table, row, STATUS) == page.tr("Retired")
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    assert [t.code for t in list_templates(db, checklists, include_inactive=False)] == ["BA-NIGHT"]
    assert page.put_back_action.isEnabled() and not page.retire_action.isEnabled()
    page.put_back()
    assert cell(page.table, row_of(page.table, "XF-ALARM"), STATUS) == page.tr("In use")
    assert cell(page.table, row_of(page.table, "XF-ALARM"), STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN
    assert len(list_templates(db, checklists, include_inactive=False)) == 2


@pytest.mark.skipif(not STANDARD.exists(), reason="resources/safety/templates.csv (the shipped checklists) is missing")
def test_installing_the_standard_checklists_says_how_many_were_added_then_none_missing(app, qtbot, db, checklists,
                                                                                        message_boxes):
    missing = {draft.code for draft in standard_templates()} - {"XF-ALARM", "BA-NIGHT"}
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    page = window.checklists
    message_boxes.close_next()
    page.install()
    message_boxes.close_next()
    page.install()
    assert message_boxes.texts == [page.tr("{count} standard checklists were added.").format(count=len(missing)),
                                   page.tr("Every standard checklist is here already: none was missing.")]
    assert {t.code for t in list_templates(db, checklists)} == missing | {"XF-ALARM", "BA-NIGHT"}
    assert page.table.proxy.rowCount() == len(missing) + 2
    assert items(next(t for t in list_templates(db, checklists) if t.code == "XF-ALARM")) == triples(ALARM_ITEMS)  # a checklist the site has stays as it is


# --- schedules --------------------------------------------------------------------------------------------------

def fill_schedule(code, kind, name, starts_on=None):
    def fill(dialog):
        checklist = dialog.findChild(QComboBox, "template")
        checklist.setCurrentIndex(checklist.findData(code))
        area_kind = dialog.findChild(QComboBox, "area_kind")
        area_kind.setCurrentIndex(area_kind.findData(kind))
        dialog.findChild(QLineEdit, "area").setText(name)
        if starts_on:
            dialog.findChild(QDateEdit, "starts_on").setDate(QDate(starts_on.year, starts_on.month, starts_on.day))
        ok(dialog)
    return fill


def test_a_schedule_for_the_alarm_check_on_floor_a_12_is_stored_as_the_service_writes_it(app, qtbot, db, checklists,
                                                                                        message_boxes):
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    page = window.schedules
    window.tabs.setCurrentWidget(page)
    assert page.stack.currentWidget() is page.empty and "A" in page.empty.text()
    message_boxes.answer(ScheduleDialog, fill_schedule("XF-ALARM", "floor", "A 12"))
    page.add()
    [schedule] = list_schedules(db, checklists)
    assert (schedule.template_code, schedule.area_kind, schedule.area, schedule.starts_on, schedule.active) == (
        "XF-ALARM", AreaKind.FLOOR, "A座 12层", today(), True)
    assert page.stack.currentWidget() is page.table and page.table.selected() == schedule
    assert [cell(page.table, 0, c) for c in (0, AREA, FROM, ACTIVE)] == [
        "XF-ALARM 火灾自动报警系统月检", "A座 12层", today().isoformat(), page.tr("Active")]
    assert cell(page.table, 0, ACTIVE, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN


def test_a_duplicate_schedule_is_refused_beside_the_area_and_nothing_is_added(app, qtbot, db, checklists,
                                                                             message_boxes):
    save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("floor", "A 12"), today()))
    with pytest.raises(ValidationError) as twice:
        save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("floor", "A座-12"), today()))
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    shown = []

    def fill(dialog):
        fill_schedule("XF-ALARM", "floor", "A-12")(dialog)
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "areaError").text()))
        dialog.reject()

    message_boxes.answer(ScheduleDialog, fill)
    window.schedules.add()
    assert shown == [(True, error_text(twice.value))] and "A座 12层" in shown[0][1]
    assert len(list_schedules(db, checklists)) == 1


def test_editing_a_floor_schedule_keeps_its_area_and_stopping_it_greys_it(app, qtbot, db, checklists,
                                                                                  message_boxes):
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("floor", "A -1"), today()))
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    page = window.schedules
    page.table.selectRow(0)
    typed = []

    def edit(dialog):
        typed.append(dialog.findChild(QLineEdit, "area").text())
        later = today() + timedelta(days=7)
        dialog.findChild(QDateEdit, "starts_on").setDate(QDate(later.year, later.month, later.day))
        ok(dialog)

    message_boxes.answer(ScheduleDialog, edit)
    page.edit_selected()
    assert typed == ["A座 地下1层"]  # as stored, and taken back as it is
    [schedule] = list_schedules(db, checklists)
    assert (schedule.area, schedule.starts_on) == ("A座 地下1层", today() + timedelta(days=7))
    page.set_active(False)
    assert not list_schedules(db, checklists)[0].active
    assert cell(page.table, 0, ACTIVE) == page.tr("Stopped")
    assert cell(page.table, 0, AREA, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    page.set_active(True)
    assert list_schedules(db, checklists)[0].active and cell(page.table, 0, ACTIVE) == page.tr("Active")


def test_a_schedule_of_a_retired_checklist_says_so_and_cannot_be_resumed(app, qtbot, db, checklists, message_boxes):
    save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("building", "A"), today()))
    window = opened(qtbot, ChecklistsWindow(db, checklists))
    window.checklists.select("XF-ALARM")
    message_boxes.answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.checklists.retire()
    page = window.schedules
    page.table.selectRow(0)
    assert cell(page.table, 0, ACTIVE) == page.tr("Checklist retired")
    assert not page.resume_action.isEnabled() and not page.stop_action.isEnabled()


# --- who may change them ----------------------------------------------------------------------------------------

def test_the_engineer_reads_checklists_and_schedules_but_cannot_change_them(app, qtbot, db, checklists, engineer,
                                                                          message_boxes):
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("building", "A"), today()))
    window = opened(qtbot, ChecklistsWindow(db, engineer))
    page = window.checklists
    assert sorted(cell(page.table, r, CODE) for r in range(page.table.proxy.rowCount())) == ["BA-NIGHT", "XF-ALARM"]
    page.select("BA-NIGHT")
    assert [page.items.index(r, 1).data() for r in range(page.items.rowCount())] == [i.text for i in PATROL_ITEMS]
    assert page.versions.rowCount() == 1
    for action in (page.add_action, page.edit_action, page.retire_action, page.put_back_action, page.install_action,
                   window.schedules.add_action, window.schedules.edit_action, window.schedules.stop_action,
                   window.schedules.resume_action):
        assert not action.isEnabled(), action.objectName()
    assert window.schedules.table.proxy.rowCount() == 1
    window.schedules.table.selectRow(0)
    assert not window.schedules.edit_action.isEnabled()
    page.add()  # nothing opens
    page.edit_selected()
    window.schedules.add()
    assert message_boxes.texts == [] and len(list_templates(db, engineer)) == 2


def test_an_empty_site_says_what_to_do_first(app, qtbot, db, officer, message_boxes):
    window = opened(qtbot, ChecklistsWindow(db, officer))
    assert window.checklists.stack.currentWidget() is window.checklists.empty
    assert window.schedules.stack.currentWidget() is window.schedules.empty
    assert window.checklists.install_action.isEnabled() and window.checklists.add_action.isEnabled()
    assert not window.checklists.edit_action.isEnabled()
    assert window.checklists.add_action.shortcut() == QKeySequence("Ctrl+N")
    message_boxes.close_next()  # no checklist in use: nothing to schedule yet
    window.schedules.add()
    assert message_boxes.texts == [window.schedules.tr(
        "There are no checklists in use yet: add or install them under Checklists first.")]
