"""A layered layout of a scenario's node graph for drawing (layout only: no scoring here).

Layers are the breadth-first distance from the start; nodes the start cannot reach go in a
last layer. Within a layer, nodes are ordered by the mean position of their parents (one
barycentre pass), ties broken by file order.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.format.model import Scenario


def layered_layout(scenario: Scenario) -> dict[str, tuple[int, float]]:
    """node id -> (layer, position within the layer)."""
    import networkx as nx

    from simulator.engine.analysis import node_graph

    g = node_graph(scenario)
    order: dict[str, int] = {nid: i for i, nid in enumerate(scenario.nodes)}
    depth = nx.single_source_shortest_path_length(g, scenario.start)
    last = max(depth.values(), default=0) + 1
    layer_of: dict[str, int] = {nid: depth.get(nid, last) for nid in scenario.nodes}
    layers: dict[int, list[str]] = {}
    for nid in map(str, scenario.nodes):
        layers.setdefault(layer_of[nid], []).append(nid)
    pos: dict[str, tuple[int, float]] = {}
    for layer in sorted(layers):
        members = layers[layer]

        def key(nid: str, layer: int = layer) -> tuple[float, int]:
            parents = [pos[p][1] for p in g.predecessors(nid) if p in pos and pos[p][0] < layer]
            centre = sum(parents) / len(parents) if parents else float(order[nid])
            return (centre, order[nid])

        members.sort(key=key)
        width = len(members)
        for i, nid in enumerate(members):
            pos[nid] = (layer, i - (width - 1) / 2)
    return pos


def path_edges(path: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(path))
