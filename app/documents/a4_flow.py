"""Documents on A4 pages that flow: letters and statements whose tables run over as many pages as they
need, the table's header on each page, the total, footer and signatures on the last, 第 n 页 / 共 N 页.
Several documents (a batch of reminders) go into one PDF, each starting on a new page. Reached through
``app.documents.pages``, which loads it (and reportlab) when the first page is drawn."""

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.draw import draw_table, fields_row, put, signatures, wrap
from app.documents.fonts import document_font
from app.documents.model import Document, Table

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 15 * mm, 15 * mm
ROW = 7 * mm
HEADER_ROW = 6 * mm
FIRST_HEAD = 38 * mm  # company, title, number and date, fields
NEXT_HEAD = 20 * mm  # company, title (续)
NOTE_LINE = 6 * mm
FOOT = 42 * mm  # total, footer fields, signature boxes


def draw_documents(documents: Sequence[Document]) -> bytes:
    buffer = io.BytesIO()
    font = document_font()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=font, initialFontSize=9)
    c.setTitle(documents[0].title if documents else "")
    c.setCreator("FrontOffice")
    for document in documents:
        _draw(c, document)
    c.save()
    return buffer.getvalue()


def paginate(rows: int, first_capacity: int, next_capacity: int, foot_rows: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the rows on each page; the last page keeps ``foot_rows`` rows' room for the foot."""
    pages, start, capacity = [], 0, first_capacity
    while True:
        if rows - start <= capacity - foot_rows:
            pages.append((start, rows))
            return pages
        take = max(capacity if rows - start > capacity else rows - start - 1, 1)
        pages.append((start, start + take))
        start, capacity = start + take, next_capacity


def _draw(c: Canvas, doc: Document) -> None:
    width, height = A4
    left, inner = MARGIN_X, width - 2 * MARGIN_X
    notes = [line for paragraph in doc.notes for line in wrap(paragraph, 10.5, inner) or [""]]
    usable = height - MARGIN_TOP - MARGIN_BOTTOM
    table = doc.table or Table(columns=(), rows=())
    first = int((usable - FIRST_HEAD - len(notes) * NOTE_LINE - HEADER_ROW) // ROW)
    following = int((usable - NEXT_HEAD - HEADER_ROW) // ROW)
    lines = max(len(table.rows), table.min_rows) if table.columns else 0  # ruled blank lines count as lines
    pages = paginate(lines, first, following, int(FOOT // ROW) + 1)
    for number, (start, end) in enumerate(pages, start=1):
        top = height - MARGIN_TOP
        put(c, " · ".join(p for p in (doc.company_name, doc.site_name) if p), left, top - 3 * mm, 8, inner * 0.7)
        put(c, f"第 {number} 页 / 共 {len(pages)} 页", left + inner, top - 3 * mm, 8, inner * 0.28, "right")
        title = doc.title if number == 1 else f"{doc.title}（续）"
        put(c, title, width / 2, top - 12 * mm, 16, inner * 0.6, "centre")
        if number == 1:
            put(c, f"日期：{doc.issued}", left, top - 20 * mm, 9.5, inner * 0.5)
            put(c, f"No. {doc.number}", left + inner, top - 20 * mm, 11, inner * 0.45, "right")
            fields_row(c, doc.fields, left, top - 27 * mm, inner)
            y = top - FIRST_HEAD + 4 * mm
            for line in notes:
                put(c, line, left, y - 4 * mm, 10.5)
                y -= NOTE_LINE
            table_top = y - 2 * mm
        else:
            table_top = top - NEXT_HEAD
        last = number == len(pages)
        rows = table.rows[start:end]
        table_height = HEADER_ROW + (end - start) * ROW + (7 * mm if last and doc.total is not None else 0)
        draw_table(c, table, rows, doc.total if last else None, doc.total_label, left, table_top, inner,
                   table_height, end - start)
        if last:
            bottom = table_top - table_height
            fields_row(c, doc.footer, left, bottom - 6 * mm, inner)
            signatures(c, doc.signatures, left, bottom - 28 * mm, inner)
        c.showPage()
