#!/usr/bin/env bash
# Sets up (first time only) and runs the checks and the tests, headless: on SQLite files, and again on
# PostgreSQL when FRONTOFFICE_TEST_PG_URL names a server whose role may create databases
# (eval "$(bash scripts/test_server.sh start)" starts a throwaway one).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app db ui tests scripts
.venv/bin/lint-imports
status=0
echo "== the tests on SQLite"
FRONTOFFICE_TEST_BACKEND=sqlite .venv/bin/python -m pytest "$@" || status=$?
if [[ -n ${FRONTOFFICE_TEST_PG_URL:-} ]]; then
  echo "== the tests that use a database, on PostgreSQL"
  FRONTOFFICE_TEST_BACKEND=postgresql .venv/bin/python -m pytest "$@" || status=$?
else
  echo "== PostgreSQL pass skipped: FRONTOFFICE_TEST_PG_URL is not set"
fi
exit $status
