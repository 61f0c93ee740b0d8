"""200 simulated phones on 127.0.0.1 voting through 10 decisions: no vote lost, none counted
twice (the speed is a benchmark: benchmarks/bench_phones.py)."""

from __future__ import annotations

from phone_load import run_room


def test_two_hundred_phones_ten_decisions_every_vote_counted_once():
    results, latencies = run_room(phones=200, decisions=10)
    assert len(results) == 10
    for expected, counted in results:
        assert counted == expected
        assert sum(counted.values()) == 200
    assert len(latencies) >= 2000
