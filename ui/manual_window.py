"""Help -> Manual: the user manual (docs/manual, in the UI's language) with its screenshots, read offline in
the app."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from resources import MANUAL_DIR
from ui import settings


def manual_file(language: str) -> Path:
    return MANUAL_DIR / ("en.md" if language == "en" else "zh_CN.md")


class ManualWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent, objectName="manualWindow")
        self.setWindowTitle(self.tr("FrontOffice manual"))
        self.browser = QTextBrowser(objectName="manual", openExternalLinks=True)
        path = manual_file(language or settings.language())
        if path.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        else:
            self.browser.setPlainText(self.tr("The manual is not installed with this copy of FrontOffice ({path}).")
                                      .format(path=path))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(980, 760)
