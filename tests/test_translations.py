"""Every string the UI can show has a Chinese translation, and the compiled .qm matches the .ts."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402


def test_every_string_in_the_source_has_a_chinese_translation():
    assert update_translations.check() == []


def test_the_check_catches_a_new_untranslated_string(tmp_path, monkeypatch):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "new_tab.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\nclass NewTab(QWidget):\n"
        "    def title(self):\n        return self.tr('A string nobody translated')\n", encoding="utf-8")
    monkeypatch.setattr(update_translations, "ROOT", tmp_path)
    monkeypatch.setattr(update_translations, "SOURCE_DIRS", ("ui",))
    assert update_translations.check() == ["[NewTab] A string nobody translated"]


def test_the_compiled_translation_is_up_to_date(tmp_path):
    compiled = tmp_path / "fresh.qm"
    update_translations.lrelease(update_translations.TS_FILE, compiled)
    assert compiled.read_bytes() == update_translations.QM_FILE.read_bytes(), \
        "run scripts/update_translations.py to recompile the .qm"


def test_the_update_script_runs_as_documented():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
