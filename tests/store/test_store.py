"""Trainees, attempts and steps: what is written is what comes back, one step at a time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from storetools import play

from simulator.store.progress import Finish, Store, open_store


def test_pragmas_give_wal_full_sync_and_foreign_keys(store: Store) -> None:
    db = store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_trainee_is_found_case_insensitively_and_not_duplicated(store: Store) -> None:
    a = store.trainee("Kim")
    assert store.trainee(" kim ") == a
    assert [t.pseudonym for t in store.trainees()] == ["Kim"]
    assert store.trainee("åsa") == store.trainee("ÅSA")  # not only ASCII letters
    assert len(store.trainees()) == 2
    with pytest.raises(ValueError):
        store.trainee("  ")


def test_each_step_is_visible_to_a_second_connection_at_once(store: Store, db_path: Path) -> None:
    t = store.trainee("Kim")
    aid = store.start_attempt(t.id, "s1", "h", "{}", node="a", choice_order={"a": [2, 1]})
    other = sqlite3.connect(db_path)
    for i in range(3):
        assert store.record_step(
            aid, index=i, node=f"n{i}", choice=f"n{i}:1", deltas={"barn": i}, state=f"[{i}]"
        )
        assert other.execute("SELECT COUNT(*) FROM steps").fetchone()[0] == i + 1
        assert other.execute("SELECT state FROM attempts").fetchone()[0] == f"[{i}]"
    other.close()
    steps = store.steps(aid)
    assert [(s.index, s.node, s.deltas) for s in steps] == [
        (0, "n0", {"barn": 0}),
        (1, "n1", {"barn": 1}),
        (2, "n2", {"barn": 2}),
    ]
    a = store.attempt(aid)
    assert a.step_count == 3 and a.choice_order == {"a": [2, 1]} and a.finished is None


def test_a_step_out_of_order_is_refused_and_nothing_is_written(store: Store) -> None:
    aid = play(store, "Kim", "s1", [("a", "a:1", {})])
    with pytest.raises(ValueError, match="expects step 1"):
        store.record_step(aid, index=3, node="b", choice="b:1", deltas={}, state="x")
    with pytest.raises(ValueError):
        store.record_step(999, index=0, node="b", choice="b:1", deltas={}, state="x")
    assert len(store.steps(aid)) == 1 and store.attempt(aid).state == '{"s": 1}'


def test_finish_is_written_with_the_last_step(store: Store) -> None:
    aid = play(store, "Kim", "s1", [("a", "a:1", {"barn": 2})], finish=(True, {"barn": (2, 3)}))
    a = store.attempt(aid)
    assert a.finished is not None and a.passed is True and a.total == 2 and a.best_total == 3
    assert a.result == {"passed": True}
    assert store.unfinished(a.trainee_id) == []


def test_unfinished_lists_open_attempts_newest_first(store: Store) -> None:
    first = play(store, "Kim", "s1", [("a", "a:1", {})])
    second = play(store, "Kim", "s2", [("a", "a:1", {})])
    play(store, "Kim", "s3", [("a", "a:1", {})], finish=(False, {"barn": (0, 1)}))
    tid = store.trainee("Kim").id
    assert [a.id for a in store.unfinished(tid)] == [second, first]
    assert [a.id for a in store.unfinished(tid, "s1")] == [first]
    store.abandon_attempt(first)
    assert store.attempt(first).abandoned
    assert [a.id for a in store.unfinished(tid)] == [second]


def test_explorations_are_kept_apart_from_graded_attempts(store: Store) -> None:
    graded = play(store, "Kim", "s1", [("a", "a:1", {})])
    t = store.trainee("Kim")
    explore = store.start_attempt(t.id, "s1", "h", "{}", kind="explore", branched_from=graded)
    assert [a.id for a in store.unfinished(t.id)] == [graded]
    assert [a.id for a in store.unfinished(t.id, kind="explore")] == [explore]
    assert store.attempt(explore).branched_from == graded
    with pytest.raises(ValueError):
        store.start_attempt(t.id, "s1", "h", "{}", kind="practice")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.start_attempt(t.id, "s1", "h", "{}", feedback_mode="later")  # type: ignore[arg-type]


def test_feedback_mode_and_choice_order_round_trip(store: Store) -> None:
    t = store.trainee("Kim")
    aid = store.start_attempt(t.id, "s1", "h", "{}", feedback_mode="end")
    store.set_choice_order(aid, {"a": ["a:2", "a:1"]})
    a = store.attempt(aid)
    assert a.feedback_mode == "end" and a.choice_order == {"a": ["a:2", "a:1"]}


def test_data_survives_reopening(db_path: Path) -> None:
    with open_store(db_path) as s:
        aid = play(s, "Kim", "s1", [("a", "a:1", {"barn": 1}), ("b", "b:2", {"barn": -1})])
    with open_store(db_path) as s:
        assert [st.choice for st in s.steps(aid)] == ["a:1", "b:2"]
        assert s.attempt(aid).node == "after-1"


def test_finish_attempt_separately_replaces_dimension_rows(store: Store) -> None:
    aid = play(store, "Kim", "s1", [("a", "a:1", {})])
    fin = Finish({"x": 1}, False, 1, 4, {"barn": (1, 2), "sakerhet": (0, 2)})
    assert store.finish_attempt(aid, fin, state="done")
    store.finish_attempt(aid, fin)
    n = store.db.execute("SELECT COUNT(*) FROM attempt_dimensions").fetchone()[0]
    assert n == 2 and store.attempt(aid).state == "done"
