"""The debrief of a play-through: per-dimension result against the best achievable on the graph,
critical errors, guidance followed and missed, each decision's cost, pass or fail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from simulator.engine.analysis import Analysis, successor
from simulator.engine.errors import SessionError
from simulator.format.expr import Values
from simulator.format.model import Choice, ChoiceId, Node, NodeId, Principle, Scenario


class PlayedStep(Protocol):
    @property
    def index(self) -> int: ...
    @property
    def choice(self) -> ChoiceId: ...


class PlayedPath(Protocol):
    """What a result is built from: a session, seen only through what scoring needs (so this
    module does not import the session module, which imports it)."""

    scenario: Scenario
    analysis: Analysis | None

    @property
    def steps(self) -> tuple[PlayedStep, ...]: ...
    @property
    def scores(self) -> dict[str, int]: ...
    @property
    def finished(self) -> bool: ...
    @property
    def node(self) -> Node: ...
    def state_before(self, index: int) -> tuple[NodeId, Values]: ...


@dataclass(frozen=True)
class DimensionResult:
    dimension: str
    name_sv: str
    name_en: str
    achieved: int
    best: int
    minimum: int


@dataclass(frozen=True)
class DecisionCost:
    index: int
    node: NodeId
    choice: Choice
    cost: int  # best total reachable before the decision minus what remains reachable after it
    best_choice: Choice | None


@dataclass(frozen=True)
class Result:
    scenario_id: str
    finished: bool
    dimensions: list[DimensionResult]
    total: int
    best_total: int
    threshold: float
    passed: bool
    reasons: list[str]  # "critical", "threshold", "unfinished"
    critical_errors: list[DecisionCost]
    followed: list[Principle]
    missed: list[Principle]
    decisions: list[DecisionCost]
    path: list[NodeId]
    expert_path: list[NodeId]
    ending: str | None

    def to_dict(self) -> dict[str, Any]:
        def cost(d: DecisionCost) -> dict[str, Any]:
            return {"index": d.index, "node": d.node, "choice": d.choice.id,
                    "text": d.choice.text, "cost": d.cost, "critical": d.choice.critical,
                    "best_choice": d.best_choice.id if d.best_choice else None}

        def principle(p: Principle) -> dict[str, Any]:
            return {"id": p.id, "title": p.title, "source": p.source}

        return {
            "scenario": self.scenario_id,
            "finished": self.finished,
            "ending": self.ending,
            "dimensions": [vars(d) for d in self.dimensions],
            "total": self.total,
            "best_total": self.best_total,
            "threshold": self.threshold,
            "passed": self.passed,
            "reasons": self.reasons,
            "critical_errors": [cost(d) for d in self.critical_errors],
            "followed": [principle(p) for p in self.followed],
            "missed": [principle(p) for p in self.missed],
            "decisions": [cost(d) for d in self.decisions],
            "path": list(self.path),
            "expert_path": list(self.expert_path),
        }


def build_result(session: PlayedPath) -> Result:
    analysis = session.analysis
    if analysis is None:
        raise SessionError("a result needs the scenario's analysis")
    scenario = session.scenario
    decisions: list[DecisionCost] = []
    for step in session.steps:
        node_id, before = session.state_before(step.index)
        choice = scenario.choice(step.choice)
        after = successor(scenario, choice, before)
        cost = analysis.best_to_go(node_id, before) - (
            choice.total + analysis.best_to_go(choice.target, after))
        decisions.append(DecisionCost(step.index, node_id, choice, cost,
                                      analysis.best_choice(node_id, before)))
    scores = session.scores
    dims = [
        DimensionResult(dim, scenario.dimension_name(dim, "sv"), scenario.dimension_name(dim, "en"),
                        scores.get(dim, 0), analysis.bounds[dim][1], analysis.bounds[dim][0])
        for dim in scenario.dimensions
    ]
    total = sum(scores.values())
    critical = [d for d in decisions if d.choice.critical]
    reasons: list[str] = []
    if critical:
        reasons.append("critical")
    if total < scenario.pass_threshold * analysis.best_total:
        reasons.append("threshold")
    if not session.finished:
        reasons.append("unfinished")
    broken = _unique(p for d in decisions for p in _principles(scenario, d.choice.breaks))
    broken_ids = {p.id for p in broken}
    # A principle broken anywhere on the path counts as missed, even if followed elsewhere.
    followed = _unique(p for d in decisions for p in _principles(scenario, d.choice.follows)
                       if p.id not in broken_ids)
    followed_ids = {p.id for p in followed}
    passed_over = _unique(
        p for d in decisions if d.cost > 0 and d.best_choice is not None
        for p in _principles(scenario, d.best_choice.follows) if p.id not in followed_ids)
    missed = _unique([*broken, *passed_over])
    path = [d.node for d in decisions] + [session.node.id]
    expert_nodes = [scenario.start] + [scenario.choice(c).target for c in analysis.expert_path]
    return Result(
        scenario_id=scenario.id,
        finished=session.finished,
        dimensions=dims,
        total=total,
        best_total=analysis.best_total,
        threshold=scenario.pass_threshold,
        passed=not reasons,
        reasons=reasons,
        critical_errors=critical,
        followed=followed,
        missed=missed,
        decisions=decisions,
        path=path,
        expert_path=expert_nodes,
        ending=session.node.ending,
    )


def _principles(scenario: Any, ids: tuple[str, ...]) -> list[Principle]:
    return [p for p in (scenario.principle(i) for i in ids) if p is not None]


def _unique(items: Any) -> list[Principle]:
    seen: set[str] = set()
    result: list[Principle] = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            result.append(item)
    return result
