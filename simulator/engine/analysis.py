"""Graph analysis of a scenario: structure checks, and exact score bounds by dynamic
programming over the reachable state graph (node × variable values).

Everything is linear in the size of the state graph: the states are explored once, ordered
once — Kahn's topological order when the story has no loop, else networkx's condensation into
strongly connected components — and one backward pass computes every quantity at once (best
and worst total, fewest and most decisions, each dimension's bounds). Paths are never
enumerated, so a lattice with 2^40 paths costs as much as its 121 states.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx

from simulator.format.diagnostics import Collector
from simulator.format.expr import Value, Values
from simulator.format.model import Choice, ChoiceId, NodeId, Scenario

STATE_LIMIT = 200_000
NEG = float("-inf")
POS = float("inf")

State = tuple[NodeId, Values]


@dataclass
class Analysis:
    """What the analysis knows about one scenario; read by sessions, results and the app."""

    scenario: Scenario
    bounds: dict[str, tuple[int, int]]
    best_total: int
    worst_total: int
    expert_path: list[ChoiceId]
    state_count: int
    edge_count: int
    decision_count: int  # decisions on the expert path
    min_decisions: int  # fewest decisions on any complete path
    max_decisions: int  # most decisions on any complete path (loops counted once)
    _index: dict[State, int] = field(repr=False, default_factory=dict)
    _best: list[float] = field(repr=False, default_factory=list)
    _next: list[int] = field(repr=False, default_factory=list)  # edge position of best choice
    _edges: list[list[tuple[int, Choice]]] = field(repr=False, default_factory=list)

    def _state(self, node_id: str, variables: Values | Mapping[str, Value]) -> int:
        """The index of a reachable state; `variables` is `Session.values` (a tuple in
        declaration order) or `Session.variables` (a dict by name)."""
        if isinstance(variables, Mapping):
            variables = tuple(variables[name] for name in self.scenario.variables)
        index = self._index.get((NodeId(node_id), tuple(variables)))
        if index is None:
            raise KeyError(f"state {node_id!r} {variables!r} is not reachable")
        return index

    def best_to_go(self, node_id: str, variables: Values | Mapping[str, Value]) -> int:
        """The best total still reachable from this state (0 at an ending)."""
        best = self._best[self._state(node_id, variables)]
        return int(best) if best != NEG else 0

    def best_choice(self, node_id: str, variables: Values | Mapping[str, Value]) -> Choice | None:
        """The expert's choice in this state, or None at an ending."""
        index = self._state(node_id, variables)
        if self._next[index] < 0:
            return None
        return self._edges[index][self._next[index]][1]


def successor(scenario: Scenario, choice: Choice, values: Values) -> Values:
    """Apply the choice's effects in order (each sees the previous ones), clamped to range."""
    if not choice.effects:
        return values
    current = list(values)
    decls = list(scenario.variables.values())
    for effect in choice.effects:
        current[effect.index] = decls[effect.index].clamp(effect.expr.evaluate(tuple(current)))
    return tuple(current)


def enabled(choice: Choice, values: Values) -> bool:
    return choice.condition is None or bool(choice.condition.evaluate(values))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: parsing and the passes build millions of small,
    acyclic objects, and repeated full collections would otherwise dominate the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def analyse(scenario: Scenario, out: Collector, state_limit: int = STATE_LIMIT) -> Analysis | None:
    """Run every check; returns None when the state graph is too large to analyse exactly."""
    with gc_paused():
        _teaching(scenario, out)
        reachable = _node_graph_checks(scenario, out)
        explored = _explore(scenario, state_limit)
        if explored is None:
            out.error(scenario.nodes[scenario.start].line, "state-limit", limit=state_limit)
            return None
        keys, edges, index = explored
        _state_checks(scenario, keys, edges, reachable, out)
        topo, components, comp, loop_edges = _order(len(keys), edges)
        if topo is None:
            _trap_loops(scenario, reachable, out)
        for u, position in loop_edges:
            choice = edges[u][position][1]
            if choice.score:
                out.error(choice.line, "score-in-loop")
        return _dynamic_programme(scenario, keys, edges, index, (topo, components, comp), out)


def _teaching(scenario: Scenario, out: Collector) -> None:
    for node in scenario.nodes.values():
        for choice in node.choices:
            if not choice.feedback:
                out.teaching(choice.line, "no-feedback")
            if not choice.follows and not choice.breaks:
                out.teaching(choice.line, "no-guidance")


def node_graph(scenario: Scenario) -> nx.DiGraph:
    """The scenario's node graph, conditions ignored."""
    graph = nx.DiGraph()
    graph.add_nodes_from(scenario.nodes)
    graph.add_edges_from((node.id, choice.target) for node in scenario.nodes.values()
                         for choice in node.choices if choice.target in scenario.nodes)
    return graph


def _node_graph_checks(scenario: Scenario, out: Collector) -> set[NodeId]:
    """Unreachable nodes (conditions ignored); returns the nodes reachable from the start."""
    nodes = scenario.nodes
    reachable: set[NodeId] = {scenario.start}
    stack = [scenario.start]
    while stack:
        for choice in nodes[stack.pop()].choices:
            if choice.target in nodes and choice.target not in reachable:
                reachable.add(choice.target)
                stack.append(choice.target)
    for node_id, node in nodes.items():
        if node_id not in reachable:
            out.warning(node.line, "unreachable", id=node_id)
    return reachable


def _trap_loops(scenario: Scenario, reachable: set[NodeId], out: Collector) -> None:
    """Loops in the node graph with no way out to an ending (only run when the story loops)."""
    graph = node_graph(scenario).subgraph(reachable).copy()
    for component in nx.strongly_connected_components(graph):
        if len(component) == 1:
            (only,) = component
            if not graph.has_edge(only, only):
                continue
        if any(scenario.nodes[n].is_ending for n in component):
            continue
        if any(t not in component for n in component for t in graph.successors(n)):
            continue
        members = sorted(component, key=lambda n: scenario.nodes[NodeId(n)].line)
        first, names = members[0], ", ".join(members)
        out.error(scenario.nodes[NodeId(first)].line, "trap-loop", ids=names)


def _explore(scenario: Scenario, limit: int
             ) -> tuple[list[State], list[list[tuple[int, Choice]]], dict[State, int]] | None:
    """Breadth-first exploration of the reachable states; None past `limit` states."""
    start: State = (scenario.start, scenario.start_values())
    index: dict[State, int] = {start: 0}
    keys: list[State] = [start]
    edges: list[list[tuple[int, Choice]]] = []
    nodes = scenario.nodes
    cursor = 0
    while cursor < len(keys):
        node_id, values = keys[cursor]
        cursor += 1
        out_edges: list[tuple[int, Choice]] = []
        for choice in nodes[node_id].choices:
            if choice.target not in nodes:
                continue
            if choice.condition is not None and not choice.condition.evaluate(values):
                continue
            target: State = (choice.target, successor(scenario, choice, values) if choice.effects
                             else values)
            position = index.get(target)
            if position is None:
                if len(keys) >= limit:
                    return None
                position = len(keys)
                index[target] = position
                keys.append(target)
            out_edges.append((position, choice))
        edges.append(out_edges)
    return keys, edges, index


def _state_checks(scenario: Scenario, keys: list[State], edges: list[list[tuple[int, Choice]]],
                  graph_reachable: set[NodeId], out: Collector) -> None:
    reached_nodes = {node_id for node_id, _ in keys}
    taken: set[ChoiceId] = {choice.id for out_edges in edges for _, choice in out_edges}
    for node_id, node in scenario.nodes.items():
        if node_id in graph_reachable and node_id not in reached_nodes:
            code = "ending-unreachable" if node.is_ending else "node-unreachable-state"
            out.warning(node.line, code, id=node_id)
        if node_id not in reached_nodes:
            continue
        for choice in node.choices:
            if choice.condition is not None and choice.id not in taken:
                out.warning(choice.line, "condition-never")
    exercised = {dim for out_edges in edges for _, c in out_edges for dim, v in c.score.items()
                 if v}
    for dim in scenario.dimensions:
        if dim not in exercised:
            out.warning(scenario.nodes[scenario.start].line, "dimension-unused", dim=dim)


def _order(count: int, edges: list[list[tuple[int, Choice]]]
           ) -> tuple[list[int] | None, list[list[int]], list[int], list[tuple[int, int]]]:
    """The order of the backward passes (targets before sources).

    A story without loops takes the fast path: Kahn's algorithm on plain lists, returned as
    (reverse topological order, [], [], []). Otherwise the states are condensed into strongly
    connected components with networkx: (None, components in reverse topological order,
    component of each state, edges inside a component as (state, position)).
    """
    indegree = [0] * count
    for out_edges in edges:
        for target, _ in out_edges:
            indegree[target] += 1
    queue = deque(i for i in range(count) if indegree[i] == 0)
    topo: list[int] = []
    while queue:
        u = queue.popleft()
        topo.append(u)
        for target, _ in edges[u]:
            indegree[target] -= 1
            if indegree[target] == 0:
                queue.append(target)
    if len(topo) == count:
        topo.reverse()
        return topo, [], [], []
    graph = nx.DiGraph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from((u, t) for u, out_edges in enumerate(edges) for t, _ in out_edges)
    condensed = nx.condensation(graph)
    mapping: dict[int, int] = condensed.graph["mapping"]
    comp = [mapping[u] for u in range(count)]
    members: list[list[int]] = [[] for _ in range(condensed.number_of_nodes())]
    for u in range(count):
        members[comp[u]].append(u)
    order = [members[c] for c in reversed(list(nx.topological_sort(condensed)))]
    loops = [(u, p) for u, out_edges in enumerate(edges) for p, (t, _) in enumerate(out_edges)
             if comp[t] == comp[u]]
    return None, order, comp, loops


def _backward(plan: tuple[list[int] | None, list[list[int]], list[int]],
              targets: list[list[int]], vectors: list[list[tuple[int, ...]]],
              terminal: list[bool], width: int
              ) -> tuple[list[list[float]], list[list[float]]]:
    """One backward pass for every quantity at once: for each state and each of the `width`
    components of the edge vectors, the highest and the lowest sum from that state to an
    ending — 0 at endings, -inf (highest) and +inf (lowest) where no ending can be reached.

    Inside a loop every edge weighs nothing (scoring loops are an error), so all states of a
    component share one value: the best exit of any member.
    """
    topo, components, comp = plan
    count = len(targets)
    unreachable_high = [NEG] * width
    unreachable_low = [POS] * width
    high: list[list[float]] = [unreachable_high] * count
    low: list[list[float]] = [unreachable_low] * count
    quantities = range(width)
    groups = [[u] for u in topo] if topo is not None else components
    for members in groups:
        hi = [NEG] * width
        lo = [POS] * width
        for u in members:
            if terminal[u]:
                hi = [max(h, 0.0) for h in hi]
                lo = [min(v, 0.0) for v in lo]
            for target, weights in zip(targets[u], vectors[u], strict=True):
                if comp and comp[target] == comp[u]:
                    continue
                target_high, target_low = high[target], low[target]
                for q in quantities:
                    candidate = target_high[q] + weights[q]
                    if candidate > hi[q]:
                        hi[q] = candidate
                    candidate = target_low[q] + weights[q]
                    if candidate < lo[q]:
                        lo[q] = candidate
        for u in members:
            high[u], low[u] = hi, lo
    return high, low


def _dynamic_programme(scenario: Scenario, keys: list[State], edges: list[list[tuple[int, Choice]]],
                       index: dict[State, int],
                       plan: tuple[list[int] | None, list[list[int]], list[int]],
                       out: Collector) -> Analysis:
    nodes = scenario.nodes
    dims = scenario.dimensions
    terminal = [nodes[node_id].is_ending for node_id, _ in keys]
    targets = [[t for t, _ in out_edges] for out_edges in edges]
    # Quantities per edge: the total, one decision, then each dimension's points.
    vectors = [[(c.total, 1, *[c.score.get(d, 0) for d in dims]) for _, c in out_edges]
               for out_edges in edges]
    high, low = _backward(plan, targets, vectors, terminal, 2 + len(dims))
    best = [h[0] for h in high]
    start_high, start_low = high[0], low[0]
    bounds = {dim: (_int(start_low[2 + i]), _int(start_high[2 + i])) for i, dim in enumerate(dims)}
    reported: set[NodeId] = set()
    for u, (node_id, _) in enumerate(keys):
        if best[u] == NEG and node_id not in reported:
            reported.add(node_id)
            out.error(nodes[node_id].line, "state-trap", id=node_id)
    next_edge = _tight_successors(edges, best, terminal, plan[0] is not None)
    expert: list[ChoiceId] = []
    u = 0
    while next_edge[u] >= 0:
        target, choice = edges[u][next_edge[u]]
        expert.append(choice.id)
        u = target
    return Analysis(
        scenario=scenario,
        bounds=bounds,
        best_total=_int(start_high[0]),
        worst_total=_int(start_low[0]),
        expert_path=expert,
        state_count=len(keys),
        edge_count=sum(len(e) for e in edges),
        decision_count=len(expert),
        min_decisions=_int(start_low[1]),
        max_decisions=_int(start_high[1]),
        _index=index,
        _best=best,
        _next=next_edge,
        _edges=edges,
    )


def _tight_successors(edges: list[list[tuple[int, Choice]]], best: list[float],
                      terminal: list[bool], acyclic: bool) -> list[int]:
    """For each state, the position of the expert's edge: the first edge in file order that
    keeps the best total and, where the story loops, brings the ending one step closer (so a
    loop is never followed)."""
    count = len(edges)
    if acyclic:
        chosen = [-1] * count
        for u, out_edges in enumerate(edges):
            here = best[u]
            for position, (target, choice) in enumerate(out_edges):
                if best[target] + choice.total == here:
                    chosen[u] = position
                    break
        return chosen
    reverse: list[list[int]] = [[] for _ in range(count)]
    for u, out_edges in enumerate(edges):
        for target, choice in out_edges:
            if best[target] != NEG and best[target] + choice.total == best[u]:
                reverse[target].append(u)
    distance = [-1] * count
    queue: deque[int] = deque()
    for u in range(count):
        if terminal[u]:
            distance[u] = 0
            queue.append(u)
    while queue:
        v = queue.popleft()
        for u in reverse[v]:
            if distance[u] < 0:
                distance[u] = distance[v] + 1
                queue.append(u)
    chosen = [-1] * count
    for u, out_edges in enumerate(edges):
        for position, (target, choice) in enumerate(out_edges):
            if (distance[u] > 0 and distance[target] == distance[u] - 1
                    and best[target] + choice.total == best[u]):
                chosen[u] = position
                break
    return chosen


def _int(value: float) -> int:
    return int(value) if value not in (NEG, POS) else 0


def values_dict(scenario: Scenario, values: Values) -> dict[str, Value]:
    return dict(zip(scenario.variables, values, strict=True))
