#!/usr/bin/env bash
# Sets up (first time only) and starts FrontOffice on its embedded default database, or on --db URL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/frontoffice "$@"
