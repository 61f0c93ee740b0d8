"""Check a scenario text as it is being written: everything the studio shows beside the editor.

One call, `check_text`, runs the same loader and analysis as `validate` on the unsaved text and
returns plain data: the diagnostics, which node each line belongs to, each node's worst
diagnostic, the critical choices, the expert path, the score figures, and the names an author
may complete (node ids, guidance ids with titles, dimensions, variables). It is safe to call
from a worker thread: it touches nothing shared.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from simulator.engine.library import Loaded, load_scenario
from simulator.format.diagnostics import Diagnostic
from simulator.format.model import Catalogue

_HEADING = re.compile(r"^##\s+([^\s|]+)")
_SEVERITY_RANK = {"error": 3, "warning": 2, "teaching": 1}


@dataclass(frozen=True)
class Completion:
    text: str  # what is inserted
    detail: str  # shown beside it (a principle's title, "nod", "dimension", "variabel")
    kind: str  # "node", "guidance", "dimension", "variable"


@dataclass
class Check:
    """The result of checking one text."""

    loaded: Loaded
    node_lines: list[tuple[int, str]]  # (first line, node id), in file order
    node_severity: dict[str, str] = field(default_factory=dict)  # node id -> worst severity
    critical_edges: set[tuple[str, str]] = field(default_factory=set)  # (node, target)
    expert_nodes: list[str] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)
    completions: list[Completion] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return self.loaded.diagnostics

    def node_at(self, line: int) -> str | None:
        """The node whose section holds 1-based `line`, or None in the header."""
        starts = [first for first, _ in self.node_lines]
        index = bisect.bisect_right(starts, line) - 1
        return self.node_lines[index][1] if index >= 0 else None

    def line_of(self, node_id: str) -> int | None:
        return next((first for first, nid in self.node_lines if nid == node_id), None)


def _node_lines(text: str) -> list[tuple[int, str]]:
    """Node headings found in the text itself, so navigation works even when parsing fails."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADING.match(line)
        if match:
            found.append((number, match.group(1)))
    return found


def check_text(text: str, path: str, catalogue: Catalogue | None) -> Check:
    loaded = load_scenario(path, catalogue, raw=text.encode("utf-8"))
    result = Check(loaded, _node_lines(text))
    for diagnostic in loaded.diagnostics:
        node = result.node_at(diagnostic.line) if diagnostic.line > 0 else None
        if node is None:
            continue
        old = result.node_severity.get(node)
        if old is None or _SEVERITY_RANK.get(diagnostic.severity, 0) > _SEVERITY_RANK.get(old, 0):
            result.node_severity[node] = diagnostic.severity
    scenario, analysis = loaded.scenario, loaded.analysis
    if scenario is not None:
        result.critical_edges = {(n.id, c.target) for n in scenario.nodes.values()
                                 for c in n.choices if c.critical}
    if scenario is not None and analysis is not None:
        result.expert_nodes = [str(scenario.start)] + [str(scenario.choice(c).target)
                                                            for c in analysis.expert_path]
        result.figures = {
            "expert_total": analysis.best_total,
            "worst_total": analysis.worst_total,
            "bounds": dict(analysis.bounds),
            "expert_decisions": analysis.decision_count,
            "min_decisions": analysis.min_decisions,
            "max_decisions": analysis.max_decisions,
            "states": analysis.state_count,
            "guessability": analysis.guessability,  # a Guessability, or None
        }
    result.completions = completions(text, loaded, catalogue)
    return result


def completions(text: str, loaded: Loaded, catalogue: Catalogue | None) -> list[Completion]:
    """Names an author may type after `->`, `guidance:`, `score:` or in `if:`/`set:`."""
    items = [Completion(nid, "nod", "node") for _, nid in _node_lines(text)]
    if catalogue is not None:
        items += [Completion(p.id, p.title, "guidance") for p in catalogue.principles.values()]
        items += [Completion(d.id, d.name_sv, "dimension") for d in catalogue.dimensions.values()]
    if loaded.scenario is not None:
        items += [Completion(name, "variabel", "variable") for name in loaded.scenario.variables]
    return items


@dataclass(frozen=True)
class Use:
    """One place a guidance principle is used: the scenario, the choice and how."""

    scenario_title: str
    path: str
    line: int
    follows: bool  # True for +ID (followed), False for -ID (broken)
    critical: bool


def guidance_usage(library: list[Loaded]) -> dict[str, list[Use]]:
    """Every guidance id -> where the library's scenarios follow or break it."""
    found: dict[str, list[Use]] = {}
    for loaded in library:
        scenario = loaded.scenario
        if scenario is None:
            continue
        for node in scenario.nodes.values():
            for choice in node.choices:
                for gid, follows in [*((g, True) for g in choice.follows),
                                     *((g, False) for g in choice.breaks)]:
                    found.setdefault(gid, []).append(Use(scenario.title, loaded.path,
                                                         choice.line, follows, choice.critical))
    return found


_CATALOGUES: dict[str, Catalogue | None] = {}


def check_pickled(text: str, path: str, catalogue_path: str | None) -> bytes:
    """`check_text` for a worker process: the catalogue is read once per process from its
    path, and the result comes back pickled (the caller unpickles it where it wants to)."""
    import pickle

    from simulator.engine.library import load_catalogue

    if catalogue_path is None:
        catalogue = None
    else:
        if catalogue_path not in _CATALOGUES:
            _CATALOGUES[catalogue_path] = load_catalogue(catalogue_path).catalogue
        catalogue = _CATALOGUES[catalogue_path]
    return pickle.dumps(check_text(text, path, catalogue), protocol=pickle.HIGHEST_PROTOCOL)
