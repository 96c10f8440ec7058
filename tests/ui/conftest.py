import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.main import create_application


@pytest.fixture
def app(qapp):
    """The application as ``frontoffice`` sets it up: Fusion, the CJK font, Chinese by default."""
    return create_application([])


class MessageBoxes:
    """Answers the message boxes a test triggers, keeping their texts: they are what the clerk reads."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.texts: list[str] = []

    def close_next(self, button=QMessageBox.StandardButton.Ok):
        def close():
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QMessageBox) and widget.isVisible():
                    self.texts.append(widget.text())
                    widget.done(button)
                    return
            self.qtbot.wait(20)
            close()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, close)


@pytest.fixture
def message_boxes(qtbot):
    return MessageBoxes(qtbot)
