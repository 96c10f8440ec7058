"""Printing a PDF through Qt's print system: each page rasterised with pypdfium2 (QtPdf is not in the
wheels) and painted onto the printer's page at its true size, on A4 or on 241 x 93 mm carbonless forms.

Which printer each kind of document went to last is remembered on this PC (QSettings).
"""

from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.settings import settings

POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 300.0  # enough for text and the QR code; an A4 page at 1200 dpi would take 560 MB


@dataclass(frozen=True)
class PaperSize:
    width_mm: float
    height_mm: float
    name: str

    def page_size(self) -> QPageSize:
        if self.name == "A4":
            return QPageSize(QPageSize.PageSizeId.A4)
        # A custom size keeps its width and height as given: 241 wide, 93 high, in portrait orientation.
        return QPageSize(QSizeF(self.width_mm, self.height_mm), QPageSize.Unit.Millimeter, self.name,
                         QPageSize.SizeMatchPolicy.ExactMatch)


A4 = PaperSize(210, 297, "A4")
CARBONLESS = PaperSize(241, 93, "241x93")  # pre-printed continuous forms for dot-matrix printers


class PrintError(Exception):
    """Printing could not start; the message is for the clerk."""


def _pages(pdf: bytes, dpi: float) -> Iterator[tuple[QImage, QSizeF]]:
    """Each page as an image at ``dpi`` and its size in points, one page in memory at a time."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,
                                     force_bitmap_format=pdfium_c.FPDFBitmap_BGRx)  # bytes R G B x
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888).copy()  # copy: the buffer goes with the bitmap
                yield image, QSizeF(*page.get_size())
            finally:
                page.close()
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of the PDF as an image at ``dpi`` pixels per inch (an A4 page at 72 dpi is 595 x 842)."""
    return [image for image, _size in _pages(pdf, dpi)]


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def _gone(printer: QPrinter) -> PrintError:
    message = QCoreApplication.translate(
        "Printing", "The printer '{name}' is not available: it may have been removed or disconnected. Choose another printer.")
    return PrintError(message.format(name=printer.printerName()))


def _check_printer(printer: QPrinter) -> None:
    if not printer.isValid():
        raise _gone(printer)
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and \
            printer.printerName() not in QPrinterInfo.availablePrinterNames():
        raise _gone(printer)  # removed since the QPrinter was set up: Qt would drop the job silently


def set_paper(printer: QPrinter, paper: PaperSize) -> None:
    """The paper, portrait, edge to edge: the documents draw their own margins."""
    layout = QPageLayout(paper.page_size(), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout.Unit.Millimeter)
    printer.setFullPage(True)
    if not printer.setPageLayout(layout):
        message = QCoreApplication.translate("Printing", "The printer '{name}' cannot print on {width} x {height} mm paper.")
        raise PrintError(message.format(name=printer.printerName(), width=f"{paper.width_mm:g}",
                                        height=f"{paper.height_mm:g}"))


def print_pdf(pdf: bytes, printer: QPrinter, paper: PaperSize) -> int:
    """Prints each PDF page on one page of ``paper``; returns the number of pages printed.

    Raises PrintError, with a message for the clerk, when the printer is not there or will not start.
    """
    _check_printer(printer)
    count = page_count(pdf)  # a damaged PDF fails here, before a job is started
    if count == 0:
        return 0
    set_paper(printer, paper)
    dpi = min(float(printer.resolution()), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise _gone(printer)
    printed = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        paper_rect = printer.pageLayout().fullRectPixels(printer.resolution())
        for image, size in _pages(pdf, dpi):
            if printed and not printer.newPage():
                raise _gone(printer)
            painter.drawImage(_target(size, QSizeF(paper_rect.size()), printer.resolution()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def _target(page_points: QSizeF, paper_pixels: QSizeF, resolution: int) -> QRectF:
    """The PDF page at its true size from the paper's top-left corner, shrunk only if it does not fit."""
    width = page_points.width() / POINTS_PER_INCH * resolution
    height = page_points.height() / POINTS_PER_INCH * resolution
    shrink = min(1.0, paper_pixels.width() / width, paper_pixels.height() / height)
    return QRectF(0, 0, width * shrink, height * shrink)


def _key(doc_type: str) -> str:
    return f"printing/{doc_type}/printer"


def printer_name_for(doc_type: str) -> str | None:
    """The printer this PC last used for ``doc_type``, or None."""
    value = settings().value(_key(doc_type))
    return str(value) if value else None


def remember_printer(doc_type: str, name: str) -> None:
    settings().setValue(_key(doc_type), name)
