"""Draws one copy of a document into a box of a page: the furniture every document shares."""

import re
from decimal import Decimal
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import document_font
from app.documents.model import Document, Table
from app.money import amount_in_words, format_yuan

PAD_X, PAD_TOP, PAD_BOTTOM = 6 * mm, 4 * mm, 3 * mm
QR_SIZE = 19 * mm
VOID_RED = Color(0.8, 0.1, 0.1, alpha=0.55)
MIN_FONT = 5.5


def fit(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """The text and a font size at which it fits ``width``: smaller first, then cut with an ellipsis."""
    while size > MIN_FONT and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


TOKENS = re.compile(r"[A-Za-z0-9¥.,:/\-]+|.", re.DOTALL)


def wrap(text: str, size: float, width: float) -> list[str]:
    """``text`` cut into lines that fit ``width``: between any two Chinese characters (Chinese has no
    spaces), never inside a number, an amount or a Latin word."""
    font, lines, line = document_font(), [], ""
    for token in TOKENS.findall(text):
        if stringWidth(line + token, font, size) > width and line:
            lines.append(line)
            line = ""
        line += token
    return [*lines, line] if line else lines


def put(c: Canvas, text: str, x: float, y: float, size: float, width: float | None = None,
        align: str = "left") -> None:
    font = document_font()
    if width is not None:
        text, size = fit(text, font, size, width)
    c.setFont(font, size)
    if align == "right":
        c.drawRightString(x, y, text)
    elif align == "centre":
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)


def draw_copy(c: Canvas, doc: Document, x: float, y: float, w: float, h: float, part: str | None = None) -> None:
    """One copy of ``doc`` in the box whose lower-left corner is (x, y), in points."""
    left, right, top = x + PAD_X, x + w - PAD_X, y + h - PAD_TOP
    width = right - left
    c.saveState()
    c.setFillColor(black)
    c.setStrokeColor(black)

    header = " · ".join(part for part in (doc.company_name, doc.site_name) if part)
    put(c, header, left, top - 3 * mm, 8, width * 0.62)
    if part:
        put(c, part, right, top - 3 * mm, 9, width * 0.36, "right")
    put(c, doc.title, x + w / 2, top - 10.5 * mm, 15, width * 0.5, "centre")
    if doc.marks:
        title_width = stringWidth(doc.title, document_font(), 15)
        put(c, "  ".join(doc.marks), x + w / 2 + title_width / 2 + 3 * mm, top - 10 * mm, 9, width * 0.22)
    put(c, f"日期：{doc.issued}", left, top - 16 * mm, 9, width * 0.5)
    put(c, f"No. {doc.number}", right, top - 16 * mm, 11, width * 0.45, "right")
    fields_row(c, doc.fields, left, top - 21.5 * mm, width)

    bottom_area = 24 * mm if (doc.signatures or doc.qr_payload) else 8 * mm
    table_top, table_bottom = top - 24 * mm, y + PAD_BOTTOM + bottom_area
    table = doc.table or Table(columns=(), rows=())
    draw_table(c, table, table.rows, doc.total, doc.total_label, left, table_top, width, table_top - table_bottom,
               table.min_rows)

    fields_row(c, doc.footer, left, table_bottom - 5 * mm, width - (QR_SIZE + 3 * mm if doc.qr_payload else 0))
    signatures(c, doc.signatures, left, y + PAD_BOTTOM, width - QR_SIZE - 4 * mm)
    if doc.qr_payload:
        qr(c, doc.qr_payload, right - QR_SIZE, y + PAD_BOTTOM, QR_SIZE)
    if doc.void:
        void_mark(c, x + w / 2, y + h / 2)
    c.restoreState()


def fields_row(c: Canvas, fields, left: float, baseline: float, width: float) -> None:
    if not fields:
        return
    cell = width / len(fields)
    for index, field in enumerate(fields):
        put(c, f"{field.label}：{field.value}", left + index * cell, baseline, 9, cell - 2 * mm)


def draw_table(c: Canvas, table: Table, rows, total: Decimal | None, total_label: str, left: float, top: float,
               width: float, height: float, min_rows: int = 0) -> None:
    """The table framed in the box: a header, ``rows`` spread evenly, and the total in figures and words."""
    total_height = 7 * mm if total is not None else 0
    header_height = 6 * mm if table.columns else 0
    body_height = height - total_height - header_height
    count = max(len(rows), min_rows, 1)
    row_height = body_height / count
    size = min(9.0, row_height / mm * 2.2)
    c.setLineWidth(0.6)
    c.rect(left, top - height, width, height)
    edges, position = [], left
    for column in table.columns:
        edges.append((position, position + column.width * width, column))
        position += column.width * width
    if table.columns:
        c.line(left, top - header_height, left + width, top - header_height)
        for start, end, column in edges:
            put(c, column.title, (start + end) / 2, top - header_height + 2 * mm, 9, end - start - 2 * mm, "centre")
            if start > left:
                c.line(start, top, start, top - header_height - body_height)
    c.setLineWidth(0.3)
    for index in range(count):
        row_top = top - header_height - index * row_height
        if index:
            c.line(left, row_top, left + width, row_top)
        if index >= len(rows):
            continue
        baseline = row_top - row_height / 2 - size * 0.35
        for (start, end, column), text in zip(edges, rows[index], strict=False):
            anchor = {"right": end - 1.5 * mm, "centre": (start + end) / 2}.get(column.align, start + 1.5 * mm)
            put(c, text, anchor, baseline, size, end - start - 3 * mm, column.align)
    if total is not None:
        line_y = top - height + total_height
        c.setLineWidth(0.6)
        c.line(left, line_y, left + width, line_y)
        baseline = top - height + 2.3 * mm
        put(c, f"{total_label}（大写）：人民币{amount_in_words(total)}", left + 1.5 * mm, baseline, 9.5, width * 0.66)
        put(c, f"{total_label}：{format_yuan(total)}", left + width - 1.5 * mm, baseline, 10.5, width * 0.32, "right")


def signatures(c: Canvas, labels, left: float, bottom: float, width: float) -> None:
    if not labels:
        return
    cell = width / len(labels)
    c.setLineWidth(0.4)
    for index, label in enumerate(labels):
        x = left + index * cell
        put(c, label, x, bottom + 13 * mm, 8, cell - 2 * mm)
        c.rect(x, bottom, cell - 4 * mm, 11.5 * mm)


@lru_cache(maxsize=64)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code's size in modules and its dark modules as runs (row, first column, length)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    count = code.getModuleCount()
    runs = []
    for row in range(count):
        column = 0
        while column < count:
            if code.isDark(row, column):
                start = column
                while column < count and code.isDark(row, column):
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return count, tuple(runs)


def qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code as one filled path (drawn directly: no other font or state enters the page)."""
    count, runs = qr_runs(payload)
    module = size / count
    path = c.beginPath()
    for row, start, length in runs:
        path.rect(x + start * module, y + size - (row + 1) * module, length * module, module)
    c.setFillColor(black)
    c.drawPath(path, stroke=0, fill=1)


def void_mark(c: Canvas, cx: float, cy: float) -> None:
    c.saveState()
    c.translate(cx, cy)
    c.rotate(18)
    c.setFillColor(VOID_RED)
    c.setStrokeColor(VOID_RED)
    c.setLineWidth(3)
    c.roundRect(-30 * mm, -11 * mm, 60 * mm, 22 * mm, 4 * mm)
    c.setFont(document_font(), 46)
    c.drawCentredString(0, -6 * mm, "作废")
    c.restoreState()
