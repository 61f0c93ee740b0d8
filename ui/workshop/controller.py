"""The workshop's commands, shared by the facilitator view and the projector view.

`WorkshopController` holds a `simulator.workshop.model.Workshop`, the store it is saved in and what
is on screen (the phase, the selected option, the timer). Every command that changes the
workshop saves it first and only then emits `changed`, so no view shows a vote or a decision
the file does not hold. Tests drive a whole workshop through these methods without widgets.

Phases at a decision: ``vote`` (the room discusses and votes; the projector shows only the
options), ``revealed`` (the split is on the projector), ``feedback`` (the room's choice was
applied; its feedback is on the projector), and ``ended`` (an ending was reached).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Signal

from simulator.engine.session import StepResult
from simulator.format.model import Choice
from simulator.workshop.model import DecisionRecord, Workshop, WorkshopError
from simulator.workshop.store import WorkshopId, WorkshopStore

if TYPE_CHECKING:
    from simulator.engine.analysis import Analysis
    from simulator.format.model import Scenario

Phase = Literal["vote", "revealed", "feedback", "ended"]


class WorkshopController(QObject):
    changed = Signal()

    def __init__(self, workshop: Workshop, store: WorkshopStore, workshop_id: WorkshopId,
                 scenario_path: str | None = None) -> None:
        super().__init__()
        self.workshop = workshop
        self.store = store
        self.id = workshop_id
        self.scenario_path = scenario_path
        self.phase: Phase = "ended" if workshop.finished else "vote"
        self.selected = 1
        self.last: tuple[DecisionRecord, StepResult] | None = None
        self.shown_feedback: str | None = None  # another option's feedback, on request
        self.saved = store.durable
        self.projector_contrast = False
        self.timer_seconds = 180
        self._timer_left: float | None = None  # seconds left when paused, or None when idle
        self._timer_deadline: float | None = None  # monotonic time when running
        # phones voting (ui/workshop/phones.py): (ballot address, short address, room code)
        self.phone_join: tuple[str, str, str] | None = None
        self._phone_applied: tuple[str, dict[str, int]] = ("", {})  # decision key, counts added

    # -- starting -------------------------------------------------------------------------
    @classmethod
    def start(cls, scenario: Scenario, analysis: Analysis | None, store: WorkshopStore, *,
              group: str = "", people: int | None = None,
              scenario_path: str | None = None) -> WorkshopController:
        if analysis is None:
            raise ValueError("a workshop needs the scenario's analysis")
        workshop = Workshop(scenario, analysis, group=group, people=people)
        wid = store.start(workshop, scenario_path=scenario_path)
        return cls(workshop, store, wid, scenario_path)

    # -- what is shown ---------------------------------------------------------------------
    @property
    def options(self) -> list[Choice]:
        return self.workshop.options

    @property
    def selected_choice(self) -> Choice | None:
        opts = self.options
        return opts[self.selected - 1] if 1 <= self.selected <= len(opts) else None

    @property
    def decision_number(self) -> int:
        return len(self.workshop.decisions) + (0 if self.phase in ("feedback", "ended") else 1)

    # -- votes -------------------------------------------------------------------------------
    def select(self, number: int) -> bool:
        if self.phase not in ("vote", "revealed", "feedback"):
            return False
        count = len(self.last_options() if self.phase == "feedback" else self.options)
        if not 1 <= number <= count:
            return False
        self.selected = number
        self.changed.emit()
        return True

    def bump(self, delta: int, number: int | None = None) -> int:
        """Add (or with a negative delta remove) votes for an option, the selected by default."""
        self._need_votes()
        n = self.workshop.add_votes(number or self.selected, delta)
        self._save_votes()
        return n

    def set_count(self, number: int, count: int) -> int:
        self._need_votes()
        if number < 1 or number > len(self.options):
            raise WorkshopError(f"no option {number}")
        if self.workshop.votes[self.options[number - 1].id] == count:
            return count
        n = self.workshop.set_votes(number, count)
        self._save_votes()
        return n

    def apply_phone_counts(self, key: str, counts: dict[str, int]) -> None:
        """Add the phones' votes for decision `key` to the room's counts: only the change since
        the last call, so hand counts entered beside them stay as they are."""
        if self.phase != "vote":
            return
        applied_key, applied = self._phone_applied
        if applied_key != key:
            applied = {}
        changed = False
        for number, choice in enumerate(self.options, 1):
            delta = counts.get(choice.id, 0) - applied.get(choice.id, 0)
            if delta:
                self.workshop.add_votes(number, delta)
                changed = True
        self._phone_applied = (key, dict(counts))
        if changed:
            self._save_votes()

    def phone_count_changed(self) -> None:
        """The phones' ballot changed (a vote, or it opened or closed): views refresh."""
        self.changed.emit()

    def reveal(self) -> None:
        """Show the split on the projector."""
        if self.phase == "vote":
            self.phase = "revealed"
            self.changed.emit()

    def hide_split(self) -> None:
        if self.phase == "revealed":
            self.phase = "vote"
            self.changed.emit()

    # -- deciding -----------------------------------------------------------------------------
    def can_follow_majority(self) -> bool:
        return self.phase in ("vote", "revealed") and self.workshop.majority is not None

    def follow_majority(self) -> DecisionRecord:
        if not self.can_follow_majority():
            raise WorkshopError("there is no single majority to follow")
        return self._decide(None)

    def choose_selected(self) -> DecisionRecord:
        """The facilitator's pick: breaks a tie, or overrides the room."""
        if self.phase not in ("vote", "revealed"):
            raise WorkshopError("not at a decision")
        return self._decide(self.selected)

    def _decide(self, number: int | None) -> DecisionRecord:
        record, step = self.workshop.decide(number)
        self.saved = self.store.save_decision(self.id, self.workshop, record)
        self.last = (record, step)
        self.phase = "feedback"
        self.shown_feedback = None
        self.selected = record.options.index(record.chosen) + 1
        self.stop_timer(reset=True)
        self.changed.emit()
        return record

    def last_options(self) -> list[Choice]:
        if self.last is None:
            return []
        return [self.workshop.scenario.choice(c) for c in self.last[0].options]

    def show_feedback(self, number: int | None = None) -> Choice | None:
        """In the feedback phase: show another option's feedback (the selected one by default)."""
        if self.phase != "feedback":
            return None
        opts = self.last_options()
        n = number or self.selected
        if not 1 <= n <= len(opts):
            return None
        choice = opts[n - 1]
        self.selected = n
        self.shown_feedback = None if self.last and choice.id == self.last[0].chosen else choice.id
        self.changed.emit()
        return choice

    def next(self) -> Phase:
        """From the feedback to the next decision (or the ending)."""
        if self.phase == "feedback":
            self.phase = "ended" if self.workshop.finished else "vote"
            self.selected = 1
            self.shown_feedback = None
            self.changed.emit()
        return self.phase

    def primary(self) -> str:
        """What Enter does now: 'follow', 'tie' (nothing: the facilitator must pick), 'next',
        'debrief'."""
        if self.phase in ("vote", "revealed"):
            return "follow" if self.can_follow_majority() else "tie"
        if self.phase == "feedback":
            return "next"
        return "debrief"

    # -- projector ---------------------------------------------------------------------------
    def toggle_contrast(self) -> None:
        self.projector_contrast = not self.projector_contrast
        self.changed.emit()

    # -- discussion timer ---------------------------------------------------------------------
    def timer_running(self) -> bool:
        return self._timer_deadline is not None

    def timer_left(self) -> float | None:
        """Seconds left (None when no timer is set)."""
        if self._timer_deadline is not None:
            return max(0.0, self._timer_deadline - time.monotonic())
        return self._timer_left

    def toggle_timer(self) -> None:
        if self._timer_deadline is not None:
            self._timer_left = self.timer_left()
            self._timer_deadline = None
        else:
            left = self._timer_left if self._timer_left else float(self.timer_seconds)
            self._timer_deadline = time.monotonic() + left
            self._timer_left = None
        self.changed.emit()

    def stop_timer(self, *, reset: bool = False) -> None:
        if self._timer_deadline is not None:
            self._timer_left = self.timer_left()
        self._timer_deadline = None
        if reset:
            self._timer_left = None

    def set_timer_minutes(self, minutes: int) -> None:
        self.timer_seconds = max(1, minutes) * 60
        self.stop_timer(reset=True)
        self.changed.emit()

    # -- helpers -------------------------------------------------------------------------------
    def _need_votes(self) -> None:
        if self.phase not in ("vote", "revealed"):
            raise WorkshopError("votes can only be entered at a decision")

    def _save_votes(self) -> None:
        self.saved = self.store.save_votes(self.id, self.workshop)
        self.changed.emit()
