"""Every test runs on its own SQLite file, with this PC's folders and Qt settings in a temporary place."""

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

from app.database import open_database  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.users import add_user, create_first_admin  # noqa: E402

pytest_plugins = ["tests.accounts_fixtures", "tests.business_fixtures", "tests.repairs_fixtures",
                  "tests.safety_fixtures"]

ADMIN_PASSWORD = "admin-pass-1"
USER_PASSWORD = "user-pass-1"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "frontoffice.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path, create=True)
    yield database
    database.close()


@pytest.fixture
def admin(db):
    return create_first_admin(db, "admin", ADMIN_PASSWORD, "王经理")


@pytest.fixture
def clerk(db, admin):
    info = add_user(db, admin, "clerk", Role.FRONT_DESK, USER_PASSWORD, "李前台")
    from app.auth import login

    assert info.role is Role.FRONT_DESK
    return login(db, "clerk", USER_PASSWORD)


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
