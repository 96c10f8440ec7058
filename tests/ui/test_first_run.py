"""The first start on a database without users: the wizard's language, database, administrator, site details and
demo building; each refusal beside its field with nothing saved; Cancel leaves nothing behind; and a server chosen
instead of this PC's file, empty or already set up by another desk."""

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWizard

from app import config
from app.auth import login
from app.business.price_list import demo_price_list
from app.business.resources import demo_resources
from app.connection import saved_connection, server_details
from app.database import open_database
from app.demo.starter import STARTER_UNITS
from app.repairs.equipment import demo_register
from app.site import SiteDetails, get_site_details
from app.users import create_first_admin, has_users
from tests.backends import PG_URL, server
from tests.conftest import ADMIN_PASSWORD, table_count
from ui import settings
from ui.dialogs.first_run import (
    ADMIN,
    DATABASE,
    DEMO,
    JOINED,
    LANGUAGE,
    SITE,
    FirstRunWizard,
    FirstStart,
    run_first_start,
)
from ui.i18n import install_translator

SITE_TYPED = {"company_name": "示例物业管理有限公司", "site_name": "国贸大厦", "address": "北京市朝阳区建国门外大街1号",
              "phone": "010-6505 0000"}
needs_server = pytest.mark.skipif(not PG_URL, reason="needs a PostgreSQL server: set FRONTOFFICE_TEST_PG_URL")


@pytest.fixture(autouse=True)
def this_pc(app, monkeypatch):
    """This PC as on its first start: no saved connection, the default language; and so again afterwards."""
    monkeypatch.delenv(config.ENV_DB_URL, raising=False)
    config.settings_file().unlink(missing_ok=True)
    settings.settings().remove(settings.LANGUAGE)
    yield
    config.settings_file().unlink(missing_ok=True)
    settings.settings().remove(settings.LANGUAGE)
    install_translator(app, settings.DEFAULT_LANGUAGE)


@pytest.fixture
def wizard(qtbot, db):
    shown = FirstRunWizard(db)
    shown.show()
    yield shown
    if shown.server is not None:
        shown.server.close()
    shiboken6.delete(shown)  # here, on the GUI thread (as run_first_start does), not by a later collection


def error(page, name: str) -> str:
    label = page.findChild(QLabel, f"{name}Error")
    return label.text() if label.isVisible() else ""


def shown_errors(page) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.objectName().endswith("Error")
            and label.isVisible()]


def fill(page, **values) -> None:
    for name, value in values.items():
        page.field(name).setText(value)


def click(qtbot, button) -> None:
    """A click on a radio button's circle (its middle may lie past its text, where a click does nothing)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def finish(wizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def to_admin(wizard) -> None:
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ADMIN


def admin_typed(page, password=ADMIN_PASSWORD, repeat=ADMIN_PASSWORD) -> None:
    fill(page, username="admin", full_name="王经理", password=password, repeat=repeat)


def test_the_wizard_sets_up_a_new_site_on_this_pc_with_the_demo_building(app, qtbot, db, message_boxes):
    seen = {}

    def drive(wizard):
        try:
            go_through(wizard)
        except BaseException:
            wizard.done(0)
            raise

    def go_through(wizard):
        page = wizard.currentPage()
        assert wizard.currentId() == LANGUAGE and wizard.windowTitle() == "物业前台 - 首次启动"
        assert page.title() == "语言" and page.findChild(object, "language_zh_CN").isChecked()
        click(qtbot, page.findChild(object, "language_en"))
        assert (wizard.windowTitle(), page.title(), wizard.page(DATABASE).title()) == \
               ("FrontOffice - First start", "Language", "Database")
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
        click(qtbot, page.findChild(object, "language_zh_CN"))
        assert (page.title(), wizard.page(DATABASE).title()) == ("语言", "数据库")
        enter(qtbot, page.findChild(object, "language_zh_CN"))

        page = wizard.currentPage()
        assert wizard.currentId() == DATABASE and settings.language() == "zh_CN"
        assert page.this_pc.isChecked() and not page.connection.host.isEnabled()
        where = f"数据库文件：{db.path}" if db.path else f"数据库：{db.display_name}"
        assert page.findChild(QLabel, "location").text() == where
        enter(qtbot, page.this_pc)

        page = wizard.currentPage()
        assert wizard.currentId() == ADMIN and page.title() == "系统管理员"
        assert wizard.focusWidget() is page.field("username")
        assert wizard.button(QWizard.WizardButton.CommitButton).text() == "创建管理员"
        admin_typed(page)
        enter(qtbot, page.field("repeat"))

        page = wizard.currentPage()
        assert wizard.currentId() == SITE and has_users(db)
        assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # no undoing the administrator
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert wizard.focusWidget() is page.field("company_name")
        fill(page, **SITE_TYPED)
        enter(qtbot, page.field("phone"))

        page = wizard.currentPage()
        assert wizard.currentId() == DEMO and not page.wanted.isChecked()  # off unless asked for
        page.wanted.setChecked(True)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        assert wizard.isVisible() and wizard.busy
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        qtbot.waitUntil(lambda: not wizard.busy, timeout=120000)
        seen["summary"] = page.findChild(QLabel, "demoStatus").text()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    message_boxes.answer(FirstRunWizard, drive)
    started = run_first_start(db)

    assert isinstance(started, FirstStart) and started.db is db
    assert (started.actor.username, started.actor.full_name) == ("admin", "王经理")
    assert login(db, "admin", ADMIN_PASSWORD).user_id == started.actor.user_id
    assert get_site_details(db) == SiteDetails(**SITE_TYPED)
    _categories, equipment = demo_register()
    counts = {table: table_count(db, table) for table in ("unit", "bc_service", "bc_resource", "equipment")}
    assert counts == {"unit": STARTER_UNITS, "bc_service": len(demo_price_list()), "bc_resource": len(demo_resources()),
                      "equipment": len(equipment)}
    lines = seen["summary"].splitlines()
    assert lines[0] == "演示小区已载入：" and lines[-1] == "点击“完成”开始使用。"
    assert f"{STARTER_UNITS} 户房屋" in lines[1]
    assert f"商务中心 {len(demo_price_list())} 项服务和 {len(demo_resources())} 个场地及设备" in lines[5]
    assert saved_connection() == ""  # this PC's file stays the default


def test_a_refused_password_or_site_detail_is_shown_beside_its_field_and_saves_nothing(app, qtbot, db, wizard):
    to_admin(wizard)
    page = wizard.currentPage()
    admin_typed(page, password="short", repeat="short")
    wizard.next()
    assert wizard.currentId() == ADMIN and shown_errors(page) == ["密码至少 8 个字符"]
    assert error(page, "password") == "密码至少 8 个字符" and not has_users(db)
    admin_typed(page, repeat="another-pass-1")
    wizard.next()
    assert wizard.currentId() == ADMIN and shown_errors(page) == ["两次输入的密码不一致"]
    assert error(page, "repeat") == "两次输入的密码不一致" and not has_users(db)
    admin_typed(page)
    wizard.next()

    page = wizard.currentPage()
    assert wizard.currentId() == SITE and wizard.actor is not None
    fill(page, **{**SITE_TYPED, "site_name": "  "})
    wizard.next()
    assert wizard.currentId() == SITE and shown_errors(page) == ["项目名称为必填项"]
    assert wizard.focusWidget() is page.field("site_name")
    fill(page, **{**SITE_TYPED, "phone": "1" * 201})
    wizard.next()
    assert wizard.currentId() == SITE and shown_errors(page) == ["电话超过 200 个字符"]
    assert get_site_details(db) == SiteDetails()
    fill(page, **SITE_TYPED)
    wizard.next()

    assert wizard.currentId() == DEMO
    finish(wizard)  # without the demo
    assert wizard.result() == wizard.DialogCode.Accepted
    assert wizard.outcome() == FirstStart(db, wizard.actor)
    assert get_site_details(db) == SiteDetails(**SITE_TYPED) and table_count(db, "unit") == 0


def test_cancelling_creates_nothing(app, qtbot, db, wizard):
    to_admin(wizard)
    admin_typed(wizard.currentPage())
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and wizard.outcome() is None
    assert not has_users(db) and get_site_details(db) == SiteDetails() and table_count(db, "audit_entry") == 0
    assert saved_connection() == ""


def test_closing_the_wizard_once_the_administrator_exists_keeps_the_administrator(app, qtbot, db, wizard):
    to_admin(wizard)
    admin_typed(wizard.currentPage())
    wizard.next()
    wizard.reject()  # Esc on the site's page
    assert wizard.outcome() == FirstStart(db, wizard.actor) and has_users(db)


def test_english_applies_at_once_and_is_kept_for_the_next_start(app, qtbot, db, wizard):
    wizard.currentPage().findChild(object, "language_en").setChecked(True)
    wizard.next()
    page = wizard.currentPage()
    assert settings.language() == "en" and page.title() == "Database" and page.this_pc.text() == "This PC"
    wizard.next()
    page = wizard.currentPage()
    admin_typed(page, password="short", repeat="short")
    wizard.next()
    assert error(page, "password") == "A password has at least 8 characters"


def test_an_unreachable_server_is_one_message_and_nothing_is_saved(app, qtbot, db, wizard):
    wizard.next()
    page = wizard.currentPage()
    click(qtbot, page.on_server)
    assert page.connection.host.isEnabled() and page.connection.test_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == DATABASE
    assert shown_errors(page) == ["请输入服务器的名称或地址（最多 253 个字符）"]

    fill(page, host="127.0.0.1", user="desk")
    page.connection.port.setValue(1)  # nothing listens there
    qtbot.mouseClick(page.connection.test_button, Qt.MouseButton.LeftButton)
    result = page.findChild(QLabel, "testResult")
    qtbot.waitUntil(lambda: "127.0.0.1" in result.text(), timeout=15000)
    assert "无法使用" in result.text() and shown_errors(page) == []
    result.clear()

    wizard.next()
    assert wizard.busy and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15000)
    assert wizard.currentId() == DATABASE and "无法使用" in result.text() and "127.0.0.1" in result.text()
    assert shown_errors(page) == [] and result.text().count("\n") == 0
    assert wizard.server is None and wizard.db is db and saved_connection() == ""

    page.this_pc.setChecked(True)
    wizard.next()
    assert wizard.currentId() == ADMIN and wizard.db is db


def choose_server(wizard, qtbot, url: str) -> None:
    """On the database page: the server at ``url``, and Next."""
    page = wizard.currentPage()
    page.on_server.setChecked(True)
    page.connection.show_details(server_details(url))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=60000)


@pytest.fixture
def server_database():
    made = []

    def make(migrated: bool = False) -> str:
        made.append(server().create_database(migrated))
        return made[-1]

    yield make
    for url in made:
        server().drop_database(url)


@needs_server
def test_an_empty_server_database_is_set_up_and_used_from_now_on(app, qtbot, db, wizard, server_database):
    url = server_database()
    wizard.next()
    choose_server(wizard, qtbot, url)
    assert wizard.currentId() == ADMIN and saved_connection() == url
    assert wizard.db is not db and wizard.db.url == url
    admin_typed(wizard.currentPage())
    wizard.next()
    fill(wizard.currentPage(), **SITE_TYPED)
    wizard.next()
    finish(wizard)

    started = wizard.outcome()
    assert started.db.url == url and started.actor.username == "admin"
    assert login(started.db, "admin", ADMIN_PASSWORD).user_id == started.actor.user_id
    assert get_site_details(started.db) == SiteDetails(**SITE_TYPED)
    assert not has_users(db) and get_site_details(db) == SiteDetails()  # the file was left as it was


@needs_server
def test_a_server_database_with_users_ends_the_wizard_for_the_login(app, qtbot, db, wizard, server_database):
    url = server_database(migrated=True)
    other_desk = open_database(url)
    try:
        create_first_admin(other_desk, "boss", ADMIN_PASSWORD)
    finally:
        other_desk.close()

    wizard.next()
    choose_server(wizard, qtbot, url)
    assert wizard.currentId() == JOINED and saved_connection() == url
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    details = server_details(url)
    assert wizard.currentPage().findChild(QLabel, "joinedMessage").text().startswith(
        f"本机从现在起使用服务器 {details.host}:{details.port} 上的数据库 {details.database}。")

    wizard.back()  # this PC after all: the server's setting undone
    wizard.currentPage().this_pc.setChecked(True)
    wizard.next()
    assert wizard.currentId() == ADMIN and wizard.db is db and saved_connection() == ""
    wizard.back()

    choose_server(wizard, qtbot, url)
    assert wizard.currentId() == JOINED
    finish(wizard)
    started = wizard.outcome()
    assert started.actor is None and started.db.url == url and saved_connection() == url
    assert login(started.db, "boss", ADMIN_PASSWORD).username == "boss"
    assert not has_users(db)


def test_the_wizard_ends_only_once_its_work_is_done(app, qtbot, db, wizard):
    """While the demo loads, neither Finish, Back nor Cancel (nor Esc) can end it half-way."""
    to_admin(wizard)
    admin_typed(wizard.currentPage())
    wizard.next()
    fill(wizard.currentPage(), **SITE_TYPED)
    wizard.next()
    wizard.currentPage().wanted.setChecked(True)
    wizard.next()
    assert wizard.busy
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton):
        assert not wizard.button(which).isEnabled()
    wizard.reject()
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=120000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.focusWidget() is wizard.button(QWizard.WizardButton.FinishButton)
    finish(wizard)
    assert wizard.result() == wizard.DialogCode.Accepted and table_count(db, "unit") == STARTER_UNITS
