"""The one-folder build (``bash scripts/build.sh``, PyInstaller): built from build_spec/frontoffice.spec, it starts
headless and passes ``--self-test``; its command line runs; what FrontOffice does not use is not inside.

Marked ``frozen``: the build takes a minute or two, so the test command leaves it out and CI runs it
(``.venv/bin/python -m pytest -m frozen``, in ``.ci/run``)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.migrate import head_revision
from tests.conftest import FIGURES

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "dist" / "FrontOffice"
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.frozen


@pytest.fixture(scope="module")
def build():
    result = subprocess.run(["bash", "scripts/build.sh"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


def frozen_env(tmp_path) -> dict:
    """A PC with nothing of FrontOffice's: no venv on the path, its own home, data and config folders."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("FRONTOFFICE_", "PYTHON", "VIRTUAL_ENV"))}
    return {**env, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
            "FRONTOFFICE_DATA_DIR": str(tmp_path / "data"), "FRONTOFFICE_CONFIG_DIR": str(tmp_path / "config")}


def test_the_frozen_program_passes_its_self_test(build, tmp_path):
    result = subprocess.run([str(FOLDER / f"FrontOffice{EXE}"), "--self-test"], capture_output=True, text=True,
                            timeout=300, env=frozen_env(tmp_path), cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok   Qt", "ok   database", "ok   receipt", "ok   receipt PDF", "ok   preview", "ok   print", "ok   main window"]
    assert lines[-1].startswith("self-test passed")
    assert not (tmp_path / "data").exists(), "the self-test wrote into the data folder of the PC"
    size = sum(path.stat().st_size for path in FOLDER.rglob("*") if path.is_file() and not path.is_symlink())
    files = sum(1 for path in FOLDER.rglob("*") if path.is_file())
    FIGURES.append(f"frozen build: dist/FrontOffice is {size / 2**20:.0f} MiB in {files} files; --self-test: "
                   f"{lines[-1]}")


def test_the_frozen_command_line_runs(build, tmp_path):
    admin = str(FOLDER / f"frontoffice-admin{EXE}")
    env = frozen_env(tmp_path)
    made = subprocess.run([admin, "init", "--db", str(tmp_path / "site.sqlite3"), "--as", "admin"], input="",
                          capture_output=True, text=True, timeout=120, env={**env, "FRONTOFFICE_PASSWORD":
                                                                              "frozen-pass-1"})
    assert made.returncode == 0, made.stdout + made.stderr
    users = subprocess.run([admin, "users", "list", "--db", str(tmp_path / "site.sqlite3"), "--as", "admin", "--json"],
                           capture_output=True, text=True, timeout=120,
                           env={**env, "FRONTOFFICE_PASSWORD": "frozen-pass-1"})
    assert users.returncode == 0, users.stdout + users.stderr
    assert '"admin"' in users.stdout


def test_what_frontoffice_does_not_use_is_left_out(build):
    inside = [path.relative_to(FOLDER).as_posix().lower() for path in FOLDER.rglob("*")]
    for unused in ("qt6quick", "qt6qml", "qt6pdf", "qt6virtualkeyboard", "qtwebengine", "qt63d", "qt6multimedia",
                   "tkinter", "pytest", "hypothesis"):
        assert not [path for path in inside if unused in path], unused
    needed = ("_internal/resources/fonts/wqy-microhei.ttc", "_internal/resources/translations/frontoffice_zh_cn.qm",
              "_internal/db/migrations/env.py", "_internal/resources/demo/price_list.csv")
    assert all(path in inside for path in needed), [path for path in needed if path not in inside]
    assert any(path.startswith(f"_internal/db/migrations/versions/{head_revision()}_") for path in inside)
