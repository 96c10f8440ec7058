#!/usr/bin/env bash
# Builds FrontOffice as one folder, dist/FrontOffice/, with PyInstaller (build_spec/frontoffice.spec): the window
# program FrontOffice and the command line frontoffice-admin, with Python, Qt, the font, translations,
# migrations, demo data and the manual inside. Then checks it: FrontOffice --self-test, headless.
# On Windows: build_spec/WINDOWS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test --build
rm -rf dist/FrontOffice
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  build_spec/frontoffice.spec
QT_QPA_PLATFORM=offscreen dist/FrontOffice/FrontOffice --self-test
echo "build: dist/FrontOffice, $(du -sm dist/FrontOffice | cut -f1) MB ($(find dist/FrontOffice -type f | wc -l) files)"
