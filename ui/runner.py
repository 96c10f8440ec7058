"""Long work off the GUI thread: a progress dialog after 600 ms, Cancel, and callbacks on the GUI thread.

    run_in_background(parent, title, work, on_done, on_error)

``work(progress)`` runs in a worker thread; it reports through ``progress(done, total)``, which raises
``app.progress.Cancelled`` once the user has pressed Cancel. ``on_done(result)`` or ``on_error(error)``
then runs on the GUI thread.
"""

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.progress import Cancelled

SHOW_AFTER_MS = 600
log = logging.getLogger(__name__)
_alive: set["BackgroundTask"] = set()  # tasks whose work has not ended, kept from the garbage collector


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel
        self.setAutoDelete(False)

    def progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One piece of work in the thread pool and its progress dialog; ``running`` until it ends."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable, on_done: Callable | None,
                 on_error: Callable | None, cancellable: bool):
        super().__init__(parent)
        self.running = True
        self.was_shown = False
        self._cancel = threading.Event()
        self._on_done, self._on_error = on_done, on_error
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else None, 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(2**30)  # shown by our own timer, never by Qt's estimate
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        self.dialog.hide()
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_dialog)
        self._signals = _Signals()
        self._signals.progressed.connect(self._progressed)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._cancelled)
        self._job = _Job(work, self._signals, self._cancel)

    def start(self) -> "BackgroundTask":
        _alive.add(self)
        self._timer.start()
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def _show_dialog(self) -> None:
        if self.running:
            self.was_shown = True
            self.dialog.show()

    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _succeeded(self, result) -> None:
        self._end()
        if self._on_done:
            self._on_done(result)

    def _failed(self, error) -> None:
        self._end()
        if self._on_error:
            self._on_error(error)
        else:
            log.error("background work failed", exc_info=error)

    def _cancelled(self) -> None:
        self._end()

    def _end(self) -> None:
        self.running = False
        self._timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        _alive.discard(self)
        self.finished.emit()


def run_in_background(parent: QWidget | None, title: str, work: Callable, on_done: Callable | None = None,
                      on_error: Callable | None = None, cancellable: bool = True) -> BackgroundTask:
    return BackgroundTask(parent, title, work, on_done, on_error, cancellable).start()
