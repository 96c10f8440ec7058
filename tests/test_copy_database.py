"""Moving from one PC to several: a whole site's SQLite database copied into a server database, row for row."""

import json

import pytest
from sqlalchemy import func, select

from app.audit import verify
from app.auth import login
from app.copy_database import copy_database
from app.database import open_database
from app.errors import ValidationError
from app.receipts.check_code import payload
from app.receipts.issuing import issue
from app.receipts.records import get, verify_code
from db.base import Base
from db.models import AuditEntry
from tests.conftest import fee_draft, table_count
from tests.site_data import fill_site
from tests.test_cli import cli, fails, ok

pytestmark = pytest.mark.postgresql_only("copies an SQLite database into a PostgreSQL server")


def every_row(db):
    """Each table's rows, in key order, as Python values."""
    with db.read() as session:
        return {table.name: [tuple(row) for row in session.execute(
            select(table).order_by(*table.primary_key.columns))] for table in Base.metadata.sorted_tables}


@pytest.fixture
def source(tmp_path):
    database = open_database(tmp_path / "site.sqlite3", create=True)
    site = fill_site(database)
    yield database, site
    database.close()


def test_every_row_numbers_and_the_audit_chain_arrive_intact(source, db, figures):
    source_db, site = source
    admin = site["actors"]["admin"]
    before = every_row(source_db)
    report = copy_database(source_db, db, admin)

    after = every_row(db)
    assert report.counts == {name: len(rows) for name, rows in before.items()}
    assert all(report.counts.values())  # every kind of data was there to copy
    after["audit_entry"].pop()  # the copy's own row, checked below
    for name, rows in before.items():
        if name != "audit_head":  # moved on by that row
            assert after[name] == rows, name
    # The copy is the target's next audit row, on the same chain; the chain and the backups verify.
    assert table_count(db, "audit_entry") == report.audit_rows + 1 == len(before["audit_entry"]) + 1
    result = verify(db, login(db, "admin", site["passwords"]["admin"]))
    assert result.ok, result.problems
    # Numbers go on from where the site stopped; ids too.
    cashier = login(db, "cashier", site["passwords"]["cashier"])
    fee_numbers = sorted(row[1] for row in before["receipt"] if str(row[1]).startswith("SK"))
    receipt = issue(db, cashier, fee_draft())
    assert receipt.number == f"{fee_numbers[-1][:6]}{int(fee_numbers[-1][6:]) + 1:06d}"
    # An old receipt's printed check code still verifies: the site's receipt secret came along.
    old = get(db, cashier, site["fee_receipts"][0])
    assert verify_code(db, cashier, payload(old.number, old.business_date, old.total, old.check_code)).genuine
    figures(f"migrate-data: {report.rows} rows in {sum(1 for c in report.counts.values() if c)} tables copied "
            f"from SQLite into PostgreSQL, every row compared, {report.audit_rows} audit rows verified")


def test_a_target_that_holds_data_is_refused_and_left_as_it_was(source, db):
    source_db, site = source
    copy_database(source_db, db, site["actors"]["admin"])
    rows = table_count(db, "audit_entry")
    with pytest.raises(ValidationError, match=r"already holds data \(8 users, \d+ audit rows\)"):
        copy_database(source_db, db, site["actors"]["admin"])
    assert table_count(db, "audit_entry") == rows


def test_only_an_administrator_copies_and_only_from_a_file_into_a_server(source, db):
    source_db, site = source
    with pytest.raises(Exception, match="may not restore the database"):
        copy_database(source_db, db, site["actors"]["cashier"])
    with pytest.raises(ValidationError, match="Copy from an SQLite file"):
        copy_database(db, db, site["actors"]["admin"])
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_the_command_copies_and_reports_counts(source, db):
    source_db, site = source
    source_db.close()
    path = source_db.path
    fails(cli("migrate-data", "--from", str(path), "--to", db.url, "--as", "cashier",
              password=site["passwords"]["cashier"]), "may not restore the database")
    out = json.loads(ok(cli("migrate-data", "--from", str(path), "--to", db.url, "--as", "admin", "--json",
                            password=site["passwords"]["admin"])))
    assert out["rows"] == sum(out["tables"].values()) and out["tables"]["receipt"] == table_count(db, "receipt")
    text = ok(cli("audit", "verify", "--db", db.url, "--as", "admin", password=site["passwords"]["admin"]))
    assert "Audit log intact" in text
    fails(cli("migrate-data", "--from", str(path), "--to", db.url, "--as", "admin",
              password=site["passwords"]["admin"]), "already holds data")
