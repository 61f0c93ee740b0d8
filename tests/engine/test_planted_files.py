"""Odd files where a scenario, the catalogue, the organisation file or a studio recovery file is
expected (the scenario itself: tests/engine/test_hostile_content.py): a named pipe, a link
to /dev/zero, a too-deep TOML file. Each is refused with a plain
message; nothing waits for ever or reads without end (simulator/format/reading.py)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from engine_support import CATALOGUE

from simulator import organisation
from simulator.authoring import workspace
from simulator.engine.library import load_catalogue
from simulator.format.reading import FileTooLarge, NotAFile, read_file
from tests.planted import pipe_with_writer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = (ROOT / "docs" / "example-scenario.md").read_bytes()
CATALOGUE_FILE = ROOT / "scenarios" / "guidance.md"


def test_a_named_pipe_as_the_catalogue_is_refused(tmp_path: Path):
    with pipe_with_writer(tmp_path / "guidance.md", CATALOGUE.encode("utf-8")) as taken:
        result = load_catalogue(tmp_path / "guidance.md")
        assert not taken
    assert result.catalogue is None
    assert [d.code for d in result.diagnostics] == ["file-not-regular"]


def test_a_device_or_a_fifo_is_not_even_opened(tmp_path: Path):
    """read_file looks before it opens: opening a FIFO releases a writer waiting on it, and
    opening some devices does something."""
    with pipe_with_writer(tmp_path / "pipe", b"data") as taken:
        with pytest.raises(NotAFile):
            read_file(tmp_path / "pipe", 100)
        assert not taken
    with pytest.raises(NotAFile):
        read_file("/dev/zero", 10)
    with pytest.raises(FileTooLarge):
        read_file(Path(CATALOGUE_FILE), 10)


def test_the_organisation_file_as_a_named_pipe_or_device(tmp_path: Path):
    good = b'format = "vagval-organisation/1"\n[organisation]\nname = "Planterad"\n'
    with pipe_with_writer(tmp_path / "org.toml", good) as taken:
        org = organisation.load(tmp_path / "org.toml")
        assert not taken
    assert org.name == ""
    assert [p.code for p in org.problems] == ["not_file"]
    assert "named pipe" in org.problems[0].message("en")
    assert "namngiven pipe" in org.problems[0].message("sv")
    org = organisation.load("/dev/zero")  # read without end before
    assert [p.code for p in org.problems] == ["not_file"]


def test_a_deeply_nested_organisation_file_is_a_syntax_problem(tmp_path: Path):
    path = tmp_path / "org.toml"
    path.write_text('format = "vagval-organisation/1"\na = ' + "[" * 20000 + "]" * 20000,
                    encoding="utf-8")
    org = organisation.load(path)  # RecursionError out of tomllib before
    assert [p.code for p in org.problems] == ["syntax"]
    assert "TOML" in org.problems[0].message("sv")


def test_a_planted_recovery_pipe_does_not_hang_the_studio(tmp_path: Path, monkeypatch):
    scenario = tmp_path / "s.md"
    scenario.write_bytes(EXAMPLE)
    target = workspace.recovery_path(scenario)
    target.parent.mkdir(parents=True)
    with pipe_with_writer(target, b"planted text") as taken:
        assert workspace.read_recovery(scenario, EXAMPLE.decode("utf-8")) is None
        assert not taken
    os.unlink(target)
    target.symlink_to("/dev/zero")
    assert workspace.read_recovery(scenario, "") is None


def test_a_control_character_in_an_organisation_path_is_a_problem(tmp_path: Path):
    """TOML can write a NUL ("\\u0000"); as the logo it made the PDF export raise ValueError
    (embedded null byte), as a scenario folder the loader met it as an internal fault."""
    path = tmp_path / "org.toml"
    path.write_text('format = "vagval-organisation/1"\n[organisation]\nname = "K"\n'
                    'logo = "/tmp/a\\u0000b.png"\n[scenarios]\n'
                    'folders = ["/tmp/x\\u0001y", "/srv/vagval"]\n', encoding="utf-8")
    org = organisation.load(path)
    assert org.logo is None and org.scenario_folders == (Path("/srv/vagval"),)
    assert [p.code for p in org.problems] == ["path_control", "path_control"]
    assert "U+0000" in org.problems[0].message("sv") and "styrtecken" in org.problems[0].message("sv")
    assert "control character" in org.problems[1].message("en")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_scenario_saved_as_utf16_is_named_as_such_not_binary(tmp_path: Path, encoding: str):
    """Windows' Notepad saves "Unicode" as UTF-16; `validate` called such a file binary."""
    from simulator.engine.library import load_scenario

    path = tmp_path / "s.md"
    path.write_bytes(EXAMPLE.decode("utf-8").encode(encoding))
    loaded = load_scenario(path)
    (found,) = [d for d in loaded.diagnostics if d.severity == "error"]
    assert found.code == "file-utf16" and "UTF-16" in found.message("sv")
    assert "Save it as UTF-8" in found.message("en")


def test_a_folder_nested_deeper_than_the_recursion_limit_is_walked(tmp_path: Path,
                                                                     monkeypatch):
    """Path.rglob recursed once per level: a folder 1,500 levels deep (in a shared scenario
    folder, or given to `validate`) raised RecursionError, an internal error that stopped the
    whole library. (shutil.rmtree recurses as well, so the test takes the tree down itself,
    whatever happens: left behind, it would break pytest's own clean-up of old runs.)"""
    from simulator.engine.library import load_library, scenario_files

    depth = 1500
    monkeypatch.chdir(tmp_path)
    os.mkdir("deep")
    made = 0
    try:
        os.chdir("deep")
        for _ in range(depth):  # relative steps: the full path is longer than one call takes
            os.mkdir("a")
            os.chdir("a")
            made += 1
        Path("s.md").write_bytes(EXAMPLE)
        os.chdir(tmp_path)
        (found,) = scenario_files([tmp_path / "deep"])
        assert found.name == "s.md" and len(found.parts) > depth
        (loaded,) = load_library([tmp_path / "deep"])
        assert "file-internal" not in [d.code for d in loaded.diagnostics]
    finally:
        os.chdir(tmp_path / "deep")
        for _ in range(made):
            os.chdir("a")
        with contextlib.suppress(FileNotFoundError):
            os.unlink("s.md")
        for _ in range(made):
            os.chdir("..")
            os.rmdir("a")
        os.chdir(tmp_path)
