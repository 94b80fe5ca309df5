#!/usr/bin/env bash
# The main job: open the editor on an example. Without a screen, say so and do the
# headless work instead: validate the examples and export them to Word in ./out/.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh
example=resources/examples/projektijuht-jatkutugi.ajx
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/ametijuhend "$@" "$example"
fi
echo "Ekraani pole (DISPLAY puudub), redaktorit ei saa avada; kontrollin ja ekspordin näidised ekraanita." >&2
echo "No display, so the editor cannot open; validating and exporting the examples headless." >&2
mkdir -p out
.venv/bin/ametijuhend validate --errors-only resources/examples/*.ajx
.venv/bin/ametijuhend export resources/examples/*.ajx --out-dir out
.venv/bin/ametijuhend "$example" --screenshot out/aken.png
echo "Valmis: out/ (Wordi failid ja akna pilt) / Done: out/ (Word files and a window screenshot)" >&2
