"""`main.py lrs-report`: the course read back from the LRS, page by page, as CSV and a chart."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import PASSWORD, USER, Ralph
from lrstools import opted_in, play, scenario_files
from PySide6.QtGui import QImage

from main import main
from simulator.lrs.client import LrsClient
from simulator.lrs.config import LrsSettings
from simulator.lrs.recording import Recorder
from simulator.lrs.sender import drain
from simulator.store.progress import Store


def test_the_report_reads_the_course_back_per_scenario(running_ralph: Ralph, store: Store, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    since = datetime.now(UTC).isoformat()
    recorder = Recorder("https://lms.kommun.example")
    files = scenario_files()[:2]
    expected: dict[str, Counter[str]] = {}
    for k, name in enumerate(("Kim", "Alex", "Sam")):
        who = opted_in(store, name, f"deltagare{k}@kommun.example")
        for n, path in enumerate(files):
            for seed in range(3):  # two random paths and the expert path (which passes)
                attempt, session = play(store, recorder, who, path, seed=100 * k + 10 * n + seed,
                                        expert=seed == 2)
                row = expected.setdefault(session.scenario.id, Counter())
                row["attempts"] += 1
                row["passed"] += bool(store.attempt(attempt).passed)
                row["critical"] += sum(s.critical for s in session.steps)
        play(store, recorder, who, files[0], seed=k, steps=1)  # unfinished: not in the report
    client = LrsClient(LrsSettings(endpoint=running_ralph.endpoint, key=USER, secret=PASSWORD))
    assert drain(store, client).complete
    monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", running_ralph.endpoint)
    monkeypatch.setenv("VAGVAL_LRS_KEY", USER)
    monkeypatch.setenv("VAGVAL_LRS_SECRET", PASSWORD)
    out, chart = tmp_path / "kurs.csv", tmp_path / "kurs.png"
    # Pages of 4 statements: the 18 verdicts come in several pages per verb.
    assert main(["lrs-report", "--since", since, "-o", str(out), "--chart", str(chart),
                 "--page", "4", "--lang", "en"]) == 0
    rows = {r["scenario_id"]: r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    assert set(rows) == set(expected)
    for scenario, want in expected.items():
        got = rows[scenario]
        assert int(got["attempts"]) == want["attempts"] == 9 and got["trainees"] == "3"
        assert int(got["passed"]) == want["passed"] >= 3
        assert float(got["pass_rate"]) == pytest.approx(want["passed"] / 9, abs=1e-3)
        critical = sum(int(v) for k, v in got.items() if k.startswith("critical_") and v)
        assert critical >= want["critical"] > 0 or critical == want["critical"] == 0
    image = QImage(str(chart))
    assert not image.isNull() and image.width() == 1000


def test_the_report_says_when_the_lrs_cannot_be_read(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lrs-report", "--since", "2026-09-01", "--lang", "en"]) == 3
    assert "No LRS is configured" in capsys.readouterr().err
    monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", "http://127.0.0.1:9/xAPI/")
    assert main(["lrs-report", "--since", "2026-09-01", "--lang", "en"]) == 1
    assert "The LRS could not be read: no answer" in capsys.readouterr().err
    assert main(["lrs-report", "--since", "förra veckan", "--lang", "en"]) == 2
    assert "--since must be a date" in capsys.readouterr().err


def test_the_report_never_replaces_an_own_file_or_an_existing_one_without_force(
        store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = db_path
    before = database.read_bytes()
    for option in ("-o", "--chart"):
        assert main(["lrs-report", "--since", "2026-09-01", option, str(database), "--force",
                     "--data-dir", str(db_path.parent), "--lang", "en"]) == 2
        assert "one of Vägval's own files" in capsys.readouterr().err
    assert database.read_bytes() == before
    kept = tmp_path / "kurs.png"
    kept.write_bytes(b"last week's chart")
    assert main(["lrs-report", "--since", "2026-09-01", "--chart", str(kept), "--lang", "en"]) == 2
    assert "Add --force" in capsys.readouterr().err and kept.read_bytes() == b"last week's chart"
    # with --force the checks pass, and the command goes on to say no LRS is configured
    assert main(["lrs-report", "--since", "2026-09-01", "--chart", str(kept), "--force",
                 "--lang", "en"]) == 3
