"""The main window: one tab per area, the menus, and a status bar with user, database and last backup."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app import __version__, backup
from app.clock import format_local
from app.config import data_dir
from app.database import Database
from app.errors import FrontOfficeError
from app.log_file import log_path
from app.permissions import ROLE_LABELS, Actor, Permission, require
from ui import settings
from ui.i18n import LANGUAGES, error_text, translate_text
from ui.icons import icon
from ui.runner import run_in_background
from ui.tabs import TABS, TabSlot

BACKUP_CHECK_MS = 60 * 60 * 1000  # a desk left running for days still backs up once a day


# The dialogs behind the menus are imported when first opened: the window shows without them (the printing
# settings alone bring in Qt's print support).


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db, self.actor = db, actor
        self.tasks = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("FrontOffice"))
        self.setWindowIcon(icon("app"))
        self.tabs = QTabWidget(objectName="mainTabs", documentMode=True)
        for spec in TABS:
            self.tabs.addTab(TabSlot(spec, db, actor), icon(spec.icon), QCoreApplication.translate("Tabs", spec.title))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        self.tabs.currentChanged.connect(self._opened)
        self._opened(self.tabs.currentIndex())
        for index in range(self.tabs.count()):  # the tabs not built yet count with one query each
            slot = self.tabs.widget(index)
            if slot.built is None:
                self._show_attention(slot, self._count(slot))
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.start_daily_backup)

    def open_tab(self, object_name: str) -> QWidget:
        """Shows the tab named ``object_name`` and gives its widget, built if it was not yet."""
        slot = next(self.tabs.widget(i) for i in range(self.tabs.count())
                    if self.tabs.widget(i).objectName() == object_name)
        self.tabs.setCurrentWidget(slot)
        return slot.widget()

    def _opened(self, index: int) -> None:
        slot = self.tabs.widget(index)
        if slot is None or slot.built is not None:
            return
        widget = slot.widget()
        if hasattr(widget, "attention"):  # a count of what needs attention, shown on the tab
            widget.attention.connect(lambda count, s=slot: self._show_attention(s, count))
            self._show_attention(slot, widget.attention_count)

    def _count(self, slot: TabSlot) -> int:
        try:
            return slot.spec.attention_count(self.db, self.actor)
        except FrontOfficeError:
            return 0  # the tab says what is wrong when it is opened

    def _show_attention(self, slot: TabSlot, count: int) -> None:
        self.tabs.setTabText(self.tabs.indexOf(slot), f"{slot.title} ({count})" if count else slot.title)

    # --- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = file_menu.addAction(icon("backup"), self.tr("&Back up..."), self.backup_now)
        self.restore_action = file_menu.addAction(icon("restore"), self.tr("&Restore..."), self.restore)
        file_menu.addSeparator()
        receipts = file_menu.addAction(icon("receipts"), self.tr("Re&ceipts..."), self.open_receipts)
        receipts.setShortcut("Ctrl+Shift+R")
        file_menu.addSeparator()
        quit_action = file_menu.addAction(icon("quit"), self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(icon("site"), self.tr("&Site details..."), self.edit_site_details)
        settings_menu.addAction(icon("users"), self.tr("&Users..."), self.manage_users)
        settings_menu.addAction(icon("printing"), self.tr("&Printing..."), self.printing_settings)
        settings_menu.addAction(icon("database"), self.tr("&Database connection..."), self.connection_settings)
        language_menu = settings_menu.addMenu(icon("language"), self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == settings.language())
            action.triggered.connect(lambda _checked, code=code: self.set_language(code))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        manual = help_menu.addAction(icon("manual"), self.tr("&Manual"), self.open_manual)
        manual.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(icon("about"), self.tr("&About FrontOffice"), self.about)

    def _build_status_bar(self) -> None:
        role = translate_text(ROLE_LABELS[self.actor.role])
        name = self.actor.full_name or self.actor.username
        self.user_label = QLabel(self.tr("User: {name} ({role})").format(name=name, role=role), objectName="userLabel")
        self.db_label = QLabel(self.tr("Database: {name}").format(name=self.db.display_name), objectName="dbLabel")
        self.backup_label = QLabel(objectName="backupLabel")
        for label in (self.user_label, self.db_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.refresh_backup_label()

    def refresh_backup_label(self) -> None:
        last = backup.last_backup(self.db)
        when = format_local(last.at) if last else self.tr("never")
        self.backup_label.setText(self.tr("Last backup: {when}").format(when=when))

    # --- window layout -----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        store = settings.settings()
        geometry = store.value(settings.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = store.value(settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        self.tabs.setCurrentIndex(int(store.value(settings.CURRENT_TAB, 0)))

    def closeEvent(self, event) -> None:
        store = settings.settings()
        store.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        store.setValue(settings.WINDOW_STATE, self.saveState())
        store.setValue(settings.CURRENT_TAB, self.tabs.currentIndex())
        super().closeEvent(event)

    # --- actions -----------------------------------------------------------------------------------
    def show_error(self, error: Exception) -> None:
        text = error_text(error) if isinstance(error, FrontOfficeError) else str(error)
        QMessageBox.warning(self, self.tr("FrontOffice"), text)

    def run(self, title: str, work, on_done=None) -> None:
        task = run_in_background(self, title, work, on_done, self.show_error)
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task))

    def start_daily_backup(self) -> None:
        """Now, and every hour after: a backup if none was made today (the service decides)."""
        self.backup_timer.start()
        self.run(self.tr("Daily backup"), lambda _progress: backup.auto_backup_if_due(self.db),
                 lambda _path: self.refresh_backup_label())

    def backup_now(self) -> None:
        if not self._allowed(Permission.BACKUP):
            return
        suggested = str(Path.home() / f"frontoffice-backup{backup.suffix_of(self.db)}")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Back up the database"), suggested,
                                                    self._backup_files())
        if path:
            self.run(self.tr("Backing up..."), lambda progress: backup.backup(self.db, self.actor, Path(path), progress),
                     self._backed_up)

    def _backup_files(self) -> str:
        """The file dialogs' filter: SQLite copies for a file on this PC, pg_dump archives for a server's."""
        if self.db.path is not None:
            return self.tr("SQLite database (*.sqlite3 *.db)")
        return self.tr("Server database archive (*{suffix})").format(suffix=backup.suffix_of(self.db))

    def _backed_up(self, path: Path) -> None:
        self.refresh_backup_label()
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 8000)

    def restore(self) -> None:
        if not self._allowed(Permission.RESTORE):
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(Path.home()),
                                                    self._backup_files())
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Replace the whole database with the backup {path}? Everything entered since that backup "
                    "is set aside in a safety copy.").format(path=path))
        if answer == QMessageBox.StandardButton.Yes:
            self.run(self.tr("Restoring..."), lambda progress: backup.restore(self.db, self.actor, Path(path), progress),
                     self._restored)

    def _restored(self, safety: Path) -> None:
        QMessageBox.information(
            self, self.tr("Restore"),
            self.tr("The database was restored. The database as it was is kept in {path}. "
                    "FrontOffice closes now; start it again and log in.").format(path=safety))
        self.close()

    def edit_site_details(self) -> None:
        if self._allowed(Permission.EDIT_SITE):
            from ui.dialogs.site_details import SiteDetailsDialog

            SiteDetailsDialog(self.db, self.actor, self).exec()

    def manage_users(self) -> None:
        if self._allowed(Permission.MANAGE_USERS):
            from ui.dialogs.users import UsersDialog

            UsersDialog(self.db, self.actor, self).exec()

    def open_receipts(self) -> None:
        if self._allowed(Permission.VIEW_RECEIPTS):
            from ui.receipts_window import ReceiptsWindow

            ReceiptsWindow(self.db, self.actor, self).exec()

    def printing_settings(self) -> None:
        from ui.dialogs.printing_settings import PrintingSettingsDialog

        PrintingSettingsDialog(self).exec()

    def connection_settings(self) -> None:
        from ui.dialogs.connection import ConnectionDialog

        dialog = ConnectionDialog(self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Saved: FrontOffice uses {name} from its next start").format(
                name=dialog.result_value if "://" not in dialog.result_value else self.tr("the database server")),
                15000)

    def _allowed(self, permission: Permission) -> bool:
        """Menus stay visible to everyone; the service's rule says no, and this says it before any dialog."""
        try:
            require(self.actor, permission)
        except FrontOfficeError as error:
            self.show_error(error)
            return False
        return True

    def set_language(self, code: str) -> None:
        settings.set_language(code)
        QMessageBox.information(self, self.tr("Language"), self.tr("The language changes when FrontOffice starts again."))

    def open_manual(self) -> None:
        from ui.manual_window import ManualWindow

        self.manual = ManualWindow(self)  # kept open beside the window while the clerk works
        self.manual.show()

    def about(self) -> None:
        try:
            schema = self.db.schema_revision()
        except Exception:  # noqa: BLE001 -- the box shows what it can; a lost connection is said elsewhere
            schema = "?"
        QMessageBox.about(
            self, self.tr("About FrontOffice"),
            self.tr("FrontOffice {version}\nThe front office of a managed building: front desk, business centre, "
                    "repairs, fire safety and owner accounts.\n\nDatabase: {db}\nSchema revision: {schema}\n"
                    "Data folder: {data}\nLog file: {log}").format(
                version=__version__, db=self.db.display_name, schema=schema, data=data_dir(), log=log_path()))
