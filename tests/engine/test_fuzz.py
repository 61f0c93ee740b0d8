"""A short run of the content fuzzer (the 10,000-mutation run is in .ci/run)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "fuzz_content.py"


def _fuzzer():
    spec = importlib.util.spec_from_file_location("fuzz_content", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_hundred_mutations_raise_nothing(capsys):
    assert _fuzzer().main(["--seed", "7", "--count", "200"]) == 0
    assert "200 mutations (seed 7), 0 failure(s)" in capsys.readouterr().out


def test_the_fuzzer_reports_an_exception(monkeypatch, capsys):
    fuzzer = _fuzzer()

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(fuzzer, "_load_scenario", broken)
    assert fuzzer.main(["--count", "3"]) == 1
    assert "ValueError: boom" in capsys.readouterr().err
