#!/bin/sh
# Refresh the translation source from ui/ and compile it for the app.
#   1. pyside6-lupdate collects every tr("...") string into assets/vagval_en.ts
#      (existing translations are kept; new strings are marked unfinished);
#   2. translate the new strings (Qt Linguist: .venv/bin/pyside6-linguist assets/vagval_en.ts);
#   3. pyside6-lrelease compiles assets/vagval_en.qm, which the app loads by path.
set -eu
cd "$(dirname "$0")/.."
BIN=.venv/bin
"$BIN/pyside6-lupdate" -no-obsolete -locations relative ui/*.py ui/workshop/*.py ui/authoring/*.py -ts assets/vagval_en.ts
"$BIN/pyside6-lrelease" assets/vagval_en.ts -qm assets/vagval_en.qm
