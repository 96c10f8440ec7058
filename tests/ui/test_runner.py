"""Long work runs off the GUI thread; its progress dialog appears only when it takes a while, and cancels."""

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.runner import SHOW_AFTER_MS, run_in_background


def test_quick_work_shows_no_dialog_and_hands_back_its_result(app, qtbot):
    results, threads = [], []

    def work(progress):
        threads.append(threading.current_thread())
        progress(1, 1)
        return 42

    task = run_in_background(None, "quick", work, results.append)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert results == [42]
    assert threads[0] is not threading.main_thread()
    assert not task.was_shown


def test_slow_work_shows_progress_and_can_be_cancelled(app, qtbot):
    results, errors, steps = [], [], []

    def work(progress):
        for step in range(1000):
            progress(step, 1000)
            steps.append(step)
            time.sleep(0.01)
        return "finished"

    task = run_in_background(None, "slow", work, results.append, errors.append)
    qtbot.wait(SHOW_AFTER_MS // 3)
    assert not task.dialog.isVisible()
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: task.dialog.value() > 0, timeout=3000)
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert results == [] and errors == []
    assert len(steps) < 1000


def test_a_failure_reaches_the_gui_thread(app, qtbot):
    errors = []

    def work(_progress):
        raise ValueError("disk full")

    task = run_in_background(None, "failing", work, None, errors.append)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert [str(e) for e in errors] == ["disk full"]
