#!/usr/bin/env bash
# The stand-alone build for users without Python: PyInstaller makes one folder with the
# program and everything it needs (dist/ametijuhend/). On Linux it is also packed with
# the desktop entry, the .ajx file type and install/uninstall scripts into
# dist/ametijuhend-VERSION-linux-ARCH.tar.gz. Windows makes its installer from the same
# folder (packaging/windows/ametijuhend.iss, see .github/workflows/windows.yml).
# Usage: bash packaging/build.sh   (AMETIJUHEND_DIST / AMETIJUHEND_WORK move the output
# and PyInstaller's scratch folder elsewhere; AMETIJUHEND_PYTHON builds with a Python
# that already has the application's dependencies and PyInstaller, instead of .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '%s\n' "ametijuhend build: $*" >&2; }

if [ -n "${AMETIJUHEND_PYTHON:-}" ]; then
  py=$AMETIJUHEND_PYTHON
else
  packaging/setup.sh
  py=.venv/bin/python
fi
dist=${AMETIJUHEND_DIST:-dist}
work=${AMETIJUHEND_WORK:-build/pyinstaller}
mkdir -p "$dist" "$work"
dist=$(cd "$dist" && pwd)
work=$(cd "$work" && pwd)

if ! "$py" -c 'import PyInstaller' >/dev/null 2>&1; then
  say "installing PyInstaller"
  "$py" -m pip install --disable-pip-version-check -q "pyinstaller>=6.6"
fi
LRELEASE="$(dirname "$py")/pyside6-lrelease" packaging/build_translations.sh

started=$(date +%s)
say "PyInstaller (log: $work/pyinstaller.log)"
if ! "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/ametijuhend.spec > "$work/pyinstaller.log" 2>&1; then
  tail -n 30 "$work/pyinstaller.log" >&2
  say "PyInstaller failed; the whole log is in $work/pyinstaller.log"
  exit 1
fi
say "built $dist/ametijuhend in $(( $(date +%s) - started )) s"

if [ "$(uname -s)" = Linux ]; then
  version=$("$py" -c 'import ametijuhend_desktop as a; print(a.__version__)')
  name="ametijuhend-$version-linux-$(uname -m)"
  stage="$work/$name"
  rm -rf "$stage"
  mkdir -p "$stage"
  cp -a "$dist/ametijuhend" "$stage/ametijuhend"
  cp packaging/linux/install.sh packaging/linux/uninstall.sh "$stage/"
  cp packaging/linux/ametijuhend.desktop packaging/linux/ametijuhend-mime.xml "$stage/"
  cp resources/icons/app.svg "$stage/ametijuhend.svg"
  cp packaging/linux/ametijuhend-document.svg "$stage/"
  chmod +x "$stage/install.sh" "$stage/uninstall.sh"
  tar -C "$work" -czf "$dist/$name.tar.gz" "$name"
  rm -rf "$stage"
  say "packed $dist/$name.tar.gz (install: tar xzf, then $name/install.sh)"
fi
