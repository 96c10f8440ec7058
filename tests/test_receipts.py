"""Receipts: issued with a number in one transaction, never edited or deleted, voided by a manager with a
reason, reprints marked and counted, and a QR code that checks against the database."""

from decimal import Decimal

import pytest
from sqlalchemy import exc

from app.errors import NotFound, PermissionDenied, ValidationError
from app.paging import Page
from app.receipts.check_code import payload
from app.receipts.issuing import issue, issue_receipt
from app.receipts.model import LineDraft, ReceiptKind
from app.receipts.printing import prepare_print, record_print
from app.receipts.records import find, get, verify_code, void
from tests.backends import behind_the_apps_back
from tests.conftest import fee_draft, table_count


def test_a_receipt_is_issued_with_the_next_number_and_an_audit_row(db, admin, cashier):
    first = issue(db, cashier, fee_draft())
    second = issue(db, cashier, fee_draft(payer="李四"))
    year = first.business_date.year
    assert (first.number, second.number) == (f"SK{year}000001", f"SK{year}000002")
    assert first.total == Decimal("528.34")
    assert first.operator_name == "张丽" and first.print_count == 0 and not first.is_void
    assert [line.item for line in get(db, cashier, first.number).lines] == ["物业服务费", "电梯费", "二次供水费"]
    with db.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT action, entity_id FROM audit_entry WHERE entity = 'receipt' ORDER BY seq").all()
    assert rows == [("issue", first.number), ("issue", second.number)]


def test_the_receipt_shares_the_transaction_of_its_payment(db, cashier):
    with pytest.raises(RuntimeError):
        with db.write() as session:
            issue_receipt(session, cashier, fee_draft())
            raise RuntimeError("the payment failed after the receipt was numbered")
    assert table_count(db, "receipt") == 0
    assert issue(db, cashier, fee_draft()).number.endswith("000001")  # the number came back: no gap


def test_business_receipts_have_their_own_series_and_operator(db, admin, cashier):
    with pytest.raises(PermissionDenied, match="may not issue business-centre receipts"):
        issue(db, cashier, fee_draft(kind=ReceiptKind.BUSINESS))
    receipt = issue(db, admin, fee_draft(kind=ReceiptKind.BUSINESS, payer="华信公司"))
    assert receipt.number.startswith("SW") and receipt.number.endswith("000001")


@pytest.mark.parametrize(("changes", "field"), [
    ({"payer": "  "}, "payer"),
    ({"lines": ()}, "lines"),
    ({"lines": (LineDraft("停车费", Decimal("0.00")),)}, "lines"),
    ({"lines": (LineDraft("停车费", Decimal("-5.00")),)}, "lines"),
    ({"lines": (LineDraft("停车费", Decimal("1.005")),)}, "lines"),
    ({"lines": (LineDraft("", Decimal("5.00")),)}, "lines"),
    ({"lines": tuple(LineDraft(f"项目{i}", Decimal("1.00")) for i in range(9))}, "lines"),
    ({"payment_method": "bitcoin"}, "payment_method"),
    ({"deposit": Decimal("-1.00")}, "deposit"),
])
def test_a_bad_draft_is_refused_and_takes_no_number(db, cashier, changes, field):
    with pytest.raises(ValidationError) as caught:
        issue(db, cashier, fee_draft(**changes))
    assert caught.value.field == field
    assert table_count(db, "receipt") == 0 and table_count(db, "document_sequence") == 0


def test_issued_receipts_are_never_edited_or_deleted_even_behind_the_apps_back(db, cashier):
    receipt = issue(db, cashier, fee_draft())
    with behind_the_apps_back(db) as connection:
        for statement in ("UPDATE receipt SET total = 1", "DELETE FROM receipt", "DELETE FROM receipt_line",
                          "UPDATE receipt_line SET amount = 1", "UPDATE receipt SET payer = 'x'"):
            with pytest.raises(exc.DBAPIError, match="never"):
                connection.exec_driver_sql(statement)
    assert get(db, cashier, receipt.number).total == Decimal("528.34")


def test_only_a_manager_voids_and_only_with_a_reason(db, admin, cashier):
    receipt = issue(db, cashier, fee_draft())
    with pytest.raises(PermissionDenied, match="may not void receipts"):
        void(db, cashier, receipt.number, "typo in the unit")
    with pytest.raises(ValidationError, match="Say why"):
        void(db, admin, receipt.number, "  ")
    with pytest.raises(NotFound, match="no receipt numbered SK2000999999"):
        void(db, admin, "SK2000999999", "typo")
    assert not get(db, cashier, receipt.number).is_void
    voided = void(db, admin, receipt.number, "房号填错")
    assert voided.is_void and voided.void_reason == "房号填错" and voided.voided_by == "王经理"
    assert voided.number == receipt.number
    with pytest.raises(ValidationError, match="already void"):
        void(db, admin, receipt.number, "again")
    with behind_the_apps_back(db) as connection, pytest.raises(exc.DBAPIError, match="stays void"):
        connection.exec_driver_sql("UPDATE receipt SET status = 'issued'")


def test_prints_are_counted_and_reprints_marked(db, admin, cashier):
    receipt = issue(db, cashier, fee_draft())
    first = prepare_print(db, cashier, receipt.number)
    assert (first.print_number, first.reprint) == (1, False)
    again = prepare_print(db, cashier, receipt.number)  # a preview records nothing
    assert again.print_number == 1
    record_print(db, cashier, first)
    with pytest.raises(ValidationError, match="printed or voided at another desk"):
        record_print(db, cashier, again)
    second = prepare_print(db, cashier, receipt.number, "carbonless-241x93")
    assert (second.print_number, second.reprint) == (2, True)
    assert record_print(db, cashier, second).print_count == 2
    with db.read() as session:
        actions = session.connection().exec_driver_sql(
            "SELECT action FROM audit_entry WHERE entity = 'receipt' ORDER BY seq").scalars().all()
    assert actions == ["issue", "print", "reprint"]


def test_a_print_prepared_before_a_void_cannot_be_recorded(db, admin, cashier):
    receipt = issue(db, cashier, fee_draft())
    job = prepare_print(db, cashier, receipt.number)
    void(db, admin, receipt.number, "重复收款")
    with pytest.raises(ValidationError):
        record_print(db, cashier, job)
    assert prepare_print(db, cashier, receipt.number).receipt.is_void


def test_receipts_are_searched_and_paged_by_the_database(db, cashier):
    payers = ["王小明", "Acme Trading", "李四", "ACME 物业", "赵六"]
    issued = [issue(db, cashier, fee_draft(payer=payer, unit=f"B座-{n:04d}")) for n, payer in enumerate(payers)]
    day = issued[0].business_date
    numbers = [receipt.number for receipt in issued]
    assert [r.payer for r in find(db, cashier, day, day, None, "acme")] == ["Acme Trading", "ACME 物业"]
    assert [r.number for r in find(db, cashier, day, day, None, numbers[3][-7:].lower())] == [numbers[3]]
    assert [r.unit for r in find(db, cashier, day, day, None, "b座-0002")] == ["B座-0002"]
    newest = [find(db, cashier, day, day, None, "", Page(offset, 2, "number", descending=True))
              for offset in (0, 2, 4)]
    assert [[r.number for r in page] for page in newest] == [numbers[:-3:-1], numbers[2:0:-1], numbers[:1]]
    assert [r.payer for r in find(db, cashier, day, day, None, "", Page(0, 5, "payer"))] == sorted(payers)


def test_lookups_by_number_and_date(db, cashier):
    receipt = issue(db, cashier, fee_draft())
    assert get(db, cashier, receipt.number.lower()).number == receipt.number
    day = receipt.business_date
    assert [r.number for r in find(db, cashier, day, day)] == [receipt.number]
    assert find(db, cashier, day.replace(year=day.year - 1), day.replace(year=day.year - 1)) == []
    with pytest.raises(ValidationError):
        find(db, cashier, day, day.replace(year=day.year - 1))
    with pytest.raises(NotFound):
        get(db, cashier, "SK2026999999")


def test_the_qr_code_checks_against_the_database(db, admin, cashier):
    receipt = issue(db, cashier, fee_draft())
    code = payload(receipt.number, receipt.business_date, receipt.total, receipt.check_code)
    check = verify_code(db, cashier, code)
    assert check.genuine and check.valid and check.receipt.number == receipt.number
    forged = payload(receipt.number, receipt.business_date, Decimal("5.28"), receipt.check_code)
    assert not verify_code(db, cashier, forged).genuine
    with pytest.raises(ValidationError, match="not a FrontOffice receipt code"):
        verify_code(db, cashier, "hello")
    void(db, admin, receipt.number, "重复收款")
    check = verify_code(db, cashier, code)
    assert check.genuine and not check.valid and check.receipt.is_void
