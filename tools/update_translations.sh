#!/bin/sh
# Refresh the translation sources from ui/ and compile them for the app.
#   1. pyside6-lupdate collects every tr("...") string into assets/vagval_en.ts and
#      assets/vagval_sv.ts (existing translations are kept; new strings are marked unfinished);
#   2. translate the new strings in vagval_en.ts, and give the Swedish plural forms of every
#      counted string (tr("%n ...", None, n)) in vagval_sv.ts — Swedish is the source language,
#      so that file holds nothing else (Qt Linguist: .venv/bin/pyside6-linguist FILE.ts);
#   3. pyside6-lrelease compiles assets/vagval_en.qm and vagval_sv.qm, loaded by path.
set -eu
cd "$(dirname "$0")/.."
BIN=.venv/bin
for lang in en sv; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations relative ui/*.py ui/workshop/*.py \
        ui/authoring/*.py -ts "assets/vagval_$lang.ts"
    "$BIN/pyside6-lrelease" "assets/vagval_$lang.ts" -qm "assets/vagval_$lang.qm"
done
