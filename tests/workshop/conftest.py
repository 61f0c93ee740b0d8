"""Fixtures for the workshop tests: the worked example (three decisions, a critical option at
the last one, workshop notes at the first) and a shipped scenario with many notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.engine.library import Loaded, load_library

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "example-scenario.md"
SOMMARLOVET = ROOT / "scenarios" / "heder" / "sommarlovet.md"


def load(path: Path) -> Loaded:
    (loaded,) = [x for x in load_library([path]) if x.scenario is not None]
    assert loaded.ok, [d.format() for d in loaded.diagnostics]
    return loaded


@pytest.fixture(scope="session")
def example() -> Loaded:
    return load(EXAMPLE)


@pytest.fixture(scope="session")
def sommarlovet() -> Loaded:
    return load(SOMMARLOVET)


@pytest.fixture
def scenario_dir(tmp_path: Path) -> Path:
    """A library folder with the example, a shipped scenario and the guidance catalogue."""
    d = tmp_path / "scenarios"
    d.mkdir()
    shutil.copy(EXAMPLE, d / "exempel.md")
    shutil.copy(SOMMARLOVET, d / "sommarlovet.md")
    shutil.copy(ROOT / "scenarios" / "guidance.md", d / "guidance.md")
    return d
