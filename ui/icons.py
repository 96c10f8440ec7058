"""The one registry of named icons (qtawesome); widgets ask for an icon by what it means."""

from functools import cache

import qtawesome
from PySide6.QtGui import QIcon

ICON_COLOR = "#2d5f8b"

NAMES = {
    "app": "fa5s.building",
    "backup": "fa5s.download",
    "restore": "fa5s.upload",
    "quit": "fa5s.sign-out-alt",
    "site": "fa5s.city",
    "users": "fa5s.users-cog",
    "user": "fa5s.user",
    "add": "fa5s.plus",
    "password": "fa5s.key",
    "enable": "fa5s.check-circle",
    "disable": "fa5s.ban",
    "language": "fa5s.language",
    "about": "fa5s.info-circle",
    "database": "fa5s.database",
    "pending": "fa5s.hourglass-half",
    "receipts": "fa5s.receipt",
    "printing": "fa5s.sliders-h",
    "void": "fa5s.times-circle",
    "check": "fa5s.qrcode",
    "search": "fa5s.search",
    "pay": "fa5s.yen-sign",
    "bill": "fa5s.calendar-check",
    "rates": "fa5s.tags",
    "import": "fa5s.file-import",
    "building": "fa5s.building",
    "arrears": "fa5s.exclamation-triangle",
    "statement": "fa5s.file-alt",
    "occupant": "fa5s.user-friends",
    "reminders": "fa5s.bell",
    "front_desk": "fa5s.concierge-bell",
    "business_centre": "fa5s.print",
    "repairs": "fa5s.tools",
    "fire_safety": "fa5s.fire-extinguisher",
    "owner_accounts": "fa5s.file-invoice-dollar",
    "leasing": "fa5s.file-signature",
    "dashboard": "fa5s.chart-bar",
    "print": "fa5s.print",
    "save": "fa5s.save",
    "zoom_in": "fa5s.search-plus",
    "zoom_out": "fa5s.search-minus",
    "fit_width": "fa5s.arrows-alt-h",
    "new_order": "fa5s.plus-circle",
    "deposit": "fa5s.hand-holding-usd",
    "start": "fa5s.play",
    "edit": "fa5s.edit",
    "settle": "fa5s.cash-register",
    "cancel": "fa5s.undo",
    "notice": "fa5s.file-invoice",
    "refund": "fa5s.money-bill-wave",
    "requests": "fa5s.clipboard-check",
    "rooms": "fa5s.door-open",
    "price_list": "fa5s.list-alt",
    "shift": "fa5s.calculator",
    "dispatch": "fa5s.user-cog",
    "hold": "fa5s.pause",
    "work": "fa5s.wrench",
    "finish": "fa5s.flag-checkered",
    "accept": "fa5s.signature",
    "rework": "fa5s.redo",
    "follow_up": "fa5s.phone",
    "slip": "fa5s.file-alt",
    "equipment": "fa5s.cogs",
    "maintenance": "fa5s.calendar-alt",
    "team": "fa5s.hard-hat",
    "stats": "fa5s.chart-line",
    "card": "fa5s.id-card",
    "generate": "fa5s.sync-alt",
    "done": "fa5s.check",
}


@cache
def icon(name: str, color: str = ICON_COLOR) -> QIcon:
    return qtawesome.icon(NAMES[name], color=color)
