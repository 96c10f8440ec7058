"""``tests.site_data.fill_site`` leaves no table a user can fill empty, and an audit log that verifies."""

from sqlalchemy import func, select

from app.audit import verify
from app.permissions import Role
from db import models  # noqa: F401  (every model, so that the metadata knows every table)
from db.base import Base
from tests.site_data import fill_site

# Tables fill_site leaves empty on purpose, each with the reason. None so far: every table users can fill holds
# rows (alembic_version is Alembic's own, not in the metadata).
LEFT_EMPTY: set[str] = set()


def test_every_table_holds_rows_and_the_audit_log_verifies(db):
    site = fill_site(db)
    with db.read() as session:
        counts = {table.name: session.scalar(select(func.count()).select_from(table))
                  for table in Base.metadata.sorted_tables}
    assert LEFT_EMPTY <= set(counts)
    assert sorted(name for name, count in counts.items() if count == 0) == sorted(LEFT_EMPTY)
    assert set(site["actors"]) == {role.value for role in Role}
    assert set(site["units"]) == {"A-1201", "A-0801", "A-1301", "A-2001", "B-0101", "B-0201"}
    assert site["voided_fee_receipt"] in site["fee_receipts"]
    assert site["voided_business_receipt"] in site["business_receipts"]
    assert site["refund"].startswith("TK") and site["notices"][0].startswith("ZG")
    assert all(number.startswith("WX") for number in site["work_orders"])
    result = verify(db, site["actors"]["admin"])
    assert result.ok, result.problems
