"""The one place that decides where Vägval keeps the user's own data (progress database)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "VAGVAL_DATA_DIR"
APP_DIR_NAME = "Vagval"
DATABASE_NAME = "vagval.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the user-data folder, without creating it.

    Order of precedence: an explicit ``override`` (the ``--data-dir`` option), then the
    ``VAGVAL_DATA_DIR`` environment variable, then the platform's convention:
    ``%APPDATA%\\Vagval`` on Windows, ``~/Library/Application Support/Vagval`` on macOS and
    ``$XDG_DATA_HOME/vagval`` (default ``~/.local/share/vagval``) elsewhere.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return _platform_default()


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The progress database file inside :func:`data_dir`."""
    return data_dir(override) / DATABASE_NAME


def _platform_default() -> Path:
    home = Path.home()
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Roaming") / APP_DIR_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base_dir / APP_DIR_NAME.lower()
