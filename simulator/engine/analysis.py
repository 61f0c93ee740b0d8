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
import heapq
import operator
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx

from simulator.engine.guessability import Guessability
from simulator.format.diagnostics import Collector, Text
from simulator.format.expr import Value, Values
from simulator.format.model import OUTCOMES, Choice, ChoiceId, Node, NodeId, Scenario

STATE_LIMIT = 200_000
# Choices looked at while exploring (each a condition evaluated and a successor computed). The
# state limit alone let a 10 KB file with 200 looping choices on one node cost 40 million of
# them (45 s in `validate`, the app's library frozen as long); the largest benchmark scenario,
# 100,000 nodes, needs a quarter of a million.
EDGE_LIMIT = 1_000_000
NEG = float("-inf")
POS = float("inf")

State = tuple[NodeId, Values]


Key = tuple[float, float, float]
"""A state's value in the expert objective, compared as a tuple (higher is better): minus the
fewest critical choices still to come, minus the rank of the best ending then reachable, and
the highest total then reachable. (-inf, -inf, -inf) where no ending can be reached."""

NO_KEY: Key = (NEG, NEG, NEG)


@dataclass
class Analysis:
    """What the analysis knows about one scenario; read by sessions, results and the app.

    The expert path and `best_total` follow the lexicographic objective documented in
    docs/scenario-format.md: fewest critical choices, then the best ending, then the highest
    total, ties by file order. `bounds`, `max_total` and `worst_total` range over every
    complete path whatever its verdict.
    """

    scenario: Scenario
    bounds: dict[str, tuple[int, int]]  # per dimension: lowest and highest on any path
    best_total: int  # the expert path's total
    max_total: int  # the highest total on any complete path (may need a critical choice)
    worst_total: int  # the lowest total on any complete path
    expert_path: list[ChoiceId]
    expert_scores: dict[str, int]  # the expert path's points per dimension (sum: best_total)
    expert_critical: int  # critical choices on the expert path: 0 unless every route has one
    expert_outcome: str | None  # the outcome of the expert path's ending
    pass_mark: float  # the lowest total that meets the threshold (see `pass_mark`)
    passable: bool  # some path passes (then the expert path does)
    unbounded: frozenset[str]  # quantities a scoring loop leaves unbounded (see `loop_unbounded`)
    state_count: int
    edge_count: int
    decision_count: int  # decisions on the expert path
    min_decisions: int  # fewest decisions on any complete path
    max_decisions: int  # most decisions on any complete path (loops counted once)
    # Filled by `library.load_scenario` (what `validate` and the app load through); a wording
    # measure for authors, kept out of the graph analysis itself.
    guessability: Guessability | None = None
    _index: dict[State, int] = field(repr=False, default_factory=dict)
    _keys: list[Key] = field(repr=False, default_factory=list)
    _next: list[int] = field(repr=False, default_factory=list)  # edge position of best choice
    _edges: list[list[tuple[int, Choice]]] = field(repr=False, default_factory=list)
    _loop_edges: frozenset[tuple[int, int]] = field(repr=False, default_factory=frozenset)

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
        """The expert's total still to come from this state (0 at an ending)."""
        best = self._keys[self._state(node_id, variables)][2]
        return int(best) if best != NEG else 0

    def best_choice(self, node_id: str, variables: Values | Mapping[str, Value]) -> Choice | None:
        """The expert's choice in this state, or None at an ending."""
        index = self._state(node_id, variables)
        if self._next[index] < 0:
            return None
        return self._edges[index][self._next[index]][1]

    def assess(self, node_id: str, variables: Values | Mapping[str, Value],
               choice: Choice) -> Assessment:
        """How `choice`, available in this state, compares with the expert's best: what it
        gives up first in the objective's order, and the points it costs (never negative)."""
        index = self._state(node_id, variables)
        here = self._keys[index]
        for position, (target, candidate) in enumerate(self._edges[index]):
            if candidate.id == choice.id:
                after = _edge_key(self._keys[target], candidate,
                                  (index, position) in self._loop_edges)
                break
        else:
            raise KeyError(f"choice {choice.id!r} is not available in this state")
        if after == here:
            loss = "none"
        elif after[0] < here[0]:
            loss = "critical"
        elif after[1] < here[1]:
            loss = "ending"
        else:
            loss = "points"
        points = here[2] - after[2] if NEG not in (here[2], after[2]) else 0
        return Assessment(loss, max(0, int(points)))

    def decision_points(self) -> list[tuple[Node, list[Choice], list[bool]]]:
        """Each decision once, in the first state that reaches its node (breadth-first from
        the start): the options available there (at least two), and which of them keep the
        expert's best. What `validate` measures guessability on."""
        points: list[tuple[Node, list[Choice], list[bool]]] = []
        seen: set[NodeId] = set()
        for (node_id, _), u in self._index.items():
            if node_id in seen or len(self._edges[u]) < 2 or self._keys[u] == NO_KEY:
                continue
            seen.add(node_id)
            options = [choice for _, choice in self._edges[u]]
            best = [_edge_key(self._keys[t], c, (u, p) in self._loop_edges) == self._keys[u]
                    for p, (t, c) in enumerate(self._edges[u])]
            points.append((self.scenario.nodes[node_id], options, best))
        return points

    def best_choices(self, node_id: str, variables: Values | Mapping[str, Value]) -> list[Choice]:
        """Every choice in this state that keeps the expert's best (ties included)."""
        index = self._state(node_id, variables)
        return [choice for position, (target, choice) in enumerate(self._edges[index])
                if _edge_key(self._keys[target], choice, (index, position) in self._loop_edges)
                == self._keys[index]]


@dataclass(frozen=True)
class Assessment:
    """One choice against the expert's best in the same state. `loss` is "none" (as good as
    the best), "critical" (one more critical choice than needed), "ending" (a worse ending
    than still reachable) or "points" (fewer points); `cost` is the points given up against the
    expert's continuation, 0 when the choice scores as much or more."""

    loss: str
    cost: int


def _edge_key(target: Key, choice: Choice, in_loop: bool = False) -> Key:
    """The key of taking `choice` into a state whose key is `target` (a loop's score counts 0,
    as in the backward pass)."""
    return (target[0] - choice.critical, target[1],
            target[2] + (0 if in_loop else choice.total))


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


def analyse(scenario: Scenario, out: Collector, state_limit: int = STATE_LIMIT,
            edge_limit: int = EDGE_LIMIT) -> Analysis | None:
    """Run every check; returns None when the state graph is too large to analyse exactly.

    Works on a scenario that has errors too (a dangling target is skipped, a bad condition
    reads as always true), so that one run lists every fault it can find.
    """
    with gc_paused():
        _teaching(scenario, out)
        _critical_gains(scenario, out)
        reachable = _node_graph_checks(scenario, out)
        explored = _explore(scenario, state_limit, edge_limit)
        if explored == "states":
            out.error(scenario.nodes[scenario.start].line, "state-limit", limit=state_limit)
            return None
        if isinstance(explored, str):  # "edges"
            out.error(scenario.nodes[scenario.start].line, "edge-limit", limit=edge_limit)
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
        analysis = _dynamic_programme(scenario, keys, edges, index,
                                      (topo, components, comp), loop_edges, out)
        _verdict_checks(analysis, out)
        return analysis


def _teaching(scenario: Scenario, out: Collector) -> None:
    for node in scenario.nodes.values():
        for choice in node.choices:
            if not choice.feedback:
                out.teaching(choice.line, "no-feedback")
            if not choice.follows and not choice.breaks:
                out.teaching(choice.line, "no-guidance")


def _critical_gains(scenario: Scenario, out: Collector) -> None:
    for node in scenario.nodes.values():
        for choice in node.choices:
            if choice.critical and any(v > 0 for v in choice.score.values()):
                gains = ", ".join(f"{dim} +{v}" for dim, v in choice.score.items() if v > 0)
                out.warning(choice.line, "critical-gains", gains=gains)


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


def _explore(scenario: Scenario, limit: int, edge_limit: int = EDGE_LIMIT
             ) -> tuple[list[State], list[list[tuple[int, Choice]]], dict[State, int]] | str:
    """Breadth-first exploration of the reachable states; "states" past `limit` states,
    "edges" past `edge_limit` choices looked at."""
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
        choices = nodes[node_id].choices
        edge_limit -= len(choices)
        if edge_limit < 0:
            return "edges"
        for choice in choices:
            if choice.target not in nodes:
                continue
            if choice.condition is not None and not choice.condition.evaluate(values):
                continue
            target: State = (choice.target, successor(scenario, choice, values) if choice.effects
                             else values)
            position = index.get(target)
            if position is None:
                if len(keys) >= limit:
                    return "states"
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
              edges: list[list[tuple[int, Choice]]], weights: list[list[tuple[int, ...]]],
              terminal: list[bool], rank: list[int], width: int
              ) -> tuple[list[list[float]], list[Key], list[int]]:
    """The one backward pass (targets before sources). For every state at once it computes

    - `high`: for each of the `width` components of the edge vectors, the highest sum from the
      state to an ending (0 at an ending, -inf where none can be reached); a lowest sum is the
      negated highest of a negated component;
    - `keys`: the state's key in the expert objective (see `Key`), and `chosen`, the position
      of the edge the expert takes: the first in file order among the best, -1 at an ending.

    Inside a loop every edge weighs nothing in the vectors (scoring loops are an error), so all
    states of a component share the vector of the component's best exit. The keys stay exact:
    a critical choice inside a loop counts, settled by a shortest-path search per component.
    """
    topo, components, comp = plan
    count = len(edges)
    unreachable = [NEG] * width
    zero = [0.0] * width
    high: list[list[float]] = [unreachable] * count
    keys: list[Key] = [NO_KEY] * count
    chosen = [-1] * count
    add = operator.add
    groups = [[u] for u in topo] if topo is not None else components
    for members in groups:
        candidates: list[list[float]] = []
        for u in members:
            best = (0.0, float(-rank[u]), 0.0) if terminal[u] else NO_KEY
            if terminal[u]:
                candidates.append(zero)
            position = -1
            for p, (target, choice) in enumerate(edges[u]):
                if comp and comp[target] == comp[u]:
                    continue
                candidates.append(list(map(add, high[target], weights[u][p])))
                key = keys[target]
                candidate = (key[0] - choice.critical, key[1], key[2] + choice.total)
                if candidate > best:
                    best, position = candidate, p
            keys[u] = best
            chosen[u] = position
        if not candidates:
            merged = unreachable
        elif len(candidates) == 1:
            merged = candidates[0]
        else:
            merged = list(map(max, *candidates))
        for u in members:
            high[u] = merged
        if len(members) > 1:
            _settle_loop(members, edges, comp, keys, chosen)
    return high, keys, chosen


def _settle_loop(members: list[int], edges: list[list[tuple[int, Choice]]], comp: list[int],
                 keys: list[Key], chosen: list[int]) -> None:
    """Give each state of a loop (a strongly connected component) its exact key: start from
    each state's best exit, then improve along the loop's own edges, best keys first
    (Dijkstra's search; a critical choice costs one, points inside a loop count nothing)."""
    here = comp[members[0]]
    reverse: dict[int, list[tuple[int, int, int]]] = {u: [] for u in members}
    for u in members:
        for p, (target, choice) in enumerate(edges[u]):
            if comp[target] == here:
                reverse[target].append((u, p, int(choice.critical)))
    heap = [(-k[0], -k[1], -k[2], u) for u in members if (k := keys[u]) != NO_KEY]
    heapq.heapify(heap)
    settled: set[int] = set()
    while heap:
        v = heapq.heappop(heap)[3]
        if v in settled:
            continue
        settled.add(v)
        key = keys[v]
        for u, p, critical in reverse[v]:
            candidate = (key[0] - critical, key[1], key[2])
            if candidate > keys[u]:
                keys[u], chosen[u] = candidate, p
                heapq.heappush(heap, (-candidate[0], -candidate[1], -candidate[2], u))


def _weights(choice: Choice, dims: tuple[str, ...]) -> tuple[int, ...]:
    """A choice's edge vector: the total, one decision, then each dimension's points; each
    followed by its negation, so one maximum gives both bounds."""
    vector = [choice.total, -choice.total, 1, -1]
    for dim in dims:
        points = choice.score.get(dim, 0)
        vector += (points, -points)
    return tuple(vector)


def _dynamic_programme(scenario: Scenario, states: list[State],
                       edges: list[list[tuple[int, Choice]]], index: dict[State, int],
                       plan: tuple[list[int] | None, list[list[int]], list[int]],
                       loop_edges: list[tuple[int, int]], out: Collector) -> Analysis:
    nodes = scenario.nodes
    dims = scenario.dimensions
    terminal = [nodes[node_id].is_ending for node_id, _ in states]
    rank = [scenario.outcome_rank(nodes[node_id].ending) if end else 0
            for (node_id, _), end in zip(states, terminal, strict=True)]
    cache: dict[int, tuple[int, ...]] = {}  # by the choice object: a choice recurs per state
    weights = [[cache.get(id(c)) or cache.setdefault(id(c), _weights(c, dims)) for _, c in row]
               for row in edges]
    high, keys, chosen = _backward(plan, edges, weights, terminal, rank, 4 + 2 * len(dims))
    start = high[0]
    bounds = {dim: (_int(-start[5 + 2 * i]), _int(start[4 + 2 * i]))
              for i, dim in enumerate(dims)}
    reported: set[NodeId] = set()
    for u, (node_id, _) in enumerate(states):
        if keys[u] == NO_KEY and node_id not in reported and nodes[node_id].choices:
            reported.add(node_id)
            out.error(nodes[node_id].line, "state-trap", id=node_id)
    expert: list[ChoiceId] = []
    expert_scores = dict.fromkeys(dims, 0)
    u = 0
    while chosen[u] >= 0 and len(expert) < len(states):
        target, choice = edges[u][chosen[u]]
        expert.append(choice.id)
        for dim, points in choice.score.items():
            expert_scores[dim] = expert_scores.get(dim, 0) + points
        u = target
    outcome = nodes[states[u][0]].ending if keys[0] != NO_KEY else None
    best_total = _int(keys[0][2])
    return Analysis(
        scenario=scenario,
        bounds=bounds,
        best_total=best_total,
        max_total=_int(start[0]),
        worst_total=_int(-start[1]),
        expert_path=expert,
        expert_scores=expert_scores,
        expert_critical=_int(-keys[0][0]),
        expert_outcome=outcome,
        pass_mark=pass_mark(best_total, scenario.pass_threshold),
        passable=keys[0][0] == 0 and scenario.outcome_passes(outcome),
        unbounded=loop_unbounded(edges, loop_edges, dims),
        state_count=len(states),
        edge_count=sum(len(e) for e in edges),
        decision_count=len(expert),
        min_decisions=_int(-start[3]),
        max_decisions=_int(start[2]),
        _index=index,
        _keys=keys,
        _next=chosen,
        _edges=edges,
        _loop_edges=frozenset(loop_edges),
    )


def pass_mark(expert_total: int, threshold: float) -> float:
    """The lowest total that meets the threshold: at most (1 - threshold) × |expert total|
    below the expert total — `threshold` × the expert total when that is positive, and never
    above the expert total, so the expert path always meets it. Rounded to nine decimals so
    that 70 % of 10 is exactly 7."""
    return round(expert_total - (1.0 - threshold) * abs(expert_total), 9)


def loop_unbounded(edges: list[list[tuple[int, Choice]]], loop_edges: list[tuple[int, int]],
                   dims: tuple[str, ...]) -> frozenset[str]:
    """The quantities a scoring choice inside a loop leaves without a bound (the points could
    be collected any number of times): "best_total", "max_total", "worst_total", and
    "<dimension>.max" / "<dimension>.min". Reported as null by `validate --json`."""
    found: set[str] = set()
    for u, position in loop_edges:
        choice = edges[u][position][1]
        if not choice.score:
            continue
        found.add("best_total")
        if choice.total > 0:
            found.add("max_total")
        if choice.total < 0:
            found.add("worst_total")
        for dim, points in choice.score.items():
            if dim in dims and points:
                found.add(f"{dim}.max" if points > 0 else f"{dim}.min")
    return frozenset(found)


def _verdict_checks(analysis: Analysis, out: Collector) -> None:
    """The author's errors against the pass rule: no path can pass (or every route has a
    critical choice), and a failing ending reachable without a critical choice. An unknown
    outcome category is the parser's error and is not repeated here."""
    scenario = analysis.scenario
    if not analysis._keys or analysis._keys[0] == NO_KEY:
        return  # nothing can finish; the trap is reported already
    line = scenario.nodes[scenario.start].line
    if analysis.expert_critical:
        out.error(line, "all-critical", path=path_text(scenario, analysis.expert_path))
    elif not analysis.passable and analysis.expert_outcome in OUTCOMES:
        out.error(line, "no-pass", outcome=analysis.expert_outcome or "?",
                  path=path_text(scenario, analysis.expert_path))
    _harm_without_critical(analysis, out)


def _harm_without_critical(analysis: Analysis, out: Collector) -> None:
    """Each ending whose outcome fails but that a path with no critical choice reaches: one
    error per ending, with the shortest such path (breadth-first over the states)."""
    scenario = analysis.scenario
    nodes = scenario.nodes
    # An unknown outcome is the parser's error already, so it is not repeated here.
    failing = {n.id for n in nodes.values()
               if n.is_ending and n.ending in OUTCOMES and not scenario.outcome_passes(n.ending)}
    if not failing:
        return
    edges = analysis._edges
    parent: list[tuple[int, Choice] | None] = [None] * len(edges)
    seen = bytearray(len(edges))
    seen[0] = 1
    queue = deque([0])
    states = list(analysis._index)
    while queue:
        u = queue.popleft()
        node_id = states[u][0]
        if node_id in failing:
            failing.discard(node_id)
            path: list[ChoiceId] = []
            step = parent[u]
            while step is not None:
                path.append(step[1].id)
                step = parent[step[0]]
            path.reverse()
            node = nodes[node_id]
            out.error(node.line, "harm-reachable", id=node.id, outcome=node.ending,
                      path=path_text(scenario, path))
            if not failing:
                return
        for target, choice in edges[u]:
            if not seen[target] and not choice.critical:
                seen[target] = 1
                parent[target] = (u, choice)
                queue.append(target)


def path_text(scenario: Scenario, path: list[ChoiceId]) -> Text:
    """A path as the author finds it in the file: each choice's id and line, in sv and en."""
    if not path:
        return Text("(startnoden är ett slut)", "(the start node is an ending)")
    lines = [scenario.choice(c).line for c in path]
    return Text(" → ".join(f"{c} (rad {n})" for c, n in zip(path, lines, strict=True)),
                " → ".join(f"{c} (line {n})" for c, n in zip(path, lines, strict=True)))


def _int(value: float) -> int:
    return int(value) if value not in (NEG, POS) else 0


def values_dict(scenario: Scenario, values: Values) -> dict[str, Value]:
    return dict(zip(scenario.variables, values, strict=True))
