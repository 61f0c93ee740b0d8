"""Immutable scenario content: Scenario, Node, Choice, Document, Catalogue, Principle."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NewType

from simulator.format.expr import Compiled, Value

ScenarioId = NewType("ScenarioId", str)
NodeId = NewType("NodeId", str)
ChoiceId = NewType("ChoiceId", str)
GuidanceId = NewType("GuidanceId", str)

FORMAT_VERSION = "vagval/1"
CATALOGUE_FORMAT_VERSION = "vagval-guidance/1"
THEMES = ("heder", "vardnad", "digitalt", "lamna", "nara")
LEVELS = ("grund", "fordjupning")
CONTENT_LANGUAGES = ("sv", "en")  # values of the header key `language`
# The outcome categories, best first: this order is the rank the expert objective uses
# (after whether the outcome passes), so harm (`skada`) is always the worst ending.
OUTCOMES = ("skyddad", "delvis", "skada")
DEFAULT_FAILING_OUTCOMES = ("skada",)
DEFAULT_PASS_THRESHOLD = 0.7


@dataclass(frozen=True)
class Dimension:
    id: str
    name_sv: str
    name_en: str

    def name(self, lang: str = "sv") -> str:
        return self.name_en if lang == "en" else self.name_sv


@dataclass(frozen=True)
class Principle:
    id: GuidanceId
    title: str
    text: str
    source: str
    dimension: str
    valid_from: str
    measure: str = ""
    critical: bool = False
    line: int = 0


@dataclass(frozen=True)
class Catalogue:
    version: str
    dimensions: dict[str, Dimension]
    principles: dict[GuidanceId, Principle]
    path: str = ""


@dataclass(frozen=True, slots=True)
class VarDecl:
    name: str
    type: str  # "bool" or "int"
    start: Value
    low: int = 0
    high: int = 1
    line: int = field(default=0, compare=False)

    def clamp(self, value: Value) -> Value:
        if self.type == "bool":
            return bool(value)
        return max(self.low, min(self.high, int(value)))


@dataclass(frozen=True, slots=True)
class Effect:
    variable: str
    index: int
    expr: Compiled


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    text: str
    node: NodeId
    line: int = 0


@dataclass(frozen=True, slots=True)
class Choice:
    id: ChoiceId
    node: NodeId
    text: str
    target: NodeId
    score: dict[str, int] = field(default_factory=dict)
    follows: tuple[GuidanceId, ...] = ()
    breaks: tuple[GuidanceId, ...] = ()
    condition: Compiled | None = None
    effects: tuple[Effect, ...] = ()
    critical: bool = False
    feedback: str = ""
    line: int = 0
    # Why this choice is (or is not) critical where the same principle is treated otherwise
    # elsewhere in the library; it exempts the choice from the severity-consistency warning.
    critical_reason: str = ""
    total: int = field(init=False, compare=False)  # the sum of `score`, read in hot loops

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", sum(self.score.values()))


@dataclass(frozen=True, slots=True)
class Node:
    id: NodeId
    title: str
    text: str
    documents: tuple[Document, ...] = ()
    choices: tuple[Choice, ...] = ()
    ending: str | None = None
    questions: tuple[str, ...] = ()
    facilitator: str = ""
    line: int = 0

    @property
    def is_ending(self) -> bool:
        return self.ending is not None


@dataclass(frozen=True)
class Scenario:
    id: ScenarioId
    title: str
    theme: str
    level: str
    minutes: int
    role: str
    content_note: str
    goals: tuple[str, ...]
    authors: tuple[str, ...]
    reviewer: str
    reviewed: str
    guidance_version: str
    pass_threshold: float
    dimensions: tuple[str, ...]
    variables: dict[str, VarDecl]
    start: NodeId
    nodes: dict[NodeId, Node]
    path: str
    content_hash: str
    catalogue: Catalogue | None = None
    language: str = "sv"  # the language the case is written in (header key `language`)
    failing_outcomes: tuple[str, ...] = DEFAULT_FAILING_OUTCOMES

    def outcome_passes(self, outcome: str | None) -> bool:
        """Whether an ending with this outcome can pass (an unknown outcome never does)."""
        return outcome in OUTCOMES and outcome not in self.failing_outcomes

    def outcome_rank(self, outcome: str | None) -> int:
        """The ending's rank in the expert objective, 0 best: every passing outcome before
        every failing one, then the documented order of OUTCOMES (harm last)."""
        if outcome not in OUTCOMES:
            return 2 * len(OUTCOMES)
        position = OUTCOMES.index(outcome)
        return position if self.outcome_passes(outcome) else len(OUTCOMES) + position

    def choice(self, choice_id: str) -> Choice:
        node_id, _, _ = choice_id.rpartition(":")
        node = self.nodes.get(NodeId(node_id))
        if node is not None:
            for choice in node.choices:
                if choice.id == choice_id:
                    return choice
        raise KeyError(f"no choice {choice_id!r} in scenario {self.id!r}")

    def start_values(self) -> tuple[Value, ...]:
        return tuple(v.start for v in self.variables.values())

    def principle(self, guidance_id: str) -> Principle | None:
        if self.catalogue is None:
            return None
        return self.catalogue.principles.get(GuidanceId(guidance_id))

    def dimension_name(self, dim: str, lang: str = "sv") -> str:
        if self.catalogue is not None and dim in self.catalogue.dimensions:
            return self.catalogue.dimensions[dim].name(lang)
        return dim
