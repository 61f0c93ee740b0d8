"""Fixtures for engine tests: the tiny catalogue and a builder for inline scenarios."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from engine_support import CATALOGUE, scenario_text

from simulator.engine.library import Loaded, load_catalogue, load_scenario
from simulator.format.model import Catalogue


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    path = tmp_path / "guidance.md"
    path.write_text(CATALOGUE, encoding="utf-8")
    result = load_catalogue(path)
    assert result.diagnostics == []
    assert result.catalogue is not None
    return result.catalogue


@pytest.fixture
def build(tmp_path: Path, catalogue: Catalogue) -> Callable[..., Loaded]:
    """Write an inline scenario to a file and load it with the test catalogue."""

    def _build(body: str, extra: str = "", raw: str | None = None) -> Loaded:
        path = tmp_path / "scenario.md"
        path.write_text(raw if raw is not None else scenario_text(body, extra), encoding="utf-8")
        return load_scenario(path, catalogue)

    return _build

