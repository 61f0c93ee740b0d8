"""Graph analysis of a scenario: structure checks on the node graph (networkx) and exact score
bounds by dynamic programming over the reachable state graph (node × variable values).

Every quantity is computed in time linear in the size of the state graph: the states are
explored once, ordered once (topologically, or over the condensation when the story loops) and
each quantity is one backward pass. Paths are never enumerated.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import networkx as nx

from simulator.diagnostics import Collector
from simulator.expr import Value, Values
from simulator.model import Choice, ChoiceId, NodeId, Scenario

STATE_LIMIT = 200_000
NEG = float("-inf")

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

    def best_to_go(self, node_id: str, variables: Values) -> int:
        """The best total still reachable from this state (0 at an ending)."""
        index = self._index.get((NodeId(node_id), tuple(variables)))
        if index is None:
            raise KeyError(f"state {node_id!r} {variables!r} is not reachable")
        best = self._best[index]
        return int(best) if best != NEG else 0

    def best_choice(self, node_id: str, variables: Values) -> Choice | None:
        """The expert's choice in this state, or None at an ending."""
        index = self._index.get((NodeId(node_id), tuple(variables)))
        if index is None or self._next[index] < 0:
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


def analyse(scenario: Scenario, out: Collector, state_limit: int = STATE_LIMIT) -> Analysis | None:
    """Run every check; returns None when the state graph is too large to analyse exactly."""
    _teaching(scenario, out)
    _node_graph_checks(scenario, out)
    explored = _explore(scenario, state_limit)
    if explored is None:
        out.error(scenario.nodes[scenario.start].line, "state-limit", limit=state_limit)
        return None
    keys, edges = explored
    _state_checks(scenario, keys, edges, out)
    order, comp, loop_edges = _order(len(keys), edges)
    for u, position in loop_edges:
        choice = edges[u][position][1]
        if choice.score:
            out.error(choice.line, "score-in-loop")
    return _dynamic_programme(scenario, keys, edges, order, comp, out)


def _teaching(scenario: Scenario, out: Collector) -> None:
    for node in scenario.nodes.values():
        for choice in node.choices:
            if not choice.feedback:
                out.teaching(choice.line, "no-feedback")
            if not choice.follows and not choice.breaks:
                out.teaching(choice.line, "no-guidance")


def node_graph(scenario: Scenario) -> nx.DiGraph:
    """The scenario's node graph, conditions ignored; edges carry their choice ids."""
    graph = nx.DiGraph()
    graph.add_nodes_from(scenario.nodes)
    for node in scenario.nodes.values():
        for choice in node.choices:
            if choice.target in scenario.nodes:
                if graph.has_edge(node.id, choice.target):
                    graph.edges[node.id, choice.target]["choices"].append(choice.id)
                else:
                    graph.add_edge(node.id, choice.target, choices=[choice.id])
    return graph


def _node_graph_checks(scenario: Scenario, out: Collector) -> None:
    graph = node_graph(scenario)
    reachable = nx.descendants(graph, scenario.start) | {scenario.start}
    for node_id, node in scenario.nodes.items():
        if node_id not in reachable:
            out.warning(node.line, "unreachable", id=node_id)
    sub = graph.subgraph(reachable)
    for component in nx.strongly_connected_components(sub):
        if len(component) == 1:
            (only,) = component
            if not sub.has_edge(only, only):
                continue
        if any(scenario.nodes[n].is_ending for n in component):
            continue
        exits = any(t not in component for n in component for t in sub.successors(n))
        if not exits:
            first = min(component, key=lambda n: scenario.nodes[n].line)
            names = ", ".join(sorted(component, key=lambda n: scenario.nodes[n].line))
            out.error(scenario.nodes[first].line, "trap-loop", ids=names)


def _explore(scenario: Scenario, limit: int) -> tuple[list[State], list[list[tuple[int, Choice]]]] | None:
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
    return keys, edges


def _state_checks(scenario: Scenario, keys: list[State], edges: list[list[tuple[int, Choice]]],
                  out: Collector) -> None:
    reached_nodes = {node_id for node_id, _ in keys}
    taken: set[ChoiceId] = {choice.id for out_edges in edges for _, choice in out_edges}
    graph_reachable = nx.descendants(node_graph(scenario), scenario.start) | {scenario.start}
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
           ) -> tuple[list[list[int]], list[int], list[tuple[int, int]]]:
    """Components in reverse topological order (targets before sources).

    Returns (components, component of each state, edges inside a component as (state, position)).
    A story without loops takes the fast path: Kahn's algorithm on plain lists.
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
        return [[u] for u in reversed(topo)], list(range(count)), []
    graph = nx.DiGraph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from((u, t) for u, out_edges in enumerate(edges) for t, _ in out_edges)
    condensed = nx.condensation(graph)
    mapping: dict[int, int] = condensed.graph["mapping"]
    comp = [mapping[u] for u in range(count)]
    members: list[list[int]] = [[] for _ in range(condensed.number_of_nodes())]
    for u in range(count):
        members[comp[u]].append(u)
    order = [sorted(members[c]) for c in reversed(list(nx.topological_sort(condensed)))]
    loops = [(u, p) for u, out_edges in enumerate(edges) for p, (t, _) in enumerate(out_edges)
             if comp[t] == comp[u]]
    return order, comp, loops


def _backward(order: list[list[int]], comp: list[int], edges: list[list[tuple[int, Choice]]],
              terminal: list[bool], weight: Callable[[Choice], float], better: Callable[[float, float], bool],
              worst: float) -> list[float]:
    """One backward pass: value[u] = best over exits of weight + value[target]; 0 at endings.

    Inside a loop every edge weighs nothing (scoring loops are an error), so all states of a
    component share one value: the best exit of any member.
    """
    value = [worst] * len(comp)
    for members in order:
        best = worst
        for u in members:
            if terminal[u]:
                best = 0.0 if better(0.0, best) else best
            for target, choice in edges[u]:
                if comp[target] == comp[u]:
                    continue
                candidate = value[target]
                if candidate == worst:
                    continue
                candidate += weight(choice)
                if better(candidate, best):
                    best = candidate
        for u in members:
            value[u] = best
    return value


def _dynamic_programme(scenario: Scenario, keys: list[State], edges: list[list[tuple[int, Choice]]],
                       order: list[list[int]], comp: list[int], out: Collector) -> Analysis:
    nodes = scenario.nodes
    terminal = [nodes[node_id].is_ending for node_id, _ in keys]

    def higher(a: float, b: float) -> bool:
        return a > b

    def lower(a: float, b: float) -> bool:
        return a < b

    best = _backward(order, comp, edges, terminal, lambda c: c.total, higher, NEG)
    worst = _backward(order, comp, edges, terminal, lambda c: c.total, lower, float("inf"))
    most = _backward(order, comp, edges, terminal, lambda c: 1, higher, NEG)
    fewest = _backward(order, comp, edges, terminal, lambda c: 1, lower, float("inf"))
    bounds: dict[str, tuple[int, int]] = {}
    for dim in scenario.dimensions:
        hi = _backward(order, comp, edges, terminal, lambda c, d=dim: c.score.get(d, 0), higher,
                       NEG)
        lo = _backward(order, comp, edges, terminal, lambda c, d=dim: c.score.get(d, 0), lower,
                       float("inf"))
        bounds[dim] = (_int(lo[0]), _int(hi[0]))
    reported: set[NodeId] = set()
    for u, (node_id, _) in enumerate(keys):
        if best[u] == NEG and node_id not in reported:
            reported.add(node_id)
            out.error(nodes[node_id].line, "state-trap", id=node_id)
    next_edge = _tight_successors(keys, edges, best)
    index = {key: i for i, key in enumerate(keys)}
    expert: list[ChoiceId] = []
    u = 0
    while next_edge[u] >= 0:
        target, choice = edges[u][next_edge[u]]
        expert.append(choice.id)
        u = target
    return Analysis(
        scenario=scenario,
        bounds=bounds,
        best_total=_int(best[0]),
        worst_total=_int(worst[0]),
        expert_path=expert,
        state_count=len(keys),
        edge_count=sum(len(e) for e in edges),
        decision_count=len(expert),
        min_decisions=_int(fewest[0]),
        max_decisions=_int(most[0]),
        _index=index,
        _best=best,
        _next=next_edge,
        _edges=edges,
    )


def _tight_successors(keys: list[State], edges: list[list[tuple[int, Choice]]],
                      best: list[float]) -> list[int]:
    """For each state, the position of the expert's edge: the first edge in file order that
    keeps the best total and brings the ending one step closer (so loops are never followed)."""
    count = len(keys)
    reverse: list[list[int]] = [[] for _ in range(count)]
    for u, out_edges in enumerate(edges):
        for target, choice in out_edges:
            if best[target] != NEG and best[target] + choice.total == best[u]:
                reverse[target].append(u)
    distance = [-1] * count
    queue: deque[int] = deque()
    for u, out_edges in enumerate(edges):
        if not out_edges and best[u] == 0.0 and not edges[u]:
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
    return int(value) if value not in (NEG, float("inf")) else 0


def values_dict(scenario: Scenario, values: Values) -> dict[str, Value]:
    return dict(zip(scenario.variables, values, strict=True))
