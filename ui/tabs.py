"""The main window's tabs, in order: object name, title, icon, and the widget that fills it.

A tab is built when it is first opened, not at start: the window shows without loading (or importing) the
areas the clerk has not looked at yet. ``factory`` and ``attention`` name what builds the tab and what counts
its items needing attention ("module:name"), so that only the tab shown first is imported at start; the
other tabs' counts come from one query each.

A feature replaces its ``PendingTab`` here with the module that implements it.
"""

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.database import Database
from app.permissions import Actor, Permission

PENDING = "ui.pending_tab:PendingTab"


def _named(path: str):
    module, name = path.split(":")
    return getattr(import_module(module), name)


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    title: str  # English, translated in the "Tabs" context
    icon: str
    summary: str  # what the tab is for, translated in the "Tabs" context
    factory: str  # "module:Class" of the widget, called with (db, actor, spec)
    permission: Permission | None = None  # what a user needs to work in the tab; others see what it is for
    attention: str | None = None  # "module:function" (db, actor) -> int: what needs attention, shown on the tab

    def allowed(self, actor: Actor) -> bool:
        return self.permission is None or actor.can(self.permission)

    def build(self, db: Database, actor: Actor) -> QWidget:
        if not self.allowed(actor):
            return _named("ui.pending_tab:locked_tab")(db, actor, self)
        return _named(self.factory)(db, actor, self)

    def attention_count(self, db: Database, actor: Actor) -> int:
        """What the tab would count once built, without building it."""
        return _named(self.attention)(db, actor) if self.attention and self.allowed(actor) else 0


class TabSlot(QWidget):
    """A tab's place in the main window, filled by its widget the first time it is shown."""

    def __init__(self, spec: TabSpec, db: Database, actor: Actor):
        super().__init__(objectName=spec.object_name)
        self.spec, self.db, self.actor = spec, db, actor
        self.title = QCoreApplication.translate("Tabs", spec.title)
        self.built: QWidget | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def widget(self) -> QWidget:
        if self.built is None:
            self.built = self.spec.build(self.db, self.actor)
            self.built.setObjectName(self.spec.object_name)
            self.layout_.addWidget(self.built)
            self.built.show()  # now, not once the layout next runs
        return self.built


TABS = (
    TabSpec("frontDeskTab", QT_TRANSLATE_NOOP("Tabs", "Front desk"), "front_desk",
            QT_TRANSLATE_NOOP("Tabs", "Visitors, messages for tenants, complaints, keys, mail and parcels, "
                                      "luggage, errands and repair reports taken at the desk."),
            "ui.frontdesk.tab:FrontDeskTab", Permission.FRONT_DESK, "app.frontdesk.today:attention_count"),
    TabSpec("businessCentreTab", QT_TRANSLATE_NOOP("Tabs", "Business centre"), "business_centre",
            QT_TRANSLATE_NOOP("Tabs", "The price list, charge notices and deposits, three-part receipts, "
                                      "equipment requests and the shift-end cash report."),
            "ui.business.tab:BusinessCentreTab", Permission.SERVE_BUSINESS),
    TabSpec("repairsTab", QT_TRANSLATE_NOOP("Tabs", "Repairs"), "repairs",
            QT_TRANSLATE_NOOP("Tabs", "Repair work orders and dispatch, the equipment register and "
                                      "preventive maintenance."),
            "ui.repairs.tab:RepairsTab", Permission.REPORT_REPAIR, "app.repairs.orders:overdue_count"),
    TabSpec("fireSafetyTab", QT_TRANSLATE_NOOP("Tabs", "Fire safety"), "fire_safety",
            QT_TRANSLATE_NOOP("Tabs", "Fire-safety checklists, rectification notices, re-inspections, "
                                      "drills and responsibility per unit."),
            "ui.safety.tab:FireSafetyTab", Permission.INSPECT_SAFETY, "app.safety.notices:overdue_count"),
    TabSpec("ownerAccountsTab", QT_TRANSLATE_NOOP("Tabs", "Owner accounts"), "owner_accounts",
            QT_TRANSLATE_NOOP("Tabs", "Units and owners, fee standards, monthly billing, payments, receipts "
                                      "and arrears."),
            "ui.accounts.tab:OwnerAccountsTab", Permission.VIEW_ACCOUNTS),
    TabSpec("leasingTab", QT_TRANSLATE_NOOP("Tabs", "Leasing"), "leasing",
            QT_TRANSLATE_NOOP("Tabs", "Spaces on the market, prospective tenants, leases with rent schedules, "
                                      "occupancy; events, surveys and care visits for residents."),
            PENDING),
    TabSpec("dashboardTab", QT_TRANSLATE_NOOP("Tabs", "Dashboard"), "dashboard",
            QT_TRANSLATE_NOOP("Tabs", "Charts across the site: collection rate, arrears, repairs, fire-safety "
                                      "notices, front-desk activity and business-centre takings."),
            "ui.dashboard.tab:DashboardTab"),
)
