"""Help: the manual read in the app with its pictures, the About box (version, database, schema, folders), and
an unexpected error shown as one message that says where the log is."""

import logging
import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from app import __version__
from app.config import data_dir
from app.log_file import start_logging
from db.migrate import head_revision
from resources import MANUAL_DIR
from ui.main import report_unexpected
from ui.main_window import MainWindow
from ui.manual_window import ManualWindow


def images_of(markdown: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", markdown)


def test_the_manual_opens_in_the_app_with_every_picture(app, qtbot):
    for language, heading in (("zh_CN", "前台服务"), ("en", "Front desk")):
        window = ManualWindow(language=language)
        qtbot.addWidget(window)
        text = window.browser.toPlainText()
        assert heading in text and "业户收费" in (MANUAL_DIR / "zh_CN.md").read_text(encoding="utf-8")
        pictures = images_of((MANUAL_DIR / f"{language}.md").read_text(encoding="utf-8"))
        assert len(pictures) >= 7  # a picture of every tab at least
        for picture in pictures:
            image = window.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(picture))
            assert isinstance(image, QImage | QPixmap) and not image.isNull() and image.width() > 100, picture


def test_every_picture_of_the_manual_is_a_file_of_the_repository():
    for language in ("zh_CN", "en"):
        for picture in images_of((MANUAL_DIR / f"{language}.md").read_text(encoding="utf-8")):
            assert (MANUAL_DIR / picture).resolve().is_file(), picture


def test_help_opens_the_manual_and_about_says_version_database_and_schema(app, qtbot, db, admin,
                                                                         message_boxes):
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions()] == ["使用手册(&M)", "关于物业前台(&A)"]
    help_menu.actions()[0].trigger()
    assert window.manual.isVisible() and "前台服务" in window.manual.browser.toPlainText()
    message_boxes.close_next()
    window.about()
    said = message_boxes.texts[-1]
    assert f"物业前台 {__version__}" in said
    assert f"数据库：{db.display_name}" in said and f"架构版本：{head_revision()}" in said
    assert f"数据文件夹：{data_dir()}" in said and "frontoffice.log" in said


def test_an_unexpected_error_is_one_message_saying_where_the_log_is(app, message_boxes):
    path = start_logging()
    try:
        message_boxes.close_next()
        try:
            {}["收费项目"]
        except KeyError as error:
            report_unexpected(type(error), error, error.__traceback__)
        assert message_boxes.texts == [f"程序出错：'收费项目'\n详细信息记录在 {path}。"]
        logged = path.read_text(encoding="utf-8")
        assert "ERROR frontoffice: unexpected error" in logged and "KeyError: '收费项目'" in logged
        assert "test_an_unexpected_error_is_one_message_saying_where_the_log_is" in logged  # the whole trace
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "frontoffice", False)]:
            root.removeHandler(handler)
            handler.close()
