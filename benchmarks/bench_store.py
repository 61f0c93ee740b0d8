"""Benchmark of the progress store at scale: history and status queries, step commits, size.

Run: .venv/bin/python benchmarks/bench_store.py            (1,000,000 steps, 100,000 attempts)
     .venv/bin/python benchmarks/bench_store.py --quick    (a tenth of that, for a smoke run)

Targets (issue 4): a trainee's history and the library status under 100 ms (median) with
1,000,000 steps; one step stored and committed under 5 ms at the 95th percentile with the
chosen durability (WAL, synchronous=FULL).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.store.history import history, library_status, trend
from simulator.store.progress import Store, open_store

DIMENSIONS = ("sakerhet", "barn", "bemotande", "juridik", "samverkan")
SCENARIOS = [f"scenario-{n:02d}" for n in range(40)]
STATE = json.dumps({"version": 1, "scenario": "x", "choices": ["n0:1"] * 10, "node": "n10"})


def populate(store: Store, attempts: int, steps: int, trainees: int, heavy: int) -> None:
    """Fill the file quickly with plain inserts (the schema the store uses, not its API)."""
    rng = random.Random(1)
    db = store.db
    with store.write():
        db.execute(
            "INSERT INTO trainees (id, pseudonym, created) VALUES "
            + ",".join(f"({t}, 'T{t}', '2026-01-01')" for t in range(1, trainees + 1))
        )
    owners = [1] * heavy + [rng.randrange(2, trainees + 1) for _ in range(attempts - heavy)]
    batch_a: list[tuple[object, ...]] = []
    batch_s: list[tuple[object, ...]] = []
    batch_d: list[tuple[object, ...]] = []

    def flush() -> None:
        with store.write():
            db.conn.executemany(
                "INSERT INTO attempts (id, trainee_id, scenario_id, scenario_hash, feedback_mode,"
                " started, updated, finished, state, result, passed, total, best_total,"
                " step_count, node, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                batch_a,
            )
            db.conn.executemany("INSERT INTO steps VALUES (?,?,?,?,?,?,?,?)", batch_s)
            db.conn.executemany("INSERT INTO attempt_dimensions VALUES (?,?,?,?)", batch_d)
        batch_a.clear()
        batch_s.clear()
        batch_d.clear()

    for aid in range(1, attempts + 1):
        day = f"2026-{1 + aid % 12:02d}-{1 + aid % 28:02d}T{aid % 24:02d}:00:00.000+00:00"
        done = rng.random() < 0.9
        passed = rng.random() < 0.6 if done else None
        total = rng.randrange(0, 20) if done else None
        batch_a.append(
            (
                aid,
                owners[aid - 1],
                rng.choice(SCENARIOS),
                "hash",
                "direct",
                day,
                day,
                day if done else None,
                STATE,
                '{"passed": true}' if done else None,
                None if passed is None else int(passed),
                total,
                20 if done else None,
                steps,
                f"n{steps}",
                "graded" if rng.random() < 0.97 else "explore",
            )
        )
        for i in range(steps):
            batch_s.append((aid, i, f"n{i}", f"n{i}:{1 + i % 3}", day, 4.2, '{"sakerhet": 1, "barn": -1}', 0))
        if done:
            for d in DIMENSIONS:
                batch_d.append((aid, d, rng.randrange(0, 5), 4))
        if len(batch_s) >= 200_000:
            flush()
    flush()
    db.execute("ANALYZE")


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def raw_flush(folder: Path, runs: int = 500) -> list[float]:
    """What one flush to stable storage costs on this disk, without SQLite."""
    path = folder / "flush-probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    sync = getattr(os, "fdatasync", os.fsync)
    out = []
    try:
        for _ in range(runs):
            os.write(fd, b"x" * 4096)
            start = time.perf_counter()
            sync(fd)
            out.append((time.perf_counter() - start) * 1000)
    finally:
        os.close(fd)
        path.unlink()
    return out


def summary(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=20)
    return f"median {statistics.median(samples):.2f} ms, p95 {q[18]:.2f} ms (n={len(samples)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--dir", help="folder for the database (default: a temporary folder)")
    args = parser.parse_args()
    attempts, steps = (10_000, 10) if args.quick else (100_000, 10)
    trainees = attempts // 50
    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="vagval-bench-"))
    path = folder / "bench.db"
    if path.exists():
        for p in folder.glob("bench.db*"):
            p.unlink()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpu, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    print(f"file: {path}")
    store = open_store(path)
    start = time.perf_counter()
    populate(store, attempts, steps, trainees, heavy=2_000 if not args.quick else 200)
    print(
        f"populated {attempts:,} attempts, {attempts * steps:,} steps, {trainees:,} trainees"
        f" in {time.perf_counter() - start:.1f} s"
    )
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    store.close()

    start = time.perf_counter()
    store = open_store(path)
    print(f"open (checks, pragmas, migration check): {(time.perf_counter() - start) * 1000:.1f} ms")
    rng = random.Random(2)
    typical = [rng.randrange(2, trainees + 1) for _ in range(200)]
    it = iter(typical * 10)
    print("history, typical trainee (~50 attempts):", summary(timed(lambda: history(store, next(it)), 200)))
    it = iter(typical * 10)
    print("trend, typical trainee:", summary(timed(lambda: trend(store, next(it)), 200)))
    it = iter(typical * 10)
    print(
        "library status (40 scenarios), typical trainee:",
        summary(timed(lambda: library_status(store, next(it), SCENARIOS), 200)),
    )
    heavy = 2_000 if not args.quick else 200
    print(f"history, heavy trainee ({heavy:,} attempts):", summary(timed(lambda: history(store, 1), 50)))
    print("trend, heavy trainee:", summary(timed(lambda: trend(store, 1), 50)))
    print("library status, heavy trainee:", summary(timed(lambda: library_status(store, 1, SCENARIOS), 50)))

    kim = store.trainee("Bench")
    aid = store.start_attempt(kim.id, SCENARIOS[0], "hash", STATE, node="n0")
    counter = iter(range(10_000))

    def one_step() -> None:
        i = next(counter)
        store.record_step(
            aid,
            index=i,
            node=f"n{i}",
            choice=f"n{i}:1",
            deltas={"sakerhet": 1},
            state=STATE,
            node_after=f"n{i + 1}",
            seconds=3.0,
        )

    samples = timed(one_step, 1000)
    sync = store.db.execute("PRAGMA synchronous").fetchone()[0]
    print(f"record_step committed (WAL, synchronous={sync} = FULL):", summary(samples))
    store.db.execute("PRAGMA synchronous = NORMAL")
    print(
        "record_step for comparison with synchronous=NORMAL (not durable on power loss):",
        summary(timed(one_step, 1000)),
    )
    store.db.execute("PRAGMA synchronous = FULL")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    store.close()
    print("raw 4 KiB write + fdatasync in the same folder (the disk's floor):", summary(raw_flush(folder)))
    size = sum(p.stat().st_size for p in folder.glob("bench.db*"))
    print(f"file size: {size / 1e6:.1f} MB ({size / (attempts * steps):.0f} bytes per step)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
