"""A planted or redirected database is not trusted (issue 13, attacks 4 and 6)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from storetools import play

from simulator.store.export import erase_trainee
from simulator.store.progress import open_store
from tests.planted import pipe_with_writer


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _made(path: Path) -> None:
    with open_store(path) as s:
        play(s, "Anna", "s1", [("a", "a:1", {"barn": 1})])
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _plant(path: Path, *statements: str) -> str:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return _digest(path)


PLANTS = {
    "trigger": ("CREATE TRIGGER eat AFTER INSERT ON steps BEGIN DELETE FROM steps; END",),
    "shadow": ("CREATE TABLE shadow (name TEXT)",
               "CREATE TRIGGER copy AFTER INSERT ON trainees BEGIN "
               "INSERT INTO shadow VALUES (new.pseudonym); END"),
    "view": ("CREATE VIEW everyone AS SELECT pseudonym FROM trainees",),
    "index": ("CREATE INDEX extra ON steps (node)",),
    "altered": ("ALTER TABLE trainees ADD COLUMN note TEXT",),
}


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_planted_schema_objects_make_the_file_damaged(tmp_path: Path, kind: str):
    path = tmp_path / "vagval.db"
    _made(path)
    original = _plant(path, *PLANTS[kind])
    with open_store(path) as s:
        assert s.mode == "file"
        [problem] = s.problems
        assert problem.code == "tampered" and problem.action == "fresh"
        assert problem.moved_to is not None and _digest(problem.moved_to) == original
        assert "triggrar" in problem.message("sv") and "triggers" in problem.message("en")
        # The fresh file is Vägval's own: a step stays saved.
        aid = play(s, "Ny", "s1", [("a", "a:1", {}), ("b", "b:1", {})])
        assert len(s.steps(aid)) == 2
        names = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master")}
        assert not names & {"eat", "shadow", "copy", "everyone", "extra"}


ODD_VALUES = {
    # Most of these made `progress`, `export-trainee` or `erase-trainee` stop with an internal
    # error (a name as bytes, broken or too-deep JSON, a score as text).
    "name as bytes": "UPDATE trainees SET pseudonym = x'ff00'",
    "result not JSON": "UPDATE attempts SET result = '{bad'",
    "result not an object": "UPDATE attempts SET result = '5'",
    "result nested without end": "UPDATE attempts SET result = '" + "[" * 5000 + "]" * 5000 + "'",
    "deltas not JSON": "UPDATE steps SET deltas = 'nope'",
    "score as text": "UPDATE attempt_dimensions SET achieved = 'x'",
    "seconds as text": "UPDATE steps SET seconds = 'slow'",
    # Text that is not UTF-8 (SQLite keeps any bytes as text): Python's reader failed on the
    # row with "Could not decode to UTF-8 column", an internal error in every command.
    "name not UTF-8": "UPDATE trainees SET pseudonym = CAST(x'ff41' AS TEXT)",
    "title not UTF-8": "UPDATE attempts SET scenario_title = CAST(x'c328' AS TEXT)",
}


@pytest.mark.parametrize("kind", sorted(ODD_VALUES))
def test_values_vagval_never_writes_make_the_file_damaged(tmp_path: Path, kind: str, capsys):
    from simulator.cli.commands import main

    path = tmp_path / "vagval.db"
    with open_store(path) as s:
        play(s, "Anna", "s1", [("a", "a:1", {"barn": 1})], finish=(True, {"barn": (1, 2)}))
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    original = _plant(path, ODD_VALUES[kind])
    said = []
    for command in (["progress", "--trainee", "Anna"], ["export-trainee", "--trainee", "Anna"],
                    ["erase-trainee", "--trainee", "Anna", "--yes"]):
        code = main([*command, "--data-dir", str(tmp_path), "--lang", "en"])
        out = capsys.readouterr()
        said.append(out.out + out.err)
        assert code == 2 and "internal error" not in said[-1]  # no such trainee now
    moved = sorted(tmp_path.glob("vagval.db.bad_values-*"))
    assert len(moved) == 1 and _digest(moved[0]) == original  # kept untouched
    assert "values Vägval never writes" in said[0] and str(moved[0]) in said[0]


def test_the_value_check_is_left_out_above_its_size_limit(tmp_path: Path, monkeypatch):
    # Reading every value costs about 45 ms per MB at every start (5.4 s for a 150 MB file of a
    # million steps): above the limit the check is left out, as the quick check is.
    import sqlite3

    import simulator.store.schema as schema

    path = tmp_path / "vagval.db"
    with open_store(path) as s:
        play(s, "Anna", "s1", [("a", "a:1", {"barn": 1})], finish=(True, {"barn": (1, 2)}))
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    _plant(path, ODD_VALUES["name as bytes"])
    db = sqlite3.connect(path)
    assert schema.foreign_values(db) != []
    size = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    monkeypatch.setattr(schema, "VALUE_CHECK_LIMIT", size - 1)
    assert schema.foreign_values(db) == []
    db.close()


def test_the_value_check_passes_every_file_vagval_writes(tmp_path: Path):
    path = tmp_path / "vagval.db"
    with open_store(path) as s:
        play(s, "Anna", "s1", [("a", "a:1", {"barn": 1}), ("b", "b:2", {"barn": -1})],
             finish=(False, {"barn": (0, 2)}))
        s.trainee("Åsa Öberg")
    with open_store(path) as s:
        assert s.mode == "file" and not s.problems


def test_erasing_leaves_no_shadow_copy(tmp_path: Path):
    path = tmp_path / "vagval.db"
    _made(path)
    _plant(path, *PLANTS["shadow"])
    with open_store(path) as s:
        trainee = s.trainee("Hemlig Person")
        erase_trainee(s, trainee.id)
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("vagval.db")
                    and "tampered" not in p.name)
    assert b"Hemlig Person" not in data


def test_a_tampered_file_is_not_used_even_as_a_read_only_copy(tmp_path: Path):
    import simulator.store.opening as store_open

    path = tmp_path / "vagval.db"
    _made(path)
    _plant(path, *PLANTS["trigger"])
    with pytest.raises(store_open.TamperedSchema):
        store_open.read_into_memory(path)


def test_every_connection_distrusts_the_schema(tmp_path: Path):
    with open_store(tmp_path / "vagval.db") as s:
        assert s.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    import simulator.store.opening as store_open

    assert store_open.memory_database().execute("PRAGMA trusted_schema").fetchone()[0] == 0


@pytest.mark.parametrize("target_exists", [True, False])
def test_a_symlinked_database_is_not_followed(tmp_path: Path, target_exists: bool):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "empty.db"
    if target_exists:
        target.write_bytes(b"")
    data = tmp_path / "data"
    data.mkdir()
    link = data / "vagval.db"
    link.symlink_to(target)
    with open_store(link) as s:
        assert [p.code for p in s.problems] == ["symlink"]
        play(s, "Anna", "s1", [("a", "a:1", {})])
    assert link.exists() and not link.is_symlink()
    assert target.exists() == target_exists
    if target_exists:
        assert target.read_bytes() == b""  # the file the link pointed to was never written


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_a_symlinked_companion_is_refused(tmp_path: Path, suffix: str):
    path = tmp_path / "vagval.db"
    _made(path)
    outside = tmp_path / "outside"
    outside.write_bytes(b"")
    path.with_name(path.name + suffix).symlink_to(outside)
    with open_store(path) as s:
        assert [p.code for p in s.problems] == ["symlink"]
        assert s.mode == "file"
        assert s.trainees()[0].pseudonym == "Anna"  # the database itself is kept
        play(s, "Anna", "s2", [("a", "a:1", {})])
    assert outside.read_bytes() == b""


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_named_pipe_at_the_database_or_a_companion_is_moved_aside(tmp_path: Path, suffix: str):
    """A FIFO planted at vagval.db made every command wait for ever (the header check opened
    it for reading); at -wal or -shm it is SQLite that would read it. Now it is moved aside,
    untouched, like a planted link, and said in plain words."""
    path = tmp_path / "vagval.db"
    if suffix:
        _made(path)
    pipe = path.with_name(path.name + suffix)
    with pipe_with_writer(pipe, b"SQLite format 3\x00" + b"\x00" * 4096) as taken, \
            open_store(path) as s:
        assert not taken  # never opened
        assert [p.code for p in s.problems] == ["not_a_file"]
        assert "namngiven pipe" in s.problems[0].message("sv")
        assert "named pipe" in s.problems[0].message("en")
        moved = s.problems[0].moved_to
        assert moved is not None and stat.S_ISFIFO(moved.lstat().st_mode)
        assert s.mode == "file"
        play(s, "Anna", "s2", [("a", "a:1", {})])
        if suffix:
            assert {t.pseudonym for t in s.trainees()} == {"Anna"}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_files_are_private(tmp_path: Path):
    folder = tmp_path / "data"
    path = folder / "vagval.db"
    with open_store(path) as s:
        play(s, "Anna", "s1", [("a", "a:1", {})])
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in ("vagval.db", "vagval.db-wal", "vagval.db-shm"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_readable_database_is_made_private(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    path = folder / "vagval.db"
    _made(path)
    os.chmod(folder, 0o755)
    os.chmod(path, 0o644)
    with open_store(path):
        pass
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix" or os.getuid() != 0,
                    reason="handing a folder to another user needs root (CI runs as root)")
@pytest.mark.parametrize("mode", [0o755, 0o777])
def test_a_folder_another_user_can_change_is_not_used(tmp_path: Path, mode: int):
    # Between the link check and SQLite's open, whoever can write in the folder could swap the
    # database for a link; only a folder nobody else can change makes that gap safe.
    from simulator.workshop.store import open_workshop_store

    folder = tmp_path / "data"
    folder.mkdir()
    os.chown(folder, 65534, 65534)
    os.chmod(folder, mode)
    with open_store(folder / "vagval.db") as s:
        assert [p.code for p in s.problems] == ["shared_folder"] and s.mode == "memory"
        assert "andra användare" in s.problems[0].message("sv")
        assert "other users" in s.problems[0].message("en")
        play(s, "Anna", "s1", [("a", "a:1", {})])  # practice goes on, in memory
    workshops = open_workshop_store(folder / "workshops.sqlite")
    assert [p.code for p in workshops.problems] == ["shared_folder"]
    workshops.close()
    assert list(folder.iterdir()) == []  # nothing was written there
