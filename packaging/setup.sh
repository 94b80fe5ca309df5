#!/usr/bin/env bash
# Set-up shared by run.sh and test.sh: Debian libraries (when root), a virtual
# environment in .venv, and the package installed into it. Safe to run again: it only
# does what is missing. Usage: packaging/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '%s\n' "ametijuhend setup: $*" >&2; }

PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1; then
  say "python3 is missing; on Debian: apt-get install python3 python3-venv"; exit 1
fi
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  say "Python 3.11 or newer is needed (found $("$PY" --version 2>&1))"; exit 1; }

# Debian packages: Qt's offscreen platform needs a few libraries; python3-venv for
# Debian's own python3; LibreOffice and poppler for the tests that check the export.
debs=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
# Qt's X11 plugin: without these the window aborts on a real display (offscreen runs anyway).
debs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0)
"$PY" -c 'import ensurepip, venv' >/dev/null 2>&1 || debs+=(python3-venv)
if [ $want_test = 1 ]; then
  debs+=(libreoffice-writer-nogui poppler-utils fonts-liberation2)
  # The packaging tests: the Linux install script registers .ajx with these (mimetype,
  # from libfile-mimeinfo-perl, is what xdg-mime asks outside a desktop session).
  debs+=(xdg-utils shared-mime-info libfile-mimeinfo-perl)
  # The real-X test: a virtual screen, a window manager, keys and clicks, Qt's X plugin.
  debs+=(xvfb xdotool openbox)
fi
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      { apt-get update -qq >/dev/null &&
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
        say "could not install ${missing[*]}; what needs them is skipped with a reason"
    else
      say "missing Debian packages (install them as root): ${missing[*]}"
    fi
  fi
fi

# The virtual environment: created once, refreshed when pyproject.toml changes.
if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  if ! "$PY" -m venv .venv >/dev/null 2>&1; then
    rm -rf .venv  # Debian's python3 without python3-venv leaves a venv without pip
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing python3-venv"
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        python3-venv >/dev/null
      "$PY" -m venv .venv
    else
      say "cannot create a virtual environment: as root run apt-get install python3-venv"
      exit 1
    fi
  fi
fi
extras=""
stamp=".venv/.installed"
if [ $want_test = 1 ]; then
  extras="[test]"
  stamp=".venv/.installed-test"
fi
hash=$(cat pyproject.toml | sha256sum | cut -c1-16)
# The test set-up includes the plain one (build.sh after test.sh needs nothing more).
if [ $want_test = 0 ] && [ -f .venv/.installed-test ] && [ "$(cat .venv/.installed-test)" = "$hash" ]; then
  stamp=.venv/.installed-test
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
  say "installing the application into .venv (log: .venv/install.log)"
  if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip &&
         .venv/bin/python -m pip install --disable-pip-version-check -e ".$extras"; } \
       > .venv/install.log 2>&1; then
    tail -n 30 .venv/install.log >&2
    say "pip install failed; the whole log is in .venv/install.log"
    exit 1
  fi
  # Estonian spell check: Vabamorf's speller from estnltk, without estnltk's own ~400 MB of
  # dependencies it does not need; without it the editor runs, only without underlines.
  if ! .venv/bin/python -m pip install --disable-pip-version-check --no-deps "estnltk==1.7.5" \
       >> .venv/install.log 2>&1; then
    say "the Estonian speller (estnltk) could not be installed: spell check stays off"
  fi
  echo "$hash" > "$stamp"
fi

# Translations: .ts sources are committed, .qm files are built here.
if [ -x packaging/build_translations.sh ]; then
  packaging/build_translations.sh
fi
