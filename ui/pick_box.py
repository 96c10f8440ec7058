"""A field that picks one of the open items (a visitor inside, a key out, a parcel waiting) by what the clerk
types: the number, or another exact key of the item (a badge, a key's number, a tracking number), or a line
chosen from the list below, which filters as one types."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


class PickBox(QComboBox):
    """``items`` are ``(text, value)`` or ``(text, value, keys)``; an item's keys are its value (as text) unless
    given. ``value()`` is the value of the line shown, or of the only item one of whose keys is the text typed
    (case aside); otherwise the text typed, for the service to find or to refuse with its message. Nothing is
    guessed from part of a line: "K-1" never picks K-12."""

    def __init__(self, items: Sequence[tuple], chosen: object = None, placeholder: str = ""):
        super().__init__(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        self.keys: list[set[str]] = []
        for text, value, *keys in items:
            self.addItem(text, value)
            self.keys.append({str(key).strip().upper() for key in (keys[0] if keys else (value,)) if key})
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        found = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(found)
        if found < 0:
            self.setEditText("")
        self.lineEdit().setPlaceholderText(placeholder)
        self.setMinimumContentsLength(36)

    def keyPressEvent(self, event) -> None:
        """Enter, once a line is picked, goes on to the form (which saves), as in a plain text field."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()

    def matching(self, text: str) -> list[int]:
        """The items one of whose keys is ``text``."""
        wanted = text.strip().upper()
        return [index for index, keys in enumerate(self.keys) if wanted in keys]

    def value(self) -> object:
        text = self.currentText().strip()
        if not text:
            return None
        shown = self.findText(text, Qt.MatchFlag.MatchExactly)
        if shown >= 0:
            return self.itemData(shown)
        found = self.matching(text)
        return self.itemData(found[0]) if len(found) == 1 else text
