"""The one write lock: a desk that finds it held waits, tries again in the unit of work, and either gets it or
says the database is busy, writing nothing."""

import threading
import time

import pytest
from sqlalchemy import create_engine

from app.database import WRITE_ATTEMPTS, open_database
from app.errors import DatabaseProblem
from app.site import SiteDetails, get_site_details, update_site_details
from db.engine import WRITE_LOCK
from tests.conftest import table_count

WAIT_S = 0.3  # this desk's busy timeout, short for the test


class OtherDesk:
    """Another program holding the database's write lock, as a desk in the middle of a long billing run would."""

    def __init__(self, url: str):
        self.engine = create_engine(url)
        self.connection = self.engine.connect()
        if self.connection.dialect.name == "sqlite":
            self.connection.connection.driver_connection.isolation_level = None
            self.connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            self.connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    def release_after(self, seconds: float) -> threading.Thread:
        def release():
            time.sleep(seconds)
            self.release()

        thread = threading.Thread(target=release)
        thread.start()
        return thread

    def release(self) -> None:
        if self.connection.dialect.name == "sqlite":
            self.connection.exec_driver_sql("ROLLBACK")
        else:
            self.connection.rollback()
        self.connection.close()
        self.engine.dispose()


@pytest.fixture
def desk(db, admin):
    database = open_database(db.url, busy_timeout_s=WAIT_S)
    yield database
    database.close()


def details(name):
    return SiteDetails(company_name="示例物业管理有限公司", site_name=name)


def test_a_lock_held_a_little_longer_than_the_wait_is_waited_out_by_trying_again(db, admin, desk):
    other = OtherDesk(db.url)
    releasing = other.release_after(WAIT_S * 1.5)  # past the first wait, well before the last
    began = time.perf_counter()
    update_site_details(desk, admin, details("国贸大厦"))
    waited = time.perf_counter() - began
    releasing.join()
    assert get_site_details(db).site_name == "国贸大厦"
    assert WAIT_S < waited < WAIT_S * WRITE_ATTEMPTS + 1


def test_a_lock_held_past_every_attempt_is_one_message_and_nothing_is_written(db, admin, desk):
    audited = table_count(db, "audit_entry")
    other = OtherDesk(db.url)
    try:
        with pytest.raises(DatabaseProblem, match="is locked by another program; try again later"):
            update_site_details(desk, admin, details("国贸中心"))
    finally:
        other.release()
    assert get_site_details(db).site_name != "国贸中心"
    assert table_count(db, "audit_entry") == audited
    update_site_details(desk, admin, details("国贸中心"))  # and once the other desk is done, it goes through
    assert get_site_details(db).site_name == "国贸中心"


def test_reading_never_waits_for_the_writer(db, admin, desk):
    other = OtherDesk(db.url)
    try:
        began = time.perf_counter()
        assert get_site_details(desk).company_name is not None
        assert time.perf_counter() - began < WAIT_S
    finally:
        other.release()
