"""Kill the terminal player with SIGKILL at random moments: no acknowledged step is ever lost.

`main.py play --trainee ... --resume` runs in a subprocess on a 12-decision scenario with
random answers on standard input. After a random number of acknowledged steps (and a random
extra instant) the process is killed. Then the store must hold every acknowledged step with the
acknowledged choice, the attempt's saved state must agree with its step rows, and the next run
must resume at the node after the last stored step with the score of the stored steps.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storetools import load_chain, write_chain

from simulator.store.progress import open_store
from simulator.store.sessions import resume_attempt

ROOT = Path(__file__).resolve().parents[2]
ACK = re.compile(r"\[sparat: steg (\d+) \(([^)]+)\)\]")
RESUMED = re.compile(r"Fortsätter ditt påbörjade försök efter steg (\d+)\.")
LENGTH = 12
KILLS = 55


PROMPT = "(q avslutar): "


def _answer(rng: random.Random) -> str:
    return (rng.choice("123") if rng.random() > 0.05 else "x") + "\n"


def _run(scenario: Path, data: Path, rng: random.Random, kill_after: int | None) -> tuple[str, bool]:
    """One run of the player; returns its output and whether it was killed.

    Answers are written one at a time when the player asks, so the player never runs ahead of
    the test however loaded the machine is. With ``kill_after`` = k, the answer that follows the
    k-th acknowledgement is sent and the process is killed a random instant (0-4 ms) later, so
    the kill lands before, during or after that step's commit.
    """
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "play",
            str(scenario),
            "--trainee",
            "Kim",
            "--resume",
            "--data-dir",
            str(data),
            "--lang",
            "sv",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdin is not None and proc.stdout is not None
    fd = proc.stdout.fileno()
    out = b""
    killed = False
    if kill_after == 0:
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere in start-up or at the first prompt
        proc.send_signal(signal.SIGKILL)
        killed = True
    while not killed:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        out += chunk
        if not out.decode("utf-8", "replace").endswith(PROMPT):
            continue
        try:
            proc.stdin.write(_answer(rng).encode())
            proc.stdin.flush()
        except BrokenPipeError:
            break
        acks = len(ACK.findall(out.decode("utf-8", "replace")))
        if kill_after is not None and acks >= kill_after:
            time.sleep(rng.uniform(0.0, 0.004))
            proc.send_signal(signal.SIGKILL)
            killed = True
    while chunk := os.read(fd, 65536):
        out += chunk
    proc.wait(timeout=60)
    proc.stdin.close()
    proc.stdout.close()
    text = out.decode("utf-8", "replace")
    if proc.returncode != -signal.SIGKILL:
        assert proc.returncode == 0, text
        return text, False
    return text, True


@pytest.mark.slow
def test_every_acknowledged_step_survives_sigkill_and_resumes(tmp_path: Path) -> None:
    scenario = write_chain(tmp_path / "lib", LENGTH)
    loaded = load_chain(scenario)
    assert loaded.scenario is not None
    data = tmp_path / "data"
    rng = random.Random(20261127)
    kills = runs = 0
    expected_resume: int | None = None
    while kills < KILLS:
        runs += 1
        assert runs < 4 * KILLS, "too few runs were killed"
        plan = None if rng.random() < 0.1 else rng.randint(0, LENGTH - 1)
        before = _newest(data)
        text, killed = _run(scenario, data, rng, plan)
        kills += killed
        if expected_resume is not None:
            # The previous run left an unfinished attempt: this run must say where it resumes
            # and then show exactly the node after the last stored step.
            m = RESUMED.search(text)
            if m is not None:
                assert int(m.group(1)) == expected_resume
                tail = text[m.end() :]
                if "## " in tail:
                    assert tail.split("## ", 1)[1].startswith(f"Steg {expected_resume}\n")
            else:
                assert killed and "Steg" not in text, text  # killed before it printed anything
        acks = [(int(n), c) for n, c in ACK.findall(text)]
        expected_resume = _check(data, loaded, before, acks)
    assert kills >= 50


def _newest(data: Path) -> tuple[int, int] | None:
    """(id, step count) of the newest attempt, or None."""
    if not (data / "vagval.db").exists():
        return None
    with open_store(data_dir=data) as store:
        row = store.db.execute("SELECT id, step_count FROM attempts ORDER BY id DESC").fetchone()
    return (row[0], row[1]) if row else None


def _check(data: Path, loaded, before: tuple[int, int] | None, acks: list[tuple[int, str]]):  # type: ignore[no-untyped-def]
    """Compare the store with what the run acknowledged; return the step a resume starts from
    (None when no attempt is left unfinished)."""
    assert loaded.scenario is not None
    with open_store(data_dir=data) as store:
        assert store.mode == "file" and store.problems == []
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kim = store.find_trainee("Kim")
        if kim is None:
            assert acks == []
            return None
        rows = store.db.execute(
            "SELECT id FROM attempts WHERE trainee_id = ? ORDER BY id", [kim.id]
        ).fetchall()
        if acks:
            # The run played the attempt it resumed, or the one it created.
            played = rows[-1][0]
            steps = {s.index + 1: s.choice for s in store.steps(played)}
            for n, choice in acks:
                assert steps.get(n) == choice, (n, choice, steps)
            assert max(steps) <= max(n for n, _ in acks) + 1  # at most the step in flight
            if before is not None and before[0] == played:
                assert min(n for n, _ in acks) == before[1] + 1  # resumed right after the last
        for (aid,) in rows:
            attempt = store.attempt(aid)
            stored = store.steps(aid)
            assert [s.index for s in stored] == list(range(attempt.step_count))
            found = resume_attempt(store, aid, loaded.scenario, loaded.analysis)
            assert found.kind == "same" and found.session is not None
            session = found.session
            assert [s.choice for s in session.steps] == [s.choice for s in stored]
            assert session.node.id == attempt.node
            totals: dict[str, int] = {}
            for s in stored:
                for dim, v in s.deltas.items():
                    totals[dim] = totals.get(dim, 0) + v
            assert {d: v for d, v in session.scores.items() if v} == {d: v for d, v in totals.items() if v}
            assert (attempt.finished is not None) == session.finished
        open_attempts = store.unfinished(kim.id)
        assert len(open_attempts) <= 1
        return open_attempts[0].step_count if open_attempts else None
