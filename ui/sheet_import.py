"""Import... as every register offers it: the spreadsheet chosen (.xlsx, or .csv in UTF-8 or GBK), the import
run off the window with its progress, then what it added and changed; or, when the file is refused, every bad
row listed with its line and reason, nothing having been imported."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import FrontOfficeError
from app.progress import ProgressCallback
from app.sheet_import import ImportRejected, ImportResult
from ui.i18n import error_text
from ui.runner import BackgroundTask, run_in_background

NAMES_SHOWN = 20  # the names of added and changed entries listed after an import; the rest are counted


class RejectedRowsDialog(QDialog):
    """The file was refused: why, and every bad row by its line, to be put right in the file."""

    def __init__(self, title: str, rejected: ImportRejected, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rejectedRows")
        self.setWindowTitle(title)
        self.resize(640, 420)
        self.message = QLabel(error_text(rejected) + "\n" + self.tr("Put these rows right in the file and import "
                                                                   "it again."), wordWrap=True, objectName="reason")
        self.problems = QListWidget(objectName="problemsList")
        self.problems.addItems([self.tr("Line {line}: {reason}").format(line=problem.line,
                                                                        reason=error_text(problem.reason))
                                for problem in rejected.problems])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines()))


class SheetImporter(QObject):
    """The Import... action of a window that keeps a register: ``work(path, progress)`` is the register's import
    service; ``on_done(result)`` refreshes the window; ``summary(result)`` is what the user is told (by default,
    how many rows were added, changed and left as they were, and their names)."""

    def __init__(self, parent: QWidget, title: str, work: Callable[[Path, ProgressCallback], ImportResult],
                 on_done: Callable[[ImportResult], None] | None = None,
                 summary: Callable[[ImportResult], str] | None = None, related: str = ""):
        super().__init__(parent)
        self.owner, self.title, self.work = parent, title, work
        self.on_done, self.summary = on_done, summary or self.summary_text
        self.related = related  # what the entries in ``ImportResult.related`` are, with {names}
        self.task: BackgroundTask | None = None

    def choose(self) -> None:
        """Asks for the spreadsheet, then imports it."""
        path, _filter = QFileDialog.getOpenFileName(self.owner, self.title, str(Path.home()),
                                                    self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> BackgroundTask:
        self.task = run_in_background(self.owner, self.tr("Importing..."),
                                      lambda progress: self.work(path, progress), self.succeeded, self.failed)
        return self.task

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def succeeded(self, result: ImportResult) -> None:
        if self.on_done is not None:
            self.on_done(result)
        QMessageBox.information(self.owner, self.title, self.summary(result))

    def failed(self, error: Exception) -> None:
        if isinstance(error, ImportRejected):
            RejectedRowsDialog(self.title, error, self.owner).exec()
        else:
            QMessageBox.warning(self.owner, self.title,
                                error_text(error) if isinstance(error, FrontOfficeError) else str(error))

    def summary_text(self, result: ImportResult) -> str:
        lines = [self.tr("{rows} rows: {added} added, {updated} changed, {unchanged} unchanged.").format(
            rows=result.rows, added=len(result.added), updated=len(result.updated), unchanged=result.unchanged)]
        for template, names in ((self.tr("Added: {names}"), result.added),
                                (self.tr("Changed: {names}"), result.updated),
                                (self.related, result.related)):
            if names and template:
                lines.append(template.format(names=self.names(names)))
        return "\n".join(lines)

    def names(self, names: tuple[str, ...]) -> str:
        shown = "、".join(names[:NAMES_SHOWN])
        more = len(names) - NAMES_SHOWN
        return shown + (self.tr(" and {count} more").format(count=more) if more > 0 else "")
