"""The work done on an order, as a grid: labour (what was done, how much, at what price), materials from
the list (at the list's price) or the owner's own (free); each line charged by the site's rule unless the
dispatcher says otherwise. ``app.repairs.work.record_work`` checks and saves it."""

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from app.database import Database
from app.money import format_yuan, parse_amount
from app.permissions import Actor
from app.repairs.model import LineKind, MaterialView, WorkLineDraft, WorkLineView, WorkOrderView
from app.repairs.work import record_work
from app.text import parse_quantity
from ui.forms import FormDialog
from ui.line_grid import LineGrid

KIND, WHAT, QUANTITY, UNIT, PRICE, CHARGE = range(6)
LABOUR, LISTED, OWNERS = "labour", "listed", "owners"
RULE, CHARGED, FREE = "rule", "charged", "free"
COLUMN_WIDTHS = {KIND: 110, WHAT: 300, QUANTITY: 70, UNIT: 60, PRICE: 90}


class WorkEditor(LineGrid):
    def __init__(self, materials: list[MaterialView], parent: QWidget | None = None):
        super().__init__([self.tr("Kind"), self.tr("Work or material"), self.tr("Quantity"), self.tr("Unit"),
                          self.tr("Price (¥)"), self.tr("Charge")], "workTable", 820, parent=parent)
        self.materials = {material.code: material for material in materials}

    def add_line(self, kind: str = LABOUR, what: str = "", quantity: str = "1", unit: str = "",
                 price: str = "", charge: str = RULE) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kinds = QComboBox(objectName=f"kind{row}")
        for value, label in ((LABOUR, self.tr("Labour")), (LISTED, self.tr("Material")),
                             (OWNERS, self.tr("Owner's material"))):
            kinds.addItem(label, value)
        self.table.setCellWidget(row, KIND, kinds)
        self.table.setCellWidget(row, WHAT, QComboBox(editable=True, objectName=f"what{row}"))
        self.table.setCellWidget(row, QUANTITY, QLineEdit(quantity, objectName=f"quantity{row}"))
        self.table.setCellWidget(row, UNIT, QLineEdit(unit, objectName=f"unit{row}"))
        self.table.setCellWidget(row, PRICE, QLineEdit(price, objectName=f"price{row}"))
        charges = QComboBox(objectName=f"charge{row}")
        for value, label in ((RULE, self.tr("Site rule")), (CHARGED, self.tr("Charged")), (FREE, self.tr("Free"))):
            charges.addItem(label, value)
        charges.setCurrentIndex(charges.findData(charge))
        self.table.setCellWidget(row, CHARGE, charges)
        kinds.currentIndexChanged.connect(lambda _index, r=row: self._kind_chosen(r))
        kinds.setCurrentIndex(kinds.findData(kind))
        self._kind_chosen(row, what)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        return row

    def add_recorded(self, line: WorkLineView) -> None:
        kind = LABOUR if line.kind is LineKind.LABOUR else OWNERS if line.owner_supplied else LISTED
        self.add_line(kind, line.material or line.description, f"{line.quantity.normalize():f}", line.unit,
                      f"{line.price}" if kind == LABOUR else "", CHARGED if line.charged else FREE)

    def new_line(self) -> None:
        self.add_line(LISTED)  # labour is usually the first line, materials the ones added

    def _kind_chosen(self, row: int, what: str = "") -> None:
        kind = self.table.cellWidget(row, KIND).currentData()
        combo: QComboBox = self.table.cellWidget(row, WHAT)
        combo.clear()
        if kind == LISTED:
            for material in self.materials.values():
                combo.addItem(f"{material.code} {material.name} {format_yuan(material.price)}/{material.unit}",
                              material.code)
            combo.setCurrentIndex(max(combo.findData(what), 0) if what else -1)
        else:
            combo.setEditText(what)
        listed = kind == LISTED
        self.table.cellWidget(row, UNIT).setEnabled(not listed)
        self.table.cellWidget(row, PRICE).setEnabled(kind == LABOUR)
        if kind == OWNERS:
            self.table.cellWidget(row, CHARGE).setCurrentIndex(self.table.cellWidget(row, CHARGE).findData(FREE))

    def drafts(self) -> tuple[WorkLineDraft, ...]:
        lines = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, KIND).currentData()
            combo: QComboBox = self.table.cellWidget(row, WHAT)
            text = combo.currentText().strip()
            quantity = parse_quantity(self.table.cellWidget(row, QUANTITY).text(), row + 1)
            unit = self.table.cellWidget(row, UNIT).text()
            charge = {RULE: None, CHARGED: True, FREE: False}[self.table.cellWidget(row, CHARGE).currentData()]
            if kind == LISTED:
                chosen = combo.currentData() if text == combo.itemText(combo.currentIndex()) else text.split(" ")[0]
                lines.append(WorkLineDraft(LineKind.MATERIAL, quantity, material=chosen or "", charged=charge))
            elif kind == OWNERS:
                lines.append(WorkLineDraft(LineKind.MATERIAL, quantity, text, unit=unit, owner_supplied=True,
                                           charged=charge if charge else None))
            else:
                price_text = self.table.cellWidget(row, PRICE).text().strip()
                price = parse_amount(price_text, "lines") if price_text else Decimal("0.00")
                lines.append(WorkLineDraft(LineKind.LABOUR, quantity, text, price=price, unit=unit, charged=charge))
        return tuple(lines)


class WorkDialog(FormDialog):
    """The work done on ``order``, as recorded so far, to correct or complete."""

    def __init__(self, db: Database, actor: Actor, order: WorkOrderView, materials: list[MaterialView],
                 parent: QWidget | None = None):
        super().__init__(parent, self.tr("Work done on {number}").format(number=order.number),
                         lambda _values: record_work(db, actor, order.number, self.editor.drafts()))
        if order.unit_residential:
            rule = self.tr("A resident's in-home repair: labour is free unless the site charges it; materials "
                           "from the list are charged, the owner's own are not.")
        elif order.unit:
            rule = self.tr("Work in {unit} is charged to its account once the customer accepts it.").format(
                unit=order.unit)
        else:
            rule = self.tr("A common area: nothing is charged.")
        self.set_intro(f"{order.place} · {order.description}\n{rule}")
        self.editor = self.add_field("lines", self.tr("Work"), WorkEditor(materials), required=True)
        for line in order.lines:
            self.editor.add_recorded(line)
        if not order.lines:
            self.editor.add_line(LABOUR, unit="次")
        self.setMinimumWidth(980)
