"""Where the app keeps its files: the data folder, the settings file and the error log."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The user's data folder; the store's own resolver decides when it is available."""
    try:
        from simulator.store.datadir import data_dir as store_data_dir  # type: ignore[attr-defined]
    except ImportError:
        store_data_dir = None
    path = Path(store_data_dir()) if store_data_dir is not None else _fallback_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _fallback_data_dir() -> Path:
    override = os.environ.get("VAGVAL_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Vagval"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Vagval"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "vagval"


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def error_log_path() -> Path:
    return data_dir() / "errors.log"


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def scenarios_dir() -> Path:
    return repo_root() / "scenarios"
