"""Benchmark of the LRS link: what the outbox adds to a step's commit, and 10,000 steps'
statements queued and drained into a local Ralph.

Run: .venv/bin/python benchmarks/bench_lrs.py [--steps 10000] [--commits 1500]
Needs Ralph's virtualenv (.venv-ralph, see README) for the drain part.

Targets (issue 16): the outbox adds under 1 ms to a step's commit at the 95th percentile.
Measured two ways in the same run, interleaved step by step so both see the same load:
  * the whole save: Recorder.save_step (statement built, JSON, outbox row, in the step's
    transaction) against simulator.store.sessions.save_step on an identical session;
  * the CPU part alone: building and encoding the step's statements, with no I/O.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "lrs"))

from simulator.engine.library import load_library  # noqa: E402
from simulator.engine.session import Session  # noqa: E402
from simulator.lrs.client import LrsClient  # noqa: E402
from simulator.lrs.config import LrsSettings  # noqa: E402
from simulator.lrs.recording import Recorder, _outgoing  # noqa: E402
from simulator.lrs.sender import drain  # noqa: E402
from simulator.store import outbox  # noqa: E402
from simulator.store.progress import open_store  # noqa: E402
from simulator.store.sessions import begin_attempt, save_step  # noqa: E402

HOME = "https://lms.kommun.example"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.3f} ms, p95 {pct(values, 0.95) * 1000:.3f} ms"


def commit_cost(library: list, commits: int, folder: Path, flush: bool = True) -> None:  # type: ignore[type-arg]
    """Interleaved: one step with the outbox, one without, on two files in the same folder.
    ``flush=False`` turns the disk flush off on both (synchronous=OFF), to see the outbox's own
    work apart from the flush, which dominates on a shared disk."""
    tag = "" if flush else "-noflush"
    with_box = open_store(folder / f"with{tag}.db")
    without = open_store(folder / f"without{tag}.db")
    if not flush:
        for store in (with_box, without):
            store.db.execute("PRAGMA synchronous=OFF")
    recorder = Recorder(HOME)
    kim = with_box.trainee("Kim").id
    outbox.set_account(with_box, kim, "anna@kommun.example")
    kim2 = without.trainee("Kim").id
    rng = random.Random(16)
    t_with: list[float] = []
    t_without: list[float] = []
    t_build: list[float] = []
    while len(t_with) < commits:
        loaded = rng.choice(library)
        a, b = (Session(loaded.scenario, loaded.analysis) for _ in range(2))
        aid = recorder.begin(with_box, kim, a)
        bid = begin_attempt(without, kim2, b)
        ctx = recorder.context_of(with_box, aid)
        assert ctx is not None
        while not a.finished and len(t_with) < commits:
            pick = rng.randrange(len(a.choices))
            ra, rb = a.choose(a.choices[pick]), b.choose(b.choices[pick])
            start = time.perf_counter()
            _outgoing(recorder._answered(ctx, "2026-01-01T00:00:00.000+00:00", a, ra, 1.0))
            t_build.append(time.perf_counter() - start)
            # Which goes first alternates, so neither always follows the other's flush.
            for first in ((True, False) if len(t_with) % 2 else (False, True)):
                start = time.perf_counter()
                if first:
                    assert recorder.save_step(with_box, aid, a, ra, seconds=1.0)
                    t_with.append(time.perf_counter() - start)
                else:
                    assert save_step(without, bid, b, rb, seconds=1.0)
                    t_without.append(time.perf_counter() - start)
    mode = "synchronous=FULL, as the app runs" if flush else "synchronous=OFF on both: no disk flush"
    print(f"step commits, {commits} each, interleaved (WAL, {mode}):")
    print(f"  without the outbox: {ms(t_without)}")
    print(f"  with the outbox:    {ms(t_with)}")
    added50 = (statistics.median(t_with) - statistics.median(t_without)) * 1000
    added95 = (pct(t_with, 0.95) - pct(t_without, 0.95)) * 1000
    print(f"  added by the outbox: {added50:+.3f} ms at the median, {added95:+.3f} ms at p95")
    print(f"  building + encoding the statement alone (CPU, no I/O): {ms(t_build)}")
    with_box.close()
    without.close()


def queue_and_drain(library: list, steps: int, folder: Path) -> None:  # type: ignore[type-arg]
    from conftest import PASSWORD, USER, Ralph  # tests/lrs/conftest.py: the same local Ralph

    store = open_store(folder / "queue.db")
    recorder = Recorder(HOME)
    rng = random.Random(10_000)
    trainees = [store.trainee(f"T{n}").id for n in range(20)]
    for t in trainees:
        outbox.set_account(store, t, f"deltagare{t}@kommun.example")
    taken = 0
    start = time.perf_counter()
    while taken < steps:
        loaded = rng.choice(library)
        session = Session(loaded.scenario, loaded.analysis)
        aid = recorder.begin(store, rng.choice(trainees), session)
        while not session.finished and taken < steps:
            recorder.save_step(store, aid, session, session.choose(rng.choice(session.choices)))
            taken += 1
    queued = time.perf_counter() - start
    waiting = outbox.counts(store).waiting
    size = store.db.execute("SELECT SUM(LENGTH(body)) FROM outbox").fetchone()[0]
    print(f"queued {steps} steps with {waiting} statements in {queued:.1f} s "
          f"({steps / queued:.0f} steps/s; statements average {size / waiting:.0f} bytes)")
    server = Ralph(folder / "ralph")
    print("starting Ralph ...", flush=True)
    server.make_user()
    server.start()
    try:
        client = LrsClient(LrsSettings(endpoint=server.endpoint, key=USER, secret=PASSWORD), timeout=120)
        start = time.perf_counter()
        report = drain(store, client)
        took = time.perf_counter() - start
        assert report.complete and report.waiting == 0 and report.rejected == 0, report
        print(f"drained {report.sent} statements into Ralph (fs backend, batches of 100) in "
              f"{took:.1f} s: {report.sent / took:.0f} statements/s")
    finally:
        server.stop()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--commits", type=int, default=1500)
    parser.add_argument("--commits-only", action="store_true", help="skip the Ralph part")
    args = parser.parse_args()
    library = [item for item in load_library() if item.scenario is not None and item.analysis]
    print(f"bench_lrs on {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()},"
          f" load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(dir=ROOT / "benchmarks") as tmp:
        commit_cost(library, args.commits, Path(tmp))
        commit_cost(library, args.commits, Path(tmp), flush=False)
        if not args.commits_only:
            queue_and_drain(library, args.steps, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
