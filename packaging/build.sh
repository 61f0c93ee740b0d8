#!/usr/bin/env bash
# Build Vägval's one-folder bundle and the Linux tarball from this checkout.
#
#   packaging/build.sh   ->  dist/vagval/  and  dist/vagval-<version>-linux-<arch>.tar.gz
#
# Python comes from the venv named by $VENV (default .venv, made and filled here if missing);
# PyInstaller is installed into it at the pinned version. Scratch files go to build/.
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"
VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -e .
fi
"$VENV/bin/pip" install -q "pyinstaller==${PYINSTALLER_VERSION}"

rm -rf build/vagval dist/vagval
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level ERROR \
  --distpath dist --workpath build packaging/vagval.spec

# The menu entry and its installer travel in the tarball, beside the programs.
cp packaging/linux/vagval.desktop packaging/linux/install-linux.sh packaging/THIRD-PARTY.md dist/vagval/

version=$(dist/vagval/vagval-cli --version | head -n1 | cut -d' ' -f2)
tarball="dist/vagval-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" vagval
echo "build: dist/vagval is $(du -sm dist/vagval | cut -f1) MB unpacked; $tarball is $(du -sm "$tarball" | cut -f1) MB"
