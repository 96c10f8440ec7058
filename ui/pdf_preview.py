"""The preview of a printable PDF: every page as it will come out, zoomable, printed through Qt's print
dialog (the printer last used for this kind of document preselected) or saved as a PDF file."""

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPixmap
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGraphicsDropShadowEffect,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.printing import (
    PaperSize,
    PrintError,
    page_count,
    print_pdf,
    printer_name_for,
    remember_printer,
    render_pages,
    set_paper,
)

SCREEN_DPI = 96.0  # 100 % shows the page at its real size on a common monitor
ZOOM_STEPS = (25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400)
PAGE_GAP = 16
PAGE_MARGIN = 24


class SaveError(Exception):
    """The PDF could not be written; the message is for the clerk."""


class PdfPreviewDialog(QDialog):
    delivered = Signal()  # the document was printed or saved

    def __init__(self, pdf: bytes, title: str, doc_type: str, paper: PaperSize, parent: QWidget | None = None,
                 suggested_name: str = "document.pdf"):
        super().__init__(parent)
        self.pdf = pdf
        self.doc_type = doc_type
        self.paper = paper
        self.suggested_name = suggested_name
        self.zoom = 100
        self._fit_on_show = True
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_action = self._action(toolbar, "print", self.tr("Print..."), self.print_dialog,
                                         QKeySequence.StandardKey.Print)
        self.save_action = self._action(toolbar, "save", self.tr("Save as PDF..."), self.save_dialog,
                                        QKeySequence.StandardKey.Save)
        toolbar.addSeparator()
        self.zoom_out_action = self._action(toolbar, "zoom_out", self.tr("Zoom out"), self.zoom_out,
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action(toolbar, "zoom_in", self.tr("Zoom in"), self.zoom_in,
                                           QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.fit_action = self._action(toolbar, "fit_width", self.tr("Fit width"), self.fit_width,
                                       QKeySequence("Ctrl+0"))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.status = QLabel(objectName="previewStatus")
        self.status.setContentsMargins(8, 0, 8, 0)
        toolbar.addWidget(self.status)

        self.pages_widget = QWidget(objectName="previewPages")
        self.pages_widget.setStyleSheet("#previewPages { background: #8a8f96; }")
        pages_layout = QVBoxLayout(self.pages_widget)
        pages_layout.setSpacing(PAGE_GAP)
        pages_layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self.page_labels: list[QLabel] = []
        for _ in range(page_count(pdf)):
            label = QLabel(objectName="previewPage")
            label.setStyleSheet("background: white; border: 1px solid #50555c;")
            shadow = QGraphicsDropShadowEffect(blurRadius=12, color=QColor(0, 0, 0, 110))
            shadow.setOffset(2, 3)
            label.setGraphicsEffect(shadow)
            pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        pages_layout.addStretch()  # a short document sits at the top, not in the middle of grey
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.scroll)
        self.set_zoom(100)
        # Big enough for the pages at their real size, as far as the screen allows.
        screen = self.screen().availableGeometry()
        widest = max((label.width() for label in self.page_labels), default=600)
        width = max(toolbar.sizeHint().width(), widest + 2 * PAGE_MARGIN + 40)
        height = toolbar.sizeHint().height() + self.pages_widget.sizeHint().height() + 8
        self.resize(min(width, int(screen.width() * 0.9)), max(400, min(height, int(screen.height() * 0.9))))

    def _action(self, toolbar: QToolBar, icon_name: str, text: str, slot, shortcut) -> QAction:
        action = toolbar.addAction(icon(icon_name), text, slot)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        return action

    # --- showing the pages -------------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.page_labels)

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))
        ratio = self.devicePixelRatioF()
        for label, image in zip(self.page_labels, render_pages(self.pdf, SCREEN_DPI * self.zoom / 100 * ratio),
                                strict=True):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize() + QSize(2, 2))  # and its 1 px border
        pages = self.tr("1 page") if self.page_count() == 1 else self.tr("{count} pages").format(count=self.page_count())
        self.status.setText(self.tr("{zoom}% \u00b7 {pages}").format(zoom=self.zoom, pages=pages))
        self.zoom_in_action.setEnabled(self.zoom < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(self.zoom > ZOOM_STEPS[0])

    def zoom_in(self) -> None:
        self.set_zoom(next((step for step in ZOOM_STEPS if step > self.zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < self.zoom), ZOOM_STEPS[0]))

    def fit_width(self, most: int = ZOOM_STEPS[-1]) -> None:
        """The widest page fills the visible width (margins, shadow and a vertical scroll bar left free)."""
        if not self.page_labels:
            return
        scroll_bar = self.scroll.verticalScrollBar()
        available = self.scroll.viewport().width() - 2 * PAGE_MARGIN - 8
        if not scroll_bar.isVisible():
            available -= scroll_bar.sizeHint().width()
        widest = max(label.width() for label in self.page_labels) * 100 / self.zoom
        self.set_zoom(min(most, int(available * 100 / widest)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_on_show:  # first shown: the page at its real size, or smaller when the window is narrower
            self._fit_on_show = False
            self.fit_width(most=100)

    # --- printing and saving -----------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        """A printer set up for this paper, on the printer last used for this kind of document if it is
        still there (otherwise Qt's default)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        remembered = printer_name_for(self.doc_type)
        if remembered and remembered in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(remembered)
        try:
            set_paper(printer, self.paper)
        except PrintError:
            pass  # said again, with the printer the clerk chooses, if that one cannot take this paper either
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Prints every page on ``printer``; the number of pages printed. Raises PrintError."""
        printer.setDocName(self.windowTitle())
        printed = print_pdf(self.pdf, printer, self.paper)
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            remember_printer(self.doc_type, printer.printerName())
        self.delivered.emit()
        return printed

    def print_dialog(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.windowTitle()))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_or_warn(printer)

    def print_or_warn(self, printer: QPrinter) -> int:
        """print_to, with a failure told in a message box; the number of pages printed (0 on failure)."""
        try:
            return self.print_to(printer)
        except PrintError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return 0

    def save_to(self, path: str | os.PathLike) -> None:
        """Writes the PDF to ``path`` whole, or not at all. Raises SaveError."""
        target = Path(path)
        temporary = None
        try:
            with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".", suffix=".part", delete=False) as file:
                temporary = file.name
                file.write(self.pdf)
            os.chmod(temporary, 0o644)  # an ordinary document, not the 0600 of a temporary file
            os.replace(temporary, target)
        except OSError as error:
            if temporary:
                Path(temporary).unlink(missing_ok=True)
            message = self.tr("The PDF could not be saved as {path} ({reason}). Choose another folder or name.")
            raise SaveError(message.format(path=str(target), reason=error.strerror or error)) from error
        self.delivered.emit()

    def save_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                                    str(Path(folder) / self.suggested_name),
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_or_warn(path)

    def save_or_warn(self, path: str | os.PathLike) -> bool:
        """save_to, with a failure told in a message box; True when the file was written."""
        try:
            self.save_to(path)
        except SaveError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        return True
