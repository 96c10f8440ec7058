"""Debug mode's watchdog: a unit of work over 200 ms on the GUI thread is logged with its slowest statement and
the stack that called it; a quick one, or one on a background thread, is not."""

import logging
import threading
import time

import pytest
from sqlalchemy import text

from app.watchdog import LIMIT_S, Watchdog
from tests.backends import BACKEND, POSTGRESQL

# A statement that keeps the database busy for a while (far longer than SELECT 1), with no table of ours.
SLOW = ("SELECT count(*) FROM generate_series(1, 300000)" if BACKEND == POSTGRESQL else
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000) SELECT count(*) FROM n")


@pytest.fixture
def watched(db):
    db.watch(Watchdog())
    return db


def a_slow_read(db) -> int:
    """A unit of work that keeps the window waiting past the limit: a slow statement among quick ones, and
    the time it takes to build what it returns."""
    with db.read() as session:
        session.scalar(text("SELECT 1"))
        counted = session.scalar(text(SLOW))
        session.scalar(text("SELECT 2"))
        time.sleep(LIMIT_S)
        return counted


def test_a_slow_unit_of_work_on_the_gui_thread_is_logged_with_its_stack(watched, caplog):
    caplog.set_level(logging.WARNING, logger="frontoffice.watchdog")
    with watched.read() as session:
        session.scalar(text("SELECT 1"))
    assert caplog.records == []  # quick: nothing to say
    assert a_slow_read(watched) == 300000
    [record] = caplog.records
    message = record.getMessage()
    assert "a read unit of work took" in message and f"(limit {LIMIT_S * 1000:.0f} ms)" in message
    assert ("generate_series" if BACKEND == POSTGRESQL else "WITH RECURSIVE") in message  # its slowest statement
    assert "in a_slow_read" in message and "in test_a_slow_unit_of_work" in message  # who called it
    took = float(message.split("took ")[1].split(" ms")[0])
    assert took > LIMIT_S * 1000


def test_a_slow_unit_on_a_background_thread_is_not_logged(watched, caplog):
    caplog.set_level(logging.WARNING, logger="frontoffice.watchdog")
    worker = threading.Thread(target=a_slow_read, args=(watched,))
    worker.start()
    worker.join()
    assert caplog.records == []
