#!/usr/bin/env bash
# Take the screenshots the AppStream metainfo shows (resources/screenshots/*.png) from the real
# carebook window: a 40-patient sample caseload in a throwaway home folder, the window on a
# 1366x768 Xvfb screen under openbox, driven by the keyboard with xdotool, each shot the whole
# window (nothing cropped), then optimised with optipng.
#
# Needs (Debian): xvfb openbox xdotool imagemagick optipng, and carebook installed in the
# active Python environment (carebook and carebook-window on PATH).
#
#   packaging/desktop/take_screenshots.sh
#
# SHOT_HOME (default /home/coordinator) is the home folder the sample caseload is made in; it
# must not exist yet and is removed afterwards. Its path shows in the window's status bar, so
# it should look like an ordinary home folder. SHOT_DISPLAY (default :91) is the X display.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(cd "$here/../.." && pwd)/resources/screenshots"
display="${SHOT_DISPLAY:-:91}"
home="${SHOT_HOME:-/home/coordinator}"

for tool in Xvfb openbox xdotool import optipng carebook carebook-window; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
if [ -e "$home" ]; then
    echo "$home exists already; set SHOT_HOME to a folder that does not" >&2
    exit 1
fi

pids=()
cleanup() {
    # Stop only what this script started, newest first, then drop the throwaway home.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
    rm -rf "$home"
}
trap cleanup EXIT
trap "exit 1" INT TERM  # so a stopped run cleans up too

# A fresh home: no settings, no remembered views, no caseload.
mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$home/run"
chmod 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" DISPLAY="$display"
unset CAREBOOK_DB QT_QPA_PLATFORM

carebook demo --patients 40
carebook backup >/dev/null  # so the status bar shows the usual state, not "Not backed up yet"

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp &
pids+=($!)
sleep 1
openbox &
pids+=($!)
sleep 1
carebook-window &
pids+=($!)

main=$(xdotool search --sync --onlyvisible --class carebook | head -n 1)

# A fresh home gets the first-start tour a moment after the window shows: Esc skips it.
for _ in $(seq 20); do
    tour=$(xdotool search --onlyvisible --name "^Welcome to carebook$" 2>/dev/null | head -n 1 || true)
    [ -n "$tour" ] && break
    sleep 0.5
done
if [ -n "$tour" ]; then
    xdotool windowactivate --sync "$tour"
    xdotool key Escape
fi
sleep 2  # the first tab's lists are filled by now

shot() {  # shot WINDOW NAME: the window's content, whole, as NAME.png
    import -window "$1" "$out/$2.png"
    echo "$out/$2.png"
}

mkdir -p "$out"
shot "$main" today

# Keys go to the focused window: xdotool's --window sends synthetic events, which Qt ignores.
xdotool windowactivate --sync "$main"
xdotool key alt+a  # the Agenda tab
sleep 2
xdotool key ctrl+shift+w  # its week view
sleep 2
shot "$main" agenda-week

xdotool key alt+p  # the Patients tab
sleep 2
shot "$main" patients

# A patient's record, opened from the list with the keyboard: down to the sixth patient, Return.
xdotool key Down Down Down Down Down
sleep 0.5
xdotool key Return
record=$(xdotool search --sync --onlyvisible --name "patient record" | head -n 1)
sleep 2
shot "$record" patient-record

xdotool key Escape  # the record closes
sleep 1
xdotool windowactivate --sync "$main"
xdotool key ctrl+q
sleep 2

optipng -quiet -o2 "$out"/*.png
ls -l "$out"
