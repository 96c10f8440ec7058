"""Printing PDFs through Qt: pages rasterised, printed at their true size on A4 and on 241 x 93 mm forms,
through a real CUPS queue (FrontOfficeTest, a cups-pdf printer: scripts/print_queue.sh sets it up), and
the preview dialog that prints and saves them."""

import io
import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ui.pdf_preview import PdfPreviewDialog, SaveError
from ui.printing import (
    A4,
    CARBONLESS,
    PrintError,
    print_pdf,
    printer_name_for,
    remember_printer,
    render_pages,
)

QUEUE = "FrontOfficeTest"
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
BOX = (20, 20, 40, 20)  # the black box on every test page: x, y from the bottom-left, width, height, in mm
POINTS_PER_MM = 72 / 25.4


def make_pdf(paper, pages=1) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=(paper.width_mm * mm, paper.height_mm * mm))
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica", 14)
        drawing.drawString(20 * mm, (paper.height_mm - 20) * mm, f"Test page {number} on {paper.name}")
        x, y, width, height = BOX
        drawing.rect(x * mm, y * mm, width * mm, height * mm, stroke=0, fill=1)
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def dark(image, x_mm, y_mm_from_top, dpi) -> bool:
    return image.pixelColor(int(x_mm / 25.4 * dpi), int(y_mm_from_top / 25.4 * dpi)).lightness() < 60


def assert_box_where_drawn(image, paper, dpi):
    """The black box sits exactly where the page drew it: the page was neither moved, scaled nor turned."""
    x, y, width, height = BOX
    top = paper.height_mm - y - height
    assert dark(image, x + width / 2, top + height / 2, dpi)
    assert dark(image, x + 2, top + 2, dpi) and dark(image, x + width - 2, top + height - 2, dpi)
    assert not dark(image, x - 3, top + height / 2, dpi) and not dark(image, x + width + 3, top + height / 2, dpi)
    assert not dark(image, x + width / 2, top - 3, dpi) and not dark(image, x + width / 2, top + height + 3, dpi)


def assert_page_sizes(pdf_path, paper, pages):
    reader = pypdf.PdfReader(pdf_path)
    assert len(reader.pages) == pages
    for page in reader.pages:
        assert page.get("/Rotate", 0) == 0
        assert float(page.mediabox.width) == pytest.approx(paper.width_mm * POINTS_PER_MM, abs=2)
        assert float(page.mediabox.height) == pytest.approx(paper.height_mm * POINTS_PER_MM, abs=2)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# --- rasterising ---------------------------------------------------------------------------------------

def test_every_page_becomes_an_image_of_its_size_at_the_given_resolution(app):
    images = render_pages(make_pdf(A4, pages=2), 72)
    assert len(images) == 2
    for image in images:
        assert abs(image.width() - 595.3) <= 1 and abs(image.height() - 841.9) <= 1
        assert_box_where_drawn(image, A4, 72)
    form = render_pages(make_pdf(CARBONLESS), 150)
    assert [(image.width(), image.height()) for image in form] == [(1424, 550)]  # 241 x 93 mm at 150 dpi
    assert_box_where_drawn(form[0], CARBONLESS, 150)


# --- printing into a PDF file ---------------------------------------------------------------------------

@pytest.mark.parametrize("paper, pages", [(A4, 2), (CARBONLESS, 3)])
def test_each_page_prints_at_its_true_size_on_its_paper(app, tmp_path, paper, pages):
    out = tmp_path / "printed.pdf"
    assert print_pdf(make_pdf(paper, pages), pdf_printer(out), paper) == pages
    assert_page_sizes(out, paper, pages)
    for image in render_pages(out.read_bytes(), 100):
        assert_box_where_drawn(image, paper, 100)


def test_the_carbonless_form_is_wide_not_tall(app, tmp_path):
    out = tmp_path / "form.pdf"
    print_pdf(make_pdf(CARBONLESS), pdf_printer(out), CARBONLESS)
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)


# --- the real print queue -------------------------------------------------------------------------------

@pytest.fixture
def queue():
    if not shutil.which("lpstat") or subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode:
        pytest.skip(f"the print queue {QUEUE} is not installed: run scripts/print_queue.sh")
    return QUEUE


def cups_pdf_folder() -> Path:
    """Where cups-pdf writes what it prints: its `Out` setting, with ${HOME} the home directory of the
    user who submitted the job (from the password database: /root/PDF for root), ${USER} that user."""
    folder = "/var/spool/cups-pdf/${USER}"  # cups-pdf's own default
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if re.match(r"\s*Out\s", line):
                folder = line.split(None, 1)[1].strip()
    user = pwd.getpwuid(os.getuid())
    return Path(folder.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def wait_for_printed(title: str, timeout: float = 60) -> Path:
    """The file cups-pdf made of the job named ``title``, once the queue has finished with it."""
    folder = cups_pdf_folder()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(folder.glob(f"{title}*.pdf")) if folder.is_dir() else []
        pending = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True).stdout.strip()
        if found and not pending:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"nothing printed as {title}*.pdf in {folder} within {timeout:.0f} s")


@pytest.mark.parametrize("paper, pages", [(A4, 2), (CARBONLESS, 2)])
def test_print_goes_through_the_cups_queue_on_the_right_paper(app, qtbot, queue, paper, pages):
    title = f"FrontOfficeTest{uuid.uuid4().hex[:12]}"  # cups-pdf names the file after the job's title
    dialog = PdfPreviewDialog(make_pdf(paper, pages), title, "test_queue", paper)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue)
    assert printer.printerName() == queue and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    with qtbot.waitSignal(dialog.delivered, timeout=1000):
        assert dialog.print_to(printer) == pages
    printed = wait_for_printed(title)
    try:
        assert_page_sizes(printed, paper, pages)
        for image in render_pages(printed.read_bytes(), 100):
            assert_box_where_drawn(image, paper, 100)
    finally:
        printed.unlink()
    assert printer_name_for("test_queue") == queue


def test_the_print_button_prints_on_the_printer_chosen_in_qts_dialog(app, qtbot, queue, message_boxes):
    title = f"FrontOfficeTest{uuid.uuid4().hex[:12]}"
    remember_printer("test_button", queue)
    dialog = PdfPreviewDialog(make_pdf(CARBONLESS), title, "test_button", CARBONLESS)
    qtbot.addWidget(dialog)
    chosen = []

    def accept(print_dialog):
        chosen.append(print_dialog.printer().printerName())
        print_dialog.accept()

    message_boxes.answer(QPrintDialog, accept)
    with qtbot.waitSignal(dialog.delivered, timeout=10000):
        dialog.print_action.trigger()
    assert chosen == [queue]
    printed = wait_for_printed(title)
    try:
        assert_page_sizes(printed, CARBONLESS, 1)
    finally:
        printed.unlink()


def test_a_printer_removed_since_it_was_chosen_gives_a_clear_message(app, qtbot, queue, message_boxes):
    gone = f"FrontOfficeGone{uuid.uuid4().hex[:8]}"
    added = subprocess.run(["lpadmin", "-p", gone, "-v", "cups-pdf:/", "-E", "-P", PPD], capture_output=True)
    if added.returncode:
        pytest.skip(f"cannot add a print queue here (lpadmin: {added.stderr.decode().strip()})")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(gone)
    assert printer.printerName() == gone
    subprocess.run(["lpadmin", "-x", gone], check=True)
    dialog = PdfPreviewDialog(make_pdf(A4), "Receipt", "test_gone", A4)
    qtbot.addWidget(dialog)
    expected = QCoreApplication.translate(
        "Printing", "The printer '{name}' is not available: it may have been removed or disconnected. Choose another printer.")
    with pytest.raises(PrintError) as raised:
        dialog.print_to(printer)
    assert str(raised.value) == expected.format(name=gone)
    message_boxes.close_next()
    with qtbot.assertNotEmitted(dialog.delivered):
        assert dialog.print_or_warn(printer) == 0
    assert message_boxes.texts == [expected.format(name=gone)]
    assert printer_name_for("test_gone") is None


# --- the preview ----------------------------------------------------------------------------------------

def test_the_preview_shows_every_page_and_zooms(app, qtbot):
    dialog = PdfPreviewDialog(make_pdf(A4, pages=3), "Receipt", "test_preview", A4)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 3
    assert all(not label.pixmap().isNull() for label in dialog.page_labels)
    page = dialog.page_labels[0]
    assert page.contentsRect().size() == page.pixmap().deviceIndependentSize().toSize()  # no edge cut off
    assert dialog.zoom == 100 and abs(page.contentsRect().width() - 210 / 25.4 * 96) <= 1  # real size
    assert "100%" in dialog.status.text() and "3" in dialog.status.text()
    dialog.zoom_in()
    assert dialog.zoom == 110 and abs(page.contentsRect().width() - 210 / 25.4 * 96 * 1.1) <= 1
    assert "110%" in dialog.status.text()
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.zoom == 90 and abs(page.contentsRect().width() - 210 / 25.4 * 96 * 0.9) <= 1


def test_the_preview_opens_with_the_whole_width_of_the_page_in_view(app, qtbot):
    dialog = PdfPreviewDialog(make_pdf(CARBONLESS, pages=2), "Form", "test_preview", CARBONLESS)
    qtbot.addWidget(dialog)
    dialog.resize(600, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.zoom < 100
    assert dialog.page_labels[0].width() <= dialog.scroll.viewport().width()
    assert not dialog.scroll.horizontalScrollBar().isVisible()


def test_save_writes_the_pdf_as_it_is(app, qtbot, tmp_path):
    pdf = make_pdf(A4, pages=2)
    dialog = PdfPreviewDialog(pdf, "Receipt", "test_save", A4)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.delivered, timeout=1000):
        dialog.save_to(tmp_path / "receipt.pdf")
    assert (tmp_path / "receipt.pdf").read_bytes() == pdf
    assert os.listdir(tmp_path) == ["receipt.pdf"]


def test_saving_where_nothing_can_be_written_says_so_and_writes_nothing(app, qtbot, tmp_path, message_boxes):
    (tmp_path / "a file").write_text("not a folder")
    dialog = PdfPreviewDialog(make_pdf(A4), "Receipt", "test_save", A4)
    qtbot.addWidget(dialog)
    target = tmp_path / "a file" / "receipt.pdf"
    with pytest.raises(SaveError) as raised, qtbot.assertNotEmitted(dialog.delivered):
        dialog.save_to(target)
    assert str(target) in str(raised.value)
    message_boxes.close_next()
    assert dialog.save_or_warn(target) is False
    assert message_boxes.texts == [str(raised.value)]
    assert sorted(os.listdir(tmp_path)) == ["a file"] and (tmp_path / "a file").read_text() == "not a folder"


# --- the printer each kind of document goes to ----------------------------------------------------------

def test_the_printer_is_remembered_per_kind_of_document(app):
    assert printer_name_for("test_fee") is None
    remember_printer("test_fee", "Front desk laser")
    remember_printer("test_form", "Epson LQ-630K")
    assert printer_name_for("test_fee") == "Front desk laser"
    assert printer_name_for("test_form") == "Epson LQ-630K"
    remember_printer("test_fee", "Back office")
    assert (printer_name_for("test_fee"), printer_name_for("test_form")) == ("Back office", "Epson LQ-630K")


def test_the_print_dialog_starts_on_the_remembered_printer_and_the_documents_paper(app, qtbot, queue):
    remember_printer("test_start", queue)
    dialog = PdfPreviewDialog(make_pdf(CARBONLESS), "Form", "test_start", CARBONLESS)
    qtbot.addWidget(dialog)
    printer = dialog.new_printer()
    assert printer.printerName() == queue
    assert printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter) == QRectF(0, 0, 241, 93)


def test_a_remembered_printer_that_is_gone_leaves_the_choice_to_the_print_dialog(app, qtbot):
    remember_printer("test_forgotten", "NoSuchPrinter")
    dialog = PdfPreviewDialog(make_pdf(A4), "Receipt", "test_forgotten", A4)
    qtbot.addWidget(dialog)
    printer = dialog.new_printer()  # Qt's default printer, if there is one; never a crash
    assert printer.printerName() != "NoSuchPrinter"
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4


def test_the_preview_keys(app, qtbot):
    dialog = PdfPreviewDialog(make_pdf(A4), "Receipt", "test_keys", A4)
    qtbot.addWidget(dialog)
    assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert QKeySequence(QKeySequence.StandardKey.ZoomIn) in dialog.zoom_in_action.shortcuts()
    assert dialog.zoom_out_action.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("layout, paper", [("a4-three", A4), ("carbonless-241x93", CARBONLESS)])
def test_a_receipt_prints_through_the_queue_on_its_paper(app, qtbot, queue, db, cashier, layout, paper):
    from app.receipts.issuing import issue
    from app.receipts.printing import prepare_print
    from tests.conftest import fee_draft

    receipt = issue(db, cashier, fee_draft())
    job = prepare_print(db, cashier, receipt.number, layout)
    title = f"FrontOfficeTest{uuid.uuid4().hex[:12]}"
    dialog = PdfPreviewDialog(job.pdf, title, "receipt_fee", paper)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue)
    assert dialog.print_to(printer) == 1
    printed = wait_for_printed(title)
    try:
        assert_page_sizes(printed, paper, 1)
        image = render_pages(printed.read_bytes(), 100)[0]
        ink = sum(image.pixelColor(x, y).lightness() < 128
                  for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))
        assert ink > 300, "the printed receipt is blank"
    finally:
        printed.unlink()
