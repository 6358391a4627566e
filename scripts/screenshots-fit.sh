#!/bin/sh
# Screenshots of every window on the desk's screen (1366×728 = 1366×768 less the taskbar), at
# 100 % and at 125 % scaling, with the demo database and simulated devices:
#
#   scripts/screenshots-fit.sh        → docs/screenshots/fit-100/*.png, docs/screenshots/fit-125/*.png
#
# Uses the fit probe (tests/ui_fit/probe.py) on Qt's offscreen platform with a screen of exactly
# that size; the PNGs are in device pixels, as a person sees them.
set -eu
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
for scale in 1 1.25; do
    pct=$(echo "$scale" | awk '{printf "%d", $1 * 100}')
    out="docs/screenshots/fit-$pct"
    rm -rf "$out"
    PYTHONPATH=. "$bin/python" -m tests.ui_fit.probe --screen 1366x728 --scale "$scale" \
        --shots "$out" > /dev/null
    echo "screenshots: $out ($(ls "$out" | wc -l) windows)"
done
