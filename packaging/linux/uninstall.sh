#!/usr/bin/env sh
# Removes what install.sh put under ~/.local: the program, the command, the menu entry,
# the icons and the .ajx file type. The user's job descriptions (.ajx, .docx) wherever
# they are, the settings and the recovery files are left alone.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib="$HOME/.local/lib/ametijuhend"
bin="$HOME/.local/bin"

if [ -L "$bin/ametijuhend" ]; then
  rm -f "$bin/ametijuhend"
fi
rm -f "$data/applications/ametijuhend.desktop" \
  "$data/icons/hicolor/scalable/apps/ametijuhend.svg" \
  "$data/icons/hicolor/scalable/mimetypes/application-x-ametijuhend+xml.svg" \
  "$data/mime/packages/ametijuhend.xml"
config=${XDG_CONFIG_HOME:-$HOME/.config}
if [ -f "$config/mimeapps.list" ]; then  # the default set by xdg-mime in install.sh
  sed -i '/=ametijuhend\.desktop;\?$/d' "$config/mimeapps.list"
fi
if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ]; then
  update-mime-database "$data/mime"
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
rm -rf "$lib"
echo "Ametijuhend on eemaldatud; dokumendid jäid alles. / Ametijuhend is removed; documents are kept."
