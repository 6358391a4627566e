#!/bin/sh
# Installs the Debian/Ubuntu packages JDIH Desktop needs, only when they are missing.
#   system-deps.sh gui    what Qt's xcb platform needs to open a real window
#   system-deps.sh test   what the test suite needs (SANE test backend, fonts, PostgreSQL)
#   system-deps.sh installer  what `make installer`/`installer-check` need: NSIS, Wine 64-bit,
#                         7-Zip, osslsigncode (Authenticode check), Xvfb+xdotool+ImageMagick
#                         (installer/screenshot.sh)
# As root it runs apt-get; otherwise it prints the exact command to run.
set -eu
what=${1:-test}
case "$what" in
  gui)  pkgs="libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-wqy-microhei" ;;
  test) pkgs="libsane1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core fonts-wqy-microhei postgresql poppler-utils" ;;
  installer) pkgs="nsis wine wine64 7zip osslsigncode xvfb xauth xdotool imagemagick fonts-dejavu-core" ;;
  *) echo "usage: $0 gui|test|installer" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can do here
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Please install (as root): apt-get install$missing" >&2
  [ "$what" = test ] && exit 0 || exit 1
fi
