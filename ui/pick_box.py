"""A field that picks one of the open items (a visitor inside, a key out, a parcel waiting) by typing part of
what its line shows, a number, a badge, a name, a unit, with the list to choose from below."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


class PickBox(QComboBox):
    """``items`` are ``(text, value)``; ``value()`` is the value of the line chosen, typed in full, or the only
    one that starts with (or else contains) what was typed; otherwise the text typed, for the service to find or
    to refuse with its message."""

    def __init__(self, items: Sequence[tuple[str, object]], chosen: object = None, placeholder: str = ""):
        super().__init__(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        for text, value in items:
            self.addItem(text, value)
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

    def value(self) -> object:
        text = self.currentText().strip()
        if not text:
            return None
        found = self.findText(text, Qt.MatchFlag.MatchExactly)
        if found >= 0:
            return self.itemData(found)
        wanted = text.upper()
        for matches in (lambda line: line.startswith(wanted), lambda line: wanted in line):
            found = [i for i in range(self.count()) if matches(self.itemText(i).upper())]
            if len(found) == 1:
                return self.itemData(found[0])
        return text
