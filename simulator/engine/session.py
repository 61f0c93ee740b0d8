"""A play-through of one scenario: a small, deterministic state machine in the style of ink.

The content (Scenario) never changes; everything that does lives here and round-trips as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from simulator.engine.analysis import Analysis, enabled, successor
from simulator.engine.errors import SessionError
from simulator.engine.result import Result, build_result
from simulator.format.expr import Value, Values
from simulator.format.model import Choice, ChoiceId, Document, Node, NodeId, Principle, Scenario

STATE_VERSION = 1

__all__ = ["Session", "SessionError", "Step", "StepResult"]


@dataclass(frozen=True)
class Step:
    """One decision taken: where, what, and what it was worth."""

    index: int
    node: NodeId
    choice: ChoiceId
    deltas: dict[str, int]
    critical: bool


@dataclass(frozen=True)
class StepResult:
    """What changed with one choice, so a view can update just that."""

    step: Step
    deltas: dict[str, int]
    feedback: str
    follows: tuple[Principle, ...]
    breaks: tuple[Principle, ...]
    new_documents: tuple[Document, ...]
    critical: bool
    ending: str | None
    node: Node


class Session:
    """Play one scenario.

    ``choose`` works in one documented order: the choice must be available (its condition holds
    in the state before the choice); then its score is added; then its effects are applied in
    order (each sees the previous one, values clamped to their declared range); then the
    session moves to the target node and its documents become visible.
    """

    def __init__(self, scenario: Scenario, analysis: Analysis | None = None) -> None:
        self.scenario = scenario
        self.analysis = analysis
        self._node_id: NodeId = scenario.start
        self._values: Values = scenario.start_values()
        self._steps: list[Step] = []
        self._history: list[tuple[NodeId, Values]] = []  # state before each step
        self._documents: list[str] = [d.id for d in scenario.nodes[scenario.start].documents]

    @classmethod
    def starting_at(cls, scenario: Scenario, analysis: Analysis | None, node_id: str,
                    variables: dict[str, Value] | None = None) -> Session:
        """A session that begins at `node_id` with the given variable values (the header's
        start values for any not given): for an author trying one part of a scenario. Its
        result is not a verdict on the scenario. Raises SessionError for an unknown node,
        variable, or a value outside the variable's declared type or range."""
        if NodeId(node_id) not in scenario.nodes:
            raise SessionError(f"no node {node_id!r} in scenario {scenario.id!r}")
        given = dict(variables or {})
        unknown = sorted(set(given) - set(scenario.variables))
        if unknown:
            raise SessionError(f"unknown variable(s): {', '.join(unknown)}")
        values = []
        for name, decl in scenario.variables.items():
            value = given.get(name, decl.start)
            if decl.type == "bool" and not isinstance(value, bool):
                raise SessionError(f"{name} takes true or false")
            if decl.type == "int" and (isinstance(value, bool) or not isinstance(value, int)
                                       or not decl.low <= value <= decl.high):
                raise SessionError(f"{name} takes a whole number {decl.low}..{decl.high}")
            values.append(value)
        session = cls(scenario, analysis)
        session._node_id = NodeId(node_id)
        session._values = tuple(values)
        session._documents = [d.id for d in session.node.documents]
        return session

    # -- reading the state
    @property
    def node(self) -> Node:
        return self.scenario.nodes[self._node_id]

    @property
    def choices(self) -> list[Choice]:
        if self.finished:
            return []
        return [c for c in self.node.choices if enabled(c, self._values)]

    @property
    def finished(self) -> bool:
        return self.node.is_ending

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def values(self) -> Values:
        return self._values

    @property
    def variables(self) -> dict[str, Value]:
        return dict(zip(self.scenario.variables, self._values, strict=True))

    @property
    def scores(self) -> dict[str, int]:
        totals = dict.fromkeys(self.scenario.dimensions, 0)
        for step in self._steps:
            for dim, delta in step.deltas.items():
                totals[dim] = totals.get(dim, 0) + delta
        return totals

    @property
    def documents(self) -> list[Document]:
        by_id = {d.id: d for n in self.scenario.nodes.values() for d in n.documents}
        return [by_id[i] for i in self._documents]

    def state_before(self, index: int) -> tuple[NodeId, Values]:
        """The (node, variable values) in which step `index` was taken."""
        return self._history[index]

    # -- acting
    def choose(self, choice: Choice | str) -> StepResult:
        choice_id = choice.id if isinstance(choice, Choice) else choice
        if self.finished:
            raise SessionError("the scenario has already ended")
        taken = next((c for c in self.choices if c.id == choice_id), None)
        if taken is None:
            raise SessionError(f"choice {choice_id!r} is not available at node {self._node_id!r}")
        self._history.append((self._node_id, self._values))
        step = Step(len(self._steps), self._node_id, taken.id, dict(taken.score), taken.critical)
        self._steps.append(step)
        self._values = successor(self.scenario, taken, self._values)
        self._node_id = taken.target
        new_docs = tuple(d for d in self.node.documents if d.id not in self._documents)
        self._documents.extend(d.id for d in new_docs)
        return StepResult(
            step=step,
            deltas=dict(taken.score),
            feedback=taken.feedback,
            follows=self._principles(taken.follows),
            breaks=self._principles(taken.breaks),
            new_documents=new_docs,
            critical=taken.critical,
            ending=self.node.ending,
            node=self.node,
        )

    def _principles(self, ids: tuple[str, ...]) -> tuple[Principle, ...]:
        found = (self.scenario.principle(i) for i in ids)
        return tuple(p for p in found if p is not None)

    def rewind(self, index: int) -> Session:
        """A new session as it was just before step `index` (for "what if"); self is untouched."""
        if not 0 <= index <= len(self._steps):
            raise SessionError(f"no step {index} to rewind to (0..{len(self._steps)})")
        fresh = Session(self.scenario, self.analysis)
        for step in self._steps[:index]:
            fresh.choose(step.choice)
        return fresh

    def replay(self, choice_ids: list[str]) -> None:
        """Take the given choices in order; raises SessionError if one is not available."""
        for choice_id in choice_ids:
            self.choose(choice_id)

    # -- persistence
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "scenario": self.scenario.id,
            "content_hash": self.scenario.content_hash,
            "choices": [s.choice for s in self._steps],
            # The texts let a resume on an edited file notice a choice that moved or changed
            # under the same positional id.
            "texts": [self.scenario.choice(s.choice).text for s in self._steps],
            "node": self._node_id,
            "variables": self.variables,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, scenario: Scenario, analysis: Analysis | None, text: str) -> Session:
        """Rebuild a session by replaying its choices; the stored node and variables must agree."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError) as exc:
            raise SessionError(f"saved state is not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise SessionError("saved state has an unknown version")
        if data.get("scenario") != scenario.id:
            raise SessionError(f"saved state belongs to scenario {data.get('scenario')!r}")
        choices = data.get("choices")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise SessionError("saved state has no list of choices")
        session = cls(scenario, analysis)
        session.replay(choices)
        if session._node_id != data.get("node") or session.variables != data.get("variables"):
            raise SessionError("saved state does not match the scenario any more")
        texts = data.get("texts")
        if texts is not None and texts != [scenario.choice(c).text for c in choices]:
            raise SessionError("a choice in the saved state has changed in the scenario")
        return session

    @staticmethod
    def saved_texts(text: str) -> list[str] | None:
        """The choice texts recorded in a saved state, if it has them."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError):
            return None
        texts = data.get("texts") if isinstance(data, dict) else None
        return texts if isinstance(texts, list) else None

    def result(self) -> Result:
        return build_result(self)
