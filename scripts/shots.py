"""How the screenshots are taken, for scripts/screenshots.py: the folder they go to (``OUT``; a test sets
FRONTOFFICE_SCREENSHOTS_OUT), a data and config folder of their own, and the ways of grabbing a widget, a modal
dialog as it opens, a menu opened over the window, and a receipt as it prints."""

import os
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("FRONTOFFICE_SCREENSHOTS_OUT") or ROOT / "docs" / "screenshots")  # a test writes elsewhere
home = tempfile.mkdtemp(prefix="frontoffice-shots-")
os.environ.update(FRONTOFFICE_DATA_DIR=f"{home}/data", FRONTOFFICE_CONFIG_DIR=f"{home}/config",
                  XDG_CONFIG_HOME=f"{home}/xdg")

from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from app.documents.paper import Layout  # noqa: E402
from app.receipts.printing import prepare_print  # noqa: E402


def shot(widget, name: str) -> None:
    """The widget as it is on screen now, as docs/screenshots/NAME.png."""
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


@contextmanager
def caught(name: str, fill=None):
    """The first dialog the block opens modally is filled in by ``fill``, grabbed as NAME.png and closed again
    unsaved: its exec() answers "cancelled", so the window that opened it goes on as after Esc."""
    opened = QDialog.exec
    seen = []

    def grab(dialog) -> int:
        if not seen:
            seen.append(dialog)
            if fill is not None:
                fill(dialog)
            shot(dialog, name)
        dialog.hide()
        return 0

    QDialog.exec = grab
    try:
        yield
    finally:
        QDialog.exec = opened
    if not seen:
        raise RuntimeError(f"no dialog was opened for {name}.png")


def menu_shot(window, index: int, name: str) -> None:
    """The top of the window with one of its menus open."""
    bar = window.menuBar()
    action = bar.actions()[index]
    menu = action.menu()
    corner = bar.actionGeometry(action).bottomLeft()
    menu.popup(bar.mapToGlobal(corner))
    QApplication.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(bar.mapTo(window, corner), menu.grab())
    painter.end()
    menu.hide()
    picture.copy(0, 0, 620, corner.y() + menu.height() + 24).save(str(OUT / f"{name}.png"))


def until(test, seconds: float = 20) -> None:
    """Lets the window work (a list worked out off the window) until ``test()`` holds."""
    end = time.monotonic() + seconds
    while not test():
        if time.monotonic() > end:
            raise RuntimeError("the window did not finish in time")
        QApplication.processEvents()
        time.sleep(0.05)


def pdf_png(db, actor, number: str, layout: Layout, name: str, dpi: str) -> None:
    """A receipt as it will print next (first print, reprint or void), as NAME.png."""
    pdf = prepare_print(db, actor, number, layout).pdf
    (Path(home) / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", dpi, "-png", "-singlefile", str(Path(home) / f"{name}.pdf"), str(OUT / name)],
                   check=True)
