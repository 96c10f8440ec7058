"""Pages: three labelled copies on A4 with cut lines, one copy on a 241 x 93 mm carbonless form, and the
calibration page for those forms. Each returns the PDF's bytes."""

import io

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.draw import draw_copy, put
from app.documents.fonts import document_font
from app.documents.model import Document
from app.documents.paper import NO_OFFSETS, Layout, Offsets

CARBONLESS_SIZE = (241 * mm, 93 * mm)
GREY = Color(0.45, 0.45, 0.45)




def _canvas(buffer: io.BytesIO, size, title: str) -> Canvas:
    font = document_font()
    c = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=font, initialFontSize=9)
    c.setTitle(title)
    c.setCreator("FrontOffice")
    return c


def three_part_a4(doc: Document, parts: tuple[str, str, str]) -> bytes:
    """Three copies on one A4 sheet, top to bottom, each labelled with its part, dashed cut lines between."""
    buffer = io.BytesIO()
    c = _canvas(buffer, A4, f"{doc.title} {doc.number}")
    width, height = A4
    third = height / 3
    for index, part in enumerate(parts):
        draw_copy(c, doc, 6 * mm, height - (index + 1) * third + 2 * mm, width - 12 * mm, third - 4 * mm, part)
    c.setStrokeColor(GREY)
    c.setFillColor(GREY)
    c.setDash(4, 3)
    c.setLineWidth(0.5)
    for index in (1, 2):
        line_y = height - index * third
        c.line(4 * mm, line_y, width - 4 * mm, line_y)
        put(c, "沿虚线剪开", width - 5 * mm, line_y + 0.8 * mm, 6, align="right")
    c.showPage()
    c.save()
    return buffer.getvalue()


def carbonless(doc: Document, offsets: Offsets = NO_OFFSETS) -> bytes:
    """One copy for a pre-printed 241 x 93 mm continuous form; the paper carries the part labels."""
    buffer = io.BytesIO()
    c = _canvas(buffer, CARBONLESS_SIZE, f"{doc.title} {doc.number}")
    width, height = CARBONLESS_SIZE
    draw_copy(c, doc, offsets.x_mm * mm, -offsets.y_mm * mm, width, height)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render(doc: Document, layout: Layout | str, parts: tuple[str, str, str], offsets: Offsets = NO_OFFSETS) -> bytes:
    layout = Layout(layout)
    return three_part_a4(doc, parts) if layout is Layout.A4_THREE else carbonless(doc, offsets)


def calibration_page(offsets: Offsets = NO_OFFSETS) -> bytes:
    """A ruler along two edges and crosshairs 10 mm in from each corner and at the centre, drawn with the
    offsets applied: on a well-set printer each cross sits 10 mm from the form's edges."""
    buffer = io.BytesIO()
    c = _canvas(buffer, CARBONLESS_SIZE, "carbonless calibration")
    width, height = CARBONLESS_SIZE
    c.translate(offsets.x_mm * mm, -offsets.y_mm * mm)
    c.setStrokeColor(black)
    c.setLineWidth(0.3)
    for step in range(0, 242):
        tick = 4 * mm if step % 10 == 0 else 2.5 * mm if step % 5 == 0 else 1.2 * mm
        c.line(step * mm, height, step * mm, height - tick)
        if step % 10 == 0 and 0 < step < 240:
            put(c, str(step), step * mm + 0.6 * mm, height - 6.5 * mm, 6)
    for step in range(0, 94):
        tick = 4 * mm if step % 10 == 0 else 2.5 * mm if step % 5 == 0 else 1.2 * mm
        c.line(0, height - step * mm, tick, height - step * mm)
        if step % 10 == 0 and 0 < step < 90:
            put(c, str(step), 5 * mm, height - step * mm - 1 * mm, 6)
    for cx, cy in ((10, 10), (231, 10), (10, 83), (231, 83), (120.5, 46.5)):
        x, y = cx * mm, height - cy * mm
        c.line(x - 5 * mm, y, x + 5 * mm, y)
        c.line(x, y - 5 * mm, x, y + 5 * mm)
        c.circle(x, y, 2 * mm)
    put(c, "连续纸校准页 241 x 93 mm", width / 2, height / 2 + 12 * mm, 12, align="centre")
    put(c, f"当前偏移：水平 {offsets.x_mm:+.1f} mm，垂直 {offsets.y_mm:+.1f} mm", width / 2, height / 2 - 14 * mm, 9,
        align="centre")
    put(c, "每个十字应距纸边 10 mm；偏右则减小水平偏移，偏下则减小垂直偏移。", width / 2, height / 2 - 20 * mm, 8,
        align="centre")
    c.showPage()
    c.save()
    return buffer.getvalue()
