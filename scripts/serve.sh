#!/usr/bin/env bash
# Sets up on a fresh machine and runs the service on its embedded defaults
# (SQLite in the per-user data directory, bundled model, bundled rule packs and sample cases).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/jicai serve "$@"
