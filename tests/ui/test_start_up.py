"""Start-up loads only what the first screen needs: the PDF drawing (reportlab), the pinyin dictionaries
(pypinyin), Excel (openpyxl) and the migrations (alembic, for a database already at the newest schema) load
when first used, not while the clerk waits for the window."""

import os
import subprocess
import sys

from tests.test_cli import ADMIN_PASSWORD

DEFERRED = ("reportlab", "pypinyin", "openpyxl", "alembic")
SHOW_WINDOW = """
import os, sys
from app.auth import login
from app.database import open_database
from ui.main import create_application
from ui.main_window import MainWindow

app = create_application(sys.argv[:1])
db = open_database(sys.argv[1])
window = MainWindow(db, login(db, "boss", os.environ["FRONTOFFICE_PASSWORD"]))
window.show()
app.processEvents()
print("loaded:", *sorted(name for name in {DEFERRED!r} if name in sys.modules))
window.tabs.setCurrentIndex(window.tabs.count() - 1)
from app.search_keys import initials
assert initials("张三") == "zs"
print("then:", *sorted(name for name in {DEFERRED!r} if name in sys.modules))
"""


def test_the_window_opens_without_the_modules_it_does_not_need_yet(site):
    env = {"QT_QPA_PLATFORM": "offscreen", "FRONTOFFICE_PASSWORD": ADMIN_PASSWORD}
    result = subprocess.run([sys.executable, "-c", SHOW_WINDOW.replace("{DEFERRED!r}", repr(DEFERRED)), site],
                            capture_output=True, text=True, timeout=120, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["loaded:", "then: pypinyin"]
