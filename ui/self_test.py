"""``frontoffice --self-test``: proves that this build works on this PC, without touching its data.

On a new database in a temporary folder (its settings there too) it runs every migration, makes an
administrator, issues a receipt and draws it in both layouts, reads the receipt's text back out of the PDF,
rasterises it as the preview does, prints it through Qt's print system to a PDF file, and opens the main
window with every tab. It prints one line per step and exits 0 only when every step worked; otherwise 1,
with the step that failed and why. A frozen build is checked this way after it is built.
"""

import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from app.config import ENV_CONFIG_DIR, ENV_DATA_DIR, ENV_DB_URL


class SelfTestFailed(Exception):
    pass


def check(condition: bool, problem: str) -> None:
    if not condition:
        raise SelfTestFailed(problem)


def run_self_test(argv: list[str], out=sys.stdout) -> int:
    saved = {name: os.environ.get(name) for name in (ENV_DATA_DIR, ENV_CONFIG_DIR, ENV_DB_URL)}
    with tempfile.TemporaryDirectory(prefix="frontoffice-self-test-") as home:
        os.environ[ENV_DATA_DIR] = str(Path(home) / "data")
        os.environ[ENV_CONFIG_DIR] = str(Path(home) / "config")
        os.environ.pop(ENV_DB_URL, None)  # always the temporary file, whatever this PC uses
        try:
            return _steps(argv, Path(home), out)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _steps(argv: list[str], home: Path, out) -> int:
    state: dict = {}
    steps: list[tuple[str, Callable[[dict], str]]] = [
        ("Qt", lambda s: _qt(s, argv)),
        ("database", lambda s: _database(s, home)),
        ("receipt", _receipt),
        ("receipt PDF", _receipt_pdf),
        ("preview", _preview),
        ("print", lambda s: _print(s, home)),
        ("main window", _main_window),
    ]
    started = time.monotonic()
    try:
        for name, step in steps:
            began = time.monotonic()
            try:
                said = step(state)
            except Exception as error:  # noqa: BLE001 -- the self-test reports whatever went wrong, and fails
                detail = str(error) if isinstance(error, SelfTestFailed) else "".join(
                    traceback.format_exception(type(error), error, error.__traceback__)).rstrip()
                print(f"FAIL {name}: {detail}", file=out, flush=True)
                return 1
            print(f"ok   {name}: {said} ({time.monotonic() - began:.2f} s)", file=out, flush=True)
        print(f"self-test passed in {time.monotonic() - started:.1f} s", file=out, flush=True)
        return 0
    finally:
        if state.get("window") is not None:
            state["window"].deleteLater()
        if state.get("db") is not None:
            state["db"].close()


def _qt(state: dict, argv: list[str]) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    from ui.main import create_application

    state["app"] = create_application(argv[:1])
    return f"PySide6 {pyside_version} on the {QGuiApplication.platformName()} platform"


def _database(state: dict, home: Path) -> str:
    from app.database import open_database
    from app.users import create_first_admin
    from db.migrate import head_revision

    db = state["db"] = open_database(home / "data" / "frontoffice.sqlite3", create=True)
    state["admin"] = create_first_admin(db, "selftest", secrets.token_urlsafe(12), "自检")
    return f"a new SQLite database migrated to schema {head_revision()}, an administrator made"


def _receipt(state: dict) -> str:
    from app.receipts.issuing import issue
    from app.receipts.model import LineDraft, PaymentMethod, ReceiptDraft, ReceiptKind

    receipt = state["receipt"] = issue(state["db"], state["admin"], ReceiptDraft(
        ReceiptKind.BUSINESS, "自检客户", (LineDraft("黑白复印 A4", Decimal("6.00"), "12 页", Decimal("0.50")),),
        PaymentMethod.CASH))
    check(receipt.total == Decimal("6.00"), f"the receipt's total is {receipt.total}, not 6.00")
    return f"{receipt.number} issued, ¥{receipt.total}"


def _receipt_pdf(state: dict) -> str:
    import pypdfium2

    from app.documents.paper import Layout
    from app.receipts.printing import prepare_print

    number = state["receipt"].number
    sizes = []
    for layout in (Layout.A4_THREE, Layout.CARBONLESS):
        job = prepare_print(state["db"], state["admin"], number, layout)
        document = pypdfium2.PdfDocument(job.pdf)
        try:
            page = document[0]
            text = page.get_textpage().get_text_range()
        finally:
            document.close()
        for expected in (number, "自检客户", "6.00"):
            check(expected in text, f"the {layout.value} receipt does not say {expected!r}; its text: {text[:200]!r}")
        sizes.append(f"{layout.value} {len(job.pdf) // 1024} KiB")
        state.setdefault("pdf", job.pdf)
    return "drawn with its Chinese text, number and total readable: " + ", ".join(sizes)


def _preview(state: dict) -> str:
    from ui.printing import render_pages

    image = render_pages(state["pdf"], 72)[0]
    check(not image.isNull() and 590 <= image.width() <= 600, f"the page rasterised to {image.width()} x {image.height()}")
    inked = sum(1 for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
                if image.pixelColor(x, y).lightness() < 128)
    check(inked > 100, "the rasterised page is blank")
    return f"page 1 rasterised at 72 dpi ({image.width()} x {image.height()}, {inked} inked samples)"


def _print(state: dict, home: Path) -> str:
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import A4, print_pdf

    target = home / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    pages = print_pdf(state["pdf"], printer, A4)
    check(target.exists() and target.stat().st_size > 1000, "Qt's print system wrote no file")
    return f"{pages} page through Qt's print system to a PDF file ({target.stat().st_size // 1024} KiB)"


def _main_window(state: dict) -> str:
    from ui.main_window import MainWindow
    from ui.tabs import TABS

    app = state["app"]
    window = state["window"] = MainWindow(state["db"], state["admin"])
    window.show()
    app.processEvents()
    opened = []
    for spec in TABS:
        tab = window.open_tab(spec.object_name)
        app.processEvents()
        check(tab.isVisible(), f"the tab {spec.object_name} did not show")
        opened.append(window.tabs.tabText(window.tabs.currentIndex()))
    picture = window.grab()
    check(not picture.isNull() and picture.width() > 0, "the window could not be drawn")
    return f"shown with its {len(opened)} tabs: " + "、".join(opened)
