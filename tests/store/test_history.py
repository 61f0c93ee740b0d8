"""History queries: attempts newest first, per-dimension trend, status of every scenario."""

from __future__ import annotations

from storetools import play

from simulator.store.history import explorations, history, library_status, trend
from simulator.store.progress import Store


def _day(n: int) -> str:
    return f"2026-11-{n:02d}T10:00:00.000+00:00"


def test_history_lists_graded_attempts_newest_first_with_status(store: Store) -> None:
    a1 = play(store, "Kim", "s1", [("a", "a:1", {})], finish=(False, {"barn": (1, 4)}), at=_day(1))
    a2 = play(store, "Kim", "s1", [("a", "a:2", {})], finish=(True, {"barn": (4, 4)}), at=_day(2))
    a3 = play(store, "Kim", "s2", [("a", "a:1", {})], at=_day(3))
    a4 = play(store, "Kim", "s3", [("a", "a:1", {})], at=_day(4))
    store.abandon_attempt(a4)
    play(store, "Someone else", "s1", [("a", "a:1", {})], at=_day(5))
    tid = store.trainee("Kim").id
    store.start_attempt(tid, "s1", "h", "{}", kind="explore", started=_day(6))
    rows = history(store, tid)
    assert [(r.id, r.status) for r in rows] == [
        (a4, "abandoned"),
        (a3, "in_progress"),
        (a2, "passed"),
        (a1, "failed"),
    ]
    assert rows[2].dimensions == {"barn": (4, 4)} and rows[2].share == 1.0
    assert rows[1].share is None
    assert [r.id for r in history(store, tid, scenario_id="s1", limit=1)] == [a2]
    assert len(explorations(store, tid)) == 1


def test_trend_orders_each_dimension_by_finish_time(store: Store) -> None:
    dims_late = {"barn": (3, 4), "sakerhet": (2, 2)}
    play(store, "Kim", "s2", [("a", "a:1", {})], finish=(True, dims_late), at=_day(9))
    play(store, "Kim", "s1", [("a", "a:1", {})], finish=(False, {"barn": (1, 4)}), at=_day(3))
    play(store, "Kim", "s1", [("a", "a:1", {})], at=_day(10))  # unfinished: not in the trend
    t = trend(store, store.trainee("Kim").id)
    assert [(p.scenario_id, p.achieved, p.share) for p in t["barn"]] == [
        ("s1", 1, 0.25),
        ("s2", 3, 0.75),
    ]
    assert [p.best for p in t["sakerhet"]] == [2]


def test_library_status_covers_every_scenario_in_the_given_order(store: Store) -> None:
    play(store, "Kim", "passed", [("a", "a:1", {})], finish=(False, {"barn": (0, 2)}))
    play(store, "Kim", "passed", [("a", "a:1", {})], finish=(True, {"barn": (2, 2)}))
    play(store, "Kim", "failed", [("a", "a:1", {})], finish=(False, {"barn": (1, 2)}))
    open_id = play(store, "Kim", "open", [("a", "a:1", {})])
    play(store, "Kim", "open", [("a", "a:1", {})], finish=(False, {"barn": (0, 2)}))
    gone = play(store, "Kim", "abandoned", [("a", "a:1", {})])
    store.abandon_attempt(gone)
    play(store, "Other", "new", [("a", "a:1", {})], finish=(True, {"barn": (2, 2)}))
    tid = store.trainee("Kim").id
    ids = ["new", "open", "failed", "passed", "abandoned"]
    status = library_status(store, tid, ids)
    assert list(status) == ids
    assert {k: v.status for k, v in status.items()} == {
        "new": "not_started",
        "open": "in_progress",
        "failed": "failed",
        "passed": "passed",
        "abandoned": "not_started",
    }
    assert status["open"].unfinished_attempt == open_id
    assert status["passed"].finished_attempts == 2 and status["passed"].best_share == 1.0
    assert status["failed"].best_share == 0.5 and status["new"].last_activity is None
