"""Test-wide setup: headless Qt and a private data folder for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never look for a display in tests; set before any Qt import happens.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # hypothesis is a test dependency; CI runs the same examples every time (no flakes)
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        _hypothesis_settings.load_profile("ci")
except ImportError:  # pragma: no cover - the Qt-free CI venv installs it too
    pass

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the developer's own settings and progress, and any organisation settings file
    on this machine (/etc/vagval), out of every test."""
    data = tmp_path / "vagval-data"
    monkeypatch.setenv("VAGVAL_DATA_DIR", str(data))
    monkeypatch.setenv("VAGVAL_ORG_SETTINGS", str(tmp_path / "no-organisation.toml"))
    # Never the developer's own credential store or LRS (simulator/lrs/config.py).
    monkeypatch.setenv("VAGVAL_NO_KEYRING", "1")
    for name in ("VAGVAL_LRS_ENDPOINT", "VAGVAL_LRS_KEY", "VAGVAL_LRS_SECRET"):
        monkeypatch.delenv(name, raising=False)
    return data
