"""What the app needs from the progress store, and an in-memory stand-in.

`open_store()` returns the SQLite store (simulator/store.py) wrapped to this small interface;
if that store is not available, an in-memory store keeps the app usable (nothing is saved).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class Trainee:
    id: Any
    name: str


@dataclass
class AttemptRow:
    id: Any
    trainee_id: Any
    scenario_id: str
    scenario_title: str
    scenario_hash: str
    mode: str
    seed: str
    state_json: str
    started: str
    finished: str | None = None
    passed: bool | None = None
    total: int | None = None
    best_total: int | None = None
    step_count: int = 0
    dimensions: dict[str, tuple[int, int]] = field(default_factory=dict)


class ProgressStore(Protocol):
    problem: Any  # a StoreProblem (message in sv/en) or None

    def trainees(self) -> list[Trainee]: ...
    def create_trainee(self, name: str) -> Trainee: ...
    def start_attempt(self, trainee_id: Any, scenario: Any, mode: str, seed: str,
                      state_json: str) -> Any: ...
    def record_step(self, attempt_id: Any, session: Any, step_result: Any,
                    result: Any = None) -> None: ...
    def take_problem(self) -> Any: ...
    def abandon(self, attempt_id: Any) -> None: ...
    def unfinished(self, trainee_id: Any) -> list[AttemptRow]: ...
    def history(self, trainee_id: Any) -> list[AttemptRow]: ...
    def close(self) -> None: ...


def now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


class MemoryStore:
    """Keeps everything in memory; used when no database can be opened."""

    def __init__(self, problem: Any = None) -> None:
        self.problem = problem
        self._trainees: list[Trainee] = []
        self._attempts: dict[int, AttemptRow] = {}
        self._ids = itertools.count(1)

    def trainees(self) -> list[Trainee]:
        return list(self._trainees)

    def create_trainee(self, name: str) -> Trainee:
        name = name.strip()
        for t in self._trainees:
            if t.name.casefold() == name.casefold():
                return t
        t = Trainee(next(self._ids), name)
        self._trainees.append(t)
        return t

    def start_attempt(self, trainee_id: Any, scenario: Any, mode: str, seed: str,
                      state_json: str) -> Any:
        aid = next(self._ids)
        self._attempts[aid] = AttemptRow(aid, trainee_id, scenario.id, scenario.title,
                                         scenario.content_hash, mode, seed, state_json, now())
        return aid

    def take_problem(self) -> Any:
        return None

    def record_step(self, attempt_id: Any, session: Any, step_result: Any,
                    result: Any = None) -> None:
        row = self._attempts[attempt_id]
        row.state_json = session.to_json()
        row.step_count = len(session.steps)
        if result is None:
            return
        row.finished = now()
        row.passed = bool(result.passed)
        row.total = int(result.total)
        row.best_total = int(result.best_total)
        row.dimensions = {d.dimension: (d.achieved, d.best) for d in result.dimensions}

    def abandon(self, attempt_id: Any) -> None:
        row = self._attempts[attempt_id]
        if row.finished is None:
            row.finished = now()  # closed without a result: not in history, not resumable

    def unfinished(self, trainee_id: Any) -> list[AttemptRow]:
        return [a for a in self._attempts.values()
                if a.trainee_id == trainee_id and a.finished is None]

    def history(self, trainee_id: Any) -> list[AttemptRow]:
        return [a for a in self._attempts.values()
                if a.trainee_id == trainee_id and a.passed is not None]

    def close(self) -> None:
        pass


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def open_store() -> ProgressStore:
    """The real store if it can be imported and opened; otherwise memory, with a problem."""
    try:
        from ui.sqlite_adapter import open_sqlite_store
    except ImportError:
        return MemoryStore()
    return open_sqlite_store()
