"""Spreadsheets as the office keeps them, written for an import test: .csv in GBK or UTF-8 (with or without
the byte-order mark Excel writes) and real .xlsx workbooks; and what an import must leave as it was."""

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from db.models import AuditHead
from tests.conftest import table_count


def write_csv(path: Path, rows: list[list], encoding: str = "gbk") -> Path:
    """Rows joined as Excel saves "CSV": commas, CRLF, no quoting (the cells have no commas)."""
    path.write_bytes("\r\n".join(",".join("" if cell is None else str(cell) for cell in row) for row in rows)
                     .encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    """A workbook whose first sheet holds ``rows``; numbers and dates go in as Excel's own cells."""
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def state(db, *tables: str) -> tuple:
    """The row count of each table, the audit log's length and its head: all an import refused leaves alone."""
    with db.read() as session:
        head = session.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one()
    return (*(table_count(db, table) for table in tables), table_count(db, "audit_entry"), tuple(head))
