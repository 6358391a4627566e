#!/bin/sh
# The installer's first pages under Wine on a virtual screen (Xvfb), for docs/screenshots/.
#   sh installer/screenshot.sh      (after make installer; needs xdotool and ImageMagick)
# Not part of CI: a picture for people to look at, made in its own Wine prefix.
set -eu
cd "$(dirname "$0")/.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' jdih_desktop/__init__.py)
exe="dist/JDIH_Desktop_${version}_setup.exe"
out=docs/screenshots
export WINEPREFIX="$PWD/build/wine-shot" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
disp=:147
Xvfb $disp -screen 0 1024x768x24 >/dev/null 2>&1 & xpid=$!
trap 'kill $xpid 2>/dev/null; wineserver -k 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$disp
[ -d "$WINEPREFIX" ] || { wineboot --init >/dev/null 2>&1; wineserver -w; }
wine "$exe" >/dev/null 2>&1 &
wait_for() {  # window title pattern
  i=0; while [ $i -lt 120 ]; do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
    sleep 0.5; i=$((i + 1)); done
  echo "screenshot: no window '$1'" >&2; return 1
}
wait_for "Installer Language"; sleep 2
import -window root "$out/installer-language-wine.png"
xdotool key Up Return  # Bahasa Indonesia (listed above English)
wait_for "JDIH Desktop"; sleep 3
import -window root "$out/installer-welcome-wine.png"
echo "wrote $out/installer-language-wine.png and $out/installer-welcome-wine.png"
