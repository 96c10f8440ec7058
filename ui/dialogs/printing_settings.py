"""How this PC prints receipts: A4 with three copies, or once onto 241 x 93 mm carbonless forms, and
where the dot-matrix printer puts those forms (offsets, tried out with the calibration page)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.paper import Layout, Offsets
from ui import print_settings
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import CARBONLESS

DOCUMENT_TYPES = ("receipt_fee", "receipt_business")


class PrintingSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printing"))
        names = {"receipt_fee": self.tr("Fee receipts"), "receipt_business": self.tr("Business-centre receipts")}
        layouts = QGroupBox(self.tr("Layout on this PC"))
        form = QFormLayout(layouts)
        self.layouts: dict[str, QComboBox] = {}
        for doc_type in DOCUMENT_TYPES:
            combo = QComboBox(objectName=f"{doc_type}Layout")
            combo.addItem(self.tr("A4, three copies with cut lines"), Layout.A4_THREE.value)
            combo.addItem(self.tr("Carbonless form 241 x 93 mm (dot-matrix)"), Layout.CARBONLESS.value)
            combo.setCurrentIndex(combo.findData(print_settings.layout_for(doc_type).value))
            form.addRow(names[doc_type], combo)
            self.layouts[doc_type] = combo

        offsets = QGroupBox(self.tr("Carbonless forms: where the printer puts them"))
        form = QFormLayout(offsets)
        current = print_settings.offsets()
        self.offset_x = self._spin("offsetX", current.x_mm)
        self.offset_y = self._spin("offsetY", current.y_mm)
        form.addRow(self.tr("Move right (mm)"), self.offset_x)
        form.addRow(self.tr("Move down (mm)"), self.offset_y)
        calibrate = QPushButton(self.tr("Print the calibration page..."), objectName="calibrate")
        calibrate.clicked.connect(self.preview_calibration)
        form.addRow(QLabel(self.tr("Each cross should sit 10 mm from the form's edges.")), calibrate)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(layouts)
        layout.addWidget(offsets)
        layout.addWidget(buttons)

    def _spin(self, name: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name, decimals=1, singleStep=0.5, suffix=" mm")
        spin.setRange(-print_settings.MAX_OFFSET_MM, print_settings.MAX_OFFSET_MM)
        spin.setValue(value)
        return spin

    def chosen_offsets(self) -> Offsets:
        return Offsets(self.offset_x.value(), self.offset_y.value())

    def preview_calibration(self) -> None:
        from app.documents.layouts import calibration_page  # reportlab loads when a page is drawn

        PdfPreviewDialog(calibration_page(self.chosen_offsets()), self.tr("Calibration page"), "calibration",
                         CARBONLESS, self, suggested_name="calibration.pdf").exec()

    def accept(self) -> None:
        for doc_type, combo in self.layouts.items():
            print_settings.set_layout(doc_type, Layout(combo.currentData()))
        print_settings.set_offsets(self.chosen_offsets())
        super().accept()
