"""Test-wide setup: headless Qt and a private data folder for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never look for a display in tests; set before any Qt import happens.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the developer's own settings and progress out of every test."""
    data = tmp_path / "vagval-data"
    monkeypatch.setenv("VAGVAL_DATA_DIR", str(data))
    return data
