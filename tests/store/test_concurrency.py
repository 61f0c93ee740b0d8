"""Two programs writing to one progress file at the same time: no corruption, no lost step."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
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
