"""The bridge between engine sessions and the progress store: start, save each step, resume."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from simulator.engine.analysis import Analysis
from simulator.engine.session import Session, SessionError, Step, StepResult
from simulator.format.model import Scenario
from simulator.store.progress import Attempt, AttemptId, FeedbackMode, Finish, Kind, Store

ResumeKind = Literal["same", "changed", "path_gone"]


def begin_attempt(
    store: Store,
    trainee_id: int,
    session: Session,
    *,
    feedback_mode: FeedbackMode = "direct",
    kind: Kind = "graded",
    choice_order: Any = None,
    branched_from: int | None = None,
) -> AttemptId:
    """Store a new attempt for ``session`` (usually fresh; a rewound one for "what if")."""
    scenario = session.scenario
    attempt_id = store.start_attempt(
        trainee_id,
        scenario.id,
        scenario.content_hash,
        session.to_json(),
        feedback_mode=feedback_mode,
        kind=kind,
        scenario_path=str(Path(scenario.path).resolve()) if scenario.path else None,
        scenario_title=scenario.title,
        node=session.node.id,
        choice_order=choice_order,
        branched_from=branched_from,
    )
    # A rewound session already holds steps; store them so the attempt is complete.
    for step in session.steps:
        _record(store, attempt_id, session, step)
    return attempt_id


def save_step(
    store: Store,
    attempt_id: int,
    session: Session,
    result: StepResult,
    *,
    seconds: float | None = None,
) -> bool:
    """Commit the step just taken (and the outcome, if it reached an ending) before the next
    node is shown. Returns True when it is safely on disk."""
    finish = finish_from(session.result()) if session.finished else None
    return _record(store, attempt_id, session, result.step, seconds=seconds, finish=finish)


def _record(
    store: Store,
    attempt_id: int,
    session: Session,
    step: Step,
    *,
    seconds: float | None = None,
    finish: Finish | None = None,
) -> bool:
    """Write one step with the session's state as it is now."""
    return store.record_step(
        attempt_id,
        index=step.index,
        node=step.node,
        choice=step.choice,
        deltas=step.deltas,
        critical=step.critical,
        state=session.to_json(),
        node_after=session.node.id,
        seconds=seconds,
        finish=finish,
    )


def undo_step(store: Store, attempt_id: int, session: Session) -> bool:
    """Record that the last decision was taken back; ``session`` is the one from before it."""
    return store.undo_last_step(attempt_id, state=session.to_json(), node=session.node.id)


def finish_from(result: Any) -> Finish:
    """The stored outcome of an engine ``Result``."""
    return Finish(
        result=result.to_dict(),
        passed=bool(result.passed),
        total=int(result.total),
        best_total=int(result.best_total),
        dimensions={d.dimension: (int(d.achieved), int(d.reference)) for d in result.dimensions},
    )


@dataclass(frozen=True)
class Resumed:
    """How a stored attempt fits the scenario as it is now.

    ``kind`` is ``same`` (the file is unchanged; ``session`` is ready), ``changed`` (the file
    changed but every stored choice still exists in order; ``session`` is the replay, offer to
    resume or restart) or ``path_gone`` (the file changed and the stored path no longer exists;
    ``session`` is None, only a restart is possible).
    """

    attempt: Attempt
    kind: ResumeKind
    session: Session | None


def resume_attempt(store: Store, attempt_id: int, scenario: Scenario, analysis: Analysis | None) -> Resumed:
    """Rebuild the session of a stored attempt on ``scenario``."""
    attempt = store.attempt(attempt_id)
    if attempt.scenario_id != scenario.id:
        raise ValueError(f"attempt {attempt_id} belongs to scenario {attempt.scenario_id!r}")
    same = attempt.scenario_hash == scenario.content_hash
    if same:
        try:
            return Resumed(attempt, "same", Session.from_json(scenario, analysis, attempt.state))
        except SessionError:
            pass  # fall back to the step rows, which are the record of what was chosen
    session = Session(scenario, analysis)
    texts = Session.saved_texts(attempt.state) or []
    try:
        for step in store.steps(attempt_id):
            # The same choice id must be taken at the same node, or the path is not the same.
            if session.node.id != step.node:
                raise SessionError(f"step {step.index} was taken at {step.node!r}")
            result = session.choose(step.choice)
            # Ids are positions: an edit can put another choice under the same id.
            if step.index < len(texts) and scenario.choice(result.step.choice).text != texts[
                    step.index]:
                raise SessionError(f"step {step.index}: the choice's text has changed")
    except SessionError:
        return Resumed(attempt, "path_gone", None)
    return Resumed(attempt, "same" if same else "changed", session)


def adopt_changed_scenario(store: Store, resumed: Resumed) -> bool:
    """After the trainee chose to resume on a changed file: tie the attempt to the new version."""
    if resumed.session is None:
        raise ValueError("there is no session to adopt")
    session = resumed.session
    return store.rebase_attempt(
        resumed.attempt.id, session.scenario.content_hash, session.to_json(), session.node.id
    )
