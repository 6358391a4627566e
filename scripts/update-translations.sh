#!/bin/sh
# Refreshes the English translation of the (Indonesian) user interface.
#
#   scripts/update-translations.sh [--no-obsolete]
#
# 1. pyside6-lupdate reads every jdih_desktop/**/*.py, tracked or not yet added to git (never
#    .venv or ignored files), and merges the strings wrapped in tr() / translate() into
#    jdih_desktop/i18n/jdih_en.ts. Existing translations are kept; strings that vanished from
#    the code stay as "vanished" entries (Linguist can reuse them) unless --no-obsolete drops them.
#    Labels the UI shows from data (document types, SOP steps, field names...) and sentences of
#    the lower layers are marked where they are defined with QT_TRANSLATE_NOOP("<Context>", ...)
#    (PySide6's or the pure-Python one of jdih_desktop/i18n/labels.py; lupdate reads both by
#    name) and translated at display with jdih_desktop/i18n/marker.translate_text.
#    New strings appear as unfinished: translate them (e.g. .venv/bin/pyside6-linguist).
# 2. pyside6-lrelease compiles the .ts into jdih_desktop/i18n/jdih_en.qm, the file the app loads.
#
# Source locations are not written into the .ts ("-locations none"): the file then changes only
# when strings change, not whenever someone inserts a line above a tr() call.
# tests/i18n/ fails when a string lacks a finished translation or the .qm is stale, so run this
# script (and translate) whenever you add or change a UI string.
set -eu
cd "$(dirname "$0")/.."

bin=${VENV_BIN:-.venv/bin}
ts=jdih_desktop/i18n/jdih_en.ts
qm=jdih_desktop/i18n/jdih_en.qm
obsolete=""
case "${1:-}" in
  "") ;;
  --no-obsolete) obsolete="-no-obsolete" ;;
  *) echo "usage: $0 [--no-obsolete]" >&2; exit 2 ;;
esac
for tool in pyside6-lupdate pyside6-lrelease; do
  if [ ! -x "$bin/$tool" ]; then
    echo "$bin/$tool not found: run 'make test' (or pip install -e '.[dev]') first" >&2
    exit 1
  fi
done

list=$(mktemp)
trap 'rm -f "$list"' EXIT
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked plus untracked-but-not-ignored files, so a new module is picked up before its commit.
  git ls-files --cached --others --exclude-standard -- 'jdih_desktop/*.py' \
    | while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done | sort -u >"$list"
else
  find jdih_desktop -name '*.py' -not -path '*/__pycache__/*' | sort >"$list"
fi
if [ ! -s "$list" ]; then
  echo "no Python sources found under jdih_desktop/" >&2
  exit 1
fi
mkdir -p "$(dirname "$ts")"
"$bin/pyside6-lupdate" -silent -locations none -source-language id_ID -target-language en_GB \
  $obsolete "@$list" -ts "$ts"
"$bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
# Qt's own dialogs in Indonesian (Qt ships no qtbase_id): hand-translated, compiled here.
"$bin/pyside6-lrelease" -silent jdih_desktop/i18n/qtbase_id.ts -qm jdih_desktop/i18n/qtbase_id.qm

# A short account: how many strings still need an English text.
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
total=$(grep -c '<message' "$ts" || true)
echo "$ts: $total messages, $unfinished unfinished; compiled $qm"
