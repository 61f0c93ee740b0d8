"""Where the app keeps its files: the data folder, the settings file and the error log."""

from __future__ import annotations

import contextlib
from pathlib import Path


def data_dir() -> Path:
    """The user's data folder, created private (0700 on POSIX) when possible. Never raises:
    when the folder cannot be made or used (the path is a file, the disk is read-only), the
    path is still returned, and the store falls back to memory with a plain warning."""
    from simulator.store.datadir import data_dir as store_data_dir
    from simulator.store.datadir import private_folder

    path = Path(store_data_dir())
    # A failure here is reported by the store, which cannot open its file there either.
    with contextlib.suppress(OSError):
        private_folder(path)
    return path


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def error_log_path() -> Path:
    return data_dir() / "errors.log"


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def scenarios_dir() -> Path:
    return repo_root() / "scenarios"
