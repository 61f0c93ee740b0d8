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


def private_folder(folder: Path) -> None:
    """Create the data folder if needed and make it private to its owner (POSIX 0700): on a
    shared municipal computer, other accounts must not read trainees' results."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _tighten(folder, 0o700)


def others_can_change(folder: Path) -> bool:
    """POSIX: may someone other than this user (and the administrator) create, rename or
    replace files in ``folder``? Then they could swap the database for a link to a file of
    their choosing between Vägval's check and SQLite's open, so the folder is not used."""
    if os.name != "posix":
        return False  # %APPDATA% is the user's own
    try:
        info = folder.stat()
    except OSError:
        return False  # a folder that cannot be read is reported when it is opened
    if info.st_uid not in (os.getuid(), 0):
        return True
    return bool(info.st_mode & 0o022)


def make_private(path: Path) -> None:
    """Make a data file (and the database's -wal/-shm companions, if any) owner-only (0600)."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists() and not candidate.is_symlink():
            _tighten(candidate, 0o600)


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":
        return  # Windows keeps %APPDATA% per user already
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # a folder we may not change is reported when writing to it fails


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
