#!/usr/bin/env bash
# Install carebook for the current user from this unpacked tarball: the app folder into
# ~/.local/lib/carebook, the programs `carebook` and `carebook-window` as links in ~/.local/bin,
# and, when the build carries them, the desktop file and the icons, so carebook appears in the
# desktop's application menu. Nothing outside your home folder is touched; no root needed.
#   ./install.sh             install (or update: the previous copy is replaced)
#   ./install.sh --uninstall remove what install.sh put there (your caseload stays)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$HOME/.local/lib/carebook"
bin="$HOME/.local/bin"
desktop="$data_home/applications/carebook.desktop"
icons="$data_home/icons/hicolor"

refresh_menus() {
    # Tell the desktop about the change, where its tools are installed.
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$data_home/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f "$icons/index.theme" ]]; then
        gtk-update-icon-cache -q -t "$icons" || true
    fi
}

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -f "$bin/carebook" "$bin/carebook-window" "$desktop"
    rm -f "$data_home/metainfo/io.github.carebook.carebook.metainfo.xml"
    rm -f "$icons"/*/apps/carebook.png "$icons"/*/apps/carebook.svg
    rm -rf "$app"
    refresh_menus
    echo "carebook removed; your caseload is still in $data_home/carebook"
    exit 0
fi

if [[ ! -x "$here/carebook/carebook" ]]; then
    echo "install.sh: run it from the unpacked carebook tarball (no carebook/carebook here)" >&2
    exit 2
fi

mkdir -p "$HOME/.local/lib" "$bin"
rm -rf "$app.new"
cp -a "$here/carebook" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/carebook" "$bin/carebook"
ln -sf "$app/carebook-window" "$bin/carebook-window"
echo "installed carebook in $app, with carebook and carebook-window in $bin"

resources="$app/_internal/resources"
if [[ -f "$resources/carebook.desktop" ]]; then
    mkdir -p "$(dirname "$desktop")"
    # The menu starts the installed program by its full path: not every desktop has
    # ~/.local/bin on its PATH.
    sed -e "s|^Exec=carebook-window|Exec=$app/carebook-window|" \
        -e "s|^TryExec=carebook-window|TryExec=$app/carebook-window|" \
        "$resources/carebook.desktop" >"$desktop"
    echo "added carebook to the application menu ($desktop)"
else
    echo "this build has no desktop file: start carebook with carebook-window"
fi

metainfo="$resources/io.github.carebook.carebook.metainfo.xml"
if [[ -f "$metainfo" ]]; then
    # Software centres list what is installed from the metainfo files they find here.
    install -D -m 0644 "$metainfo" "$data_home/metainfo/$(basename "$metainfo")"
fi

if [[ -d "$resources/icons/hicolor" ]]; then
    for icon in "$resources"/icons/hicolor/*/apps/carebook.*; do
        size="$(basename "$(dirname "$(dirname "$icon")")")"
        install -D -m 0644 "$icon" "$icons/$size/apps/$(basename "$icon")"
    done
    echo "added carebook's icons to $icons"
fi
refresh_menus

case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "note: $bin is not on your PATH; add it to run carebook from a terminal" ;;
esac
