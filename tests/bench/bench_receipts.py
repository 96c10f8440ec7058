"""Receipts per second: the engine drawing 500 three-part receipts, beside bare reportlab drawing the same
text, rules and QR codes with the same font in the same run. The engine must keep at least two thirds of bare
reportlab's rate (goal: at most 1.5x its time) and the font is parsed once.

    .venv/bin/python -m pytest tests/bench/bench_receipts.py -s
"""

import io
import time
from decimal import Decimal

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.documents import fonts
from app.documents.layouts import render
from app.documents.model import Document
from app.documents.paper import Layout
from app.receipts.document import receipt_document
from app.receipts.model import PARTS, LineView, PaymentMethod, ReceiptKind, ReceiptStatus, ReceiptView
from app.site import SiteDetails
from db.types import utcnow

COUNT = 500
MIN_SHARE_OF_BARE = 1 / 1.5


def sample(index: int) -> Document:
    receipt = ReceiptView(
        number=f"SK2026{index:06d}", kind=ReceiptKind.FEE, business_date=utcnow().date(), issued_at=utcnow(),
        payer=f"业主{index}", unit=f"A座-{index % 30 + 1:02d}01", payment_method=PaymentMethod.WECHAT,
        total=Decimal("528.34"), deposit=None, balance=None, note="", operator_name="张丽", check_code="0123456789",
        status=ReceiptStatus.ISSUED, void_reason=None, voided_at=None, voided_by=None, print_count=0,
        lines=(LineView("物业服务费", "2026-10", Decimal("3.50"), Decimal("420.00")),
               LineView("电梯费", "2026-10", Decimal("0.80"), Decimal("96.00")),
               LineView("二次供水费", "2026-10", None, Decimal("12.34"))))
    return receipt_document(receipt, SiteDetails(company_name="示例物业管理有限公司", site_name="国贸大厦"))


def texts_of(doc: Document, part: str) -> list[str]:
    texts = [doc.company_name + " · " + doc.site_name, part, doc.title, "日期：" + doc.issued, "No. " + doc.number]
    texts += [f"{f.label}：{f.value}" for f in (*doc.fields, *doc.footer)]
    texts += [column.title for column in doc.table.columns] + [cell for row in doc.table.rows for cell in row]
    texts += ["合计（大写）：人民币伍佰贰拾捌元叁角肆分", "合计：¥528.34", *doc.signatures]
    return texts


def bare(doc: Document, parts) -> bytes:
    """The same page drawn with reportlab's own calls and no layout of ours: each copy's text, its table's
    rules and its QR code (encoded by reportlab's qrencoder, its dark modules filled as one path: the cheapest
    way reportlab draws one; its QrCodeWidget is several times slower)."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.document_font())
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # one code, drawn on each copy
    code.addData(doc.qr_payload)
    code.make()
    count = code.getModuleCount()
    dark = [(row, column) for row in range(count) for column in range(count) if code.isDark(row, column)]
    for copy, part in enumerate(parts):
        top = 800 - copy * 280
        c.setFont(fonts.document_font(), 9)
        for line, text in enumerate(texts_of(doc, part)):
            c.drawString(40 + (line % 3) * 170, top - (line // 3) * 12, text)
        for rule in range(len(doc.table.rows) + 2):
            c.line(40, top - 120 - rule * 14, 555, top - 120 - rule * 14)
        path = c.beginPath()
        for row, column in dark:
            path.rect(500 + column * 2, top - 200 - row * 2, 2, 2)
        c.drawPath(path, stroke=0, fill=1)
    c.showPage()
    c.save()
    return buffer.getvalue()


def rate(draw, docs) -> float:
    start = time.perf_counter()
    for doc in docs:
        assert draw(doc)
    return len(docs) / (time.perf_counter() - start)


def test_receipts_per_second_beside_bare_reportlab():
    parts = PARTS[ReceiptKind.FEE]
    docs = [sample(i) for i in range(1, COUNT + 1)]
    fonts.document_font()
    engine = rate(lambda doc: render(doc, Layout.A4_THREE, parts), docs)
    plain = rate(lambda doc: bare(doc, parts), docs)
    carbonless = rate(lambda doc: render(doc, Layout.CARBONLESS, parts), docs)
    print(f"\n{COUNT} receipts: engine a4-three {engine:.1f}/s, engine carbonless {carbonless:.1f}/s, "
          f"bare reportlab (same text, same font) {plain:.1f}/s; engine/bare = {engine / plain:.2f} "
          f"(limit {MIN_SHARE_OF_BARE:.2f})")
    assert engine >= plain * MIN_SHARE_OF_BARE


def test_the_font_is_parsed_once_per_process(monkeypatch):
    fonts.document_font()
    calls = []
    monkeypatch.setattr(fonts, "load_font", lambda *a, **k: calls.append(a))
    for _ in range(10):
        fonts.document_font()
        render(sample(1), Layout.A4_THREE, PARTS[ReceiptKind.FEE])
    assert calls == []
