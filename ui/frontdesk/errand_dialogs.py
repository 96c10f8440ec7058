"""The errand forms: requested (what, for whom, when it is wanted, the fee if known), booked (what was booked and
its fee), done (the final fee, put on the unit's account when asked) and cancelled (why). They collect values;
the services in ``app.frontdesk.errands`` decide. A fee is typed as the clerk says it (``120``, ``¥1,250.5``) and
read with the house's money parser, so a fee that is not an amount is refused beside the fee field."""

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from app.clock import SITE_ZONE, format_local
from app.database import Database
from app.frontdesk.errands import ERRAND_KIND_LABELS, ErrandDraft, ErrandView, book, cancel, done, request
from app.money import format_yuan, parse_amount
from app.permissions import Actor
from ui.forms import FormDialog, choices, now_edit, site_datetime
from ui.i18n import translate_text

WANTED_AHEAD = timedelta(hours=1)  # the time first offered for an errand wanted at a set time


def fee_of(text: str) -> Decimal | None:
    """The fee typed: None when left empty; otherwise the amount, or the parser's refusal for the fee field."""
    return parse_amount(text, field="fee") if text.strip() else None


def fee_edit(fee: Decimal | None) -> QLineEdit:
    return QLineEdit(f"{fee:.2f}" if fee is not None else "", placeholderText="120.00")


def summary(errand: ErrandView) -> str:
    """The errand a step is about, in one line: what, for whom, when wanted, the fee known so far."""
    parts = [errand.number, translate_text(ERRAND_KIND_LABELS[errand.kind]),
             f"{errand.requester} {errand.unit}".strip(), errand.details, errand.booking]
    if errand.wanted_at is not None:
        parts.append(QCoreApplication.translate("Errands", "wanted {time}").format(time=format_local(errand.wanted_at)))
    if errand.fee is not None:
        parts.append(format_yuan(errand.fee))
    return " · ".join(part for part in parts if part)


class OptionalTime(QWidget):
    """A time that may be left out: the tick "at a set time" enables the date and time beside it."""

    def __init__(self, text: str, moment: datetime):
        super().__init__()
        self.tick = QCheckBox(text, objectName="timed")
        self.edit = now_edit(moment)
        self.edit.setObjectName("time")
        self.edit.setEnabled(False)
        self.tick.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tick)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.tick)

    def value(self) -> datetime | None:
        return site_datetime(self.edit) if self.tick.isChecked() else None


class ErrandDialog(FormDialog):
    """A tenant asks the desk for an errand or a booking."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("New errand or booking"), lambda v: request(db, actor, ErrandDraft(
            v["kind"], v["requester"], v["details"], v["unit"], v["contact"], v["wanted_at"], fee_of(v["fee"]))))
        self.add_field("kind", self.tr("Kind"), choices(ERRAND_KIND_LABELS), required=True)
        self.add_field("requester", self.tr("Requested by"), QLineEdit(placeholderText="张三"), required=True)
        self.add_field("unit", self.tr("Unit"), QLineEdit(placeholderText="A-1201"))
        self.add_field("contact", self.tr("Contact"), QLineEdit(placeholderText="13800000000"))
        self.add_field("details", self.tr("Details"), QLineEdit(
            maxLength=500, placeholderText="5月1日 北京—上海 经济舱 1 张"), required=True)
        self.add_field("wanted_at", self.tr("Wanted"), OptionalTime(
            self.tr("at a set time"), datetime.now(SITE_ZONE) + WANTED_AHEAD))
        self.add_field("fee", self.tr("Fee (yuan), if known"), fee_edit(None))
        self.setMinimumWidth(560)
        self.field("kind").setFocus()

    def values(self) -> dict:
        return {**super().values(), "wanted_at": self.field("wanted_at").value()}


class BookDialog(FormDialog):
    """What was booked for the errand (the flight and seat, the hotel's confirmation number...) and its fee."""

    def __init__(self, db: Database, actor: Actor, errand: ErrandView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Booked: {number}").format(number=errand.number), lambda v: book(
            db, actor, errand.number, v["booking"], fee_of(v["fee"]), v["at"]))
        self.set_intro(summary(errand))
        self.add_field("booking", self.tr("What was booked"), QLineEdit(
            maxLength=200, placeholderText="CA1501 08:00 确认号 123456"), required=True)
        self.add_field("fee", self.tr("Fee (yuan)"), fee_edit(errand.fee))
        self.add_field("at", self.tr("Booked at"), now_edit())
        self.setMinimumWidth(560)
        self.field("booking").setFocus()


class DoneDialog(FormDialog):
    """The errand is done: its final fee, and whether it goes on the unit's account (one bill line, collected like
    any fee). Without a unit the fee cannot go on an account."""

    def __init__(self, db: Database, actor: Actor, errand: ErrandView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Done: {number}").format(number=errand.number), lambda v: done(
            db, actor, errand.number, fee_of(v["fee"]), v["charge_to_account"], v["at"]))
        self.set_intro(summary(errand))
        self.add_field("fee", self.tr("Fee (yuan)"), fee_edit(errand.fee))
        if errand.unit:
            tick = QCheckBox(self.tr("Put the fee on the account of {unit}").format(unit=errand.unit))
        else:
            tick = QCheckBox(self.tr("No unit was named: the fee cannot go on an account"), enabled=False)
        self.add_field("charge_to_account", self.tr("Unit's account"), tick)
        self.add_field("at", self.tr("Done at"), now_edit())
        self.setMinimumWidth(560)
        self.field("fee").setFocus()


class CancelErrandDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, errand: ErrandView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Cancel {number}").format(number=errand.number), lambda v: cancel(
            db, actor, errand.number, v["reason"]))
        self.set_intro(summary(errand))
        self.add_field("reason", self.tr("Reason"), QLineEdit(maxLength=200, placeholderText="客户取消"),
                       required=True)
        self.setMinimumWidth(520)
        self.field("reason").setFocus()
