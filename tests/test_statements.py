"""Statements (对账单) and payment reminders (催缴通知单) on A4, one unit or a batch, pages flowing."""

import re
import subprocess
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.accounts.billing import run_billing
from app.accounts.payments import pay
from app.accounts.statements import reminders_pdf, statement_pdf
from app.clock import today
from app.documents.a4_flow import paginate
from app.errors import ValidationError

NOV = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def billed(db, estate):
    for month in range(2, 11):
        run_billing(db, estate, f"2026-{month:02d}", now=NOV)
    return estate


def test_a_statement_lists_every_bill_with_what_was_paid(db, billed, cashier, tmp_path):
    pay(db, cashier, "A-1201", Decimal("400.00"), "cash")
    pdf = statement_pdf(db, cashier, "A-1201", on=today())
    text = text_of(pdf, tmp_path)
    assert "对账单" in text and "A-1201" in text and "业主：张三" in text and "100.00 m²" in text
    assert "2026-02" in text and "2026-10" in text and "¥265.48" in text  # March property, rate change inside
    assert "收款合计：¥400.00" in text
    # Owed: 340.00 (Feb) + 355.48 (Mar) + 7 months x (280.00 + 60.00 + 30.00) - 400.00 = 2885.48
    assert "欠费合计：¥2,885.48" in text and "人民币贰仟捌佰捌拾伍元肆角捌分" in text
    assert re.search(r"第\s*2\s*页\s*/\s*共\s*2\s*页", text)  # 27 lines: the total goes onto a second page
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "WenQuanYiMicroHei" in fonts


def test_reminders_go_to_every_unit_in_arrears_each_on_its_own_pages(db, billed, cashier, tmp_path):
    pay(db, cashier, "B-0101", Decimal("2250.00"), "transfer")  # B-0101 owes 9 x 250.00: paid in full
    pdf, count = reminders_pdf(db, cashier, on=today())
    assert count == 2  # A-0801 and A-1201; A-1301 was never handed over
    text = text_of(pdf, tmp_path)
    assert text.count("催缴通知单") >= 2 and "尊敬的张三业主" in text and "尊敬的李四业主" in text
    due = today() + timedelta(days=15)  # a reminder gives fifteen days to pay
    assert "B-0101" not in text and f"{due.year}年{due.month:02d}月{due.day:02d}日前" in text
    pages = len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert pages == len(re.findall(r"第\s*\d+\s*页\s*/\s*共", text)) == 4  # two pages each


def test_no_reminder_for_a_unit_that_owes_nothing(db, billed, cashier):
    pay(db, cashier, "B-0101", Decimal("2250.00"), "cash")
    with pytest.raises(ValidationError, match="owes nothing"):
        reminders_pdf(db, cashier, ["B-0101"], on=today())


@pytest.mark.parametrize(("rows", "pages"), [(0, [(0, 0)]), (5, [(0, 5)]), (30, [(0, 29), (29, 30)]),
                                             (100, [(0, 30), (30, 63), (63, 96), (96, 100)])])
def test_long_tables_flow_over_pages_and_the_last_keeps_room_for_the_total(rows, pages):
    assert paginate(rows, 30, 33, 7) == pages
