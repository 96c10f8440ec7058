"""Settings → 数据库连接: this PC's database chosen, tried with a button, saved for the next start; and a start
on a database that cannot be opened offers the same dialog."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from app import config
from app.connection import saved_connection, server_details
from db.migrate import head_revision
from tests.backends import BACKEND, POSTGRESQL
from ui.dialogs.connection import FILE, SERVER, ConnectionDialog
from ui.dialogs.login import LoginDialog


@pytest.fixture(autouse=True)
def nothing_saved(monkeypatch):
    monkeypatch.delenv(config.ENV_DB_URL, raising=False)
    config.settings_file().unlink(missing_ok=True)
    yield
    config.settings_file().unlink(missing_ok=True)


def fill(dialog, db) -> None:
    """The form as the site's IT person fills it for the database the test runs on."""
    details = server_details(db.url)
    if details is None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(FILE))
        dialog.path.setText(str(db.path))
        return
    dialog.kind.setCurrentIndex(dialog.kind.findData(SERVER))
    dialog.host.setText(details.host)
    dialog.port.setValue(details.port)
    dialog.database.setText(details.database)
    dialog.user.setText(details.user)
    dialog.password.setText(details.password)


def result(dialog) -> str:
    return dialog.findChild(QLabel, "testResult").text()


def test_the_dialog_tests_and_saves_the_connection(app, qtbot, db, admin):
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "数据库连接"
    assert dialog.kind.currentData() == FILE and dialog.path.text() == str(config.default_db_path())
    assert not dialog.host.isEnabled() and dialog.path.isEnabled()

    dialog.kind.setCurrentIndex(dialog.kind.findData(SERVER))
    assert dialog.host.isEnabled() and not dialog.path.isEnabled()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.user.setText("desk")
    qtbot.mouseClick(dialog.findChild(QPushButton, "test"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "无法使用" in result(dialog) or "不能使用" in result(dialog), timeout=15000)
    dialog.host.clear()
    qtbot.mouseClick(dialog.findChild(QPushButton, "test"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "hostError").text().startswith("请输入服务器的名称或地址")

    fill(dialog, db)
    qtbot.mouseClick(dialog.findChild(QPushButton, "test"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已连接" in result(dialog), timeout=15000)
    server = "PostgreSQL 1" if BACKEND == POSTGRESQL else "SQLite 3."
    assert result(dialog).startswith(f"已连接 {server}") and result(dialog).endswith(f"数据库已就绪（架构 {head_revision()}）")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert saved_connection() == (db.url if db.path is None else str(db.path))
    assert config.configured_db() == saved_connection()


def test_a_start_on_a_database_that_cannot_be_opened_offers_the_connection_dialog(app, qtbot, db, admin,
                                                                                  message_boxes, tmp_path):
    from ui.main import open_configured

    config.settings_file().parent.mkdir(parents=True, exist_ok=True)
    config.settings_file().write_text(f"[database]\nurl = {tmp_path / 'gone.sqlite3'}\n", encoding="utf-8")

    def choose_the_right_one(dialog):
        fill(dialog, db)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def change(box):
        message_boxes.texts.append(box.text())
        message_boxes.answer(ConnectionDialog, choose_the_right_one)
        next(b for b in box.buttons() if b.text() == "数据库连接...").click()

    message_boxes.answer(QMessageBox, change)
    opened = open_configured(None)
    try:
        assert message_boxes.texts[0].startswith(f"{tmp_path / 'gone.sqlite3'} 处没有数据库")
        assert opened is not None and opened.url == db.url
        assert LoginDialog(opened).windowTitle()  # the clerk goes on to log in
    finally:
        if opened is not None:
            opened.close()
