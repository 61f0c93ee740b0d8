"""The organisation's settings file (simulator/organisation.py): where it is, what a good file
gives, and what a malformed or wrong one does (a plain sv/en message, never an exception).
No Qt here: the Qt-free CI venv runs this file too."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from simulator import organisation as org_file
from simulator.about import VERSION, guidance_version

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
format = "vagval-organisation/1"

[organisation]
name = "Exempelby kommun"
logo = "logo.png"

[lrs]
endpoint = "https://lrs.exempelby.se/xapi/"

[scenarios]
folders = ["lokala", "/srv/delad/vagval"]
timeout_seconds = 4

[settings]
language = "en"
feedback_mode = "end"
text_scale = 120
locked = ["feedback_mode"]
"""


def write(tmp_path: Path, text: str | bytes, name: str = "organisation.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_no_organisation_settings(tmp_path):
    org = org_file.load(tmp_path / "missing.toml")
    assert not org.found
    assert org.problems == ()
    assert org.locked == frozenset() and org.settings == {}


def test_a_good_file_gives_every_value(tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    org = org_file.load(write(tmp_path, GOOD))
    assert org.problems == ()
    assert org_file.logo_problem(org) is None
    assert org.name == "Exempelby kommun"
    assert org.logo == tmp_path / "logo.png"  # relative to the file's own folder
    assert org.lrs_endpoint == "https://lrs.exempelby.se/xapi/"
    assert org.scenario_folders == (tmp_path / "lokala", Path("/srv/delad/vagval"))
    assert org.folder_timeout == 4.0
    assert org.settings == {"language": "en", "feedback_mode": "end", "text_scale": 120}
    assert org.locks("feedback_mode") and not org.locks("language")


def test_a_malformed_file_is_ignored_whole_with_a_message_naming_the_file(tmp_path):
    path = write(tmp_path, 'format = "vagval-organisation/1"\n[settings\nlanguage = "en"\n')
    org = org_file.load(path)
    assert org.found and org.settings == {} and org.locked == frozenset()
    [problem] = org.problems
    assert problem.code == "syntax"
    sv, en = problem.message("sv"), problem.message("en")
    assert str(path) in sv and str(path) in en
    assert "line 2" in en  # tomllib's own position of the fault
    assert "används inte" in sv and "not used" in en


@pytest.mark.parametrize(("raw", "code"), [
    (b'format = "vagval-organisation/1"\nname = "\xe5"\n', "not_utf8"),
    ('format = "vagval-organisation/9"\n', "format"),
    ('[organisation]\nname = "Utan format"\n', "format"),
])
def test_a_file_of_the_wrong_kind_is_ignored_whole(tmp_path, raw, code):
    org = org_file.load(write(tmp_path, raw))
    assert [p.code for p in org.problems] == [code]
    assert org.name == ""


def test_a_wrong_value_is_skipped_alone_and_named(tmp_path):
    text = """\
format = "vagval-organisation/1"
colour = "blue"

[organisation]
name = "Exempelby kommun"
logo = "finns-inte.png"

[lrs]
endpoint = "ftp://lrs.exempelby.se"

[scenarios]
folders = "/srv/en-mapp"
timeout_seconds = 0

[settings]
theme = "neon"
text_scale = "stor"
language = "en"
locked = ["language", "colour"]
"""
    org = org_file.load(write(tmp_path, text))
    codes = {p.code: p for p in org.problems}
    assert set(codes) == {"unknown", "url", "timeout", "choice", "scale", "locked_unknown"}
    # what was right is still used
    assert org.name == "Exempelby kommun"
    assert org.scenario_folders == (Path("/srv/en-mapp"),)  # one folder may be a plain string
    assert org.settings == {"language": "en"}
    assert org.locked == frozenset({"language"})
    assert org.folder_timeout == org_file.DEFAULT_FOLDER_TIMEOUT
    assert org.lrs_endpoint == ""
    # the logo is only looked for on demand (it may be on a slow share): not at load
    assert org.logo == tmp_path / "finns-inte.png"
    missing = org_file.logo_problem(org)
    assert missing is not None and "finns-inte.png" in missing.message("en")
    assert "intyg och PDF blir utan logotyp" in missing.message("sv")
    assert "settings.theme" in codes["choice"].message("sv")
    assert "light, dark, contrast" in codes["choice"].message("en")
    assert "'stor'" in codes["scale"].message("en")
    assert "colour" in codes["unknown"].message("sv")


def test_the_file_is_looked_for_where_it_department_puts_it(monkeypatch):
    monkeypatch.delenv(org_file.ENV_VAR, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert org_file.default_path() == Path("/etc/vagval/organisation.toml")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "D:\\Data")
    assert org_file.default_path() == Path("D:\\Data") / "Vagval" / "organisation.toml"
    monkeypatch.setenv(org_file.ENV_VAR, "/tmp/test-org.toml")
    assert org_file.default_path() == Path("/tmp/test-org.toml")


def test_version_prints_the_version_and_the_shipped_guidance_version(capsys):
    spec = importlib.util.spec_from_file_location("vagval_main_v", ROOT / "main.py")
    assert spec is not None and spec.loader is not None
    main = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(main)
    assert main.main(["--version"]) == 0
    out = capsys.readouterr().out.splitlines()
    header = (ROOT / "scenarios" / "guidance.md").read_text(encoding="utf-8")
    shipped = re.search(r"^version: (\S+)$", header, re.M)
    assert shipped is not None
    assert out == [f"Vägval {VERSION}", f"vägledning / guidance {shipped.group(1)}"]
    assert guidance_version() == shipped.group(1)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "simulator.__version__" }' in pyproject  # one source


def test_guidance_version_of_an_unreadable_catalogue_is_empty(tmp_path):
    assert guidance_version(tmp_path / "none.md") == ""


def test_the_organisation_command_shows_the_values_and_every_fault(tmp_path, capsys):
    from simulator.cli.commands import main as cli_main

    good = write(tmp_path, GOOD.replace('logo = "logo.png"\n', ""))
    assert cli_main(["organisation", str(good), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"Organisation settings file: {good}" in out
    assert "Organisation: Exempelby kommun" in out
    assert "Setting feedback_mode: end (locked)" in out
    assert out.rstrip().endswith("No faults.")

    bad = write(tmp_path, GOOD.replace('"end"', '"sometimes"'), "bad.toml")
    assert cli_main(["organisation", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "settings.feedback_mode ska vara ett av direct, end, inte 'sometimes'" in out
    assert "Logotypen" in out  # logo.png is not beside bad.toml: checked by the command
    assert "fel:" in out  # Swedish by default

    assert cli_main(["organisation", str(tmp_path / "none.toml")]) == 1  # named but missing
    assert "finns inte" in capsys.readouterr().out
