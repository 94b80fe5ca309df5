#!/usr/bin/env bash
# Translations: resources/i18n/*.ts are the sources, the .qm files the application loads
# are built from them here with Qt's lrelease (from PySide6 in .venv), before a wheel or
# a stand-alone build is made. The .qm files are committed too, so a checkout without
# PySide6's tools still runs; tests/ui/test_i18n.py checks they match the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease=${LRELEASE:-.venv/bin/pyside6-lrelease}
if [ ! -x "$lrelease" ]; then
  lrelease=$(command -v pyside6-lrelease || true)
fi
if [ -z "$lrelease" ]; then
  echo "build_translations: pyside6-lrelease not found; keeping the committed .qm files" >&2
  exit 0
fi
for ts in resources/i18n/*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
