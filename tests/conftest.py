"""Every test runs on its own database, with this PC's folders and Qt settings in a temporary place.

The database is an SQLite file, or, in the PostgreSQL pass (``FRONTOFFICE_TEST_BACKEND=postgresql`` with
``FRONTOFFICE_TEST_PG_URL`` naming a server whose role may create databases), a database of its own on
that server, made from a migrated template and dropped afterwards. That pass runs only the tests that use
a database; one that cannot run there is marked ``sqlite_only`` with the reason.
"""

import atexit
import os
import shutil
import tempfile

_HOME = tempfile.mkdtemp(prefix="frontoffice-tests-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["FRONTOFFICE_DATA_DIR"] = os.path.join(_HOME, "data")
os.environ["FRONTOFFICE_CONFIG_DIR"] = os.path.join(_HOME, "config")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "xdg-config")
os.environ.pop("FRONTOFFICE_DB_URL", None)
os.environ.pop("FRONTOFFICE_PASSWORD", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.permissions import Role  # noqa: E402
from app.users import add_user, create_first_admin  # noqa: E402
from tests.backends import BACKEND, POSTGRESQL, new_database, server  # noqa: E402

pytest_plugins = ["tests.accounts_fixtures", "tests.business_fixtures", "tests.repairs_fixtures",
                  "tests.safety_fixtures"]

ADMIN_PASSWORD = "admin-pass-1"
USER_PASSWORD = "user-pass-1"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "frontoffice.sqlite3"


@pytest.fixture
def db_url(db_path):
    """Where a new, empty database is: an SQLite file's path, or a URL on the test server."""
    if BACKEND != POSTGRESQL:
        yield str(db_path)
        return
    url = server().create_database()
    yield url
    server().drop_database(url)


@pytest.fixture
def db(db_path):
    """A new database at the newest schema, open: ``db_path`` on SQLite."""
    with new_database(db_path.parent) as database:
        yield database


@pytest.fixture
def site(db_url):
    """A site's database set up as an administrator does, with ``frontoffice-admin init``; its path or URL."""
    from tests.test_cli import cli, ok

    ok(cli("init", "--db", db_url, "--as", "boss", "--full-name", "王经理"))
    return db_url


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): the test is about SQLite itself; the reason says why")
    config.addinivalue_line("markers", "postgresql_only(reason): the test needs a PostgreSQL server")


def pytest_collection_modifyitems(config, items):
    """In the PostgreSQL pass only the tests that use a database run; on each pass, a test marked for the
    other backend is skipped with its reason."""
    if BACKEND == POSTGRESQL:
        kept = [item for item in items if {"db", "db_url"} & set(item.fixturenames)]
        dropped = [item for item in items if item not in kept]
        if dropped:
            config.hook.pytest_deselected(items=dropped)
            items[:] = kept
    for item in items:
        for name, other in (("sqlite_only", POSTGRESQL), ("postgresql_only", "sqlite")):
            marker = item.get_closest_marker(name)
            if marker and BACKEND == other:
                item.add_marker(pytest.mark.skip(reason=marker.args[0] if marker.args else name))


FIGURES: list[str] = []


@pytest.fixture
def figures():
    """Records a figure a test measured (processes, operations, kills, examples): printed at the end of the
    run, under "Reliability figures", so that the README can quote the run."""
    return FIGURES.append


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section(f"Reliability figures ({'PostgreSQL' if BACKEND == POSTGRESQL else 'SQLite'})")
        for line in FIGURES:
            terminalreporter.write_line(line)


def pytest_report_header(config):
    if BACKEND == POSTGRESQL:
        return f"database: PostgreSQL at {server().display} (tests that use no database are deselected)"
    return "database: SQLite files"


@pytest.fixture
def admin(db):
    return create_first_admin(db, "admin", ADMIN_PASSWORD, "王经理")


@pytest.fixture
def clerk(db, admin):
    info = add_user(db, admin, "clerk", Role.FRONT_DESK, USER_PASSWORD, "李前台")
    from app.auth import login

    assert info.role is Role.FRONT_DESK
    return login(db, "clerk", USER_PASSWORD)


class Soon:
    """A time ``minutes`` after the moment the test runs, for parametrised cases: a value worked out when the
    tests are collected is already in the past when a long run reaches them."""

    def __init__(self, minutes: int):
        self.minutes = minutes

    def __repr__(self) -> str:
        return f"now+{self.minutes}min"


def resolved(values: dict) -> dict:
    """``values`` with each ``Soon`` turned into its time, now."""
    from datetime import timedelta

    from db.types import utcnow

    return {key: utcnow() + timedelta(minutes=value.minutes) if isinstance(value, Soon) else value
            for key, value in values.items()}


def table_count(db, table: str) -> int:
    from sqlalchemy import text

    with db.read() as session:
        return session.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


@pytest.fixture
def cashier(db, admin):
    from app.auth import login

    add_user(db, admin, "cashier", Role.CASHIER, USER_PASSWORD, "张丽")
    return login(db, "cashier", USER_PASSWORD)


def fee_draft(payer="王小明", unit="A座-1201", **changes):
    from decimal import Decimal

    from app.receipts.model import LineDraft, PaymentMethod, ReceiptDraft, ReceiptKind

    values = dict(kind=ReceiptKind.FEE, payer=payer, unit=unit, payment_method=PaymentMethod.WECHAT, lines=(
        LineDraft("物业服务费", Decimal("420.00"), "2026-10", Decimal("3.50")),
        LineDraft("电梯费", Decimal("96.00"), "2026-10", Decimal("0.80")),
        LineDraft("二次供水费", Decimal("12.34"), "2026-10"),
    ))
    values.update(changes)
    return ReceiptDraft(**values)
