"""Gapless document numbers, also when two processes issue at once on one SQLite file."""

import multiprocessing
from datetime import date

import pytest
from sqlalchemy import select

from app import audit
from app.audit import verify
from app.database import open_database
from app.numbering import format_number, next_number
from db.models import AuditEntry

PER_PROCESS = 60


def test_numbers_run_on_per_series_and_year(db):
    with db.write() as session:
        assert next_number(session, "SK", date(2026, 3, 1)) == "SK2026000001"
        assert next_number(session, "SK", date(2026, 12, 31)) == "SK2026000002"
        assert next_number(session, "SK", date(2027, 1, 1)) == "SK2027000001"
        assert next_number(session, "BC", date(2026, 5, 5)) == "BC2026000001"
    assert format_number("GD", 2026, 1234567) == "GD20261234567"


def test_a_rolled_back_document_gives_its_number_back(db):
    with db.write() as session:
        assert next_number(session, "SK", date(2026, 1, 1)) == "SK2026000001"
    with pytest.raises(RuntimeError):
        with db.write() as session:
            assert next_number(session, "SK", date(2026, 1, 1)) == "SK2026000002"
            raise RuntimeError("the printer jammed before the receipt was saved")
    with db.write() as session:
        assert next_number(session, "SK", date(2026, 1, 1)) == "SK2026000002"


@pytest.mark.parametrize("series", ["", "sk", "TOOLONG", "S1"])
def test_a_malformed_series_is_refused(db, series):
    with db.write() as session, pytest.raises(ValueError):
        next_number(session, series, date(2026, 1, 1))


def _issue(url: str, worker: str, start, count: int) -> None:
    db = open_database(url)
    start.wait()
    for _ in range(count):
        with db.write() as session:
            number = next_number(session, "SK", date(2026, 6, 1))
            audit.record(session, None, "issue", "receipt", number, after={"worker": worker})
    db.close()


def test_two_processes_issue_without_duplicates_or_gaps(db, admin):
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_issue, args=(db.url, name, start, PER_PROCESS)) for name in "AB"]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    with db.read() as session:
        issued = session.execute(select(AuditEntry.entity_id, AuditEntry.after).where(AuditEntry.action == "issue")).all()
    numbers = sorted(number for number, _after in issued)
    assert numbers == [f"SK2026{n:06d}" for n in range(1, 2 * PER_PROCESS + 1)]
    assert {after for _n, after in issued} == {'{"worker": "A"}', '{"worker": "B"}'}
    assert verify(db, admin).ok
