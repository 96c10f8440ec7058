#!/usr/bin/env bash
# The performance benchmarks (tests/bench/run.py): demo sites of 1,000, 10,000 and 100,000 units, each figure
# beside its limit measured in the same run; prints the table and writes tests/bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec .venv/bin/python -m tests.bench.run "$@"
