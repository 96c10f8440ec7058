import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.main import create_application


@pytest.fixture
def app(qapp):
    """The application as ``frontoffice`` sets it up: Fusion, the CJK font, Chinese by default."""
    return create_application([])


class Modals:
    """Acts in the modal dialogs a test opens, once they are really shown by their own event loop."""

    def __init__(self):
        self.texts: list[str] = []  # what the message boxes said: what the clerk reads

    def answer(self, kind, action) -> None:
        def attempt():
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, kind) and widget.isVisible():
                    action(widget)
                    return
            QTimer.singleShot(20, attempt)

        QTimer.singleShot(0, attempt)

    def close_next(self, button=QMessageBox.StandardButton.Ok) -> None:
        def close(box):
            self.texts.append(box.text())
            box.done(button)

        self.answer(QMessageBox, close)


@pytest.fixture
def message_boxes():
    return Modals()
