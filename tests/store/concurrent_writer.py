"""Run as a separate process by test_concurrency.py: write many steps into one shared file."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from simulator.store.progress import Finish, open_store


def halfway(path: str, name: str, other: str) -> None:
    """Meet the other writer half-way, so the two really write at the same time (otherwise a
    fast disk lets one finish before the other starts, and the test proves nothing)."""
    Path(f"{path}.{name}.half").touch()
    deadline = time.monotonic() + 60
    while not Path(f"{path}.{other}.half").exists() and time.monotonic() < deadline:
        time.sleep(0.005)


def main(path: str, name: str, attempts: int, steps: int, other: str) -> int:
    store = open_store(path)
    if store.mode != "file":
        print("MODE", store.mode, [p.code for p in store.problems], flush=True)
        return 1
    print("READY", flush=True)
    sys.stdin.readline()  # the test says "go" to both writers at once
    shared = store.trainee("Delad")  # both processes race to create the same trainee
    own = store.trainee(name)
    for a in range(attempts):
        if a == attempts // 2:
            halfway(path, name, other)
        who = shared if a % 2 else own
        aid = store.start_attempt(who.id, f"s{a % 3}", "h", "[]", node="n0")
        for i in range(steps):
            fin = Finish({"p": name}, True, i, steps, {"barn": (i, steps)}) if i == steps - 1 else None
            ok = store.record_step(
                aid,
                index=i,
                node=f"n{i}",
                choice=f"n{i}:1",
                deltas={"barn": 1},
                state=f"[{i + 1}]",
                node_after=f"n{i + 1}",
                finish=fin,
            )
            if not ok:
                print("NOT DURABLE", flush=True)
                return 1
            print(f"ACK {aid} {i}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]))
