"""What the benchmarks time inside a process of their own (``python -m tests.bench.probes KIND ...``); each
prints one JSON object on its last line.

    start-bare                 a bare PySide6 process showing an empty QMainWindow: the start-up limit
    start-app DB USER          FrontOffice opening DB, logging USER in (password in FRONTOFFICE_PASSWORD)
                               and showing its main window
    gui DB USER                in the main window on DB: search as you type in the units list and in the
                               receipts list (as it opens, this month's; then of every date), opening units'
                               accounts, and the process's peak memory with the receipts list of every date
                               open and scrolled through ten pages
    memory-bare                a bare PySide6 process's peak memory with an empty QMainWindow shown

Start-up is timed from the moment the parent started the process (``--since``, the system's monotonic clock,
which every process shares) to the window shown and the event loop idle.
"""

import argparse
import gc
import json
import os
import resource
import statistics
import sys
import time


def shown_and_idle(app, window, since: float, extra: dict) -> None:
    """Once the window is shown and every event it caused is handled: print the time, and quit."""
    from PySide6.QtCore import QTimer

    def done():
        app.processEvents()
        print(json.dumps({"seconds": time.monotonic() - since, **extra}))
        sys.stdout.flush()
        app.quit()

    window.show()
    QTimer.singleShot(0, done)
    app.exec()


def start_bare(args) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    shown_and_idle(app, QMainWindow(), args.since, {})


def start_app(args) -> None:
    from app.auth import login
    from app.database import open_database
    from ui.main import create_application
    from ui.main_window import MainWindow

    app = create_application(sys.argv[:1])  # as ``frontoffice`` does, without the login dialog's typing
    db = open_database(args.db)
    window = MainWindow(db, login(db, args.user, os.environ["FRONTOFFICE_PASSWORD"]))
    shown_and_idle(app, window, args.since, {})


def settle(app, seconds: float = 1.0) -> None:
    """Lets the window finish what its start posted (layouts, first paints of every tab, timers)."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.01)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def typed(app, box, table, text: str) -> list[float]:
    """Each key of ``text`` typed into ``box`` (CJK committed as an input method does), then Backspace until
    the box is empty: per key, the time from the key to the list filtered by the database and painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    model, times = table.model(), []
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    keys = [(character, None) for character in text] + [(None, Qt.Key.Key_Backspace)] * len(text)
    for character, key in keys:
        before = len(resets)
        started = time.perf_counter()
        if key is not None:
            QTest.keyClick(box, key)
        elif character.isascii():
            QTest.keyClick(box, character)
        else:
            box.insert(character)
        deadline = started + 10
        while len(resets) == before and time.perf_counter() < deadline:
            app.processEvents()
        table.viewport().repaint()
        times.append(time.perf_counter() - started)
    return times


def gui(args) -> None:
    from PySide6.QtCore import QDate

    from app.auth import login
    from app.database import open_database
    from ui.main import create_application
    from ui.main_window import MainWindow
    from ui.receipts_window import ReceiptsWindow

    app = create_application(sys.argv[:1])
    db = open_database(args.db)
    actor = login(db, args.user, os.environ["FRONTOFFICE_PASSWORD"])
    window = MainWindow(db, actor)
    window.resize(1400, 860)
    window.show()
    gc.freeze()  # as ``frontoffice`` does once its window is shown
    tab = window.open_tab("ownerAccountsTab")
    settle(app)  # a clerk's first key comes after the window has finished starting up
    words = json.loads(args.words)

    units = []
    for text in words["units"]:
        units += typed(app, tab.search, tab.table, text)

    opened = []
    for code in words["accounts"]:
        tab.search.setText(code)
        while not any(unit.code == code for unit in tab.model.rows):
            app.processEvents()
        row = next(index for index, unit in enumerate(tab.model.rows) if unit.code == code)
        started = time.perf_counter()
        tab.table.selectRow(row)  # the account shows beside the list
        tab.account.repaint()
        opened.append(time.perf_counter() - started)
        assert tab.account.bills.rowCount() > 0, code

    receipts_window = ReceiptsWindow(db, actor, window)
    receipts_window.show()
    settle(app)
    month = []  # the list as it opens: this month's receipts
    for text in words["receipts"]:
        month += typed(app, receipts_window.search, receipts_window.table, text)
    receipts_window.date_from.setDate(QDate(2000, 1, 1))  # every date: the largest list there is
    settle(app)
    receipts = []
    for text in words["receipts"]:
        receipts += typed(app, receipts_window.search, receipts_window.table, text)
    for _ in range(10):  # the clerk scrolls through ten pages
        receipts_window.table.scrollToBottom()
        app.processEvents()
    loaded = receipts_window.table.model().rowCount()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "units_p50": percentile(units, 0.5), "units_p95": percentile(units, 0.95), "units_keys": len(units),
        "month_p50": percentile(month, 0.5), "month_p95": percentile(month, 0.95),
        "receipts_p50": percentile(receipts, 0.5), "receipts_p95": percentile(receipts, 0.95),
        "receipts_keys": len(receipts), "account_median": statistics.median(opened), "accounts": len(opened),
        "receipts_loaded": loaded, "peak_mib": peak_kib / 1024}))


def memory_bare(_args) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    print(json.dumps({"peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.probes")
    parser.add_argument("kind", choices=("start-bare", "start-app", "gui", "memory-bare"))
    parser.add_argument("db", nargs="?")
    parser.add_argument("user", nargs="?")
    parser.add_argument("--since", type=float, default=0.0)
    parser.add_argument("--words", default="{}")
    args = parser.parse_args()
    {"start-bare": start_bare, "start-app": start_app, "gui": gui, "memory-bare": memory_bare}[args.kind](args)


if __name__ == "__main__":
    main()
