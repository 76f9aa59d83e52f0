#!/bin/sh
# Starts Atelier full screen inside cage, the Wayland kiosk compositor: one application, no desktop,
# no panel, no way to switch away. Used by atelier.service; also runs by hand from a text console:
#   atelier-cage --workshop demo
# Every argument goes to `atelier run`. Environment:
#   ATELIER_BIN    the atelier binary (default: the one beside this script, else atelier on PATH)
#   CAGE_ARGS      options for cage (default "-d": no window decorations). Do not add -s: it would let
#                  a keyboard switch virtual terminals (Ctrl+Alt+F1...), which cage refuses by default.
set -eu

here=$(dirname "$(readlink -f "$0")")
bin=${ATELIER_BIN:-}
if [ -z "$bin" ]; then
    if [ -x "$here/atelier" ]; then bin="$here/atelier"; else bin=$(command -v atelier || true); fi
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    echo "atelier-cage: cannot find the atelier binary (set ATELIER_BIN)" >&2
    exit 1
fi
if ! command -v cage >/dev/null 2>&1; then
    echo "atelier-cage: cage is not installed (apt install cage)" >&2
    exit 1
fi

# SDL talks Wayland to cage; touches arrive as Wayland touch events, already rotated by the compositor.
export SDL_VIDEODRIVER=wayland
# systemd's watchdog is meant for the process that pings: the main process of the unit is cage, so the
# shell below names itself (its pid stays the same through exec) as the one systemd watches.
exec cage ${CAGE_ARGS:--d} -- /bin/sh -c 'WATCHDOG_PID=$$; export WATCHDOG_PID; exec "$0" run "$@"' "$bin" "$@"
