"""The workshop file: durable saves, resume, the list, bad files, a crash mid-workshop."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from simulator.workshop.model import Workshop
from simulator.workshop.store import (
    FILE_NAME,
    VERSION_TABLE,
    open_workshop_store,
    problem_message,
    workshop_path,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_file_lives_in_the_data_folder_with_durable_pragmas(_private_data_dir):
    with open_workshop_store() as store:
        assert store.mode == "file" and store.problems == []
        assert store.path == _private_data_dir / FILE_NAME == workshop_path()
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert {"workshops", "workshop_decisions", VERSION_TABLE} <= tables
        assert "trainees" not in tables  # not the trainees' progress file
    assert not (_private_data_dir / "vagval.db").exists()


def test_votes_and_decisions_survive_reopening(example):
    store = open_workshop_store()
    w = Workshop(example.scenario, example.analysis, group="Grupp A", people=9)
    wid = store.start(w, scenario_path="exempel.md")
    w.set_votes(1, 6)
    assert store.save_votes(wid, w) is True
    record, _ = w.decide()
    assert store.save_decision(wid, w, record) is True
    w.set_votes(2, 4)
    assert store.save_votes(wid, w)
    store.close()

    store = open_workshop_store()
    (summary,) = store.workshops()
    assert (summary.id, summary.group, summary.people, summary.decision_count,
            summary.node, summary.finished) == (wid, "Grupp A", 9, 1, "berattar", None)
    assert store.decisions(wid) == [(0, "besok", "besok:1", "majority",
                                     {"besok:1": 6, "besok:2": 0})]
    resumed = store.resume(wid, example.scenario, example.analysis)
    assert resumed.reason == "ok"
    assert resumed.workshop.node.id == "berattar"
    assert resumed.workshop.votes == {"berattar:1": 0, "berattar:2": 4}
    store.close()


def test_finishing_marks_the_workshop_and_the_list_is_newest_first(example):
    store = open_workshop_store()
    first = Workshop(example.scenario, example.analysis)
    a = store.start(first)
    second = Workshop(example.scenario, example.analysis)
    b = store.start(second)
    while not first.finished:
        first.set_votes(1, 1)
        rec, _ = first.decide()
        store.save_decision(a, first, rec)
    assert [s.id for s in store.workshops()] == [b, a]
    assert [s.id for s in store.workshops(unfinished_only=True)] == [b]
    assert store.get(a).is_finished and store.get(a).decision_count == 3
    assert store.delete(b) and [s.id for s in store.workshops()] == [a]
    assert store.decisions(b) == []
    store.close()


def test_a_changed_scenario_is_not_resumed(example, sommarlovet, tmp_path):
    store = open_workshop_store()
    wid = store.start(Workshop(example.scenario, example.analysis))
    store.conn.execute("UPDATE workshops SET scenario_hash = 'old' WHERE id = ?", [wid])
    assert store.resume(wid, example.scenario, example.analysis).reason == "changed"
    assert store.resume(wid, sommarlovet.scenario, sommarlovet.analysis).workshop is None
    store.close()


def test_a_file_that_is_not_sqlite_is_moved_aside(_private_data_dir, example):
    _private_data_dir.mkdir(parents=True, exist_ok=True)
    path = _private_data_dir / FILE_NAME
    path.write_bytes(b"this is not a database" * 50)
    store = open_workshop_store()
    assert store.mode == "file"
    (problem,) = store.problems
    assert problem.code == "not_sqlite" and problem.moved_to.exists()
    assert problem.moved_to.read_bytes() == b"this is not a database" * 50
    message = problem_message(problem, "sv")
    assert "workshopparna" in message and "framsteg" not in message
    assert "workshops" in problem_message(problem, "en")
    store.start(Workshop(example.scenario, example.analysis))  # the fresh file works
    store.close()


def test_a_foreign_database_and_a_newer_version(_private_data_dir):
    _private_data_dir.mkdir(parents=True, exist_ok=True)
    path = _private_data_dir / FILE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE trainees (id INTEGER)")
    conn.commit()
    conn.close()
    store = open_workshop_store()
    assert [p.code for p in store.problems] == ["not_vagval"] and store.mode == "file"
    store.conn.execute(f"INSERT INTO {VERSION_TABLE} VALUES (99, 'later')")
    store.close()
    before = path.read_bytes()
    store = open_workshop_store()
    assert [p.code for p in store.problems] == ["newer_schema"] and store.mode == "memory"
    assert not store.durable
    store.close()
    assert path.read_bytes() == before  # left alone for the newer version


def test_a_folder_that_cannot_be_made_means_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = open_workshop_store(data_dir=blocker / "sub")
    assert store.mode == "memory" and store.problems[0].code == "read_only"
    store.close()


CRASH = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from simulator.engine.library import load_library
    from simulator.workshop.model import Workshop
    from simulator.workshop.store import open_workshop_store
    loaded = [x for x in load_library([{scenario!r}]) if x.scenario][0]
    store = open_workshop_store()
    w = Workshop(loaded.scenario, loaded.analysis)
    wid = store.start(w)
    n = 0
    while not w.finished:
        for k in range(3):
            w.add_votes(1, 1)
            store.save_votes(wid, w)
            print("votes", n, k + 1, flush=True)
        rec, _ = w.decide()
        store.save_decision(wid, w, rec)
        print("decision", n, flush=True)
        n += 1
        if n == 2:
            os.kill(os.getpid(), 9)
""")


def test_every_acknowledged_save_survives_a_kill(_private_data_dir, example):
    env = dict(os.environ, VAGVAL_DATA_DIR=str(_private_data_dir))
    code = CRASH.format(root=str(ROOT), scenario=str(ROOT / "docs" / "example-scenario.md"))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.splitlines()[-1] == "decision 1"
    with open_workshop_store() as store:
        (summary,) = store.workshops()
        assert summary.decision_count == 2
        assert [d[4] for d in store.decisions(summary.id)] == [
            {"besok:1": 3, "besok:2": 0}, {"berattar:1": 3, "berattar:2": 0}]
        resumed = store.resume(summary.id, example.scenario, example.analysis)
        assert resumed.workshop.node.id == "plan"


def test_a_planted_table_makes_the_workshop_file_damaged(_private_data_dir):
    # Issue 13: the workshop file is checked against its migrations like the progress file.
    store = open_workshop_store()
    assert store.mode == "file" and not store.problems
    store.close()
    path = _private_data_dir / FILE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE shadow (x TEXT)")
    conn.commit()
    conn.close()
    store = open_workshop_store()
    assert [p.code for p in store.problems] == ["tampered"] and store.mode == "file"
    assert store.problems[0].moved_to is not None and store.problems[0].moved_to.exists()
    assert problem_message(store.problems[0], "sv") != problem_message(store.problems[0], "en")
    store.close()


def test_a_symlinked_workshop_file_is_not_followed(tmp_path):
    # Issue 13: the workshop file had no link check; the file a link pointed to became it.
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"")
    folder = tmp_path / "data"
    folder.mkdir()
    link = folder / FILE_NAME
    link.symlink_to(elsewhere)
    store = open_workshop_store(link)
    assert [p.code for p in store.problems] == ["symlink"] and store.mode == "file"
    assert "länk" in problem_message(store.problems[0], "sv")
    store.close()
    assert elsewhere.read_bytes() == b"" and not link.is_symlink()


def test_the_workshop_file_and_folder_are_private(tmp_path):
    import stat

    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    store = open_workshop_store(folder / FILE_NAME)
    store.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_planted_trigger_is_refused_in_the_read_only_copy_too(_private_data_dir):
    import simulator.workshop.store as ws_store

    store = open_workshop_store()
    store.close()
    path = _private_data_dir / FILE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON workshop_decisions BEGIN "
                 "DELETE FROM workshop_decisions; END")
    conn.commit()
    conn.close()
    problems = []
    store = ws_store._read_only(path, "read_only", "the folder is read-only", problems)
    assert store.mode == "memory" and "TamperedSchema" in problems[0].detail
    store.close()


def _one_workshop(example) -> tuple[int, Path]:
    store = open_workshop_store()
    w = Workshop(example.scenario, example.analysis, group="Grupp A", people=9)
    wid = store.start(w, scenario_path="exempel.md")
    w.set_votes(1, 6)
    record, _ = w.decide()
    assert store.save_decision(wid, w, record)
    path = store.path
    store.close()
    return wid, path


def _change(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_values_vagval_never_writes_make_the_workshop_file_damaged(_private_data_dir, example):
    """A group name stored as bytes reached the workshop lists as bytes (a TypeError in the
    history table); a state nested 100,000 deep raised RecursionError on resume."""
    for sql in ("UPDATE workshops SET group_name = x'ff00'",
                "UPDATE workshops SET decision_count = 'many'",
                "UPDATE workshops SET state = '" + "[" * 100_000 + "]" * 100_000 + "'",
                "UPDATE workshop_decisions SET votes = 'not json'",
                "UPDATE workshops SET scenario_title = CAST(x'ff41' AS TEXT)"):
        _wid, path = _one_workshop(example)
        _change(path, sql)
        store = open_workshop_store()
        assert [p.code for p in store.problems] == ["bad_values"], sql
        assert store.mode == "file" and store.workshops() == []
        assert "Filen med workshopparna" in problem_message(store.problems[0], "sv")
        assert "values Vägval never writes" in problem_message(store.problems[0], "en")
        store.close()
        for moved in _private_data_dir.glob(FILE_NAME + ".bad_values-*"):
            moved.unlink()


def test_a_stored_state_of_the_wrong_shape_is_unreadable_not_a_crash(_private_data_dir, example):
    """Inside a valid JSON object, values of the wrong type raised AttributeError, TypeError or
    the engine's SessionError out of resume() (and so out of the app's 'continue')."""
    import json

    wid, path = _one_workshop(example)
    conn = sqlite3.connect(path)
    good = json.loads(conn.execute("SELECT state FROM workshops").fetchone()[0])
    conn.close()
    for change in ({"group": 5}, {"votes": [1, 2]}, {"people": "many"}, {"decisions": 5},
                   {"session": {"version": 99}}, {"decisions": [{"index": "x"}]}):
        _change(path, "UPDATE workshops SET state = ?", json.dumps({**good, **change}))
        store = open_workshop_store()
        assert not store.problems
        assert store.resume(wid, example.scenario, example.analysis).reason == "unreadable", change
        store.close()
