"""The store's trouble cases on real file systems (issue 13): a full disk is a tmpfs of a few
hundred KB mounted by the test, a read-only folder a read-only bind mount. Both need root (CI
runs as root); elsewhere the tests are skipped with the reason.

With the command line: the message says what happened, nothing acknowledged as saved is lost,
and the program goes on to the end of the scenario.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from storetools import write_chain

from simulator.store.progress import open_store
from tests.mounts import fill, mounted_tmpfs, read_only_view

ROOT = Path(__file__).resolve().parents[2]
# Room for the file to open and a few steps to be saved before the disk fills mid-attempt.
LEAVE = 96 * 1024


def _play(scenario: Path, data: Path, answers: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VAGVAL_LANG": "sv"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "play", str(scenario), "--trainee", "Kim",
         "--data-dir", str(data)], input=answers, capture_output=True, text=True, env=env,
        timeout=120)


def test_full_disk_with_the_command_line(tmp_path: Path):
    scenario = write_chain(tmp_path / "lib", 40)
    with mounted_tmpfs(tmp_path / "disk", "320k") as disk:
        data = disk / "data"
        first = _play(scenario, data, "1\nq\n")  # creates the file and the trainee
        assert "[sparat: steg 1" in first.stdout, first.stdout + first.stderr
        filler = fill(disk, leave=LEAVE)
        run = _play(scenario, data, "1\n" * 40)
        out = run.stdout + run.stderr
        assert run.returncode == 0, out
        assert "Traceback" not in out and "Internt fel" not in out
        saved = [int(n) for n in re.findall(r"\[sparat: steg (\d+)", run.stdout)]
        # The plain message says what happened (SQLite reports a full tmpfs as full, or as a
        # failed write when it runs out while growing its shared-memory file).
        assert "Disken är full" in out or "kunde inte skrivas till disken" in out, out
        assert "[INTE sparat" in run.stdout  # and every later step says it was not saved
        assert "Sammanfattning" in run.stdout  # the scenario went on to its end
        filler.unlink()
        with open_store(data / "vagval.db") as store:
            kim = store.find_trainee("Kim")
            assert kim is not None and not store.problems
            counts = [r[0] for r in store.db.execute(
                "SELECT step_count FROM attempts WHERE trainee_id = ? ORDER BY id", [kim.id])]
        # Nothing acknowledged is lost: the attempt holds every step that said "[sparat".
        assert counts[0] == 1 and counts[-1] >= len(saved) >= 1


def test_read_only_folder_with_the_command_line(tmp_path: Path):
    scenario = write_chain(tmp_path / "lib", 3)
    source = tmp_path / "data"
    first = _play(scenario, source, "1\nq\n")
    assert "[sparat: steg 1" in first.stdout
    with open_store(source / "vagval.db") as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before = (source / "vagval.db").read_bytes()
    with read_only_view(source, tmp_path / "ro") as view:
        run = _play(scenario, view, "1\n1\n1\n")
        out = run.stdout + run.stderr
        assert run.returncode == 0, out
        assert "Traceback" not in out
        assert "får inte skriva" in out  # the plain message
        assert "Sammanfattning" in run.stdout
        assert "[INTE sparat" in run.stdout or "inget nytt sparas" in out
    assert (source / "vagval.db").read_bytes() == before
    with open_store(source / "vagval.db") as store:
        kim = store.find_trainee("Kim")
        assert kim is not None
        steps = store.db.execute("SELECT SUM(step_count) FROM attempts").fetchone()[0]
        assert steps == 1  # the step acknowledged before is still there
