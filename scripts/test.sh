#!/usr/bin/env bash
# Sets up (first time only) and runs the checks and the tests, headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app db ui tests scripts
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
