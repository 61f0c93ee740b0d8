"""Bad database files and folders: a clear message, the file kept aside untouched, work goes on."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from storetools import play

import simulator.store.opening as store_open
from simulator.store.export import erase_trainee
from simulator.store.problems import StoreError, StoreProblem
from simulator.store.progress import Store, open_store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(path: Path, attempts: int = 30) -> None:
    with open_store(path) as s:
        for i in range(attempts):
            play(s, f"T{i % 3}", f"s{i}", [("a", "a:1", {"barn": 1}), ("b", "b:1", {})])
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _assert_moved_and_fresh(store: Store, path: Path, code: str, original: str) -> StoreProblem:
    assert store.mode == "file"
    [problem] = store.problems
    assert problem.code == code and problem.action == "fresh"
    assert problem.moved_to is not None and _digest(problem.moved_to) == original
    assert str(problem.moved_to) in problem.message("sv")
    assert str(problem.moved_to) in problem.message("en")
    assert problem.message("sv") != problem.message("en")
    # The fresh file takes writes and keeps them.
    aid = play(store, "Ny", "s1", [("a", "a:1", {})])
    assert store.steps(aid)[0].choice == "a:1" and path.exists()
    return problem


def test_a_file_that_is_not_sqlite_is_moved_aside(db_path: Path) -> None:
    db_path.write_text("Det här är inga framsteg, bara text.\n" * 20, encoding="utf-8")
    original = _digest(db_path)
    with open_store(db_path) as store:
        problem = _assert_moved_and_fresh(store, db_path, "not_sqlite", original)
        assert "inte en databas" in problem.message("sv")
        assert "not a database" in problem.message("en")


def test_a_truncated_file_is_moved_aside(db_path: Path) -> None:
    _filled(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    original = _digest(db_path)
    with open_store(db_path) as store:
        _assert_moved_and_fresh(store, db_path, "corrupt", original)


def test_a_file_cut_mid_page_is_moved_aside(db_path: Path) -> None:
    _filled(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[:5000])
    original = _digest(db_path)
    with open_store(db_path) as store:
        _assert_moved_and_fresh(store, db_path, "corrupt", original)


def test_garbage_inside_a_file_is_found_by_the_check_on_open(db_path: Path) -> None:
    _filled(db_path, attempts=60)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):
        data[offset + 8 : offset + 400] = random.Random(offset).randbytes(392)
    db_path.write_bytes(bytes(data))
    original = _digest(db_path)
    with open_store(db_path) as store:
        _assert_moved_and_fresh(store, db_path, "corrupt", original)


def test_another_programs_database_is_moved_aside(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    original = _digest(db_path)
    with open_store(db_path) as store:
        _assert_moved_and_fresh(store, db_path, "not_vagval", original)


def test_a_newer_schema_is_left_in_place_untouched(db_path: Path) -> None:
    _filled(db_path)
    with open_store(db_path) as s:
        s.db.execute("INSERT INTO schema_version VALUES (99, 'framtiden')")
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    original = _digest(db_path)
    with open_store(db_path) as store:
        assert store.mode == "memory" and not store.durable
        [problem] = store.problems
        assert problem.code == "newer_schema" and problem.moved_to is None
        assert "nyare version" in problem.message("sv") and "newer version" in problem.message("en")
        assert "inget sparas" in problem.message("sv")
        play(store, "Ny", "s1", [("a", "a:1", {})])  # works, but only in memory
    assert _digest(db_path) == original


def _read_only_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every read-write open behave as on a read-only file system."""
    real = store_open.connect

    def connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
        if read_only:
            return real(path, read_only=True)
        if not Path(path).exists():
            raise sqlite3.OperationalError("unable to open database file")
        return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)

    monkeypatch.setattr(store_open, "connect", connect)


def test_a_read_only_file_is_shown_but_not_written(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(db_path)
    original = _digest(db_path)
    _read_only_files(monkeypatch)
    with open_store(db_path) as store:
        assert store.mode == "read_only" and not store.durable
        [problem] = store.problems
        assert problem.code == "read_only" and problem.action == "read_only"
        assert "visas" in problem.message("sv") and "shown" in problem.message("en")
        assert len(store.trainees()) == 3
        durable = store.record_step(1, index=2, node="c", choice="c:1", deltas={}, state="x")
        assert durable is False and len(store.steps(1)) == 3
        with pytest.raises(StoreError):  # erasing only the copy would be a false promise
            erase_trainee(store, store.trainee("T0").id)
    assert _digest(db_path) == original


def test_a_folder_that_cannot_be_made_gives_a_memory_store(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with open_store(data_dir=blocker / "sub") as store:
        assert store.mode == "memory"
        assert [p.code for p in store.problems] == ["read_only"]
        play(store, "Kim", "s1", [("a", "a:1", {})])


def test_a_full_disk_during_play_keeps_what_was_saved(db_path: Path) -> None:
    store = open_store(db_path)
    aid = play(store, "Kim", "s1", [("a", "a:1", {"barn": 1})])
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    big = "x" * 20_000  # needs new pages, so the file cannot take it
    durable = store.record_step(aid, index=1, node="b", choice="b:1", deltas={}, state=big)
    assert durable is False and store.mode == "read_only"
    [problem] = store.problems
    assert problem.code == "disk_full"
    assert "Disken är full" in problem.message("sv") and "disk is full" in problem.message("en")
    # The step lives on in memory so play can go on; the file still has the earlier step only.
    assert [s.index for s in store.steps(aid)] == [0, 1]
    store.close()
    with open_store(db_path) as again:
        assert [s.index for s in again.steps(aid)] == [0]


def test_opening_random_damage_never_raises(tmp_path: Path) -> None:
    good = tmp_path / "good.db"
    _filled(good)
    data = good.read_bytes()
    rng = random.Random(4)
    for n in range(25):
        path = tmp_path / f"d{n}.db"
        damaged = bytearray(data[: rng.randrange(0, len(data) + 1)])
        for _ in range(rng.randrange(0, 50)):
            if damaged:
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path.write_bytes(bytes(damaged))
        with open_store(path) as store:  # must not raise
            assert store.mode in ("file", "read_only", "memory")
            play(store, "Kim", "s1", [("a", "a:1", {})])


def test_a_file_locked_by_another_program_is_shown_read_only(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(db_path)
    monkeypatch.setattr(store_open, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    try:
        with open_store(db_path) as store:
            assert store.mode == "read_only"
            [problem] = store.problems
            assert problem.code == "busy" and "låst" in problem.message("sv")
            assert len(store.trainees()) == 3
    finally:
        other.execute("ROLLBACK")
        other.close()
    with open_store(db_path) as store:
        assert store.mode == "file" and store.problems == []


def test_a_read_only_copy_includes_steps_still_in_the_log(db_path: Path) -> None:
    store = open_store(db_path)
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    aid = play(store, "Kim", "s1", [("a", "a:1", {}), ("b", "b:1", {})])
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    copy = store_open.read_into_memory(db_path)  # while the log is not yet checkpointed
    assert copy.execute("SELECT COUNT(*) FROM steps WHERE attempt_id = ?", [aid]).fetchone() == (2,)
    copy.close()
    store.close()


def test_an_unforeseen_failure_while_opening_still_gives_a_store(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> None:
        raise RuntimeError("unforeseen")

    monkeypatch.setattr("simulator.store.progress.open_database", broken)
    with open_store(db_path) as store:
        assert store.mode == "memory" and [p.code for p in store.problems] == ["cannot_open"]
        assert "unforeseen" in store.problems[0].detail


def test_a_full_disk_when_creating_the_file_gives_a_working_store(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store_open.configure

    def tiny_disk(db: object, *, on_file: bool) -> None:
        real(db, on_file=on_file)  # type: ignore[arg-type]
        if on_file:
            db.execute("PRAGMA max_page_count = 1")  # type: ignore[attr-defined]

    monkeypatch.setattr(store_open, "configure", tiny_disk)
    with open_store(db_path) as store:
        [problem] = store.problems
        assert problem.code == "disk_full" and store.mode in ("read_only", "memory")
        assert "Disken är full" in problem.message("sv")
        play(store, "Kim", "s1", [("a", "a:1", {})])


def test_a_write_lock_held_too_long_falls_back_with_a_message(db_path: Path) -> None:
    store = open_store(db_path)
    aid = play(store, "Kim", "s1", [("a", "a:1", {})])
    store.db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        durable = store.record_step(aid, index=1, node="b", choice="b:1", deltas={}, state="x")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert durable is False and store.mode == "read_only"
    assert [p.code for p in store.problems] == ["busy"]
    assert [s.index for s in store.steps(aid)] == [0, 1]
    store.close()


def test_a_file_caught_mid_checkpoint_is_left_to_sqlite_recovery(tmp_path: Path) -> None:
    """Page 1 already says the file is longer than it is: corrupt on its own, but normal for a
    process killed during a checkpoint, when the write-ahead log still holds the pages."""
    path = tmp_path / "vagval.db"
    _filled(path)
    data = bytearray(path.read_bytes())
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 3).to_bytes(4, "big")  # valid-for stays equal to the change counter
    path.write_bytes(bytes(data))
    assert store_open.inspect_header(path) == "corrupt"
    path.with_name(path.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    assert store_open.inspect_header(path) is None
