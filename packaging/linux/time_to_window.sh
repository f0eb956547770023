#!/usr/bin/env bash
# Time from starting a carebook window program until its main window is on the screen, for each
# program given (e.g. the built dist/carebook/carebook-window and the virtualenv's
# .venv/bin/carebook-window): one warm-up start, then RUNS timed starts (default 5), then the
# median. Each program gets its own fresh data folder with the 40-patient sample, made by a
# console program found beside it. Needs an X display (DISPLAY; Xvfb will do) and xdotool.
#   DISPLAY=:91 bash packaging/linux/time_to_window.sh dist/carebook/carebook-window \
#       .venv/bin/carebook-window
set -euo pipefail

runs="${RUNS:-5}"
if [[ -z "${DISPLAY:-}" ]] || ! command -v xdotool >/dev/null; then
    echo "time_to_window: needs DISPLAY set and xdotool installed" >&2
    exit 2
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

one_start() {  # one start of $1; prints the milliseconds until its main window is mapped
    local started pid found
    started=$(now_ms)
    "$1" >/dev/null 2>&1 &
    pid=$!
    # The main window's title is "carebook — <file name>". Polled every 10 ms: xdotool's own
    # --sync waits in half-second steps, too coarse for this.
    found=""
    while [[ -z "$found" ]] && (( $(now_ms) - started < 60000 )); do
        found=$(xdotool search --all --onlyvisible --pid "$pid" --name '^carebook — ' \
            2>/dev/null | head -1 || true)
        [[ -n "$found" ]] || sleep 0.01
    done
    local elapsed=$(( $(now_ms) - started ))
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -z "$found" ]]; then
        echo "time_to_window: $1 showed no main window within 60 s" >&2
        return 1
    fi
    echo "$elapsed"
}

for program in "$@"; do
    program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")"
    home="$(mktemp -d)"
    export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state"
    "$(dirname "$program")/carebook" demo --patients 40 >/dev/null
    one_start "$program" >/dev/null  # warm-up: the disk cache, and any first-start screen
    times=()
    for _ in $(seq "$runs"); do
        times+=("$(one_start "$program")")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$program: ${times[*]} ms; median $median ms"
    rm -rf "$home"
done
