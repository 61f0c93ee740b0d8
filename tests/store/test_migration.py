"""Forward migrations: a file made by schema version 1 opens, upgrades and keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from simulator.store.history import history, library_status
from simulator.store.progress import open_store
from simulator.store.schema import LATEST, MIGRATIONS, schema_version

V1_SCRIPT = Path(__file__).with_name("schema_v1.sql")


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCRIPT.read_text(encoding="utf-8"))
    conn.commit()
    conn.close()


def test_a_version_1_file_is_migrated_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _make_v1(path)
    store = open_store(path)
    assert store.mode == "file" and store.problems == []
    assert schema_version(store.db) == LATEST == len(MIGRATIONS)
    versions = [r[0] for r in store.db.execute("SELECT version FROM schema_version ORDER BY 1")]
    assert versions == list(range(1, LATEST + 1))
    old = store.attempt(1)
    assert old.kind == "graded" and old.choice_order is None and old.passed is True
    assert [s.seconds for s in store.steps(2)] == [3.0]
    robin = store.trainee("robin")
    assert robin.id == 1
    status = library_status(store, robin.id, ["heder-sommarlov", "vardnad-konflikt", "x"])
    assert [s.status for s in status.values()] == ["passed", "in_progress", "not_started"]
    assert [h.dimensions for h in history(store, robin.id)] == [{}, {"barn": (5, 6)}]
    # The new columns are usable after the upgrade.
    store.set_choice_order(2, ["start:2", "start:1"])
    assert store.attempt(2).choice_order == ["start:2", "start:1"]
    store.close()


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _make_v1(path)
    open_store(path).close()
    store = open_store(path)
    assert store.problems == []
    assert store.db.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == LATEST
    store.close()


def test_a_fresh_file_gets_the_latest_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db")
    assert schema_version(store.db) == LATEST
    assert {"trainees", "attempts", "steps", "attempt_dimensions"} <= set(store.db.table_names())
    store.close()


def test_version_3_gives_every_old_attempt_its_own_registration_uuid(tmp_path: Path) -> None:
    import uuid

    path = tmp_path / "old.db"
    _make_v1(path)
    with open_store(path) as store:
        found = [r[0] for r in store.db.execute("SELECT registration FROM attempts")]
        assert found and len(set(found)) == len(found)
        assert all(uuid.UUID(r).version == 4 and str(uuid.UUID(r)) == r for r in found)
        assert store.db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
