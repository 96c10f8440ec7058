"""Collects the UI's strings into the Chinese .ts and compiles the .qm the app loads.

    .venv/bin/python scripts/update_translations.py          update the .ts from the source, compile the .qm
    .venv/bin/python scripts/update_translations.py --check  exit 1 if a string lacks a translation

Strings are Qt ``tr()``/``translate()`` calls in ``ui/`` and ``_()`` marks in ``app/`` (context "").
New strings arrive in the .ts as unfinished; translate them (Qt Linguist, or by hand) and run this again.
"""

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "frontoffice_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
SOURCE_DIRS = ("app", "ui")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def lupdate(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-tr-function-alias", "QT_TR_NOOP+=_", "-locations", "none",
                    "-no-obsolete", "-silent", *sources(), "-ts", str(ts_file)], cwd=ROOT, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], cwd=ROOT, check=True)


def untranslated(ts_file: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (translation.text or "").strip():
                missing.append(f"[{name}] {message.findtext('source')}")
    return missing


def check() -> list[str]:
    """What a fresh collection from the source finds untranslated, without touching the committed files."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / TS_FILE.name
        shutil.copy(TS_FILE, copy)
        lupdate(copy)
        return untranslated(copy)


def main() -> int:
    if "--check" in sys.argv:
        missing = check()
        for line in missing:
            print("untranslated:", line)
        return 1 if missing else 0
    lupdate(TS_FILE)
    lrelease(TS_FILE, QM_FILE)
    missing = untranslated(TS_FILE)
    for line in missing:
        print("untranslated:", line)
    print(f"{TS_FILE.name}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
