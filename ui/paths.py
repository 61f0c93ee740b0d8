"""Where the app keeps its files: the data folder, the settings file and the error log."""

from __future__ import annotations

from pathlib import Path


def data_dir() -> Path:
    """The user's data folder; the store's own resolver decides when it is available."""
    from simulator.store.datadir import data_dir as store_data_dir

    path = Path(store_data_dir())
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def error_log_path() -> Path:
    return data_dir() / "errors.log"


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def scenarios_dir() -> Path:
    return repo_root() / "scenarios"
