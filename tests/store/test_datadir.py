"""The data folder: override, environment variable, and per-platform defaults."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from simulator.store import datadir


def test_conftest_points_the_data_folder_at_tmp(_private_data_dir: Path) -> None:
    assert datadir.data_dir() == _private_data_dir
    assert datadir.database_path() == _private_data_dir / "vagval.db"


def test_explicit_option_beats_environment(tmp_path: Path) -> None:
    assert datadir.data_dir(tmp_path / "x") == tmp_path / "x"


def test_linux_default_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VAGVAL_DATA_DIR")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert datadir.data_dir() == tmp_path / "xdg" / "vagval"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert datadir.data_dir() == tmp_path / ".local" / "share" / "vagval"


def test_windows_and_mac_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VAGVAL_DATA_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert datadir.data_dir() == tmp_path / "Roaming" / "Vagval"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert datadir.data_dir() == tmp_path / "Library" / "Application Support" / "Vagval"
