"""A trainee's own data: full JSON export, complete erasure, anonymous aggregate CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from storetools import play

from simulator.store.export import erase_trainee, export_trainee, write_aggregate_csv
from simulator.store.progress import Store


def test_export_holds_every_attempt_and_step_of_one_trainee_only(store: Store) -> None:
    a = play(
        store,
        "Kim",
        "s1",
        [("a", "a:1", {"barn": 2}), ("b", "b:1", {})],
        finish=(True, {"barn": (2, 2)}),
    )
    play(store, "Alex", "s1", [("a", "a:2", {})])
    kim = store.trainee("Kim")
    store.start_attempt(kim.id, "s2", "h", "{}", kind="explore", choice_order=[1, 0])
    data = json.loads(json.dumps(export_trainee(store, kim.id)))
    assert data["format"] == "vagval-trainee/1" and data["trainee"]["pseudonym"] == "Kim"
    assert [x["id"] for x in data["attempts"]] == [a, a + 2]
    first = data["attempts"][0]
    assert [s["choice"] for s in first["steps"]] == ["a:1", "b:1"]
    assert first["steps"][0]["deltas"] == {"barn": 2} and first["state"] == {"s": 2}
    assert first["dimensions"] == {"barn": {"achieved": 2, "best": 2}}
    assert data["attempts"][1]["kind"] == "explore"
    assert "Alex" not in json.dumps(data)
    with pytest.raises(KeyError):
        export_trainee(store, 999)


def test_erase_removes_every_row_and_every_trace_in_the_file(store: Store, db_path: Path) -> None:
    secret = "Hemligt-Pseudonym-4711"
    for n in range(20):
        play(
            store,
            secret,
            f"s{n}",
            [("a", "a:1", {"barn": 1}), ("b", "b:1", {})],
            finish=(True, {"barn": (1, 1)}),
        )
    keep = play(store, "Alex", "s1", [("a", "a:1", {})])
    tid = store.trainee(secret).id
    assert erase_trainee(store, tid) == 20
    assert store.find_trainee(secret) is None
    for table in ("attempts", "steps", "attempt_dimensions"):
        n = store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        assert n == 1 if table != "attempt_dimensions" else n == 0, table
    assert store.steps(keep)[0].choice == "a:1"
    on_disk = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert secret.encode() not in on_disk
    with pytest.raises(KeyError):
        erase_trainee(store, tid)


def test_aggregate_csv_has_no_pseudonyms_and_hides_small_groups(store: Store) -> None:
    for i, (passed, got) in enumerate([(True, 4), (False, 1), (True, 3)]):
        play(
            store,
            f"Person{i}",
            "s1",
            [("a", "a:1", {})],
            finish=(passed, {"barn": (got, 4), "sakerhet": (1, 2)}),
        )
    play(store, "Person0", "s2", [("a", "a:1", {})], finish=(True, {"barn": (2, 2)}))
    play(store, "Person1", "s1", [("a", "a:1", {})])  # unfinished: not counted
    out = io.StringIO()
    left_out = write_aggregate_csv(store, out, min_trainees=3)
    text = out.getvalue()
    assert "Person" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["scenario_id"], r["dimension"]) for r in rows] == [
        ("s1", "barn"),
        ("s1", "sakerhet"),
        ("s1", "total"),
    ]
    barn = rows[0]
    assert barn["trainees"] == "3" and barn["finished_attempts"] == "3"
    assert barn["passed_attempts"] == "2" and float(barn["pass_rate"]) == pytest.approx(0.667)
    assert float(barn["mean_share"]) == pytest.approx((1 + 0.25 + 0.75) / 3, abs=1e-3)
    assert left_out == 2  # s2's dimension row and its total row
    everything = io.StringIO()
    assert write_aggregate_csv(store, everything, min_trainees=1) == 0
    assert "s2,total" in everything.getvalue()
