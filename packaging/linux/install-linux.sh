#!/usr/bin/env sh
# Install the unpacked Vägval bundle (the folder this script is in) on Linux.
#
#   ./install-linux.sh            for this user: ~/.local/opt/vagval, ~/.local/bin/vagval,
#                                 the menu entry and icons under ~/.local/share
#   sudo ./install-linux.sh --system
#                                 for every user: /opt/vagval, /usr/local/bin/vagval,
#                                 /usr/local/share/applications and the hicolor icon theme
#
# The organisation's settings file is separate: put it at /etc/vagval/organisation.toml
# (docs/install.md describes it). Uninstall by deleting what this script lists.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--system" ]; then
  opt=/opt/vagval; bin=/usr/local/bin; share=/usr/local/share
else
  opt="$HOME/.local/opt/vagval"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
if [ "$here" != "$opt" ]; then
  rm -rf "$opt"
  mkdir -p "$(dirname "$opt")"
  cp -a "$here" "$opt"
fi
mkdir -p "$bin" "$share/applications"
ln -sf "$opt/vagval" "$bin/vagval"
ln -sf "$opt/vagval-cli" "$bin/vagval-cli"
sed "s#^Exec=vagval#Exec=$opt/vagval#" "$opt/vagval.desktop" > "$share/applications/vagval.desktop"
icons="$opt/_internal/assets/icons"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$icons/vagval-$size.png" "$share/icons/hicolor/${size}x${size}/apps/vagval.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$icons/vagval.svg" "$share/icons/hicolor/scalable/apps/vagval.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$share/icons/hicolor" 2>/dev/null || true
echo "Installed: $opt, $bin/vagval, $bin/vagval-cli, $share/applications/vagval.desktop, icons in $share/icons/hicolor"
