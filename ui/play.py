"""The player's commands as plain methods over a Session: start, resume, choose, pause,
"what if". Widgets call these; tests call them without any widget.

Every graded step is written to the store *before* the caller shows the next node, so
closing the app (or a crash) at any moment loses nothing.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine is imported lazily, after the first paint
    from simulator.engine.analysis import Analysis
    from simulator.engine.result import Result
    from simulator.engine.session import Session, StepResult
    from simulator.format.model import Choice, Scenario
    from simulator.store.progress import AttemptId, TraineeId
    from ui.storage import ProgressStore


def order_key(seed: str, choice_id: str) -> str:
    """A stable, seeded sort key: the order is shuffled once per attempt and kept on resume."""
    return hashlib.sha256(f"{seed}|{choice_id}".encode()).hexdigest()


def new_seed() -> str:
    return secrets.token_hex(8)


@dataclass
class Progress:
    decision: int  # the decision now on screen, counting from 1
    about: int  # about how many decisions the scenario has


class PlayController:
    """One attempt (graded) or one exploration ("what if", never graded or stored)."""

    def __init__(self, scenario: Scenario, analysis: Analysis | None, session: Session, *,
                 store: ProgressStore | None, attempt_id: AttemptId | None, seed: str, mode: str,
                 what_if_from: int | None = None) -> None:
        self.scenario = scenario
        self.analysis = analysis
        self.session = session
        self.store = store
        self.attempt_id = attempt_id
        self.seed = seed
        self.mode = mode  # "direct": feedback after each decision; "end": only in the debrief
        self.what_if_from = what_if_from
        self.last: StepResult | None = None
        self.origin: PlayController | None = None  # the graded attempt a "what if" came from
        self.trainee_id: TraineeId | None = None  # set until the attempt is first stored
        self.read_only = False  # a past attempt reopened from the history: shown, never changed
        self.undo_available = False  # practice mode: the last decision may be taken back once
        self.node_shown_at = time.monotonic()  # for the seconds spent on each node

    # -- creating -----------------------------------------------------------------------
    @classmethod
    def start(cls, scenario: Scenario, analysis: Analysis | None, *, store: ProgressStore | None,
              trainee_id: TraineeId | None, mode: str, seed: str | None = None) -> PlayController:
        from simulator.engine.session import Session

        session = Session(scenario, analysis)
        seed = seed or new_seed()
        controller = cls(scenario, analysis, session, store=store, attempt_id=None,
                         seed=seed, mode=mode)
        # the attempt is stored with its first decision: one with none is not worth resuming
        controller.trainee_id = trainee_id
        return controller

    @classmethod
    def resume(cls, scenario: Scenario, analysis: Analysis | None, *, store: ProgressStore,
               attempt_id: AttemptId, state_json: str, seed: str, mode: str,
               session: Session | None = None) -> PlayController:
        """Continue a stored attempt from its saved state (or from a `session` the store has
        already replayed on a changed scenario file)."""
        from simulator.engine.session import Session

        if session is None:
            session = Session.from_json(scenario, analysis, state_json)
        controller = cls(scenario, analysis, session, store=store, attempt_id=attempt_id,
                         seed=seed, mode=mode)
        if not controller.finished:
            store.resumed(attempt_id, session)  # the organisation's LRS hears it goes on
        return controller

    @classmethod
    def past(cls, scenario: Scenario, analysis: Analysis | None, session: Session, *,
             store: ProgressStore | None, attempt_id: AttemptId, mode: str) -> PlayController:
        """A finished attempt reopened from the history: its debrief, read-only (the store is
        only read, for what the attempt recorded)."""
        controller = cls(scenario, analysis, session, store=store, attempt_id=attempt_id,
                         seed="", mode=mode)
        controller.read_only = True
        return controller

    # -- what is on screen --------------------------------------------------------------
    @property
    def is_what_if(self) -> bool:
        return self.what_if_from is not None

    @property
    def finished(self) -> bool:
        return bool(self.session.finished)

    def ordered_choices(self) -> list[Choice]:
        return sorted(self.session.choices, key=lambda c: order_key(self.seed, c.id))

    def progress(self) -> Progress:
        n = len(self.session.steps) + 1
        about = int(getattr(self.analysis, "decision_count", 0) or 0)
        if n > about:
            about = max(n, int(getattr(self.analysis, "max_decisions", 0) or 0))
        return Progress(n, about)

    # -- commands -----------------------------------------------------------------------
    def choose_number(self, number: int) -> StepResult | None:
        """Pick the n-th choice as shown (1-based); None if there is no such choice."""
        choices = self.ordered_choices()
        if self.finished or not 1 <= number <= len(choices):
            return None
        return self.choose(choices[number - 1].id)

    def choose(self, choice_id: str) -> StepResult:
        if self.read_only:
            raise RuntimeError("a past attempt is shown read-only")
        if (self.attempt_id is None and self.store is not None and self.trainee_id is not None
                and not self.is_what_if):
            # the first decision: store the attempt (with the session as it is before it)
            self.attempt_id = self.store.start_attempt(self.trainee_id, self.session,
                                                       self.mode, self.seed)
            self.trainee_id = None
        result = self.session.choose(choice_id)
        self.last = result
        self.undo_available = self.mode == "direct" and not self.session.finished
        now = time.monotonic()
        seconds, self.node_shown_at = now - self.node_shown_at, now
        if self.store is not None and self.attempt_id is not None:
            # The step (and with the last step, the outcome) is committed before returning;
            # a "what if" branch has an attempt of its own, kept apart from the graded one.
            self.store.record_step(self.attempt_id, self.session, result, seconds=seconds)
        return result

    def can_undo(self) -> bool:
        """Practice mode (feedback after each decision) allows going back one step, once, before
        the next decision; the exam mode (feedback only at the end) never does."""
        return (self.undo_available and self.mode == "direct" and not self.read_only
                and not self.finished and bool(self.session.steps))

    def undo(self) -> None:
        """Go back to just before the last decision; the store records that it was taken back."""
        if not self.can_undo():
            raise RuntimeError("no decision can be taken back now")
        self.session = self.session.rewind(len(self.session.steps) - 1)
        self.last = None
        self.undo_available = False
        self.node_shown_at = time.monotonic()
        if self.store is not None and self.attempt_id is not None:
            self.store.undo(self.attempt_id, self.session)

    def leave(self) -> None:
        """The trainee leaves the attempt part-way (to the library, closing the app): it stays
        resumable, and the store records that it was left. Nothing for a finished attempt, a
        "what if", one reopened read-only, or one with no decision yet (not stored)."""
        if (self.store is not None and self.attempt_id is not None and not self.finished
                and not self.is_what_if and not self.read_only):
            self.store.leave(self.attempt_id, self.session)

    def undone_count(self) -> int:
        """How many times a decision was taken back in this attempt (as stored)."""
        if self.store is None or self.attempt_id is None:
            return 0
        return self.store.undone_count(self.attempt_id)

    def result(self) -> Result:
        return self.session.result()

    def what_if(self, step_index: int, seed: str | None = None) -> PlayController:
        """Play on from before decision `step_index` (0-based); the graded attempt stays as is."""
        session = self.session.rewind(step_index)
        origin = self.origin or self
        seed = seed or self.seed
        attempt_id: AttemptId | None = None
        if self.store is not None and origin.attempt_id is not None:
            attempt_id = self.store.start_exploration(origin.attempt_id, session, seed)
        branch = PlayController(self.scenario, self.analysis, session, store=self.store,
                                attempt_id=attempt_id, seed=seed, mode="direct",
                                what_if_from=step_index)
        branch.origin = origin
        return branch
