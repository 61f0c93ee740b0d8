"""What the app needs from the progress store, and an in-memory stand-in.

`ui.sqlite_adapter.open_store()` returns the SQLite store (simulator/store/progress.py) wrapped to
this small interface.
"""

from __future__ import annotations

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
    def start_attempt(self, trainee_id: Any, session: Any, mode: str, seed: str) -> Any: ...
    def start_exploration(self, graded_attempt_id: Any, session: Any, seed: str) -> Any: ...
    def record_step(self, attempt_id: Any, session: Any, step_result: Any,
                    seconds: float | None = None) -> None: ...
    def resume_changed(self, attempt_id: Any, scenario: Any, analysis: Any) -> tuple[str, Any]: ...
    def take_problem(self) -> Any: ...
    def abandon(self, attempt_id: Any) -> None: ...
    def unfinished(self, trainee_id: Any) -> list[AttemptRow]: ...
    def history(self, trainee_id: Any) -> list[AttemptRow]: ...
    def close(self) -> None: ...
