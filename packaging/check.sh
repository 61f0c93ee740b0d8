#!/usr/bin/env bash
# The packaging check (run by .ci/run): build the Linux bundle from the committed tree, then
# use the tarball alone, unpacked elsewhere, with no virtualenv and no Python on the path:
#   1. --version answers;
#   2. the app starts offscreen, paints, loads the shipped library and quits (--smoke-test);
#   3. `validate` passes on the shipped library inside the bundle;
#   4. a scenario is played through the terminal player with scripted input, and the attempt
#      is then found in the data folder by the bundle's own `progress` command;
#   5. the same start on a real X server (Xvfb, through the xcb platform plugin);
#   6. the bundle holds no QML/Quick, has the platform plugins and Qt's Swedish translation;
# and print the unpacked size. Needs the project's venv (.venv) with its dependencies installed.
#
# On Debian as root (CI), it first installs what the build and step 5 need from Debian's
# packages: the two xcb libraries Qt's xcb plugin links that are not always present (without
# them on the build machine they would be missing from the bundle), Xvfb, and desktop-file-utils.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
VENV="${VENV:-$repo/.venv}"
work=$(mktemp -d "${TMPDIR:-/tmp}/vagval-packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT

say() { echo "packaging: $*"; }
fail() { echo "packaging: FAILED: $*" >&2; exit 1; }

DEBIAN_PACKAGES="libxcb-icccm4 libxcb-keysyms1 xvfb xauth desktop-file-utils"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null \
   && ! dpkg -s $DEBIAN_PACKAGES >/dev/null 2>&1; then
  say "installing $DEBIAN_PACKAGES"
  { apt-get install -y -q $DEBIAN_PACKAGES || { apt-get update -q && apt-get install -y -q $DEBIAN_PACKAGES; }; } \
    > "$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log" >&2; fail "apt-get install"; }
fi

if [ -n "${VAGVAL_CHECK_TARBALL:-}" ]; then
  tarball="$VAGVAL_CHECK_TARBALL"  # while working on this script: check a tarball already built
else
  # A clean tree: only what is committed (a developer's stray files cannot slip in).
  mkdir "$work/src"
  git -C "$repo" archive HEAD | tar -x -C "$work/src"
  say "building from $(git -C "$repo" rev-parse --short HEAD) in $work/src"
  start=$(date +%s)
  (cd "$work/src" && VENV="$VENV" packaging/build.sh)
  say "build took $(( $(date +%s) - start )) s"
  tarball=$(ls "$work"/src/dist/vagval-*-linux-*.tar.gz)
fi
mkdir "$work/unpacked" "$work/home" "$work/data"
tar -xzf "$tarball" -C "$work/unpacked"
bundle="$work/unpacked/vagval"
[ -x "$bundle/vagval" ] && [ -x "$bundle/vagval-cli" ] || fail "the tarball has no vagval programs"

# Nothing but the bundle: a bare environment, a PATH without any venv or python.
run() {
  env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    VAGVAL_DATA_DIR="$work/data" VAGVAL_ORG_SETTINGS="$work/no-organisation.toml" "$@"
}
if run sh -c 'command -v python3 || command -v python' | grep -q "venv"; then
  fail "a virtualenv's python is still on the path"
fi

version=$(run "$bundle/vagval-cli" --version) || fail "--version"
say "version: $(echo "$version" | tr '\n' ' ')"

smoke=$(run timeout 120 "$bundle/vagval" --smoke-test 2>"$work/smoke.err") || {
  cat "$work/smoke.err" >&2; fail "the app did not start to its first paint"; }
say "$smoke"
echo "$smoke" | grep -q "painted on offscreen" || fail "no first paint"
echo "$smoke" | grep -q "Qt translation yes" || fail "Qt's Swedish translation was not loaded"

# An organisation file naming a network share that is not there: the app still starts.
cat > "$work/organisation.toml" <<TOML
format = "vagval-organisation/1"
[organisation]
name = "Paketkontrollens kommun"
[scenarios]
folders = ["$work/share-that-is-not-there"]
[settings]
feedback_mode = "end"
locked = ["feedback_mode"]
TOML
org=$(run env VAGVAL_ORG_SETTINGS="$work/organisation.toml" timeout 120 "$bundle/vagval-cli" \
      --smoke-test 2>"$work/org.err") || { cat "$work/org.err" >&2; fail "start with an organisation file"; }
say "with an organisation file and a missing share: $org"
run "$bundle/vagval-cli" organisation "$work/organisation.toml" --lang en > "$work/org-check.txt" \
  || { cat "$work/org-check.txt" >&2; fail "the organisation command found faults in a good file"; }
say "organisation command: $(tail -n 1 "$work/org-check.txt")"

run "$bundle/vagval-cli" validate "$bundle/_internal/scenarios" > "$work/validate.txt" \
  || { cat "$work/validate.txt" >&2; fail "validate on the shipped library"; }
say "validate: $(tail -n 1 "$work/validate.txt")"

scenario="$bundle/_internal/scenarios/lamna/vagen-ut.md"
for _ in $(seq 60); do echo 1; done > "$work/answers.txt"  # always the first choice
run "$bundle/vagval-cli" play "$scenario" --trainee Paketkontroll < "$work/answers.txt" \
  > "$work/play.txt" || { tail -n 20 "$work/play.txt" >&2; fail "play"; }
[ -f "$work/data/vagval.db" ] || fail "no progress file in the data folder after play"
run "$bundle/vagval-cli" progress --trainee Paketkontroll --json > "$work/progress.json" \
  || fail "progress"
scenario_id=$(grep -m1 '^id:' "$scenario" | cut -d' ' -f2)
grep -q "\"scenario_id\": \"$scenario_id\"" "$work/progress.json" \
  || { cat "$work/progress.json" >&2; fail "the attempt is not in the data folder"; }
grep -q '"finished": "' "$work/progress.json" || fail "the attempt was not finished"
say "play: the attempt on $scenario_id is in $work/data/vagval.db"

if command -v xvfb-run >/dev/null; then
  x11=$(run env QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a "$bundle/vagval-cli" --smoke-test \
        2>"$work/x11.err") || {
    cat "$work/x11.err" >&2; fail "the app did not start on X11 (Xvfb)"; }
  echo "$x11" | grep -q "painted on xcb" || fail "no first paint on xcb: $x11"
  say "$x11"
else
  say "no xvfb-run here: the X11 start was NOT checked"
fi

internal="$bundle/_internal"
if find "$bundle" \( -iname "*qml*" -o -iname "*quick*" \) | grep -q .; then
  fail "QML/Quick files in the bundle: $(find "$bundle" \( -iname '*qml*' -o -iname '*quick*' \) | head -n 3)"
fi
for plugin in libqxcb.so libqwayland.so libqoffscreen.so; do
  [ -f "$internal/PySide6/Qt/plugins/platforms/$plugin" ] || fail "platform plugin $plugin missing"
done
[ -f "$internal/PySide6/Qt/translations/qtbase_sv.qm" ] || fail "qtbase_sv.qm missing"
[ -f "$internal/assets/vagval_en.qm" ] || fail "our English translation missing"
[ -f "$internal/scenarios/guidance.md" ] || fail "the guidance catalogue missing"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$bundle/vagval.desktop" || fail "vagval.desktop"
fi
say "bundle: $(du -sm "$bundle" | cut -f1) MB unpacked, tarball $(du -sm "$tarball" | cut -f1) MB"
say "all checks passed"
