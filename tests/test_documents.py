"""The document engine and the receipt on paper: every part label, the number, the amounts in figures and
words, the payer and each line come out of the PDF as text, with the CJK font embedded."""

import subprocess
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.documents.fonts import load_font
from app.documents.layouts import calibration_page
from app.documents.paper import Layout, Offsets
from app.errors import DocumentError
from app.receipts.model import ReceiptKind
from app.receipts.printing import prepare_print, record_print
from app.receipts.records import void
from app.site import SiteDetails, update_site_details
from tests.conftest import fee_draft

MM = 72 / 25.4


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def fonts_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def site(db, admin):
    update_site_details(db, admin, SiteDetails(company_name="示例物业管理有限公司", site_name="国贸大厦"))


@pytest.fixture
def receipt(db, site, cashier):
    from app.receipts.issuing import issue

    return issue(db, cashier, fee_draft())


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(__import__("io").BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width) / MM), round(float(box.height) / MM)


def test_three_part_a4_carries_every_part_and_every_detail(db, cashier, receipt, tmp_path):
    job = prepare_print(db, cashier, receipt.number, Layout.A4_THREE)
    assert page_size_mm(job.pdf) == (210, 297)
    text = pdf_text(job.pdf, tmp_path)
    for label in ("第一联 存根联", "第二联 收据联（交款人）", "第三联 记账联"):
        assert text.count(label) == 1
    for expected in (f"No. {receipt.number}", "合计：¥528.34", "人民币伍佰贰拾捌元叁角肆分", "交款人：王小明",
                     "房号：A座-1201", "付款方式：微信", "经办人：张丽", "示例物业管理有限公司 · 国贸大厦", "收费收据",
                     "物业服务费", "¥420.00", "¥3.50", "电梯费", "¥96.00", "¥0.80", "二次供水费", "¥12.34"):
        assert text.count(expected) == 3, expected
    assert text.count("2026-10") == 9  # three lines in three copies
    assert "补打" not in text and "作废" not in text
    fonts = fonts_of(job.pdf, tmp_path).splitlines()[2:]
    assert len(fonts) == 1 and "WenQuanYiMicroHei" in fonts[0]
    assert fonts[0].split()[-5:-2] == ["yes", "yes", "yes"]  # embedded, subset, unicode map


def test_business_receipts_name_their_parts_for_finance_customer_and_archive(db, admin, site, tmp_path):
    from app.receipts.issuing import issue

    receipt = issue(db, admin, fee_draft(kind=ReceiptKind.BUSINESS, payer="华信公司", unit="1808室"))
    text = pdf_text(prepare_print(db, admin, receipt.number).pdf, tmp_path)
    for label in ("第一联 财务联", "第二联 客户联", "第三联 存档联", "商务中心费用收据单", "单位：1808室"):
        assert label in text


def test_the_carbonless_form_is_one_copy_without_part_labels(db, cashier, receipt, tmp_path):
    job = prepare_print(db, cashier, receipt.number, Layout.CARBONLESS)
    assert page_size_mm(job.pdf) == (241, 93)
    text = pdf_text(job.pdf, tmp_path)
    assert "联" not in text
    for expected in (receipt.number, "¥528.34", "伍佰贰拾捌元叁角肆分", "王小明", "物业服务费", "电梯费", "二次供水费"):
        assert text.count(expected) == 1, expected


def test_offsets_move_the_carbonless_print(db, cashier, receipt):
    plain = prepare_print(db, cashier, receipt.number, Layout.CARBONLESS).pdf
    moved = prepare_print(db, cashier, receipt.number, Layout.CARBONLESS, Offsets(3.0, -2.0)).pdf
    assert plain != moved
    assert page_size_mm(moved) == (241, 93)


def test_reprints_say_so_with_their_count_and_voids_always_show(db, admin, cashier, receipt, tmp_path):
    record_print(db, cashier, prepare_print(db, cashier, receipt.number))
    second = prepare_print(db, cashier, receipt.number)
    assert "补打 第1次" in pdf_text(second.pdf, tmp_path)
    record_print(db, cashier, second)
    void(db, admin, receipt.number, "重复收款")
    text = pdf_text(prepare_print(db, cashier, receipt.number).pdf, tmp_path)
    assert text.count("作废") == 3 and text.count("补打 第2次") == 3


def test_the_calibration_page_has_a_ruler_and_the_offsets(tmp_path):
    pdf = calibration_page(Offsets(1.5, -0.5))
    assert page_size_mm(pdf) == (241, 93)
    text = pdf_text(pdf, tmp_path)
    assert "连续纸校准页" in text and "水平 +1.5 mm，垂直 -0.5 mm" in text
    assert all(str(mark) in text for mark in (10, 50, 100, 150, 200, 230))


def test_a_missing_or_damaged_font_is_a_clear_error(tmp_path):
    with pytest.raises(DocumentError, match="missing or damaged"):
        load_font(tmp_path / "nothing.ttf")
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00" + b"garbage" * 100)
    with pytest.raises(DocumentError, match="missing or damaged"):
        load_font(broken)


def test_a_font_without_cjk_is_refused(tmp_path):
    from pathlib import Path

    import reportlab

    latin = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    with pytest.raises(DocumentError, match="lacks characters"):
        load_font(latin, "LatinOnly")


def test_amount_words_appear_for_a_round_total(db, cashier, site, tmp_path):
    from app.receipts.issuing import issue
    from app.receipts.model import LineDraft

    receipt = issue(db, cashier, fee_draft(lines=(LineDraft("停车费", Decimal("15.00"), "2026-11"),)))
    text = pdf_text(prepare_print(db, cashier, receipt.number).pdf, tmp_path)
    assert "人民币壹拾伍元整" in text and "合计：¥15.00" in text


def test_reportlab_draws_with_its_c_accelerators():
    """Installed with the app (rl_accel): without them every number on a page is formatted in Python, and a
    receipt takes about three times as long."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel" and rl_accel.fp_str(1.5, 2) == "1.5 2"
