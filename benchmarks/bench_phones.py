"""Phone votes under load: 200 simulated phones on 127.0.0.1 voting through 10 decisions.

Reports each vote's round trip (the count is updated before the answer goes back) and the
vote-to-facilitator latency, which adds the facilitator view's poll of the ballot (300 ms at
most, 150 ms on average).

    .venv/bin/python benchmarks/bench_phones.py
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from phone_load import run_room  # noqa: E402


def main() -> int:
    results, latencies = run_room(phones=200, decisions=10)
    ok = all(counted == expected for expected, counted in results)
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[round(0.95 * len(ms)) - 1]
    print(f"200 phones x 10 decisions: {len(ms)} votes, every vote counted once: {ok}")
    print(f"vote round trip (counted on return): median {statistics.median(ms):.1f} ms, "
          f"p95 {p95:.1f} ms, max {ms[-1]:.1f} ms")
    print(f"vote to the facilitator's count (+ the 300 ms poll): p95 at most {p95 + 300:.0f} ms")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
