"""What the app needs from the progress store, and an in-memory stand-in.

`ui.sqlite_adapter.open_store()` returns the SQLite store (simulator/store/progress.py) wrapped to
this small interface.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the engine is imported lazily, after the first paint
    from simulator.engine.analysis import Analysis
    from simulator.engine.session import Session, StepResult
    from simulator.format.model import Scenario
    from simulator.store.problems import StoreProblem
    from simulator.store.progress import AttemptId, TraineeId


@dataclass
class Trainee:
    id: TraineeId
    name: str


@dataclass
class AttemptRow:
    id: AttemptId
    trainee_id: TraineeId
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
    reasons: tuple[str, ...] = ()  # why a finished attempt did not pass (Result.reasons)


class ProgressStore(Protocol):
    problem: StoreProblem | None  # the newest problem not yet shown (message in sv/en)

    def trainees(self) -> list[Trainee]: ...
    def create_trainee(self, name: str) -> Trainee: ...
    def start_attempt(self, trainee_id: TraineeId, session: Session, mode: str,
                      seed: str) -> AttemptId: ...
    def start_exploration(self, graded_attempt_id: AttemptId, session: Session,
                          seed: str) -> AttemptId: ...
    def record_step(self, attempt_id: AttemptId, session: Session, step_result: StepResult,
                    seconds: float | None = None) -> None: ...
    def resume_changed(self, attempt_id: AttemptId, scenario: Scenario,
                       analysis: Analysis | None) -> tuple[str, Session | None]: ...
    def adopt(self, attempt_id: AttemptId, session: Session) -> None: ...
    def take_problem(self) -> StoreProblem | None: ...
    def abandon(self, attempt_id: AttemptId) -> None: ...
    def undo(self, attempt_id: AttemptId, session: Session) -> None: ...
    def leave(self, attempt_id: AttemptId, session: Session) -> None: ...
    def resumed(self, attempt_id: AttemptId, session: Session) -> None: ...
    def undone_count(self, attempt_id: AttemptId) -> int: ...
    def replay(self, attempt_id: AttemptId, scenario: Scenario,
               analysis: Analysis | None) -> Session | None: ...
    def unfinished(self, trainee_id: TraineeId) -> list[AttemptRow]: ...
    def history(self, trainee_id: TraineeId) -> list[AttemptRow]: ...
    def close(self) -> None: ...
