"""The screenshots of the README and of the manual are made by scripts/screenshots.py from the current code: the
script runs, and every picture the README and the manual show is one it makes (none is left over from an
older window)."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN_IN = [ROOT / "README.md", ROOT / "docs" / "manual" / "zh_CN.md", ROOT / "docs" / "manual" / "en.md"]


def shown() -> set[str]:
    names = set()
    for document in SHOWN_IN:
        names |= set(re.findall(r"screenshots/([\w.-]+\.png)\)", document.read_text(encoding="utf-8")))
    return names


def test_every_screenshot_shown_is_made_by_the_script_from_the_current_code(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRONTOFFICE_SCREENSHOTS_OUT": str(tmp_path)}
    result = subprocess.run([sys.executable, "scripts/screenshots.py"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    made = {path.name for path in tmp_path.glob("*.png")}
    committed = {path.name for path in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert len(shown()) >= 40 and shown() <= made, sorted(shown() - made)
    assert committed == made, f"in docs/screenshots but not made: {sorted(committed - made)}; " \
                              f"made but not committed: {sorted(made - committed)}"
    assert all(path.stat().st_size > 5000 for path in tmp_path.glob("*.png"))
