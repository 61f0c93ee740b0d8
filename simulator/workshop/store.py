"""Durable storage of workshops, in their own SQLite file beside the trainees' progress.

A room's workshop is not a trainee's attempt: it has no pseudonym and no grade, so it lives in
`workshops.sqlite` in the data folder (`simulator.store.datadir`), with its own schema version table.
The durability rules are the progress store's (docs/store.md): WAL, synchronous=FULL, one
`BEGIN IMMEDIATE` transaction per write, so a vote count or a decision that a save call has
acknowledged survives a crash, and the view moves on only after that call returned.

Bad files are handled the same way and reported in the same plain words: a file that is not
SQLite, damaged, or not made by this module is renamed aside and a fresh one started; a file
from a newer version is left alone; an unwritable folder or file means working in memory. The
helpers come from `simulator.store.opening` and `simulator.store.problems`.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NewType

from simulator.engine.analysis import Analysis
from simulator.format.model import Scenario
from simulator.store.datadir import data_dir as _data_dir
from simulator.store.datadir import make_private
from simulator.store.opening import (
    check_integrity,
    classify,
    configure,
    connect,
    inspect_header,
    safe_place,
    write_with_fallback,
)
from simulator.store.problems import ProblemCode, StoreProblem, move_aside
from simulator.store.progress import now
from simulator.store.schema import (
    TamperedSchema,
    TamperedValues,
    foreign_objects,
    foreign_values,
    immediate,
)
from simulator.workshop.model import DecisionRecord, Workshop, WorkshopError

WorkshopId = NewType("WorkshopId", int)
Mode = Literal["file", "read_only", "memory"]

FILE_NAME = "workshops.sqlite"
VERSION_TABLE = "workshop_schema_version"
_VERSION_TABLE_SQL = (f"CREATE TABLE {VERSION_TABLE} "
                      "(version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")

MIGRATIONS: tuple[str, ...] = (
    # 1: workshops (the whole Workshop JSON in `state`) and one row per decision taken.
    """
    CREATE TABLE workshops (
        id INTEGER PRIMARY KEY,
        scenario_id TEXT NOT NULL,
        scenario_hash TEXT NOT NULL,
        scenario_path TEXT,
        scenario_title TEXT,
        group_name TEXT NOT NULL DEFAULT '',
        people INTEGER,
        started TEXT NOT NULL,
        updated TEXT NOT NULL,
        finished TEXT,
        state TEXT NOT NULL,
        decision_count INTEGER NOT NULL DEFAULT 0,
        node TEXT
    );
    CREATE INDEX workshops_by_start ON workshops (started);
    CREATE TABLE workshop_decisions (
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        node TEXT NOT NULL,
        chosen TEXT NOT NULL,
        how TEXT NOT NULL,
        votes TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, idx)
    ) WITHOUT ROWID;
    """,
)
LATEST = len(MIGRATIONS)
# Columns holding JSON, for the check of a file's values (store.schema.foreign_values).
WORKSHOP_JSON = {("workshops", "state"): "object", ("workshop_decisions", "votes"): "object"}


class _Foreign(Exception):
    pass


class _Newer(Exception):
    pass


@dataclass(frozen=True)
class WorkshopSummary:
    id: WorkshopId
    scenario_id: str
    scenario_hash: str
    scenario_path: str | None
    scenario_title: str | None
    group: str
    people: int | None
    started: str
    updated: str
    finished: str | None
    decision_count: int
    node: str | None
    state: str = field(repr=False)

    @property
    def is_finished(self) -> bool:
        return self.finished is not None


@dataclass(frozen=True)
class Resumed:
    """What `WorkshopStore.resume` found: the workshop, or why it cannot go on."""

    summary: WorkshopSummary
    workshop: Workshop | None
    reason: Literal["ok", "changed", "unreadable"]


def problem_message(problem: StoreProblem, lang: str = "sv") -> str:
    """The progress store's plain message, said about the workshop file instead."""
    text = problem.message(lang)
    if lang == "en":
        return (text.replace("Your earlier progress is", "The earlier workshops are")
                .replace("your progress", "the workshops").replace("Your progress", "The workshops"))
    return (text.replace("Dina tidigare framsteg", "Tidigare workshoppar")
            .replace("dina framsteg", "workshopparna").replace("Dina framsteg", "Workshopparna"))


class WorkshopStore:
    """A handle on the workshop file. Every save call is one durable transaction."""

    def __init__(self, conn: sqlite3.Connection, path: Path, mode: Mode,
                 problems: list[StoreProblem]) -> None:
        self.conn = conn
        self.path = path
        self.mode: Mode = mode
        self.problems = problems

    @property
    def durable(self) -> bool:
        return self.mode == "file"

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> WorkshopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------
    def start(self, workshop: Workshop, *, scenario_path: str | os.PathLike[str] | None = None
              ) -> WorkshopId:
        when = now()
        s = workshop.scenario
        ids: list[int] = []

        def insert() -> None:
            cur = self.conn.execute(
                "INSERT INTO workshops (scenario_id, scenario_hash, scenario_path, scenario_title,"
                " group_name, people, started, updated, state, decision_count, node)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [s.id, s.content_hash, None if scenario_path is None else str(scenario_path), s.title,
                 workshop.group, workshop.people, when, when, workshop.to_json(),
                 len(workshop.decisions), workshop.node.id])
            ids.append(int(cur.lastrowid or 0))

        self._durable_write(insert)
        return WorkshopId(ids[-1])

    def save_votes(self, workshop_id: WorkshopId, workshop: Workshop) -> bool:
        """Store the current vote counts (the whole state); True when on disk."""
        return self._durable_write(lambda: self._update(workshop_id, workshop, now()))

    def save_decision(self, workshop_id: WorkshopId, workshop: Workshop,
                      record: DecisionRecord) -> bool:
        """Store a decision just taken (and the state after it) in one transaction."""
        when = now()

        def write() -> None:
            self.conn.execute(
                "INSERT INTO workshop_decisions VALUES (?, ?, ?, ?, ?, ?, ?)",
                [workshop_id, record.index, record.node, record.chosen, record.how,
                 json.dumps(dict(record.votes)), when])
            self._update(workshop_id, workshop, when)

        return self._durable_write(write)

    def delete(self, workshop_id: WorkshopId) -> bool:
        return self._durable_write(
            lambda: self.conn.execute("DELETE FROM workshops WHERE id = ?", [workshop_id]))

    def _update(self, workshop_id: WorkshopId, workshop: Workshop, when: str) -> None:
        cur = self.conn.execute(
            "UPDATE workshops SET state = ?, updated = ?, decision_count = ?, node = ?,"
            " finished = CASE WHEN ? THEN COALESCE(finished, ?) ELSE NULL END WHERE id = ?",
            [workshop.to_json(), when, len(workshop.decisions), workshop.node.id,
             int(workshop.finished), when, workshop_id])
        if cur.rowcount != 1:
            raise KeyError(workshop_id)

    # -- reading ---------------------------------------------------------------------------
    def workshops(self, *, unfinished_only: bool = False) -> list[WorkshopSummary]:
        """Every stored workshop, newest first."""
        where = " WHERE finished IS NULL" if unfinished_only else ""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM workshops{where} "
                                 "ORDER BY started DESC, id DESC").fetchall()
        return [_summary(r) for r in rows]

    def get(self, workshop_id: WorkshopId) -> WorkshopSummary:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM workshops WHERE id = ?",
                                [workshop_id]).fetchone()
        if row is None:
            raise KeyError(workshop_id)
        return _summary(row)

    def decisions(self, workshop_id: WorkshopId) -> list[tuple[int, str, str, str, dict[str, int]]]:
        rows = self.conn.execute(
            "SELECT idx, node, chosen, how, votes FROM workshop_decisions WHERE workshop_id = ?"
            " ORDER BY idx", [workshop_id]).fetchall()
        return [(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def resume(self, workshop_id: WorkshopId, scenario: Scenario, analysis: Analysis) -> Resumed:
        """Rebuild a stored workshop. A scenario file changed since the start cannot resume
        (the room's votes belong to the text they saw)."""
        summary = self.get(workshop_id)
        if summary.scenario_hash != scenario.content_hash or summary.scenario_id != scenario.id:
            return Resumed(summary, None, "changed")
        try:
            workshop = Workshop.from_json(scenario, analysis, summary.state)
        except (WorkshopError, ValueError, KeyError) as exc:
            del exc
            return Resumed(summary, None, "unreadable")
        return Resumed(summary, workshop, "ok")

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[None]:
        with immediate(self.conn):
            yield

    def _durable_write(self, action: Callable[[], object]) -> bool:
        return write_with_fallback(self, lambda: self.conn, action)

    def _to_memory(self, code: ProblemCode, detail: str) -> None:
        old = self.conn
        try:
            self.conn = _copy_to_memory(old)
            self.mode = "read_only"
        except sqlite3.Error:
            self.conn = _memory_connection()
            self.mode = "memory"
        old.close()
        self.problems.append(StoreProblem(code=code, action=self.mode, path=self.path, detail=detail))


_COLUMNS = ("id, scenario_id, scenario_hash, scenario_path, scenario_title, group_name, people,"
            " started, updated, finished, decision_count, node, state")


def _summary(r: tuple) -> WorkshopSummary:  # type: ignore[type-arg]
    return WorkshopSummary(WorkshopId(r[0]), r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8],
                           r[9], r[10], r[11], r[12])


# -- opening ---------------------------------------------------------------------------------
def workshop_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return _data_dir(data_dir) / FILE_NAME


def open_workshop_store(path: str | os.PathLike[str] | None = None, *,
                        data_dir: str | os.PathLike[str] | None = None) -> WorkshopStore:
    """Open (or create) the workshop file; never raises for a bad file or folder."""
    target = Path(path) if path is not None else workshop_path(data_dir)
    problems: list[StoreProblem] = []
    try:
        return _open(target, problems)
    except Exception as exc:  # an unforeseen failure still gives a working store
        problems.append(StoreProblem("cannot_open", "memory", target, detail=repr(exc)))
        return WorkshopStore(_memory_connection(), target, "memory", problems)


def _open(path: Path, problems: list[StoreProblem]) -> WorkshopStore:
    # the same folder rules as the progress database: private, not shared, no planted links
    if not safe_place(path, problems):
        return WorkshopStore(_memory_connection(), path, "memory", problems)
    if path.exists():
        verdict = inspect_header(path)
        if verdict is not None and not _move(path, verdict, problems):
            return WorkshopStore(_memory_connection(), path, "memory", problems)
    for _ in range(2):
        try:
            store = WorkshopStore(_open_file(path), path, "file", problems)
            make_private(path)  # 0600, with its -wal and -shm
            return store
        except _Newer as exc:
            problems.append(StoreProblem("newer_schema", "memory", path, detail=str(exc)))
            return WorkshopStore(_memory_connection(), path, "memory", problems)
        except _Foreign:
            if not _move(path, "not_vagval", problems):
                break
        except TamperedSchema as exc:
            if not _move(path, exc.code, problems):
                break
        except (sqlite3.Error, OSError) as exc:
            code = classify(exc)
            if code in ("not_sqlite", "corrupt") and path.exists():
                if not _move(path, code, problems):
                    break
                continue
            return _read_only(path, code, repr(exc), problems)
    return WorkshopStore(_memory_connection(), path, "memory", problems)


def _open_file(path: Path) -> sqlite3.Connection:
    conn = connect(path)
    conn.isolation_level = None  # transactions are begun explicitly (BEGIN IMMEDIATE)
    try:
        check_integrity(conn, path)
        version = _version(conn)
        if version is None:
            raise _Foreign()
        if version > LATEST:
            raise _Newer(f"schema version {version} > {LATEST}")
        _check_content(conn, version)
        configure(conn, on_file=True)  # type: ignore[arg-type]
        _migrate(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def _check_content(conn: sqlite3.Connection, version: int) -> None:
    """A planted table, view or trigger, or a value Vägval never writes (a group name stored as
    bytes, a state that is not a JSON object): the file is damaged (store.schema)."""
    extra = foreign_objects(conn, version, MIGRATIONS, _VERSION_TABLE_SQL)
    if extra:
        raise TamperedSchema(extra)
    odd = foreign_values(conn, WORKSHOP_JSON)
    if odd:
        raise TamperedValues(odd)


def _version(conn: sqlite3.Connection) -> int | None:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if VERSION_TABLE in names:
        return int(conn.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()[0] or 0)
    return 0 if not names else None


def _migrate(conn: sqlite3.Connection) -> None:
    with immediate(conn):
        conn.execute(_VERSION_TABLE_SQL.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
        current = int(conn.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()[0] or 0)
        if current > LATEST:
            raise _Newer(f"schema version {current} > {LATEST}")
        for version in range(current + 1, LATEST + 1):
            for statement in MIGRATIONS[version - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"INSERT INTO {VERSION_TABLE} VALUES (?, ?)", [version, now()])


def _move(path: Path, code: ProblemCode, problems: list[StoreProblem]) -> bool:
    try:
        moved = move_aside(path, code)
    except OSError as exc:
        problems.append(StoreProblem(code, "memory", path, detail=repr(exc)))
        return False
    problems.append(StoreProblem(code, "fresh", path, moved_to=moved))
    return True


def _read_only(path: Path, code: ProblemCode, detail: str,
               problems: list[StoreProblem]) -> WorkshopStore:
    if path.exists():
        try:
            source = connect(path, read_only=True)
            try:
                conn = _copy_to_memory(source)
            finally:
                source.close()
        except (sqlite3.Error, OSError, _Newer, _Foreign, TamperedSchema) as exc:
            detail = f"{detail}; read-only copy failed: {exc!r}"
        else:
            problems.append(StoreProblem(code, "read_only", path, detail=detail))
            return WorkshopStore(conn, path, "read_only", problems)
    problems.append(StoreProblem(code, "memory", path, detail=detail))
    return WorkshopStore(_memory_connection(), path, "memory", problems)


def _copy_to_memory(source: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:")
    source.backup(memory)
    memory.isolation_level = None
    version = _version(memory)
    if version is None:
        raise _Foreign()
    if version > LATEST:
        raise _Newer(f"schema version {version} > {LATEST}")
    _check_content(memory, version)  # a planted trigger or table is refused here too
    _migrate(memory)
    return memory


def _memory_connection() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.isolation_level = None
    _migrate(conn)
    return conn
