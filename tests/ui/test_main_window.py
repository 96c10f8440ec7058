"""The main window and its dialogs, driven as a clerk would, offscreen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QWidget

from app import backup
from app.database import backups_folder
from app.frontdesk.parcels import parcel_waiting_days
from app.permissions import Role
from app.site import get_site_details
from app.users import add_user
from tests.conftest import ADMIN_PASSWORD
from ui import settings
from ui.dialogs.login import LoginDialog
from ui.dialogs.site_details import SiteDetailsDialog
from ui.dialogs.users import AddUserDialog, UsersDialog
from ui.main_window import MainWindow

TAB_NAMES = ["frontDeskTab", "businessCentreTab", "repairsTab", "fireSafetyTab", "ownerAccountsTab", "leasingTab",
             "dashboardTab"]


def test_the_main_window_opens_in_chinese_with_its_tabs(app, qtbot, db, admin):
    settings.settings().setValue(settings.CURRENT_TAB, 0)  # as on a first start, whatever tab a test left open
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.show()
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TAB_NAMES
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["前台服务", "商务中心", "报修派工", "消防检查", "业户收费",
                                                                       "招商客服", "统计看板"]
    built = [i for i in range(tabs.count()) if tabs.widget(i).built is not None]
    assert built == [tabs.currentIndex()] and tabs.currentIndex() != 3  # the others are built as they are opened
    tabs.setCurrentIndex(3)
    assert type(tabs.widget(3).built).__name__ == "FireSafetyTab" and tabs.widget(3).built.isVisible()
    assert window.findChild(QWidget, "fireSafetyTab") is tabs.widget(3)
    assert window.windowTitle() == "物业前台"
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "设置(&S)", "帮助(&H)"]
    assert window.findChild(QLabel, "userLabel").text() == "用户：王经理（系统管理员）"
    assert db.display_name in window.findChild(QLabel, "dbLabel").text()
    assert window.findChild(QLabel, "backupLabel").text() == "上次备份：从未备份"


def test_a_wrong_password_is_shown_next_to_the_field(app, qtbot, db, admin):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field("username"), "admin")
    qtbot.keyClicks(dialog.field("password"), "wrong-password")
    qtbot.keyClick(dialog.field("password"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "passwordError").text() == "admin 的密码错误（再错 4 次账户将被锁定）"
    dialog.field("password").setText(ADMIN_PASSWORD)
    qtbot.keyClick(dialog.field("password"), Qt.Key.Key_Return)
    assert dialog.result_value.username == "admin"


def test_a_clerk_is_told_no_when_opening_the_users(app, qtbot, db, admin, clerk, message_boxes):
    window = MainWindow(db, clerk)
    qtbot.addWidget(window)
    message_boxes.close_next()
    window.manage_users()
    assert message_boxes.texts == ["clerk（前台）无权管理用户"]


def test_an_administrator_adds_a_user_in_the_users_dialog(app, qtbot, db, admin):
    dialog = UsersDialog(db, admin)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    form = AddUserDialog(db, admin, dialog)
    qtbot.addWidget(form)
    form.field("username").setText("amy")
    form.field("full_name").setText("张收费")
    form.field("role").setCurrentIndex(form.field("role").findData("cashier"))
    form.field("password").setText("short")
    form.field("repeat").setText("short")
    form.accept()
    assert form.findChild(QLabel, "passwordError").text() == "密码至少 8 个字符"
    form.field("password").setText("amy-pass-12")
    form.field("repeat").setText("amy-pass-12")
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    dialog.refresh()
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    roles = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert names == ["admin", "amy"] and roles == ["系统管理员", "收费员"]


def test_site_details_are_saved_or_refused_beside_the_field(app, qtbot, db, admin):
    dialog = SiteDetailsDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.field("company_name").setText("示例物业管理有限公司")
    dialog.field("site_name").setText("")
    dialog.accept()
    assert dialog.findChild(QLabel, "site_nameError").text() == "项目名称为必填项"
    dialog.field("site_name").setText("国贸大厦")
    dialog.accept()
    reopened = SiteDetailsDialog(db, admin)
    qtbot.addWidget(reopened)
    assert reopened.field("site_name").text() == "国贸大厦"
    assert isinstance(reopened.field("company_name"), QLineEdit)
    assert reopened.field("parcel_days").value() == 3  # the default: parcels waiting over 3 days stand out
    reopened.field("parcel_days").setValue(5)
    reopened.accept()
    assert parcel_waiting_days(db) == 5 and get_site_details(db).site_name == "国贸大厦"
    assert SiteDetailsDialog(db, admin).field("parcel_days").value() == 5


def test_the_daily_backup_runs_off_the_gui_thread_and_updates_the_status_bar(app, qtbot, db, admin):
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.start_daily_backup()
    qtbot.waitUntil(lambda: not window.tasks, timeout=10000)
    backups = list(backups_folder(db).glob(f"auto-*{backup.suffix_of(db)}"))
    assert len(backups) == 1
    assert window.findChild(QLabel, "backupLabel").text().startswith("上次备份：20")


def test_the_window_layout_is_remembered(app, qtbot, db, admin):
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(3)
    window.close()
    again = MainWindow(db, admin)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 3
    again.tabs.setCurrentIndex(0)
    again.close()


def test_a_second_user_logs_in_with_their_role(app, qtbot, db, admin):
    add_user(db, admin, "amy", Role.CASHIER, "amy-pass-12", "张收费")
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.field("username").setText("amy")
    dialog.field("password").setText("amy-pass-12")
    dialog.accept()
    window = MainWindow(db, dialog.result_value)
    qtbot.addWidget(window)
    assert window.findChild(QLabel, "userLabel").text() == "用户：张收费（收费员）"


def test_starting_on_a_foreign_database_shows_one_message_and_changes_nothing(app, qtbot, tmp_path,
                                                                               message_boxes):
    import sqlite3

    from ui.main import main

    path = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    message_boxes.close_next()
    assert main(["frontoffice", "--db", str(path)]) == 1
    assert message_boxes.texts == [f"{path} 是其他程序的数据库，不是物业前台的"]
    assert path.read_bytes() == before
