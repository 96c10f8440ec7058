"""One look for every tab: Fusion, a light palette with one accent, a CJK font readable at a counter."""

import sys

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from resources import FONT_FILE

ACCENT = QColor("#2d5f8b")
STATUS_RED = QColor("#c0392b")  # overdue, refused
STATUS_AMBER = QColor("#b9770e")  # due soon
STATUS_GREEN = QColor("#1e8449")  # done
STATUS_GREY = QColor("#8a8f96")  # closed, withdrawn: no longer in play
POINT_SIZE = 11


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef2f6"))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    app.setFont(QFont(ui_font_family(), POINT_SIZE))


def ui_font_family() -> str:
    """Microsoft YaHei where Windows has it; otherwise the bundled WenQuanYi Micro Hei."""
    if sys.platform == "win32" and "Microsoft YaHei" in QFontDatabase.families():
        return "Microsoft YaHei"
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QFont().defaultFamily()
