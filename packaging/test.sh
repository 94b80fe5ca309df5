#!/usr/bin/env bash
# The whole test suite: lint, types, dead code, then every test, the slow LibreOffice and
# subprocess ones included, with 2,000 examples per property test.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh --test
echo "== ruff" >&2
.venv/bin/ruff check ametijuhend_desktop tests benchmarks packaging/tools
echo "== mypy" >&2
.venv/bin/mypy
echo "== vulture" >&2
.venv/bin/vulture ametijuhend_desktop packaging/vulture_whitelist.py --min-confidence 60 \
  --exclude ametijuhend_desktop/resources
echo "== pytest" >&2
export QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=ci
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
