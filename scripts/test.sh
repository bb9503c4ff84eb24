#!/usr/bin/env bash
# Sets up on a fresh machine and runs the whole test suite, including every pack's own examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/jicai rules test
exec .venv/bin/python -m pytest -q "$@"
