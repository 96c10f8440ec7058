"""``frontoffice``: opens the database (created and migrated on first start), logs in, shows the window."""

import argparse
import gc
import os
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.config import configured_db, default_db_path
from app.connection import overridden
from app.database import Database, open_database
from app.errors import FrontOfficeError
from app.log_file import log_path, logger, start_logging
from app.permissions import Actor
from app.users import has_users
from app.watchdog import Watchdog
from ui import settings
from ui.dialogs.login import LoginDialog
from ui.i18n import error_text, install_translator
from ui.icons import icon
from ui.main_window import MainWindow
from ui.theme import apply_theme


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="frontoffice", description="FrontOffice (物业前台)")
    parser.add_argument("--db", metavar="URL_OR_PATH", help="database URL or SQLite file")
    parser.add_argument("--debug", action="store_true", default=os.environ.get("FRONTOFFICE_DEBUG") == "1",
                        help="log what makes the window wait (a database call over 200 ms) to stderr and the log file")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary database (migrations, a receipt drawn and "
                             "printed to a file, the main window with every tab) and exit 0 when all of it works")
    return parser.parse_known_args(argv)[0]


def debug_mode(db: Database) -> None:
    """The watchdog: a unit of work that keeps the window waiting over 200 ms is logged with its stack."""
    db.watch(Watchdog())


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setWindowIcon(icon("app"))
    apply_theme(app)
    install_translator(app, settings.language())
    return app


def report_unexpected(kind, error, trace) -> None:
    """A fault of ours reaches the clerk as one message saying where the log is, and the full trace goes to
    the log file; the window stays open."""
    logger.error("unexpected error", exc_info=(kind, error, trace))
    if QApplication.instance() is None:
        traceback.print_exception(kind, error, trace)
        return
    where = log_path()
    QMessageBox.critical(None, QCoreApplication.translate("Main", "FrontOffice"), QCoreApplication.translate(
        "Main", "Something went wrong: {error}\nDetails are in {log}.").format(
        error=" ".join(str(error).split()) or kind.__name__, log=where))


def report_unexpected_in_thread(hook_args) -> None:
    """An error in a worker thread is logged with its trace; the window tells the clerk through the task."""
    logger.error("unexpected error in %s", getattr(hook_args.thread, "name", "a thread"),
                 exc_info=(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback))


def sign_in(db: Database) -> tuple[Database, Actor | None]:
    """The database to work on and who works: on a database without users, the first-run wizard (language, this
    PC or a server, the administrator, the site, a demo building), which may choose a server's database instead
    (``db`` is then closed); else, or when that server is set up already, the login. No one when they cancel."""
    if not has_users(db):
        from ui.dialogs.first_run import run_first_start  # once per site: not loaded on the other starts

        started = run_first_start(db)
        if started is None:
            return db, None
        if started.db is not db:
            db.close()
            db = started.db
        if started.actor is not None:
            return db, started.actor
    dialog = LoginDialog(db)
    return db, dialog.result_value if dialog.exec() else None


def open_configured(cli_value: str | None) -> Database | None:
    """The database this PC uses, opened; when it cannot be, the reason and the chance to choose another
    (a server that moved, a file on a drive that is gone). None when the clerk gives up."""
    while True:
        location = configured_db(cli_value)
        try:
            # The embedded default is made on first start; any other path must exist (a typo is not a new site).
            return open_database(location, create=location == str(default_db_path()))
        except FrontOfficeError as error:
            box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Main", "FrontOffice"),
                              error_text(error), QMessageBox.StandardButton.Close)
            change = None
            if not (cli_value or overridden()):  # else what the command line or the environment names wins
                change = box.addButton(QCoreApplication.translate("Main", "Database connection..."),
                                       QMessageBox.ButtonRole.ActionRole)
            box.setDefaultButton(QMessageBox.StandardButton.Close)
            box.exec()
            if change is None or box.clickedButton() is not change:
                return None
            from ui.dialogs.connection import ConnectionDialog  # only when the database cannot be opened

            if not ConnectionDialog().exec():
                return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    if args.self_test:
        from ui.self_test import run_self_test  # on its own temporary database and settings

        return run_self_test(argv)
    start_logging(args.debug)
    app = create_application(argv)
    sys.excepthook = report_unexpected
    threading.excepthook = report_unexpected_in_thread
    logger.info("FrontOffice %s starting", __version__)
    db = open_configured(args.db)
    if db is None:
        return 1
    logger.info("database %s, schema %s", db.display_name, db.schema_revision())
    if args.debug:
        debug_mode(db)
    try:
        db, actor = sign_in(db)
        if actor is None:
            return 0
        logger.info("%s logged in (%s)", actor.username, actor.role.value)
        window = MainWindow(db, actor)
        window.show()
        gc.freeze()  # what start-up made lives as long as the window: collections need not walk it again
        window.start_daily_backup()
        return app.exec()
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
