"""main.py tells the app's own options from the author commands."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("vagval_main", ROOT / "main.py")
assert spec is not None and spec.loader is not None
vagval_main = importlib.util.module_from_spec(spec)
spec.loader.exec_module(vagval_main)


@pytest.mark.parametrize(("args", "folder"), [
    (["--data-dir", "/tmp/x"], "/tmp/x"),
    (["--data-dir=/tmp/y"], "/tmp/y"),
    (["validate", "scenarios"], None),
    (["play", "f.md", "--data-dir", "/tmp/z"], None),  # a sub-command's own option
])
def test_app_options(args, folder):
    assert vagval_main.app_options(args) == folder


@pytest.mark.parametrize("args", [["--data-dir"], ["--data-dir="]])
def test_data_dir_without_a_folder_is_refused(args, capsys):
    assert vagval_main.main(args) == 2
    assert "usage: main.py [--data-dir DIR]" in capsys.readouterr().err


def test_an_empty_data_dir_for_the_app_is_refused():
    """`main.py --data-dir ""` opened the app with the current folder as its data folder
    (os.path.abspath("")), writing the progress file and settings wherever it was run."""
    with pytest.raises(ValueError):
        vagval_main.app_options(["--data-dir", ""])
