"""The debrief of a play-through: per-dimension result against the best achievable on the graph,
critical errors, guidance followed and missed, each decision's cost, pass or fail."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

from simulator.engine.analysis import Analysis
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
    """One dimension of a result. `reference` is the expert path's own points in the dimension,
    so the references add up to the expert total; `maximum` and `minimum` are the most and the
    least any complete path scores in this dimension alone — no single path need reach every
    dimension's maximum at once."""

    dimension: str
    name_sv: str
    name_en: str
    achieved: int
    reference: int
    maximum: int
    minimum: int


@dataclass(frozen=True)
class DecisionCost:
    """One decision against the expert's best in the same state: `loss` is what it gave up
    first in the objective's order ("none", "critical", "ending" or "points"); `cost` the
    points it gave up against the expert's continuation (0 when it scored as much or more)."""

    index: int
    node: NodeId
    choice: Choice
    cost: int
    best_choice: Choice | None
    loss: str = "none"

    @property
    def optimal(self) -> bool:
        return self.loss == "none"


# Why an attempt did not pass, in plain words: code -> (Swedish, English). The codes are
# stored with each attempt; the texts are filled from the result.
REASONS: dict[str, tuple[str, str]] = {
    "critical": ("Minst ett beslut var ett kritiskt fel, och ett kritiskt fel underkänner "
                 "övningen oavsett poäng.",
                 "At least one decision was a critical error, and a critical error fails the "
                 "exercise whatever the score."),
    "ending": ("Övningen slutade med utfallet {outcome}, och det utfallet underkänner "
               "övningen oavsett poäng.",
               "The exercise ended with the outcome {outcome}, and that outcome fails the "
               "exercise whatever the score."),
    "threshold": ("Du fick {total} poäng; för godkänt krävs minst {mark} ({pct} % av "
                  "expertvägens {best}).",
                  "You scored {total} points; a pass needs at least {mark} ({pct} % of the "
                  "expert path's {best})."),
    "unfinished": ("Övningen är inte avslutad.", "The exercise is not finished."),
}


@dataclass(frozen=True)
class Result:
    scenario_id: str
    finished: bool
    dimensions: list[DimensionResult]
    total: int
    best_total: int  # the expert path's total
    threshold: float
    pass_mark: float  # the lowest total that passes (see analysis.pass_mark)
    passed: bool
    reasons: list[str]  # the rules not met, in REASONS' order: "critical", "ending", ...
    critical_errors: list[DecisionCost]
    followed: list[Principle]
    missed: list[Principle]
    decisions: list[DecisionCost]
    path: list[NodeId]
    expert_path: list[NodeId]
    ending: str | None

    def reason_texts(self, lang: str = "sv") -> list[str]:
        """Each rule that failed, in plain words (REASONS), in Swedish or English."""
        return [reason_text(code, lang, total=self.total, best=self.best_total,
                            mark=self.pass_mark, threshold=self.threshold, outcome=self.ending)
                for code in self.reasons]

    def to_dict(self) -> dict[str, Any]:
        def cost(d: DecisionCost) -> dict[str, Any]:
            return {"index": d.index, "node": d.node, "choice": d.choice.id,
                    "text": d.choice.text, "cost": d.cost, "loss": d.loss,
                    "critical": d.choice.critical,
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
            "pass_mark": self.pass_mark,
            "passed": self.passed,
            "reasons": self.reasons,
            "reason_texts": {"sv": self.reason_texts("sv"), "en": self.reason_texts("en")},
            "critical_errors": [cost(d) for d in self.critical_errors],
            "followed": [principle(p) for p in self.followed],
            "missed": [principle(p) for p in self.missed],
            "decisions": [cost(d) for d in self.decisions],
            "path": list(self.path),
            "expert_path": list(self.expert_path),
        }


# The same rules in a few words, for a list or a table (the history).
REASONS_SHORT: dict[str, tuple[str, str]] = {
    "critical": ("kritiskt fel", "critical error"),
    "ending": ("utfallet underkänner", "the outcome fails"),
    "threshold": ("under poänggränsen", "below the pass mark"),
    "unfinished": ("inte avslutad", "not finished"),
}

OUTCOME_WORDS: dict[str, tuple[str, str]] = {
    "skyddad": ("skyddad och stöttad", "protected and supported"),
    "delvis": ("delvis skyddad", "partly protected"),
    "skada": ("skada eller eskalering", "harm or escalation"),
}


def reason_text(code: str, lang: str, *, total: int, best: int, mark: float, threshold: float,
                outcome: str | None) -> str:
    """One failed rule in plain words; also used for stored attempts (see the store)."""
    sv, en = REASONS[code]
    words = OUTCOME_WORDS.get(outcome or "", (outcome or "", outcome or ""))
    named = f"'{words[1] if lang == 'en' else words[0]}'"
    shown = int(mark) if float(mark).is_integer() else math.ceil(mark)
    return (en if lang == "en" else sv).format(
        total=total, best=best, mark=shown, pct=round(threshold * 100), outcome=named)


def reason_short(code: str, lang: str = "sv") -> str:
    sv, en = REASONS_SHORT.get(code, (code, code))
    return en if lang == "en" else sv


def build_result(session: PlayedPath) -> Result:
    """Score a play-through. The pass rule: no critical choice, an ending whose outcome passes,
    and a total at or above the pass mark measured against the expert total."""
    analysis = session.analysis
    if analysis is None:
        raise SessionError("a result needs the scenario's analysis")
    scenario = session.scenario
    decisions: list[DecisionCost] = []
    for step in session.steps:
        node_id, before = session.state_before(step.index)
        choice = scenario.choice(step.choice)
        assessed = analysis.assess(node_id, before, choice)
        decisions.append(DecisionCost(step.index, node_id, choice, assessed.cost,
                                      analysis.best_choice(node_id, before), assessed.loss))
    scores = session.scores
    dims = [
        DimensionResult(dim, scenario.dimension_name(dim, "sv"), scenario.dimension_name(dim, "en"),
                        scores.get(dim, 0), analysis.expert_scores.get(dim, 0),
                        analysis.bounds[dim][1], analysis.bounds[dim][0])
        for dim in scenario.dimensions
    ]
    total = sum(scores.values())
    critical = [d for d in decisions if d.choice.critical]
    ending = session.node.ending
    reasons: list[str] = []
    if critical:
        reasons.append("critical")
    if session.finished and not scenario.outcome_passes(ending):
        reasons.append("ending")
    if total < analysis.pass_mark:
        reasons.append("threshold")
    if not session.finished:
        reasons.append("unfinished")
    broken = _unique(p for d in decisions for p in _principles(scenario, d.choice.breaks))
    broken_ids = {p.id for p in broken}
    # A principle broken anywhere on the path counts as missed, even if followed elsewhere.
    followed = _unique(p for d in decisions for p in _principles(scenario, d.choice.follows)
                       if p.id not in broken_ids)
    followed_ids = {p.id for p in followed}
    # The expert's choice's principles count as missed only where the trainee's choice was
    # worse than the best; an equally good alternative misses nothing.
    passed_over = _unique(
        p for d in decisions if not d.optimal and d.best_choice is not None
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
        pass_mark=analysis.pass_mark,
        passed=not reasons,
        reasons=reasons,
        critical_errors=critical,
        followed=followed,
        missed=missed,
        decisions=decisions,
        path=path,
        expert_path=expert_nodes,
        ending=ending,
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
