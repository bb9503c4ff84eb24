#!/usr/bin/env bash
# Sets up on a fresh machine and runs the whole test suite, including every pack's own examples.
# The knowledge-base tests run against SQLite and a real PostgreSQL server started here
# (scripts/start-postgres.sh); set JICAI_TEST_POSTGRES_URL to use a server of your own instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
if [ -z "${JICAI_TEST_POSTGRES_URL:-}" ]; then
    eval "$(bash scripts/start-postgres.sh)"
    trap 'bash scripts/start-postgres.sh --stop >/dev/null 2>&1 || true' EXIT
fi
.venv/bin/jicai rules test
# one worker per core (pytest-xdist); pass -n 0 to run in this process, e.g. with --pdb
.venv/bin/python -m pytest -q -n auto "$@"
