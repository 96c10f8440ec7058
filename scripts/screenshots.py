"""Renders the README's screenshots from a fresh demo database, in Chinese.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
home = tempfile.mkdtemp(prefix="frontoffice-shots-")
os.environ.update(FRONTOFFICE_DATA_DIR=f"{home}/data", FRONTOFFICE_CONFIG_DIR=f"{home}/config",
                  XDG_CONFIG_HOME=f"{home}/xdg")

from app.database import open_database  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.site import SiteDetails, update_site_details  # noqa: E402
from app.users import add_user, create_first_admin  # noqa: E402
from ui.dialogs.login import LoginDialog  # noqa: E402
from ui.dialogs.users import UsersDialog  # noqa: E402
from ui.main import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def main() -> int:
    app = create_application(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    db = open_database(Path(home) / "data" / "frontoffice.sqlite3", create=True)
    admin = create_first_admin(db, "admin", "demo-password", "王经理")
    update_site_details(db, admin, SiteDetails(company_name="示例物业管理有限公司", site_name="国贸大厦",
                                               address="北京市朝阳区建国门外大街1号", phone="010-6505 0000"))
    add_user(db, admin, "zhangli", Role.CASHIER, "demo-password", "张丽")
    add_user(db, admin, "liqiang", Role.FRONT_DESK, "demo-password", "李强")
    add_user(db, admin, "zhaomin", Role.BUSINESS_CENTRE, "demo-password", "赵敏")

    window = MainWindow(db, admin)
    window.resize(1100, 640)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "main-window.png"))

    login = LoginDialog(db)
    login.field("username").setText("zhangli")
    login.show()
    app.processEvents()
    login.grab().save(str(OUT / "login.png"))

    users = UsersDialog(db, admin)
    users.show()
    app.processEvents()
    users.grab().save(str(OUT / "users.png"))
    db.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
