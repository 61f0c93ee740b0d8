"""The progress store: trainees, attempts and every step, durable in one SQLite file.

Open it with :func:`open_store`; it never raises for a bad file (see ``Store.problems``).
History queries live in :mod:`simulator.store.history`, export and erase in
:mod:`simulator.store.export`, and the bridge to engine sessions in :mod:`simulator.store.sessions`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, NewType

import sqlite_utils

from simulator.store.datadir import database_path
from simulator.store.names import lookup_key, normalise_name
from simulator.store.opening import (
    Mode,
    memory_database,
    open_database,
    read_into_memory,
    write_with_fallback,
)
from simulator.store.problems import ProblemCode, StoreError, StoreProblem
from simulator.store.schema import immediate

TraineeId = NewType("TraineeId", int)
AttemptId = NewType("AttemptId", int)
FeedbackMode = Literal["direct", "end"]
Kind = Literal["graded", "explore"]


def now() -> str:
    """The current time as an ISO 8601 UTC string, the form every timestamp is stored in."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Trainee:
    id: TraineeId
    pseudonym: str
    created: str


@dataclass(frozen=True)
class Attempt:
    """One attempt at a scenario as stored; ``state`` is the engine Session's JSON."""

    id: AttemptId
    trainee_id: TraineeId
    scenario_id: str
    scenario_hash: str
    scenario_path: str | None
    scenario_title: str | None
    feedback_mode: FeedbackMode
    kind: Kind
    branched_from: AttemptId | None
    started: str
    updated: str
    finished: str | None
    state: str
    result: dict[str, Any] | None
    passed: bool | None
    total: int | None
    best_total: int | None
    step_count: int
    node: str | None
    choice_order: Any
    registration: str | None = None  # a random UUID naming the attempt outside this computer

    @property
    def abandoned(self) -> bool:
        """Closed without a result (the trainee chose to start over)."""
        return self.finished is not None and self.result is None


@dataclass(frozen=True)
class StoredStep:
    attempt_id: AttemptId
    index: int
    node: str
    choice: str
    at: str
    seconds: float | None
    deltas: dict[str, int]
    critical: bool


@dataclass(frozen=True)
class Outgoing:
    """A message for another system (an xAPI statement) written to the outbox in the same
    transaction as the step it reports; ``id`` is unique, so writing it twice keeps one."""

    id: str
    body: str


@dataclass(frozen=True)
class Finish:
    """The outcome written together with the last step of an attempt."""

    result: Mapping[str, Any]
    passed: bool
    total: int
    best_total: int
    dimensions: Mapping[str, tuple[int, int]]  # dimension -> (achieved, best)


class Store:
    """A handle on the progress database. Not shared between threads."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path,
        mode: Mode,
        problems: Sequence[StoreProblem] = (),
    ) -> None:
        self.db = db
        self.path = path
        self.mode: Mode = mode
        self.problems: list[StoreProblem] = list(problems)

    @property
    def durable(self) -> bool:
        """True while writes reach the file on disk; False once the store works in memory."""
        return self.mode == "file"

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- trainees ---------------------------------------------------------------------------

    def trainee(self, pseudonym: str) -> Trainee:
        """The trainee with this pseudonym (case-insensitive), created if new. Raises
        :class:`InvalidName` (a ValueError with a plain message) for a name that cannot be used:
        see :mod:`simulator.store.names`."""
        name = normalise_name(pseudonym)
        found = self.find_trainee(name)
        if found is not None:
            return found
        with self.write():
            self.db.execute(
                "INSERT OR IGNORE INTO trainees (pseudonym, created) VALUES (?, ?)", [name, now()]
            )
        found = self.find_trainee(name)
        assert found is not None
        return found

    def find_trainee(self, pseudonym: str) -> Trainee | None:
        """The trainee with this pseudonym, ignoring case (also of Å, Ä and Ö) and Unicode
        spelling (composed or decomposed letters)."""
        key = lookup_key(pseudonym)
        name = " ".join(pseudonym.split())
        rows = list(self.db["trainees"].rows_where("pseudonym = ?", [unicodedata.normalize("NFC", name)]))
        if rows:
            return _trainee(rows[0])
        # SQLite's NOCASE folds only ASCII letters; compare the rest in Python (older files
        # may also hold a name stored before names were normalised).
        for row in self.db["trainees"].rows_where(order_by="id"):
            if lookup_key(row["pseudonym"]) == key:
                return _trainee(row)
        return None

    def trainees(self) -> list[Trainee]:
        return [_trainee(r) for r in self.db["trainees"].rows_where(order_by="pseudonym")]

    # -- attempts ---------------------------------------------------------------------------

    def start_attempt(
        self,
        trainee_id: int,
        scenario_id: str,
        scenario_hash: str,
        state: str,
        *,
        feedback_mode: FeedbackMode = "direct",
        kind: Kind = "graded",
        scenario_path: str | os.PathLike[str] | None = None,
        scenario_title: str | None = None,
        node: str | None = None,
        choice_order: Any = None,
        branched_from: int | None = None,
        started: str | None = None,
        registration: str | None = None,
        outgoing: Sequence[Outgoing] = (),
    ) -> AttemptId:
        """Store a new attempt (committed before it returns) and give its id.

        ``registration`` is the attempt's UUID for other systems (a random one if not given);
        ``outgoing`` messages go to the outbox in the same transaction."""
        if feedback_mode not in ("direct", "end"):
            raise ValueError(f"unknown feedback mode {feedback_mode!r}")
        if kind not in ("graded", "explore"):
            raise ValueError(f"unknown attempt kind {kind!r}")
        at = started or now()
        row = {
            "trainee_id": trainee_id,
            "scenario_id": scenario_id,
            "scenario_hash": scenario_hash,
            "scenario_path": str(scenario_path) if scenario_path is not None else None,
            "scenario_title": scenario_title,
            "feedback_mode": feedback_mode,
            "kind": kind,
            "branched_from": branched_from,
            "started": at,
            "updated": at,
            "state": state,
            "node": node,
            "step_count": 0,
            "choice_order": json.dumps(choice_order) if choice_order is not None else None,
            "registration": registration or str(uuid.uuid4()),
        }
        with self.write():
            cursor = self.db.execute(
                f"INSERT INTO attempts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            attempt_id = AttemptId(int(cursor.lastrowid or 0))
            self._write_outgoing(attempt_id, outgoing, at)
        return attempt_id

    def record_step(
        self,
        attempt_id: int,
        *,
        index: int,
        node: str,
        choice: str,
        deltas: Mapping[str, int],
        state: str,
        node_after: str | None = None,
        seconds: float | None = None,
        critical: bool = False,
        at: str | None = None,
        finish: Finish | None = None,
        outgoing: Sequence[Outgoing] = (),
    ) -> bool:
        """Store one step and the session state after it in a single committed transaction.

        ``index`` must be the attempt's next step number (0, 1, ...); otherwise ``ValueError``.
        With ``finish`` the attempt's outcome is written in the same transaction, and so are the
        ``outgoing`` messages (the step's xAPI statements). Returns True
        when the step is on disk (durable), False when the store has fallen back to memory.
        Raises :class:`StoreError` only when even the memory fall-back fails.
        """
        when = at or now()
        step = [
            attempt_id,
            index,
            node,
            choice,
            when,
            seconds,
            json.dumps(dict(deltas)),
            int(critical),
        ]

        def write() -> None:
            expected = self.db.execute(
                "SELECT step_count FROM attempts WHERE id = ?", [attempt_id]
            ).fetchone()
            if expected is None:
                raise ValueError(f"no attempt {attempt_id}")
            if expected[0] != index:
                raise ValueError(f"attempt {attempt_id} expects step {expected[0]}, not {index}")
            self.db.execute("INSERT INTO steps VALUES (?, ?, ?, ?, ?, ?, ?, ?)", step)
            self.db.execute(
                "UPDATE attempts SET state = ?, node = ?, step_count = ?, updated = ? WHERE id = ?",
                [state, node_after, index + 1, when, attempt_id],
            )
            if finish is not None:
                self._write_finish(attempt_id, finish, when)
            self._write_outgoing(attempt_id, outgoing, when)

        return self._durable_write(write)

    def undo_last_step(self, attempt_id: int, *, state: str, node: str,
                       outgoing: Sequence[Outgoing] = ()) -> bool:
        """Take back the last decision of an unfinished practice attempt (feedback after each
        decision): the step moves to ``undone_steps`` with the time it was taken back, and the
        attempt gets the session ``state`` from before it, in one transaction with the
        ``outgoing`` messages (the voiding of the decision's xAPI statement). An exam attempt
        (feedback only at the end), a finished one, or one with no step raises ``ValueError``.
        """
        when = now()

        def write() -> None:
            row = self.db.execute(
                "SELECT feedback_mode, finished, step_count FROM attempts WHERE id = ?",
                [attempt_id],
            ).fetchone()
            if row is None:
                raise ValueError(f"no attempt {attempt_id}")
            mode, finished, count = row
            if mode != "direct":
                raise ValueError(f"attempt {attempt_id} is an exam: no step can be taken back")
            if finished is not None or count == 0:
                raise ValueError(f"attempt {attempt_id} has no step to take back")
            index = count - 1
            self.db.execute(
                "INSERT INTO undone_steps (attempt_id, idx, node, choice, at, undone, deltas,"
                " critical) SELECT attempt_id, idx, node, choice, at, ?, deltas, critical"
                " FROM steps WHERE attempt_id = ? AND idx = ?",
                [when, attempt_id, index],
            )
            self.db.execute("DELETE FROM steps WHERE attempt_id = ? AND idx = ?",
                            [attempt_id, index])
            self.db.execute(
                "UPDATE attempts SET state = ?, node = ?, step_count = ?, updated = ? WHERE id = ?",
                [state, node, index, when, attempt_id],
            )
            self._write_outgoing(attempt_id, outgoing, when)

        return self._durable_write(write)

    def undone_steps(self, attempt_id: int) -> list[tuple[int, str, str, str]]:
        """The decisions taken back in an attempt: (index, node, choice, when taken back)."""
        return [
            (r[0], r[1], r[2], r[3])
            for r in self.db.execute(
                "SELECT idx, node, choice, undone FROM undone_steps WHERE attempt_id = ?"
                " ORDER BY undone, idx",
                [attempt_id],
            )
        ]

    def finish_attempt(self, attempt_id: int, finish: Finish, *, state: str | None = None) -> bool:
        """Write an attempt's outcome (when it was not written with its last step)."""
        when = now()

        def write() -> None:
            if state is not None:
                self.db.execute("UPDATE attempts SET state = ? WHERE id = ?", [state, attempt_id])
            self._write_finish(attempt_id, finish, when)

        return self._durable_write(write)

    def abandon_attempt(self, attempt_id: int, *, outgoing: Sequence[Outgoing] = ()) -> bool:
        """Close an unfinished attempt without a result (the trainee starts over instead)."""
        when = now()

        def write() -> None:
            self.db.execute(
                "UPDATE attempts SET finished = ?, updated = ? WHERE id = ? AND finished IS NULL",
                [when, when, attempt_id],
            )
            self._write_outgoing(attempt_id, outgoing, when)

        return self._durable_write(write)

    def send_later(self, attempt_id: int, outgoing: Sequence[Outgoing]) -> bool:
        """Put messages about an attempt in the outbox on their own (e.g. "left the attempt")."""
        when = now()
        return self._durable_write(lambda: self._write_outgoing(attempt_id, outgoing, when))

    def rebase_attempt(self, attempt_id: int, scenario_hash: str, state: str, node: str) -> bool:
        """Tie an unfinished attempt to a changed scenario file it was resumed on."""
        return self._durable_write(
            lambda: self.db.execute(
                "UPDATE attempts SET scenario_hash = ?, state = ?, node = ? WHERE id = ?",
                [scenario_hash, state, node, attempt_id],
            )
        )

    def set_choice_order(self, attempt_id: int, order: Any) -> bool:
        """Keep the app's once-per-attempt shuffled order of choices (any JSON value)."""
        return self._durable_write(
            lambda: self.db.execute(
                "UPDATE attempts SET choice_order = ? WHERE id = ?", [json.dumps(order), attempt_id]
            )
        )

    def attempt(self, attempt_id: int) -> Attempt:
        rows = list(self.db["attempts"].rows_where("id = ?", [attempt_id]))
        if not rows:
            raise KeyError(f"no attempt {attempt_id}")
        return attempt_from_row(rows[0])

    def steps(self, attempt_id: int) -> list[StoredStep]:
        rows = self.db.execute(
            "SELECT * FROM steps WHERE attempt_id = ? ORDER BY idx", [attempt_id]
        ).fetchall()
        return [
            StoredStep(AttemptId(r[0]), r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), bool(r[7]))
            for r in rows
        ]

    def unfinished(
        self, trainee_id: int, scenario_id: str | None = None, *, kind: Kind = "graded"
    ) -> list[Attempt]:
        """Attempts not yet at an ending, newest first."""
        where = "trainee_id = ? AND kind = ? AND finished IS NULL"
        args: list[Any] = [trainee_id, kind]
        if scenario_id is not None:
            where += " AND scenario_id = ?"
            args.append(scenario_id)
        rows = self.db["attempts"].rows_where(where, args, order_by="updated DESC, id DESC")
        return [attempt_from_row(r) for r in rows]

    # -- transactions and fall-back ---------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction taking the write lock at once (BEGIN IMMEDIATE), so that a
        second program waits for the busy timeout instead of failing half-way."""
        with immediate(self.db):
            yield

    def _durable_write(self, action: Callable[[], object]) -> bool:
        return write_with_fallback(self, lambda: self.db, action)

    def _to_memory(self, code: ProblemCode, detail: str) -> None:
        """Go on in memory with a copy of what was stored, after the file refused a write."""
        old = self.db
        try:
            self.db = read_into_memory(old.conn)
            self.mode = "read_only"
        except sqlite3.Error:
            self.db = memory_database()  # the file cannot even be read: start empty
            self.mode = "memory"
        old.close()
        self.problems.append(StoreProblem(code=code, action=self.mode, path=self.path, detail=detail))

    def _write_outgoing(self, attempt_id: int, outgoing: Sequence[Outgoing], when: str) -> None:
        # OR IGNORE: a message id is deterministic, so a repeated write is the same message.
        for item in outgoing:
            self.db.execute(
                "INSERT OR IGNORE INTO outbox (id, attempt_id, created, body) VALUES (?, ?, ?, ?)",
                [item.id, attempt_id, when, item.body],
            )

    def _write_finish(self, attempt_id: int, finish: Finish, when: str) -> None:
        self.db.execute(
            "UPDATE attempts SET finished = ?, result = ?, passed = ?, total = ?, best_total = ?,"
            " updated = ? WHERE id = ?",
            [
                when,
                json.dumps(dict(finish.result)),
                int(finish.passed),
                finish.total,
                finish.best_total,
                when,
                attempt_id,
            ],
        )
        self.db.execute("DELETE FROM attempt_dimensions WHERE attempt_id = ?", [attempt_id])
        for dimension, (achieved, best) in finish.dimensions.items():
            self.db.execute(
                "INSERT INTO attempt_dimensions VALUES (?, ?, ?, ?)",
                [attempt_id, dimension, achieved, best],
            )


def open_store(
    path: str | os.PathLike[str] | None = None, *, data_dir: str | os.PathLike[str] | None = None
) -> Store:
    """Open the progress store: ``path`` if given, else the database in the user-data folder
    (``data_dir`` overrides the folder, as the ``--data-dir`` option does).

    Never raises for a bad file or folder: ``store.problems`` says what was wrong and what was
    done, and ``store.mode`` is ``"file"``, ``"read_only"`` (the old file read into memory) or
    ``"memory"`` (nothing is saved).
    """
    target = Path(path) if path is not None else database_path(data_dir)
    try:
        opened = open_database(target)
    except Exception as exc:  # a case the checks did not foresee: still no traceback
        problem = StoreProblem("cannot_open", "memory", target, detail=repr(exc))
        return Store(memory_database(), target, "memory", [problem])
    return Store(opened.db, target, opened.mode, opened.problems)


def attempt_from_row(r: Mapping[str, Any]) -> Attempt:
    return Attempt(
        id=AttemptId(r["id"]),
        trainee_id=TraineeId(r["trainee_id"]),
        scenario_id=r["scenario_id"],
        scenario_hash=r["scenario_hash"],
        scenario_path=r["scenario_path"],
        scenario_title=r["scenario_title"],
        feedback_mode=r["feedback_mode"],
        kind=r["kind"],
        branched_from=AttemptId(r["branched_from"]) if r["branched_from"] is not None else None,
        started=r["started"],
        updated=r["updated"],
        finished=r["finished"],
        state=r["state"],
        result=json.loads(r["result"]) if r["result"] is not None else None,
        passed=bool(r["passed"]) if r["passed"] is not None else None,
        total=r["total"],
        best_total=r["best_total"],
        step_count=r["step_count"],
        node=r["node"],
        choice_order=json.loads(r["choice_order"]) if r["choice_order"] is not None else None,
        registration=r.get("registration"),
    )


def _trainee(r: Mapping[str, Any]) -> Trainee:
    return Trainee(TraineeId(r["id"]), r["pseudonym"], r["created"])


__all__ = [
    "Attempt",
    "AttemptId",
    "Finish",
    "Kind",
    "Outgoing",
    "Store",
    "StoreError",
    "StoreProblem",
    "StoredStep",
    "Trainee",
    "TraineeId",
    "now",
    "open_store",
]
