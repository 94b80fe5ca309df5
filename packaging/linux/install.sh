#!/usr/bin/env sh
# Installs Ametijuhend for the current user, no root needed: the program under
# ~/.local/lib/ametijuhend, the command ~/.local/bin/ametijuhend, the menu entry, and the
# .ajx file type with its icon, so that a double-click on a job description opens the
# editor. Run it from the unpacked archive. ./uninstall.sh (also copied next to the
# program) removes all of it again; the user's own documents are never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib="$HOME/.local/lib/ametijuhend"
bin="$HOME/.local/bin"
type=application/x-ametijuhend+xml

if [ ! -x "$here/ametijuhend/ametijuhend" ]; then
  echo "install.sh: run me from the unpacked archive (ametijuhend/ is missing next to me)" >&2
  exit 1
fi

rm -rf "$lib"
mkdir -p "$lib" "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps" \
  "$data/icons/hicolor/scalable/mimetypes" "$data/mime/packages"
cp -a "$here/ametijuhend/." "$lib/"
cp "$here/uninstall.sh" "$lib/uninstall.sh"
ln -sf "$lib/ametijuhend" "$bin/ametijuhend"

# The menu entry starts the program by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=.*|Exec=\"$lib/ametijuhend\" %f|" "$here/ametijuhend.desktop" \
  > "$data/applications/ametijuhend.desktop"
cp "$here/ametijuhend.svg" "$data/icons/hicolor/scalable/apps/ametijuhend.svg"
cp "$here/ametijuhend-document.svg" \
  "$data/icons/hicolor/scalable/mimetypes/application-x-ametijuhend+xml.svg"

# The file type: the freedesktop.org database in the user's data folder.
cp "$here/ametijuhend-mime.xml" "$data/mime/packages/ametijuhend.xml"
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$data/mime"
else
  echo "install.sh: update-mime-database is missing (Debian: shared-mime-info);" \
    ".ajx files are not yet known to the desktop" >&2
fi
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default ametijuhend.desktop "$type"
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true

echo "Ametijuhend on paigaldatud: $lib (käsk: $bin/ametijuhend)."
echo "Ametijuhend is installed: $lib (command: $bin/ametijuhend). Remove it with $lib/uninstall.sh"
