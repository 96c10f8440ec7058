"""Files shipped with FrontOffice: the CJK font and its licence, translations; and where the manual is."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).parent
FONT_FILE = RESOURCES_DIR / "fonts" / "wqy-microhei.ttc"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
MANUAL_DIR = RESOURCES_DIR.parent / "docs" / "manual"  # beside resources/ in a clone and in the built folder
