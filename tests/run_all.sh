#!/usr/bin/env bash
# The whole suite; pytest's own exit status is the result.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m pytest -q -p no:cacheprovider tests "$@"
