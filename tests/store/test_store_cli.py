"""The store through `main.py`: stored play, resume, changed files, and the own-data commands."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from storetools import chain_text, write_chain

from simulator.cli.commands import main
from simulator.store.progress import open_store


def _play(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, answers: str
) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    assert main(["play", *args]) == 0
    return capsys.readouterr().out


def test_stored_play_quit_and_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = str(write_chain(tmp_path / "lib", 4))
    out = _play(monkeypatch, capsys, scenario, "--trainee", "Kim", answers="1\n3\nq\n")
    assert "[sparat: steg 1 (n0:1)]" in out and "[sparat: steg 2 (n1:3)]" in out
    assert "fortsätt senare med --resume" in out
    out = _play(monkeypatch, capsys, scenario, "--trainee", "kim", "--resume", answers="2\n1\n")
    assert "Fortsätter ditt påbörjade försök efter steg 2." in out
    assert "Innehållsvarning" not in out
    assert out.index("## Steg 2") < out.index("[sparat: steg 3 (n2:2)]")
    assert "Sammanfattning" in out
    out = _play(monkeypatch, capsys, scenario, "--trainee", "Kim", answers="1\nq\n")
    out = _play(monkeypatch, capsys, scenario, "--trainee", "Kim", answers="q\n")
    assert "Du har ett påbörjat försök (steg 1" in out
    with open_store() as store:  # the data folder the test configuration points at
        kim = store.find_trainee("Kim")
        assert kim is not None
        assert [a.step_count for a in store.unfinished(kim.id)] == [0, 1]
        done = store.db.execute("SELECT step_count FROM attempts WHERE finished IS NOT NULL")
        assert [r[0] for r in done] == [4]


def test_a_changed_file_offers_to_continue_or_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_chain(tmp_path / "lib", 4)
    scenario = str(path)
    _play(monkeypatch, capsys, scenario, "--trainee", "Kim", answers="1\nq\n")
    path.write_text(chain_text(4, twist=1), encoding="utf-8")
    out = _play(monkeypatch, capsys, scenario, "--trainee", "Kim", "--resume", answers="1\nq\n")
    assert "Scenariofilen har ändrats" in out and "Fortsätter" in out
    path.write_text(chain_text(4, twist=0), encoding="utf-8")
    out = _play(monkeypatch, capsys, scenario, "--trainee", "Kim", "--resume", answers="2\nq\n")
    assert "Scenariofilen har ändrats" in out and "Fortsätter" not in out
    assert "Innehållsvarning" in out  # a new attempt starts with the introduction


def test_a_changed_file_without_the_path_restarts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_chain(tmp_path / "lib", 4)
    _play(monkeypatch, capsys, str(path), "--trainee", "Kim", answers="3\nq\n")
    path.write_text(chain_text(4, twist=2), encoding="utf-8")
    out = _play(monkeypatch, capsys, str(path), "--trainee", "Kim", "--resume", answers="q\n")
    assert "Vägen du tog finns inte längre" in out


def test_own_data_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "egen")
    scenario = str(write_chain(tmp_path / "lib", 2))
    for name in ("Kim", "Alex", "Robin"):
        _play(monkeypatch, capsys, scenario, "--trainee", name, "--data-dir", data, answers="1\n1\n")
    assert main(["progress", "--trainee", "Kim", "--data-dir", data, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Kedjan 0: passed 4/4" in out and "sakerhet: 100%" in out
    target = tmp_path / "kim.json"
    assert main(["export-trainee", "--trainee", "Kim", "--data-dir", data, "-o", str(target)]) == 0
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["trainee"]["pseudonym"] == "Kim" and len(exported["attempts"]) == 1
    assert main(["export-aggregate", "--data-dir", data]) == 0
    csv_text = capsys.readouterr().out
    assert "kedja,total,3,3,3,1.0" in csv_text and "Kim" not in csv_text
    assert main(["erase-trainee", "--trainee", "Kim", "--data-dir", data]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["erase-trainee", "--trainee", "Kim", "--data-dir", data, "--yes"]) == 0
    assert main(["progress", "--trainee", "Kim", "--data-dir", data]) == 2
    assert "Ingen deltagare heter Kim" in capsys.readouterr().err


def test_a_bad_database_is_reported_and_play_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "trasig"
    data.mkdir()
    (data / "vagval.db").write_bytes(b"inte sqlite" * 100)
    scenario = str(write_chain(tmp_path / "lib", 2))
    out = _play(monkeypatch, capsys, scenario, "--trainee", "Kim", "--data-dir", str(data), answers="1\n1\n")
    assert "inte en databas" in out and "ny, tom fil" in out
    assert "[sparat: steg 2 (n1:1)]" in out
    assert len(list(data.glob("vagval.db.not_sqlite-*"))) == 1


def test_play_goes_on_unsaved_when_nothing_can_be_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "en-fil"
    blocker.write_text("x", encoding="utf-8")
    scenario = str(write_chain(tmp_path / "lib", 2))
    out = _play(
        monkeypatch, capsys, scenario, "--trainee", "Kim", "--data-dir", str(blocker / "d"), answers="1\n1\n"
    )
    assert "inget sparas" in out
    assert "[INTE sparat: steg 1]" in out and "[INTE sparat: steg 2]" in out
    assert "[sparat" not in out and "Sammanfattning" in out
