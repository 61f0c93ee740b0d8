"""List module-level import cycles in simulator/ and ui/ (imports inside functions count too).

Usage: python tools/import_cycles.py   (exit 1 if any cycle is found)
"""

from __future__ import annotations

import sys
from pathlib import Path

import grimp
import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def cycles() -> list[list[str]]:
    graph = grimp.build_graph("simulator", "ui", include_external_packages=False)
    g = nx.DiGraph()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            g.add_edge(module, imported)
    return [sorted(c) for c in nx.simple_cycles(g)]


if __name__ == "__main__":
    found = cycles()
    for cycle in found:
        print(" <-> ".join(cycle))
    print(f"{len(found)} import cycle(s)")
    sys.exit(1 if found else 0)
