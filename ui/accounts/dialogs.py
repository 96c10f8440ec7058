"""The owner-accounts forms: a payment, a building, a rate. They collect values; services save them."""


from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from app.accounts.fees import set_rate
from app.accounts.model import FEE_ITEM_LABELS, RATED_ITEMS, UNIT_TYPE_LABELS
from app.accounts.occupants import add_occupant
from app.accounts.payments import pay
from app.accounts.register import add_building
from app.clock import today
from app.database import Database
from app.money import parse_amount
from app.permissions import Actor
from app.receipts.model import MONEY_METHODS, PAYMENT_LABELS
from ui.forms import FormDialog, choices


class PaymentDialog(FormDialog):
    """Money received for a unit: the service allocates it and issues the receipt."""

    def __init__(self, db: Database, actor: Actor, unit: str = "", owed: str = "", parent: QWidget | None = None):
        super().__init__(parent, self.tr("Take a payment"),
                         lambda v: pay(db, actor, v["unit"], parse_amount(v["amount"], "amount"), v["method"]))
        if owed:
            self.set_intro(self.tr("Unit {unit} owes {owed}. Payments go to the oldest bills first; anything "
                                   "beyond is kept as credit (预交).").format(unit=unit, owed=owed))
        self.add_field("unit", self.tr("Unit"), QLineEdit(unit, placeholderText="A-1201"), required=True)
        self.add_field("amount", self.tr("Amount (¥)"), QLineEdit(placeholderText="0.00"), required=True)
        self.add_field("method", self.tr("Payment method"), choices({m: PAYMENT_LABELS[m] for m in MONEY_METHODS}),
                       required=True)
        self.field("amount" if unit else "unit").setFocus()


class OccupantDialog(FormDialog):
    """A new owner (the previous one moves out) or a tenant moving in, and whether they pay for the unit."""

    def __init__(self, db: Database, actor: Actor, unit: str, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Owner or tenant of {unit}").format(unit=unit),
                         lambda v: add_occupant(db, actor, unit, v["name"], v["phone"], v["role"], v["move_in"],
                                                v["pays"]))
        self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        role = QComboBox()
        role.addItem(self.tr("Tenant"), "tenant")
        role.addItem(self.tr("New owner"), "owner")
        self.add_field("role", self.tr("Role"), role, required=True)
        self.add_field("move_in", self.tr("Moves in on"), QDateEdit(today(), calendarPopup=True,
                                                                     displayFormat="yyyy-MM-dd"), required=True)
        self.add_field("pays", self.tr("Pays the fees for this unit"), QCheckBox())


class BuildingDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Add a building"),
                         lambda v: add_building(db, actor, v["name"], v["floors"], v["lift"], v["water"]))
        self.add_field("name", self.tr("Building"), QLineEdit(placeholderText="A"), required=True)
        self.add_field("floors", self.tr("Floors"), QSpinBox(minimum=1, maximum=200, value=18), required=True)
        self.add_field("lift", self.tr("Has a lift (电梯费)"), QCheckBox(checked=True))
        self.add_field("water", self.tr("Secondary water supply (二次供水费)"), QCheckBox(checked=True))


class RateDialog(FormDialog):
    """A new rate from a date on (managers); the service refuses anyone else."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Set a fee standard"),
                         lambda v: set_rate(db, actor, v["item"], v["unit_type"], parse_amount(v["rate"], "rate"),
                                            v["effective_from"]))
        self.add_field("item", self.tr("Fee item"), choices({item: FEE_ITEM_LABELS[item] for item in RATED_ITEMS}),
                       required=True)
        self.add_field("unit_type", self.tr("Unit type"), choices(UNIT_TYPE_LABELS), required=True)
        self.add_field("rate", self.tr("Yuan per m² per month"), QLineEdit(placeholderText="2.50"), required=True)
        self.add_field("effective_from", self.tr("From"), QDateEdit(today(), calendarPopup=True,
                                                                    displayFormat="yyyy-MM-dd"), required=True)


