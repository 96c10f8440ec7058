"""The main window's tabs, in order: object name, title, icon, and the widget that fills it.

A feature replaces its ``PendingTab`` here with the module that implements it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.database import Database
from app.permissions import Actor, Permission
from ui.accounts.tab import OwnerAccountsTab
from ui.business.tab import BusinessCentreTab
from ui.frontdesk.tab import FrontDeskTab
from ui.pending_tab import PendingTab, locked_tab
from ui.repairs.tab import RepairsTab
from ui.safety.tab import FireSafetyTab


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    title: str  # English, translated in the "Tabs" context
    icon: str
    summary: str  # what the tab is for, translated in the "Tabs" context
    factory: Callable[[Database, Actor, "TabSpec"], QWidget]
    permission: Permission | None = None  # what a user needs to work in the tab; others see what it is for

    def build(self, db: Database, actor: Actor) -> QWidget:
        if self.permission is not None and not actor.can(self.permission):
            return locked_tab(db, actor, self)
        return self.factory(db, actor, self)


TABS = (
    TabSpec("frontDeskTab", QT_TRANSLATE_NOOP("Tabs", "Front desk"), "front_desk",
            QT_TRANSLATE_NOOP("Tabs", "Visitors, messages for tenants, complaints, keys, mail and parcels, "
                                      "luggage, errands and repair reports taken at the desk."),
            FrontDeskTab, Permission.FRONT_DESK),
    TabSpec("businessCentreTab", QT_TRANSLATE_NOOP("Tabs", "Business centre"), "business_centre",
            QT_TRANSLATE_NOOP("Tabs", "The price list, charge notices and deposits, three-part receipts, "
                                      "equipment requests and the shift-end cash report."),
            BusinessCentreTab, Permission.SERVE_BUSINESS),
    TabSpec("repairsTab", QT_TRANSLATE_NOOP("Tabs", "Repairs"), "repairs",
            QT_TRANSLATE_NOOP("Tabs", "Repair work orders and dispatch, the equipment register and "
                                      "preventive maintenance."),
            RepairsTab, Permission.REPORT_REPAIR),
    TabSpec("fireSafetyTab", QT_TRANSLATE_NOOP("Tabs", "Fire safety"), "fire_safety",
            QT_TRANSLATE_NOOP("Tabs", "Fire-safety checklists, rectification notices, re-inspections, "
                                      "drills and responsibility per unit."),
            FireSafetyTab, Permission.INSPECT_SAFETY),
    TabSpec("ownerAccountsTab", QT_TRANSLATE_NOOP("Tabs", "Owner accounts"), "owner_accounts",
            QT_TRANSLATE_NOOP("Tabs", "Units and owners, fee standards, monthly billing, payments, receipts "
                                      "and arrears."),
            OwnerAccountsTab, Permission.VIEW_ACCOUNTS),
    TabSpec("leasingTab", QT_TRANSLATE_NOOP("Tabs", "Leasing"), "leasing",
            QT_TRANSLATE_NOOP("Tabs", "Spaces on the market, prospective tenants, leases with rent schedules, "
                                      "occupancy; events, surveys and care visits for residents."),
            PendingTab),
    TabSpec("dashboardTab", QT_TRANSLATE_NOOP("Tabs", "Dashboard"), "dashboard",
            QT_TRANSLATE_NOOP("Tabs", "Charts and reports across the site: collection rate, arrears, repairs, "
                                      "fire-safety findings, occupancy."),
            PendingTab),
)
