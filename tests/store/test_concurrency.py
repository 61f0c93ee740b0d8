"""Two programs writing to one progress file at the same time: no corruption, no lost step."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("concurrent_writer.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_two_writers_lose_nothing_and_corrupt_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    attempts, steps = 40, 20
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(path), name, str(attempts), str(steps), other],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name, other in (("Ett", "Två"), ("Två", "Ett"))
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, out + err
    acked = {tuple(map(int, line.split()[1:])) for out, _ in outputs for line in out.splitlines()}
    ids = [{int(line.split()[1]) for line in out.splitlines()} for out, _ in outputs]
    # The two writers really ran at the same time (they meet half-way): attempts interleave.
    assert min(ids[0]) < max(ids[1]) and min(ids[1]) < max(ids[0])
    assert len(acked) == 2 * attempts * steps  # every acknowledged step is distinct

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = set(conn.execute("SELECT attempt_id, idx FROM steps").fetchall())
    assert acked == stored
    bad = conn.execute(
        "SELECT a.id FROM attempts a LEFT JOIN steps s ON s.attempt_id = a.id"
        " GROUP BY a.id HAVING COUNT(s.idx) != a.step_count OR a.finished IS NULL"
    ).fetchall()
    assert bad == []
    names = [r[0] for r in conn.execute("SELECT pseudonym FROM trainees ORDER BY 1")]
    assert names == ["Delad", "Ett", "Två"]
    conn.close()


OPEN_AT = """
import sys, time
from pathlib import Path
from simulator.store.opening import open_database
start = float(sys.argv[2])
while time.time() < start:
    pass
opened = open_database(Path(sys.argv[1]))
print(opened.mode, [p.code for p in opened.problems])
"""


@pytest.mark.slow
def test_two_programs_creating_the_file_at_the_same_moment_both_get_it(tmp_path: Path) -> None:
    """Converting a new file to WAL answers "locked" at once when two programs race; neither
    may fall back to read-only or memory because of it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_ in range(8):
        path = tmp_path / f"new-{round_}.db"
        start = f"{time.time() + 0.8:.3f}"  # both are imported and spinning by then
        procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT, str(path), start],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env) for _ in range(2)]
        results = [p.communicate(timeout=60) for p in procs]
        assert [out.strip() for out, _ in results] == ["file []", "file []"], results
