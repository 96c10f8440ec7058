"""``frontoffice``: opens the database (created and migrated on first start), logs in, shows the window."""

import argparse
import gc
import logging
import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import configured_db, data_dir, default_db_path
from app.connection import overridden
from app.database import Database, open_database
from app.errors import FrontOfficeError
from app.permissions import Actor
from app.users import has_users
from app.watchdog import Watchdog
from ui import settings
from ui.dialogs.login import FirstAdminDialog, LoginDialog
from ui.i18n import error_text, install_translator
from ui.icons import icon
from ui.main_window import MainWindow
from ui.theme import apply_theme


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="frontoffice", description="FrontOffice (物业前台)")
    parser.add_argument("--db", metavar="URL_OR_PATH", help="database URL or SQLite file")
    parser.add_argument("--debug", action="store_true", default=os.environ.get("FRONTOFFICE_DEBUG") == "1",
                        help="log what makes the window wait (a database call over 200 ms) to stderr and the log file")
    return parser.parse_known_args(argv)[0]


def debug_mode(db: Database) -> None:
    """Warnings, such as the watchdog's, go to stderr and to the log file in the data folder."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        data_dir().mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(data_dir() / "frontoffice.log", encoding="utf-8"))
    except OSError:
        pass
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s",
                        handlers=handlers)
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
    """A fault of ours reaches the clerk as one message, and the full trace goes to the log file."""
    log_file = data_dir() / "frontoffice.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(kind, error, trace)))
    except OSError:
        pass
    if QApplication.instance() is not None:
        QMessageBox.critical(None, QCoreApplication.translate("Main", "FrontOffice"), QCoreApplication.translate(
            "Main", "Something went wrong: {error}\nDetails are in {log}.").format(
            error=" ".join(str(error).split()) or kind.__name__, log=log_file))


def sign_in(db: Database) -> Actor | None:
    """The administrator created on a new database, or the user who logs in; None if they cancel."""
    dialog = LoginDialog(db) if has_users(db) else FirstAdminDialog(db)
    return dialog.result_value if dialog.exec() else None


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
    app = create_application(argv)
    sys.excepthook = report_unexpected
    db = open_configured(args.db)
    if db is None:
        return 1
    if args.debug:
        debug_mode(db)
    try:
        actor = sign_in(db)
        if actor is None:
            return 0
        window = MainWindow(db, actor)
        window.show()
        gc.freeze()  # what start-up made lives as long as the window: collections need not walk it again
        window.start_daily_backup()
        return app.exec()
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
