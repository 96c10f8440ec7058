"""The parts around every list: a toolbar of actions with icon and text, and a search box that Ctrl+F
reaches; and the empty state that says what to do first."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QWidget

from ui.icons import icon

ActionSpec = tuple[str, str, Callable, QKeySequence | QKeySequence.StandardKey | str | None]


def action_toolbar(owner: QWidget, actions: Sequence[ActionSpec]) -> QToolBar:
    """``(icon name, text, slot, shortcut)`` each; the action's object name is ``<icon name>Action``."""
    toolbar = QToolBar()
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name, text, slot, keys in actions:
        action = toolbar.addAction(icon(name), text, slot)
        action.setObjectName(f"{name}Action")
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            owner.addAction(action)
    return toolbar


def search_box(owner: QWidget, placeholder: str) -> QLineEdit:
    box = QLineEdit(placeholderText=placeholder, objectName="search", clearButtonEnabled=True)
    find = box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find.triggered.connect(box.setFocus)
    owner.addAction(find)
    return box


def empty_state(text: str) -> QLabel:
    return QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True, objectName="emptyState")
