"""The SQLite progress store (simulator/store/progress.py) behind the small interface in ui/storage.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from ui.storage import AttemptRow, Trainee

if TYPE_CHECKING:
    from simulator.engine.analysis import Analysis
    from simulator.engine.session import Session, StepResult
    from simulator.format.model import Scenario
    from simulator.store.problems import StoreProblem
    from simulator.store.progress import Attempt, AttemptId, FeedbackMode, Store, TraineeId


class SqliteProgress:
    def __init__(self, store: Store) -> None:
        from simulator.lrs.recording import Recorder

        self.store = store
        self._reported = 0
        self.problem = self.take_problem()
        # Writes each step's xAPI statements with it once an LRS is set (ui/lrs_link.py);
        # until then it stores exactly as simulator.store.sessions does.
        self.recorder = Recorder("", enabled=False)
        # called after every write that may have put a statement in the outbox: wakes the LRS sender
        self.after_step: Callable[[], None] | None = None

    @property
    def durable(self) -> bool:
        """True while every step is written to the file (not to a copy in memory)."""
        return self.store.durable

    def take_problem(self) -> StoreProblem | None:
        """The newest problem not yet shown (opening the file, or a write that failed)."""
        problems = self.store.problems
        if len(problems) > self._reported:
            self._reported = len(problems)
            return problems[-1]
        return None

    def trainees(self) -> list[Trainee]:
        return [Trainee(t.id, t.pseudonym) for t in self.store.trainees()]

    def create_trainee(self, name: str) -> Trainee:
        t = self.store.trainee(name)
        return Trainee(t.id, t.pseudonym)

    def start_attempt(self, trainee_id: TraineeId, session: Session, mode: str,
                      seed: str) -> AttemptId:
        return self.recorder.begin(self.store, trainee_id, session,
                                   feedback_mode=cast("FeedbackMode", mode), choice_order={"seed": seed})

    def start_exploration(self, graded_attempt_id: AttemptId, session: Session,
                          seed: str) -> AttemptId:
        """A "what if" branch of a graded attempt, stored apart from it (kind "explore"):
        never in history, trends or the resume list, and never graded."""
        from simulator.store.sessions import begin_attempt

        trainee_id = self.store.attempt(graded_attempt_id).trainee_id
        return begin_attempt(self.store, trainee_id, session, feedback_mode="direct",
                             kind="explore", choice_order={"seed": seed},
                             branched_from=graded_attempt_id)

    def record_step(self, attempt_id: AttemptId, session: Session, step_result: StepResult,
                    seconds: float | None = None) -> None:
        # The step, and with the last one the outcome (and the step's statements for the
        # organisation's LRS, when the trainee opted in), is committed before this returns.
        self.recorder.save_step(self.store, attempt_id, session, step_result, seconds=seconds)
        if self.after_step is not None:
            self.after_step()

    def resume_changed(self, attempt_id: AttemptId, scenario: Scenario,
                       analysis: Analysis | None) -> tuple[str, Session | None]:
        """For an attempt whose scenario file has changed: ("changed", session) when the stored
        path still exists in the new file, else ("path_gone", None)."""
        from simulator.store.sessions import resume_attempt

        found = resume_attempt(self.store, attempt_id, scenario, analysis)
        return found.kind, found.session

    def replay(self, attempt_id: AttemptId, scenario: Scenario,
               analysis: Analysis | None) -> Session | None:
        """The session of a stored attempt (finished or not) on the scenario as it is now, for
        showing its debrief again; None when its path no longer exists in the file."""
        from simulator.store.sessions import resume_attempt

        return resume_attempt(self.store, attempt_id, scenario, analysis).session

    def adopt(self, attempt_id: AttemptId, session: Session) -> None:
        """Tie the attempt to the changed file it is resumed on."""
        self.store.rebase_attempt(attempt_id, session.scenario.content_hash, session.to_json(),
                                  session.node.id)

    def _row(self, a: Attempt) -> AttemptRow:
        order = a.choice_order if isinstance(a.choice_order, dict) else {}
        row = AttemptRow(a.id, a.trainee_id, a.scenario_id, a.scenario_title or a.scenario_id,
                         a.scenario_hash, a.feedback_mode, str(order.get("seed", a.id)),
                         a.state, a.started, a.finished, a.passed, a.total, a.best_total,
                         a.step_count)
        return row

    def undo(self, attempt_id: AttemptId, session: Session) -> None:
        """Record that the last decision was taken back (practice mode); `session` is the one
        from before it. Committed before this returns, with the voiding of the decision's
        statement for the organisation's LRS when the attempt is reported."""
        self.recorder.undo(self.store, attempt_id, session)
        if self.after_step is not None:
            self.after_step()

    def leave(self, attempt_id: AttemptId, session: Session) -> None:
        """The trainee left the unfinished attempt part-way (it can be resumed): for a reported
        attempt, `suspended` goes to the outbox."""
        self.recorder.leave(self.store, attempt_id, session)
        if self.after_step is not None:
            self.after_step()

    def resumed(self, attempt_id: AttemptId, session: Session) -> None:
        """The trainee continues the unfinished attempt: `resumed`, for a reported attempt."""
        self.recorder.resume(self.store, attempt_id, session)
        if self.after_step is not None:
            self.after_step()

    def undone_count(self, attempt_id: AttemptId) -> int:
        return len(self.store.undone_steps(attempt_id))

    def abandon(self, attempt_id: AttemptId) -> None:
        """Close the unfinished attempt without a result (the trainee starts over): `terminated`
        for a reported attempt, in the same transaction."""
        self.recorder.abandon(self.store, attempt_id)
        if self.after_step is not None:
            self.after_step()

    def unfinished(self, trainee_id: TraineeId) -> list[AttemptRow]:
        return [self._row(a) for a in self.store.unfinished(trainee_id)]

    def history(self, trainee_id: TraineeId) -> list[AttemptRow]:
        from simulator.store.history import history

        out = []
        for s in reversed(history(self.store, trainee_id)):  # oldest first
            if s.status not in ("passed", "failed"):
                continue
            out.append(AttemptRow(s.id, trainee_id, s.scenario_id,
                                  s.scenario_title or s.scenario_id, "", s.feedback_mode, "",
                                  "", s.started, s.finished, s.status == "passed", s.total,
                                  s.best_total, s.step_count, dict(s.dimensions),
                                  tuple(s.reasons)))
        return out

    def close(self) -> None:
        self.store.close()


def open_store() -> SqliteProgress:
    """The progress store. It never fails to open: with a bad or unwritable file it carries on
    read-only or in memory and reports a problem (see docs/store.md)."""
    from simulator.store.progress import open_store as open_sqlite
    from ui.paths import data_dir

    return SqliteProgress(open_sqlite(data_dir=data_dir()))
